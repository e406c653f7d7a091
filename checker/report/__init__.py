"""Renderers: each turns a Result into text for one audience. They only read the result."""

from __future__ import annotations

from collections.abc import Callable

from checker.engine import Result
from checker.report.ci import (
    render_github,
    render_gitlab,
    render_jsonl,
    render_junit,
    render_rdjsonl,
    render_sarif,
)
from checker.report.html import render_html
from checker.report.json import render_json
from checker.report.text import render_text

RENDERERS: dict[str, Callable[..., str]] = {
    "text": render_text,
    "json": render_json,
    "html": render_html,
    "jsonl": render_jsonl,
    "sarif": render_sarif,
    "github": render_github,
    "junit": render_junit,
    "rdjsonl": render_rdjsonl,
    "gitlab": render_gitlab,
}
FORMATS = tuple(RENDERERS)
# A report path's suffix picks its format; `FORMAT:PATH` names it outright.
SUFFIXES = {".json": "json", ".html": "html", ".htm": "html", ".txt": "text",
            ".jsonl": "jsonl", ".sarif": "sarif", ".xml": "junit", ".rdjsonl": "rdjsonl"}


def report_format(spec: str) -> tuple[str, str]:
    """`sarif:out/results.sarif` or `out/results.sarif` -> ("sarif", "out/results.sarif")."""
    head, sep, tail = spec.partition(":")
    if sep and head in RENDERERS and tail:
        return head, tail
    suffix = "." + spec.rsplit(".", 1)[-1].lower() if "." in spec else ""
    if suffix in SUFFIXES:
        return SUFFIXES[suffix], spec
    raise ValueError(f"{spec}: name the format (FORMAT:PATH, one of {', '.join(RENDERERS)}) "
                     f"or use a suffix ({', '.join(sorted(SUFFIXES))})")


def render(result: Result, fmt: str, **options) -> str:
    return RENDERERS[fmt](result, **options)
