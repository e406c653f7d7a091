"""Claim extraction and fact matching on the real pipeline: numbers about other things are
not claims about facts."""

import pytest

from checker.engine import check
from tests.helpers import POSITIONING, project

FACTS = POSITIONING + """\
facts:
  - id: trial-length
    about: length of the free trial
    value: 14 days
  - id: starter-price
    about: price of the Starter plan
    value: $49 per user per month
  - id: uptime
    about: uptime SLA
    value: 99.9%
  - id: card-for-trial
    about: a credit card is required to start the trial
    value: no
  - id: setup-fee
    about: a setup fee is charged
    value: no
"""

SENTENCES = {
    "Start your 30-day free trial today.": ("trial-length", "30 days", True),
    "Try it free for two weeks.": ("trial-length", "14 days", False),
    "Starter is $588 a year per seat.": ("starter-price", "$49 per user per month", False),
    "Starter costs $39 per user per month.": ("starter-price", "$39 per user per month", True),
    "We back every plan with a 99.5% uptime SLA.": ("uptime", "99.5%", True),
    "Our uptime SLA is three nines.": ("uptime", "99.9%", False),
    "No credit card required.": ("card-for-trial", "no", False),
    "You'll need a credit card to start your trial.": ("card-for-trial", "yes", True),
    "There is no setup fee.": ("setup-fee", "no", False),
    "Harbor Street has 300 employees across 12 locations.": (None, None, False),
    "Here are the top 3 reasons agencies switch to Tally Books.": (None, None, False),
    "Our webinar starts at 2 pm on March 12.": (None, None, False),
    "Call me at (512) 555-0187 before Q3.": (None, None, False),
    "Tally Books was founded in 2019 and now has 40 staff.": (None, None, False),
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("claims")
    files = {f"marketing/s{i:02}.md": text + "\n" for i, text in enumerate(SENTENCES)}
    project(folder, positioning=FACTS, files=files)
    result = check([folder], embedder=embedder)
    analysis = result.analysis
    by_text = {}
    for claim in analysis.claims:
        by_text.setdefault(analysis.sentences[claim.sentence_index].text, []).append(claim)
    return by_text


@pytest.mark.parametrize("text", list(SENTENCES))
def test_claims_match_the_fact_they_are_about_and_nothing_else(claims, text):
    fact_id, value, mismatch = SENTENCES[text]
    matched = [c for c in claims.get(text, []) if c.fact is not None]
    if fact_id is None:
        assert matched == []
        return
    assert [c.fact.fact.id for c in matched] == [fact_id]
    assert matched[0].describe() == value
    assert matched[0].disagrees_with_fact() is mismatch


def test_times_dates_phone_numbers_and_quarters_are_not_values(claims):
    assert claims.get("Our webinar starts at 2 pm on March 12.", []) == []
    assert claims.get("Call me at (512) 555-0187 before Q3.", []) == []


def test_a_price_in_a_table_cell_is_about_its_row_and_column_headers(tmp_path, embedder):
    table = ("| | Starter | Team |\n|---|---|---|\n| Price | $39 per user per month | $99 |\n"
             "| Support | Email | Phone |\n")
    project(tmp_path, positioning=FACTS, files={"marketing/pricing.md": table})
    result = check([tmp_path], embedder=embedder)
    findings = [f for f in result.findings if f.rule == "facts.mismatch"]
    assert [(f.span.line, f.span.excerpt) for f in findings] == [
        (3, "$39 per user per month")]
    assert findings[0].evidence["approved"] == "$49 per user per month"
