"""Recall and false alarms of drift.sentence on labelled corpora.

- corpora/kestrel: the demo corpus; its planted.json lists the planted drift sentences and
  look-alikes that must not be flagged.
- benchmarks/drift_eval: a held-out corpus written separately (labels.json).
- benchmarks/posthog: real PostHog handbook pages, read from ../shared/eval, with a
  reviewer's labels (labels.json); skipped when ../shared/eval is not there.
- benchmarks/drift_blind: a corpus written blind to the implementation, with drift labels
  and look-alikes (greetings, logistics, questions, prospect lines, customer stories).

A finding counts as a hit when its sentence contains a labelled drift excerpt (or is inside
it). Everything else it flags is a false alarm, listed so a person can judge it.

    .venv/bin/python benchmarks/drift_quality.py [-v]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from checker.engine import check

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "kestrel (demo)": ROOT / "corpora" / "kestrel",
    "drift_eval (held out)": ROOT / "benchmarks" / "drift_eval",
    "posthog (real)": ROOT / "benchmarks" / "posthog",
    "drift_blind (blind)": ROOT / "benchmarks" / "drift_blind",
}


def labelled_drift(project: Path) -> list[tuple[str, str]]:
    if (project / "planted.json").exists():
        planted = json.loads((project / "planted.json").read_text())["planted"]
        return [(p["path"], p["text"]) for p in planted if p["rule"] == "drift.sentence"]
    labels = json.loads((project / "labels.json").read_text())
    return [(p["path"], p["text"]) for p in labels["drift"]]


def evaluate(project: Path, verbose: bool) -> tuple[int, int, int]:
    result = check([project])
    labels = labelled_drift(project)
    flagged = [f for f in result.findings if f.rule == "drift.sentence"]

    def is_hit(finding) -> bool:
        text = " ".join(finding.span.excerpt.split())
        return any(path == finding.span.path and (label in text or text in label)
                   for path, label in labels)

    found = {(p, t) for p, t in labels for f in flagged
             if f.span.path == p and (t in " ".join(f.span.excerpt.split())
                                      or " ".join(f.span.excerpt.split()) in t)}
    alarms = [f for f in flagged if not is_hit(f)]
    if verbose:
        for path, text in labels:
            mark = "found " if (path, text) in found else "MISSED"
            print(f"    {mark} {path}: {text[:90]}")
        for f in alarms:
            excerpt = " ".join(f.span.excerpt.split())[:90]
            print(f"    alarm  {f.span.path}:{f.span.line}: {excerpt}")
    return len(found), len(labels), len(alarms)


def main() -> None:
    verbose = "-v" in sys.argv
    print(f"{'corpus':<24} {'recall':>12} {'false alarms':>13}")
    for name, project in CORPORA.items():
        if not (project / "onmessage.toml").exists():
            continue
        try:
            found, total, alarms = evaluate(project, verbose)
        except Exception as err:  # a corpus that cannot run is reported, not hidden
            print(f"{name:<24} not run: {err}")
            continue
        print(f"{name:<24} {found:>4}/{total:<3} {found / total:>4.0%} {alarms:>13}")


if __name__ == "__main__":
    main()
