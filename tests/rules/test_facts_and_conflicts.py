"""facts.* and conflict.* on the real pipeline: the demo's planted problems, severities
across and inside channels, and the optional NLI model."""

import json

from checker.engine import check
from tests.conftest import DEMO
from tests.helpers import POSITIONING, project
from tests.nlp.test_nli import LABELS, build_tiny_nli

PLANTED = json.loads((DEMO / "planted.json").read_text())
RULES = ("facts.mismatch", "facts.unapproved", "conflict.value", "conflict.polarity")
TRIAL = POSITIONING + """\
facts:
  - id: trial-length
    about: length of the free trial
    value: 14 days
"""


def flat(text):
    return " ".join(text.split())


def test_every_planted_fact_and_conflict_problem_is_found(demo_result):
    planted = [p for p in PLANTED["planted"] if p["rule"] in RULES]
    assert len(planted) == 12
    missing = [p for p in planted if not any(
        f.rule == p["rule"] and f.span.path == p["path"]
        and p["text"] in _sentence_of(demo_result, f) for f in demo_result.findings)]
    assert missing == []


def _sentence_of(result, finding):
    """The whole sentence a finding sits in (a value finding spans only the value)."""
    for sentence in result.analysis.sentences:
        location = sentence.location()
        if (sentence.document.path == finding.span.path
                and location.line <= finding.span.line <= location.end_line
                and sentence.text.find(finding.span.excerpt) >= 0):
            return flat(sentence.text)
    return ""


def test_nothing_else_is_an_error(demo_result):
    planted = {(p["path"], p["text"]) for p in PLANTED["planted"]}
    errors = [f for f in demo_result.findings if f.severity == "error"]
    assert errors and all(
        any(path == f.span.path and text in _sentence_of(demo_result, f)
            for path, text in planted) for f in errors)


def test_findings_show_both_values_normalised_and_both_places(demo_result):
    trial = next(f for f in demo_result.findings if f.rule == "conflict.value"
                 and "30 days" in f.message)
    assert "14 days in " in trial.message
    assert trial.related and trial.related[0].path != trial.span.path
    assert trial.span.excerpt == "30-day"
    mismatch = next(f for f in demo_result.findings if f.rule == "facts.mismatch"
                    and f.span.path == "marketing/ads/meta-ad.md")
    assert mismatch.evidence["value"] == "$5 per user per month"
    assert mismatch.evidence["approved"] == "$4 per user per month"
    assert mismatch.related[0].path == "positioning.yaml"


def test_a_conflict_inside_one_channel_is_a_warning_across_channels_an_error(tmp_path,
                                                                           embedder):
    project(tmp_path, positioning=POSITIONING, files={
        "marketing/ad.md": "Every plan comes with a 30-day money-back guarantee.\n",
        "marketing/page.md": "Every plan comes with a 60-day money-back guarantee.\n",
        "sales/call.md": "Every plan comes with a 90-day money-back guarantee.\n"})
    result = check([tmp_path], embedder=embedder)
    conflicts = {(f.span.path, f.severity) for f in result.findings
                 if f.rule == "conflict.value"}
    assert ("marketing/page.md", "warning") in conflicts  # against the other marketing page
    assert ("sales/call.md", "error") in conflicts  # against marketing


def test_the_optional_nli_model_scores_claims_about_the_same_fact(tmp_path, embedder):
    model = build_tiny_nli(tmp_path / "nli", LABELS, [1.0, -0.5, 0.25], not_weight=3.0)
    project(tmp_path / "p", positioning=TRIAL, config=f"""\
        positioning = "positioning.yaml"
        [channels]
        marketing = ["marketing/*"]
        sales = ["sales/*"]
        [nlp]
        nli_model = "{model}"
        """, files={"marketing/ad.md": "The free trial is 14 days long.\n",
                    "sales/call.md": "Not every team needs the whole 14 days of the trial.\n"})
    result = check([tmp_path / "p"], embedder=embedder)
    verdicts = [f for f in result.findings if f.rule == "conflict.polarity"]
    assert [f.span.path for f in verdicts] == ["sales/call.md"]
    assert abs(verdicts[0].evidence["nli_contradiction"] - 0.753) < 0.01
    assert verdicts[0].related[0].path == "marketing/ad.md"


def test_a_missing_nli_model_is_a_config_error(tmp_path):
    import pytest

    from checker.errors import ConfigError

    project(tmp_path, config='positioning = "positioning.yaml"\n[channels]\nm = ["m/*"]\n'
            '[nlp]\nnli_model = "models/missing"\n')
    with pytest.raises(ConfigError, match="nli_model"):
        check([tmp_path])
