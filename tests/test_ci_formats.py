"""CI formats, exit statuses, baselines, --changed-since and `onmessage init`."""

import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.engine import check
from checker.report import render
from tests.conftest import DEMO
from tests.helpers import project, write

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
HOSTILE = ("::error file=x.md,line=1::forged %0A and\n::warning::another, with <b>tags</b> "
           "& \x1b[31mred\x1b[0m.")


def run(*args, **kw):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)


@pytest.fixture(scope="module")
def demo(embedder):
    return check([DEMO], embedder=embedder)


def test_sarif_validates_against_the_oasis_schema(demo):
    sarif = json.loads(render(demo, "sarif"))
    jsonschema.validate(sarif, SCHEMA)
    run_ = sarif["runs"][0]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert {"drift.sentence", "claims.banned", "coverage.pillar"} <= set(rule_ids)
    assert len(run_["results"]) == len(demo.findings)
    first = run_["results"][0]
    assert rule_ids[first["ruleIndex"]] == first["ruleId"]
    assert first["partialFingerprints"]["onmessage/v1"] == demo.findings[0].fingerprint
    levels = {r["level"] for r in run_["results"]}
    assert levels <= {"error", "warning", "note"}


def test_sarif_rule_metadata_comes_from_the_rule_docs(demo):
    rules = json.loads(render(demo, "sarif"))["runs"][0]["tool"]["driver"]["rules"]
    tone = next(r for r in rules if r["id"] == "tone.pressure")
    assert tone["shortDescription"]["text"].startswith("High-pressure tactics")
    assert "Example:" in tone["fullDescription"]["text"]
    assert tone["defaultConfiguration"]["level"] == "warning"


def test_jsonl_is_one_spec_finding_per_line(demo):
    lines = render(demo, "jsonl").splitlines()
    assert len(lines) == len(demo.findings)
    first = json.loads(lines[0])
    assert {"rule", "severity", "message", "path", "line", "column", "end_line",
            "end_column", "excerpt", "channel", "related", "fingerprint"} <= set(first)


def test_github_annotations_have_the_workflow_command_shape(demo):
    lines = render(demo, "github").splitlines()
    assert len(lines) == len(demo.findings)
    assert all(line.split(" ", 1)[0] in ("::error", "::warning", "::notice") for line in lines)
    assert all(",line=" in line and ",endColumn=" in line and ",title=onmessage " in line
               for line in lines)


def test_junit_fails_on_errors_and_lists_every_asset(demo):
    root = ET.fromstring(render(demo, "junit"))
    errors = sum(f.severity == "error" for f in demo.findings)
    assert int(root.get("failures")) == errors == len(root.findall(".//failure"))
    assert len(root.findall("testsuite")) == len(demo.documents) + 1  # + positioning.yaml
    assert render(demo, "junit") == render(demo, "junit")  # deterministic


def test_rdjsonl_and_gitlab_shapes(demo):
    first = json.loads(render(demo, "rdjsonl").splitlines()[0])
    assert first["location"]["range"]["start"]["line"] >= 1
    assert first["severity"] in ("ERROR", "WARNING", "INFO")
    assert first["source"]["name"] == "onmessage"
    issues = json.loads(render(demo, "gitlab"))
    assert len(issues) == len(demo.findings)
    assert {i["severity"] for i in issues} <= {"major", "minor", "info"}
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_copy_cannot_forge_annotations_or_break_xml(tmp_path, embedder):
    folder = project(tmp_path, files={
        "marketing/evil.md": "Tally Books is revolutionary ::error file=x.md,line=1::forged "
                             "%0A <b>tags</b> & \x1b[31mred\x1b[0m.\n"})
    positioning = folder / "positioning.yaml"
    positioning.write_text(positioning.read_text() + "tone:\n  avoid: [revolutionary]\n")
    result = check([folder], embedder=embedder)
    (finding,) = [f for f in result.findings if f.rule == "tone.avoid"]
    # A message carrying copy with "::", a newline and "%" stays one annotation.
    forged = replace(finding, message=f"{finding.message} {HOSTILE}")
    result.findings = [forged]
    github = render(result, "github")
    assert len(github.splitlines()) == 1  # the runner reads commands only at a line start
    assert github.startswith("::warning file=marketing/evil.md,")
    assert "%0A::warning::another" in github and "%250A" in github
    assert "\x1b" not in github
    junit = render(result, "junit")
    ET.fromstring(junit)  # still well-formed XML: control characters dropped, & < > escaped
    assert "\x1b" not in junit
    for fmt in ("jsonl", "rdjsonl"):
        assert [json.loads(line)["message" if fmt == "jsonl" else "message"]
                for line in render(result, fmt).splitlines()] == [forged.message]


def test_several_reports_in_one_run_and_suffixes_pick_formats(demo_copy, tmp_path, cache_dir):
    out = tmp_path / "out"
    out.mkdir()
    result = run("check", demo_copy, "--format", "github", "--report", f"sarif:{out}/r.sarif",
                 "--report", f"{out}/r.xml", "--report", f"gitlab:{out}/gl.json",
                 "--report", f"{out}/r.jsonl")
    assert result.exit_code == 1
    assert result.output.startswith("::")
    jsonschema.validate(json.loads((out / "r.sarif").read_text()), SCHEMA)
    ET.fromstring((out / "r.xml").read_text())
    assert isinstance(json.loads((out / "gl.json").read_text()), list)
    assert (out / "r.jsonl").read_text().count("\n") > 0


def test_a_report_without_format_or_known_suffix_is_a_usage_error(demo_copy):
    result = run("check", demo_copy, "--report", "out.weird")
    assert result.exit_code == 2
    assert "name the format" in result.output


@pytest.mark.parametrize("fail_on, status", [("error", 1), ("warning", 1), ("never", 0)])
def test_exit_status_follows_fail_on_in_machine_formats(demo_copy, cache_dir, fail_on, status):
    assert run("check", demo_copy, "--format", "sarif", "--fail-on", fail_on).exit_code == status


# Baselines: create, edit elsewhere (still suppressed), add a problem (reported).

def test_baseline_round_trip(demo_copy, cache_dir):
    created = run("baseline", "create", demo_copy)
    assert created.exit_code == 0, created.output
    baseline = demo_copy / "onmessage-baseline.json"
    entries = json.loads(baseline.read_text())["findings"]
    assert entries and entries == sorted(entries, key=lambda e: (e["path"], e["rule"],
                                                                 e["excerpt"], e["fingerprint"]))
    quiet = run("check", demo_copy, "--baseline", baseline, "--format", "json")
    assert quiet.exit_code == 0
    assert json.loads(quiet.stdout)["findings"] == []
    assert json.loads(quiet.stdout)["summary"]["baselined"] == len(entries)

    email = demo_copy / "marketing" / "emails" / "nurture-labor-cost.md"
    email.write_text(email.read_text().replace("---\n\n", "---\n\nA new opening line here.\n\n"
                                                "Another paragraph above everything.\n\n", 1))
    assert json.loads(run("check", demo_copy, "--baseline", baseline,
                          "--format", "json").stdout)["findings"] == []

    email.write_text(email.read_text() + "\nThis price disappears at midnight tonight.\n")
    new = json.loads(run("check", demo_copy, "--baseline", baseline, "--format", "json").stdout)
    assert [(f["rule"], f["excerpt"]) for f in new["findings"]] == [
        ("tone.pressure", "This price disappears at midnight tonight")]


def test_baseline_update_and_prune(demo_copy, cache_dir):
    baseline = demo_copy / "onmessage-baseline.json"
    run("baseline", "create", demo_copy)
    total = len(json.loads(baseline.read_text())["findings"])
    assert run("baseline", "create", demo_copy).exit_code == 2  # never overwritten
    caption = demo_copy / "marketing" / "social" / "instagram-caption.md"
    caption.write_text(caption.read_text().replace("Never make a schedule again.", ""))
    pruned = run("baseline", "prune", demo_copy)
    assert "1 dropped" in pruned.output
    assert len(json.loads(baseline.read_text())["findings"]) == total - 1
    caption.write_text(caption.read_text() + "\nACT NOW and book a demo.\n")
    assert "1 added" in run("baseline", "update", demo_copy).output
    assert len(json.loads(baseline.read_text())["findings"]) == total


def test_a_missing_or_broken_baseline_is_a_clear_error(demo_copy, tmp_path):
    assert "no baseline here" in run("check", demo_copy, "--baseline",
                                     tmp_path / "nope.json").output
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    result = run("check", demo_copy, "--baseline", broken)
    assert result.exit_code == 2
    assert "not a readable baseline" in result.output


# Changed files only, in a temporary git repository.

def git(folder, *args):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(DEMO, folder)
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "content")
    return folder


def test_changed_since_reports_only_changed_files_but_checks_the_whole_corpus(repo, embedder):
    assert check([repo], embedder=embedder, changed_since="HEAD").documents == ()
    draft = repo / "sales" / "new-follow-up.md"
    write(repo, {"sales/new-follow-up.md": "Quick reminder: the free trial is 30 days.\n"})
    pricing = repo / "marketing" / "web" / "pricing.html"
    pricing.write_text(pricing.read_text().replace("<body>", "<body><p>Act now!!</p>", 1))
    result = check([repo], embedder=embedder, changed_since="HEAD")
    assert {d.path for d in result.documents} == {"sales/new-follow-up.md",
                                                 "marketing/web/pricing.html"}
    assert {f.span.path for f in result.findings} <= {d.path for d in result.documents}
    conflict = [f for f in result.findings if f.rule == "conflict.value"]
    assert conflict and conflict[0].span.path == "sales/new-follow-up.md"
    assert any(r.path != "sales/new-follow-up.md" for r in conflict[0].related)
    assert draft.exists()


def test_changed_since_an_unknown_ref_or_outside_git_exits_2(repo, tmp_path):
    result = run("check", repo, "--changed-since", "no-such-branch")
    assert result.exit_code == 2
    assert "'no-such-branch' is not a commit" in result.output
    outside = tmp_path / "plain"
    shutil.copytree(DEMO, outside)
    result = run("check", outside, "--changed-since", "HEAD")
    assert result.exit_code == 2


# onmessage init

def test_init_guesses_channels_and_writes_a_valid_project(tmp_path, cache_dir):
    write(tmp_path, {"website/blog/post.md": "Acme Planner plans your week in minutes.\n",
                     "sales/scripts/call.txt": "Rep: Acme Planner plans your week.\n",
                     "notes/todo.md": "Buy milk.\n"})
    result = run("init", tmp_path, "--product", "Acme Planner", "--company", "Acme")
    assert result.exit_code == 0, result.output
    config = (tmp_path / "onmessage.toml").read_text()
    assert 'marketing = ["website/**/*"]' in config
    assert 'sales = ["sales/**/*"]' in config
    assert "product: Acme Planner" in (tmp_path / "positioning.yaml").read_text()
    checked = run("check", tmp_path, "--format", "json")
    assert checked.exit_code == 0, checked.output
    assert json.loads(checked.stdout)["summary"]["documents"] == 2
    again = run("init", tmp_path)
    assert again.exit_code == 2
    assert "never overwrites" in again.output
