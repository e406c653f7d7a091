"""Findings: what a rule reports, where, why, and how to tell it apart across runs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

SEVERITIES = ("info", "warning", "error")  # in rising order


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Location:
    """A place in a content file: 1-based lines and columns; end_column is exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str


@dataclass(frozen=True)
class Related:
    """Another place a finding points to (the other side of a conflict)."""

    path: str
    line: int
    column: int
    excerpt: str
    highlight: str = ""  # the words of the excerpt the finding is about (the other value)


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    span: Location
    channel: str
    related: tuple[Related, ...] = ()
    evidence: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    fingerprint: str = ""

    @property
    def words(self) -> str:
        """The words flagged, with their sentence when the span is only a value."""
        text = f"{self.span.excerpt} {self.evidence.get('sentence', '')}"
        return " ".join(text.lower().split())

    def with_fingerprint(self, occurrence: int) -> Finding:
        """Stable across runs and unrelated edits: the rule, the file and the words flagged
        (not the line, which moves when anything above it changes)."""
        key = f"{self.rule}\0{self.span.path}\0{self.words}\0{occurrence}"
        return replace(self, fingerprint=hashlib.sha256(key.encode()).hexdigest()[:16])

    def sort_key(self) -> tuple:
        return (self.span.path, self.span.line, self.span.column, self.rule, self.message)


def finalise(findings: list[Finding]) -> list[Finding]:
    """Sort findings into their stable order and give each its fingerprint."""
    seen: dict[tuple[str, str, str], int] = {}
    result = []
    for finding in sorted(findings, key=Finding.sort_key):
        key = (finding.rule, finding.span.path, finding.words)
        seen[key] = seen.get(key, -1) + 1
        result.append(finding.with_fingerprint(seen[key]))
    return result
