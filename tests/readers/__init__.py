"""Tests for the content readers, with the checks every reader's output must pass."""

from __future__ import annotations

from checker.document import Prose, SourceMap


def assert_maps_to_source(source: str, prose: Prose) -> None:
    """Every prose character points at itself in the source, or at what it was decoded from.

    Spaces may stand for any whitespace (line breaks, tabs, `&nbsp;`, `<br>`); other characters
    differ from their source character only when decoded from an entity starting with `&`.
    Blocks are in order, trimmed, and separated by exactly "\\n\\n".
    """
    assert len(prose.offsets) == len(prose.text)
    previous_end = 0
    for number, block in enumerate(prose.blocks):
        assert block.start < block.end, block
        if number:
            assert prose.text[previous_end : block.start] == "\n\n"
        else:
            assert block.start == 0
        piece = prose.text[block.start : block.end]
        assert piece == piece.strip() and "  " not in piece and "\n" not in piece
        previous_end = block.end
        for i in range(block.start, block.end):
            char, offset = prose.text[i], prose.offsets[i]
            assert 0 <= offset < len(source)
            original = source[offset]
            if char == original:
                continue
            if char == " ":
                assert original.isspace() or source.startswith(("&", "<br"), offset), (i, offset)
            else:
                assert original == "&", (i, char, offset, original)
    assert previous_end == len(prose.text)


def position(source: str, prose: Prose, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """The 1-based (line, column) in the source of `phrase` as found in the prose."""
    index = -1
    for _ in range(occurrence + 1):
        index = prose.text.index(phrase, index + 1)
    return SourceMap(source).line_col(prose.offsets[index])


def blocks(prose: Prose) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of each block, for exact comparisons."""
    return [(b.kind, prose.text[b.start : b.end], b.speaker) for b in prose.blocks]
