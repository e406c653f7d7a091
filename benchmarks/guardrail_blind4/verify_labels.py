"""Check labels.json: every path exists and every text sits on one line of its file."""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def check(kind, entry):
    """Return a list of problems for one label entry."""
    problems = []
    path = HERE / entry["path"]
    text = entry["text"]
    if not entry.get("rule"):
        problems.append(f"{kind}: missing rule for {entry['path']}")
    if not path.is_file():
        return problems + [f"{kind}: no such file {entry['path']}"]
    if not text or "\n" in text:
        return problems + [f"{kind}: text must be one non-empty line: {text!r}"]
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [n for n, line in enumerate(lines, 1) if text in line]
    if not hits:
        problems.append(f"{kind}: {entry['path']}: text not on any line: {text!r}")
    return problems


def main():
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    problems = []
    for kind in ("planted", "lookalikes"):
        for entry in labels[kind]:
            problems.extend(check(kind, entry))
    for kind in ("planted", "lookalikes"):
        counts = Counter(e["rule"] for e in labels[kind])
        print(kind, len(labels[kind]))
        for rule, n in sorted(counts.items()):
            print(f"  {rule:20} {n}")
    for problem in problems:
        print("PROBLEM", problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
