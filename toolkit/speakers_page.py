"""``toolkit speakers --format html``: one self-contained page about a collection.

No scripts, no external fonts, styles or images (a Content-Security-Policy
``<meta>`` forbids loading any): the most-quoted rows as a table, then a
section per person with the names and descriptions used for them, their tone
over time as an inline SVG chart (one dot per document: the mean tone of
their statements in it, placed by the document's date) and their statements
in a ``<details>`` list. Every piece of text goes through ``html.escape``.
Horizontal chart positions are percentages, so the chart stretches to any
width; below 600 px the table becomes one card per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape
from typing import IO

from toolkit.collection import Collection, DocumentTone, Person

CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
NEUTRAL = 0.05  # |tone| below this is neutral (VADER's usual threshold)
COLOURS = {"negative": "#c0392b", "neutral": "#8d939b", "positive": "#2e7d32"}
CHART_HEIGHT = 150
PLOT_TOP, PLOT_BOTTOM = 12, 118  # pixels: +1 at the top, -1 at the bottom
LEFT, RIGHT = 11.0, 97.0  # percent of the width used by the date axis

CSS = """
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fbfbf8;color:#1f2328;overflow-wrap:anywhere;
  font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
main{max-width:56rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
header{border-bottom:3px solid #1f2328;padding-bottom:.75rem;margin-bottom:1.5rem}
h1{font:700 1.8rem/1.2 Georgia,"DejaVu Serif",serif;margin:0 0 .4rem}
h2{font-size:.8rem;letter-spacing:.09em;text-transform:uppercase;color:#5a6068;
  margin:2.25rem 0 .75rem;border-bottom:1px solid #dcdfe3;padding-bottom:.3rem}
h3{font:700 1.25rem/1.3 Georgia,"DejaVu Serif",serif;margin:0 0 .3rem}
.meta{margin:0;color:#5a6068;font-size:.9rem}
.muted{color:#6a7078}
table{width:100%;border-collapse:collapse;font-size:.92rem;background:#fff}
th,td{text-align:left;vertical-align:top;padding:.45rem .55rem;border-bottom:1px solid #e3e5e8}
th{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:#5a6068;
  background:#f3f4f6}
td.n{font-variant-numeric:tabular-nums;white-space:nowrap}
.tone{font-weight:700;white-space:nowrap}
.negative{color:#8e1f14}.neutral{color:#4a5058}.positive{color:#1d5a21}
.person{background:#fff;border:1px solid #e3e5e8;border-radius:.5rem;padding:.9rem 1rem;
  margin:0 0 1.25rem}
.person p{margin:.3rem 0}
.chart svg{display:block;width:100%}
.chart text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
figure{margin:.6rem 0}
figcaption{font-size:.8rem;color:#5a6068}
details{margin-top:.5rem}
summary{cursor:pointer;font-weight:600}
ol.quotes{padding-left:1.2rem;margin:.5rem 0 0}
ol.quotes li{margin:.55rem 0}
.qt{font-family:Georgia,"DejaVu Serif",serif}
.qm{font-size:.8rem;color:#5a6068}
footer{margin-top:2.5rem;font-size:.78rem;color:#6a7078}
@media (max-width:600px){
  main{padding:1rem .8rem 2rem}
  h1{font-size:1.4rem}
  table,tbody,td{display:block}
  thead{position:absolute;left:-9999px}
  tr{display:grid;grid-template-columns:auto 1fr auto;column-gap:.6rem;
    border:1px solid #e3e5e8;border-radius:.5rem;margin:0 0 .5rem;padding:.4rem .6rem}
  td{border:0;padding:.1rem 0}
  td.rank{grid-area:1/1}
  td.who{grid-area:1/2}
  td.tone-cell{grid-area:1/3}
  td.counts{grid-area:2/1/3/4;font-size:.85rem;color:#5a6068}
  td.dates{grid-area:3/1/4/4;font-size:.85rem;color:#5a6068}
}
"""


def tone_class(score: float | None) -> str:
    if score is None:
        return "neutral"
    if score <= -NEUTRAL:
        return "negative"
    return "positive" if score >= NEUTRAL else "neutral"


def signed(score: float | None) -> str:
    if score is None:
        return "n/a"
    text = f"{round(score, 2) or 0.0:+.2f}"  # no "−0.00"
    return "\u2212" + text[1:] if text.startswith("-") else text


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _x(day: date, first: date, last: date) -> float:
    span = (last - first).days
    where = 0.5 if span <= 0 else (day - first).days / span
    return round(LEFT + where * (RIGHT - LEFT), 3)


def _y(score: float) -> float:
    score = max(-1.0, min(1.0, score))
    return round(PLOT_TOP + (1.0 - score) / 2.0 * (PLOT_BOTTOM - PLOT_TOP), 2)


def tone_chart(person: Person, values: list[DocumentTone]) -> str:
    """The person's tone over time: one dot per dated document."""
    dated = [(d, v) for v in values if (d := _day(v.date)) is not None]
    undated = len(values) - len(dated)
    if not dated:
        note = "No dated document with a scored statement, so no chart."
        return f'<p class="muted">{escape(note)}</p>'
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    parts = [
        f'<svg width="100%" height="{CHART_HEIGHT}" role="img" aria-label="'
        f'{escape(f"Tone of {person.name} over time, {len(dated)} documents")}">'
    ]
    for score in (1.0, 0.5, 0.0, -0.5, -1.0):
        y = _y(score)
        dash = "" if score == 0 else ' stroke-dasharray="3 3"'
        parts.append(
            f'<line x1="{LEFT}%" x2="{RIGHT}%" y1="{y}" y2="{y}" stroke="#d5d8dc"{dash}/>'
            f'<text x="0" y="{y + 4}" font-size="10" fill="#6a7078">{signed(score)}</text>'
        )
    mean = person.tone_mean()
    if mean is not None:
        y = _y(mean)
        parts.append(
            f'<line x1="{LEFT}%" x2="{RIGHT}%" y1="{y}" y2="{y}" stroke="#1f2328" '
            f'stroke-width="1.5" stroke-dasharray="6 4"><title>mean {signed(mean)}</title></line>'
        )
    for day, value in dated:
        tip = f"{value.date} · {value.document} · {signed(value.mean)} ({value.statements})"
        parts.append(
            f'<circle cx="{_x(day, first, last)}%" cy="{_y(value.mean)}" r="5" '
            f'fill="{COLOURS[tone_class(value.mean)]}" fill-opacity="0.8" stroke="#fff">'
            f"<title>{escape(tip)}</title></circle>"
        )
    axis = PLOT_BOTTOM + 22
    parts.append(
        f'<text x="{LEFT}%" y="{axis}" font-size="11" fill="#5a6068">{first.isoformat()}</text>'
        f'<text x="{RIGHT}%" y="{axis}" font-size="11" fill="#5a6068" text-anchor="end">'
        f"{last.isoformat()}</text></svg>"
    )
    caption = (
        "Each dot is one document: the mean tone (−1 to +1) of the statements in it, "
        "placed by the document's date; the dashed line is the overall mean."
    )
    if undated:
        caption += f" {_plural(undated, 'undated document')} not shown."
    return f'<figure class="chart">{"".join(parts)}<figcaption>{caption}</figcaption></figure>'


def _head(title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n"
    )


def _table_row(person: Person) -> str:
    mean = person.tone_mean()
    dates = person.dates()
    span = f"{dates[0]} – {dates[-1]}" if dates else "undated"
    return (
        f'<tr><td class="rank n">{person.rank}</td>'
        f'<td class="who"><a href="#p{person.rank}">{escape(person.name)}</a> '
        f'<span class="muted">{escape(person.kind)}</span></td>'
        f'<td class="counts n">{_plural(len(person.statements), "statement")} in '
        f"{_plural(person.documents, 'document')}</td>"
        f'<td class="tone-cell"><span class="tone {tone_class(mean)}">{signed(mean)}</span></td>'
        f'<td class="dates n">{escape(span)}</td></tr>'
    )


def _statement(statement_html: str) -> str:
    return f"<li>{statement_html}</li>"


def _person_section(person: Person) -> str:
    mean, spread = person.tone_mean(), person.tone_spread()
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(person.kinds().items()))
    names = ", ".join(escape(name) for name, _ in person.names.most_common())
    descriptions = ", ".join(escape(text) for text, _ in person.descriptions.most_common(12))
    items = []
    for statement in person.statements:
        record = statement.to_dict()
        meta = " · ".join(
            escape(str(part))
            for part in (statement.date or "undated", statement.document, statement.kind)
        )
        tone = f'<span class="tone {tone_class(statement.tone)}">{signed(statement.tone)}</span>'
        items.append(
            _statement(
                f'<span class="qt">“{escape(str(record.get("text", "")))}”</span><br>'
                f'<span class="qm">{meta} · {tone}</span>'
            )
        )
    spread_text = "" if spread is None else f", spread {spread:.2f}"
    return (
        f'<section class="person" id="p{person.rank}" aria-labelledby="h-p{person.rank}">'
        f'<h3 id="h-p{person.rank}">{person.rank}. {escape(person.name)}</h3>'
        f'<p class="meta">{escape(person.kind)} · {_plural(len(person.statements), "statement")}'
        f" ({escape(kinds)}) in {_plural(person.documents, 'document')} · tone "
        f'<span class="tone {tone_class(mean)}">{signed(mean)}</span>{spread_text}</p>'
        f"<p><strong>Named as</strong> {names or '—'}</p>"
        + (f"<p><strong>Described as</strong> {descriptions}</p>" if descriptions else "")
        + tone_chart(person, person.tone_by_document())
        + f"<details><summary>{_plural(len(person.statements), 'statement')}</summary>"
        f'<ol class="quotes">{"".join(items)}</ol></details></section>'
    )


def render_page(collection: Collection, top: int = 25) -> Iterable[str]:
    """The page in pieces, one person at a time."""
    summary = collection.summary()
    rows = collection.rows()
    yield _head("Who is quoted · toolkit speakers")
    yield (
        '<body>\n<main>\n<header><h1>Who is quoted</h1><p class="meta">'
        f"{_plural(summary['documents'], 'document')} · "
        f"{_plural(summary['statements'], 'attributed statement')} · "
        f"{_plural(len(rows), 'speaker')} · "
        f"{_plural(summary['undated'], 'undated document')}</p></header>\n"
    )
    people = list(collection.people(top))
    table = "".join(_table_row(person) for person in people)
    yield (
        f'<section aria-labelledby="h-top"><h2 id="h-top">Most quoted (top {len(people)})</h2>'
        "<table><thead><tr><th>#</th><th>Speaker</th><th>Statements</th><th>Tone</th>"
        f"<th>Dates</th></tr></thead><tbody>{table}</tbody></table></section>\n"
        '<section aria-labelledby="h-people"><h2 id="h-people">People</h2>\n'
    )
    del people
    for person in collection.people(top):
        yield _person_section(person) + "\n"
    yield (
        "</section>\n<footer>Self-contained page: no scripts, no external resources. "
        "Tone runs from −1 (negative) to +1 (positive); |tone| below 0.05 is neutral."
        "</footer>\n</main>\n</body>\n</html>\n"
    )


def write_html(collection: Collection, out: IO[str], top: int = 25) -> None:
    for piece in render_page(collection, top):
        out.write(piece)
