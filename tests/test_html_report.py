"""The HTML report: everything from content escaped, and in a real browser no console
errors, no dialogs, no network requests, and filters that change what is visible."""

from html.parser import HTMLParser
from pathlib import Path

import pytest

from checker.engine import check
from checker.report import render
from tests.browser import CHROMIUM
from tests.conftest import DEMO

XSS = Path(__file__).parent / "data" / "xss"
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason="Chromium is not installed (apt-get install chromium)")


class Elements(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _report(project: Path, embedder, folder: Path):
    result = check([project], embedder=embedder)
    path = folder / f"{project.name}.html"
    path.write_text(render(result, "html"), encoding="utf-8")
    return path, result


@pytest.fixture(scope="module")
def demo_html(embedder, tmp_path_factory):
    return _report(DEMO, embedder, tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def xss_html(embedder, tmp_path_factory):
    return _report(XSS, embedder, tmp_path_factory.mktemp("report"))


def test_content_full_of_payloads_renders_as_text(xss_html):
    path, result = xss_html
    html = path.read_text()
    parser = Elements()
    parser.feed(html)
    assert [t for t, _ in parser.tags if t in ("script", "iframe", "img", "object", "embed")] \
        == ["script"]  # the report's own filter script, nothing from content
    assert not [(t, a) for t, a in parser.tags for k in a if k.startswith("on")]
    assert not [a for _, a in parser.tags for k, v in a.items()
                if k in ("href", "src") and v and v.strip().lower().startswith("javascript:")]
    assert "&lt;script&gt;alert(&#39;landing&#39;)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html.split("{{ 7*7 }}")[0][-5:]
    assert result.findings  # the payload-laden copy was analysed and reported


def test_the_report_shows_every_part_a_manager_reads(demo_html):
    html = demo_html[0].read_text()
    for title in ("Pillar coverage by channel", "Emphasis by channel",
                  "Alignment per asset, worst first", "Where each channel"):
        assert "<title id=" in html and title in html
    assert html.count('class="conflict filtered"') == 5
    assert html.count('<mark class="value">') >= 10  # both sides of each conflict
    assert 'role="tooltip"' in html and 'tabindex="0"' in html
    assert "@media print" in html


@needs_chromium
@pytest.mark.parametrize("which", ["demo", "xss"])
def test_in_a_browser_nothing_runs_nothing_loads_nothing_errors(which, demo_html, xss_html,
                                                                 tmp_path):
    from tests.browser import open_report

    path = demo_html[0] if which == "demo" else xss_html[0]
    with open_report(path) as (page, watch):
        page.screenshot(path=str(tmp_path / f"{which}.png"))
        assert page.locator("svg").count() >= 4
    assert watch.console_errors == []
    assert watch.dialogs == []
    assert watch.requests == []
    assert (tmp_path / f"{which}.png").stat().st_size > 10_000


@needs_chromium
def test_filters_and_search_change_what_is_visible(demo_html):
    from tests.browser import open_report

    path, result = demo_html
    counts = result.counts()
    visible = ".finding:not([hidden])"  # each finding once (conflicts also appear side by side)
    with open_report(path) as (page, _):
        total = page.locator(visible).count()
        assert total == len(result.findings)
        page.uncheck("input[value=warning]")
        page.uncheck("input[value=info]")
        assert page.locator(visible).count() == counts["error"]
        assert page.locator("#shown").inner_text() == str(counts["error"])
        page.check("input[value=warning]")
        page.check("input[value=info]")
        page.select_option("select[name=rule]", "tone.pressure")
        pressure = sum(f.rule == "tone.pressure" for f in result.findings)
        assert page.locator(visible).count() == pressure
        assert page.locator("article.asset:not([hidden])").count() == len(
            {f.span.path for f in result.findings if f.rule == "tone.pressure"})
        page.select_option("select[name=rule]", "")
        page.select_option("select[name=channel]", "sales")
        assert page.locator(visible).count() == sum(f.channel == "sales"
                                                    for f in result.findings)
        page.select_option("select[name=channel]", "")
        page.fill("input[name=q]", "sales/voicemail.txt")
        assert page.locator(visible).count() == sum(f.span.path == "sales/voicemail.txt"
                                                    for f in result.findings) > 0
        page.fill("input[name=q]", "")
        assert page.locator(visible).count() == total


@needs_chromium
def test_a_finding_explains_itself_on_keyboard_focus(demo_html):
    from tests.browser import open_report

    with open_report(demo_html[0]) as (page, _):
        mark = page.locator("article.asset mark[tabindex]").first
        tip = mark.locator(".tip")
        assert not tip.is_visible()
        mark.focus()
        assert tip.is_visible()
        assert ":" in tip.inner_text()
