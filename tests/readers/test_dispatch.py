"""`checker.readers.read` picks the reader by file suffix and refuses other files plainly."""

from __future__ import annotations

import pytest

from checker.document import ReaderError
from checker.readers import SUFFIXES, read


def test_suffixes_cover_markdown_text_and_html() -> None:
    assert SUFFIXES == {".md", ".markdown", ".mdx", ".txt", ".text", "", ".html", ".htm"}


@pytest.mark.parametrize(
    ("suffix", "text"),
    [
        (".md", "Save time"),
        (".markdown", "Save time"),
        (".MDX", "Save time"),
        (".txt", "# Save *time*"),
        ("", "# Save *time*"),
        ("md", "Save time"),
        (".html", "# Save *time*"),
        (".htm", "# Save *time*"),
    ],
)
def test_each_suffix_reads_its_own_format(suffix: str, text: str) -> None:
    assert read(suffix, "# Save *time*\n").text == text


def test_unsupported_suffix_says_which() -> None:
    with pytest.raises(ReaderError, match=r"^unsupported file type \.docx$"):
        read(".docx", "PK\x03\x04")
