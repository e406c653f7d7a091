"""Open an HTML report in headless Chromium and watch what it does.

Used by tests/test_html_report.py and to make the README's screenshot:

    .venv/bin/python -m tests.browser corpora/kestrel docs/report.png
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@dataclass
class Watch:
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # everything but the report itself
    load_seconds: float = 0.0


@contextlib.contextmanager
def open_report(report: Path, width: int = 1280, height: int = 900):
    """Yield (page, watch) with the report loaded; dialogs are recorded and dismissed."""
    from playwright.sync_api import sync_playwright

    url = report.resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            watch = Watch()
            page.on("console", lambda m: watch.console_errors.append(m.text)
                    if m.type == "error" else None)
            page.on("pageerror", lambda e: watch.console_errors.append(str(e)))
            page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: watch.requests.append(r.url) if r.url != url else None)
            started = time.perf_counter()
            page.goto(url, wait_until="load")
            watch.load_seconds = time.perf_counter() - started
            yield page, watch
        finally:
            browser.close()


def screenshot(report: Path, png: Path, full_page: bool = False) -> None:
    with open_report(report) as (page, _):
        page.screenshot(path=str(png), full_page=full_page)


def main() -> None:
    import os

    from checker.engine import check
    from checker.report import render

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    project, png = Path(sys.argv[1]), Path(sys.argv[2])
    report = png.with_suffix(".html")
    report.write_text(render(check([project]), "html"), encoding="utf-8")
    try:
        screenshot(report, png)
    finally:
        report.unlink()
    print(f"wrote {png}")


if __name__ == "__main__":
    main()
