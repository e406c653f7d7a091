"""Assembles `Prose` from the runs of source text a reader found, in one place for all formats.

Readers only decide *which* source characters are prose and how they group into blocks. The
builder does everything they have in common: collapsing whitespace while keeping each character's
source offset, splitting call scripts into one block per speaker turn, taking the speaker label
and an email's `Subject:` line out of the prose, and joining blocks into `Prose.text`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from checker.document import Block, Prose
from checker.readers._directives import suppressions_from_comments

Piece = tuple[int, str]  # (source offset of text[0], text); text[k] sits at offset + k
BOM = "\ufeff"
BLOCK_SEPARATOR = "\n\n"

# Words that end in a colon at the start of prose without naming who speaks: asides, email
# headers, and the field names of ad copy and talk tracks ("Headline:", "Ask:").
NON_SPEAKERS = frozenset(
    """note notes nb tip tips hint ps pps warning caution important update updated subject re fw
    fwd fyi example examples step to from cc bcc date sent attachment attachments disclaimer
    reminder bonus summary tldr agenda goal goals objective why how what when where who result
    results pros cons price pricing cost features benefits included includes takeaway takeaways
    source sources credit credits cta headline headlines subheadline subhead subheading body
    description caption copy text hook title button link url image visual hashtags tagline
    variant version format length channel campaign owner audience location locations team plan
    industry company role timing duration ask say then tone voice context background purpose
    outcome""".split()
) | {
    "bottom line",
    "pro tip",
    "heads up",
    "call to action",
    "key takeaway",
    "action items",
    "next steps",
    "learn more",
    "fun fact",
    "primary text",
    "alt text",
}

# Labels that name a speaker even when they occur only once in a file.
SPEAKER_ROLES = frozenset(
    """rep prospect customer client buyer seller ae sdr bdr csm am se agent caller interviewer
    interviewee host guest moderator user me you them narrator vo voiceover presenter salesperson
    founder ceo cto cfo cmo coo vp support q a gatekeeper receptionist champion speaker partner
    vendor""".split()
) | {"sales rep", "account executive", "account manager", "sales engineer"}

_LABEL = re.compile(r"\s*(?P<label>[^:\n]{1,40}?)\s*:(?=\s|$)")
_SENTENCE = re.compile(r"[.!?\u2026\"\u201c\u201d]")
_SUBJECT = re.compile(r"\s*subject\s*:\s*", re.IGNORECASE)
_ENTITY_NAME = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][-.A-Za-z0-9]*;?)")


def entity_pieces(raw: str, offset: int) -> list[Piece]:
    """A character reference as pieces: decoded characters all map to where it starts."""
    decoded = html.unescape(raw)
    if decoded == raw:  # not a known reference: the characters are shown as written
        return [(offset, raw)]
    return [(offset, ch) for ch in decoded]


def entity_at(source: str, offset: int) -> str:
    """The raw character reference (`&amp;`, `&#39;`, `&amp`) starting at `offset`."""
    match = _ENTITY_NAME.match(source, offset)
    return match.group() if match else "&"


@dataclass
class _Draft:
    kind: str
    chars: list[str]
    offsets: list[int]

    def lines(self) -> list[_Draft]:
        """The draft cut after each line break (the break stays at the end of its line)."""
        out: list[_Draft] = []
        start = 0
        for i, ch in enumerate(self.chars):
            if ch == "\n":
                out.append(
                    _Draft(self.kind, self.chars[start : i + 1], self.offsets[start : i + 1])
                )
                start = i + 1
        if start < len(self.chars):
            out.append(_Draft(self.kind, self.chars[start:], self.offsets[start:]))
        return out

    def text(self) -> str:
        return "".join(self.chars)

    def tail(self, start: int) -> _Draft:
        return _Draft(self.kind, self.chars[start:], self.offsets[start:])


def speaker_label(line: str) -> tuple[str, int] | None:
    """A `Label:` at the start of a line: the label and where the text after it starts."""
    match = _LABEL.match(line)
    if match is None:
        return None
    label = " ".join(match.group("label").split())
    if not all(ch.isalpha() or ch in " ()-" for ch in label) or not label[:1].isupper():
        return None
    if len(label) > 25 or len(label.split()) > 3:
        return None
    if label.count("(") != label.count(")") or label.lower() in NON_SPEAKERS:
        return None
    end = match.end()
    while end < len(line) and line[end].isspace():
        end += 1
    return label, end


def _role(label: str) -> str:
    return " ".join(re.sub(r"\([^)]*\)", " ", label).split()).lower()


def collapse(chars: list[str], offsets: list[int]) -> tuple[str, list[int]]:
    """Whitespace runs become one space (at the run's first character); ends are trimmed."""
    out: list[str] = []
    out_offsets: list[int] = []
    pending: int | None = None
    for ch, off in zip(chars, offsets, strict=True):
        if ch == BOM:
            continue
        if ch.isspace():
            if pending is None:
                pending = off
            continue
        if pending is not None and out:
            out.append(" ")
            out_offsets.append(pending)
        pending = None
        out.append(ch)
        out_offsets.append(off)
    return "".join(out), out_offsets


def plain_text(pieces: Iterable[Piece]) -> str:
    """The pieces' text with whitespace collapsed, for metadata such as an HTML title."""
    text = "".join(piece for _, piece in pieces)
    return " ".join(text.replace(BOM, " ").split())


class ProseBuilder:
    """Collects blocks and comments while a reader walks a file, then builds its `Prose`."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.metadata: dict[str, Any] = {}
        self._drafts: list[_Draft] = []
        self._comments: list[tuple[int, str]] = []

    def add_block(self, kind: str, pieces: Iterable[Piece]) -> None:
        """One block of prose; "\\n" in a piece is a line break the reader of the copy sees."""
        chars: list[str] = []
        offsets: list[int] = []
        for offset, text in pieces:
            chars.extend(text)
            offsets.extend(range(offset, offset + len(text)))
        if any(not ch.isspace() and ch != BOM for ch in chars):
            self._drafts.append(_Draft(kind, chars, offsets))

    def add_comment(self, offset: int, body: str) -> None:
        """An HTML-style comment starting at `offset` (`body` is the text inside it)."""
        self._comments.append((offset, body))

    def build(self) -> Prose:
        turns = self._speaker_turns(self._subject_first(self._drafts))
        text: list[str] = []
        offsets: list[int] = []
        blocks: list[Block] = []
        carried: str | None = None
        for draft, speaker in turns:
            block_text, block_offsets = collapse(draft.chars, draft.offsets)
            speaker = speaker or carried
            carried = None
            if not block_text:
                carried = speaker  # a label alone on its line speaks the next block
                continue
            if text:
                text.append(BLOCK_SEPARATOR)
                offsets.extend([offsets[-1] + 1] * len(BLOCK_SEPARATOR))
            start = len(offsets)
            text.append(block_text)
            offsets.extend(block_offsets)
            blocks.append(Block(draft.kind, start, len(offsets), speaker))
        return Prose(
            text="".join(text),
            offsets=tuple(offsets),
            blocks=tuple(blocks),
            metadata=self.metadata,
            suppressions=suppressions_from_comments(self.source, self._comments),
        )

    def _subject_first(self, drafts: list[_Draft]) -> list[_Draft]:
        """An email's first line `Subject: X` becomes a heading "X" and `metadata["subject"]`."""
        if not drafts:
            return drafts
        lines = drafts[0].lines()
        match = _SUBJECT.match(lines[0].text())
        if match is None:
            return drafts
        subject = lines[0].tail(match.end())
        subject.kind = "heading"
        subject_text, _ = collapse(subject.chars, subject.offsets)
        if not subject_text:
            return drafts
        self.metadata.setdefault("subject", subject_text)
        rest = [ch for line in lines[1:] for ch in line.chars]
        rest_offsets = [off for line in lines[1:] for off in line.offsets]
        return [subject, _Draft(drafts[0].kind, rest, rest_offsets), *drafts[1:]]

    @staticmethod
    def _speaker_turns(drafts: list[_Draft]) -> list[tuple[_Draft, str | None]]:
        """Each line opening with a speaker label starts a turn; the label leaves the prose.

        A label counts when it starts at least two lines of the file ("Jamie:" ... "Dana:"), or
        names a role ("Rep", "SDR (Jamie)") and is alone on its line or followed by a sentence.
        So one-off prose such as "Pricing: $49 a seat" or a fact sheet's "Customer: Harbor
        Street Coffee" keeps its words.
        """
        lines = [draft.lines() for draft in drafts]
        found = [[speaker_label(line.text()) for line in group] for group in lines]
        counts = Counter(hit[0].lower() for group in found for hit in group if hit)

        def accepted(line: _Draft, hit: tuple[str, int] | None) -> bool:
            if hit is None:
                return False
            if counts[hit[0].lower()] > 1:
                return True
            rest = line.text()[hit[1] :].strip()
            return _role(hit[0]) in SPEAKER_ROLES and (
                not rest or _SENTENCE.search(rest) is not None
            )

        turns: list[tuple[_Draft, str | None]] = []
        for draft, group, hits in zip(drafts, lines, found, strict=True):
            current: _Draft | None = None
            speaker: str | None = None
            for line, hit in zip(group, hits, strict=True):
                if hit is not None and accepted(line, hit):
                    if current is not None:
                        turns.append((current, speaker))
                    current, speaker = line.tail(hit[1]), hit[0]
                    continue
                if current is None:
                    current, speaker = _Draft(draft.kind, [], []), None
                current.chars.extend(line.chars)
                current.offsets.extend(line.offsets)
            if current is not None:
                turns.append((current, speaker))
        return turns
