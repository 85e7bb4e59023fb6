"""The article body of the ``html`` report: escaped text with highlighted spans.

Summary sentences and quotes are character spans of ``report.text`` that may
overlap each other in any way (a quote running across a sentence boundary, a
partial quote inside an indirect one, two analyzers disagreeing). HTML needs
properly nested elements, so overlapping spans are cut into fragments: a span
that starts inside another and runs past its end is split at that end, and its
remainder continues after it with the same markup. The result always nests,
whatever the offsets; offsets out of range are clamped or the span is dropped.

Paragraphs are separated by blank lines, except that a block of long lines
(not hard-wrapped) and a text without any blank line (as the cleaners give for
a scraped page) have one paragraph per line. Paragraphs are the outermost
level: spans running across paragraphs are split there too.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from toolkit.models import Quote, Report

from .style import neutral_band, signed, tone_bin

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE_BREAK = re.compile(r"\n")
WRAPPED_LINE_MAX = 100  # longer lines are not the result of hard wrapping

SUMMARY_RANK = 0  # summary marks open before quotes starting at the same offset
QUOTE_RANK = 1
FRAGMENT_RANK = 2  # the quoted phrases inside a mixed record open inside it


@dataclass(frozen=True)
class Span:
    """A marked range of the text; ``open_tag``/``close_tag``/``after`` are ready HTML."""

    key: int
    start: int
    end: int
    rank: int
    open_tag: str
    close_tag: str
    after: str = ""  # emitted once, after the span's last fragment (quote badges)


@dataclass(frozen=True)
class Fragment:
    start: int
    end: int
    span: Span


def _pieces(text: str, separator: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    """The ranges of ``text[start:end]`` between matches of ``separator``."""
    pieces, position = [], start
    for match in separator.finditer(text, start, end):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, end))
    return pieces


def _is_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    return all(len(text[start:end].strip()) <= WRAPPED_LINE_MAX for start, end in lines[:-1])


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph, without surrounding white space.

    With blank lines in the text, a block between them is one paragraph if it
    looks hard-wrapped (no line over ``WRAPPED_LINE_MAX`` characters but the
    last); otherwise, and in texts without blank lines, every line is one.
    """
    if _BLANK_LINE.search(text):
        ranges = []
        for start, end in _pieces(text, _BLANK_LINE, 0, len(text)):
            lines = _pieces(text, _LINE_BREAK, start, end)
            ranges.extend([(start, end)] if _is_hard_wrapped(text, lines) else lines)
    else:
        ranges = _pieces(text, _LINE_BREAK, 0, len(text))
    trimmed = []
    for start, end in ranges:
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trimmed.append((start + lead, start + len(chunk.rstrip())))
    return trimmed


def nest(fragments: Iterable[Fragment]) -> list[Fragment]:
    """Split fragments so that they nest; return them in document (opening) order.

    Outer first at equal starts: lower rank, then the longer fragment.
    """
    counter = itertools.count()
    heap = [(f.start, f.span.rank, -f.end, next(counter), f) for f in fragments if f.end > f.start]
    heapq.heapify(heap)
    ordered: list[Fragment] = []
    open_stack: list[Fragment] = []
    while heap:
        fragment = heapq.heappop(heap)[-1]
        while open_stack and open_stack[-1].end <= fragment.start:
            open_stack.pop()
        if open_stack and fragment.end > open_stack[-1].end:
            cut = open_stack[-1].end
            rest = Fragment(cut, fragment.end, fragment.span)
            heapq.heappush(heap, (cut, fragment.span.rank, -rest.end, next(counter), rest))
            fragment = Fragment(fragment.start, cut, fragment.span)
        ordered.append(fragment)
        open_stack.append(fragment)
    return ordered


def _render_paragraph(
    text: str, start: int, end: int, fragments: list[Fragment], last_end: dict[int, int]
) -> str:
    parts: list[str] = []
    open_stack: list[Fragment] = []
    position = start

    def close_top() -> None:
        nonlocal position
        top = open_stack.pop()
        parts.append(escape(text[position : top.end]))
        position = top.end
        parts.append(top.span.close_tag)
        if last_end.get(top.span.key) == top.end:
            parts.append(top.span.after)

    for fragment in fragments:
        while open_stack and open_stack[-1].end <= fragment.start:
            close_top()
        parts.append(escape(text[position : fragment.start]))
        position = fragment.start
        parts.append(fragment.span.open_tag)
        open_stack.append(fragment)
    while open_stack:
        close_top()
    parts.append(escape(text[position:end]))
    return "<p>" + "".join(parts) + "</p>"


def render_spans(
    text: str, spans: Iterable[Span], kept: list[tuple[int, int]] | None = None
) -> str:
    """The paragraphs of ``text`` as HTML, with ``spans`` marked (cut to nest);
    with ``kept`` (the article's spans of a page), only the lines inside them."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    paragraphs = [(s, e) for s, e in kept] if kept is not None else paragraph_ranges(text)
    per_paragraph: list[list[Fragment]] = []
    last_end: dict[int, int] = {}
    for p_start, p_end in paragraphs:
        clipped = [
            Fragment(max(s.start, p_start), min(s.end, p_end), s)
            for s in spans
            if s.start < p_end and s.end > p_start
        ]
        fragments = nest(clipped)
        for fragment in fragments:
            key = fragment.span.key
            last_end[key] = max(last_end.get(key, fragment.end), fragment.end)
        per_paragraph.append(fragments)
    return "\n".join(
        _render_paragraph(text, p_start, p_end, fragments, last_end)
        for (p_start, p_end), fragments in zip(paragraphs, per_paragraph, strict=True)
    )


def locate(text: str, start: object, end: object, snippet: str | None) -> tuple[int, int] | None:
    """Offsets of a span: given ones clamped to the text, else the snippet's first occurrence."""
    if isinstance(start, int) and isinstance(end, int):
        start, end = max(0, start), min(len(text), end)
        if start < end:
            return start, end
    if isinstance(snippet, str) and snippet.strip():
        found = text.find(snippet)
        if found >= 0:
            return found, found + len(snippet)
    return None


def quote_title(quote: Quote) -> str:
    speaker = quote.speaker or "unknown speaker"
    if quote.mention and quote.mention != quote.speaker:
        speaker += f" (as “{quote.mention}”)"
    return f"{speaker} · {quote.kind} quote · tone {signed(quote.tone)}"


def _summary_spans(report: Report) -> list[Span]:
    spans = []
    total = len(report.summary)
    for number, item in enumerate(report.summary, 1):
        sentence = next((s for s in report.sentences if s.index == item.index), None)
        located = (
            locate(report.text, sentence.start, sentence.end, sentence.text)
            if sentence
            else locate(report.text, None, None, item.text)
        )
        if located:
            title = escape(f"Summary sentence {number} of {total}")
            open_tag = f'<mark class="sum" title="{title}">'
            spans.append(Span(-number, *located, SUMMARY_RANK, open_tag, "</mark>"))
    return spans


def _quote_spans(report: Report) -> list[Span]:
    spans = []
    band = neutral_band(report)
    for number, quote in enumerate(report.quotes, 1):
        parts = [locate(report.text, start, end, None) for start, end in _parts(quote)]
        located_parts = [part for part in parts if part]
        if not located_parts:
            located = locate(report.text, None, None, quote.text)
            located_parts = [located] if located else []
        if not located_parts:
            continue
        tone = tone_bin(quote.tone, band)
        css = f"{tone.css_class} k-{escape(str(quote.kind))}"
        title = escape(quote_title(quote))
        badge = (
            f'<a class="qn {tone.css_class}" id="a{number}" '
            f'href="#q{number}" title="{title}">{number}\u2009{escape(signed(quote.tone))}</a>'
        )
        open_tag = f'<span class="q {css}" title="{title}">'
        for located in located_parts:  # a split quote: one mark per part, one badge
            spans.append(Span(number, *located, QUOTE_RANK, open_tag, "</span>", badge))
        fragment_tag = f'<span class="qf {tone.css_class}">'
        for start, end in getattr(quote, "fragments", None) or ():  # a mixed record's phrases
            located = locate(report.text, start, end, None)
            if located:
                spans.append(Span(number, *located, FRAGMENT_RANK, fragment_tag, "</span>"))
    return spans


def _parts(quote: Quote) -> list[tuple[object, object]]:
    parts = getattr(quote, "parts", None)
    return list(parts) if parts else [(quote.start, quote.end)]


def render_article(report: Report) -> str:
    """The article with summary sentences highlighted and quotes marked by tone."""
    text = report.text if isinstance(report.text, str) else ""
    if not text.strip():
        return '<p class="empty">(no article text)</p>'
    kept = getattr(report, "kept", None)
    return render_spans(text, [*_summary_spans(report), *_quote_spans(report)], kept)
