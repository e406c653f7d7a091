"""Audience: copy written for another persona than the one its front matter declares."""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from checker.findings import Finding, Location
from checker.nlp.analysis import Analysis, Sentence
from checker.nlp.references import AudienceProfile
from checker.rules import Settings, rule

READER = {"you", "you're", "you'll", "you've", "you'd", "u"}
NOT_ADDRESSED = {"greeting", "signoff", "logistics", "metadata", "cta", "prospect", "offer"}
VOTE_SIMILARITY = 0.30  # one sentence this close to an audience's work speaks to it…
VOTE_MARGIN = 0.05  # …when it is this much closer to it than to any other audience


@rule("audience.mismatch", "warning", min_sentences=2, margin=0.12)
def audience_mismatch(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """Copy written for another audience than the one its front matter declares.

    What it does: for each asset whose front matter names an `audience`, takes the sentences
    where the reader is the one acting ("you build next week's schedule", "you close
    timesheets every pay period") and compares each with what every audience of the
    positioning does (its name and the sentences of its description). The asset is flagged
    when it has at least `min_sentences` such sentences (default 2), another audience is
    closer to them on average by `margin` (default 0.12) than the declared one, and the
    declared audience does not win more of them one by one. The finding points at the
    `audience:` line and quotes the sentences that speak to the other audience most.

    Why: a nurture email tagged for payroll admins but written to store managers lands in
    the wrong inbox and speaks about someone else's job.

    Example: `audience: payroll-admin` on an email about building next week's schedule,
    running the floor and covering a 6 a.m. call-out (a store manager's week).
    """
    profiles = {p.id: p for p in analysis.references.audiences}
    if len(profiles) < 2:
        return
    ids = list(profiles)
    for document in analysis.documents:
        declared = str(document.metadata.get("audience") or "")
        if declared not in profiles:
            continue
        addressed = [s for s in analysis.sentences_of(document) if _addresses_reader(s)]
        if len(addressed) < int(settings.options["min_sentences"]):
            continue
        scores = _audience_scores(analysis, addressed, [profiles[i] for i in ids])
        means = scores.mean(axis=0)
        own = ids.index(declared)
        other = max((k for k in range(len(ids)) if k != own), key=lambda k: (means[k], -k))
        votes = _votes(scores)
        if means[other] - means[own] < float(settings.options["margin"]) or (
                votes[own] > votes[other]):
            continue
        leaning = np.argsort(-(scores[:, other] - scores[:, own]))[:2]
        quoted = "; ".join(f"\u201c{addressed[i].text}\u201d" for i in sorted(leaning))
        yield settings.finding(
            f"Declared for '{profiles[declared].name}', but written to "
            f"'{profiles[ids[other]].name}': the {len(addressed)} sentences addressed to the "
            f"reader are at similarity {means[other]:.2f} to them and {means[own]:.2f} to the "
            f"declared audience, e.g. {quoted}",
            _front_matter_line(document, declared), document.channel,
            declared=declared, addressed_to=ids[other], votes=dict(zip(ids, votes)),
            similarity={i: round(float(means[k]), 3) for k, i in enumerate(ids)},
            sentences=[addressed[i].text for i in sorted(leaning)])


def _addresses_reader(sentence: Sentence) -> bool:
    """The reader is the subject: "you build…", "you're closing timesheets…"."""
    return sentence.kind not in NOT_ADDRESSED and any(
        t.lower_ in READER and t.dep_ in ("nsubj", "nsubjpass") for t in sentence.span)


def _audience_scores(analysis: Analysis, sentences: list[Sentence],
                     profiles: list[AudienceProfile]) -> np.ndarray:
    """Sentences x audiences: the best similarity to anything the audience does."""
    vectors = analysis.vectors[[s.index for s in sentences]]
    return np.stack([(vectors @ p.vectors.T).max(axis=1) for p in profiles], axis=1)


def _winner(row: np.ndarray) -> int | None:
    """The audience one sentence plainly speaks to, if any."""
    order = np.argsort(-row)
    if row[order[0]] >= VOTE_SIMILARITY and row[order[0]] - row[order[1]] >= VOTE_MARGIN:
        return int(order[0])
    return None


def _votes(scores: np.ndarray) -> list[int]:
    votes = [0] * scores.shape[1]
    for row in scores:
        if (k := _winner(row)) is not None:
            votes[k] += 1
    return votes


def _front_matter_line(document, declared: str) -> Location:
    """The `audience:` line of the front matter (or <meta>), else the top of the file."""
    match = re.search(rf"^[ \t]*audience[ \t]*:[ \t]*['\"]?{re.escape(declared)}",
                      document.source, re.MULTILINE | re.IGNORECASE)
    if match is None:
        return Location(document.path, 1, 1, 1, 1, f"audience: {declared}")
    text = match.group().strip()
    start = match.end() - len(text)
    line = document.source.count("\n", 0, start) + 1
    column = start - (document.source.rfind("\n", 0, start) + 1) + 1
    return Location(document.path, line, column, line, column + len(text), text)
