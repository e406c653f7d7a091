"""Check labels.json: every path exists and every "text" is an exact substring of one line.

Usage: python verify_labels.py   (exit status 1 if any label is broken)
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> int:
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    bad = 0
    counts = collections.Counter()
    for kind in ("planted", "lookalikes"):
        for entry in labels[kind]:
            counts[(entry["rule"], kind)] += 1
            path = os.path.join(HERE, entry["path"])
            if not os.path.isfile(path):
                print(f"missing file: {entry['path']}")
                bad += 1
                continue
            with open(path, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
            text = entry["text"]
            if "\n" in text or not any(text in line for line in lines):
                print(f"not found on one line: {kind} {entry['path']}: {text!r}")
                bad += 1
    for rule in sorted({rule for rule, _ in counts}):
        planted, lookalikes = counts[(rule, "planted")], counts[(rule, "lookalikes")]
        print(f"{rule:20} planted={planted:3}  lookalikes={lookalikes:3}")
    print("OK" if not bad else f"{bad} broken label(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
