"""White space and Unicode: the ``whitespace`` cleaner (order 90).

NFC, control characters removed (newlines and tabs kept), Unicode spaces become
plain spaces, runs of spaces collapse, lines are trimmed, blank-line runs
become one blank line (a paragraph break), single newlines stay. A line
indented deeper than the line before, when that line ends a sentence, starts a
paragraph (Reuters-style wire copy marks paragraphs only by a four-space
indent).
"""

from __future__ import annotations

import re
import unicodedata

_LINE_BREAKS = {0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n\n"}
_SPACES = [0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]
_INVISIBLE = [0x00AD, 0x200B, 0x2060, 0xFEFF]


def _translation_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {
        code: None for code in [*range(0x20), *range(0x7F, 0xA0)] if code not in (0x09, 0x0A)
    }
    table.update({code: " " for code in _SPACES})
    table.update({code: None for code in _INVISIBLE})
    table.update(_LINE_BREAKS)
    return table


_TRANSLATION = _translation_table()
# Any character the table changes (``str.translate`` looks every character of a
# non-ASCII text up in the table, one by one: most texts have none to change).
_TRANSLATED = re.compile("[" + "".join(map(re.escape, map(chr, _TRANSLATION))) + "]")
# A run of blanks: a tab, or two or more blanks. Written so a long run of spaces
# is one greedy match (``[ \t]*\t`` rescans the run from every space: quadratic).
_BLANK_RUN = re.compile(r"[ \t]{2,}|\t")


def normalize_whitespace(text: str) -> str:
    """NFC text with clean lines, single blank lines between paragraphs."""
    text = _translate(text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs_marked = _mark_indented_paragraphs(text.split("\n"))
    out: list[str] = []
    for line in paragraphs_marked:
        # trimmed first: a run at an end would collapse only to be trimmed
        line = line.strip(" \t")
        if "  " in line or "\t" in line:
            line = _BLANK_RUN.sub(_collapse_blanks, line)
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return unicodedata.normalize("NFC", "\n".join(out))


def _translate(text: str) -> str:
    """``text.translate(_TRANSLATION)``; a non-ASCII text with a few characters
    to change (a no-break space here and there) has only those replaced."""
    marks = _TRANSLATED.findall(text)
    if not marks:
        return text
    if text.isascii() or len(marks) > len(text) // 64:
        return text.translate(_TRANSLATION)
    return _TRANSLATED.sub(_translate_one, text)


def _translate_one(match: re.Match[str]) -> str:
    return _TRANSLATION[ord(match.group())] or ""


def _collapse_blanks(match: re.Match[str]) -> str:
    """A run with a tab becomes one tab, a run of spaces one space."""
    return "\t" if "\t" in match.group() else " "


def _mark_indented_paragraphs(lines: list[str]) -> list[str]:
    """Insert a blank line before a line indented deeper than the previous
    line when that one ends a sentence: the indent is the paragraph mark."""
    out: list[str] = []
    previous_indent = 0
    previous_text = ""
    for line in lines:
        text = line.strip(" \t")
        if not text:
            out.append("")
            previous_text = ""
            continue
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        indent = len(lead.expandtabs(4)) if "\t" in lead else len(lead)
        if previous_text and indent >= previous_indent + 2 and _ends_sentence(previous_text):
            out.append("")
        out.append(line)
        previous_indent, previous_text = indent, text
    return out


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"'”’)]")[-1:] in (".", "!", "?", ":", ";")
