"""Quoted words and web addresses: text that is not the author's own voice.

A customer's words in quotation marks ("We were desperate, our rota was a mess") are not the
company pressuring anyone, and an old product name inside a URL or an e-mail address cannot
be renamed by the copywriter. Rules that flag wording ask these helpers first.
"""

from __future__ import annotations

import re
from functools import lru_cache

PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+|"
                     r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|ai|co|org|net|app|dev)(?:/\S*)?",
                     re.IGNORECASE)


@lru_cache(maxsize=8)  # rules ask once per sentence about the same parsed block
def quoted_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges inside quotation marks: curly pairs, guillemets and straight pairs.
    A quote left open runs to the end of the text (a quote that spans two paragraphs)."""
    ranges = []
    opener, start = None, 0
    for i, ch in enumerate(text):
        if opener is None:
            if ch in PAIRS or ch == '"':
                opener, start = ch, i
        elif (ch == '"' and opener == '"') or ch == PAIRS.get(opener):
            ranges.append((start, i + 1))
            opener = None
    if opener is not None:
        ranges.append((start, len(text)))
    return tuple(ranges)


@lru_cache(maxsize=8)
def address_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of URLs, domain names and e-mail addresses."""
    return tuple(m.span() for m in ADDRESS.finditer(text))


def inside(ranges: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in ranges)
