"""The per-speaker tone chart of the ``html`` report: one inline SVG strip plot.

One row per speaker in ``report.tone``: the speaker's counted quotes as dots on a
−1 … +1 axis, the mean as a black bar, and the name, mean, label and count as
text. Horizontal positions are percentages of the SVG width and vertical ones
are pixels, so the chart stretches to any screen width while its text keeps
its size (no viewBox scaling that would shrink the labels on a phone).
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from toolkit.models import Report, SpeakerTone

from .style import neutral_band, signed, tone_bin, tone_bins

ROW_HEIGHT = 84
NAME_BASELINE = 16  # within a row
STATS_BASELINE = 34
STRIP_Y = 60  # within a row: the axis of the dots
AXIS_HEIGHT = 20
LEFT, RIGHT = 2.0, 98.0  # percent of the width used by the -1 ... +1 axis
DOT_RADIUS = 6
SNIPPET = 90


def x_percent(score: float) -> float:
    """Horizontal position (percent) of a score, clamped to −1 … +1."""
    score = max(-1.0, min(1.0, score))
    return round(LEFT + (score + 1.0) / 2.0 * (RIGHT - LEFT), 3)


def _shorten(text: str, limit: int = SNIPPET) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _as_score(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return None
    return float(value)


def speaker_points(report: Report, name: str, tone: SpeakerTone) -> list[tuple[int, float, str]]:
    """``(quote number, score, text)`` of the quotes counted for a speaker.

    From ``tone.evidence`` (the counted quotes); if a tone plugin gives no
    evidence, every scored quote of that speaker.
    """
    points = []
    for item in tone.evidence:
        if not isinstance(item, dict):
            continue
        score = _as_score(item.get("compound"))
        index = item.get("quote")
        if score is None:
            continue
        number = index + 1 if isinstance(index, int) else 0
        points.append((number, score, str(item.get("text", ""))))
    if not points:
        for number, quote in enumerate(report.quotes, 1):
            score = _as_score(quote.tone)
            if quote.speaker == name and score is not None:
                points.append((number, score, quote.text))
    return sorted(points, key=lambda point: point[0])


def _dot_offsets(points: list[tuple[int, float, str]]) -> list[int]:
    """Vertical offsets that keep dots at (nearly) the same score apart."""
    seen: Counter[int] = Counter()
    offsets = []
    for _, score, _ in points:
        bucket = round(x_percent(score) / 1.5)
        step = seen[bucket]
        seen[bucket] += 1
        offsets.append(0 if step == 0 else (1 if step % 2 else -1) * ((step + 1) // 2) * 7)
    return offsets


def _row(report: Report, index: int, name: str, tone: SpeakerTone) -> str:
    top = index * ROW_HEIGHT
    axis_y = top + STRIP_Y
    band = neutral_band(report)
    low, high = x_percent(band[0]), x_percent(band[1])
    mean = _as_score(tone.compound)
    count = tone.quotes if isinstance(tone.quotes, int) else 0
    points = speaker_points(report, name, tone)
    spread = f" · spread {tone.spread:.2f}" if isinstance(tone.spread, (int, float)) else ""
    stats = f"mean of {count} quote{'s' if count != 1 else ''}{spread}"
    parts = [
        f'<g class="row"><title>{escape(name)}: {signed(mean)} {escape(str(tone.label))}, '
        f"{escape(stats)}</title>",
        f'<text x="0" y="{top + NAME_BASELINE}" font-size="15" font-weight="700" '
        f'fill="#1f2328">{escape(name)}</text>',
        f'<text x="0" y="{top + STATS_BASELINE}" font-size="13" fill="#5a6068">'
        f'<tspan font-weight="700" fill="{tone_bin(mean, band).ink}">{signed(mean)} '
        f"{escape(str(tone.label))}</tspan> · {escape(stats)}</text>",
        f'<line x1="{LEFT}%" x2="{RIGHT}%" y1="{axis_y}" y2="{axis_y}" '
        f'stroke="#d5d8dc" stroke-width="2"/>',
        f'<rect x="{low}%" width="{high - low:.3f}%" '
        f'y="{axis_y - 12}" height="24" fill="#eceef1"/>',
        _gridlines(axis_y),
    ]
    for (number, score, text), offset in zip(points, _dot_offsets(points), strict=True):
        tip = f"#{number} {signed(score)}: “{_shorten(text)}”" if number else signed(score)
        parts.append(
            f'<circle cx="{x_percent(score)}%" cy="{axis_y + offset}" r="{DOT_RADIUS}" '
            f'fill="{tone_bin(score, band).stroke}" fill-opacity="0.85" stroke="#fff" '
            f'stroke-width="1.5"><title>{escape(tip)}</title></circle>'
        )
    if mean is not None:
        parts.append(
            f'<line x1="{x_percent(mean)}%" x2="{x_percent(mean)}%" y1="{axis_y - 14}" '
            f'y2="{axis_y + 14}" stroke="#1f2328" stroke-width="3" stroke-linecap="round">'
            f"<title>mean {escape(signed(mean))}</title></line>"
        )
    parts.append("</g>")
    return "".join(parts)


def _gridlines(axis_y: int) -> str:
    lines = []
    for value in (-1.0, -0.5, 0.0, 0.5, 1.0):
        dash = "" if value == 0 else ' stroke-dasharray="3 3"'
        lines.append(
            f'<line x1="{x_percent(value)}%" x2="{x_percent(value)}%" y1="{axis_y - 16}" '
            f'y2="{axis_y + 16}" stroke="#c9cdd2"{dash}/>'
        )
    return "".join(lines)


def _axis(top: int) -> str:
    parts = ['<g class="axis" font-size="12" fill="#5a6068">']
    for value in (-1.0, -0.5, 0.0, 0.5, 1.0):
        anchor = "start" if value == -1.0 else "end" if value == 1.0 else "middle"
        parts.append(
            f'<text x="{x_percent(value)}%" y="{top + 14}" text-anchor="{anchor}">'
            f"{signed(value)}</text>"
        )
    parts.append("</g>")
    return "".join(parts)


def render_chart(report: Report) -> str:
    """The tone chart ``<figure>``, or a short note when no speaker has a tone."""
    speakers = [(n, t) for n, t in report.tone.items() if isinstance(t, SpeakerTone)]
    if not speakers:
        return '<p class="empty">No attributed quotes, so no tone per speaker.</p>'
    height = len(speakers) * ROW_HEIGHT + AXIS_HEIGHT
    rows = "".join(_row(report, i, str(name), tone) for i, (name, tone) in enumerate(speakers))
    summary = "; ".join(f"{name} {signed(_as_score(tone.compound))}" for name, tone in speakers)
    bins = tone_bins(neutral_band(report))
    colours = ", ".join(b.label.split(" (")[0] for b in bins)
    return (
        '<figure class="chart">'
        f'<svg width="100%" height="{height}" role="img" '
        f'aria-label="{escape("Mean tone per speaker: " + summary)}">'
        f"{rows}{_axis(len(speakers) * ROW_HEIGHT)}</svg>"
        "<figcaption>Each dot is one counted quote (its tone score, −1 to +1, "
        f"coloured {escape(colours)}); the black bar is the speaker's mean; the grey band "
        f"is the neutral zone{escape(bins[2].label[len('neutral') :])}. Hover a dot for its quote."
        "</figcaption>"
        "</figure>"
    )
