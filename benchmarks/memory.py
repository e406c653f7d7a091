"""Peak memory of a check: the demo corpus, a 5 MB file (skipped with its reason) and the
largest file that is read (just under the 1 MB limit).

Each check runs in its own process; the figure is that process's peak resident set size,
models included.

    .venv/bin/python benchmarks/memory.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpora" / "kestrel"
SENTENCE = "Kestrel Shifts builds next week's schedule in minutes, not hours. "


def peak_mb(project: Path, cache: Path) -> float:
    """Run one check in a fresh process and return its peak RSS in MB."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ONMESSAGE_CACHE_DIR": str(cache)}
    code = ("import resource, sys; from checker.engine import check; check([sys.argv[1]]); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(project)], env=env, check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    return int(out.strip().splitlines()[-1]) / 1024  # Linux reports kB


def with_file(folder: Path, name: str, size: int) -> Path:
    project = folder / name
    project.mkdir()
    shutil.copy(DEMO / "positioning.yaml", project)
    (project / "onmessage.toml").write_text(
        'positioning = "positioning.yaml"\n[channels]\nmarketing = ["*.md"]\n')
    (project / "big.md").write_text(SENTENCE * (size // len(SENTENCE)))
    return project


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = [("demo corpus (28 assets)", DEMO),
                 ("one 5 MB file (skipped)", with_file(folder, "five", 5_000_000)),
                 ("one 0.95 MB file (read)", with_file(folder, "one", 950_000))]
        for name, project in cases:
            print(f"{name:28} peak {peak_mb(project, folder / 'cache'):7.0f} MB")


if __name__ == "__main__":
    main()
