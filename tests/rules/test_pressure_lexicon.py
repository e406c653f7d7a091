"""The pressure lexicon: tactics it must catch, and honest sentences it must leave alone."""

import pytest

from checker.rules.pressure_lexicon import TACTICS
from checker.rules.tone import _shouted


def tactics(text):
    return sorted({t.name for t in TACTICS if t.pattern.search(text)})


@pytest.mark.parametrize("text, tactic", [
    ("Heads up that this price disappears at midnight tonight.", "false urgency"),
    ("If you can sign today I'll lock it in.", "false urgency"),
    ("Act now: the offer expires in 24 hours.", "false urgency"),
    ("Last chance to get 20% off.", "false urgency"),
    ("Don't wait.", "false urgency"),
    ("Every day you wait costs you overtime.", "false urgency"),
    ("This is a limited-time offer.", "false urgency"),
    ("The price goes up on Monday unless you commit.", "false urgency"),
    ("We only have a handful of onboarding spots left this month.", "scarcity"),
    ("Only 3 seats remaining!", "scarcity"),
    ("The pilot cohort is almost full.", "scarcity"),
    ("Seats are limited, so register early.", "scarcity"),
    ("Sign up before midnight tonight or lose the founding price.", "false urgency"),
    ("Sign before Friday or the founding price is gone for good.", "false urgency"),
    ("Your competitors are already using it.", "guilt or fear"),
    ("I'd hate for yours to be the one still chasing paper forms.", "guilt or fear"),
    ("Don't get left behind.", "guilt or fear"),
    ("Can you afford not to fix this?", "guilt or fear"),
    ("What are you waiting for?", "guilt or fear"),
])
def test_pressure_is_caught(text, tactic):
    assert tactic in tactics(text)


@pytest.mark.parametrize("text", [
    "The webinar is on 4 March at 2 pm.",
    "Your quote is valid for 30 days.",
    "The offer ends on 31 March.",
    "Your trial ends on Friday; your data stays for 30 days after that.",
    "There's no hurry: take the trial at your own pace.",
    "When you're in a hurry, swap shifts from your phone.",
    "Don't wait for payroll to find missed punches.",
    "Team members with limited availability get offered fewer shifts.",
    "Everyone using Kestrel can swap shifts in the app.",
    "Sign up today and import your team in minutes.",
    "Parents pay by 31 May, and reminders go out a week before.",
    "Most of our customers have already moved to the new app.",
    "We cut overtime by 22% in the first 90 days.",
    "Cover a call-out in minutes, not hours.",
])
def test_honest_sentences_are_not_pressure(text):
    assert tactics(text) == []


@pytest.mark.parametrize("run, shouted", [
    ("ACT NOW", True),
    ("DON'T WAIT", True),
    ("LIMITED TIME OFFER", True),
    ("HIPAA BAA", False),
    ("POS SLA", False),
])
def test_capitals_shout_when_they_are_words_not_acronyms(run, shouted):
    assert _shouted(run, acronyms={"POS", "SLA"}) is shouted
