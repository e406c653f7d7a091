"""Drift: claims and assets that wander away from the positioning's pillars."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Finding, Location
from checker.nlp.analysis import Analysis
from checker.nlp.concepts import PROMISES
from checker.nlp.phrases import PhraseMatcher
from checker.nlp.vocabulary import ConceptSupport
from checker.rules import Settings, rule
from checker.rules.meaning import sentences_meaning


@rule("drift.sentence", "warning", threshold=0.20, rival_margin=0.10, offerings=[])
def drift_sentence(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """A claim that promises what the positioning never says (off-message).

    What it does: takes each sentence that speaks for the product (it names the product,
    speaks as "we", is a feature bullet or an ad headline, says "it" once the product is the
    topic, has one of the product's parts as its subject, or promises the reader an
    outcome), breaks it into its key phrases and actions ("inventory module", "hire") and
    looks for each one in the positioning: by its words first, then by meaning against
    every phrase of the pillars, facts, statement and audiences. A phrase is off-message
    when
    - it is far from everything the positioning says (a phrase of two words or more), or
    - it is nearer to another offering, market or outcome than to anything approved, and
      the sentence as a whole is about that offering too ("payroll" is at 0.52 to your
      "revenue" but at 0.82 to "payroll processing"). The list of other offerings is in
      `checker/nlp/offerings.py`; those your positioning covers are left out; or
    - it promises an outcome outright ("guaranteed", "or your money back", "clinically
      shown", "certified to…") and the positioning never uses that word, or
    - it is what the claim promises will change by a number ("revenue" in "expect your
      revenue to climb by a third", "occupancy" in "lifts occupancy by 15%") and the
      positioning promises no number for it (no pillar, fact or proof point promises a
      change of it, nor of anything within 0.65 of it), or
    - it is what the product is said to be ("Goodfolk is the volunteer scheduling app",
      "Parcelback: the all-in-one returns platform") and nothing the positioning says is
      within 0.65 of it: a category claim must be close to the positioning's own.
    The finding names the phrase, the closest approved phrase, the offering it resembles
    and the nearest pillar.

    Only claims can drift: greetings, sign-offs, calls to action, logistics, offers to help,
    questions, headings, table cells, a rep's small talk and a prospect's lines are never
    flagged, and neither are what the product does not do ("we don't do inventory") or
    sentences about other things (a customer's story, a person, a blog tip).

    Why: copy that promises what the positioning never says (a feature you don't have, a
    market you don't serve) is how marketing and sales drift apart. Whole-sentence
    similarity cannot see it, because off-message claims share the domain's words.

    Threshold: `threshold` (default 0.20) is a fraction of the span between how well
    unrelated phrases match your positioning (measured each run on a fixed neutral set) and
    a perfect match; raise it to be stricter. `rival_margin` (default 0.10) is how much
    nearer to another offering than to your positioning a phrase must be; raise it to be
    quieter. `offerings = ["payroll", "point of sale"]` adds what you know you do not sell
    (what customers ask for, what reps are tempted to promise) to the list.

    Example: "Kestrel also powers online ordering and delivery menus." when no pillar,
    fact or message speaks of ordering or menus.
    """
    alignment = analysis.alignment
    floor = alignment.concept_floor
    limit = floor + float(settings.options["threshold"]) * (1.0 - floor)
    margin = float(settings.options["rival_margin"])
    for sentence in analysis.sentences:
        found = off_message(alignment.concepts.get(sentence.index, ()), limit, margin)
        if found is None:
            continue
        off, rival = found
        pillar_id, similarity = alignment.nearest_pillar(sentence.index)
        pillar = analysis.positioning.pillar(pillar_id)
        if rival:
            why = (f"nearer to \u201c{off.rival}\u201d ({off.rival_similarity:.2f}), which the "
                   f"positioning does not offer, than to any approved phrase (closest "
                   f"\u201c{off.nearest}\u201d, {off.support:.2f})")
        elif off.outcome:
            why = "a result promised with a number, and the positioning promises no number for it"
            if off.support > 0:
                why += (f" (its nearest promise: \u201c{off.nearest}\u201d, similarity "
                        f"{off.support:.2f} < {SUPPORTED})")
        elif off.identity and off.support >= limit:
            why = (f"what the product is said to be, and the nearest the positioning comes is "
                   f"\u201c{off.nearest}\u201d, similarity {off.support:.2f} < {SUPPORTED}")
        elif off.concept in PROMISES:
            why = ("an outcome promised outright, and the positioning never says "
                   f"\u201c{off.concept}\u201d")
        else:
            why = (f"closest approved phrase \u201c{off.nearest}\u201d, similarity "
                   f"{off.support:.2f} < {limit:.2f}")
        yield settings.at(
            sentence,
            f"Off-message claim: \u201c{off.concept}\u201d is not something the positioning "
            f"says ({why}); nearest pillar '{pillar.name}' ({similarity:.2f})",
            concept=off.concept, concept_support=round(off.support, 3), outcome=off.outcome,
            identity=off.identity,
            closest_phrase=off.nearest, limit=round(limit, 3),
            resembles=off.rival if rival else None,
            resembles_similarity=round(off.rival_similarity, 3) if rival else None,
            nearest_pillar=pillar_id, pillar_similarity=round(similarity, 3),
            alignment=round(alignment.score(sentence.index), 1))


SUPPORTED = 0.65  # a phrase this close to an approved one is supported, whatever it resembles
SAME = 0.9  # a phrase this close to another offering is that offering, in any sentence
CONTEXT = 0.25  # else the sentence must be this close to the offering: "track" is not fitness


def off_message(supports: tuple[ConceptSupport, ...], limit: float,
                margin: float) -> tuple[ConceptSupport, bool] | None:
    """The phrase that takes a claim off-message and whether it is another offering's, or
    None. A single word far from the positioning is not enough ("story", "filter" are far
    from any positioning); a single word that is another offering is ("payroll")."""
    far = [s for s in supports if s.concept in PROMISES
           or (s.support < limit and len(s.concept.split()) >= 2)
           or (s.outcome and s.support < SUPPORTED)
           or (s.identity and s.support < SUPPORTED and len(s.concept.split()) >= 2)]
    if far:
        return far[0], False
    rivals = [s for s in supports if s.support < SUPPORTED
              and (s.rival_context >= CONTEXT or s.rival_similarity >= SAME)
              and s.rival_similarity - s.support >= margin]
    best = max(rivals, key=lambda s: s.rival_similarity - s.support, default=None)
    return None if best is None else (best, True)


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


@rule("drift.retired", "warning", similarity=0.55, margin=0.03)
def drift_retired(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """A sentence that repeats a retired message, word for word or paraphrased.

    What it does: looks for each `retired` message of the positioning, first word for word
    (whole words, any case, inside a longer sentence too), then by meaning, as
    claims.banned does: a sentence at cosine `similarity` (default 0.55) or more to the
    message, at least `margin` (default 0.03) closer to it than to anything the positioning
    approves now, and sharing the words of the message that the current positioning no
    longer uses (see `onmessage explain claims.banned`). The finding names the retired
    message, why it was retired, and the similarity.

    Why: an old slogan lives on in a follow-up template or an evergreen post long after the
    company moved on, and tells customers something the company no longer stands behind.

    Example: with `message: The free scheduling app for small cafés.` retired,
    "Kestrel is a free scheduling app made for small coffee shops like yours." is flagged.
    """
    retired = analysis.positioning.retired
    found: dict[int, tuple[int, float | None]] = {}
    if retired:
        matcher = PhraseMatcher([r.message.rstrip(".!?") for r in retired],
                                analysis.pipeline.nlp)
        for sentence in analysis.sentences:
            for match in matcher.find(sentence.span):
                found.setdefault(sentence.index, (match.phrase, None))
    for i, reference in enumerate(analysis.references.retired):
        for match in sentences_meaning(analysis, reference, float(settings.options["similarity"]),
                                       float(settings.options["margin"])):
            index = match.sentence.index
            previous = found.get(index)
            if previous is None or (previous[1] is not None and match.similarity > previous[1]):
                found[index] = (i, match.similarity)
    for index, (i, similarity) in sorted(found.items()):
        sentence, entry = analysis.sentences[index], retired[i]
        how = "repeats" if similarity is None else f"paraphrases (similarity {similarity:.2f})"
        why = f": {entry.reason}" if entry.reason else ""
        yield settings.at(
            sentence, f"{how.capitalize()} the retired message \u201c{entry.message}\u201d{why}",
            retired=entry.message, reason=entry.reason,
            similarity=None if similarity is None else round(similarity, 3))
