"""Banned claims: what the organisation never says, word for word or in other words."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Finding
from checker.nlp.analysis import Analysis
from checker.nlp.phrases import PhraseMatcher, negated_at
from checker.rules import Settings, rule
from checker.rules.meaning import sentences_meaning

NOT_THE_AUTHOR = {"prospect"}  # a prospect's line in a call script is not our claim


@rule("claims.banned", "error", similarity=0.55, margin=0.03)
def claims_banned(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """A banned phrase, or a sentence that means a banned claim.

    What it does: finds each `banned` entry of the positioning in the copy.
    - A `phrase` is matched word for word: whole words, any case, any inflection, hyphens
      optional ("guaranteed labor savings" also catches "Guaranteed Labor Savings" and
      "guarantees labor savings").
    - A `claim` is matched by meaning: a sentence at cosine `similarity` (default 0.55) or
      more to the claim, at least `margin` (default 0.03) closer to it than to anything the
      positioning approves, and sharing a third of the claim's words that the positioning
      never uses (one is enough when the sentence is 0.20 closer to the claim than to
      approved copy; an absolute promise such as "never … again" counts as one; none is
      needed at 0.90 and above). The finding gives both similarities.
    A negated use ("we never promise guaranteed labor savings"), a disclaimer ("we can't
    promise you'll pass every inspection") and a prospect's own line in a call script are
    not flagged.

    Tip: a `phrase` is matched only as written. To catch an idea in other words, write it as
    a `claim`: a whole sentence that names the product ("Kestrel Shifts guarantees that you
    make your money back." is at 0.91 to "You are certain to get your money back with
    Kestrel Shifts."; the bare phrase "guaranteed ROI" is at 0.25 to "You will definitely
    make your money back.", too far for any threshold).

    Why: banned claims are the ones Legal or leadership ruled out: promises the company
    cannot keep, comparisons it cannot prove. One in a published asset is a liability.

    Example: with `claim: Kestrel Shifts makes you fully compliant with every labor law.`,
    "Once your rules are set up, you simply can't break a labor law again." is flagged.
    """
    banned = analysis.positioning.banned
    phrases = [(i, b.phrase) for i, b in enumerate(banned) if b.phrase]
    flagged: set[int] = set()
    if phrases:
        matcher = PhraseMatcher([p for _, p in phrases], analysis.pipeline.nlp)
        for sentence in analysis.sentences:
            if sentence.kind in NOT_THE_AUTHOR:
                continue
            for match in matcher.find(sentence.span):
                if negated_at(sentence.span, match.start, match.end):
                    continue
                entry = banned[phrases[match.phrase][0]]
                start = sentence.block.start + match.start
                flagged.add(sentence.index)
                yield settings.finding(
                    f"Banned phrase \u201c{entry.phrase}\u201d: {_why(entry)}",
                    sentence.location(start, sentence.block.start + match.end),
                    sentence.document.channel, banned=entry.phrase, reason=entry.reason,
                    sentence=sentence.text)
    best: dict[int, tuple[float, int, float]] = {}
    for i, reference in analysis.references.banned.items():
        for match in sentences_meaning(analysis, reference, float(settings.options["similarity"]),
                                       float(settings.options["margin"])):
            index = match.sentence.index
            if index not in flagged and match.similarity > best.get(index, (0.0,))[0]:
                best[index] = (match.similarity, i, match.approved)
    for index, (similarity, i, approved) in sorted(best.items()):
        sentence, entry = analysis.sentences[index], banned[i]
        yield settings.at(
            sentence,
            f"Means the banned claim \u201c{entry.claim}\u201d (similarity {similarity:.2f}; "
            f"closest approved language {approved:.2f}): {_why(entry)}",
            banned=entry.claim, reason=entry.reason, similarity=round(similarity, 3),
            approved_similarity=round(approved, 3))


def _why(entry) -> str:
    return entry.reason or "the positioning bans it"
