"""Which pillars each channel carries, and how much.

A claim carries a pillar when that pillar is its nearest and it scores at least `topical`
(0-100, the alignment scale) against it: a sentence that is off-message or only vaguely on
topic carries nothing. A channel's share of a pillar is the fraction of its carrying claims
that carry that pillar.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from checker.nlp.analysis import Analysis


@dataclass(frozen=True)
class ChannelCoverage:
    channel: str
    claims: int  # claim-bearing sentences in the channel
    counts: dict[str, int]  # pillar id -> claims that carry it

    @property
    def carrying(self) -> int:
        return sum(self.counts.values())

    def share(self, pillar: str) -> float:
        return self.counts.get(pillar, 0) / self.carrying if self.carrying else 0.0

    def shares(self) -> dict[str, float]:
        return {p: self.share(p) for p in self.counts}


def channel_coverage(analysis: Analysis, topical: float) -> dict[str, ChannelCoverage]:
    """Per channel (in name order), how many of its claims carry each pillar."""
    alignment = analysis.alignment
    pillars = alignment.pillar_ids
    claims: dict[str, list[int]] = {}
    for document in analysis.documents:
        claims.setdefault(document.channel, []).extend(
            s.index for s in analysis.sentences_of(document) if s.is_claim)
    result = {}
    for channel in sorted(claims):
        rows = claims[channel]
        counts = dict.fromkeys(pillars, 0)
        if rows:
            scores = alignment.calibration.score(alignment.by_pillar[rows])
            nearest = np.argmax(scores, axis=1)
            for row, column in zip(scores, nearest):
                if row[column] >= topical:
                    counts[pillars[column]] += 1
        result[channel] = ChannelCoverage(channel, len(rows), counts)
    return result


def divergence(a: ChannelCoverage, b: ChannelCoverage) -> float:
    """How differently two channels spread their claims over the pillars: the total
    variation distance of their shares, 0 (same emphasis) to 1 (no pillar in common)."""
    pillars = set(a.counts) | set(b.counts)
    return 0.5 * sum(abs(a.share(p) - b.share(p)) for p in pillars)
