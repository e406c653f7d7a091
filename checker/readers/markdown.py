"""Markdown copy (`.md`, `.markdown`, `.mdx`): the format most marketing sites are written in.

markdown-it-py (CommonMark plus GFM tables and strikethrough, and the front matter plugin)
finds the blocks and their source lines. Each block's text is then located on those lines, so
every prose character keeps its exact offset, and `_md_inline` strips the inline markup.
Code, HTML blocks, comments, link targets and images never reach the prose.
"""

from __future__ import annotations

import functools
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from checker.document import Prose
from checker.readers._directives import parse_front_matter
from checker.readers._md_inline import InlineText
from checker.readers._prose import BOM, ProseBuilder

_COMMENT = re.compile(r"<!--(.*?)(?:-->|\Z)", re.S)
_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+")
_LONE_CR = re.compile(r"\r(?!\n)")
_CONTAINERS = {"blockquote_open": "quote", "list_item_open": "list_item"}


@functools.cache
def _parser() -> MarkdownIt:
    # Indented code blocks are off, as in MDX and most content pipelines: copy is often
    # indented (quotes inside lists, script lines), and code in content comes fenced.
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.disable("code")
    return md.use(front_matter_plugin)


class _Lines:
    """Line spans of the source as markdown-it numbers them (0-based)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def span(self, number: int) -> tuple[int, int]:
        """Start and end of a line's content (its `\\n` or `\\r\\n` left out)."""
        number = min(number, len(self.starts) - 1)
        start = self.starts[number]
        end = self.starts[number + 1] - 1 if number + 1 < len(self.starts) else len(self.text)
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end

    def offset(self, number: int) -> int:
        return self.starts[number] if number < len(self.starts) else len(self.text)


def read(source: str) -> Prose:
    builder = ProseBuilder(source)
    text = _LONE_CR.sub("\n", source)  # markdown-it counts a lone CR as a line break too
    lines = _Lines(text)
    env: dict[str, dict[str, object]] = {}
    tokens = _parser().parse(text.removeprefix(BOM), env)
    references = set(env.get("references", {}))
    containers: list[str] = []
    row_cursor = 0
    for index, token in enumerate(tokens):
        if token.type == "front_matter" and token.map:
            builder.metadata.update(parse_front_matter(token.content, token.map[0] + 2))
        elif token.type in _CONTAINERS:
            containers.append(_CONTAINERS[token.type])
        elif token.type in ("blockquote_close", "list_item_close"):
            containers.pop()
        elif token.type == "tr_open":
            row_cursor = 0
        elif token.type == "html_block" and token.map:
            start, end = lines.offset(token.map[0]), lines.offset(token.map[1])
            for match in _COMMENT.finditer(source, start, end):
                builder.add_comment(match.start(), match.group(1))
        elif token.type == "inline" and token.map:
            parent = tokens[index - 1].type
            if parent in ("th_open", "td_open"):
                kind = "table_cell"
                chars, offsets, row_cursor = _align(token.content, token.map[0], lines, row_cursor)
            else:
                kind = _kind(parent, containers)
                chars, offsets, _ = _align(token.content, token.map[0], lines, None)
            if kind == "list_item" and _first_in_item(tokens, index):
                box = _TASK_BOX.match(chars)
                if box is not None:
                    chars, offsets = chars[box.end() :], offsets[box.end() :]
            inline = InlineText(chars, offsets, references)
            builder.add_block(kind, inline.pieces())
            for offset, body in inline.comments:
                builder.add_comment(offset, body)
    return builder.build()


def _kind(parent: str, containers: list[str]) -> str:
    if parent == "heading_open":
        return "heading"
    return containers[-1] if containers else "paragraph"


def _first_in_item(tokens: list[Token], index: int) -> bool:
    return index >= 2 and tokens[index - 2].type == "list_item_open"


def _align(
    content: str, first_line: int, lines: _Lines, cursor: int | None
) -> tuple[str, list[int], int]:
    """Find each line of a block's (markup-stripped) content on its source line.

    Block content is a suffix of its line (paragraphs) or sits inside it (ATX headings, table
    cells, searched from `cursor`); where markdown-it changed characters (tabs, `\\|` in cells,
    NUL) the characters are matched one by one instead. Returns text, offsets and the column
    after the last character found, for the next cell of a table row.
    """
    chars: list[str] = []
    offsets: list[int] = []
    column = 0
    for k, content_line in enumerate(content.split("\n")):
        start, end = lines.span(first_line + k)
        line = lines.text[start:end]
        if k:
            chars.append("\n")
            offsets.append(lines.span(first_line + k - 1)[1])
        column = line.rfind(content_line) if cursor is None else line.find(content_line, cursor)
        if column >= 0:
            chars.append(content_line)
            offsets.extend(range(start + column, start + column + len(content_line)))
            column += len(content_line)
            continue
        column = cursor or 0
        for ch in content_line:
            found = line.find(ch, column)
            at = found if found >= 0 else min(column, max(len(line) - 1, 0))
            chars.append(ch)
            offsets.append(start + at)
            column = at + 1
    return "".join(chars), offsets, column
