"""HTML pages (`.html`, `.htm`): landing and pricing pages exported from a site or CMS.

The stdlib `HTMLParser` reports where every run of text and every character reference starts,
which is exactly what exact columns need, and it never gives up on malformed markup. Scripts,
styles, `<head>`, code and comments are not prose; `<title>` becomes `metadata["title"]`.
"""

from __future__ import annotations

from html.parser import HTMLParser

from checker.document import Prose, SourceMap
from checker.readers._prose import Piece, ProseBuilder, entity_at, entity_pieces, plain_text

_HIDDEN = frozenset(
    "script style noscript template head code pre svg math iframe object textarea".split()
)
_KINDS = {f"h{n}": "heading" for n in range(1, 7)} | {
    "li": "list_item",
    "td": "table_cell",
    "th": "table_cell",
    "blockquote": "quote",
}
_BLOCKS = frozenset(_KINDS) | frozenset(
    """p div section article header footer main nav aside dd dt dl figcaption figure button
    address body caption details dialog fieldset form hgroup hr html legend ol ul option
    summary table tbody tfoot thead tr""".split()
)
# Elements whose end tag may be left out: the open ones each start tag implicitly closes.
_CLOSED_BY = {
    "li": {"li", "p"},
    "dt": {"dt", "dd", "p"},
    "dd": {"dt", "dd", "p"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    "tr": {"tr", "td", "th"},
    "option": {"option"},
}


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.builder = ProseBuilder(source)
        self.source_map = SourceMap(source)
        self.blocks: list[str] = []  # open block elements, outermost first
        self.hidden: list[str] = []  # open elements whose text is not prose
        self.pieces: list[Piece] = []
        self.title: list[Piece] | None = None
        self.done = False

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.source_map.offset(line, column + 1)

    def _flush(self) -> None:
        if self.pieces:
            kind = next((_KINDS[tag] for tag in reversed(self.blocks) if tag in _KINDS), None)
            self.builder.add_block(kind or "paragraph", self.pieces)
            self.pieces = []

    def _text(self, pieces: list[Piece]) -> None:
        if self.done:
            return
        if self.title is not None:
            self.title.extend(pieces)
        elif not self.hidden:
            self.pieces.extend(pieces)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and all(t == "head" for t in self.hidden):
            self.title = []
        elif tag == "br":
            self._text([(self._offset(), "\n")])
        elif tag in _HIDDEN:
            self.hidden.append(tag)
        elif tag in _BLOCKS:
            if tag == "body" or "head" in self.hidden:  # body content ends an unclosed <head>
                self.hidden = [t for t in self.hidden if t != "head"]
            self._flush()
            while self.blocks and self.blocks[-1] in _CLOSED_BY.get(tag, {"p"}):
                self.blocks.pop()
            self.blocks.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title is not None:
            title = plain_text(self.title)
            if title:
                self.builder.metadata.setdefault("title", title)
            self.title = None
        elif tag in _HIDDEN:
            if tag in self.hidden:
                del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag) :]
        elif tag in _BLOCKS:
            self._flush()
            if tag in self.blocks:
                del self.blocks[len(self.blocks) - 1 - self.blocks[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        offset = self._offset()
        if data.startswith("<!--") and not self.done:  # a comment never closed: to the end
            self.builder.add_comment(offset, self.source[offset + 4 :])
            self.done = True
        self._text([(offset, data.replace("\n", " "))])

    def handle_entityref(self, name: str) -> None:
        offset = self._offset()
        self._text(entity_pieces(entity_at(self.source, offset), offset))

    handle_charref = handle_entityref

    def handle_comment(self, data: str) -> None:
        if not self.done:
            self.builder.add_comment(self._offset(), data)


def read(source: str) -> Prose:
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    reader._flush()
    return reader.builder.build()
