"""What a claim promises will change by a number, on the real spaCy pipeline."""

import pytest

from checker.nlp.outcomes import promised_metrics


@pytest.mark.parametrize("text, metric", [
    ("Expect your monthly revenue to climb by a third within ninety days.", "revenue"),
    ("Practices that switch typically see their revenue double within the first year.",
     "revenue"),
    ("You'll walk away with a setup that lifts occupancy by 15% before next summer.",
     "occupancy"),
    ("Teams that switch cut their outside counsel bill in half.", "bill"),
    ("Customers see sign-ups up 35% in the first quarter.", "ups"),
    ("Kestrel cuts overtime by 20% in the first month.", "overtime"),
])
def test_the_thing_that_changes_by_a_stated_amount(spacy_pipeline, text, metric):
    assert [t.text for t in promised_metrics(spacy_pipeline.nlp(text)[:])] == [metric]


@pytest.mark.parametrize("text", [
    "Save 5 hours a week on scheduling.",  # an amount, but no change of a thing named
    "Returns cost US retailers 800 billion dollars a year.",  # a number about the world
    "Kestrel cuts overtime for every location.",  # a change, but no amount promised
    "Most clinics double-book less.",
    "Offline scanning now holds up to 5,000 scans before it syncs, up from 2,000.",  # a count
    "Replies longer than 1,000 characters are cut off when posted.",  # the number is the subject's
    "Owner statements also double as your landlord's tax return.",  # "double as" is "serve as"
])
def test_no_amount_or_no_change_is_no_promised_result(spacy_pipeline, text):
    assert promised_metrics(spacy_pipeline.nlp(text)[:]) == []


def test_a_duration_is_not_an_amount(spacy_pipeline):
    text = "The Alvarez family has grown sweet corn on Three Creeks Farm for 40 years."
    assert promised_metrics(spacy_pipeline.nlp(text)[:]) == []
