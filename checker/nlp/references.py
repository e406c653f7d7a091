"""The positioning's guardrail texts, parsed and embedded once for the rules that read meaning.

Banned claims, retired messages and audiences are compared with every sentence of the
corpus; embedding them here, in the analysis stage, keeps the rules pure functions that
load and embed nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from checker.nlp.alignment import split_sentences
from checker.nlp.embedder import Embedder
from checker.positioning import Positioning


@dataclass(frozen=True)
class Reference:
    """One text sentences are compared with by meaning."""

    text: str
    vector: np.ndarray


@dataclass(frozen=True)
class AudienceProfile:
    """What an audience does, one sentence a row: "Builds the weekly schedule…"."""

    id: str
    name: str
    vectors: np.ndarray


@dataclass(frozen=True)
class References:
    banned: dict[int, Reference]  # index into positioning.banned -> its claim (by meaning)
    retired: tuple[Reference, ...]  # aligned with positioning.retired
    audiences: tuple[AudienceProfile, ...]


def build_references(positioning: Positioning, embedder: Embedder) -> References:
    claims = {i: b.claim for i, b in enumerate(positioning.banned) if b.claim}
    retired = [r.message for r in positioning.retired]
    audience_texts = [[a.name, *split_sentences(a.description)] for a in positioning.audiences]
    texts = [*claims.values(), *retired, *(t for ts in audience_texts for t in ts)]
    if not texts:
        return References({}, (), ())
    vectors = embedder.embed(texts)
    references = [Reference(t, vectors[i])
                  for i, t in enumerate(texts[:len(claims) + len(retired)])]
    profiles, row = [], len(claims) + len(retired)
    for audience, own in zip(positioning.audiences, audience_texts):
        profiles.append(AudienceProfile(audience.id, audience.name,
                                        vectors[row:row + len(own)]))
        row += len(own)
    return References(dict(zip(claims, references[:len(claims)])),
                      tuple(references[len(claims):]), tuple(profiles))

