"""Quantities in copy are parsed and normalised so values can be compared with approved facts."""

from __future__ import annotations

import dataclasses
import time

import pytest

from checker.nlp.quantities import Quantity, find_quantities, parse_value


def value(text: str) -> Quantity:
    found = parse_value(text)
    assert found is not None, f"no quantity in {text!r}"
    return found


def agree(a: str, b: str) -> bool | None:
    result = value(a).agrees(value(b))
    assert value(b).agrees(value(a)) == result, "agrees() must be symmetric"
    return result


# ---------------------------------------------------------------- durations

DURATION_DAYS = [
    ("14-day", 14), ("14 days", 14), ("two weeks", 14), ("2 weeks", 14), ("a fortnight", 14),
    ("one month", 30), ("1 month", 30), ("30 days", 30), ("30-day", 30), ("a month", 30),
    ("three months", 90), ("one year", 365), ("a year", 365), ("12 months", 360),
    ("90-day", 90), ("6 weeks", 42), ("48 hours", 2), ("in a week", 7), ("7 days", 7),
    ("twenty-four hours", 1), ("a couple of weeks", 14), ("10 business days", 10),
    ("a 20-minute call", 20 / 1440), ("an hour", 1 / 24), ("1.5 hours", 1.5 / 24),
]


@pytest.mark.parametrize(("text", "days"), DURATION_DAYS)
def test_durations_are_normalised_to_days(text, days):
    q = value(text)
    assert q.kind == "duration"
    assert q.low == pytest.approx(days) and q.high == pytest.approx(days)


@pytest.mark.parametrize(("a", "b"), [
    ("14 days", "two weeks"), ("14-day", "a fortnight"), ("1 month", "30 days"),
    ("one month", "30-day"), ("one year", "12 months"), ("a year", "365 days"),
    ("48 hours", "2 days"), ("7 days", "in a week"), ("three months", "90 days"),
    ("6 weeks", "42 days"), ("2 years", "24 months"),
])
def test_equivalent_durations_agree(a, b):
    assert agree(a, b) is True


@pytest.mark.parametrize(("a", "b"), [
    ("14 days", "30 days"), ("4 weeks", "a month"), ("7 days", "10 days"),
    ("1 year", "6 months"), ("2 weeks", "15 days"), ("48 hours", "3 days"),
])
def test_different_durations_disagree(a, b):
    assert agree(a, b) is False


def test_a_number_alone_is_a_count_not_a_duration():
    q = value("14")
    assert (q.kind, q.low, q.high) == ("count", 14, 14)
    assert q.agrees(value("14 days")) is None


def test_hours_per_week_keep_their_period():
    q = value("3 hours per week")
    assert (q.kind, q.low, q.period) == ("duration", 0.125, "week")
    assert q.describe() == "3 hours per week"
    assert agree("save about 3 hours a week", "3 hours per week") is True
    assert agree("3 hours a week", "5 hours a week") is False
    assert agree("3 hours a week", "3 hours a month") is None


def test_a_second_and_a_month_end_are_not_durations():
    assert find_quantities("Suggest a second round.") == []
    assert find_quantities("Close a month-end without stress.") == []


# ---------------------------------------------------------------- money

MONEY = [
    ("$49/user/mo", 49, "USD", "user", "month"),
    ("$49 per user per month", 49, "USD", "user", "month"),
    ("$49 a seat a month", 49, "USD", "user", "month"),
    ("$588 a year per seat", 49, "USD", "user", "month"),
    ("$600/year per user", 50, "USD", "user", "month"),
    ("$4 per employee per month", 4, "USD", "user", "month"),
    ("$7 per-employee/month", 7, "USD", "user", "month"),
    ("$12 per week", 52, "USD", None, "month"),
    ("49 dollars", 49, "USD", None, None),
    ("forty-nine dollars", 49, "USD", None, None),
    ("€45", 45, "EUR", None, None),
    ("45 euros", 45, "EUR", None, None),
    ("£39/month", 39, "GBP", None, "month"),
    ("USD 99", 99, "USD", None, None),
    ("$99 CAD", 99, "CAD", None, None),
    ("A$120 annually", 10, "AUD", None, "month"),
    ("¥5000", 5000, "JPY", None, None),
    ("₹499 monthly", 499, "INR", None, "month"),
    ("$1,200", 1200, "USD", None, None),
    ("$1.2k", 1200, "USD", None, None),
    ("$2M", 2_000_000, "USD", None, None),
    ("$0", 0, "USD", None, None),
    ("$5 per location", 5, "USD", "location", None),
    ("$10 per host per month", 10, "USD", "host", "month"),
    ("$0.10 per GB", 0.10, "USD", "gb", None),
    ("$25 an hour", 25, "USD", None, "hour"),
    ("a one-time setup fee of $500", 500, "USD", None, "once"),
    ("$500 one-time", 500, "USD", None, "once"),
]


@pytest.mark.parametrize(("text", "amount", "currency", "per", "period"), MONEY)
def test_money_is_normalised_to_currency_unit_and_monthly_amount(text, amount, currency, per,
                                                                 period):
    q = value(text)
    assert q.kind == "money"
    assert q.low == pytest.approx(amount) and q.high == pytest.approx(amount)
    assert (q.currency, q.per, q.period) == (currency, per, period)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("$588 a year per seat", "$49 per user per month", True),
    ("$600/year per user", "$49 per user per month", False),
    ("$49/user/mo", "$49 a seat a month", True),
    ("49 dollars", "$49", True),
    ("USD 99", "$99", True),
    ("$1,200", "$1.2k", True),
    ("£39/month", "£39 per month", True),
    ("$4 per employee per month", "$5 per employee per month", False),
    ("$49 per user per month", "$49", True),
    ("$49", "€49", None),
    ("$49 per user per month", "$49 per location per month", None),
    ("$500 one-time", "$49/mo", None),
    ("$49", "49%", None),
])
def test_money_agreement(a, b, expected):
    assert agree(a, b) is expected


def test_free_alone_is_not_a_quantity_but_zero_dollars_is():
    assert find_quantities("Start free today.") == []
    assert value("$0").low == 0


def test_price_ranges_and_starting_prices_are_bounds():
    q = value("$10-$20 per user per month")
    assert (q.low, q.high, q.describe()) == (10, 20, "$10 to $20 per user per month")
    q = value("Plans start at $4 per employee per month")
    assert (q.low, q.high) == (4, None)
    assert q.agrees(value("$4 per user per month")) is True
    assert q.agrees(value("$3 per user per month")) is False


# ---------------------------------------------------------------- percentages

@pytest.mark.parametrize(("text", "percent"), [
    ("99.9%", 99.9), ("99.9 percent", 99.9), ("99.9 per cent", 99.9), ("three nines", 99.9),
    ("four nines", 99.99), ("five nines", 99.999), ("37%", 37), ("50%", 50), ("22 %", 22),
])
def test_percentages_are_parsed(text, percent):
    q = value(text)
    assert (q.kind, q.low, q.high) == ("percent", pytest.approx(percent), pytest.approx(percent))


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("99.9%", "99.9 percent", True), ("three nines", "99.9%", True),
    ("four nines", "99.9%", False), ("99.5%", "99.9%", False), ("99.99%", "99.9%", False),
    ("up to 30%", "30%", True), ("up to 30%", "40%", False), ("10-20%", "15%", True),
])
def test_percentages_compare_exactly(a, b, expected):
    assert agree(a, b) is expected


def test_half_is_too_ambiguous_to_parse():
    assert find_quantities("Cut overtime in half.") == []


# ---------------------------------------------------------------- counts and bounds

@pytest.mark.parametrize(("text", "low", "high"), [
    ("up to 10 users", None, 10), ("at least 5", 5, None), ("more than 40", 40, None),
    ("over 40", 40, None), ("40+", 40, None), ("40 or more", 40, None), ("10-20", 10, 20),
    ("10 to 20", 10, 20), ("between 10 and 20", 10, 20), ("3 or 4", 3, 4),
    ("max 300 characters", None, 300), ("fewer than 5", None, 5),
])
def test_count_bounds_and_ranges(text, low, high):
    q = value(text)
    assert (q.kind, q.low, q.high) == ("count", low, high)


@pytest.mark.parametrize(("text", "number"), [
    ("two", 2), ("seven", 7), ("twelve", 12), ("twenty", 20), ("twenty-four", 24),
    ("ninety nine", 99), ("a hundred", 100), ("two hundred and fifty", 250),
    ("a thousand", 1000), ("a dozen", 12), ("a couple of", 2), ("1,000", 1000),
    ("10k", 10_000), ("2.5 million", 2_500_000), ("eighteen", 18),
])
def test_number_words_and_scaled_numbers(text, number):
    q = value(text)
    assert (q.kind, q.low, q.high) == ("count", number, number)


def test_unlimited_is_a_count_without_a_value():
    q = value("unlimited users")
    assert (q.kind, q.unlimited, q.low, q.high, q.text) == ("count", True, None, None,
                                                           "unlimited")
    assert q.agrees(value("unlimited")) is True
    assert q.agrees(value("10")) is False
    assert value("no limit").unlimited


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("up to 10", "10", True), ("up to 10", "up to 10", True), ("up to 10", "20", False),
    ("over 40", "40+", True), ("more than 40", "40+", True), ("at least 5", "40+", True),
    ("40+", "30", False), ("40+", "44", True), ("10-20", "15", True), ("10-20", "25", False),
    ("up to 10", "at least 20", False), ("1,000", "1000", True), ("100", "101", False),
])
def test_bounds_agree_when_they_overlap(a, b, expected):
    assert agree(a, b) is expected


# ---------------------------------------------------------------- multipliers

@pytest.mark.parametrize(("text", "factor"), [
    ("4x faster", 4), ("4x", 4), ("2X", 2), ("twice as fast", 2), ("three times", 3),
    ("10 times faster", 10), ("1.5x", 1.5), ("up to 3x", 3),
])
def test_multipliers(text, factor):
    q = value(text)
    assert q.kind == "multiplier" and q.high == factor


def test_multipliers_agree_by_factor():
    assert agree("4x faster", "four times") is True
    assert agree("2x", "3x") is False
    assert agree("4x", "4") is None


# ---------------------------------------------------------------- not quantities

@pytest.mark.parametrize("text", [
    "2 pm", "11am", "14:00", "6 a.m.", "5pm PT", "(512) 555-0187", "+1 415 555 0100",
    "512-555-0187", "2025", "© 2025 Kestrel Labs", "March 12", "March 12, 2025", "12 March",
    "May 17–20", "September 2024", "Q3", "2024-07-01", "12/03", "1st", "12th", "3.0", "v2.1",
    "version 3", "H1:", "FY25", "24/7", "free", "half", "twice a week",
    "three times a month", "728x90", "MKT-2291", "G-KSTRL0001", "#1",
    "https://example.com/trial?days=14", "dana@kestrellabs.com", "&#10003;",
    "one of your managers", "1/ It's 6am.", "in the 1990s",
])
def test_things_that_are_not_quantities_are_skipped(text):
    assert find_quantities(text) == []


def test_a_year_followed_by_a_unit_is_a_quantity():
    assert value("2025 users").low == 2025
    assert value("2000 days").kind == "duration"
    assert value("$2025").kind == "money"


# ---------------------------------------------------------------- spans, order, describe

def test_spans_point_at_the_matched_text():
    text = "Try it free for two weeks, then pay $49/user/mo for up to 10 users."
    found = find_quantities(text)
    assert [(q.kind, q.start, q.end, q.text) for q in found] == [
        ("duration", 16, 25, "two weeks"),
        ("money", 36, 47, "$49/user/mo"),
        ("count", 52, 60, "up to 10"),
    ]
    assert all(text[q.start:q.end] == q.text for q in found)


def test_phone_numbers_times_and_dates_do_not_hide_real_quantities():
    text = ("Call (512) 555-0187 before 2 pm on March 12: we integrate with 40+ POS systems "
            "and are live in 7 days.")
    found = find_quantities(text)
    assert [q.text for q in found] == ["40+", "7 days"]
    assert (found[1].start, found[1].end) == (text.index("7 days"), text.index("7 days") + 6)


def test_longest_match_wins_and_results_do_not_overlap():
    found = find_quantities("Your 14-day trial: $588 a year per seat, 99.9% uptime, 4x faster.")
    assert [q.kind for q in found] == ["duration", "money", "percent", "multiplier"]
    assert [q.text for q in found] == ["14-day", "$588 a year per seat", "99.9%", "4x"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(("text", "described"), [
    ("14-day", "14 days"), ("one month", "30 days"), ("$49/user/mo", "$49 per user per month"),
    ("$600 a year per seat", "$50 per user per month"), ("€45/mo", "€45 per month"),
    ("a one-time setup fee of $500", "$500 one-time"), ("three nines", "99.9%"),
    ("up to 10 users", "up to 10"), ("over 40", "at least 40"), ("unlimited", "unlimited"),
    ("4x faster", "4x"), ("48 hours", "2 days"), ("under 30 seconds", "up to 30 seconds"),
    ("4 to 5 hours", "4 to 5 hours"), ("an hour", "1 hour"), ("10 to 20", "10 to 20"),
    ("$8.50", "$8.50"), ("2.5 million", "2,500,000"),
])
def test_describe_gives_normalised_text(text, described):
    assert value(text).describe() == described


def test_parse_value_picks_the_main_quantity_or_none():
    assert value("40+                 # the number of POS integrations").text == "40+"
    assert value("14 days (two weeks)").describe() == "14 days"
    assert parse_value("no") is None
    assert parse_value("") is None


def test_quantities_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        value("14 days").low = 7  # type: ignore[misc]


def test_a_thousand_sentences_parse_well_under_a_second():
    sentences = [
        "Start your free 14-day trial today, no credit card required.",
        "Plans start at $4 per employee per month, or $588 a year per seat on Pro.",
        "Call (512) 555-0187 before 2 pm on March 12, 2025 to book a 20-minute demo.",
        "We integrate with over 40 POS systems and back it with a 99.9% uptime SLA.",
        "Managers save about 3 hours a week and close the books 4x faster.",
        "Ask ten operators and you'll get ten answers about labor percentage.",
        "Most groups your size are live in a week, with up to 10 users on Starter.",
        "Our webinar starts at 11am PT; see https://example.com/webinar?id=2025 for details.",
        "Kestrel Shifts 3.0 ships in Q3 with unlimited locations and 24/7 support.",
        "Customers cut overtime hours by 22% in their first 90 days.",
    ] * 100
    started = time.perf_counter()
    found = [find_quantities(s) for s in sentences]
    assert time.perf_counter() - started < 1.0
    assert sum(map(len, found)) > 1000


def test_a_time_of_day_is_never_part_of_a_bound():
    assert find_quantities("Our webinar starts at 2 pm on March 12.") == []
    assert [q.describe() for q in find_quantities("Plans start at $4 per seat.")] == [
        "at least $4 per user"]
