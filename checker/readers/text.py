"""Plain-text copy (emails, call scripts, ad text): blocks are what blank lines separate.

Plain text has no markup, so structure comes from layout: a short line standing alone, a
line starting with `#` or the file's first line when it does not end like a sentence is a
heading, `- ` / `* ` / `• ` / `1. ` lines are list items,
everything else is paragraphs. Front
matter and `<!-- onmessage-... -->` comments work as in Markdown, so one habit serves all files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.document import Prose
from checker.readers._directives import parse_front_matter, split_front_matter
from checker.readers._prose import Piece, ProseBuilder, speaker_label

_COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.S)
_LIST_MARKER = re.compile(r"[ \t\ufeff]*(?:[-*•]|\d{1,3}[.)])[ \t]+(?=\S)")
_HEADING_MAX_WORDS = 8
# A field of a form-like file (ad copy, a brief): each "Headline 2:" line is its own unit.
_FIELD = re.compile(r"[A-Z][A-Za-z]{0,15}(?: [A-Za-z]{1,15})?(?: ?\d{1,2})?:\s")


@dataclass
class _Line:
    pieces: list[Piece]  # the visible characters, comments left out
    text: str
    indented: bool
    end: int  # offset of the line break ending the line


def read(source: str) -> Prose:
    builder = ProseBuilder(source)
    body_start = 0
    front = split_front_matter(source)
    if front is not None:
        yaml_text, first_line, body_start = front
        builder.metadata.update(parse_front_matter(yaml_text, first_line))
    hidden: list[tuple[int, int]] = []
    for match in _COMMENT.finditer(source, body_start):
        builder.add_comment(match.start(), match.group(1))
        hidden.append(match.span())
    for n, group in enumerate(_paragraphs(_lines(source, body_start, hidden))):
        _add_group(builder, group, first=n == 0)
    return builder.build()


def _lines(source: str, start: int, hidden: list[tuple[int, int]]) -> list[_Line | None]:
    """Each source line's visible text; None for a blank line. Comment-only lines vanish."""
    out: list[_Line | None] = []
    spans = iter(hidden)
    span = next(spans, None)
    offset = start
    while offset <= len(source):
        end = source.find("\n", offset)
        end = len(source) if end == -1 else end
        pieces: list[Piece] = []
        had_comment = False
        cursor = offset
        while cursor < end:
            while span is not None and span[1] <= cursor:
                span = next(spans, None)
            if span is not None and span[0] <= cursor:
                had_comment = True
                cursor = min(span[1], end)
                continue
            stop = end if span is None else min(end, span[0])
            pieces.append((cursor, source[cursor:stop]))
            cursor = stop
        text = "".join(piece for _, piece in pieces)
        if text.strip():
            out.append(_Line(pieces, text, text[:1].isspace(), end))
        elif not had_comment:
            out.append(None)
        offset = end + 1
    return out


def _paragraphs(lines: list[_Line | None]) -> list[list[_Line]]:
    groups: list[list[_Line]] = [[]]
    for line in lines:
        if line is None:
            if groups[-1]:
                groups.append([])
        else:
            groups[-1].append(line)
    return [group for group in groups if group]


def _add_group(builder: ProseBuilder, group: list[_Line], first: bool = False) -> None:
    if first and len(group) > 1 and _is_title(group[0].text, group[1].text) and not all(
            _is_item_line(line.text) for line in group):
        builder.add_block("heading", group[0].pieces)  # "Paid search ads, Q4 2025"
        group = group[1:]
    elif len(group) == 1 and _is_heading(group[0].text):
        builder.add_block("heading", group[0].pieces)
        return
    if len(group) > 1 and all(_is_item_line(line.text) for line in group):
        for line in group:  # ad headlines, spec sheets: one short item a line, not a sentence
            builder.add_block("list_item", line.pieces)
        return
    kind: str | None = None
    pieces: list[Piece] = []
    previous_end = 0
    for line in group:
        line_pieces = line.pieces
        marker = _LIST_MARKER.match(line.text)
        if line.text.lstrip().startswith("#"):  # "# Q2 paid social, owner: growth team"
            if kind is not None:
                builder.add_block(kind, pieces)
            builder.add_block("heading", line_pieces)
            kind, pieces = None, []
            continue
        if marker is not None:
            starts, new_kind = True, "list_item"
            line_pieces = _drop_prefix(line.pieces, marker.end())
        elif _FIELD.match(line.text) and speaker_label(line.text) is None:
            starts, new_kind = True, "paragraph"  # "Headline 2: …", "Description 1: …"
        elif kind == "list_item":  # an indented line wraps the item; any other ends the list
            starts, new_kind = not line.indented, "paragraph"
        else:
            starts, new_kind = kind is None, "paragraph"
        if starts:
            if kind is not None:
                builder.add_block(kind, pieces)
            kind, pieces = new_kind, []
        else:
            pieces.append((previous_end, "\n"))
        pieces.extend(line_pieces)
        previous_end = line.end
    if kind is not None:
        builder.add_block(kind, pieces)


def _drop_prefix(pieces: list[Piece], count: int) -> list[Piece]:
    out: list[Piece] = []
    for offset, text in pieces:
        if count >= len(text):
            count -= len(text)
            continue
        out.append((offset + count, text[count:]))
        count = 0
    return out


def _is_item_line(text: str) -> bool:
    """A short line that does not run on into the next one, like an ad's headline."""
    stripped = text.strip()
    return (0 < len(stripped.split()) <= _HEADING_MAX_WORDS and stripped[-1] not in ",;.!?"
            and (stripped[0].isupper() or stripped[0].isdigit())
            and _LIST_MARKER.match(text) is None and speaker_label(text) is None)


def _is_title(text: str, following: str) -> bool:
    """The file's first line, naming what follows ("Stagedoor - paid search ads, Q1 2026"):
    it does not end like a sentence, a greeting or a field label, and the next line starts
    afresh rather than carrying on a wrapped sentence."""
    return (_is_heading(text, 2 * _HEADING_MAX_WORDS) and not text.lstrip().startswith("#")
            and following.lstrip()[:1].isupper() and _FIELD.match(text) is None)


def _is_heading(text: str, max_words: int = _HEADING_MAX_WORDS) -> bool:
    """A short line standing alone, not ending like a sentence or a greeting ("Hi Sam,")."""
    stripped = text.strip()
    words = stripped.split()
    return (
        0 < len(words) <= max_words
        and stripped[-1] not in ".!?,;:"
        and any(ch.isalpha() for ch in stripped)
        and _LIST_MARKER.match(text) is None
        and speaker_label(text) is None  # "REP: Sounds good" is a line of a script
    )
