"""The words of quantities, as data: units ("week", "per seat", "USD") and English number
words ("two", "twenty-four", "a dozen", "a hundred").

Kept apart from `quantities` so the tables stay out of the parsing logic. Only whole numbers
written as words are covered; "half", "a few" and "several" are too vague to compare.
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


DAYS_PER: dict[str, float] = {
    "second": 1 / 86_400, "minute": 1 / 1_440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "fortnight": 14.0, "month": 30.0, "year": 365.0,
}
DURATION_WORDS: dict[str, str] = {
    "sec": "second", "secs": "second", "second": "second", "seconds": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight", "month": "month", "months": "month",
    "mo": "month", "mos": "month", "mth": "month", "mths": "month",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
}
PER_WORDS: dict[str, str] = {
    **dict.fromkeys(["user", "users", "seat", "seats", "employee", "employees", "member",
                     "members", "person", "persons", "people", "head", "heads", "agent",
                     "agents", "licence", "licences", "license", "licenses", "staff"], "user"),
    **dict.fromkeys(["location", "locations", "store", "stores", "site", "sites", "restaurant",
                     "restaurants"], "location"),
    **dict.fromkeys(["host", "hosts"], "host"),
    **dict.fromkeys(["gb", "gigabyte", "gigabytes"], "gb"),
}
PERIOD_WORDS: dict[str, str] = {
    **dict.fromkeys(["month", "months", "mo", "mth", "monthly", "pm"], "month"),
    **dict.fromkeys(["year", "years", "yr", "annum", "annually", "yearly", "pa"], "year"),
    **dict.fromkeys(["week", "weeks", "wk", "weekly"], "week"),
    **dict.fromkeys(["day", "days", "daily"], "day"),
    **dict.fromkeys(["quarter", "quarters", "quarterly"], "quarter"),
    **dict.fromkeys(["hour", "hours", "hr", "hourly"], "hour"),
}
ONCE_WORDS = frozenset({"once", "time", "off", "setup", "set", "implementation", "onboarding",
                        "activation"})
RATE_PERIODS = ("month", "months", "mo", "mth", "year", "years", "yr", "annum", "week", "weeks",
                "wk", "day", "days", "quarter", "quarters", "hour", "hours", "hr")
PER_MONTH: dict[str, float] = {"month": 1.0, "year": 1 / 12, "quarter": 1 / 3,
                               "week": 52 / 12, "day": 365 / 12}
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD", "us$": "USD", "ca$": "CAD", "c$": "CAD", "au$": "AUD", "a$": "AUD",
    "nz$": "NZD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR",
    "dollar": "USD", "dollars": "USD", "bucks": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "quid": "GBP", "yen": "JPY", "rupee": "INR",
    "rupees": "INR",
}
CURRENCY_CODES = ("USD", "EUR", "GBP", "JPY", "INR", "CAD", "AUD", "NZD", "CHF")
CURRENCY_SYMBOLS: dict[str, str] = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹",
                                    "CAD": "CA$", "AUD": "A$"}
SCALE_SUFFIXES: dict[str, float] = {"k": 1e3, "m": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9,
                                    "hundred": 1e2, "thousand": 1e3, "million": 1e6,
                                    "billion": 1e9}
TOLERANCE: dict[str, float] = {"duration": 0.02, "money": 0.005, "count": 0.005,
                               "multiplier": 0.005, "percent": 0.0}
NINES: dict[str, int] = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
COUNT_NOUNS = ("users", "seats", "employees", "customers", "locations", "stores", "people",
               "members", "teams", "companies", "businesses", "integrations", "restaurants",
               "sites", "agents", "hosts", "brands")
