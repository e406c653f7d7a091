"""Readers turn one content file into `Prose`, choosing the format by the file's suffix.

Each format has its own module with one function, `read(source) -> Prose`; the work they share
(offsets, blocks, speakers, front matter, suppression comments) lives in `_prose` and
`_directives`, so every format behaves the same way where formats agree.
"""

from __future__ import annotations

from collections.abc import Callable

from checker.document import Prose, ReaderError
from checker.readers import html, markdown, text

_READERS: dict[str, Callable[[str], Prose]] = {
    ".md": markdown.read,
    ".markdown": markdown.read,
    ".mdx": markdown.read,
    ".txt": text.read,
    ".text": text.read,
    "": text.read,
    ".html": html.read,
    ".htm": html.read,
}

SUFFIXES: frozenset[str] = frozenset(_READERS)


def read(path_suffix: str, source: str) -> Prose:
    """The prose of `source`, read as the format its file suffix (".md", ".html"...) names."""
    suffix = path_suffix.lower()
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    reader = _READERS.get(suffix)
    if reader is None:
        raise ReaderError(f"unsupported file type {suffix}")
    return reader(source)


__all__ = ["SUFFIXES", "read"]
