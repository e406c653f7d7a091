"""Finds the content files of each channel and reads each one into a Document.

A file that cannot be read never stops the run: it is skipped with the reason, and the
rest of the corpus is checked.
"""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checker import readers
from checker.document import Document, ReaderError
from checker.project import Project

MAX_BYTES = 1_000_000  # far above any asset, and within what spaCy parses in one piece


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]


def discover(project: Project) -> dict[Path, str]:
    """Every content file of the project, mapped to the channel its globs give it.

    Files are known by their real path, and a file counts only when its real path matches
    the channel's patterns: a symlink that loops back up the tree (marketing/loop -> ..)
    does not drag onmessage.toml into the marketing channel. A pattern may point outside
    the project on purpose ("../shared/*.md"): those files are read, and named by their
    path relative to the project ("../shared/copy.md")."""
    found: dict[Path, str] = {}
    for channel, patterns in project.channels.items():
        for path in _matches(project.root, patterns):
            rel = relative(project, path)
            inside = not rel.startswith("../")
            if inside and not any(_glob_regex(p).match(rel) for p in patterns):
                continue  # reached only through a symlink
            if not _excluded(project, rel):
                found.setdefault(path, channel)
    return dict(sorted(found.items(), key=lambda item: relative(project, item[0])))


def channel_for(project: Project, path: Path) -> str:
    """The channel of a file named on the command line, even one the excludes leave out."""
    for channel, patterns in project.channels.items():
        if path in _matches(project.root, patterns):
            return channel
    parts = set(Path(relative(project, path)).parts)
    return next((channel for channel in project.channels if channel in parts), "unassigned")


def read_corpus(project: Project, files: dict[Path, str]) -> Corpus:
    documents, skipped = [], []
    for path, channel in files.items():
        rel = relative(project, path)
        try:
            document = read_document(path, rel, channel)
        except ReaderError as err:
            skipped.append(Skipped(rel, str(err)))
            continue
        documents.append(document)
    return Corpus(tuple(documents), tuple(skipped))


def read_document(path: Path, rel: str, channel: str) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ReaderError(f"cannot be opened: {err.strerror or err}") from None
    if len(raw) > MAX_BYTES:
        raise ReaderError(f"is {len(raw) / 1_000_000:.1f} MB; content files over "
                          f"{MAX_BYTES // 1_000_000} MB are not read (split it into assets)")
    source = _decode(raw)
    prose = readers.read(path.suffix.lower(), source)
    declared = prose.metadata.get("channel")
    if isinstance(declared, str) and declared.strip():
        channel = declared.strip()
    return Document(rel, channel, source, prose)


def _decode(raw: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), or UTF-16 when a byte-order mark says so
    (Word and Excel on Windows save text that way)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ReaderError("starts like UTF-16 text but does not decode as UTF-16; save "
                              "it as UTF-8") from None
    if b"\0" in raw[:4096]:
        raise ReaderError("is a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ReaderError(f"is not UTF-8 text (byte {err.start} cannot be decoded); "
                          "save it as UTF-8") from None


def relative(project: Project, path: Path) -> str:
    return Path(os.path.relpath(path, project.root)).as_posix()


def _matches(root: Path, patterns: tuple[str, ...]) -> set[Path]:
    paths: set[Path] = set()
    for pattern in patterns:
        for name in glob.glob(pattern, root_dir=root, recursive=True):
            path = (root / name).resolve()
            if path.is_file() and not path.name.startswith("."):
                paths.add(path)
    return paths


def _excluded(project: Project, rel: str) -> bool:
    if project.report_dir and _inside(project.root / rel, project.report_dir):
        return True
    return any(_glob_regex(pattern).match(rel) for pattern in project.exclude)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
        return True
    except ValueError:
        return False


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob with ** (any folders), * and ? as a regex over relative POSIX paths."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")
