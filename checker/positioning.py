"""The positioning file as typed, validated data: the organisation's source of truth.

Every section but `pillars` is optional. Mistakes are reported with the line they are on
and in the words a marketer uses, because marketers write this file.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from checker.errors import PositioningError
from checker.nlp.quantities import parse_value

YES_NO = {"yes", "no", "true", "false"}
SECTIONS = ("product", "company", "statement", "audiences", "pillars", "facts", "banned",
            "retired", "terms", "tone")


@dataclass(frozen=True)
class Audience:
    id: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Pillar:
    id: str
    name: str
    description: str = ""
    messages: tuple[str, ...] = ()
    proof: tuple[str, ...] = ()
    line: int = 0  # where the pillar starts in the positioning file

    def texts(self) -> tuple[str, ...]:
        """Everything the pillar approves of saying: what drift is measured against."""
        return tuple(t for t in (self.description, *self.messages, *self.proof) if t)


@dataclass(frozen=True)
class Fact:
    id: str
    about: str
    value: str
    line: int = 0


@dataclass(frozen=True)
class Banned:
    reason: str
    phrase: str | None = None  # matched literally, case-insensitive
    claim: str | None = None  # matched by meaning


@dataclass(frozen=True)
class Retired:
    message: str
    reason: str = ""


@dataclass(frozen=True)
class Term:
    use: str
    not_: tuple[str, ...]


@dataclass(frozen=True)
class Positioning:
    path: Path
    pillars: tuple[Pillar, ...]
    product: str = ""
    company: str = ""
    statement: str = ""
    audiences: tuple[Audience, ...] = ()
    facts: tuple[Fact, ...] = ()
    banned: tuple[Banned, ...] = ()
    retired: tuple[Retired, ...] = ()
    terms: tuple[Term, ...] = ()
    tone_avoid: tuple[str, ...] = ()
    pillars_line: int = 0  # the line of 'pillars:'

    def pillar(self, pillar_id: str) -> Pillar:
        return next(p for p in self.pillars if p.id == pillar_id)


def load_positioning(path: Path) -> Positioning:
    """Parse and validate a positioning file; raise PositioningError naming the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PositioningError("the positioning file does not exist", path) from None
    except (OSError, UnicodeDecodeError) as err:
        raise PositioningError(f"cannot read the positioning file: {err}", path) from None
    try:
        data = YAML(typ="rt").load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        raise PositioningError(f"this is not valid YAML: {err.problem or err}. Check the "
                               "indentation and that text with a colon is in quotes.",
                               path, line) from None
    return _Reader(path).positioning(data)


class _Reader:
    """Walks the YAML tree, keeping the line of each node for error messages."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, message: str, node: Any = None, key: Any = None) -> PositioningError:
        return PositioningError(message, self.path, _line(node, key))

    def positioning(self, data: Any) -> Positioning:
        if not isinstance(data, CommentedMap):
            raise self.fail("the positioning file must be a set of sections such as "
                            "'product:' and 'pillars:'", data)
        for key in data:
            if key not in SECTIONS:
                raise self.fail(f"unknown section '{key}'{_did_you_mean(key, SECTIONS)}. "
                                f"Sections are: {', '.join(SECTIONS)}.", data, key)
        if not data.get("pillars"):
            raise self.fail("there are no pillars: list at least one under 'pillars:' "
                            "(what you always say, with an id and a name)", data)
        pillars = self.items(data, "pillars", self.pillar)
        self.unique(data, "pillars", pillars)
        audiences = self.items(data, "audiences", self.audience)
        self.unique(data, "audiences", audiences)
        facts = self.items(data, "facts", self.fact)
        self.unique(data, "facts", facts)
        tone = data.get("tone")
        if tone is None:
            tone = CommentedMap()
        if not isinstance(tone, CommentedMap) or set(tone) - {"avoid"}:
            raise self.fail("'tone' takes one list: avoid: [word, word]", data, "tone")
        return Positioning(
            path=self.path, pillars=pillars,
            product=self.text(data, "product"), company=self.text(data, "company"),
            statement=self.text(data, "statement"), audiences=audiences, facts=facts,
            banned=self.items(data, "banned", self.banned),
            retired=self.items(data, "retired", self.retired),
            terms=self.items(data, "terms", self.term),
            tone_avoid=self.strings(tone, "avoid"),
            pillars_line=_line(data, "pillars") or 0,
        )

    def items(self, data: CommentedMap, section: str, read) -> tuple:
        value = data.get(section)
        if value is None:
            return ()
        if not isinstance(value, CommentedSeq):
            raise self.fail(f"'{section}' must be a list, each entry starting with '- '",
                            data, section)
        result = []
        for index, entry in enumerate(value):
            if not isinstance(entry, CommentedMap):
                raise self.fail(f"entry {index + 1} of '{section}' must be a set of "
                                "'key: value' lines", value, index)
            result.append(read(entry))
        return tuple(result)

    def unique(self, data: CommentedMap, section: str, entries: tuple) -> None:
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            if entry.id in seen:
                raise self.fail(f"two {section} share the id '{entry.id}'; ids must be unique",
                                data[section], index)
            seen.add(entry.id)

    def keys(self, entry: CommentedMap, allowed: tuple[str, ...], required: tuple[str, ...],
             what: str) -> None:
        for key in entry:
            if key not in allowed:
                raise self.fail(f"{what}: unknown key '{key}'{_did_you_mean(key, allowed)}. "
                                f"Allowed: {', '.join(allowed)}.", entry, key)
        for key in required:
            if not entry.get(key):
                raise self.fail(f"{what} needs '{key}'", entry)

    def text(self, entry: CommentedMap, key: str) -> str:
        value = entry.get(key, "")
        if value is None:
            return ""
        if isinstance(value, (CommentedMap, CommentedSeq)):
            raise self.fail(f"'{key}' must be text, not a list or section", entry, key)
        return " ".join(str(value).split())

    def strings(self, entry: CommentedMap, key: str) -> tuple[str, ...]:
        value = entry.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value.strip(),)
        if not isinstance(value, CommentedSeq) or any(
                isinstance(v, (CommentedMap, CommentedSeq)) for v in value):
            raise self.fail(f"'{key}' must be a list of text entries", entry, key)
        return tuple(" ".join(str(v).split()) for v in value if v is not None)

    def pillar(self, entry: CommentedMap) -> Pillar:
        what = f"pillar '{entry.get('id', '?')}'"
        self.keys(entry, ("id", "name", "description", "messages", "proof"), ("id", "name"),
                  what)
        pillar = Pillar(id=self.text(entry, "id"), name=self.text(entry, "name"),
                        description=self.text(entry, "description"),
                        messages=self.strings(entry, "messages"),
                        proof=self.strings(entry, "proof"), line=_line(entry) or 0)
        if not pillar.description and not pillar.messages:
            raise self.fail(f"{what} needs a description or messages: drift is measured "
                            "against what a pillar says", entry)
        return pillar

    def audience(self, entry: CommentedMap) -> Audience:
        self.keys(entry, ("id", "name", "description"), ("id",),
                  f"audience '{entry.get('id', '?')}'")
        return Audience(self.text(entry, "id"), self.text(entry, "name") or
                        self.text(entry, "id"), self.text(entry, "description"))

    def fact(self, entry: CommentedMap) -> Fact:
        what = f"fact '{entry.get('id', '?')}'"
        self.keys(entry, ("id", "about", "value"), ("id", "about"), what)
        if entry.get("value") is None:
            raise self.fail(f"{what} needs 'value' (what the number or yes/no must be)", entry)
        value = entry["value"]
        if isinstance(value, bool):
            value = "yes" if value else "no"
        if str(value).strip().lower() not in YES_NO and parse_value(str(value)) is None:
            raise self.fail(f"{what}: the value {str(value)!r} is not a number, duration, "
                            "price, percentage or yes/no, so copy cannot be checked against "
                            "it (e.g. value: 14 days, $49 per user per month, 99.9%, no)",
                            entry, "value")
        return Fact(self.text(entry, "id"), self.text(entry, "about"), str(value).strip(),
                    _line(entry))

    def banned(self, entry: CommentedMap) -> Banned:
        self.keys(entry, ("phrase", "claim", "reason"), (), "banned entry")
        if bool(entry.get("phrase")) == bool(entry.get("claim")):
            raise self.fail("a banned entry needs either 'phrase' (matched word for word) or "
                            "'claim' (matched by meaning), not both", entry)
        return Banned(self.text(entry, "reason"), self.text(entry, "phrase") or None,
                      self.text(entry, "claim") or None)

    def retired(self, entry: CommentedMap) -> Retired:
        self.keys(entry, ("message", "reason"), ("message",), "retired entry")
        return Retired(self.text(entry, "message"), self.text(entry, "reason"))

    def term(self, entry: CommentedMap) -> Term:
        self.keys(entry, ("use", "not"), ("use", "not"), f"term '{entry.get('use', '?')}'")
        return Term(self.text(entry, "use"), self.strings(entry, "not"))


def _line(node: Any, key: Any = None) -> int | None:
    """The 1-based line of a YAML node, or of one key or index inside it."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if key is not None:
            return (lc.key(key)[0] if isinstance(node, CommentedMap) else lc.item(key)[0]) + 1
        return lc.line + 1
    except (KeyError, IndexError, TypeError):
        return lc.line + 1


def _did_you_mean(word: Any, options) -> str:
    close = difflib.get_close_matches(str(word), list(options), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
