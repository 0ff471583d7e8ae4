"""Bar charts as inline SVG, made at build time: every bar carries its number as text, so
the chart does not rely on colour, and a table with the same figures goes beside it.

A bar may have a planned part (appearances still to come) stacked on top of what happened:
hatched and outlined rather than filled, named in the legend and in the text alternative,
so "dec 0" never hides four appearances planned in December."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    planned: int = 0


def bar_chart(bars: list[Bar], *, title: str, description: str, chart_id: str,
              legend: tuple[str, str] = ("", "")) -> str:
    """A vertical bar chart; `chart_id` makes the ids unique on the page. `legend` names
    the solid and the hatched part; it is drawn only when some bar has a planned part."""
    planned = any(bar.planned for bar in bars)
    width, height, top, bottom, gap = 640, 240, 48 if planned else 24, 40, 8
    slot = width / max(1, len(bars))
    peak = max([b.value + b.planned for b in bars] + [1])
    scale = (height - top - bottom) / peak
    parts = [f'<svg class="amb-chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
             f'xmlns="http://www.w3.org/2000/svg">',
             f'<title id="{chart_id}-title">{escape(title)}</title>',
             f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
             f'<line class="amb-chart__axis" x1="0" y1="{height - bottom}" x2="{width}" '
             f'y2="{height - bottom}"/>']
    if planned:
        parts.append(_hatch(chart_id))
        parts.append(_legend(legend, chart_id, width))
    for index, bar in enumerate(bars):
        x = index * slot + gap / 2
        bar_height = bar.value * scale
        y = height - bottom - bar_height
        middle = x + (slot - gap) / 2
        parts.append(f'<rect class="amb-chart__bar" x="{x:.1f}" y="{y:.1f}" '
                     f'width="{slot - gap:.1f}" height="{bar_height:.1f}"/>')
        value = str(bar.value)
        if bar.planned:
            planned_height = bar.planned * scale
            y -= planned_height
            parts.append(f'<rect class="amb-chart__planned" fill="url(#{chart_id}-hatch)" '
                         f'x="{x + 1:.1f}" y="{y + 1:.1f}" width="{slot - gap - 2:.1f}" '
                         f'height="{planned_height - 1:.1f}"/>')
            value = f"{bar.value}+{bar.planned}"
        parts.append(f'<text class="amb-chart__value" x="{middle:.1f}" y="{y - 6:.1f}" '
                     f'text-anchor="middle">{value}</text>')
        parts.append(f'<text class="amb-chart__label" x="{middle:.1f}" '
                     f'y="{height - bottom + 18}" text-anchor="middle">{escape(bar.label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _hatch(chart_id: str) -> str:
    return (f'<defs><pattern id="{chart_id}-hatch" width="6" height="6" '
            f'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            f'<line class="amb-chart__hatch" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>')


def _legend(legend: tuple[str, str], chart_id: str, width: int) -> str:
    """Two swatches in the top right corner: what happened, and what is planned."""
    happened, planned = (escape(text) for text in legend)
    right = width - 4
    return (f'<g class="amb-chart__legend">'
            f'<rect class="amb-chart__bar" x="{right - 250}" y="6" width="14" height="14"/>'
            f'<text class="amb-chart__label" x="{right - 230}" y="18">{happened}</text>'
            f'<rect class="amb-chart__planned" fill="url(#{chart_id}-hatch)" x="{right - 110}" '
            f'y="7" width="12" height="12"/>'
            f'<text class="amb-chart__label" x="{right - 90}" y="18">{planned}</text></g>')
