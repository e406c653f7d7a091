"""Inline SVG charts for the HTML report, drawn in Python: no chart library, no network.

Every label comes from user files (pillar names, paths), so every label is escaped here;
the template inserts the finished SVG as markup.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from markupsafe import Markup, escape

CHANNEL_COLOURS = ("#2563a8", "#2f8a4c", "#7a4bb0", "#9a6b00", "#5b6470", "#0f7c86")
FONT = 'font-family="system-ui, sans-serif"'


def channel_colour(channels: Sequence[str], channel: str) -> str:
    return CHANNEL_COLOURS[list(channels).index(channel) % len(CHANNEL_COLOURS)]


def _svg(width: int, height: int, title: str, body: list[str], desc: str = "") -> Markup:
    key = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" style="max-width:100%;height:auto" role="img" '
            f'aria-labelledby="t{key} d{key}" {FONT} font-size="12">'
            f'<title id="t{key}">{escape(title)}</title><desc id="d{key}">{escape(desc)}</desc>')
    return Markup(head + "".join(body) + "</svg>")


def heatmap(pillars: Sequence[tuple[str, str]], channels: Sequence[str],
            shares: dict[str, dict[str, float]], counts: dict[str, dict[str, int]]) -> Markup:
    """Pillars down, channels across: the share of each channel's on-message claims."""
    label_w, cell_w, cell_h = 260, 120, 34
    width, height = label_w + cell_w * len(channels), 30 + cell_h * len(pillars)
    body = [f'<text x="{label_w + i * cell_w + cell_w / 2}" y="20" text-anchor="middle" '
            f'font-weight="600">{escape(c)}</text>' for i, c in enumerate(channels)]
    for row, (pid, name) in enumerate(pillars):
        y = 30 + row * cell_h
        body.append(f'<text x="{label_w - 10}" y="{y + cell_h / 2 + 4}" text-anchor="end">'
                    f'{escape(_clip(name, 38))}</text>')
        for col, channel in enumerate(channels):
            share = shares.get(channel, {}).get(pid, 0.0)
            x = label_w + col * cell_w
            dark = share > 0.45
            body.append(f'<rect x="{x + 2}" y="{y + 2}" width="{cell_w - 4}" height="{cell_h - 4}" '
                        f'rx="4" fill="{_blue(share)}" stroke="#c9d3e0"><title>{escape(name)} in '
                        f'{escape(channel)}: {share:.0%} ({counts.get(channel, {}).get(pid, 0)} '
                        f'claims)</title></rect>')
            body.append(f'<text x="{x + cell_w / 2}" y="{y + cell_h / 2 + 4}" text-anchor="middle" '
                        f'fill="{"#fff" if dark else "#1d2330"}">{share:.0%}</text>')
    return _svg(width, height, "Pillar coverage by channel", body,
                "Share of each channel's on-message claims that carry each pillar.")


def emphasis(pillars: Sequence[tuple[str, str]], channels: Sequence[str],
             shares: dict[str, dict[str, float]]) -> Markup:
    """Each pillar's share in every channel, side by side, so differences stand out."""
    label_w, bar_w, bar_h = 260, 360, 12
    group_h = bar_h * len(channels) + 14
    width, height = label_w + bar_w + 60, 24 + group_h * len(pillars)
    body = [f'<rect x="{label_w + i * 110}" y="4" width="10" height="10" '
            f'fill="{channel_colour(channels, c)}"/><text x="{label_w + 14 + i * 110}" y="13">'
            f'{escape(c)}</text>' for i, c in enumerate(channels)]
    for row, (pid, name) in enumerate(pillars):
        y = 24 + row * group_h
        body.append(f'<text x="{label_w - 10}" y="{y + group_h / 2}" text-anchor="end">'
                    f'{escape(_clip(name, 38))}</text>')
        for i, channel in enumerate(channels):
            share = shares.get(channel, {}).get(pid, 0.0)
            by = y + i * bar_h
            body.append(f'<rect x="{label_w}" y="{by}" width="{max(share * bar_w, 1):.1f}" '
                        f'height="{bar_h - 2}" fill="{channel_colour(channels, channel)}">'
                        f'<title>{escape(channel)}: {share:.0%}</title></rect>')
            body.append(f'<text x="{label_w + share * bar_w + 6:.1f}" y="{by + bar_h - 3}" '
                        f'font-size="10">{share:.0%}</text>')
    return _svg(width, height, "Emphasis by channel", body,
                "For each pillar, the share of claims that carry it, one bar per channel.")


def alignment_bars(assets: Sequence[tuple[str, str, float]], channels: Sequence[str],
                   threshold: float) -> Markup:
    """One bar per asset, worst first, with the drift.document threshold marked."""
    label_w, bar_w, bar_h = 330, 380, 18
    rows = sorted(assets, key=lambda a: (a[2], a[0]))
    width, height = label_w + bar_w + 50, 20 + bar_h * len(rows)
    tx = label_w + threshold / 100 * bar_w
    body = []
    for i, (path, channel, score) in enumerate(rows):
        y = 10 + i * bar_h
        colour = "#b4462b" if score < threshold else channel_colour(channels, channel)
        body.append(f'<text x="{label_w - 8}" y="{y + 12}" text-anchor="end" font-size="11">'
                    f'{escape(_clip(path, 52))}</text>')
        body.append(f'<rect x="{label_w}" y="{y + 2}" width="{max(score, 0.5) / 100 * bar_w:.1f}" '
                    f'height="{bar_h - 5}" rx="2" fill="{colour}"><title>{escape(path)} '
                    f'({escape(channel)}): {score:.0f}/100</title></rect>')
        body.append(f'<text x="{label_w + score / 100 * bar_w + 5:.1f}" y="{y + 12}" '
                    f'font-size="11">{score:.0f}</text>')
    body.append(f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="4" y2="{height - 4}" stroke="#b4462b" '
                f'stroke-dasharray="4 3"><title>drift.document threshold {threshold:.0f}'
                f'</title></line>')
    return _svg(width, height, "Alignment per asset, worst first", body,
                f"Each asset's 0-100 alignment; the dashed line is the threshold "
                f"({threshold:.0f}).")


def sentence_map(pillars: Sequence[tuple[str, str]], channels: Sequence[str],
                 points: Sequence[tuple[Sequence[float], float, str, str]]) -> Markup:
    """Pillars around a circle; each claim points towards the pillars it is closest to, and
    sits out near the rim when it is on-message or near the centre when it is far from
    every pillar (its 0-100 alignment is its distance from the centre)."""
    width, height, cx, cy, radius = 880, 560, 440, 270, 210
    angles = [2 * math.pi * i / len(pillars) - math.pi / 2 for i in range(len(pillars))]
    units = [(math.cos(a), math.sin(a)) for a in angles]
    body = [f'<circle cx="{cx}" cy="{cy}" r="{radius}" fill="#f7f9fc" stroke="#c9d3e0"/>',
            f'<circle cx="{cx}" cy="{cy}" r="{radius * 0.4}" fill="#fbeee9" stroke="#e2c7be" '
            f'stroke-dasharray="3 3"><title>far from every pillar (alignment under 40)</title>'
            f'</circle>']
    for (_, name), (ux, uy) in zip(pillars, units):
        ax, ay = cx + radius * ux, cy + radius * uy
        anchor = "middle" if abs(ux) < 0.3 else ("start" if ux > 0 else "end")
        body.append(f'<circle cx="{ax:.1f}" cy="{ay:.1f}" r="6" fill="#1d2330"/>')
        body.append(f'<text x="{cx + (radius + 14) * ux:.1f}" y="{cy + (radius + 14) * uy + 4:.1f}"'
                    f' text-anchor="{anchor}" font-weight="600">{escape(_clip(name, 32))}</text>')
    for closeness, score, channel, label in points:
        weights = [math.exp(8 * c) for c in closeness]  # towards the closest pillars
        dx = sum(w * ux for w, (ux, _) in zip(weights, units))
        dy = sum(w * uy for w, (_, uy) in zip(weights, units))
        norm = math.hypot(dx, dy) or 1.0
        r = radius * max(0.03, min(score, 100.0) / 100) * 0.96
        x, y = cx + dx / norm * r, cy + dy / norm * r
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.2" fill-opacity="0.75" '
                    f'fill="{channel_colour(channels, channel)}"><title>{escape(channel)} '
                    f'({score:.0f}): {escape(_clip(label, 140))}</title></circle>')
    legend = [f'<rect x="{10 + i * 110}" y="{height - 20}" width="10" height="10" '
              f'fill="{channel_colour(channels, c)}"/><text x="{24 + i * 110}" y="{height - 11}">'
              f'{escape(c)}</text>' for i, c in enumerate(channels)]
    return _svg(width, height, "Where each channel's claims sit", body + legend,
                "Each dot is a claim; its direction is the pillars it is closest to, its "
                "distance from the centre its alignment. Dots near the centre are off-message.")


def _blue(share: float) -> str:
    """White to a deep blue: the heatmap's scale."""
    t = max(0.0, min(share / 0.6, 1.0))
    r, g, b = (int(248 + (v - 248) * t) for v in (30, 90, 160))
    return f"rgb({r},{g},{b})" if t else "#f6f7f9"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"
