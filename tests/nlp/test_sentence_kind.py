"""Which sentences can drift, on the real spaCy pipeline."""

import pytest

from checker.nlp.sentence_kind import CLAIM, sentence_kind

NOT_CLAIMS = {
    "Hi {{first_name}},": "fragment",
    "Hope you had a great weekend!": "greeting",
    "Thanks for taking the time to chat yesterday.": "greeting",
    "Happy Earth Day from the Hookline team, who planted 200 trees this morning.": "greeting",
    "Cheers, Dana": "fragment",
    "Looking forward to hearing from you.": "signoff",
    "Does Tuesday at 2 pm work for a 20-minute call?": "question",
    "I'll send a calendar invite for Thursday.": "logistics",
    "Our webinar starts at 11am PT on March 12.": "logistics",
    "Let me know if you have any questions.": "logistics",
    "Happy to walk you through it whenever works.": "offer",
    "Start your free 14-day trial.": "cta",
    "I work with a lot of multi-location restaurant owners in Denver.": "small-talk",
    "We noticed you just opened your 12th location.": "small-talk",
    "Here is what we covered:": "lead-in",
    "By Dan Whitcombe, co-founder of Crumbline, who spent eleven years on night shifts.": "byline",
    "Fixed a bug where the daily chart showed times in UTC.": "fix",
    "6:30: Doors, and a flight of loaves from three Portland bakeries": "logistics",
    "Voltly Labs is looking for two firmware engineers in Portland.": "news",
    "Brightmoor Commerce raises Series A to help DTC brands keep the sale.": "news",
}
CLAIMS = [
    "Kestrel Shifts builds next week's schedule from your sales forecast in minutes.",
    "Managers can approve shift swaps from their phone.",
    "Cut overtime in half with real-time alerts.",
    "Kestrel also runs your payroll and files your payroll taxes every quarter.",
    "We see teams cut overtime by 20% in the first month.",
    "Happy customers renew every month because the schedule is fair.",
    "By Friday your whole schedule is built and approved.",
]


def kind(spacy_pipeline, text, block="paragraph", speaker=None):
    doc = spacy_pipeline.nlp(text)
    return sentence_kind(doc[:], block, speaker, spacy_pipeline.trained)


@pytest.mark.parametrize("text", list(NOT_CLAIMS))
def test_greetings_signoffs_logistics_and_offers_are_not_claims(spacy_pipeline, text):
    assert kind(spacy_pipeline, text) == NOT_CLAIMS[text]


@pytest.mark.parametrize("text", CLAIMS)
def test_statements_about_the_product_are_claims(spacy_pipeline, text):
    assert kind(spacy_pipeline, text) == CLAIM


@pytest.mark.parametrize("text, without_the_name", [
    ("Tell them we replace the outside safety consultant entirely.", CLAIM),  # "we" is enough
    ("Tell them Acme replaces the outside safety consultant entirely.", "instruction"),
    ("I'm calling because Acme can take over your office's internet service.", "small-talk"),
    ("We'll also show how property managers use Acme to run move-out checklists.", "plan"),
])
def test_a_claim_inside_coaching_a_call_or_a_plan_is_still_a_claim(spacy_pipeline, text,
                                                                   without_the_name):
    doc = spacy_pipeline.nlp(text)
    assert sentence_kind(doc[:], "paragraph", None, True, {"acme"}) == CLAIM
    # the same words, when the product's name is not known, are what they look like
    assert sentence_kind(doc[:], "paragraph", None, True) == without_the_name


def test_how_often_is_not_a_meeting_time(spacy_pipeline):
    text = "Our routing learns from your call history and rewrites your phone menu every week."
    assert kind(spacy_pipeline, text) == CLAIM
    assert kind(spacy_pipeline, "Does the call on Tuesday still work?") == "question"
    assert kind(spacy_pipeline, "The call is on Tuesday at 3pm.") == "logistics"


def test_headings_table_cells_and_prospect_lines_never_claim(spacy_pipeline):
    text = CLAIMS[0]
    assert kind(spacy_pipeline, text, block="heading") == "heading"
    assert kind(spacy_pipeline, text, block="table_cell") == "table"
    assert kind(spacy_pipeline, text, speaker="PROSPECT") == "prospect"
    assert kind(spacy_pipeline, text, speaker="Rep") == CLAIM


def test_without_a_trained_pipeline_blank_english_is_used_and_said_once():
    from checker.nlp.spacy_pipeline import load_spacy

    pipeline = load_spacy("no_such_pipeline_installed")
    assert not pipeline.trained and pipeline.name == "blank:en"
    assert "'no_such_pipeline_installed' is not installed" in pipeline.notice
    doc = pipeline.nlp("The trial lasts 14 days. Book a demo today.")
    assert [s.text for s in doc.sents] == ["The trial lasts 14 days.", "Book a demo today."]
    assert load_spacy("no_such_pipeline_installed") is pipeline  # loaded once
