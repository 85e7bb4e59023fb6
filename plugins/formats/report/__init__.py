"""Built-in ``html`` output format: one self-contained report page.

``--format html`` writes a single HTML document with no external scripts,
fonts, styles or images (a Content-Security-Policy ``<meta>`` forbids loading
any, and the page uses no JavaScript): the title and date, the summary, the
article with summary sentences highlighted and every quote marked and
coloured by tone (speaker, kind and score on hover, and the quote number and
score as a footnote link to the quote table), a per-speaker tone chart
(inline SVG), and the quote table. The layout stacks on narrow screens.

Every piece of text from the report goes through ``html.escape``, in element
content and in attributes alike, so an article containing markup shows it as
text.
"""

from __future__ import annotations

from html import escape

from toolkit import hookimpl
from toolkit.hookspecs import RegisterFormatter
from toolkit.models import Quote, Report

from .article import quote_title, render_article
from .chart import render_chart
from .style import CSS, UNSCORED, neutral_band, signed, tone_bin, tone_bins

CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _head(report: Report) -> str:
    title = report.title or report.source or "Untitled article"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)} · report</title>\n<style>{CSS}</style>\n</head>\n"
    )


def _header(report: Report) -> str:
    details = []
    if report.date:
        details.append(f"<span><time>{escape(report.date)}</time></span>")
    if report.source and report.title:
        details.append(f"<span>{escape(report.source)}</span>")
    details.append(
        f"<span>{len(report.quotes)} quote{'s' if len(report.quotes) != 1 else ''}</span>"
    )
    return (
        '<header><p class="kicker">News report</p>'
        f"<h1>{escape(report.title or report.source or 'Untitled article')}</h1>"
        f'<p class="meta">{"".join(details)}</p></header>'
    )


def _summary(report: Report) -> str:
    if not report.summary:
        body = '<p class="empty">No summary sentences.</p>'
    else:
        items = "".join(f"<li>{escape(item.text)}</li>" for item in report.summary)
        body = f"<ol>{items}</ol>"
    if report.scorer:
        body += (
            f'<p class="note">Extractive summary, scorer <code>{escape(report.scorer)}</code>.</p>'
        )
    return (
        '<section class="summary" aria-labelledby="h-summary">'
        f'<h2 id="h-summary">Summary</h2>{body}</section>'
    )


def _legend(band: tuple[float, float]) -> str:
    tones = "".join(
        f'<li><span class="sw {b.css_class}"></span>{escape(b.label)}</li>' for b in tone_bins(band)
    )
    return (
        '<ul class="legend" aria-label="Legend">'
        '<li><span class="sw sum"></span>summary sentence</li>'
        f"{tones}"
        '<li><span class="sw ind t-0"></span>dotted: reported statement (indirect, or mixed:'
        " its quoted phrases shaded)</li>"
        "<li>Superscript: quote number and tone score</li></ul>"
    )


def _article(report: Report) -> str:
    return (
        '<section aria-labelledby="h-article">'
        f'<h2 id="h-article">Article</h2>{_legend(neutral_band(report))}'
        f'<div class="article">{render_article(report)}</div></section>'
    )


def _tone(report: Report) -> str:
    return (
        '<section aria-labelledby="h-tone">'
        f'<h2 id="h-tone">Tone by speaker</h2>{render_chart(report)}</section>'
    )


def _speaker_cell(quote: Quote) -> str:
    if not quote.speaker:
        return '<span class="muted">unknown</span>'
    mention = ""
    if quote.mention and quote.mention.casefold() not in quote.speaker.casefold():
        mention = f' <span class="muted">as “{escape(quote.mention)}”</span>'
    # Keep short names on one line ("al-" / "Sharaa" reads badly), let long ones wrap.
    name = escape(quote.speaker)
    name = f'<span class="name">{name}</span>' if len(quote.speaker) <= 30 else name
    return name + mention


def _quote_row(number: int, quote: Quote, band: tuple[float, float]) -> str:
    tone = tone_bin(quote.tone, band)
    label = "" if tone is UNSCORED else f' <span class="muted">{tone.label.split(" (")[0]}</span>'
    return (
        f'<tr id="q{number}" class="{tone.css_class}" title="{escape(quote_title(quote))}">'
        f'<td class="num" data-label="#"><a href="#a{number}">{number}</a></td>'
        f'<td class="quote" data-label="Quote">“{escape(quote.text)}”</td>'
        f'<td class="speaker" data-label="Speaker">{_speaker_cell(quote)}</td>'
        f'<td class="kind" data-label="Kind">{escape(str(quote.kind))}</td>'
        f'<td class="tone" data-label="Tone"><span class="sw"></span>'
        f"{escape(signed(quote.tone))}{label}</td></tr>"
    )


def _quotes(report: Report) -> str:
    if not report.quotes:
        body = '<p class="empty">No quotes found.</p>'
    else:
        band = neutral_band(report)
        rows = "".join(_quote_row(n, q, band) for n, q in enumerate(report.quotes, 1))
        body = (
            "<table><thead><tr><th>#</th><th>Quote</th><th>Speaker</th><th>Kind</th>"
            f"<th>Tone</th></tr></thead><tbody>{rows}</tbody></table>"
        )
    return f'<section aria-labelledby="h-quotes"><h2 id="h-quotes">Quotes</h2>{body}</section>'


def _warnings(report: Report) -> str:
    if not report.warnings:
        return ""
    items = "".join(f"<li>{escape(str(w))}</li>" for w in report.warnings)
    return (
        '<section class="warnings" aria-labelledby="h-warnings">'
        f'<h2 id="h-warnings">Warnings</h2><ul>{items}</ul></section>'
    )


def format_html(report: Report) -> str:
    """The report as one self-contained HTML page."""
    body = "\n".join(
        [
            _header(report),
            _summary(report),
            _article(report),
            _tone(report),
            _quotes(report),
            _warnings(report),
            "<footer>Self-contained report page: no scripts, no external resources. "
            "Tone scores run from −1 (negative) to +1 (positive)."
            "</footer>",
        ]
    )
    return f"{_head(report)}<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"


@hookimpl
def toolkit_register_formatters(register: RegisterFormatter) -> None:
    register("html", format_html)
