"""A self-contained HTML report for managers: one file, no scripts, every value escaped."""

from __future__ import annotations

from collections import defaultdict

from jinja2 import Environment, PackageLoader, select_autoescape

from checker.engine import Result
from checker.report.json import to_dict


def render_html(result: Result) -> str:
    env = Environment(loader=PackageLoader("checker.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    data = to_dict(result)
    by_path: dict[str, list[dict]] = defaultdict(list)
    for finding in data["findings"]:
        by_path[finding["path"]].append(finding)
    rules = sorted({f["rule"] for f in data["findings"]})
    per_rule = {r: sum(f["rule"] == r for f in data["findings"]) for r in rules}
    title = result.positioning.product or result.project.root.name
    return env.get_template("report.html.j2").render(
        data=data, by_path=dict(sorted(by_path.items())), per_rule=per_rule, title=title,
        pillars=result.positioning.pillars)
