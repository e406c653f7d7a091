"""A self-contained HTML report for managers and marketers: one file, charts drawn as inline
SVG, a small inline script for the filters, nothing loaded from the network, every value
from content escaped (Jinja2 autoescape, and `escape` in the SVG and the highlighting)."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from checker.engine import Result, settings_for
from checker.findings import severity_rank
from checker.report import charts
from checker.report.view import build_view
from checker.rules import all_rules


def render_html(result: Result) -> str:
    env = Environment(loader=PackageLoader("checker.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    view = build_view(result)
    by_id = {f["id"]: f for f in view["data"]["findings"]}
    assets = view["assets"]
    drift_document = next(r for r in all_rules() if r.id == "drift.document")
    threshold = float(settings_for(drift_document, result.project).options["threshold"]) * 100
    scored = [(a.path, a.channel, float(a.score)) for a in assets if a.score is not None]
    return env.get_template("report.html.j2").render(
        **view, title=result.positioning.product or result.project.root.name, by_id=by_id,
        owners={a.path: a.owner for a in assets}, campaigns={a.path: a.campaign for a in assets},
        channels_by_path={a.path: a.channel for a in assets},
        positioning_pillars=result.positioning.pillars,
        heatmap=charts.heatmap(view["pillars"], view["channels"], view["shares"],
                               view["counts"]),
        emphasis=charts.emphasis(view["pillars"], view["channels"], view["shares"]),
        alignment=charts.alignment_bars(scored, view["channels"] or ["?"], threshold),
        sentence_map=charts.sentence_map(view["pillars"], view["channels"] or ["?"],
                                         view["points"]),
        highlight=highlight,
        worst=lambda ids: max((by_id[i]["severity"] for i in ids), key=severity_rank))


def highlight(text: str, part: str) -> Markup:
    """`text` escaped, with the first occurrence of `part` marked."""
    at = text.find(part) if part else -1
    if at < 0:
        return escape(text)
    return (escape(text[:at]) + Markup('<mark class="value">') + escape(part)
            + Markup("</mark>") + escape(text[at + len(part):]))
