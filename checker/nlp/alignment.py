"""How close each sentence is to the positioning, on a scale calibrated by the positioning.

Raw cosine similarities mean different things for different positionings and models, so
they are put on a 0-100 scale between two anchors measured in the same run:
- `off`: how close sentences about unrelated things come to these pillars (the median best
  similarity of a fixed set of neutral sentences);
- `on`: how close the positioning's own approved language comes to the rest of itself (the
  median best similarity of each message and proof point to the other pillar texts).
A sentence at `off` scores 0, one at `on` scores 100. Thresholds are fractions of that span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from checker.nlp.embedder import Embedder
from checker.nlp.vocabulary import ConceptSupport
from checker.positioning import Positioning

NEUTRAL = (
    "The museum is closed on public holidays.",
    "Add the eggs one at a time and whisk until smooth.",
    "The striker scored twice in the second half.",
    "Heavy rain is expected across the north tomorrow.",
    "The hotel has a rooftop pool and a spa.",
    "Our choir rehearses every Thursday evening.",
    "The novel follows three sisters growing up in Lisbon.",
    "Water the plants twice a week during the summer.",
    "The train to the airport leaves every fifteen minutes.",
    "She adopted a rescue dog from the local shelter.",
    "The bridge was completed in 1932 after six years of work.",
    "Children under five travel free on the ferry.",
    "The festival features local bands and food trucks.",
    "Mix the paint thoroughly before applying the first coat.",
    "The telescope can see galaxies millions of light years away.",
    "Our bakery uses flour from a nearby mill.",
    "The hiking trail climbs steeply for the first two miles.",
    "The orchestra will perform Beethoven's ninth symphony.",
    "Vaccinations are recommended before travelling abroad.",
    "The apartment has two bedrooms and a small balcony.",
)


@dataclass(frozen=True)
class Unit:
    """One approved text of the positioning: a sentence of a description, a message, a proof."""

    pillar: str | None  # None for the positioning statement and the facts
    kind: str  # "description", "message", "proof", "statement", "fact"
    text: str


@dataclass(frozen=True)
class Calibration:
    off: float
    on: float

    def score(self, similarity: np.ndarray | float) -> np.ndarray:
        """0-100: where a similarity falls between unrelated (0) and approved language (100)."""
        span = max(self.on - self.off, 1e-6)
        return np.clip((np.asarray(similarity) - self.off) / span, 0.0, 1.0) * 100.0


@dataclass(eq=False)
class Alignment:
    units: tuple[Unit, ...]
    pillar_ids: tuple[str, ...]
    calibration: Calibration
    by_pillar: np.ndarray  # sentences x pillars: best similarity to each pillar's units
    support: np.ndarray  # per sentence: best similarity to any unit, statement included
    concepts: dict[int, tuple[ConceptSupport, ...]] = field(default_factory=dict)  # per claim
    concept_floor: float = 0.2  # how well unrelated phrases match the positioning
    vocabulary_lemmas: frozenset[str] = frozenset()  # every word the positioning approves

    def nearest_pillar(self, index: int) -> tuple[str, float]:
        column = int(np.argmax(self.by_pillar[index]))
        return self.pillar_ids[column], float(self.by_pillar[index, column])

    def score(self, index: int) -> float:
        return float(self.calibration.score(self.support[index]))


def positioning_units(positioning: Positioning) -> tuple[Unit, ...]:
    units: list[Unit] = []
    for pillar in positioning.pillars:
        units += [Unit(pillar.id, "description", s) for s in split_sentences(pillar.description)]
        units += [Unit(pillar.id, "message", m) for m in pillar.messages]
        units += [Unit(pillar.id, "proof", p) for p in pillar.proof]
    units += [Unit(None, "statement", s) for s in split_sentences(positioning.statement)]
    units += [Unit(None, "fact", f"{f.about}: {f.value}") for f in positioning.facts]
    return tuple(units)


def align(vectors: np.ndarray, positioning: Positioning, embedder: Embedder) -> Alignment:
    units = positioning_units(positioning)
    unit_vectors = embedder.embed([u.text for u in units])
    pillar_ids = tuple(p.id for p in positioning.pillars)
    calibration = calibrate(units, unit_vectors, embedder.embed(list(NEUTRAL)))
    sims = vectors @ unit_vectors.T if len(vectors) else np.zeros((0, len(units)))
    by_pillar = np.stack([
        sims[:, [i for i, u in enumerate(units) if u.pillar == pid]].max(axis=1)
        for pid in pillar_ids], axis=1) if len(vectors) else np.zeros((0, len(pillar_ids)))
    support = sims.max(axis=1) if len(vectors) else np.zeros(0)
    return Alignment(units, pillar_ids, calibration, by_pillar, support)


def calibrate(units: tuple[Unit, ...], unit_vectors: np.ndarray,
              neutral_vectors: np.ndarray) -> Calibration:
    """The two anchors of the 0-100 scale, from the positioning's own language."""
    sims = unit_vectors @ unit_vectors.T
    np.fill_diagonal(sims, -1.0)
    approved = [i for i, u in enumerate(units) if u.kind in ("message", "proof")]
    if len(approved) < 2:
        approved = list(range(len(units)))
    on = float(np.median(sims[approved].max(axis=1))) if len(units) > 1 else 0.6
    off = float(np.median((neutral_vectors @ unit_vectors.T).max(axis=1)))
    return Calibration(off=off, on=max(on, off + 0.1))


def split_sentences(text: str) -> list[str]:
    """A description's sentences: positioning prose is plain, so punctuation is enough."""
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
