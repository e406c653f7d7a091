"""`onmessage init`: a starting onmessage.toml and a commented positioning.yaml.

The channel globs are guessed from the folder names a content repository usually has
(marketing/, blog/, emails/ …; sales/, scripts/, sequences/ …), so the first check finds
the copy without editing. Existing files are never overwritten.
"""

from __future__ import annotations

import json
from pathlib import Path

from checker.errors import UserError

CHANNEL_WORDS = {
    "marketing": ("marketing", "web", "website", "site", "blog", "blogs", "ads", "emails",
                  "email", "social", "campaigns", "landing", "content", "newsletters", "pages"),
    "sales": ("sales", "scripts", "calls", "call-scripts", "sequences", "outreach",
              "playbooks", "enablement", "battlecards", "objections", "follow-ups"),
}
CONTENT_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".html", ".htm")

POSITIONING = """\
# The single source of truth for what {product} says. Everything but `pillars` is optional.
# Run `onmessage explain RULE` to see how each section is checked.

product: {product}
company: {company}
statement: >
  For <who>, {product} is the <category> that <main benefit>.

audiences:                      # who you write for; front matter `audience:` names one
  - id: buyer
    name: Economic buyer
    description: What this person does all day, in one or two sentences.

pillars:                        # what you always say
  - id: first-pillar
    name: The first thing you always say
    description: >
      Two or three sentences on this pillar, in your own words.
    messages:                   # approved phrasings
      - An approved way to say it.
    proof:                      # approved proof points
      - A proof point with its source (2025 customer survey).

facts:                          # what a number or a yes/no must be, everywhere
  - id: trial-length
    about: length of the free trial
    value: 14 days

banned:                         # what you never say
  - phrase: guaranteed results  # word for word, any case and inflection
    reason: We cannot guarantee outcomes.
  # - claim: {product} is the cheapest tool on the market.   # matched by meaning
  #   reason: Unsubstantiated comparative claim.

retired: []                     # what you used to say: - message: ... / reason: ...

terms: []                       # how you name things: - use: {product} / not: [Old Name]

tone:
  avoid: [revolutionary, game-changing, world-class]
"""


def guess_channels(folder: Path) -> dict[str, list[str]]:
    """Globs per channel from the folder names found (two levels deep)."""
    channels: dict[str, list[str]] = {"marketing": [], "sales": []}
    candidates = sorted(p for p in folder.glob("*/") if p.is_dir()) + sorted(
        p for p in folder.glob("*/*/") if p.is_dir())
    for path in candidates:
        if path.name.startswith(".") or any(part.startswith(".") or part in (
                "node_modules", "reports") for part in path.relative_to(folder).parts):
            continue
        for channel, words in CHANNEL_WORDS.items():
            inside = any(path.is_relative_to(folder / g.split("/**")[0])
                         for g in channels[channel])
            if path.name.lower() in words and not inside and _has_content(path):
                channels[channel].append(f"{path.relative_to(folder).as_posix()}/**/*")
    return channels


def _has_content(path: Path) -> bool:
    return any(p.suffix.lower() in CONTENT_SUFFIXES for p in path.rglob("*") if p.is_file())


def init_project(folder: Path, product: str, company: str) -> list[Path]:
    """Write onmessage.toml and positioning.yaml into `folder`; return what was written."""
    config, positioning = folder / "onmessage.toml", folder / "positioning.yaml"
    for path in (config, positioning):
        if path.exists():
            raise UserError(f"{path} already exists; onmessage init never overwrites a file")
    channels = guess_channels(folder)
    lines = ['positioning = "positioning.yaml"', 'exclude = ["**/drafts/**"]', "",
             "[channels]                      # channel -> file patterns; front matter "
             "`channel:` beats them"]
    for channel, globs in channels.items():
        found = globs or [f"{channel}/**/*"]
        note = "" if globs else "   # no such folder yet: point this at your copy"
        lines.append(f"{channel} = [{', '.join(json.dumps(g) for g in found)}]{note}")
    lines += ["", "[rules]                         # \"off\" | \"info\" | \"warning\" | "
              "\"error\", or a table of options", '# "tone.pressure" = "error"', "",
              "[report]", 'dir = "reports"', ""]
    config.write_text("\n".join(lines), encoding="utf-8")
    positioning.write_text(POSITIONING.format(product=product, company=company),
                           encoding="utf-8")
    return [config, positioning]
