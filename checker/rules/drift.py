"""Drift: claims and assets that wander away from the positioning's pillars."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Finding, Location
from checker.nlp.analysis import Analysis
from checker.rules import Settings, rule


@rule("drift.sentence", "warning", threshold=0.30)
def drift_sentence(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """A claim-bearing sentence far from every pillar (off-message).

    What it does: scores each sentence that claims something against every pillar's
    description, messages and proof points, and flags it when even the nearest pillar is far.
    Only claims can drift: greetings, sign-offs, calls to action, logistics, offers to help,
    questions, headings, table cells and a prospect's lines are never flagged.

    Why: copy that promises what the positioning never says (a feature you don't have, a
    benefit you don't stand behind) is how marketing and sales drift apart.

    Scale: 0 is as close as unrelated text comes to your pillars, 100 as close as your own
    approved messages come to each other. `threshold` (default 0.30) is the fraction of that
    span below which a claim is off-message: raise it to be stricter, lower it to be quieter.

    Example: "Kestrel also files your payroll taxes." when no pillar speaks of payroll.
    """
    alignment = analysis.alignment
    limit = float(settings.options["threshold"]) * 100
    for sentence in analysis.sentences:
        if not sentence.is_claim:
            continue
        score = alignment.score(sentence.index)
        if score >= limit:
            continue
        pillar_id, similarity = alignment.nearest_pillar(sentence.index)
        pillar = analysis.positioning.pillar(pillar_id)
        nearest = alignment.units[int(alignment.nearest_unit[sentence.index])]
        yield settings.at(
            sentence,
            f"Off-message claim: scores {score:.0f}/100 against the positioning "
            f"(threshold {limit:.0f}); nearest pillar is '{pillar.name}' "
            f"(similarity {similarity:.2f})",
            score=round(score, 1), threshold=round(limit, 1), nearest_pillar=pillar_id,
            pillar_similarity=round(similarity, 3), nearest_text=nearest.text)


@rule("drift.document", "warning", threshold=0.45, min_claims=3)
def drift_document(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """An asset whose overall alignment with the pillars is low.

    What it does: averages the 0-100 alignment score of every claim in the asset (the same
    scale as drift.sentence) and flags assets below `threshold` (default 0.45, i.e. 45/100)
    that make at least `min_claims` claims (default 3).

    Why: one stray sentence is a slip; an asset that is off-message as a whole tells a story
    the positioning does not, and needs rewriting rather than an edit.
    """
    limit = float(settings.options["threshold"]) * 100
    for document in analysis.documents:
        claims = [s for s in analysis.sentences_of(document) if s.is_claim]
        if len(claims) < int(settings.options["min_claims"]):
            continue
        score = analysis.document_score(document)
        if score is None or score >= limit:
            continue
        pillars = [analysis.alignment.nearest_pillar(s.index)[0] for s in claims]
        strongest = max(set(pillars), key=pillars.count)
        off = sum(analysis.alignment.score(s.index) < limit for s in claims)
        first = claims[0]
        location = first.location()
        title = str(document.metadata.get("title") or document.path)
        yield settings.finding(
            f"Asset alignment {score:.0f}/100 (threshold {limit:.0f}): {off} of {len(claims)} "
            f"claims are far from the pillars; its nearest pillar is "
            f"'{analysis.positioning.pillar(strongest).name}'",
            Location(document.path, location.line, location.column, location.end_line,
                     location.end_column, title),
            document.channel, score=round(score, 1), threshold=round(limit, 1),
            claims=len(claims), off_message=off, nearest_pillar=strongest)
