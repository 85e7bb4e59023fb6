"""Title and date of a page when its header says nothing clear, and datelines.

The header analysis in ``__init__`` reads a page that starts with its headline,
date and byline. Many real pages start otherwise: the headline alone over the
first paragraph (no date line under it), a browser warning or weather widget
before it, a date inside a longer line ("Page last updated at 18:25 GMT,
Monday, 3 November 2008", "Xinhua, February 24, 2015 Adjust font size:"), or
only a dateline opening the story ("Taipei, Sept. 12 (CNA) Taiwan's ...").

* **Title**: the first line of the page's opening (the lines before the first
  prose line, at most ``_OPENING_LINES``) with five words or more, else the one
  with the most words, among those shaped like a headline: three or more
  words, no sentence inside it, no date, no web address, not navigation.
* **Date**: the first full date in a short line of the opening, else the date
  of a dateline opening one of the first body lines (``--MM-DD`` when it has
  no year).
* **Dateline**: :func:`strip_dateline` cuts a dateline off the start of the
  article's first line, so it never starts the first sentence.
"""

from __future__ import annotations

import re

from ..text import dates
from . import rules

_OPENING_LINES = 12
_MAX_DATE_LINE = 120
_MIN_TITLE_WORDS = 3
_MAX_TITLE_WORDS = 25
_FULL_TITLE_WORDS = 5
_MIN_RUN_ON = 60
_WRAP_WORDS = 6
_LONG_LINE_WORDS = 8
_WRAP_MAX_CHARS = 80
# Words that cannot end an English headline: they open a phrase that goes on.
_OPEN_ENDINGS = frozenset("a an the of and or to".split())
# A full stop ending a word of two letters or more (not an initial: "Phillip A. Hamilton").
_SENTENCE_INSIDE = rules.LazyPattern(r"[^\W\d_][^\W\d_.][.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")
_WEB = rules.LazyPattern(r"https?://|www\.|\.(?:com|org|net)\b|@\w")


# Every full date ``dates.find_date`` reads has a year of four ASCII digits.
_YEAR_DIGITS = re.compile(r"[0-9]{4}")


def _is_prose(line: str) -> bool:
    return rules.ends_like_sentence(line) and len(line.split()) >= 12


def _ends_wrapped_sentence(lines: list[str], index: int) -> bool:
    """Line ``index`` ends a sentence begun on the line above it (no blank line
    between, the line above cut mid-sentence): running text, not a header."""
    line = lines[index].strip()
    above = lines[index - 1].strip() if index > 0 else ""
    return (
        bool(above)
        and len(above.split()) >= _WRAP_WORDS
        and not rules.ends_like_sentence(above)
        and rules.ends_like_sentence(line)
    )


def _runs_into_long_line(line: str, following: str) -> bool:
    """``line`` has no sentence end and a long line of running text follows it
    directly: the first line of a wrapped paragraph (a headline stands apart)."""
    return (
        len(following.split()) >= _LONG_LINE_WORDS
        and len(following) <= _WRAP_MAX_CHARS  # wrapped copy has a line width
        and not rules.ends_like_sentence(line)
        and not line.endswith(":")
        and not rules.ends_like_sentence(following)
    )


def has_prose(lines: list[str]) -> bool:
    """Some line of ``lines`` is a prose line (a header needs one after it)."""
    return any(_is_prose(raw.strip()) for raw in lines)


def opening(lines: list[str], prose: bool | None = None) -> list[str]:
    """The stripped non-blank lines before the first prose line (at most
    ``_OPENING_LINES``); none when no prose line follows (a text of header-like
    lines has no header). A line running on into a short next line, or into one
    that starts in lower case (no blank line between), starts a hard-wrapped
    paragraph: it is left out, and so is a lower-case line that continues the
    line above it. ``prose`` is ``has_prose(lines)`` when the caller has it."""
    if not (has_prose(lines) if prose is None else prose):
        return []
    found: list[str] = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if _is_prose(line) or len(found) >= _OPENING_LINES:
            break
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if _ends_wrapped_sentence(lines, index) or _runs_into_long_line(line, following):
            break  # a sentence wrapped over lines (wire copy): the body has begun
        runs_on = following and (
            following[:1].islower() or (len(following) < _MIN_RUN_ON and following[:1].isalpha())
        )
        continues = line[:1].islower() and index > 0 and lines[index - 1].strip()
        if not (runs_on and not rules.ends_like_sentence(line)) and not continues:
            found.append(line)
    return found


def is_title_like(line: str) -> bool:
    words = line.split()
    if not _MIN_TITLE_WORDS <= len(words) <= _MAX_TITLE_WORDS:
        return False
    if words[-1].lower() in _OPEN_ENDINGS:  # a phrase that goes on in the next line
        return False
    if sum(any(ch.isalpha() for ch in word) for word in words) < _MIN_TITLE_WORDS:
        return False
    if not rules.is_headline_shaped(line) or rules.is_call_to_action(line):
        return False
    if rules.ends_like_question(line):
        return False
    if rules.is_byline(line) or _SENTENCE_INSIDE.search(line) or "•" in line or "|" in line:
        return False
    if _WEB.search(line):
        return False
    return dates.find_date(line) is None


def find_title(lines: list[str], start: list[str] | None = None) -> str | None:
    """The first headline-shaped line of the opening with ``_FULL_TITLE_WORDS``
    or more words, else the fullest one (a page's own headline says more than
    the widget, section or "Off the wire" lines above it). ``start`` is
    ``opening(lines)`` when the caller has it."""
    start = opening(lines) if start is None else start
    candidates = [line for line in start if is_title_like(line)]
    if not candidates:
        return None
    full = [line for line in candidates if len(line.split()) >= _FULL_TITLE_WORDS]
    title = full[0] if full else max(candidates, key=lambda line: len(line.split()))
    return " ".join(title.split())


def find_date(
    lines: list[str], start: list[str] | None = None, prose: bool | None = None
) -> str | None:
    """The first full date of the opening's short lines, else a dateline's
    (``start`` is ``opening(lines)``, ``prose`` ``has_prose(lines)`` when the
    caller has them)."""
    if prose is None and not start:
        prose = has_prose(lines)
    start = opening(lines, prose) if start is None else start
    if not start and not prose:
        return None
    for line in start:
        if len(line) <= _MAX_DATE_LINE:
            date = dates.find_date(line)
            if date:
                return date
    checked, previous = 0, ""
    for raw in lines:
        line = raw.strip()
        if not line:
            previous = ""
            continue
        continues_sentence = previous and not rules.ends_like_sentence(previous)
        previous = line
        if continues_sentence:  # the middle of a wrapped sentence starts no dateline
            checked += 1
            if checked >= _OPENING_LINES + 3:
                break
            continue
        head = line[:30]  # " date 2019-01-26 The speaker of ..."
        date = dates.find_date(head) if _YEAR_DIGITS.search(head) else None
        found = dates.dateline(line)
        if date or (found and found[1]):
            return date or (found[1] if found else None)
        checked += 1
        if checked >= _OPENING_LINES + 3:
            break
    return None


def strip_dateline(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``lines`` (index, text) with a dateline cut off the first prose line."""
    for position, (index, raw) in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if not _is_prose(line):
            if position > _OPENING_LINES:
                break
            continue
        found = dates.dateline(line)
        if found:
            lead = len(raw) - len(raw.lstrip())
            lines = list(lines)
            lines[position] = (index, raw[:lead] + raw[lead + found[0] :].lstrip())
        break
    return lines
