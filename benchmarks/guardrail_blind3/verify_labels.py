#!/usr/bin/env python3
"""Check labels.json: every path exists and every text sits inside one line of its file."""
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
RULES = {"claims.banned", "drift.retired", "terms.substitute", "tone.avoid",
         "tone.pressure", "audience.mismatch"}


def main() -> int:
    labels = json.loads((ROOT / "labels.json").read_text(encoding="utf-8"))
    errors = []
    counts = {"planted": Counter(), "lookalikes": Counter()}
    for kind in ("planted", "lookalikes"):
        for i, entry in enumerate(labels[kind]):
            where = f"{kind}[{i}] {entry.get('path')!r}"
            if entry.get("rule") not in RULES:
                errors.append(f"{where}: unknown rule {entry.get('rule')!r}")
            path = ROOT / entry["path"]
            if not path.is_file():
                errors.append(f"{where}: file not found")
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            hits = [n for n, line in enumerate(lines, 1) if entry["text"] in line]
            if not hits:
                errors.append(f"{where}: text not on any one line: {entry['text']!r}")
            counts[kind][entry["rule"]] += 1
    for kind, counter in counts.items():
        print(kind)
        for rule in sorted(RULES):
            print(f"  {rule:20} {counter[rule]}")
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
