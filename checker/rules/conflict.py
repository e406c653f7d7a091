"""Conflicts: two assets that disagree with each other about the same thing."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from checker.findings import SEVERITIES, Finding, Related
from checker.nlp.analysis import Analysis, Sentence
from checker.nlp.claims import Claim, negated_statement
from checker.nlp.pairs import similar_pairs
from checker.rules import Settings, rule
from checker.rules.facts import fact_label

SUBJECT_SIMILARITY = 0.80  # two clauses without a fact speak of the same thing
STATEMENT_SIMILARITY = 0.85  # two sentences make the same statement, polarity aside
NLI_CONTRADICTION = 0.5


@rule("conflict.value", "error")
def conflict_value(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """Two assets state different values for the same thing.

    What it does: groups the numbers of the corpus by what they are about (the approved fact
    their clause matches, or, without a fact, clauses that mean the same and share a noun)
    and flags a value that disagrees with another asset's, after normalisation. With a fact,
    the claims that disagree with it are flagged and point at the assets that agree.

    Severity: as set (default error) when the two assets are in different channels, one
    level lower when both are in the same channel.

    Example: the ad says "14-day free trial", the call script says "a 30-day trial".
    """
    groups = _groups([c for c in analysis.claims if c.quantity is not None], analysis)
    for group in groups:
        for claim, others in _disagreements(group, analysis):
            yield _finding(analysis, settings, claim, others,
                           f"{fact_label(claim)}: {claim.describe()} here, "
                           f"{others[0].describe()} in {_where(analysis, others[0])}")


@rule("conflict.polarity", "error")
def conflict_polarity(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """Two assets say the same thing with opposite polarity.

    What it does: finds yes/no statements about the same fact ("No credit card required"
    against "I'll just need a card to get your trial started") and pairs of sentences in
    different assets that make the same statement, one negated and one not. When the config
    names a local NLI cross-encoder (`[nlp] nli_model`), the pairs that share a subject are
    also scored by it and its contradictions are reported with the model's score.

    Severity: as set (default error) across channels, one level lower inside one.
    """
    groups = _groups([c for c in analysis.claims if c.polarity is not None], analysis)
    seen: set[tuple[int, int]] = set()
    for group in groups:
        for claim, others in _disagreements(group, analysis):
            seen |= {_pair(claim.sentence_index, o.sentence_index) for o in others}
            yield _finding(analysis, settings, claim, others,
                           f"{fact_label(claim)}: '{claim.describe()}' here, "
                           f"'{others[0].describe()}' in {_where(analysis, others[0])}")
    for first, second in _opposite_statements(analysis):
        if _pair(first.index, second.index) not in seen:
            seen.add(_pair(first.index, second.index))
            yield _sentence_finding(settings, first, second, "The same statement is negated "
                                    f"in one asset and not the other ({second.document.path}:"
                                    f"{second.location().line})", similarity=round(float(
                                        analysis.vectors[first.index] @
                                        analysis.vectors[second.index]), 3))
    for (i, j), verdict in sorted(analysis.nli_verdicts.items()):
        if verdict.label == "contradiction" and verdict.contradiction >= NLI_CONTRADICTION \
                and (i, j) not in seen:
            first, second = analysis.sentences[j], analysis.sentences[i]
            yield _sentence_finding(settings, first, second,
                                    f"The NLI model reads this as contradicting "
                                    f"{second.document.path}:{second.location().line} "
                                    f"(contradiction {verdict.contradiction:.2f})",
                                    nli_contradiction=round(verdict.contradiction, 3))


def _groups(claims: list[Claim], analysis: Analysis) -> list[list[Claim]]:
    """Claims about the same thing: by fact, else by a clause that means the same."""
    by_fact: dict[str, list[Claim]] = {}
    row = {id(c): i for i, c in enumerate(analysis.claims)}
    loose = []
    for claim in claims:
        if claim.fact is not None:
            by_fact.setdefault(claim.fact.fact.id, []).append(claim)
        else:
            loose.append(claim)
    groups = list(by_fact.values())
    if loose:
        vectors = analysis.claim_vectors[[row[id(c)] for c in loose]]
        parent = list(range(len(loose)))

        def root(i: int) -> int:
            while parent[i] != i:
                i = parent[i]
            return i

        documents = np.array([id(analysis.sentences[c.sentence_index].document) for c in loose])
        for i, j in similar_pairs(vectors, SUBJECT_SIMILARITY, documents):
            if _same_subject(loose[i], loose[j]):
                parent[root(j)] = root(i)
        clusters: dict[int, list[Claim]] = {}
        for i, claim in enumerate(loose):
            clusters.setdefault(root(i), []).append(claim)
        groups += [c for c in clusters.values() if len(c) > 1]
    return groups


def _same_subject(a: Claim, b: Claim) -> bool:
    comparable = (a.quantity.agrees(b.quantity) is not None if a.quantity and b.quantity
                  else a.polarity is not None and b.polarity is not None)
    return comparable and bool(a.nouns & b.nouns)


def _disagreements(group: list[Claim], analysis: Analysis):
    """Each claim that disagrees with another asset, with the assets it disagrees with.
    With a fact, only the claims that contradict it are reported."""
    def document(c: Claim):
        return analysis.sentences[c.sentence_index].document

    def disagree(a: Claim, b: Claim) -> bool:
        if a.quantity is not None and b.quantity is not None:
            return a.quantity.agrees(b.quantity) is False
        return a.polarity != b.polarity

    fact = group[0].fact
    for claim in sorted(group, key=lambda c: (document(c).path, c.start)):
        if fact is not None and not claim.disagrees_with_fact():
            continue
        others = [o for o in group if document(o) is not document(claim) and disagree(claim, o)]
        if fact is not None:
            others = [o for o in others if not o.disagrees_with_fact()] or others
        else:
            others = [o for o in others if (document(o).path, o.start) <
                      (document(claim).path, claim.start)]
        if others:
            others.sort(key=lambda o: (document(o).channel == document(claim).channel,
                                       document(o).path, o.start))
            yield claim, others[:3]


def _finding(analysis: Analysis, settings: Settings, claim: Claim, others: list[Claim],
             message: str) -> Finding:
    sentence = analysis.sentences[claim.sentence_index]
    related = [_related(analysis, o) for o in others]
    channels = {analysis.sentences[o.sentence_index].document.channel for o in others}
    severity = settings.severity if channels - {sentence.document.channel} else _lower(
        settings.severity)
    return settings.finding(
        message, sentence.location(claim.start, claim.end), sentence.document.channel,
        related, severity, value=claim.describe(), other_values=[o.describe() for o in others],
        subject=claim.context, fact=claim.fact.fact.id if claim.fact else None,
        sentence=sentence.text)


def _sentence_finding(settings: Settings, first: Sentence, second: Sentence, message: str,
                      **evidence) -> Finding:
    severity = (settings.severity if first.document.channel != second.document.channel
                else _lower(settings.severity))
    location = second.location()
    return settings.at(first, message, [Related(location.path, location.line, location.column,
                                                second.text)], severity, **evidence)


def _opposite_statements(analysis: Analysis) -> Iterator[tuple[Sentence, Sentence]]:
    """Claims in different assets that say the same thing, one negated and one not."""
    claims = [s for s in analysis.sentences if s.is_claim]
    if len(claims) < 2:
        return
    vectors = analysis.vectors[[s.index for s in claims]]
    negated = np.array([negated_statement(s.span) for s in claims])
    documents = np.array([id(s.document) for s in claims])
    words = [{t.lemma_.lower() for t in s.span if t.is_alpha and not t.is_stop} for s in claims]
    for i, j in similar_pairs(vectors, STATEMENT_SIMILARITY, documents, negated):
        a, b = claims[i], claims[j]
        if len(words[i] & words[j]) >= 2:
            yield (b, a) if (b.document.path, b.start) > (a.document.path, a.start) else (a, b)


def _related(analysis: Analysis, claim: Claim) -> Related:
    sentence = analysis.sentences[claim.sentence_index]
    location = sentence.location(claim.start, claim.end)
    return Related(location.path, location.line, location.column, sentence.text,
                   location.excerpt)


def _where(analysis: Analysis, claim: Claim) -> str:
    location = analysis.sentences[claim.sentence_index].location(claim.start, claim.end)
    return f"{location.path}:{location.line}"


def _lower(severity: str) -> str:
    return SEVERITIES[max(0, SEVERITIES.index(severity) - 1)]


def _pair(i: int, j: int) -> tuple[int, int]:
    return (min(i, j), max(i, j))
