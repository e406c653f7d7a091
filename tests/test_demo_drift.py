"""Drift on the real models over the demo corpus, against its list of planted problems."""

import json

from tests.conftest import DEMO

PLANTED = json.loads((DEMO / "planted.json").read_text())


def flat(text: str) -> str:
    return " ".join(text.split())


def findings_on(result, path, text, rules=("drift.sentence", "drift.document")):
    return [f for f in result.findings if f.rule in rules and f.span.path == path
            and (text in flat(f.span.excerpt) or flat(f.span.excerpt) in text)]


def test_most_planted_off_message_sentences_are_found(demo_result):
    planted = [p for p in PLANTED["planted"] if p["rule"] == "drift.sentence"]
    found = [p for p in planted if findings_on(demo_result, p["path"], p["text"])]
    # measured: 6 of the 7 ("replace their POS" is missed; see README)
    assert len(found) >= 6, [p["text"] for p in planted if p not in found]


GREETINGS_SIGNOFFS_LOGISTICS = [
    ("marketing/emails/launch-announcement.md", "Hi {{first_name}},"),
    ("sales/follow-up-3-check-in.md", "Hope you had a great weekend!"),
    ("sales/follow-up-2-quote.md", "Hope the week's going well!"),
    ("sales/follow-up-1-after-demo.md", "Talk soon,"),
    ("sales/follow-up-3-check-in.md", "Cheers,"),
    ("sales/voicemail.txt", "You can reach me at (512) 555-0187."),
]


def test_greetings_signoffs_and_logistics_are_never_drift(demo_result):
    lookalikes = GREETINGS_SIGNOFFS_LOGISTICS + [
        (n["path"], n["text"]) for n in PLANTED["not_findings"]
        if any(w in n["text"].lower() for w in ("calendar", "invite", " pm", "am pt", "hi ",
                                                   "thanks", "talk soon", "cheers"))]
    assert len(lookalikes) >= 10
    assert [t for p, t in lookalikes if findings_on(demo_result, p, t)] == []


def test_few_lookalikes_of_any_kind_are_drift(demo_result):
    flagged = [n["text"] for n in PLANTED["not_findings"]
               if findings_on(demo_result, n["path"], n["text"])]
    # measured: 1 of 49 (a rep quoting a renewal date: "Your renewal date is June 30.")
    assert len(flagged) <= 2, flagged


def test_the_off_message_asset_is_flagged_as_a_whole(demo_result):
    documents = [f for f in demo_result.findings if f.rule == "drift.document"]
    assert [f.span.path for f in documents] == ["marketing/social/linkedin-menu-tips.md"]
    menu = demo_result.scores["marketing/social/linkedin-menu-tips.md"]
    assert menu < 45 and demo_result.score > 60


def test_every_drift_finding_explains_itself(demo_result):
    for finding in demo_result.findings:
        if finding.rule == "drift.sentence":
            assert finding.evidence["nearest_pillar"] in {p.id for p in
                                                          demo_result.positioning.pillars}
            assert finding.evidence["concept"] in finding.message
            evidence = finding.evidence
            if evidence["outcome"] or evidence["identity"]:  # a promised result, a category
                assert evidence["concept_support"] < 0.65
            elif evidence["resembles"] is None:  # far from everything the positioning says
                assert evidence["concept_support"] < evidence["limit"]
            else:  # nearer to another offering than to anything approved
                assert evidence["resembles_similarity"] > evidence["concept_support"]
                assert evidence["resembles"] in finding.message
            assert finding.span.line >= 1 and finding.span.column >= 1


def test_the_excluded_draft_is_not_checked(demo_result):
    assert not any("drafts/" in d.path for d in demo_result.documents)
