"""The Markdown reader: only what a visitor reads is prose, and every column is exact."""

from __future__ import annotations

import pytest

from checker.document import ReaderError, SourceMap
from checker.readers.markdown import read

from . import assert_maps_to_source, blocks, position

LANDING_PAGE = """\
---
title: Kestrel for RevOps teams
channel: web
campaign: q3-launch
date: 2024-07-01
audience: revops-leaders
tags: [forecasting, pipeline]
---
# Forecasts your *board* trusts ##

Kestrel **cuts forecast prep** from days to minutes.
[Start your free trial](https://kestrel.io/trial "Trial") or [book a demo][demo] today.

![Dashboard screenshot](img/dashboard.png)

Install the agent with `pip install kestrel` &amp; connect your CRM:

```bash
pip install kestrel
kestrel sync --all
```

    indented lines are prose too

> **Customer:** We closed the quarter two days early.
> Dana Ruiz, VP Sales

- [x] SOC 2 Type II certified
- Works with <https://salesforce.com> and HubSpot
  1. Setup in _under_ ten minutes

| Plan | Price |
|------|------:|
| Team | $49 per seat |
| `Enterprise` | Talk to us |

<div class="cta">
  <a href="/trial">Try it free</a>
</div>

<!-- internal: legal to review -->

Why teams switch
----------------

No spreadsheets.<br>No ~~guesswork~~ surprises. *Terms apply.

[demo]: https://kestrel.io/demo
"""


def test_landing_page_blocks_hold_only_visible_prose() -> None:
    prose = read(LANDING_PAGE)
    assert blocks(prose) == [
        ("heading", "Forecasts your board trusts", None),
        (
            "paragraph",
            "Kestrel cuts forecast prep from days to minutes. Start your free trial or"
            " book a demo today.",
            None,
        ),
        ("paragraph", "Install the agent with & connect your CRM:", None),
        ("paragraph", "indented lines are prose too", None),
        ("quote", "We closed the quarter two days early. Dana Ruiz, VP Sales", "Customer"),
        ("list_item", "SOC 2 Type II certified", None),
        ("list_item", "Works with and HubSpot", None),
        ("list_item", "Setup in under ten minutes", None),
        ("table_cell", "Plan", None),
        ("table_cell", "Price", None),
        ("table_cell", "Team", None),
        ("table_cell", "$49 per seat", None),
        ("table_cell", "Talk to us", None),
        ("heading", "Why teams switch", None),
        ("paragraph", "No spreadsheets. No guesswork surprises. *Terms apply.", None),
    ]


def test_landing_page_front_matter_becomes_metadata() -> None:
    prose = read(LANDING_PAGE)
    assert prose.metadata == {
        "title": "Kestrel for RevOps teams",
        "channel": "web",
        "campaign": "q3-launch",
        "date": "2024-07-01",
        "audience": "revops-leaders",
        "tags": ["forecasting", "pipeline"],
    }
    assert "revops-leaders" not in prose.text


def test_landing_page_every_character_maps_back_to_the_source() -> None:
    assert_maps_to_source(LANDING_PAGE, read(LANDING_PAGE))


@pytest.mark.parametrize(
    ("phrase", "occurrence", "line_col"),
    [
        ("Forecasts", 0, (9, 3)),
        ("board", 0, (9, 19)),
        ("cuts", 0, (11, 11)),
        ("free trial", 0, (12, 13)),
        ("book a demo", 0, (12, 63)),
        ("&", 0, (16, 46)),
        ("We closed", 0, (25, 17)),
        ("Dana", 0, (26, 3)),
        ("SOC 2", 0, (28, 7)),
        ("HubSpot", 0, (29, 43)),
        ("under", 0, (30, 16)),
        ("$49", 0, (34, 10)),
        ("Talk", 0, (35, 18)),
        ("Why teams", 0, (43, 1)),
        ("No guesswork", 0, (46, 21)),
        ("*Terms", 0, (46, 49)),
    ],
)
def test_landing_page_phrases_point_at_their_line_and_column(
    phrase: str, occurrence: int, line_col: tuple[int, int]
) -> None:
    assert position(LANDING_PAGE, read(LANDING_PAGE), phrase, occurrence) == line_col


def test_code_html_images_and_link_targets_are_never_prose() -> None:
    text = read(LANDING_PAGE).text
    for hidden in [
        "pip install",
        "kestrel sync",
        "https://",
        "Try it free",
        "Dashboard",
        "legal to review",
        "img/",
        "Trial",
        "|",
        "---",
        "#",
        "**",
        "[x]",
    ]:
        assert hidden not in text, hidden


def test_windows_line_endings_give_the_same_prose_and_exact_columns() -> None:
    source = LANDING_PAGE.replace("\n", "\r\n")
    prose = read(source)
    assert prose.text == read(LANDING_PAGE).text
    assert prose.metadata == read(LANDING_PAGE).metadata
    assert_maps_to_source(source, prose)
    assert position(source, prose, "book a demo") == (12, 63)
    assert position(source, prose, "$49") == (34, 10)


def test_link_text_is_prose_and_its_target_is_not() -> None:
    source = "Ready? [Start your trial](https://x.io/t?a=(1)) and [email us](<mailto:a b>)."
    prose = read(source)
    assert prose.text == "Ready? Start your trial and email us."
    assert position(source, prose, "Start") == (1, 9)
    assert position(source, prose, "email") == (1, 54)


def test_reference_links_keep_text_and_unknown_brackets_stay_literal() -> None:
    source = (
        "See [pricing][plans], [the docs][] and [FAQ]. Also [not a link].\n\n"
        "[plans]: /pricing\n[the docs]: /docs\n[faq]: /faq\n"
    )
    assert read(source).text == "See pricing, the docs and FAQ. Also [not a link]."


def test_emphasis_markers_go_but_lone_asterisks_and_snake_case_stay() -> None:
    source = "***Bold italic*** and __strong__, 2 * 3, snake_case_name, *Terms apply"
    prose = read(source)
    assert prose.text == "Bold italic and strong, 2 * 3, snake_case_name, *Terms apply"
    assert_maps_to_source(source, prose)


def test_backslash_escapes_show_the_character_at_its_own_offset() -> None:
    source = r"Save \*20%\* today \[limited\]"
    prose = read(source)
    assert prose.text == "Save *20%* today [limited]"
    assert prose.offsets[prose.text.index("*")] == source.index("*")
    assert_maps_to_source(source, prose)


def test_entities_decode_and_point_at_the_entity() -> None:
    source = "Fast&nbsp;setup &mdash; no&#39;s &amp; no fees &bogus;"
    prose = read(source)
    assert prose.text == "Fast setup \u2014 no's & no fees &bogus;"
    assert prose.offsets[prose.text.index("\u2014")] == source.index("&mdash;")
    assert prose.offsets[prose.text.index("'")] == source.index("&#39;")
    assert_maps_to_source(source, prose)


def test_inline_html_and_comments_are_dropped_but_their_text_stays() -> None:
    source = 'Our <span class="hl">fastest</span> plan<!-- draft --> <abbr>ever</abbr>.'
    assert read(source).text == "Our fastest plan ever."


def test_headings_lose_their_markers() -> None:
    source = "## Pricing that *scales* ##\n\nPlans\n=====\n\n###### Tiny"
    prose = read(source)
    assert blocks(prose) == [
        ("heading", "Pricing that scales", None),
        ("heading", "Plans", None),
        ("heading", "Tiny", None),
    ]
    assert position(source, prose, "Tiny") == (6, 8)


def test_nested_quotes_and_lists_strip_every_marker() -> None:
    source = (
        "> > Deeply quoted\n> - quoted item\n\n1. First\n2. Second\n   continued\n\n"
        "   > quote in a list? no, indented quote\n"
    )
    prose = read(source)
    assert blocks(prose) == [
        ("quote", "Deeply quoted", None),
        ("list_item", "quoted item", None),
        ("list_item", "First", None),
        ("list_item", "Second continued", None),
        ("quote", "quote in a list? no, indented quote", None),
    ]
    assert position(source, prose, "continued") == (6, 4)
    assert position(source, prose, "quoted item") == (2, 5)


def test_table_cells_are_blocks_and_escaped_pipes_are_text() -> None:
    source = "> | Seats | Cost |\n> |---|---|\n> | 1\\|5 |  $10  |\n> | | empty |\n"
    prose = read(source)
    assert blocks(prose) == [
        ("table_cell", "Seats", None),
        ("table_cell", "Cost", None),
        ("table_cell", "1|5", None),
        ("table_cell", "$10", None),
        ("table_cell", "empty", None),
    ]
    assert position(source, prose, "$10") == (3, 13)
    assert position(source, prose, "5") == (3, 8)


def test_email_subject_line_becomes_a_heading_and_metadata() -> None:
    source = "---\nchannel: email\n---\n**Subject:** Your Q3 forecast, sorted\n\nHi Dana,\n"
    prose = read(source)
    assert blocks(prose) == [
        ("heading", "Your Q3 forecast, sorted", None),
        ("paragraph", "Hi Dana,", None),
    ]
    assert prose.metadata == {"channel": "email", "subject": "Your Q3 forecast, sorted"}
    assert position(source, prose, "Your") == (4, 14)


def test_script_lines_in_one_paragraph_become_one_block_per_speaker() -> None:
    source = (
        "**Rep:** Hi Dana, it's Jamie from Kestrel.\n**Prospect:** Oh, hi.\n"
        "How long is this?\n\nSDR (Jamie): Two minutes, promise."
    )
    prose = read(source)
    assert blocks(prose) == [
        ("paragraph", "Hi Dana, it's Jamie from Kestrel.", "Rep"),
        ("paragraph", "Oh, hi. How long is this?", "Prospect"),
        ("paragraph", "Two minutes, promise.", "SDR (Jamie)"),
    ]
    assert position(source, prose, "Oh") == (2, 15)


def test_invalid_front_matter_names_the_line() -> None:
    source = "---\ntitle: Launch\naudience: [revops\n---\n# Hi\n"
    with pytest.raises(ReaderError, match=r"front matter is not valid YAML \(line 3\)"):
        read(source)


def test_front_matter_must_be_a_mapping() -> None:
    with pytest.raises(ReaderError, match="front matter must be a mapping"):
        read("---\n- just\n- a list\n---\nBody\n")


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("", ""),
        ("   \n\n", ""),
        ("---\ntitle: Only metadata\n---\n", ""),
        ("Intro\n\n```\nnever closed\n", "Intro"),
        ("Intro\n\n<!-- never closed\n\nstill a comment", "Intro"),
        ("Text <!-- not a comment without its end", "Text <!-- not a comment without its end"),
        ("[broken](link\n\n[ref]: <", "[broken](link\n\n[ref]: <"),
        ("\ufeff# Title", "Title"),
        ("Tab\there\x00nul", "Tab here\ufffdnul"),
    ],
)
def test_odd_input_never_crashes(source: str, text: str) -> None:
    prose = read(source)
    assert prose.text == text
    assert len(prose.offsets) == len(text)
    assert all(0 <= offset < len(source) for offset in prose.offsets)


def test_bom_before_front_matter_still_reads_it() -> None:
    prose = read("\ufeff---\nowner: marketing\n---\nHello.")
    assert prose.metadata == {"owner": "marketing"}
    assert prose.text == "Hello."


def test_indented_lines_are_prose_as_in_mdx() -> None:
    """Copy is often indented (script lines under a list item); code in content comes fenced."""
    source = "Talk track:\n\n    PostHog makes dev tools for product engineers.\n"
    prose = read(source)
    line = "PostHog makes dev tools for product engineers."
    assert blocks(prose)[-1] == ("paragraph", line, None)
    start = prose.text.index("PostHog")
    assert SourceMap(source).line_col(prose.offsets[start]) == (3, 5)
