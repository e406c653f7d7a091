"""Small builders for tests: write a content project into a temporary folder."""

from __future__ import annotations

import textwrap
from pathlib import Path

POSITIONING = """\
product: Tally Books
statement: For small agencies, Tally Books turns tracked time into paid invoices.
pillars:
  - id: invoicing
    name: Invoices from tracked time
    description: Tracked hours become accurate invoices in one click.
    messages:
      - Turn your timesheets into invoices in one click.
  - id: payments
    name: Get paid faster
    description: Clients pay online by card or bank transfer.
    messages:
      - Clients pay invoices online the day they get them.
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def project(folder: Path, config: str | None = None, positioning: str = POSITIONING,
            files: dict[str, str] | None = None) -> Path:
    config = config if config is not None else """\
        positioning = "positioning.yaml"
        [channels]
        marketing = ["marketing/**/*"]
        sales = ["sales/**/*"]
        """
    return write(folder, {"onmessage.toml": config, "positioning.yaml": positioning,
                          **(files or {})})
