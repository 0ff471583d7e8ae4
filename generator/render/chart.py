"""Bar charts as inline SVG, made at build time: every bar carries its number as text, so
the chart does not rely on colour, and a table with the same figures goes beside it."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Bar:
    label: str
    value: int


def bar_chart(bars: list[Bar], *, title: str, description: str, chart_id: str) -> str:
    """A vertical bar chart; `chart_id` makes the ids unique on the page."""
    width, height, top, bottom, gap = 640, 240, 24, 40, 8
    slot = width / max(1, len(bars))
    peak = max([b.value for b in bars] + [1])
    scale = (height - top - bottom) / peak
    parts = [f'<svg class="amb-chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<title id="{chart_id}-title">{escape(title)}</title>',
             f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
             f'<line class="amb-chart__axis" x1="0" y1="{height - bottom}" x2="{width}" '
             f'y2="{height - bottom}"/>']
    for index, bar in enumerate(bars):
        x = index * slot + gap / 2
        bar_height = bar.value * scale
        y = height - bottom - bar_height
        middle = x + (slot - gap) / 2
        parts.append(f'<rect class="amb-chart__bar" x="{x:.1f}" y="{y:.1f}" '
                     f'width="{slot - gap:.1f}" height="{bar_height:.1f}"/>')
        parts.append(f'<text class="amb-chart__value" x="{middle:.1f}" y="{y - 6:.1f}" '
                     f'text-anchor="middle">{bar.value}</text>')
        parts.append(f'<text class="amb-chart__label" x="{middle:.1f}" '
                     f'y="{height - bottom + 18}" text-anchor="middle">{escape(bar.label)}</text>')
    parts.append("</svg>")
    return "".join(parts)
