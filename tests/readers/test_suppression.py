"""`onmessage-disable` comments: the same lines are silenced in every format."""

from __future__ import annotations

import pytest

from checker.document import Suppression
from checker.readers import read

MARKDOWN_PAGE = """\
# Kestrel for finance teams

<!-- onmessage-disable claims.numbers, terms -->
Close the books 3x faster.

Our *unbreakable* sync never drops a record.
<!-- onmessage-enable -->

<!-- onmessage-disable-next-line tone -->
Act now: this offer will not last!

```html
<!-- onmessage-disable everything -->
```

Plain copy again.
<!-- onmessage-disable -->
Everything below is unchecked.
"""


def test_markdown_disable_enable_and_next_line_ranges() -> None:
    prose = read(".md", MARKDOWN_PAGE)
    assert prose.suppressions == (
        Suppression(frozenset({"claims.numbers", "terms"}), 3, 7),
        Suppression(frozenset({"tone"}), 10, 10),
        Suppression(frozenset(), 17, 18),
    )


def test_comments_inside_code_blocks_are_not_directives() -> None:
    prose = read(".md", MARKDOWN_PAGE)
    assert all("everything" not in s.rules for s in prose.suppressions)


def test_directive_comments_are_never_prose() -> None:
    text = read(".md", MARKDOWN_PAGE).text
    assert "onmessage" not in text and "<!--" not in text
    assert "Close the books 3x faster." in text


def test_suppressions_cover_their_rules_and_lines() -> None:
    first, next_line, rest = read(".md", MARKDOWN_PAGE).suppressions
    assert first.covers("claims.numbers", 4) and first.covers("terms", 6)
    assert not first.covers("tone", 4) and not first.covers("terms", 8)
    assert next_line.covers("tone", 10) and not next_line.covers("tone", 11)
    assert rest.covers("drift.sentence", 18)


def test_open_ended_disable_runs_to_the_last_line_without_a_trailing_newline() -> None:
    prose = read(".md", "One.\n\n<!-- onmessage-disable drift -->\nTwo.\n\nThree.")
    assert prose.suppressions == (Suppression(frozenset({"drift"}), 3, 6),)


@pytest.mark.parametrize(
    ("comment", "rules"),
    [
        ("onmessage-disable-next-line claims, terms", {"claims", "terms"}),
        ("onmessage-disable-next-line claims terms", {"claims", "terms"}),
        ("  onmessage-disable-next-line   claims,terms  ", {"claims", "terms"}),
        ("onmessage-disable-next-line", set()),
    ],
)
def test_rule_lists_are_comma_or_space_separated(comment: str, rules: set[str]) -> None:
    prose = read(".md", f"<!--{comment}-->\nCopy.\n")
    assert prose.suppressions == (Suppression(frozenset(rules), 2, 2),)


def test_next_line_skips_blank_lines_and_stacked_directives() -> None:
    source = (
        "<!-- onmessage-disable-next-line claims -->\n"
        "<!-- onmessage-disable-next-line tone -->\n"
        "\n"
        "Guaranteed results, act now!\n"
    )
    assert read(".md", source).suppressions == (
        Suppression(frozenset({"claims"}), 4, 4),
        Suppression(frozenset({"tone"}), 4, 4),
    )


def test_enable_with_rules_ends_only_those_rules() -> None:
    source = (
        "<!-- onmessage-disable claims, tone -->\n"
        "One.\n"
        "<!-- onmessage-enable tone -->\n"
        "Two.\n"
        "<!-- onmessage-enable -->\n"
        "Three.\n"
    )
    assert read(".md", source).suppressions == (
        Suppression(frozenset({"tone"}), 1, 3),
        Suppression(frozenset({"claims"}), 1, 5),
    )


def test_unknown_comments_and_similar_words_are_ignored() -> None:
    source = "<!-- onmessage-disabled tone -->\n<!-- just a note -->\nCopy.\n"
    assert read(".md", source).suppressions == ()


def test_inline_comment_in_a_paragraph_is_a_directive() -> None:
    source = "Intro line.\nSecond line <!-- onmessage-disable-next-line terms -->\nThird line.\n"
    prose = read(".md", source)
    assert prose.text == "Intro line. Second line Third line."
    assert prose.suppressions == (Suppression(frozenset({"terms"}), 3, 3),)


def test_plain_text_uses_the_same_comments() -> None:
    source = (
        "REP: We are the only platform that does this.\n"
        "<!-- onmessage-disable-next-line claims -->\n"
        "REP: And we cut prep time by 90%.\n"
        "\n"
        "<!-- onmessage-disable tone -->\n"
        "PROSPECT: Sounds too good.\n"
        "<!-- onmessage-enable -->\n"
    )
    prose = read(".txt", source)
    assert prose.suppressions == (
        Suppression(frozenset({"claims"}), 3, 3),
        Suppression(frozenset({"tone"}), 5, 7),
    )
    assert "onmessage" not in prose.text


def test_html_uses_the_same_comments() -> None:
    source = (
        "<html><body>\n"
        "<!-- onmessage-disable-next-line claims -->\n"
        "<p>Rated #1 by every analyst.</p>\n"
        "<!--\n  onmessage-disable terms\n-->\n"
        "<p>Pipeline intelligence.</p>\n"
        "</body></html>\n"
    )
    prose = read(".html", source)
    assert prose.suppressions == (
        Suppression(frozenset({"claims"}), 3, 3),
        Suppression(frozenset({"terms"}), 4, 8),
    )


def test_windows_line_endings_give_the_same_lines() -> None:
    source = MARKDOWN_PAGE.replace("\n", "\r\n")
    assert read(".md", source).suppressions == read(".md", MARKDOWN_PAGE).suppressions
