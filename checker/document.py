"""The prose of one content file, with a way back to the original file.

Readers turn a file into `Prose`: only the text a reader of the copy sees (no front matter,
code, comments or link targets), split into blocks, with every character mapped back to its
offset in the original source. Line and column numbers are always computed from that map,
so findings point into the file the user edits.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Block:
    """A run of prose the author wrote as one unit: a heading, a paragraph, a list item…

    `kind` is one of "heading", "paragraph", "list_item", "quote", "table_cell".
    `speaker` is the label a script line starts with ("Rep", "Prospect"), stripped from the text.
    """

    kind: str
    start: int  # offset in Prose.text, inclusive
    end: int  # offset in Prose.text, exclusive
    speaker: str | None = None


@dataclass(frozen=True)
class Suppression:
    """Rules silenced by an inline comment on source lines first_line..last_line (1-based).

    An empty `rules` silences every rule. A rule id also matches by prefix family:
    "drift" silences "drift.sentence" and "drift.document".
    """

    rules: frozenset[str]
    first_line: int
    last_line: int

    def covers(self, rule: str, line: int) -> bool:
        if not self.first_line <= line <= self.last_line:
            return False
        if not self.rules:
            return True
        return any(rule == r or rule.startswith(r.rstrip(".*") + ".") for r in self.rules)


@dataclass(frozen=True)
class Prose:
    """What a reader returns: the prose text and its map back into the source."""

    text: str
    offsets: tuple[int, ...]  # offsets[i] is the source offset of text[i]
    blocks: tuple[Block, ...]
    metadata: dict[str, Any] = field(default_factory=dict)
    suppressions: tuple[Suppression, ...] = ()


class ReaderError(Exception):
    """A file that cannot be read as its format; the message says why, in plain words."""


class SourceMap:
    """Turns offsets in a source string into 1-based line and column numbers."""

    def __init__(self, source: str) -> None:
        self._line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self._line_starts.append(i + 1)

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def offset(self, line: int, col: int) -> int:
        """The source offset of a 1-based line and column."""
        return self._line_starts[line - 1] + col - 1


class Document:
    """One content file of the project: its prose, its channel and its way back to the source."""

    def __init__(self, path: str, channel: str, source: str, prose: Prose) -> None:
        self.path = path  # relative to the project folder, with forward slashes
        self.channel = channel
        self.source = source
        self.prose = prose
        self._map = SourceMap(source)

    @property
    def text(self) -> str:
        return self.prose.text

    @property
    def metadata(self) -> dict[str, Any]:
        return self.prose.metadata

    def position(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Line, column, end line and exclusive end column in the source of text[start:end]."""
        offsets = self.prose.offsets
        line, col = self._map.line_col(offsets[start])
        end_line, end_col = self._map.line_col(offsets[max(start, end - 1)])
        return line, col, end_line, end_col + 1

    def prose_index(self, line: int, column: int) -> int:
        """The index in `text` of a source line and column (the nearest prose character)."""
        offset = self._map.offset(line, column)
        return min(bisect.bisect_left(self.prose.offsets, offset), len(self.text))

    def suppressed(self, rule: str, line: int) -> bool:
        return any(s.covers(rule, line) for s in self.prose.suppressions)

    def __repr__(self) -> str:
        return f"Document({self.path!r}, {self.channel!r})"
