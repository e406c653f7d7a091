"""How big the HTML report of a 200-asset corpus is, and how long Chromium takes to show it.

Builds a corpus of 200 assets in a temporary folder from the demo's (each copy renamed and
given its own opening line, so no two are identical), checks it, writes the HTML report and
opens it in headless Chromium, timing the load and a filter change.

    .venv/bin/python benchmarks/report_scale.py [ASSETS]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.engine import check  # noqa: E402
from checker.report import render  # noqa: E402
from tests.browser import open_report  # noqa: E402

DEMO = ROOT / "corpora" / "kestrel"


def build(target: Path, assets: int) -> None:
    shutil.copy(DEMO / "onmessage.toml", target)
    shutil.copy(DEMO / "positioning.yaml", target)
    sources = sorted(p for p in DEMO.rglob("*") if p.is_file() and p.suffix in (
        ".md", ".txt", ".html") and "drafts" not in p.parts and p.name != "README.md")
    for n in range(assets):
        source = sources[n % len(sources)]
        relative = source.relative_to(DEMO)
        copy = target / relative.parent / f"{source.stem}-{n:03d}{source.suffix}"
        copy.parent.mkdir(parents=True, exist_ok=True)
        text = source.read_text(encoding="utf-8")
        if source.suffix == ".txt":
            text = f"Edition {n}: notes for the team.\n\n{text}"
        copy.write_text(text, encoding="utf-8")


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    assets = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "scale"
        project.mkdir()
        build(project, assets)
        started = time.perf_counter()
        result = check([project])
        checked = time.perf_counter() - started
        started = time.perf_counter()
        html = render(result, "html")
        rendered = time.perf_counter() - started
        report = Path(folder) / "scale.html"
        report.write_text(html, encoding="utf-8")
        with open_report(report) as (page, watch):
            started = time.perf_counter()
            page.uncheck("input[value=info]")
            page.wait_for_function("document.getElementById('shown').textContent !== ''")
            filtered = time.perf_counter() - started
        print(f"{len(result.documents)} assets, {len(result.findings)} findings, "
              f"{result.stats['sentences']} sentences")
        print(f"check {checked:.1f} s, HTML rendered in {rendered:.2f} s, "
              f"{len(html.encode()) / 1e6:.2f} MB")
        print(f"Chromium: load {watch.load_seconds:.2f} s, a filter change {filtered:.2f} s, "
              f"console errors {len(watch.console_errors)}, requests {len(watch.requests)}")


if __name__ == "__main__":
    main()
