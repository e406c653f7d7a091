"""The command line on the demo corpus: output formats, exit statuses, drafts."""

import json

from click.testing import CliRunner

from checker.cli import main
from tests.conftest import DEMO
from tests.helpers import project


def run(*args, **kw):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)


def test_json_output_follows_the_spec(cache_dir):
    result = run("check", DEMO, "--format", "json")
    data = json.loads(result.output)
    assert data["version"] == 1
    assert set(data["summary"]) >= {"score", "documents", "findings"}
    assert set(data["summary"]["findings"]) == {"error", "warning", "info"}
    assert data["summary"]["documents"] == 28
    keys = {"rule", "severity", "message", "path", "line", "column", "end_line", "end_column",
            "excerpt", "channel", "related", "fingerprint"}
    assert data["findings"] and all(keys <= set(f) for f in data["findings"])
    assert all(not f["path"].startswith("/") for f in data["findings"])
    order = [(f["path"], f["line"], f["column"]) for f in data["findings"]]
    assert order == sorted(order)
    assert len({f["fingerprint"] for f in data["findings"]}) == len(data["findings"])
    assert result.exit_code == 1  # the demo's planted fact mismatches are errors


def test_exit_status_follows_fail_on(tmp_path, cache_dir):
    assert run("check", DEMO, "--format", "json", "--fail-on", "never").exit_code == 0
    quiet = project(tmp_path, files={"marketing/a.md": "Tally Books turns your timesheets "
                                     "into invoices in one click.\n"})
    assert run("check", quiet, "--fail-on", "error").exit_code == 0
    (quiet / "marketing/b.md").write_text("Tally Books also files your sales tax returns.\n")
    assert run("check", quiet, "--fail-on", "error").exit_code == 0  # drift is a warning
    assert run("check", quiet, "--fail-on", "warning").exit_code == 1


def test_config_errors_exit_2_with_file_and_line(tmp_path):
    project(tmp_path, config='positioning = "positioning.yaml"\n[channels]\nm = ["m/*"]\n'
            '[rules]\n"tone.presure" = "error"\n')
    result = run("check", tmp_path)
    assert result.exit_code == 2
    assert "onmessage.toml:5: unknown rule 'tone.presure'" in result.output


def test_positioning_errors_exit_2_with_file_and_line(tmp_path):
    project(tmp_path, positioning="pillars:\n  - id: a\n    description: x\n")
    result = run("check", tmp_path)
    assert result.exit_code == 2
    assert "positioning.yaml:2: pillar 'a' needs 'name'" in result.output


def test_a_draft_is_checked_against_the_corpus_and_reported_alone(tmp_path, cache_dir):
    draft = DEMO / "marketing/drafts/summer-promo-v0.md"
    result = run("check", draft, "--format", "json", "--fail-on", "never")
    data = json.loads(result.output)
    assert data["summary"]["documents"] == 1
    assert {f["path"] for f in data["findings"]} == {"marketing/drafts/summer-promo-v0.md"}


def test_reports_are_written_and_html_escapes_content(demo_copy, tmp_path, cache_dir):
    (demo_copy / "marketing/xss.txt").write_text(
        "Kestrel also mines <script>alert(1)</script> bitcoin for every location.\n")
    out = tmp_path / "out"
    result = run("check", demo_copy, "--report", out / "r.json", "--report", out / "r.html")
    assert result.exit_code == 1
    data = json.loads((out / "r.json").read_text())
    assert any("<script>" in f["excerpt"] for f in data["findings"])
    html = (out / "r.html").read_text()
    assert html.count("<script>") == 1  # the report's own filter script only
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "Assets" in html and "linkedin-menu-tips.md" in html


def test_text_output_names_file_line_rule_and_summary(cache_dir):
    result = run("check", DEMO)
    assert "marketing/social/linkedin-menu-tips.md" in result.output
    assert "drift.sentence" in result.output
    assert "Alignment " in result.output and "28 documents" in result.output


def test_rules_lists_every_rule_with_its_documentation():
    result = run("rules")
    assert result.exit_code == 0
    assert "drift.sentence  (warning)" in result.output
    assert "Only claims can drift" in result.output
    assert "drift.document  (warning)" in result.output


def test_rules_lists_every_spec_rule():
    from checker.rules import SPEC_RULE_IDS

    output = run("rules", "--brief").output
    assert all(f"{rule_id}  (" in output for rule_id in SPEC_RULE_IDS)


def test_explain_shows_the_docs_the_options_and_how_to_configure_a_rule():
    result = run("explain", "tone.pressure")
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert '"tone.pressure" = { severity = "warning", phrases = [] }' in result.output
    assert "onmessage-disable-next-line tone.pressure" in result.output


def test_explain_an_unknown_rule_suggests_the_right_one():
    result = run("explain", "claims.baned")
    assert result.exit_code == 2
    assert "Did you mean 'claims.banned'?" in result.output


def test_every_command_has_help():
    for args in (["--help"], ["check", "--help"], ["rules", "--help"], ["explain", "--help"]):
        assert run(*args).exit_code == 0


def test_html_goes_to_the_report_dir_the_config_names(tmp_path, cache_dir):
    folder = project(tmp_path / "acme", config='positioning = "positioning.yaml"\n'
                     '[channels]\nmarketing = ["marketing/*"]\n[report]\ndir = "../out"\n',
                     files={"marketing/a.md": "Tally Books turns timesheets into invoices.\n"})
    result = run("check", folder, "--format", "html")
    assert result.exit_code == 0
    assert (tmp_path / "out" / "acme.html").read_text().startswith("<!doctype html>")
    assert "wrote" in result.output


def test_fingerprints_survive_an_unrelated_edit_above_the_finding(demo_copy, cache_dir):
    before = {f["fingerprint"]: f["line"] for f in json.loads(
        run("check", demo_copy, "--format", "json").output)["findings"]}
    script = demo_copy / "sales/objection-handling.md"
    lines = script.read_text().splitlines(keepends=True)
    script.write_text(lines[0] + "".join(lines[1:6]) + "\n\n" + "".join(lines[6:]))
    after = {f["fingerprint"]: f["line"] for f in json.loads(
        run("check", demo_copy, "--format", "json").output)["findings"]}
    assert set(after) == set(before)
    assert any(after[k] == before[k] + 2 for k in before)
