"""The terminal report: findings grouped by file, the way linters print them."""

from __future__ import annotations

from itertools import groupby

import click

from checker.engine import Result

COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def render_text(result: Result, colour: bool = False) -> str:
    def style(text: str, **kw) -> str:
        return click.style(text, **kw) if colour else text

    lines: list[str] = []
    for path, group in groupby(result.findings, key=lambda f: f.span.path):
        lines.append(style(clean(path), bold=True, underline=True))
        for f in group:
            where = f"{f.span.line}:{f.span.column}"
            sev = style(f"{f.severity:<7}", fg=COLOURS[f.severity])
            lines.append(f"  {where:>7}  {sev}  {clean(f.message)}  {style(f.rule, dim=True)}")
            quote = f.evidence.get("sentence") or f.span.excerpt
            lines.append(style(f"           \u201c{_short(clean(quote))}\u201d", dim=True))
            for r in f.related:
                lines.append(style(f"           see {clean(r.path)}:{r.line}: "
                                   f"\u201c{_short(clean(r.excerpt))}\u201d", dim=True))
        lines.append("")
    for skipped in result.skipped:
        lines.append(style(f"skipped {clean(skipped.path)}: {clean(skipped.reason)}", fg="red"))
    for notice in result.notices:
        lines.append(style(f"note: {clean(notice)}", dim=True))
    for channel in result.coverage.values():
        if channel.carrying:
            shares = " \u00b7 ".join(f"{p} {channel.share(p):.0%}" for p in
                                      sorted(channel.counts, key=lambda p: -channel.counts[p]))
            lines.append(style(f"{channel.channel} carries: {shares} "
                               f"(of {channel.carrying} on-message claims)", dim=True))
    counts = result.counts()
    score = "n/a" if result.score is None else f"{result.score}/100"
    summary = (f"Alignment {score} \u00b7 {len(result.documents)} documents \u00b7 "
               f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} info")
    if result.baselined:
        summary += f" \u00b7 {result.baselined} accepted in the baseline, not shown"
    lines.append(style(summary, bold=True))
    return "\n".join(lines) + "\n"


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


# Characters that would let copy drive the terminal: escape sequences (ESC and the other
# C0/C1 controls) and bidirectional overrides that reorder what is shown.
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean(text: str) -> str:
    """Text from content made safe to print: controls become spaces, overrides go."""
    return "".join(" " if (ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0) else ch
                   for ch in text if ch not in BIDI)
