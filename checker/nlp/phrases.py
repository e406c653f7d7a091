"""Literal phrases found in parsed sentences: whole words, any case, any inflection.

Banned phrases, replaced terms and words to avoid are lists a marketer writes: "guaranteed
labor savings" must also catch "Guaranteed Labor Savings" and "guarantees labor savings",
"cutting-edge" must catch "cutting edge", and "TAM" must not fire inside "TAMPA". So words
are compared token by token, as their lower-case form or their lemma, and hyphens between
words are optional. A proper name ("KShifts") is compared as written.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Span, Token

HYPHENS = {"-", "\u2010", "\u2011"}


@dataclass(frozen=True)
class PhraseMatch:
    phrase: int  # index into the phrases the matcher was built with
    start: int  # character offsets in the parsed text (span.doc)
    end: int


@dataclass(frozen=True)
class _Pattern:
    words: tuple[tuple[str, str], ...]  # (form as written or lower-cased, lemma) per word
    exact: bool  # a proper name: compared as written, no inflections


class PhraseMatcher:
    """Finds any of a list of phrases in a sentence."""

    def __init__(self, phrases: Sequence[str], nlp: Language,
                 exact: Sequence[bool] | None = None) -> None:
        exact = list(exact) if exact is not None else [False] * len(phrases)
        self.patterns: list[_Pattern] = []
        for doc, as_written in zip(nlp.pipe(list(phrases)), exact):
            tokens = [t for t in doc if t.text not in HYPHENS]
            words = tuple((t.text if as_written else t.lower_, _lemma(t)) for t in tokens)
            self.patterns.append(_Pattern(words, as_written))
        self._by_first: dict[str, list[int]] = {}
        for index, pattern in enumerate(self.patterns):
            if pattern.words:
                self._by_first.setdefault(pattern.words[0][0].lower(), []).append(index)
                self._by_first.setdefault(pattern.words[0][1], []).append(index)

    def find(self, span: Span) -> Iterator[PhraseMatch]:
        """Every phrase occurrence in the span, longest first where two start together."""
        tokens = [t for t in span if t.text not in HYPHENS]
        for i, token in enumerate(tokens):
            word = token.lower_
            candidates = {k for key in (word, _lemma(token), word[:-1], word[:-2])
                          for k in self._by_first.get(key, ())}
            for index in sorted(candidates, key=lambda k: -len(self.patterns[k].words)):
                pattern = self.patterns[index]
                window = tokens[i:i + len(pattern.words)]
                if len(window) == len(pattern.words) and all(
                        _same_word(t, w, pattern.exact) for t, w in zip(window, pattern.words)):
                    yield PhraseMatch(index, window[0].idx, window[-1].idx + len(window[-1]))


def _same_word(token: Token, word: tuple[str, str], exact: bool) -> bool:
    form, lemma = word
    if exact:
        return token.text == form
    if token.lower_ == form or _plural_of(token.lower_, form):
        return True
    if token.lower_ == form + "ly":
        return not _discourse_marker(token)  # "seamlessly" for "seamless", not "Ultimately,"
    # An inflection shares the lemma and starts the same way ("guarantees", "guaranteed");
    # the prefix test keeps suppletive lemmas apart ("best" and "good" share one).
    return _lemma(token) == lemma and token.lower_[:2] == form[:2]


def _discourse_marker(token: Token) -> bool:
    """A sentence-opening adverb set off by a comma ("Ultimately, …") comments on the
    sentence; it is not the adjective's hype."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.is_sent_start and following is not None and following.text == ","


def _negative_subject(subject: Token) -> bool:
    return subject.lower_ in NEGATIVE_SUBJECTS or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _plural_of(word: str, form: str) -> bool:
    """A plain plural ("Lists" for "list"): capitalised words are tagged as names and get
    no lemma, so their plural is caught here."""
    return word in (form + "s", form + "es")


def _lemma(token: Token) -> str:
    """The lemma, or a crude stem when the pipeline has no lemmatizer (blank English)."""
    if token.lemma_:
        return token.lemma_.lower()
    word = token.lower_
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


NEGATORS = {"no", "not", "never", "without", "n't", "zero", "nor"}
NEGATIVE_SUBJECTS = {"nobody", "nothing", "none", "noone", "no-one"}


def negated_at(span: Span, start: int, end: int) -> bool:
    """Whether the phrase at these offsets is negated where it stands: "we never promise
    guaranteed savings", "there is no set-it-and-forget-it". The search climbs from the
    phrase to the first verb above it, so a "not" in another clause does not count."""
    inside = [t for t in span if start <= t.idx < end]
    if not inside:
        return False
    head = next((t for t in inside if not start <= t.head.idx < end or t.head == t), inside[0])
    for token in [head, *head.ancestors]:
        if token not in inside and token.lower_ in ("never", "without"):
            return True
        if any(c.lower_ in NEGATORS and c not in inside
               and c.dep_ in ("neg", "det", "advmod", "prep", "preconj") for c in token.children):
            return True
        if any(_negative_subject(c) for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
            return True  # "Nobody can sell you zero waste", "No tool can promise it"
        if token.pos_ in ("VERB", "AUX") and token is not head:
            return False
    return False
