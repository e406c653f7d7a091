"""Find the quantities in a text and normalise them so that values can be compared.

A fact says "14 days", the copy "two weeks"; a fact says "$49 per user per month", an email
"$588 a year per seat". Neither string matching nor embeddings (nor NLI models, known to fail
at quantitative reasoning) can tell whether such values agree, so each is parsed and normalised:

* duration: days (hour 1/24, week 7, fortnight 14, month 30, year 365), compared within 2%:
  "12 months" agrees with "1 year", "1 month" with "30 days", "4 weeks" not with "a month".
  "3 hours a week" is a duration with ``period="week"``.
* money: ISO currency, a canonical ``per`` unit, and an amount per month when a period is given
  (year /12, quarter /3, week *52/12, day *365/12); ``period="once"`` for one-time fees,
  ``"hour"`` kept as is. Compared within 0.5%.
* percent ("three nines" = 99.9), compared exactly; count and multiplier within 0.5%;
  "unlimited" is a count with ``unlimited=True``.

Bounds: "up to 10", "under 30", "max 300" keep only ``high``; "at least 5", "over 40", "40+",
"from $4", "starting at $4" only ``low``; "10-20", "3 or 4", "between 10 and 20" both. Two
quantities agree when their intervals overlap, so "up to 10" agrees with "10" but not "20",
and "up to 30 days" agrees with "14 days" (compatible, not the same figure).

Never quantities: times of day ("2 pm", "14:00"), phone numbers, years (1900-2100 with no
unit), dates ("March 12", "2024-07-01", "12/03"), ordinals, versions ("3.0", "v2.1"), "24/7",
frequencies ("twice a week"), dimensions ("728x90"), URLs, e-mail addresses, handles, HTML
entities, numbers glued to letters, hyphens or "#" ("Q3", "H1:", "FY25", "#1"), and "free",
"half" or a bare "one" without a unit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from checker.nlp._quantity_words import (
    COUNT_NOUNS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_SYMBOLS,
    DAYS_PER,
    DURATION_WORDS,
    NINES,
    ONCE_WORDS,
    PER_MONTH,
    PER_WORDS,
    PERIOD_WORDS,
    RATE_PERIODS,
    SCALE_SUFFIXES,
    TOLERANCE,
    WORD_NUMBER,
    words_to_number,
)

__all__ = ["Quantity", "find_quantities", "parse_value"]

# ---------------------------------------------------------------- regex building blocks


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_START = r"(?<![\w.#&/-])(?<!\d:)"  # not glued to letters, ids, versions, fractions, times
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_NUM = (rf"(?:{_DIGITS}(?:(?:k|mm|m|bn|b)(?![a-z])|\s+(?:hundred|thousand|million|billion)"
        rf"(?![a-z]))?|{WORD_NUMBER})")
_NUM_A = rf"(?:{_NUM}|an?(?=\s)(?!\s+second\b))"  # "a week", "an hour"; not "a second try"
_UPPER_WORDS = (r"up\s+to|at\s+most|(?:no|not)\s+more\s+than|less\s+than|fewer\s+than|under|"
                r"below|a\s+maximum\s+of|max(?:imum)?(?:\s+of)?")
_LOWER_WORDS = (r"at\s+least|more\s+than|over|above|a\s+minimum\s+of|min(?:imum)?(?:\s+of)?|"
                r"starting\s+(?:at|from)|starts?\s+at|as\s+(?:little|low)\s+as")
_LEAD = rf"(?:(?P<bet>between)|(?P<hi>{_UPPER_WORDS})|(?P<lo>{_LOWER_WORDS}))\s+"
_LEAD_MONEY = _LEAD.replace("(?P<lo>", "(?P<lo>from|")  # "from $49/mo", not "data from 40+ POS"
_RSEP = r"(?(bet)\s+and\s+|(?:\s*[-–—]\s*|\s+(?:to|through|or)\s+))"
_RSEP_MONEY = r"(?(bet)\s+and\s+|(?:\s*[-–—]\s*|\s+to\s+))"  # "$49 or 2 months free"
_AFTER = (r"(?:(?P<after_lo>\s+or\s+(?:more|above|over|higher|greater|longer)|\s+and\s+(?:up|"
          r"above|over))|(?P<after_hi>\s+or\s+(?:less|fewer|under|below|shorter)))?")
_DUR_UNIT = (rf"(?:(?:business|working|calendar)\s+)?(?:{_alt(DURATION_WORDS)})(?![a-z])"
             r"(?!-(?:end|over|to|by|on|in)\b)")
_PCT = r"\s?(?:%|(?:percent|per\s?cent|pct)(?![a-z]))"
_TIMES = r"(?:\s?[x×](?!\w)|\s+times(?![a-z]))"
_CUR_PRE = (r"(?:us\$|ca\$|c\$|au\$|a\$|nz\$|\$|€|£|¥|₹|rs\.?\s?|"
            rf"(?:{'|'.join(CURRENCY_CODES)})\s?)")
_CUR_POST = (rf"(?:{'|'.join(CURRENCY_CODES)}|dollars?|bucks|euros?|pounds?|quid|yen|"
             r"rupees?)(?![a-z])")
_RATE_NOUN = (r"(?:(?:active|named|team|staff)\s+)?"
              rf"(?:{_alt(PER_WORDS)}|{_alt(RATE_PERIODS)})"
              r"(?![a-z])")
_RATE_ITEM = (rf"(?:\s*/\s*|,?\s+(?:per|a|an|each|every|for\s+each)[\s-]+){_RATE_NOUN}"
              r"|\s+(?:monthly|annually|yearly|weekly|daily|quarterly|hourly|per\s+annum|p/m|"
              r"p\.a\.|pm|pa|one[- ]time|one[- ]off|once|(?:one[- ]time\s+)?(?:setup|set-up|"
              r"implementation|onboarding|activation)\s+fee)(?![a-z])")
_ONCE_PRE = (r"(?P<once>(?:one[- ]time|one[- ]off)(?:\s+[a-z-]+)?\s+(?:fee|charge|payment|"
             r"cost)|(?:setup|set-up|implementation|onboarding|activation)\s+(?:fee|charge|"
             r"cost))(?:\s+of)?:?\s+")
_MONTH = (r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?![a-z])")
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19\d\d|20\d\d|2100)"
_UNIT_AHEAD = (rf"\s*(?:%|\+|{_DUR_UNIT}|{_CUR_POST}|{_TIMES}|{_PCT}|hundred|thousand|million|"
               rf"billion|{'|'.join(COUNT_NOUNS)})")

_PHONE = r"\+\d[\d\s().-]{6,}\d|(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)"
_TIME_OF_DAY = (r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)(?![a-z])"
                r"|\b\d{1,2}:\d\d(?::\d\d)?")

_SKIP = [
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w+|&#?\w+;",
    r"\b[\w-]+\.(?:com|io|co|net|org|ai|app|dev)(?:/\S*)?",
    _PHONE,
    rf"\b{_YEAR}[-/]\d{{1,2}}(?:[-/]\d{{1,2}})?\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?!\d)",
    rf"\b{_MONTH}\s+\d{{1,2}}{_ORD}(?:\s*[-–]\s*\d{{1,2}}{_ORD})?(?:,?\s+{_YEAR})?(?![\w%])",
    rf"\b\d{{1,2}}{_ORD}(?:\s*[-–]\s*\d{{1,2}}{_ORD})?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?",
    rf"\b{_MONTH}\s+{_YEAR}\b",
    rf"{_START}{_YEAR}s?(?:\s*[-–]\s*(?:{_YEAR}|\d\d))?(?![\w%+])(?!{_UNIT_AHEAD})",
    _TIME_OF_DAY,
    r"\b\d+(?:st|nd|rd|th)(?![a-z])|\bv?\d+(?:\.\d+)+|\bversion\s+\d+(?:\.\d+)*",
    rf"{_START}(?:once|twice|thrice|{_NUM}\s+times)\s+(?:a|an|per|each|every)\s+{_DUR_UNIT}",
    r"\b\d+\s?[x×]\s?\d+\b|\b\d+/(?!\S)",
]


def _amount(pre: str = "", post: str = "", *, first: str = _NUM, rsep: str = _RSEP,
            lead: str = _LEAD, unit_required: bool) -> str:
    """Lead word, one number or a range of two, each number wrapped by pre and post.

    With unit_required the unit (post) must follow the last number: "4 to 5 hours".
    """
    n1, n2 = rf"{pre.format(i=1)}(?P<n1>{first})", rf"{pre.format(i=2)}(?P<n2>{_NUM})"
    u1, u2, u0 = (post.format(i=i) for i in (1, 2, 0))
    if unit_required:
        body = rf"{n1}(?:(?:{u1})?{rsep}{n2}{u2}|(?P<plus>\+)?{u0})"
    else:
        body = rf"{n1}(?:{u1})?(?:{rsep}{n2}(?:{u2})?)?(?P<plus>\+)?"
    return rf"{_START}(?:{lead})?{body}"


_DURATION_RE = (
    _amount(post=rf"[\s-]?(?P<u{{i}}>{_DUR_UNIT})", first=_NUM_A, unit_required=True) + _AFTER
    + r"(?P<rate>(?:\s+(?:a|an|per|each|every)\s+|\s*/\s*)(?:day|week|wk|month|mo|year|yr)"
      r"(?![a-z])|\s+(?:daily|weekly|monthly|yearly|annually)(?![a-z]))?")
_MONEY_RE = (
    rf"(?:{_START}{_ONCE_PRE})?"
    + _amount(pre=rf"(?P<c{{i}}>{_CUR_PRE})?", post=rf"\s?(?P<w{{i}}>{_CUR_POST})",
              rsep=_RSEP_MONEY, lead=_LEAD_MONEY, unit_required=False)
    + rf"(?P<tail>(?:{_RATE_ITEM}){{1,3}})?{_AFTER}(?![\w%])")
_PERCENT_RE = _amount(post=_PCT, unit_required=True) + _AFTER
_MULTIPLIER_RE = _amount(post=_TIMES, unit_required=True) + _AFTER
_COUNT_RE = _amount(unit_required=False) + rf"{_AFTER}(?![\w%])"


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# ---------------------------------------------------------------- the value type

@dataclass(frozen=True)
class Quantity:
    """One normalised quantity found in a text; see the module docstring for the units."""

    kind: str
    low: float | None
    high: float | None
    start: int
    end: int
    text: str
    currency: str | None = None
    per: str | None = None
    period: str | None = None
    unlimited: bool = False

    def agrees(self, other: Quantity) -> bool | None:
        """True if compatible, False if not, None if the two cannot be compared."""
        if self.kind != other.kind or self.currency != other.currency:
            return None
        for mine, theirs in ((self.per, other.per), (self.period, other.period)):
            if mine and theirs and mine != theirs:
                return None
        if self.unlimited or other.unlimited:
            return self.unlimited and other.unlimited
        rel = TOLERANCE[self.kind]
        return _at_most(self.low, other.high, rel) and _at_most(other.low, self.high, rel)

    def describe(self) -> str:
        """The normalised value as text: "14 days", "$49 per user per month", "at least 40"."""
        if self.unlimited:
            return "unlimited"
        if self.kind == "duration":
            unit = _display_unit(max(v for v in (self.low, self.high) if v is not None))
            text = _bounded(self.low, self.high, lambda v: _num(v / DAYS_PER[unit]))
            last = self.high if self.high is not None else self.low
            plural = "" if last is not None and abs(last / DAYS_PER[unit] - 1) < 1e-9 else "s"
            return f"{text} {unit}{plural}" + (f" per {self.period}" if self.period else "")
        if self.kind == "money":
            sign = CURRENCY_SYMBOLS.get(self.currency or "", f"{self.currency} ")
            text = _bounded(self.low, self.high, lambda v: sign + _money(v))
            if self.per:
                text += " per GB" if self.per == "gb" else f" per {self.per}"
            if self.period:
                text += " one-time" if self.period == "once" else f" per {self.period}"
            return text
        suffix = {"percent": "%", "multiplier": "x"}.get(self.kind, "")
        return _bounded(self.low, self.high, lambda v: _num(v) + suffix)


def _at_most(a: float | None, b: float | None, rel: float) -> bool:
    """a <= b within tolerance; None means unbounded."""
    if a is None or b is None:
        return True
    return a <= b + max(1e-9, rel * max(abs(a), abs(b)))


def _bounded(low: float | None, high: float | None, fmt: Callable[[float], str]) -> str:
    if low is None and high is not None:
        return f"up to {fmt(high)}"
    if high is None and low is not None:
        return f"at least {fmt(low)}"
    if low is not None and high is not None and abs(high - low) > 1e-9:
        return f"{fmt(low)} to {fmt(high)}"
    return fmt(low if low is not None else 0.0)


def _display_unit(days: float) -> str:
    for unit in ("day", "hour", "minute"):
        if days >= DAYS_PER[unit] - 1e-12:
            return unit
    return "second"


def _num(value: float) -> str:
    return f"{round(value, 6):,.12g}"


def _money(value: float) -> str:
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.2f}"


# ---------------------------------------------------------------- match -> Quantity


def _number(text: str) -> float:
    """The value of a matched number: "1,200", "1.2k", "2.5 million", "twenty-four"."""
    text = text.strip().lower()
    digits = re.match(r"[\d,]*\.?\d+", text)
    if not digits:
        return words_to_number(text)
    value = float(digits.group().replace(",", ""))
    scale = text[digits.end():].strip()
    return value * SCALE_SUFFIXES.get(scale, 1.0)


def _bounds(m: re.Match[str], a: float, b: float | None) -> tuple[float | None, float | None]:
    """Low and high from a range, a lead word ("up to") or a suffix ("40+", "or more")."""
    if b is not None:
        return min(a, b), max(a, b)
    if m["hi"] or m["after_hi"]:
        return None, a
    if m["lo"] or m["plus"] or m["after_lo"]:
        return a, None
    return a, a


def _values(m: re.Match[str],
            one: Callable[[str, str | None], float]) -> tuple[float | None, float | None]:
    """Bounds from n1/n2, each converted by one(number_text, unit_text)."""
    unit2 = m.groupdict().get("u2")
    a = one(m["n1"], m.groupdict().get("u1") or unit2 or m.groupdict().get("u0"))
    b = one(m["n2"], unit2) if m["n2"] else None
    return _bounds(m, a, b)


def _quantity(m: re.Match[str], kind: str, low: float | None, high: float | None, *,
              currency: str | None = None, per: str | None = None, period: str | None = None,
              unlimited: bool = False) -> Quantity:
    return Quantity(kind, low, high, m.start(), m.end(), m.group(), currency=currency, per=per,
                    period=period, unlimited=unlimited)


def _duration(m: re.Match[str]) -> Quantity:
    def days(number: str, unit: str | None) -> float:
        value = 1.0 if number.lower() in ("a", "an") else _number(number)
        return value * DAYS_PER[DURATION_WORDS[(unit or "day").lower().split()[-1]]]

    low, high = _values(m, days)
    rate = m["rate"] and re.search(r"[a-z]+$", m["rate"].lower())
    period = PERIOD_WORDS.get(rate.group(), rate.group()) if rate else None
    return _quantity(m, "duration", low, high, period=period)


def _currency(m: re.Match[str]) -> str | None:
    for group in ("w2", "w1", "c1", "c2"):
        found = (m[group] or "").strip().lower()
        if found:
            return found.upper() if found.upper() in CURRENCY_CODES else CURRENCY_SIGNS[found]
    return None


def _money_quantity(m: re.Match[str]) -> Quantity | None:
    currency = _currency(m)
    if currency is None:
        return None
    tail = (m["tail"] or "").lower().replace("p.a.", "pa").replace("p/m", "pm")
    per, period = None, "once" if m["once"] else None
    for word in re.findall(r"[a-z]+", tail):
        if word in PER_WORDS:
            per = PER_WORDS[word]
        elif word in PERIOD_WORDS:
            period = PERIOD_WORDS[word]  # "once a year" is yearly
        elif word in ONCE_WORDS and period is None:
            period = "once"
    low, high = _values(m, lambda number, _unit: _number(number))
    factor = PER_MONTH.get(period or "", 1.0)
    if period in PER_MONTH:
        period = "month"
    low, high = (None if v is None else v * factor for v in (low, high))
    return _quantity(m, "money", low, high, currency=currency, per=per, period=period)


def _count(m: re.Match[str]) -> Quantity | None:
    if m.group().lower() == "one":
        return None  # "one of your managers": a pronoun more often than a count
    return _quantity(m, "count", *_values(m, lambda number, _unit: _number(number)))


def _simple(kind: str) -> Callable[[re.Match[str]], Quantity]:
    return lambda m: _quantity(m, kind, *_values(m, lambda number, _unit: _number(number)))


def _twice(m: re.Match[str]) -> Quantity:
    value = 2.0 if m.group().lower() == "twice" else 3.0
    return _quantity(m, "multiplier", value, value)


def _unlimited(m: re.Match[str]) -> Quantity:
    return _quantity(m, "count", None, None, unlimited=True)


def _nines(m: re.Match[str]) -> Quantity:
    word = m["w"].lower()
    value = round(100 - 10 ** (2 - (int(word) if word.isdigit() else NINES[word])), 10)
    return _quantity(m, "percent", value, value)


_HARD_SKIPS = [_compile(_PHONE), _compile(_TIME_OF_DAY)]

Handler = Callable[[re.Match[str]], "Quantity | None"]

# Order breaks ties between equally long matches: skips first, then the more specific kinds.
_PATTERNS: list[tuple[re.Pattern[str], Handler | None]] = [
    *((_compile(p), None) for p in _SKIP),
    (_compile(_MONEY_RE), _money_quantity),
    (_compile(_DURATION_RE), _duration),
    (_compile(_PERCENT_RE), _simple("percent")),
    (_compile(rf"{_START}(?P<w>{_alt(NINES)}|[2-7])\s+nines(?![a-z])"), _nines),
    (_compile(_MULTIPLIER_RE), _simple("multiplier")),
    (_compile(rf"{_START}(?:twice|thrice)(?=\s+(?:as|the|\w+er)\b)"), _twice),
    (_compile(rf"{_START}(?:unlimited|no\s+limits?)(?![a-z])"), _unlimited),
    (_compile(_COUNT_RE), _count),
]


# ---------------------------------------------------------------- public functions


def find_quantities(text: str) -> list[Quantity]:
    """All quantities in text, in order, non-overlapping; the longest match wins, except
    that a time of day or a phone number is never part of a quantity ("starts at 2 pm")."""
    hard = [(m.start(), m.end()) for p in _HARD_SKIPS for m in p.finditer(text)]
    return [q for q in _find(text) if not any(s < q.end and q.start < e for s, e in hard)]


def _find(text: str) -> list[Quantity]:
    candidates: list[tuple[int, int, int, Quantity | None]] = []
    for rank, (pattern, handler) in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            found = handler(m) if handler else None
            if handler is None or found is not None:
                candidates.append((m.start(), m.end(), rank, found))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    starts: list[int] = []
    taken: list[tuple[int, int, Quantity | None]] = []
    for start, end, _rank, found in candidates:
        i = bisect_left(starts, start)
        if (i and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
            continue
        starts.insert(i, start)
        taken.insert(i, (start, end, found))
    return [found for _s, _e, found in taken if found is not None]


def parse_value(text: str) -> Quantity | None:
    """The main quantity of a short value such as "14 days" or "$49 per user per month"."""
    found = find_quantities(text)
    return max(found, key=lambda q: q.end - q.start) if found else None
