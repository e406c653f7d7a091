"""The plain-text reader: layout gives the structure of emails and call scripts."""

from __future__ import annotations

import pytest

from checker.readers.text import read

from . import assert_maps_to_source, blocks, position

FOLLOW_UP_EMAIL = """\
---
channel: email
owner: jamie@kestrel.io
date: 2024-09-12
---
Subject: Your forecast in 10 minutes a week

Hi Dana,

Thanks for the call on Tuesday. As promised, here is how Kestrel
fits your team:

- Forecast prep drops from two days to 10 minutes
- Works with Salesforce and HubSpot, no
  engineering help needed
• SOC 2 Type II certified

Next steps

1. A 30-minute demo with your RevOps lead
2. A two-week pilot on live pipeline

Best,
Jamie Lee
Account Executive, Kestrel
"""

CALL_SCRIPT = """\
Discovery call opener

REP: Hi Dana, it's Jamie from Kestrel. Did I catch you at a bad time?
PROSPECT: I have two minutes.
REP: Then I'll be quick. Teams like yours cut forecast prep
to ten minutes a week.
Prospect: We already use spreadsheets for that.

Note: if they mention a competitor, go to the battlecard.
"""


def test_email_blocks_follow_its_layout() -> None:
    prose = read(FOLLOW_UP_EMAIL)
    assert blocks(prose) == [
        ("heading", "Your forecast in 10 minutes a week", None),
        ("paragraph", "Hi Dana,", None),
        (
            "paragraph",
            "Thanks for the call on Tuesday. As promised, here is how Kestrel fits your team:",
            None,
        ),
        ("list_item", "Forecast prep drops from two days to 10 minutes", None),
        ("list_item", "Works with Salesforce and HubSpot, no engineering help needed", None),
        ("list_item", "SOC 2 Type II certified", None),
        ("heading", "Next steps", None),
        ("list_item", "A 30-minute demo with your RevOps lead", None),
        ("list_item", "A two-week pilot on live pipeline", None),
        ("paragraph", "Best, Jamie Lee Account Executive, Kestrel", None),
    ]


def test_email_front_matter_and_subject_become_metadata() -> None:
    prose = read(FOLLOW_UP_EMAIL)
    assert prose.metadata == {
        "channel": "email",
        "owner": "jamie@kestrel.io",
        "date": "2024-09-12",
        "subject": "Your forecast in 10 minutes a week",
    }
    assert "Subject" not in prose.text and "jamie@" not in prose.text


def test_email_maps_every_character_back() -> None:
    assert_maps_to_source(FOLLOW_UP_EMAIL, read(FOLLOW_UP_EMAIL))


@pytest.mark.parametrize(
    ("phrase", "line_col"),
    [
        ("Your forecast", (6, 10)),
        ("fits your", (11, 1)),
        ("drops from two days to 10 minutes", (13, 17)),
        ("engineering", (15, 3)),
        ("SOC 2", (16, 3)),
        ("A two-week", (21, 4)),
        ("Account Executive", (25, 1)),
    ],
)
def test_email_phrases_point_at_their_line_and_column(
    phrase: str, line_col: tuple[int, int]
) -> None:
    assert position(FOLLOW_UP_EMAIL, read(FOLLOW_UP_EMAIL), phrase) == line_col


def test_call_script_gives_one_block_per_speaker_turn() -> None:
    prose = read(CALL_SCRIPT)
    assert blocks(prose) == [
        ("heading", "Discovery call opener", None),
        ("paragraph", "Hi Dana, it's Jamie from Kestrel. Did I catch you at a bad time?", "REP"),
        ("paragraph", "I have two minutes.", "PROSPECT"),
        (
            "paragraph",
            "Then I'll be quick. Teams like yours cut forecast prep to ten minutes a week.",
            "REP",
        ),
        ("paragraph", "We already use spreadsheets for that.", "Prospect"),
        ("paragraph", "Note: if they mention a competitor, go to the battlecard.", None),
    ]
    assert_maps_to_source(CALL_SCRIPT, prose)
    assert position(CALL_SCRIPT, prose, "I have") == (4, 11)
    assert position(CALL_SCRIPT, prose, "to ten") == (6, 1)
    assert position(CALL_SCRIPT, prose, "We already") == (7, 11)


def test_windows_line_endings_keep_exact_columns() -> None:
    source = CALL_SCRIPT.replace("\n", "\r\n")
    prose = read(source)
    assert prose.text == read(CALL_SCRIPT).text
    assert_maps_to_source(source, prose)
    assert position(source, prose, "We already") == (7, 11)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Why teams switch\n\nBody text here.", [("heading", "Why teams switch")]),
        ("Ready to start?\n", [("paragraph", "Ready to start?")]),
        ("Hi Sam,\n", [("paragraph", "Hi Sam,")]),
        (
            "One two three four five six seven eight nine\n",
            [("paragraph", "One two three four five six seven eight nine")],
        ),
        ("Short line\nand another\n", [("paragraph", "Short line and another")]),
        ("2024\n", [("paragraph", "2024")]),
        ("* Fast\n* Simple\n", [("list_item", "Fast"), ("list_item", "Simple")]),
    ],
)
def test_a_short_line_standing_alone_is_a_heading(
    source: str, expected: list[tuple[str, str]]
) -> None:
    found = [(kind, text) for kind, text, _ in blocks(read(source))]
    assert found[: len(expected)] == expected


def test_a_line_starting_with_a_hash_is_a_heading_even_inside_a_block() -> None:
    source = ("# Spring paid social, owner: growth team | review date 2026-03-20\n"
              "Headline: Dinner in twenty minutes\n")
    prose = read(source)
    assert [kind for kind, _, _ in blocks(prose)] == ["heading", "paragraph"]
    assert_maps_to_source(source, prose)


def test_the_first_line_names_the_file_unless_it_runs_on() -> None:
    titled = ("Stagedoor - paid search ads, Q1 2026\n"
              "One ad per block: two headlines, then a description of the offer.\n")
    assert [kind for kind, _, _ in blocks(read(titled))] == ["heading", "paragraph"]
    wrapped = "Stagedoor sells tickets for small venues\nand pays out the next morning.\n"
    assert [kind for kind, _, _ in blocks(read(wrapped))] == ["paragraph"]


def test_an_unindented_line_after_a_list_ends_the_list() -> None:
    prose = read("- Fast setup\n- Simple pricing\nCall us to learn more.\n")
    assert blocks(prose) == [
        ("list_item", "Fast setup", None),
        ("list_item", "Simple pricing", None),
        ("paragraph", "Call us to learn more.", None),
    ]


def test_speaker_labels_need_a_role_or_a_repeat_to_count() -> None:
    source = (
        "Pricing: $49 per seat, billed monthly.\n\n"
        "Jamie: Sounds good.\nDana: Great.\nJamie: Talk Friday.\n\n"
        "SDR (Jamie): Before you go, one more thing.\n\n"
        "Customer success: we reply within an hour.\n\n"
        "- Customer: Harbor Street Coffee\n- Locations: 18 cafés\n\n"
        "Headline: Labor on budget\nBody: See labor cost live.\n\n"
        "Headline: Schedules in minutes\nBody: Start from a template.\n"
    )
    assert [(b[2], b[1]) for b in blocks(read(source))] == [
        (None, "Pricing: $49 per seat, billed monthly."),
        ("Jamie", "Sounds good. Dana: Great."),
        ("Jamie", "Talk Friday."),
        ("SDR (Jamie)", "Before you go, one more thing."),
        (None, "Customer success: we reply within an hour."),
        (None, "Customer: Harbor Street Coffee"),
        (None, "Locations: 18 cafés"),
        (None, "Headline: Labor on budget"),  # each field of ad copy is its own unit
        (None, "Body: See labor cost live."),
        (None, "Headline: Schedules in minutes"),
        (None, "Body: Start from a template."),
    ]


def test_a_label_on_its_own_line_speaks_the_next_line() -> None:
    source = "REP:\nHi Dana, it's Jamie.\n\nPROSPECT:\n\nWho?\n"
    assert blocks(read(source)) == [
        ("paragraph", "Hi Dana, it's Jamie.", "REP"),
        ("paragraph", "Who?", "PROSPECT"),
    ]


def test_comments_are_not_prose_and_do_not_split_paragraphs() -> None:
    source = (
        "First line of copy\n<!-- onmessage-disable-next-line claims -->\n"
        "cuts churn by half.<!-- check with legal -->\n"
    )
    prose = read(source)
    assert prose.text == "First line of copy cuts churn by half."
    assert position(source, prose, "cuts") == (3, 1)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("", ""),
        ("\n\n  \n", ""),
        ("---\nchannel: ads\n---", ""),
        ("---\nnot closed front matter\n", "--- not closed front matter"),
        ("\ufeffHello there.", "Hello there."),
        ("<!-- never closed\nHello", ""),
        ("Subject:\n\nBody.", "Subject:\n\nBody."),
    ],
)
def test_odd_input_never_crashes(source: str, text: str) -> None:
    prose = read(source)
    assert prose.text == text
    assert all(0 <= offset < len(source) for offset in prose.offsets)


def test_short_capitalised_lines_are_items_not_one_run_on_sentence() -> None:
    source = "Headlines\nH1: Restaurant Scheduling Software\nH2: 14-Day Free Trial\n"
    assert blocks(read(source)) == [
        ("list_item", "Headlines", None),
        ("list_item", "H1: Restaurant Scheduling Software", None),
        ("list_item", "H2: 14-Day Free Trial", None),
    ]
