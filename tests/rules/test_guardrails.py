"""Guardrail rules on the real pipeline: fixture content with positives and traps, the demo's
planted problems, explanations, configuration and suppression."""

import json
import re
import shutil
from pathlib import Path

import pytest

from checker.engine import check
from tests.conftest import DEMO
from tests.helpers import write

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "guardrails"
GUARDRAILS = ("claims.banned", "drift.retired", "terms.substitute", "tone.avoid",
              "tone.pressure", "audience.mismatch", "coverage.pillar", "coverage.divergence")
MARKER = re.compile(r"(?:<!--|#)\s*expect:\s*([\w.]+)")


def expected_findings(folder: Path) -> set[tuple[str, int, str]]:
    """(path, line, rule) for every line marked `expect: RULE` in the fixture content."""
    expected = set()
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".md", ".txt", ".html") or not path.is_file():
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            for rule in MARKER.findall(line):
                expected.add((path.relative_to(folder).as_posix(), number, rule))
    return expected


@pytest.fixture(scope="module")
def fixture_result(embedder):
    return check([FIXTURE], embedder=embedder)


def guardrail_findings(result):
    return [f for f in result.findings if f.rule in GUARDRAILS]


def test_fixture_positives_are_flagged_and_traps_are_not(fixture_result):
    found = {(f.span.path, f.span.line, f.rule) for f in guardrail_findings(fixture_result)}
    expected = expected_findings(FIXTURE)
    assert len(expected) == 19
    assert {e for e in expected if e not in found} == set(), "missed"
    assert {f for f in found if f not in expected} == set(), "flagged a trap"


@pytest.mark.parametrize("rule", GUARDRAILS[:6])
def test_every_rule_family_has_positives_in_the_fixture(rule):
    assert any(r == rule for _, _, r in expected_findings(FIXTURE))


def by_rule(result, rule):
    return [f for f in result.findings if f.rule == rule]


def test_a_banned_claim_by_meaning_names_the_claim_its_reason_and_the_similarity(
        fixture_result):
    meaning = [f for f in by_rule(fixture_result, "claims.banned") if "similarity" in f.evidence]
    assert len(meaning) == 1
    finding = meaning[0]
    assert finding.evidence["banned"].startswith("Brightbook guarantees that every chair")
    assert finding.evidence["similarity"] > finding.evidence["approved_similarity"]
    assert "An absolute promise" in finding.message
    assert finding.severity == "error"


def test_a_sentence_that_refuses_the_promise_is_a_disclaimer(spacy_pipeline):
    from checker.rules.meaning import disclaims

    nlp = spacy_pipeline.nlp
    assert disclaims(nlp("We can't promise you'll pass every inspection.")[:])
    assert disclaims(nlp("Nobody can guarantee a full book every day.")[:])
    assert not disclaims(nlp("You can't break a labor law again.")[:])
    assert not disclaims(nlp("We promise every chair will be full.")[:])


def test_a_literal_banned_phrase_spans_the_phrase_as_written(fixture_result):
    spans = {f.span.excerpt for f in by_rule(fixture_result, "claims.banned")
             if "similarity" not in f.evidence}
    assert spans == {"zero no-shows", "Zero No-Shows", "Guaranteed revenue"}


def test_a_retired_message_finding_says_which_message_and_why(fixture_result):
    findings = by_rule(fixture_result, "drift.retired")
    assert {f.evidence["retired"] for f in findings} == {
        "The cheapest booking app for solo dentists."}
    assert all("multi-chair practices" in f.message for f in findings)
    assert [f.evidence["similarity"] is None for f in findings] == [True, False]


def test_terms_name_the_replacement_and_keep_the_words_as_written(fixture_result):
    pairs = {(f.evidence["found"], f.evidence["use"])
             for f in by_rule(fixture_result, "terms.substitute")}
    assert pairs == {("BrightBook", "Brightbook"), ("wait list", "waitlist"),
                     ("Standby Lists", "waitlist"), ("PP", "patient portal")}


def test_pressure_findings_name_the_tactic(fixture_result):
    tactics = sorted(f.evidence["tactic"] for f in by_rule(fixture_result, "tone.pressure"))
    assert tactics == ["false urgency", "guilt or fear", "guilt or fear", "scarcity",
                       "shouting", "shouting"]


def test_audience_mismatch_points_at_the_front_matter_and_names_both_audiences(
        fixture_result):
    (finding,) = by_rule(fixture_result, "audience.mismatch")
    assert (finding.span.line, finding.span.column) == (3, 1)
    assert finding.span.excerpt == "audience: practice-owner"
    assert finding.evidence["declared"] == "practice-owner"
    assert finding.evidence["addressed_to"] == "front-desk"
    assert len(finding.evidence["sentences"]) == 2


def test_a_prospects_own_words_are_never_flagged(fixture_result):
    assert [f for f in guardrail_findings(fixture_result) if f.span.path == "sales/call.txt"] == []


def test_suppression_comments_silence_each_guardrail_rule(tmp_path, embedder):
    folder = tmp_path / "guardrails"
    shutil.copytree(FIXTURE, folder)
    tone = folder / "marketing" / "tone.md"
    tone.write_text(tone.read_text().replace(
        "Brightbook is a revolutionary",
        "<!-- onmessage-disable-next-line tone.avoid -->\nBrightbook is a revolutionary"))
    pressure = folder / "sales" / "pressure.md"
    pressure.write_text(pressure.read_text().replace(
        "---\n\n", "---\n\n<!-- onmessage-disable tone.pressure -->\n", 1))
    result = check([folder], embedder=embedder)
    assert not [f for f in by_rule(result, "tone.avoid") if "revolutionary" == f.span.excerpt]
    assert by_rule(result, "tone.pressure") == []
    assert len(by_rule(result, "tone.avoid")) == 2


def test_config_sets_severity_options_and_extra_pressure_phrases(tmp_path, embedder):
    folder = tmp_path / "guardrails"
    shutil.copytree(FIXTURE, folder)
    config = folder / "onmessage.toml"
    config.write_text(config.read_text() + """
[rules]
"claims.banned" = "off"
"tone" = "info"
"tone.pressure" = { severity = "error", phrases = ["book before Friday"] }
""")
    write(folder, {"sales/extra.md": "Book before Friday and we'll waive onboarding.\n"})
    result = check([folder], embedder=embedder)
    assert by_rule(result, "claims.banned") == []
    assert {f.severity for f in by_rule(result, "tone.avoid")} == {"info"}
    extra = [f for f in by_rule(result, "tone.pressure") if f.span.path == "sales/extra.md"]
    assert [(f.span.excerpt, f.severity) for f in extra] == [("Book before Friday", "error")]


# The demo corpus: every planted guardrail problem is found, nothing else is flagged
# by these rules, and greetings, sign-offs and logistics never are.

PLANTED = json.loads((DEMO / "planted.json").read_text())


def _lines(path: str, text: str) -> set[int]:
    source = (DEMO / path).read_text().splitlines()
    return {n for n, line in enumerate(source, 1) if text in line}


def _on(finding, label) -> bool:
    return finding.span.path == label["path"] and bool(
        _lines(label["path"], label["text"]) & set(range(finding.span.line,
                                                         finding.span.end_line + 1)))


def test_every_planted_guardrail_problem_in_the_demo_is_found(demo_result):
    planted = [p for p in PLANTED["planted"] if p["rule"] in GUARDRAILS]
    assert len(planted) == 14
    missing = [p for p in planted
               if not any(f.rule == p["rule"] and _on(f, p) for f in demo_result.findings)]
    assert missing == []


def test_guardrail_rules_flag_nothing_in_the_demo_but_the_planted_problems(demo_result):
    planted = [p for p in PLANTED["planted"] if p["rule"] in GUARDRAILS]
    extra = [(f.rule, f.span.path, f.span.line) for f in guardrail_findings(demo_result)
             if not any(f.rule == p["rule"] and _on(f, p) for p in planted)]
    assert extra == []


def test_greetings_signoffs_and_logistics_in_the_demo_are_not_guardrail_findings(demo_result):
    flagged = [(f.rule, n["text"]) for n in PLANTED["not_findings"]
               for f in guardrail_findings(demo_result) if _on(f, n)]
    assert flagged == []
