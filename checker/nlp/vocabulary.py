"""The positioning's own words and phrases, and how well they support a claim's concepts.

Each concept of a claim (see checker.nlp.concepts) is looked for in the positioning by its
words first, then by meaning against every phrase of the pillars, facts, statement and
audiences, and compared with a background of other offerings (checker.nlp.offerings), so
that "payroll" reads as payroll, not as the approved "revenue" it is near.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.language import Language

from checker.nlp.concepts import Concept, concepts, lemma_of
from checker.nlp.embedder import Embedder
from checker.nlp.offerings import OFFERINGS

# An offering this close to a positioning phrase is the product's own business, not a rival.
COVERED = 0.6


@dataclass(frozen=True)
class ConceptSupport:
    """How well the positioning supports one concept of a claim, and what else it resembles."""

    concept: str
    support: float  # cosine to the nearest positioning phrase
    nearest: str
    rival: str = ""  # the nearest offering the positioning does not cover
    rival_similarity: float = 0.0
    rival_context: float = 0.0  # how close the whole sentence is to that offering
    outcome: bool = False  # a result the claim promises with a number
    identity: bool = False  # what the product is said to be


def _stem(word: str) -> str:
    """Enough of a word to tell "trial" and "trials", "track" and "tracking" apart from others."""
    return word.lower()[:5]


def initialisms(text: str) -> set[str]:
    """Acronyms a phrase can go by: "general manager" -> "gm", "point of sale" -> "pos"."""
    words = re.findall(r"[A-Za-z]+", text)
    found = set()
    for size in (2, 3, 4):
        for i in range(len(words) - size + 1):
            window = words[i:i + size]
            found.add("".join(w[0] for w in window).lower())
            found.add("".join(w[0] for w in window if w.lower() not in ("of", "and", "the"))
                      .lower())
    return found


class PositioningVocabulary:
    """The positioning's own words and phrases, parsed and embedded once."""

    def __init__(self, texts: list[str], nlp: Language, embedder: Embedder,
                 names: set[str], not_offered: Sequence[str] = ()) -> None:
        """`not_offered`: what the project says it does not sell, on top of the list of
        other offerings; those are kept even when the positioning's words come close."""
        self.names = names
        self.lemmas: set[str] = set()
        self.units: list[set[str]] = []  # the words of each approved text, apart
        self.promised: list[frozenset[str]] = []  # what each text promises a number for
        phrases: set[str] = set()
        for doc in nlp.pipe(texts):
            found_concepts = concepts(doc[:], names, heads=False)
            self.promised.append(frozenset().union(*(c.lemmas for c in found_concepts
                                                     if c.outcome)))
            found = {c.text for c in found_concepts}
            short = {doc.text} if len(doc) <= 4 else set()
            words = {lemma_of(t) for t in doc if t.is_alpha}
            self.lemmas |= words
            self.units.append(words | {a for p in found | short for a in initialisms(p)})
            self.lemmas |= {a for phrase in found | short for a in initialisms(phrase)}
            phrases |= found
        self.phrases = sorted(phrases) + list(texts)
        self.vectors = embedder.embed(self.phrases)
        # Only a text that promises a number can back a result promised with one.
        first_text = len(self.phrases) - len(texts)
        self.unbacked = np.ones(len(self.phrases), dtype=bool)
        self.unbacked[[first_text + i for i, p in enumerate(self.promised) if p]] = False
        self.embedder = embedder
        others = list(OFFERINGS) + [o for o in not_offered if o not in OFFERINGS]
        offered = embedder.embed(others)
        covered = (offered @ self.vectors.T).max(axis=1) >= COVERED
        covered[len(OFFERINGS):] = False
        self.rivals = [o for o, c in zip(others, covered) if not c]
        self.rival_vectors = offered[~covered]
        # A word alone is not an offering it only ends: "trial" is not "clinical trials",
        # nor "booking" "travel booking"; their first word says what they are.
        self.headed_by: dict[str, list[int]] = {}
        for k, rival in enumerate(self.rivals):
            if " " in rival:
                self.headed_by.setdefault(_stem(rival.split()[-1]), []).append(k)

    def says(self, concept: Concept) -> bool:
        """The positioning uses these words, together: "property management system" is not
        approved because one text says "property" and another "management"."""
        if concept.outcome:  # a number promised for it: the positioning must promise one too
            return any(concept.lemmas <= promised for promised in self.promised)
        if len(concept.lemmas) == 1:
            return concept.lemmas <= self.lemmas
        return any(concept.lemmas <= unit for unit in self.units)

    def support(self, claims: list[list[Concept]],
                contexts: np.ndarray | None = None) -> list[tuple[ConceptSupport, ...]]:
        """For each claim, its concepts the positioning's words do not cover, each with its
        nearest positioning phrase and its nearest other offering, least supported first.
        `contexts` are the claims' sentence vectors: they tell "payroll" in "we run payroll
        too" from "track" in "keeps track of your deadlines"."""
        unmatched = [[c for c in cs if not self.says(c)] for cs in claims]
        keys = sorted({(c.text, c.outcome) for cs in unmatched for c in cs})
        if not keys:
            return [()] * len(claims)
        texts = [text for text, _ in keys]
        vectors = self.embedder.embed(texts)
        sims = vectors @ self.vectors.T
        rivals = vectors @ self.rival_vectors.T if self.rivals else None
        found = {}
        for i, (text, outcome) in enumerate(keys):
            if outcome:
                sims[i, self.unbacked] = 0.0
            j = int(sims[i].argmax())
            if rivals is not None and " " not in text:
                rivals[i, self.headed_by.get(_stem(text), [])] = -1.0
            k = int(rivals[i].argmax()) if rivals is not None else -1
            nearest = self.phrases[j] if sims[i, j] > 0 else ""  # nothing promises a number
            found[text, outcome] = (max(float(sims[i, j]), 0.0), nearest, k,
                                    float(rivals[i, k]) if k >= 0 else 0.0)
        result = []
        for n, cs in enumerate(unmatched):
            supports = []
            for c in cs:
                support, nearest, k, rival = found[c.text, c.outcome]
                context = (float(contexts[n] @ self.rival_vectors[k])
                           if k >= 0 and contexts is not None else 0.0)
                supports.append(ConceptSupport(c.text, support, nearest,
                                               self.rivals[k] if k >= 0 else "", rival, context,
                                               c.outcome, c.identity))
            result.append(tuple(sorted(supports, key=lambda s: s.support)))
        return result


def neutral_support(vocabulary: PositioningVocabulary, nlp: Language,
                    sentences: tuple[str, ...]) -> float:
    """How well unrelated phrases match this positioning: the floor of concept support."""
    claims = [concepts(doc[:], vocabulary.names) for doc in nlp.pipe(sentences)]
    values = [s[0].support for s in vocabulary.support(claims) if s]
    return float(np.median(values)) if values else 0.2
