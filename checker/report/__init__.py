"""Renderers: each turns a Result into text for one audience. They only read the result."""

from __future__ import annotations

from collections.abc import Callable

from checker.engine import Result
from checker.report.html import render_html
from checker.report.json import render_json
from checker.report.text import render_text

RENDERERS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "json": render_json,
    "html": render_html,
}
SUFFIXES = {".json": "json", ".html": "html", ".htm": "html", ".txt": "text"}


def render(result: Result, fmt: str, **options) -> str:
    return RENDERERS[fmt](result, **options)
