"""The HTML reader: visible text only, entities decoded, offsets into the raw markup."""

from __future__ import annotations

import pytest

from checker.readers.html import read

from . import assert_maps_to_source, blocks, position

PRICING_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pricing &ndash; Kestrel</title>
  <style>.plan { color: red; }</style>
  <script>window.dataLayer = ["<p>not prose</p>"];</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>
  <h1>Simple pricing&nbsp;for   every team</h1>
  <p>Start free. Upgrade when you&#8217;re ready &amp; pay only
     for the seats you use.<br>No credit card needed.</p>
  <!-- onmessage-disable-next-line claims -->
  <table>
    <tr><th>Plan</th><th>Price</th></tr>
    <tr><td>Team</td><td>$49 per seat&#x2F;month</td></tr>
    <tr><td>Enterprise<td>Talk to us
  </table>
  <ul>
    <li>Unlimited forecasts
    <li>Setup with <code>kestrel sync</code> in minutes</li>
  </ul>
  <blockquote><p>Kestrel gave us back a week every quarter.</p></blockquote>
  <pre>curl https://api.kestrel.io</pre>
  <noscript>Please enable JavaScript.</noscript>
  <template><p>Hidden template</p></template>
  <footer>&copy; 2024 Kestrel, Inc.</footer>
</body>
</html>
"""


def test_pricing_page_blocks_hold_only_visible_text() -> None:
    prose = read(PRICING_PAGE)
    assert blocks(prose) == [
        ("paragraph", "Home Pricing", None),
        ("heading", "Simple pricing for every team", None),
        (
            "paragraph",
            "Start free. Upgrade when you\u2019re ready & pay only for the seats you"
            " use. No credit card needed.",
            None,
        ),
        ("table_cell", "Plan", None),
        ("table_cell", "Price", None),
        ("table_cell", "Team", None),
        ("table_cell", "$49 per seat/month", None),
        ("table_cell", "Enterprise", None),
        ("table_cell", "Talk to us", None),
        ("list_item", "Unlimited forecasts", None),
        ("list_item", "Setup with in minutes", None),
        ("quote", "Kestrel gave us back a week every quarter.", None),
        ("paragraph", "\u00a9 2024 Kestrel, Inc.", None),
    ]


def test_pricing_page_title_is_metadata_not_prose() -> None:
    prose = read(PRICING_PAGE)
    assert prose.metadata == {"title": "Pricing \u2013 Kestrel"}
    assert "\u2013" not in prose.text


def test_pricing_page_maps_every_character_back() -> None:
    assert_maps_to_source(PRICING_PAGE, read(PRICING_PAGE))


@pytest.mark.parametrize(
    ("phrase", "line_col"),
    [
        ("Simple", (11, 7)),
        ("every team", (11, 33)),
        ("\u2019re", (12, 34)),
        ("& pay", (12, 50)),
        ("for the seats", (13, 6)),
        ("No credit", (13, 32)),
        ("/month", (17, 38)),
        ("Talk to us", (18, 27)),
        ("in minutes", (22, 46)),
        ("\u00a9", (28, 11)),
    ],
)
def test_pricing_page_phrases_point_at_their_line_and_column(
    phrase: str, line_col: tuple[int, int]
) -> None:
    assert position(PRICING_PAGE, read(PRICING_PAGE), phrase) == line_col


def test_entities_map_to_where_they_start_and_spaces_to_the_first_blank() -> None:
    source = "<p>Fast&nbsp;setup \n\t &amp; no&#39;s</p>"
    prose = read(source)
    assert prose.text == "Fast setup & no's"
    assert prose.offsets[4] == source.index("&nbsp;")
    assert prose.offsets[10] == source.index(" \n")
    assert prose.offsets[11] == source.index("&amp;")
    assert prose.offsets[prose.text.index("'")] == source.index("&#39;")


def test_hidden_elements_and_comments_are_not_prose() -> None:
    source = (
        "<div>Visible<script>var a = 1 < 2;</script><style>b{}</style><!-- todo -->"
        "<noscript>JS off</noscript><svg><title>icon</title></svg> copy</div>"
    )
    prose = read(source)
    assert prose.text == "Visible copy"
    assert prose.metadata == {}


def test_speaker_labels_in_markup_are_found() -> None:
    source = "<p><strong>Rep:</strong> Hi Dana.</p><p><b>Prospect</b>: Hello.</p>"
    assert blocks(read(source)) == [
        ("paragraph", "Hi Dana.", "Rep"),
        ("paragraph", "Hello.", "Prospect"),
    ]


def test_windows_line_endings_keep_exact_columns() -> None:
    source = PRICING_PAGE.replace("\n", "\r\n")
    prose = read(source)
    assert prose.text == read(PRICING_PAGE).text
    assert_maps_to_source(source, prose)
    assert position(source, prose, "for the seats") == (13, 6)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("", ""),
        ("plain words, no tags", "plain words, no tags"),
        ("<p>a</p></div></p></li><li>b<td>c</table>", "a\n\nb\n\nc"),
        ("<p>Unclosed <b>bold", "Unclosed bold"),
        ("<p>Before</p><!-- never closed <p>after", "Before"),
        ("<p>Before</p><script>never closed <p>x", "Before"),
        ("<head><title>T</title><p>Body without a body tag", "Body without a body tag"),
        ("<p>&bogus; &#xZZ; & &#99999999;</p>", "&bogus; &#xZZ; & \ufffd"),
        ("<p x='1>Broken attribute</p>", "<p x='1>Broken attribute"),  # kept as text
        ("<<<>>>", "<<<>>>"),
    ],
)
def test_malformed_html_never_crashes(source: str, text: str) -> None:
    prose = read(source)
    assert prose.text == text
    assert all(0 <= offset < len(source) for offset in prose.offsets)
