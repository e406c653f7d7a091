"""Recall and false alarms of drift.sentence on labelled corpora.

- corpora/kestrel: the demo corpus; its planted.json lists the planted drift sentences.
- benchmarks/drift_eval: a corpus written separately from the rule (labels.json).
- benchmarks/posthog: real PostHog handbook pages, read from ../shared/eval, with a
  reviewer's labels (labels.json); skipped when ../shared/eval is not there.
- benchmarks/drift_blind*: corpora written blind to the implementation (each author read
  only SPEC.md and FINDINGS.md), with drift labels and look-alikes (greetings, logistics,
  questions, prospect lines, customer stories, honest negations, paraphrases). Which ones
  the rule was tuned on is said in the README.

A finding counts as a hit when its sentence contains a labelled drift excerpt (or is inside
it); one on a labelled look-alike is a false alarm; anything else it flags is counted apart
("other"), listed with -v so a person can judge it.

    .venv/bin/python benchmarks/drift_quality.py [-v] [CORPUS ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from checker.engine import check

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "kestrel (demo)": ROOT / "corpora" / "kestrel",
    "drift_eval": ROOT / "benchmarks" / "drift_eval",
    "posthog (real)": ROOT / "benchmarks" / "posthog",
    **{path.name: path for path in sorted((ROOT / "benchmarks").glob("drift_blind*"))},
}


def labelled(project: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The drift excerpts and the look-alike excerpts of a corpus, as (path, text)."""
    if (project / "planted.json").exists():
        planted = json.loads((project / "planted.json").read_text())
        drift = [(p["path"], p["text"]) for p in planted["planted"]
                 if p["rule"] == "drift.sentence"]
        return drift, [(n["path"], n["text"]) for n in planted.get("not_findings", [])]
    labels = json.loads((project / "labels.json").read_text())
    return ([(p["path"], p["text"]) for p in labels["drift"]],
            [(p["path"], p["text"]) for p in labels.get("lookalikes", [])])


def flat(text: str) -> str:
    return " ".join(text.split())


def evaluate(project: Path, verbose: bool) -> dict[str, int]:
    drift, lookalikes = labelled(project)
    flagged = [f for f in check([project]).findings if f.rule == "drift.sentence"]

    def on(finding, labels) -> set[tuple[str, str]]:
        text = flat(finding.span.excerpt)
        return {(path, label) for path, label in labels if path == finding.span.path
                and (flat(label) in text or text in flat(label))}

    found = set().union(*(on(f, drift) for f in flagged))
    alarms = set().union(*(on(f, lookalikes) for f in flagged))
    other = [f for f in flagged if not on(f, drift) and not on(f, lookalikes)]
    if verbose:
        for path, text in drift:
            print(f"    {'found ' if (path, text) in found else 'MISSED'} {path}: {text[:90]}")
        for f in flagged:
            mark = "ALARM " if on(f, lookalikes) else "other " if not on(f, drift) else None
            if mark:
                print(f"    {mark} {f.span.path}:{f.span.line}: {flat(f.span.excerpt)[:90]}")
                print(f"           {f.message}")
    return {"found": len(found), "drift": len(drift), "alarms": len(alarms),
            "lookalikes": len(lookalikes), "other": len(other)}


def main() -> None:
    verbose = "-v" in sys.argv
    chosen = [a for a in sys.argv[1:] if a != "-v"]
    print(f"{'corpus':<18} {'found':>12} {'look-alikes flagged':>20} {'other flags':>12}")
    for name, project in CORPORA.items():
        if chosen and name not in chosen or not (project / "onmessage.toml").exists():
            continue
        try:
            r = evaluate(project, verbose)
        except Exception as err:  # a corpus that cannot run is reported, not hidden
            print(f"{name:<18} not run: {err}")
            continue
        looks = f"{r['alarms']}/{r['lookalikes']}" if r["lookalikes"] else "-"
        print(f"{name:<18} {r['found']:>4}/{r['drift']:<3} {r['found'] / r['drift']:>4.0%} "
              f"{looks:>20} {r['other']:>12}")


if __name__ == "__main__":
    main()
