"""Recall and false alarms of the guardrail rules on labelled corpora.

Guardrail rules: claims.banned, drift.retired, terms.substitute, tone.avoid, tone.pressure,
audience.mismatch, coverage.pillar, coverage.divergence.

- corpora/kestrel: the demo corpus; planted.json lists its planted problems and, under
  not_findings, greetings, sign-offs and logistics that no rule may flag.
- benchmarks/guardrail_eval: a corpus written blind to the implementation; labels.json lists
  planted problems and look-alikes (lines a named rule must not flag). Thresholds were
  adjusted after its first run, so it is no longer unseen.
- benchmarks/guardrail_holdout: a second blind corpus; measured once untouched, then the
  rules were adjusted on what it showed.
- benchmarks/guardrail_blind3: a third blind corpus; measured once untouched, then tuned on.
- benchmarks/guardrail_blind4: a fourth blind corpus; measured once untouched (22/27 found,
  0/39 look-alikes flagged), then tuned on ("seamlessly").

A planted problem is found when a finding of its rule falls on the line holding its text
(anywhere in the file for audience.mismatch). A look-alike is a false alarm when a finding
of its rule (any rule, for not_findings) falls on its line.

    .venv/bin/python benchmarks/guardrail_quality.py [-v]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from checker.engine import check

ROOT = Path(__file__).resolve().parent.parent
GUARDRAILS = ("claims.banned", "drift.retired", "terms.substitute", "tone.avoid",
              "tone.pressure", "audience.mismatch", "coverage.pillar", "coverage.divergence")
CORPORA = {"kestrel (demo)": ROOT / "corpora" / "kestrel",
           "guardrail_eval (blind, then tuned on)": ROOT / "benchmarks" / "guardrail_eval",
           "guardrail_holdout (blind, then tuned on)": ROOT / "benchmarks" / "guardrail_holdout",
           "guardrail_blind3 (blind, then tuned on)": ROOT / "benchmarks" / "guardrail_blind3",
           "guardrail_blind4 (blind, then tuned on)": ROOT / "benchmarks" / "guardrail_blind4"}


def labels(project: Path) -> tuple[list[dict], list[dict]]:
    if (project / "planted.json").exists():
        data = json.loads((project / "planted.json").read_text())
        planted = [p for p in data["planted"] if p["rule"] in GUARDRAILS]
        return planted, [dict(n, rule=None) for n in data["not_findings"]]
    data = json.loads((project / "labels.json").read_text())
    return data["planted"], data["lookalikes"]


def lines_of(project: Path, path: str, text: str) -> set[int]:
    source = (project / path).read_text(encoding="utf-8").splitlines()
    return {n for n, line in enumerate(source, 1) if text in line}


def on(finding, project: Path, label: dict) -> bool:
    span = finding.span
    if span.path != label["path"]:
        return False
    if finding.rule == "audience.mismatch" and label.get("rule") == "audience.mismatch":
        return True
    return bool(lines_of(project, label["path"], label["text"])
                & set(range(span.line, span.end_line + 1)))


def evaluate(name: str, project: Path, verbose: bool) -> None:
    result = check([project])
    planted, lookalikes = labels(project)
    findings = [f for f in result.findings if f.rule in GUARDRAILS]
    found, total, alarms, looks = Counter(), Counter(), Counter(), Counter()
    matched: set[int] = set()
    for label in planted:
        total[label["rule"]] += 1
        hits = [i for i, f in enumerate(findings) if f.rule == label["rule"]
                and on(f, project, label)]
        matched.update(hits)
        found[label["rule"]] += bool(hits)
        if verbose and not hits:
            print(f"    MISSED {label['rule']:18} {label['path']}: {label['text'][:70]}")
    for label in lookalikes:
        looks[label["rule"] or "any"] += 1
        hits = [f for f in result.findings if (label["rule"] in (None, f.rule))
                and on(f, project, label)]
        alarms[label["rule"] or "any"] += bool(hits)
        if verbose and hits:
            print(f"    ALARM  {hits[0].rule:18} {label['path']}: {label['text'][:70]}")
    if verbose:
        for i, f in enumerate(findings):
            if i not in matched:
                print(f"    other  {f.rule:18} {f.span.path}:{f.span.line}: "
                      f"{' '.join(f.span.excerpt.split())[:70]}")
    print(f"{name}")
    print(f"  {'rule':20} {'found':>8} {'look-alikes flagged':>20}")
    for rule in sorted(set(total) | set(looks)):
        recall = f"{found[rule]}/{total[rule]}" if total[rule] else "-"
        flagged = f"{alarms[rule]}/{looks[rule]}" if looks[rule] else "-"
        print(f"  {rule:20} {recall:>8} {flagged:>20}")
    print(f"  {'all':20} {sum(found.values())}/{sum(total.values()):<3}"
          f"{sum(alarms.values()):>14}/{sum(looks.values())}"
          f"   other guardrail findings: {len(findings) - len(matched)}")


def main() -> None:
    verbose = "-v" in sys.argv
    for name, project in CORPORA.items():
        if (project / "onmessage.toml").exists():
            evaluate(name, project, verbose)


if __name__ == "__main__":
    main()
