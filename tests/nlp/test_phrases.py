"""Literal phrase matching, negation around a phrase, quotes and web addresses."""

import pytest

from checker.nlp.phrases import PhraseMatcher, negated_at
from checker.nlp.quotes import address_ranges, inside, quoted_ranges


@pytest.fixture(scope="module")
def nlp(spacy_pipeline):
    return spacy_pipeline.nlp


def found(nlp, phrases, text, exact=None):
    doc = nlp(text)
    matcher = PhraseMatcher(phrases, nlp, exact)
    return [text[m.start:m.end] for m in matcher.find(doc[:])]


@pytest.mark.parametrize("text, expected", [
    ("We offer guaranteed labor savings.", ["guaranteed labor savings"]),
    ("GUARANTEED LABOR SAVINGS for every store.", ["GUARANTEED LABOR SAVINGS"]),
    ("Kestrel guarantees labor savings.", ["guarantees labor savings"]),
    ("Guaranteed labor saving, every week.", ["Guaranteed labor saving"]),
    ("We guaranteed labour savings.", []),  # another word, not an inflection
    ("Labor savings are guaranteed.", []),  # another order
])
def test_phrases_match_any_case_and_inflection_as_whole_words(nlp, text, expected):
    assert found(nlp, ["guaranteed labor savings"], text) == expected


def test_hyphens_between_words_are_optional(nlp):
    phrases = ["cutting-edge"]
    assert found(nlp, phrases, "Our cutting edge engine.") == ["cutting edge"]
    assert found(nlp, phrases, "Our Cutting-Edge engine.") == ["Cutting-Edge"]


def test_words_never_match_inside_other_words(nlp):
    assert found(nlp, ["TAM"], "Our TAMPA office and our TAM team.", exact=[True]) == ["TAM"]
    assert found(nlp, ["seamless"], "Seamlessness is not a word we use.") == []


def test_proper_names_match_only_as_written(nlp):
    phrases, exact = ["KShifts"], [True]
    assert found(nlp, phrases, "Open KShifts on your phone.", exact) == ["KShifts"]
    assert found(nlp, phrases, "Open kshifts on your phone.", exact) == []


def test_a_plural_of_a_capitalised_phrase_still_matches(nlp):
    assert found(nlp, ["standby list"], "Our Standby Lists fill gaps.") == ["Standby Lists"]


def test_an_adverb_made_from_an_avoided_adjective_matches(nlp):
    assert found(nlp, ["seamless"], "It all works seamlessly.") == ["seamlessly"]
    assert found(nlp, ["ultimate"], "Ultimately, the nurse decides.") == []


def test_suppletive_lemmas_are_not_inflections(nlp):
    assert found(nlp, ["best-in-class"], "Good in class support.") == []


@pytest.mark.parametrize("text, negated", [
    ("We never promise guaranteed revenue.", True),
    ("We can't promise guaranteed revenue.", True),
    ("There is no guaranteed revenue here.", True),
    ("Nobody can honestly sell you guaranteed revenue.", True),
    ("No booking tool can promise guaranteed revenue.", True),
    ("Guaranteed revenue, every month.", False),
    ("We don't charge setup fees, and you get guaranteed revenue.", False),
])
def test_negation_counts_only_where_the_phrase_stands(nlp, text, negated):
    doc = nlp(text)
    start = text.lower().index("guaranteed revenue")
    assert negated_at(doc[:], start, start + len("guaranteed revenue")) is negated


def test_quoted_ranges_cover_curly_straight_and_unclosed_quotes():
    text = 'He said \u201cact now\u201d and "hurry" then \u201cnever closed'
    ranges = quoted_ranges(text)
    assert [text[a:b] for a, b in ranges] == ["\u201cact now\u201d", '"hurry"',
                                              "\u201cnever closed"]
    assert inside(ranges, text.index("act"), text.index("act") + 3)
    assert not inside(ranges, text.index("said"), text.index("said") + 4)


def test_address_ranges_cover_urls_domains_and_email():
    text = "See https://x.io/BrightBook, www.bright-book.example or help@BrightBook.com today."
    spans = [text[a:b] for a, b in address_ranges(text)]
    assert spans[0].startswith("https://x.io/BrightBook")
    assert "help@BrightBook.com" in spans
    assert not any("today" in s for s in spans)
