"""Facts: numbers and yes/no statements checked against the approved facts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.findings import Finding, Related
from checker.nlp.analysis import Analysis
from checker.nlp.claims import Claim
from checker.rules import Settings, rule

UNAPPROVED_KINDS = ("percent", "multiplier", "money")


def fact_label(claim: Claim) -> str:
    """What the value is about: the fact's `about`, else the claim's own clause, tidied."""
    about = claim.fact.fact.about if claim.fact else _tidy(claim.context)
    return about[:1].upper() + about[1:] if about else "The same thing"


def _tidy(clause: str) -> str:
    text = re.sub(r"\s+([,.;:!?)])", r"\1", clause).replace("( ", "(")
    previous = None
    while text != previous:
        previous = text
        text = re.sub(r"[\s,.;:!?-]+$", "", text)
        text = re.sub(r"\s+(and|or|but|of|for|with|to|at|in|is|are)$", "", text)
    return text


def approved_value(claim: Claim) -> str:
    fact = claim.fact
    if fact is None:
        return ""
    if fact.quantity is not None:
        return fact.quantity.describe()
    return "yes" if fact.polarity else "no"


def fact_related(analysis: Analysis, claim: Claim) -> Related:
    fact = claim.fact.fact
    return Related(analysis.positioning_path, fact.line or 1, 1, f"{fact.about}: {fact.value}")


@rule("facts.mismatch", "error")
def facts_mismatch(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """A claim whose value contradicts an approved fact.

    What it does: finds every number and yes/no statement in the copy (durations, prices
    per unit and period, percentages, counts and bounds, "no credit card required"),
    normalises it ("two weeks" = "14-day" = 14 days; "$588 a year per seat" = $49 per user
    per month), ties it to the fact its clause is about (by the fact's words and by meaning,
    never by the number alone) and flags it when the values disagree.

    Why: the costliest inconsistency is a concrete one. A prospect who reads a 14-day trial
    in the ad and hears 30 days on the call stops trusting both.

    Example: "Start your 30-day free trial" when the fact `trial-length` says 14 days.
    """
    for claim in analysis.claims:
        if not claim.disagrees_with_fact():
            continue
        sentence = analysis.sentences[claim.sentence_index]
        yield settings.finding(
            f"{fact_label(claim)}: {claim.describe()} here, but the approved fact "
            f"'{claim.fact.fact.id}' says {approved_value(claim)}",
            sentence.location(claim.start, claim.end), sentence.document.channel,
            [fact_related(analysis, claim)], fact=claim.fact.fact.id, value=claim.describe(),
            approved=approved_value(claim), subject=claim.context,
            subject_similarity=round(claim.fact_similarity, 3), sentence=sentence.text)


@rule("facts.unapproved", "info")
def facts_unapproved(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """A quantitative claim about something no fact covers.

    What it does: flags percentages, multipliers ("4x faster") and prices in sentences that
    make a claim for the product when no approved fact is about them. Numbers about other
    things (a customer's 300 staff, "top 3 reasons", dates, times, phone numbers) are not
    claims for the product and are left alone.

    Why: every figure you publish needs a source. An unapproved statistic is the one legal
    asks about and the one a competitor quotes back at you.

    Example: "Kestrel customers cut staff turnover by 37%" with no fact about turnover.
    """
    for claim in analysis.claims:
        sentence = analysis.sentences[claim.sentence_index]
        if (claim.fact is not None or claim.quantity is None
                or claim.quantity.kind not in UNAPPROVED_KINDS or not sentence.for_product):
            continue
        yield settings.finding(
            f"Unapproved figure: {claim.quantity.describe()} is not backed by any approved "
            "fact; add it to the positioning's facts or take it out",
            sentence.location(claim.start, claim.end), sentence.document.channel,
            value=claim.quantity.describe(), subject=claim.context, sentence=sentence.text)
