"""Check labels.json against the corpus files.

Every label must name an existing file, and its text must occur on exactly
one line of that file, outside Markdown front matter. Drift and look-alike
labels must not point at the same line. Exit status 0 when all is well.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def prose_lines(path):
    """Return (line number, text) pairs, skipping Markdown front matter."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0
    if path.suffix == ".md" and lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break
    return [(n + 1, lines[n]) for n in range(start, len(lines))]


def main():
    labels = json.loads((ROOT / "labels.json").read_text(encoding="utf-8"))
    errors = []
    seen = {}
    for group in ("drift", "lookalikes"):
        for item in labels[group]:
            rel, text = item["path"], item["text"]
            path = ROOT / rel
            if not path.is_file():
                errors.append(f"{group}: missing file {rel}")
                continue
            hits = [n for n, line in prose_lines(path) if text in line]
            if not hits:
                errors.append(f"{group}: not on any line of {rel}: {text!r}")
            elif len(hits) > 1:
                errors.append(f"{group}: on lines {hits} of {rel}: {text!r}")
            else:
                key = (rel, hits[0])
                if key in seen and seen[key] != group:
                    errors.append(f"{rel}:{hits[0]} labelled both drift and lookalike")
                seen[key] = group
    for err in errors:
        print("ERROR", err)
    drift, look = len(labels["drift"]), len(labels["lookalikes"])
    files = sorted({i["path"] for g in labels.values() for i in g})
    print(f"{drift} drift, {look} lookalikes, {len(files)} files, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
