"""Built-in output formats: ``text`` (for a terminal), ``markdown`` and ``json``."""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

from toolkit import hookimpl
from toolkit.hookspecs import RegisterFormatter
from toolkit.models import Quote, Report

_QUOTE_PREVIEW = 240


def _width() -> int:
    return max(60, min(100, shutil.get_terminal_size((88, 24)).columns))


def _shorten(text: str, limit: int = _QUOTE_PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _signed(value: float | None) -> str:
    return "n/a" if value is None else f"{value:+.2f}"


def _speaker_label(quote: Quote) -> str:
    name = quote.speaker or "unknown speaker"
    if quote.mention and quote.mention != quote.speaker:
        return f'{name} (as "{quote.mention}")'
    return name


def _heading_lines(report: Report) -> Iterator[str]:
    yield report.title or report.source or "(untitled)"
    details = [part for part in (report.date, report.source if report.title else None) if part]
    if details:
        yield " · ".join(details)


def _text_summary(report: Report, wrap: textwrap.TextWrapper) -> Iterator[str]:
    yield f"Summary ({len(report.summary)} sentences, scorer {report.scorer or 'n/a'})"
    for item in report.summary:
        wrap.initial_indent = f"  {item.index + 1:>3}. "
        wrap.subsequent_indent = " " * 7
        yield wrap.fill(item.text)


def _text_quotes(report: Report, wrap: textwrap.TextWrapper) -> Iterator[str]:
    yield f"Quotes ({len(report.quotes)})"
    for number, quote in enumerate(report.quotes, 1):
        wrap.initial_indent = f"  {number:>3}. "
        wrap.subsequent_indent = " " * 7
        yield wrap.fill(f"“{_shorten(quote.text)}”")
        yield f"       — {_speaker_label(quote)}; {quote.kind}; tone {_signed(quote.tone)}"


def _text_tone(report: Report) -> Iterator[str]:
    yield "Tone by speaker"
    if not report.tone:
        yield "  (no attributed quotes)"
    for name, tone in report.tone.items():
        yield (
            f"  {name}: {tone.label} {tone.compound:+.2f} "
            f"(mean of {tone.quotes} quote{'s' if tone.quotes != 1 else ''}, "
            f"spread {tone.spread:.2f})"
        )
        for item in tone.evidence[:3]:
            arrow = "▲" if item.get("compound", 0) >= 0 else "▼"
            yield f"      {arrow} {item.get('compound', 0):+.2f} “{_shorten(item['text'], 70)}”"


def format_text(report: Report) -> str:
    wrap = textwrap.TextWrapper(width=_width(), break_long_words=False)
    blocks = [
        list(_heading_lines(report)),
        list(_text_summary(report, wrap)),
        list(_text_quotes(report, wrap)),
        list(_text_tone(report)),
    ]
    if report.warnings:
        blocks.append(["Warnings"] + [f"  ! {w}" for w in report.warnings])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def format_markdown(report: Report) -> str:
    lines = [f"# {report.title or report.source or 'Untitled'}", ""]
    if report.date:
        lines += [f"*{report.date}*", ""]
    lines += ["## Summary", ""]
    lines += [f"- {item.text}" for item in report.summary] + [""]
    lines += ["## Quotes", "", "| # | Quote | Speaker | Kind | Tone |", "|---|---|---|---|---|"]
    for number, quote in enumerate(report.quotes, 1):
        lines.append(
            f"| {number} | {_md_cell(_shorten(quote.text))} | "
            f"{_md_cell(quote.speaker or '—')} | {quote.kind} | {_signed(quote.tone)} |"
        )
    lines += ["", "## Tone by speaker", ""]
    for name, tone in report.tone.items():
        lines.append(
            f"- **{_md_cell(name)}**: {tone.label} ({tone.compound:+.2f}, "
            f"{tone.quotes} quotes, spread {tone.spread:.2f})"
        )
    if not report.tone:
        lines.append("- (no attributed quotes)")
    return "\n".join(lines) + "\n"


def format_json(report: Report) -> str:
    return indented_json(report.to_dict()) + "\n"


def indented_json(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, byte for byte, but faster.

    With ``indent`` the standard library encodes in pure Python, one generator per
    level; here each container is one ``join`` and each string goes through the C
    string encoder. A value the JSON encoder would refuse (or a circular one) is handed
    to ``json.dumps`` itself, so the error is its own.
    """
    try:
        return _indented(value, "\n")
    except (_NotPlainJson, RecursionError):
        return json.dumps(value, ensure_ascii=False, indent=2)


class _NotPlainJson(Exception):
    """A value (or dict key) whose type is not exactly str, int, float, bool, None, list,
    tuple or dict: a report's dictionary has none, anything else goes to json.dumps."""


def _string_key(key: Any) -> str:
    if type(key) is not str:
        raise _NotPlainJson
    return _encode_string(key)


_encode_string = json.encoder.encode_basestring  # the C function where there is one
_INDENT = "  "


def _float(value: float) -> str:
    if value - value == 0.0:  # finite (inf - inf and nan - nan are nan)
        return float.__repr__(value)
    if value != value:
        return "NaN"
    return "Infinity" if value > 0 else "-Infinity"


# How each scalar type is written, found by its exact type (a subclass goes to json.dumps).
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _encode_string,
    int: int.__repr__,
    float: _float,
    bool: {True: "true", False: "false"}.__getitem__,
    type(None): {None: "null"}.__getitem__,
}


def _indented(value: Any, newline: str) -> str:
    """``value`` as indented JSON; ``newline`` is a line break and the current indentation."""
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        return scalar(value)
    inner = newline + _INDENT
    if type(value) is dict:
        if not value:
            return "{}"
        pairs = [
            _string_key(key)
            + ": "
            + (write(item) if (write := _SCALARS.get(type(item))) else _indented(item, inner))
            for key, item in value.items()
        ]
        return "{" + inner + ("," + inner).join(pairs) + newline + "}"
    if type(value) is list or type(value) is tuple:
        if not value:
            return "[]"
        items = [
            write(item) if (write := _SCALARS.get(type(item))) else _indented(item, inner)
            for item in value
        ]
        return "[" + inner + ("," + inner).join(items) + newline + "]"
    raise _NotPlainJson  # a subclass or another type: json.dumps writes it


@hookimpl
def toolkit_register_formatters(register: RegisterFormatter) -> None:
    register("text", format_text)
    register("markdown", format_markdown)
    register("json", format_json)
