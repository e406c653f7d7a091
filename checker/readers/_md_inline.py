"""Markdown inline markup removed from one block's source characters, offsets kept.

markdown-it-py gives block structure and line maps but decodes inline text without positions,
so the inline syntax is walked here on the block's own source characters: code spans, HTML,
autolinks, images and link targets are dropped, link text stays, emphasis markers go when they
pair up (a lone `*Terms apply` keeps its asterisk, as the reader of the copy sees it).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from markdown_it.common.utils import normalizeReference

from checker.readers._prose import Piece, entity_pieces

_ATTRIBUTE = r"""\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^"'=<>`\s]+|'[^']*'|"[^"]*"))?"""
_HTML = re.compile(
    rf"<[A-Za-z][A-Za-z0-9-]*(?:{_ATTRIBUTE})*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>"
    r"|<\?.*?\?>|<![A-Za-z][^>]*>|<!\[CDATA\[.*?\]\]>",
    re.S,
)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_AUTOLINK = re.compile(
    r"<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\x00-\x20]*>"
    r"|<[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>"
)
_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")
_DESTINATION = re.compile(
    r"""\s*(?:<[^<>\n]*>|[^\s<>]*)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*""", re.S
)
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


@dataclass
class _Delimiter:
    """A run of `*`, `_` or `~~` that may open or close emphasis."""

    char: str
    pieces: list[Piece]
    can_open: bool
    can_close: bool
    used: bool = False


class InlineText:
    """The prose of one block: `text` is its source characters, `offsets` their positions."""

    def __init__(self, text: str, offsets: list[int], references: set[str]) -> None:
        self.text = text
        self.offsets = offsets
        self.references = references
        self.comments: list[tuple[int, str]] = []  # (source offset, body) of HTML comments
        self._code: dict[int, int] = {}  # opening backticks -> index after the closing ones
        self._closing: dict[int, int] = {}  # `[` or `(` -> its matching `]` or `)`
        self._pair_up()

    def pieces(self) -> list[Piece]:
        return self._parse(0, len(self.text))

    def _parse(self, start: int, end: int) -> list[Piece]:
        text = self.text
        items: list[Piece | _Delimiter] = []
        i = start
        while i < end:
            ch = text[i]
            skip_to = None
            if ch == "\\" and i + 1 < end and (text[i + 1] in _ASCII_PUNCT or text[i + 1] == "\n"):
                items.append(self._at(i + 1))
                skip_to = i + 2
            elif ch == "`":
                skip_to = self._code.get(i, -1)
                if not i < skip_to <= end:  # no closing run: the backticks are text
                    run = self._run_end(i, end)
                    items.extend(self._at(k) for k in range(i, run))
                    skip_to = run
            elif ch == "<":
                skip_to = self._html(i, end, items)
            elif ch == "!" and text.startswith("[", i + 1) and (link := self._link(i + 1, end)):
                skip_to = link[1]  # an image: none of it is prose
            elif ch == "[" and (link := self._link(i, end)):
                items.extend(self._parse(i + 1, link[0]))
                skip_to = link[1]
            elif ch in "*_~":
                run = self._run_end(i, end)
                items.append(self._delimiter(i, run, start, end))
                skip_to = run
            elif ch == "&" and (entity := _ENTITY.match(text, i, end)):
                items.extend(entity_pieces(entity.group(), self.offsets[i]))
                skip_to = entity.end()
            if skip_to is None or skip_to <= i:
                items.append(self._at(i))
                skip_to = i + 1
            i = skip_to
        return _resolve(items)

    def _at(self, i: int) -> Piece:
        return (self.offsets[i], self.text[i])

    def _run_end(self, i: int, end: int) -> int:
        j = i
        while j < end and self.text[j] == self.text[i]:
            j += 1
        return j

    def _pair_up(self) -> None:
        """Match code spans, brackets and parentheses once, so each lookup is immediate."""
        text, runs = self.text, []
        for match in re.finditer(r"`+", text):
            escaped = match.start() > 0 and text[match.start() - 1] == "\\"
            runs.append((match.start(), match.end(), escaped))
        by_width: dict[int, list[int]] = {}
        for k, (start, end, _) in enumerate(runs):
            by_width.setdefault(end - start, []).append(k)
        k = 0
        while k < len(runs):
            start, end, escaped = runs[k]
            same = by_width[end - start]
            later = bisect.bisect_right(same, k)
            if escaped or later == len(same):
                k += 1
                continue
            self._code[start] = runs[same[later]][1]
            k = same[later] + 1
        stacks: dict[str, list[int]] = {"[": [], "(": []}
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "\\":
                i += 2
                continue
            if i in self._code:
                i = self._code[i]
                continue
            if ch in stacks:
                stacks[ch].append(i)
            elif ch in "])" and stacks["[" if ch == "]" else "("]:
                self._closing[stacks["[" if ch == "]" else "("].pop()] = i
            i += 1

    def _html(self, i: int, end: int, items: list[Piece | _Delimiter]) -> int | None:
        """Skip a comment, autolink or tag starting at `i` (a `<br>` leaves a line break)."""
        if comment := _COMMENT.match(self.text, i, end):
            self.comments.append((self.offsets[i], comment.group(1)))
            return comment.end()
        if autolink := _AUTOLINK.match(self.text, i, end):
            return autolink.end()
        if tag := _HTML.match(self.text, i, end):
            if _BREAK_TAG.fullmatch(tag.group()):
                items.append((self.offsets[i], "\n"))
            return tag.end()
        return None

    def _link(self, i: int, end: int) -> tuple[int, int] | None:
        """For a link at `i`: (index of the `]` ending its text, index after the whole link)."""
        close = self._closing.get(i, end)
        if close >= end:
            return None
        after = close + 1
        label = self.text[i + 1 : close]
        if after < end and self.text[after] == "(":
            paren = self._closing.get(after, end)
            if paren < end and _DESTINATION.fullmatch(self.text, after + 1, paren):
                return close, paren + 1
        elif after < end and self.text[after] == "[":
            ref_end = self.text.find("]", after, end)
            reference = self.text[after + 1 : ref_end] or label
            if ref_end > 0 and normalizeReference(reference) in self.references:
                return close, ref_end + 1
        if normalizeReference(label) in self.references:
            return close, after
        return None

    def _delimiter(self, i: int, run: int, start: int, end: int) -> Piece | _Delimiter:
        char = self.text[i]
        pieces = [self._at(k) for k in range(i, run)]
        if char == "~" and run - i != 2:
            return _Delimiter(char, pieces, False, False)
        before = self.text[i - 1] if i > start else " "
        after = self.text[run] if run < end else " "
        left = not after.isspace() and (
            not _is_punct(after) or before.isspace() or _is_punct(before)
        )
        right = not before.isspace() and (
            not _is_punct(before) or after.isspace() or _is_punct(after)
        )
        if char == "_":
            return _Delimiter(
                char,
                pieces,
                left and (not right or _is_punct(before)),
                right and (not left or _is_punct(after)),
            )
        return _Delimiter(char, pieces, left, right)


def _resolve(items: list[Piece | _Delimiter]) -> list[Piece]:
    """Drop delimiter runs that pair into emphasis or strikethrough; keep the others as text."""
    openers: list[_Delimiter] = []
    for item in items:
        if not isinstance(item, _Delimiter):
            continue
        if item.can_close:
            match = next(
                (k for k in range(len(openers) - 1, -1, -1) if openers[k].char == item.char), None
            )
            if match is not None:
                openers[match].used = item.used = True
                del openers[match:]
                continue
        if item.can_open:
            openers.append(item)
    out: list[Piece] = []
    for item in items:
        if isinstance(item, _Delimiter):
            if not item.used:
                out.extend(item.pieces)
        else:
            out.append(item)
    return out
