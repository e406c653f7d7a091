"""Coverage: which pillars each channel carries, and whether the channels tell one story."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from checker.findings import Finding, Location
from checker.nlp.analysis import Analysis
from checker.nlp.coverage import ChannelCoverage, channel_coverage, divergence
from checker.rules import Settings, rule

TOPICAL = 60.0  # 0-100: a claim this close to a pillar plainly carries it


@rule("coverage.pillar", "warning", topical=TOPICAL, min_share=0.05, min_claims=10)
def coverage_pillar(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """A pillar that a whole channel never carries.

    What it does: gives each claim-bearing sentence to its nearest pillar when it scores at
    least `topical` (default 60 on the 0-100 alignment scale) against it, counts per channel,
    and flags each pillar that gets less than `min_share` (default 0.05, i.e. 5%) of a
    channel's carrying claims. Channels with fewer than `min_claims` carrying claims
    (default 10) are too small to judge. The finding points at the pillar in the
    positioning file and gives every channel's count.

    Why: a pillar marketing leads with and sales never mentions is a promise the customer
    hears once and never again; a pillar no channel carries is not a pillar.

    Example: sales scripts that talk about scheduling and swaps, but never about the time
    clock, breaks or fair-workweek rules of the compliance pillar.
    """
    coverage = channel_coverage(analysis, float(settings.options["topical"]))
    judged = [c for c in coverage.values() if c.carrying >= int(settings.options["min_claims"])]
    limit = float(settings.options["min_share"])
    for pillar in analysis.positioning.pillars:
        for channel in judged:
            if channel.share(pillar.id) >= limit:
                continue
            others = "; ".join(_count(c, pillar.id) for c in coverage.values()
                               if c is not channel)
            yield settings.finding(
                f"The {channel.channel} channel "
                f"{'never' if not channel.counts.get(pillar.id) else 'hardly ever'} carries "
                f"the pillar '{pillar.name}': "
                f"{_count(channel, pillar.id)}" + (f" (elsewhere: {others})" if others else ""),
                _at(analysis, pillar.line, f"id: {pillar.id}"), channel.channel,
                pillar=pillar.id, share=round(channel.share(pillar.id), 3),
                min_share=limit, coverage=_evidence(coverage))


@rule("coverage.divergence", "warning", threshold=0.25, topical=TOPICAL, min_claims=10)
def coverage_divergence(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """Marketing and sales emphasise different pillars.

    What it does: measures how each channel spreads its claims over the pillars (as in
    coverage.pillar) and compares every two channels with enough claims (`min_claims`,
    default 10). The divergence is the share of claims that would have to move to a
    different pillar for the two channels to match: 0 is the same emphasis, 1 no pillar in
    common. Above `threshold` (default 0.25) it is flagged, naming what each channel
    leads with.

    Why: when marketing sells one thing and sales pitches another, the customer buys a
    product that the first conversation after the click does not describe.

    Example: marketing leads with labor cost (34% of its claims), sales with shift swaps
    (54%) and hardly mentions labor cost: divergence 0.39.
    """
    coverage = channel_coverage(analysis, float(settings.options["topical"]))
    judged = [c for c in coverage.values() if c.carrying >= int(settings.options["min_claims"])]
    limit = float(settings.options["threshold"])
    names = {p.id: p.name for p in analysis.positioning.pillars}
    for a, b in combinations(judged, 2):
        value = divergence(a, b)
        if value <= limit:
            continue
        lead_a, lead_b = _lead(a), _lead(b)
        yield settings.finding(
            f"{a.channel.capitalize()} and {b.channel} emphasise different pillars "
            f"(divergence {value:.2f} > {limit:.2f}): {a.channel} leads with "
            f"'{names[lead_a]}' ({a.share(lead_a):.0%}), {b.channel} with '{names[lead_b]}' "
            f"({b.share(lead_b):.0%}); " + _gaps(a, b, names),
            _at(analysis, analysis.positioning.pillars_line, "pillars:"), a.channel,
            divergence=round(value, 3), threshold=limit, channels=[a.channel, b.channel],
            coverage=_evidence(coverage))


def _lead(channel: ChannelCoverage) -> str:
    return max(channel.counts, key=lambda p: (channel.counts[p], p))


def _gaps(a: ChannelCoverage, b: ChannelCoverage, names: dict[str, str]) -> str:
    """The pillar the two channels differ on most (on a tie, the one a channel neglects)."""
    pillar = max(names, key=lambda p: (round(abs(a.share(p) - b.share(p)), 6),
                                       -min(a.share(p), b.share(p))))
    return (f"the widest gap is '{names[pillar]}' ({a.channel} {a.share(pillar):.0%}, "
            f"{b.channel} {b.share(pillar):.0%})")


def _count(channel: ChannelCoverage, pillar: str) -> str:
    return (f"{channel.channel} {channel.counts.get(pillar, 0)} of {channel.carrying} "
            f"on-message claims ({channel.share(pillar):.0%})")


def _evidence(coverage: dict[str, ChannelCoverage]) -> dict[str, dict[str, int]]:
    return {c.channel: dict(c.counts) for c in coverage.values()}


def _at(analysis: Analysis, line: int, excerpt: str) -> Location:
    """A project-level finding points at the positioning file."""
    return Location(analysis.positioning_path, line or 1, 1, line or 1, 1 + len(excerpt),
                    excerpt)
