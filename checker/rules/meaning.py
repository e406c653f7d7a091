"""Sentences that mean a given message (a banned claim, a retired slogan) in other words.

Similarity alone cannot tell "Kestrel builds labor rules into every schedule" (approved)
from "Kestrel makes you compliant with every labor law" (banned): both share the domain.
So a sentence means the message only when it is
- close to it (`similarity`),
- closer to it than to anything the positioning approves, by `margin`,
- and, unless it is a near-verbatim repeat (0.90), shares at least a third of the words of
  the message that the current positioning never uses (the words that made it banned or
  retired: "small", "law"), or one of them when it is 0.20 closer to the message than to
  approved copy; an absolute promise counts as one such word when both make one
  ("eliminates all breakdowns" and "your trucks will never break down again" are the
  same overclaim). A message with no such word matches only near-verbatim, so a
  disclaimer on the same topic ("compliance stays with your school") is left alone.
Negation is not compared ("you can't break a labor law again" means "you are compliant"),
but a sentence that refuses to promise ("we can't promise you'll pass an inspection") is a
disclaimer, not the claim.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from checker.nlp.analysis import Analysis, Sentence
from checker.nlp.phrases import NEGATIVE_SUBJECTS
from checker.nlp.references import Reference
from checker.nlp.sentence_kind import CLAIM

NEAR_VERBATIM = 0.90  # this close, no shared word is needed
CLEAR_MARGIN = 0.20  # this much closer to the message than to approved copy: one word is enough
ABSOLUTE = "<absolute>"  # stands for any word of an absolute promise
ABSOLUTES = {"never", "always", "eliminate", "zero", "guarantee", "guaranteed", "again",
             "forever", "completely", "entirely", "totally", "fully", "100", "definitely",
             "certainly", "certain"}
CANDIDATE_KINDS = {CLAIM, "heading", "fragment", "cta"}
PROMISE_VERBS = {"promise", "guarantee", "claim", "pretend", "ensure", "say", "sell",
                 "warrant", "commit"}


@dataclass(frozen=True)
class MeaningMatch:
    sentence: Sentence
    similarity: float
    approved: float  # the sentence's best similarity to approved positioning language


def sentences_meaning(analysis: Analysis, reference: Reference, similarity: float,
                      margin: float) -> Iterator[MeaningMatch]:
    """Sentences of the corpus that say what `reference` says."""
    if not analysis.sentences:
        return
    sims = analysis.vectors @ reference.vector
    approved = analysis.alignment.support
    candidates = np.flatnonzero((sims >= similarity) & (sims - approved >= margin))
    if not len(candidates):
        return
    anchors = _distinctive_lemmas(analysis, reference.text) or {""}
    for index in candidates:
        sentence = analysis.sentences[int(index)]
        if sentence.kind not in CANDIDATE_KINDS:
            continue
        if disclaims(sentence.span):
            continue
        lemmas = _with_absolute({_lemma(t) for t in sentence.span})
        shared = len(lemmas & anchors)
        margin_here = sims[index] - approved[index]
        if sims[index] < NEAR_VERBATIM and 3 * shared < len(anchors) and not (
                shared and margin_here >= CLEAR_MARGIN):
            continue
        yield MeaningMatch(sentence, float(sims[index]), float(approved[index]))


def disclaims(span) -> bool:
    """A sentence that refuses to make a promise ("we can't promise you'll pass an
    inspection", "nobody can guarantee that") restates why a claim is banned."""
    return any(t.lemma_.lower() in PROMISE_VERBS and (
        any(c.dep_ == "neg" for c in t.children)
        or any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEGATIVE_SUBJECTS or any(
            g.dep_ == "det" and g.lower_ == "no" for g in c.children)) for c in t.children))
        for t in span)


def _distinctive_lemmas(analysis: Analysis, text: str) -> set[str]:
    """Content words of a message that the approved positioning never uses."""
    doc = analysis.pipeline.nlp(text)
    vocabulary = analysis.alignment.vocabulary_lemmas
    words = {_lemma(t) for t in doc if t.is_alpha and not t.is_stop
             and t.pos_ in ("NOUN", "VERB", "ADJ", "ADV", "PROPN", "")} - vocabulary
    return words | ({ABSOLUTE} & _with_absolute({_lemma(t) for t in doc}))


def _with_absolute(lemmas: set[str]) -> set[str]:
    return lemmas | {ABSOLUTE} if lemmas & ABSOLUTES else lemmas


def _lemma(token) -> str:
    return token.lemma_.lower() or token.lower_
