"""English number words for the quantity parser: "two", "twenty-four", "a dozen", "a hundred".

Kept apart from `quantities` so the tables (data) stay out of the parsing logic. Only whole
numbers written as words are covered; "half", "a few" and "several" are too vague to compare.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}
GROUPS: dict[str, int] = {"dozen": 12, "couple": 2}


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest words first so "seventeen" is not read as "seven"."""
    return "|".join(sorted(words, key=len, reverse=True))


_ONE_TO_NINE = _alt(w for w, v in ONES.items() if 1 <= v <= 9)
_BELOW_100 = rf"(?:(?:{_alt(TENS)})(?:[\s-](?:{_ONE_TO_NINE}))?|{_alt(ONES)})(?![a-z])"
_SCALE = rf"(?:{_alt(SCALES)})(?![a-z])"

_TAIL = rf"(?:(?:\s+and)?\s+{_BELOW_100}(?:\s+{_SCALE})?)*"  # "... and fifty", "... three hundred"

# "twenty-four", "two hundred and fifty", "a thousand", "a dozen", "a couple of".
# The lookahead on first letters only makes the scan faster.
WORD_NUMBER = (
    rf"(?=[zotfsena])(?:{_BELOW_100}(?:\s+{_SCALE}{_TAIL})?"
    rf"|a\s+(?:{_SCALE}{_TAIL}|dozen(?![a-z])|couple(?:\s+of)?(?![a-z])))"
)

_WORD = re.compile(r"[a-z]+")


def words_to_number(text: str) -> float:
    """The value of a phrase matched by WORD_NUMBER: "two hundred and fifty" -> 250."""
    total, current = 0, 0
    for word in _WORD.findall(text.lower()):
        if word in ONES:
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word in ("a", "an"):
            current += 1
        elif word == "couple":
            current = GROUPS[word]
        elif word == "dozen":
            current = max(current, 1) * GROUPS[word]
        elif word == "hundred":
            current = max(current, 1) * SCALES[word]
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
    return float(total + current)
