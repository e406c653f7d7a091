"""Machine formats for CI systems: JSON Lines, SARIF 2.1.0, GitHub workflow commands,
JUnit XML, reviewdog rdjsonl and GitLab Code Quality.

They are read by machines, so they are deterministic (no timestamps, stable order), carry
each finding's fingerprint where the format has a place for it, and escape content so that
copy can never forge a record ("::" or a newline in a sentence stays inside its message).
Paths are relative to the folder the check runs in (a CI job runs at the repository root),
so annotations land on the right file even when the content project is a subfolder.
"""

from __future__ import annotations

import json
import os
from importlib import metadata
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from checker.engine import Result
from checker.findings import Finding
from checker.report.json import finding_dict
from checker.rules import all_rules

INFO_URI = "https://github.com/onmessage/onmessage#what-it-checks"
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
GITLAB_SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def repo_path(result: Result, path: str) -> str:
    """A project-relative path made relative to the working folder, when it is inside it."""
    absolute, here = result.project.root / path, Path.cwd().resolve()
    if not absolute.is_relative_to(here):
        return path
    return Path(os.path.relpath(absolute, here)).as_posix()


def _version() -> str:
    try:
        return metadata.version("onmessage")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def render_jsonl(result: Result) -> str:
    """One finding per line, each the SPEC section 5 finding object."""
    return "".join(json.dumps(finding_dict(f), ensure_ascii=False, sort_keys=False) + "\n"
                   for f in result.findings)


def render_sarif(result: Result) -> str:
    rules = all_rules()
    index = {r.id: i for i, r in enumerate(rules)}
    driver = {
        "name": "onmessage", "version": _version(), "informationUri": INFO_URI,
        "rules": [{
            "id": r.id, "name": r.id.replace(".", "_"),
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.doc},
            "help": {"text": r.doc, "markdown": r.doc},
            "defaultConfiguration": {"level": SARIF_LEVELS[r.severity]},
            "properties": {"tags": ["messaging", r.id.split(".")[0]]},
        } for r in rules]}
    results = []
    for f in result.findings:
        entry = {
            "ruleId": f.rule, "ruleIndex": index[f.rule], "level": SARIF_LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [_sarif_location(result, f.span.path, f.span.line, f.span.column,
                                          f.span.end_line, f.span.end_column, f.span.excerpt)],
            "partialFingerprints": {"onmessage/v1": f.fingerprint},
            "properties": {"channel": f.channel, "evidence": f.evidence},
        }
        if f.related:
            entry["relatedLocations"] = [
                dict(_sarif_location(result, r.path, r.line, r.column, r.line, r.column,
                                     r.excerpt), id=i) for i, r in enumerate(f.related, 1)]
        results.append(entry)
    sarif = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
             "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints",
                       "results": results}]}
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


def _sarif_location(result: Result, path: str, line: int, column: int, end_line: int,
                    end_column: int, excerpt: str) -> dict:
    region = {"startLine": line, "startColumn": column}
    if (end_line, end_column) > (line, column):
        region.update(endLine=end_line, endColumn=end_column)
    region["snippet"] = {"text": excerpt}
    return {"physicalLocation": {"artifactLocation": {"uri": repo_path(result, path)},
                                 "region": region}}


def render_github(result: Result) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""
    lines = []
    for f in result.findings:
        props = {"file": repo_path(result, f.span.path), "line": f.span.line,
                 "col": f.span.column, "endLine": f.span.end_line,
                 "endColumn": f.span.end_column, "title": f"onmessage {f.rule}"}
        fields = ",".join(f"{k}={_gh_property(str(v))}" for k, v in props.items())
        lines.append(f"::{GITHUB_LEVELS[f.severity]} {fields}::{_gh_data(f.message)}")
    return "".join(line + "\n" for line in lines)


def _gh_data(text: str) -> str:
    """Escape as the runner expects; drop other control characters (terminal escapes from
    copy would otherwise colour or rewrite the job log)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return "".join(ch for ch in text if ord(ch) >= 0x20 and ord(ch) != 0x7F)


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def render_junit(result: Result) -> str:
    """One test suite per asset, one test case per finding (errors fail), and a passing
    case for an asset with no finding, so a clean file shows up as a pass."""
    by_path: dict[str, list[Finding]] = {}
    for f in result.findings:
        by_path.setdefault(f.span.path, []).append(f)
    paths = sorted({d.path for d in result.documents} | set(by_path))
    failures_total = sum(f.severity == "error" for f in result.findings)
    tests_total = sum(max(len(by_path.get(p, [])), 1) for p in paths)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuites name="onmessage" tests="{tests_total}" failures="{failures_total}"'
           ' errors="0">']
    for path in paths:
        findings = by_path.get(path, [])
        shown = repo_path(result, path)
        failures = sum(f.severity == "error" for f in findings)
        out.append(f'  <testsuite name={quoteattr(shown)} tests="{max(len(findings), 1)}" '
                   f'failures="{failures}" errors="0" skipped="0">')
        if not findings:
            out.append(f'    <testcase classname={quoteattr(shown)} name="on message"/>')
        for f in findings:
            name = quoteattr(f"{f.rule} {f.span.line}:{f.span.column}")
            out.append(f"    <testcase classname={quoteattr(shown)} name={name}>")
            body = escape(f"{shown}:{f.span.line}:{f.span.column} {f.severity} {f.rule}\n"
                          f"{f.message}\n{f.span.excerpt}")
            if f.severity == "error":
                out.append(f"      <failure message={quoteattr(f.message)} "
                           f'type="{f.rule}">{body}</failure>')
            else:
                out.append(f"      <system-out>{body}</system-out>")
            out.append("    </testcase>")
        out.append("  </testsuite>")
    out.append("</testsuites>")
    return "\n".join(_xml_safe(line) for line in out) + "\n"


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped: drop them."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)


def render_rdjsonl(result: Result) -> str:
    """reviewdog's rdjsonl: one diagnostic per line."""
    severities = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
    lines = []
    for f in result.findings:
        lines.append(json.dumps({
            "message": f.message,
            "location": {"path": repo_path(result, f.span.path), "range": {
                "start": {"line": f.span.line, "column": f.span.column},
                "end": {"line": f.span.end_line, "column": f.span.end_column}}},
            "severity": severities[f.severity],
            "source": {"name": "onmessage", "url": INFO_URI},
            "code": {"value": f.rule},
        }, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def render_gitlab(result: Result) -> str:
    """GitLab Code Quality: a JSON array of issues with fingerprints."""
    issues = [{
        "description": f.message, "check_name": f.rule, "fingerprint": f.fingerprint,
        "severity": GITLAB_SEVERITIES[f.severity],
        "location": {"path": repo_path(result, f.span.path),
                     "lines": {"begin": f.span.line, "end": f.span.end_line}},
    } for f in result.findings]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
