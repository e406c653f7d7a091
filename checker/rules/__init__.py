"""The rule registry: every rule has a stable dotted id, a default severity and a docstring.

A rule is a pure function of the analysed corpus and its settings that yields findings.
It loads nothing and reads no files. Its docstring is its documentation (`onmessage rules`).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from checker.findings import Finding, Location, Related
from checker.nlp.analysis import Analysis, Sentence


@dataclass(frozen=True)
class Settings:
    """One rule's effective settings: its severity and its options (defaults overlaid)."""

    rule: str
    severity: str
    options: dict[str, Any] = field(default_factory=dict)

    def finding(self, message: str, location: Location, channel: str,
                related: Iterable[Related] = (), severity: str | None = None,
                **evidence: Any) -> Finding:
        return Finding(self.rule, severity or self.severity, message, location, channel,
                       tuple(related), evidence)

    def at(self, sentence: Sentence, message: str, related: Iterable[Related] = (),
           severity: str | None = None, **evidence: Any) -> Finding:
        """A finding on a whole sentence."""
        return self.finding(message, sentence.location(), sentence.document.channel, related,
                            severity, **evidence)


Check = Callable[[Analysis, Settings], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    check: Check
    options: dict[str, Any]

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        return self.doc.splitlines()[0] if self.doc else ""


REGISTRY: dict[str, Rule] = {}

# Every id of SPEC section 4: a config may set any of them, even one this version lacks.
SPEC_RULE_IDS = ("drift.document", "drift.sentence", "drift.retired", "facts.mismatch",
                 "facts.unapproved", "conflict.value", "conflict.polarity", "claims.banned",
                 "terms.substitute", "tone.avoid", "tone.pressure", "audience.mismatch",
                 "coverage.pillar", "coverage.divergence")


def rule(rule_id: str, severity: str, **options: Any) -> Callable[[Check], Check]:
    """Register a check under a stable id with its default severity and options."""

    def register(check: Check) -> Check:
        REGISTRY[rule_id] = Rule(rule_id, severity, check, options)
        return check

    return register


def all_rules() -> list[Rule]:
    _load_families()
    return [REGISTRY[k] for k in sorted(REGISTRY)]


def known_rules() -> dict[str, dict[str, Any]]:
    """Every rule id a config may name, with the options each takes and their defaults."""
    rules = {r.id: dict(r.options) for r in all_rules()}
    return {rule_id: rules.get(rule_id, {}) for rule_id in sorted(set(SPEC_RULE_IDS) | set(rules))}


def _load_families() -> None:
    from checker.rules import (  # noqa: F401  (they register their rules)
        audience,
        claims,
        conflict,
        coverage,
        drift,
        facts,
        terms,
        tone,
    )
