"""What the HTML report shows, prepared from the result: assets with their findings placed
in their text, conflicts side by side, coverage and the sentence map. Renderers only read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checker.document import Document
from checker.engine import Result
from checker.findings import severity_rank
from checker.report.json import to_dict


@dataclass
class Segment:
    text: str
    findings: list[int] = field(default_factory=list)  # ids of the findings covering it


@dataclass
class AssetView:
    path: str
    channel: str
    title: str
    owner: str
    campaign: str
    audience: str
    score: int | None
    claims: int
    findings: list[dict[str, Any]]
    blocks: list[list[Segment]]


def build_view(result: Result) -> dict[str, Any]:
    data = to_dict(result)
    for number, finding in enumerate(data["findings"]):
        finding["id"] = f"f{number}"
    by_path: dict[str, list[dict]] = {}
    for finding in data["findings"]:
        by_path.setdefault(finding["path"], []).append(finding)
    scores = {d["path"]: d for d in data["documents"]}
    assets = [_asset(doc, scores[doc.path], by_path.get(doc.path, []))
              for doc in result.documents]
    documents = {d.path for d in result.documents}
    project_findings = [f for f in data["findings"] if f["path"] not in documents]
    pillars = [(p.id, p.name) for p in result.positioning.pillars]
    channels = list(data["coverage"]) or sorted({d.channel for d in result.documents})
    return {
        "data": data, "assets": assets, "project_findings": project_findings,
        "conflicts": [f for f in data["findings"] if f["rule"].startswith("conflict.")],
        "pillars": pillars, "channels": channels,
        "shares": {c: {p: v["share"] for p, v in cov["pillars"].items()}
                   for c, cov in data["coverage"].items()},
        "counts": {c: {p: v["claims"] for p, v in cov["pillars"].items()}
                   for c, cov in data["coverage"].items()},
        "points": _points(result),
        "facets": {
            "rule": sorted({f["rule"] for f in data["findings"]}),
            "channel": sorted({a.channel for a in assets}),
            "owner": sorted({a.owner for a in assets if a.owner}),
            "campaign": sorted({a.campaign for a in assets if a.campaign}),
        },
        "verdict": _verdict(result),
    }


def _asset(document: Document, summary: dict, findings: list[dict]) -> AssetView:
    meta = document.metadata
    findings = sorted(findings, key=lambda f: (f["line"], f["column"],
                                               -severity_rank(f["severity"])))
    return AssetView(
        document.path, document.channel, str(meta.get("title") or ""),
        str(meta.get("owner") or ""), str(meta.get("campaign") or ""),
        str(meta.get("audience") or ""), summary["score"], summary["claims"], findings,
        _blocks(document, findings))


def _blocks(document: Document, findings: list[dict]) -> list[list[Segment]]:
    """The asset's prose, block by block, cut where findings start and end."""
    spans = [(document.prose_index(f["line"], f["column"]),
              document.prose_index(f["end_line"], max(f["end_column"] - 1, 1)) + 1, f["id"])
             for f in findings]
    blocks = []
    for block in document.prose.blocks:
        cuts = {block.start, block.end}
        for start, end, _ in spans:
            cuts |= {c for c in (start, end) if block.start < c < block.end}
        edges = sorted(cuts)
        segments = []
        for a, b in zip(edges, edges[1:]):
            ids = [i for start, end, i in spans if start < b and a < end]
            segments.append(Segment(document.text[a:b], ids))
        if segments:
            blocks.append(segments)
    return blocks


def _points(result: Result) -> list[tuple[list[float], float, str, str]]:
    """Each claim's similarity to every pillar, its alignment, channel and text."""
    analysis = result.analysis
    if analysis is None:
        return []
    reported = {id(d) for d in result.documents}
    alignment = analysis.alignment
    points = []
    for sentence in analysis.sentences:
        if not sentence.is_claim or id(sentence.document) not in reported:
            continue
        closeness = alignment.by_pillar[sentence.index].astype(float).tolist()
        points.append((closeness, alignment.score(sentence.index), sentence.document.channel,
                       f"{sentence.document.path}: {sentence.text}"))
    return points


def _verdict(result: Result) -> str:
    counts, score = result.counts(), result.score
    if counts["error"]:
        return (f"Not on message yet: {counts['error']} "
                f"{'error' if counts['error'] == 1 else 'errors'} to fix before this ships")
    if score is not None and score < 60:
        return "Drifting: the copy is far from the pillars overall"
    if counts["warning"]:
        return "Mostly on message, with warnings to review"
    return "On message"
