"""drift.sentence and drift.document logic, with a bag-of-words embedder (no model)."""

from checker.engine import check
from tests.fakes import HashingEmbedder
from tests.helpers import POSITIONING, project

COPY = """\
# Invoices in one click

Hi Sam,

Tally Books turns your timesheets into invoices in one click.
Clients pay invoices online the day they get them.
Tally Books also files your quarterly sales tax returns with the state.
Does Thursday at 3 pm work for a call?

Best,
Jo
"""


def run(tmp_path, config_rules="", extra="", replace=False):
    config = ('positioning = "positioning.yaml"\n[channels]\nmarketing = ["marketing/*"]\n'
              + config_rules)
    copy = COPY
    if extra:
        copy = (COPY.replace("Tally Books also files your quarterly sales tax returns with the "
                             "state.", extra) if replace
                else COPY.replace("Does Thursday", extra + "\nDoes Thursday"))
    project(tmp_path, config=config, files={"marketing/email.md": copy})
    return check([tmp_path], embedder=HashingEmbedder())


def drift(result, rule="drift.sentence"):
    return [f for f in result.findings if f.rule == rule]


def test_flags_the_claim_whose_concept_the_positioning_never_mentions(tmp_path):
    findings = drift(run(tmp_path))
    assert [f.span.excerpt for f in findings] == [
        "Tally Books also files your quarterly sales tax returns with the state."]
    finding = findings[0]
    assert (finding.span.line, finding.span.column) == (7, 1)
    # the product's verb and its object; "quarterly" is a date, not part of the concept
    assert finding.evidence["concept"] == "files sales tax returns"
    assert finding.evidence["nearest_pillar"] in {"invoicing", "payments"}
    assert "nearest pillar" in finding.message


def test_a_single_word_that_is_another_offering_is_flagged_with_what_it_resembles(tmp_path):
    line = "Tally Books runs payroll for your whole team."
    findings = drift(run(tmp_path, "", line))
    assert [f.span.excerpt for f in findings][-1] == line
    evidence = findings[-1].evidence
    assert evidence["concept"] == "payroll" and "payroll" in evidence["resembles"]
    assert evidence["resembles_similarity"] - evidence["concept_support"] >= 0.10
    assert f"\u201c{evidence['resembles']}\u201d" in findings[-1].message


def test_a_result_promised_with_a_number_must_be_one_the_positioning_speaks_of(tmp_path):
    line = "Agencies that switch see their profit margins double within a year."
    findings = drift(run(tmp_path, "", line, replace=True))
    assert [f.span.excerpt for f in findings] == [line]
    assert findings[0].evidence["outcome"] is True
    assert findings[0].evidence["concept"] == "profit margins"
    assert "a result promised with a number" in findings[0].message
    # the positioning speaks of invoices but promises no number for them
    unbacked = "Agencies that switch see their unpaid invoices fall by half within a year."
    assert [f.evidence["concept"] for f in drift(run(tmp_path, "", unbacked, replace=True))] \
        == ["unpaid invoices"]
    # once a proof point promises a number for unpaid invoices, the claim is backed
    backed = POSITIONING.replace("      - Clients pay invoices online the day they get them.",
                                 "      - Clients pay invoices online the day they get them.\n"
                                 "    proof:\n"
                                 "      - Agencies cut unpaid invoices by a third.")
    project(tmp_path, positioning=backed)
    assert drift(check([tmp_path], embedder=HashingEmbedder())) == []


def test_an_offer_to_do_something_for_the_reader_speaks_for_the_product(tmp_path):
    line = "And we can also file your quarterly sales tax returns with the state for you."
    assert [f.span.excerpt for f in drift(run(tmp_path, "", line, replace=True))] == [line]


def test_a_customer_quote_speaks_for_the_customer_not_the_product(tmp_path):
    line = "It also runs payroll and files your quarterly sales tax returns for you."
    assert [f.span.excerpt for f in drift(run(tmp_path, "", line, replace=True))] == [line]
    for quoted in (f"\u201c{line}\u201d", f"> {line}"):
        assert drift(run(tmp_path, "", quoted, replace=True)) == []


def test_what_the_product_does_not_do_is_not_drift(tmp_path):
    line = "Tally Books does not file your quarterly sales tax returns or run payroll."
    findings = drift(run(tmp_path, "", line, replace=True))
    assert findings == []


def test_thresholds_silence_and_off_disables(tmp_path):
    quiet = run(tmp_path, '[rules]\n"drift.sentence" = { threshold = -1.0, '
                          'rival_margin = 2.0 }\n')
    assert drift(quiet) == []
    off = run(tmp_path, '[rules]\ndrift = "off"\n')
    assert drift(off) == [] and drift(off, "drift.document") == []


def test_severity_comes_from_the_config(tmp_path):
    result = run(tmp_path, '[rules]\n"drift.sentence" = "error"\n')
    assert {f.severity for f in drift(result)} == {"error"}
    assert result.fails("error")


def test_suppression_comment_silences_the_next_line(tmp_path):
    comment = "<!-- onmessage-disable-next-line drift.sentence -->\n"
    project(tmp_path, files={"marketing/email.md": COPY.replace(
        "Tally Books also", comment + "Tally Books also")})
    result = check([tmp_path], embedder=HashingEmbedder())
    assert drift(result) == []


def test_document_score_and_drift_document_on_an_off_message_asset(tmp_path):
    off = "\n".join(f"Our kitchen {x}." for x in (
        "grills steaks over oak charcoal", "bakes sourdough loaves daily",
        "pours craft beer on tap", "serves brunch on weekends"))
    project(tmp_path, files={"marketing/email.md": COPY, "marketing/menu.md": off})
    result = check([tmp_path], embedder=HashingEmbedder())
    flagged = drift(result, "drift.document")
    assert [f.span.path for f in flagged] == ["marketing/menu.md"]
    assert flagged[0].evidence["claims"] == 4
    assert result.scores["marketing/menu.md"] < result.scores["marketing/email.md"]


def test_a_project_adds_what_it_does_not_sell(tmp_path):
    line = "Tally Books also helps with espresso."
    plain = drift(run(tmp_path / "plain", "", line))
    assert line not in [f.span.excerpt for f in plain]
    told = drift(run(tmp_path / "told", '[rules]\n"drift.sentence" = { offerings = '
                     '["espresso"] }\n', line))
    flagged = [f for f in told if f.span.excerpt == line]
    assert flagged and flagged[0].evidence["resembles"] == "espresso"
