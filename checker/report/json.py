"""The JSON output of SPEC section 5: stable keys, stable order, no timestamps."""

from __future__ import annotations

import json
from typing import Any

from checker.engine import Result
from checker.findings import Finding

VERSION = 1


def to_dict(result: Result) -> dict[str, Any]:
    return {
        "version": VERSION,
        "summary": {"score": result.score, "documents": len(result.documents),
                    "findings": {sev: n for sev, n in reversed(result.counts().items())},
                    "baselined": result.baselined},
        "findings": [finding_dict(f) for f in result.findings],
        "documents": [{"path": d.path, "channel": d.channel,
                       "score": _round(result.scores.get(d.path)),
                       "claims": result.claims.get(d.path, 0)} for d in result.documents],
        "coverage": {c.channel: {"claims": c.claims, "on_message": c.carrying,
                                 "pillars": {p: {"claims": n, "share": round(c.share(p), 3)}
                                             for p, n in c.counts.items()}}
                     for c in result.coverage.values()},
        "skipped": [{"path": s.path, "reason": s.reason} for s in result.skipped],
        "notices": list(result.notices),
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    span = finding.span
    return {
        "rule": finding.rule, "severity": finding.severity, "message": finding.message,
        "path": span.path, "line": span.line, "column": span.column,
        "end_line": span.end_line, "end_column": span.end_column, "excerpt": span.excerpt,
        "channel": finding.channel,
        "related": [{"path": r.path, "line": r.line, "column": r.column, "excerpt": r.excerpt,
                     **({"highlight": r.highlight} if r.highlight else {})}
                    for r in finding.related],
        "evidence": finding.evidence,
        "fingerprint": finding.fingerprint,
    }


def render_json(result: Result) -> str:
    return json.dumps(to_dict(result), indent=2, ensure_ascii=False) + "\n"


def _round(score: float | None) -> int | None:
    return None if score is None else round(score)
