"""Baselines: the findings a team has accepted for now, so CI reports only what is new.

A baseline is a JSON file meant to be reviewed in git: one entry per accepted finding, in
a stable order, keyed by the finding's fingerprint (rule, file and the words flagged, so an
edit elsewhere in the file or a line shift does not revive it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from checker.errors import UserError
from checker.findings import Finding

VERSION = 1
DEFAULT_NAME = "onmessage-baseline.json"


@dataclass(frozen=True)
class Baseline:
    path: Path
    entries: dict[str, dict]  # fingerprint -> what was accepted

    def split(self, findings: Iterable[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(new findings, findings the baseline accepts)."""
        new, known = [], []
        for finding in findings:
            (known if finding.fingerprint in self.entries else new).append(finding)
        return new, known


def load_baseline(path: Path) -> Baseline:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"{path}: no baseline here; create one with `onmessage baseline "
                        "create`") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise UserError(f"{path}: not a readable baseline ({err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list) or not all(
            isinstance(e, dict) and isinstance(e.get("fingerprint"), str)
            for e in data["findings"]):
        raise UserError(f"{path}: not an onmessage baseline (expected "
                        '{"version": 1, "findings": [{"fingerprint": ...}, ...]})')
    return Baseline(path, {e["fingerprint"]: e for e in data["findings"]})


def entry(finding: Finding) -> dict:
    return {"fingerprint": finding.fingerprint, "rule": finding.rule,
            "path": finding.span.path, "excerpt": " ".join(finding.span.excerpt.split()),
            "message": finding.message}


def write_baseline(path: Path, entries: Iterable[dict]) -> int:
    ordered = sorted(entries, key=lambda e: (e.get("path", ""), e.get("rule", ""),
                                             e.get("excerpt", ""), e["fingerprint"]))
    data = {"version": VERSION, "findings": ordered}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(ordered)
