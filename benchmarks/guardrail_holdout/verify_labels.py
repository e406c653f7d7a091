"""Check labels.json: every path exists, every text is inside one line of it."""
import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent


def main():
    labels = json.loads((ROOT / "labels.json").read_text(encoding="utf-8"))
    errors = []
    counts = collections.Counter()
    for kind in ("planted", "lookalikes"):
        for i, row in enumerate(labels[kind]):
            path = ROOT / row["path"]
            counts[(row["rule"], kind)] += 1
            if not path.is_file():
                errors.append(f"{kind}[{i}]: no such file {row['path']}")
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            if not any(row["text"] in line for line in lines):
                errors.append(f"{kind}[{i}]: text not on one line of {row['path']}")
    for (rule, kind), n in sorted(counts.items()):
        print(f"{rule:20} {kind:11} {n}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
