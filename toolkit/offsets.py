"""Offsets of the cleaned text mapped back to the text the user gave.

Cleaners drop whole lines (page furniture), trim and squash white space,
remove invisible characters and compose Unicode (NFC); they never reorder
lines or rewrite words. So the cleaned text can be aligned with the input line
by line, in order: each cleaned line is found as the next input line with the
same content once white space and invisible characters are set aside (or, for
a line whose glued call to action or dateline was cut off, the next line that
starts or ends with it), and the characters inside a line are matched one by one.

:func:`align` gives, for every offset ``0..len(cleaned)`` of the cleaned text,
an offset into the input, so ``input[m[start]:m[end]]`` is the input text of
``cleaned[start:end]`` (the same words; white space may differ).
:func:`line_spans` gives the input lines kept and dropped. Work is linear in
the two texts (a line is looked for among at most ``_LOOKAHEAD`` input lines
when it is not found by its exact content).
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from collections import defaultdict

_LOOKAHEAD = 200
_SPLIT = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n"})
_SPLIT_TWO = str.maketrans({"\u2029": "\n"})


# What cleaners may remove inside a line: control characters and these invisibles
_INVISIBLE = frozenset("\u00ad\u200b\u2060\ufeff")


def is_ignorable(ch: str) -> bool:
    """White space, a control character or an invisible one (not matched)."""
    return ch.isspace() or ch in _INVISIBLE or unicodedata.category(ch) == "Cc"


_DELETE = str.maketrans(dict.fromkeys([*range(0x20), *range(0x7F, 0xA0), *map(ord, _INVISIBLE)]))


def _key(text: str) -> str:
    """A line's content for matching: composed, without white space or invisibles."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return "".join(text.translate(_DELETE).split())


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``; any line-break character ends a line."""
    flat = text.translate(_SPLIT).translate(_SPLIT_TWO)
    spans, start = [], 0
    while True:
        end = flat.find("\n", start)
        if end == -1:
            spans.append((start, len(flat)))
            return spans
        spans.append((start, end))
        start = end + 1


def align(cleaned: str, original: str) -> list[int]:
    """``m`` with ``len(cleaned) + 1`` entries: ``m[i]`` is the input offset of
    cleaned offset ``i`` (non-decreasing)."""
    if cleaned == original:
        return list(range(len(cleaned) + 1))
    source = _lines(original)
    keys = [_key(original[s:e]) for s, e in source]
    where: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        if key:
            where[key].append(index)
    mapping = [0] * (len(cleaned) + 1)
    next_line = 0
    position = 0  # input offset of the last mapped character
    for start, end in _lines(cleaned):
        line = cleaned[start:end]
        key = _key(line)
        found = _find(key, keys, where, next_line) if key else None
        if found is None:
            for offset in range(start, end + 1):
                mapping[offset] = position
            continue
        line_start, line_end = source[found]
        if original[line_start:line_end] == line:  # the line as it was
            mapping[start : end + 1] = range(line_start, line_end + 1)
            position = line_end
            next_line = found + 1
            continue
        skip = len(keys[found]) - len(key) if not keys[found].startswith(key) else 0
        line_start = _after_key_chars(original, line_start, line_end, skip)
        _match_chars(line, original, line_start, line_end, mapping, start)
        position = mapping[end]
        next_line = found + 1
    return list(itertools.accumulate(mapping, max))  # never backwards


def _find(key: str, keys: list[str], where: dict[str, list[int]], start: int) -> int | None:
    candidates = where.get(key)
    if candidates:
        index = bisect.bisect_left(candidates, start)
        if index < len(candidates):
            return candidates[index]
    for index in range(start, min(len(keys), start + _LOOKAHEAD)):
        if keys[index].startswith(key) or keys[index].endswith(key):
            return index
    return None


def _after_key_chars(original: str, start: int, end: int, count: int) -> int:
    """The input offset after ``count`` key characters (white space and
    invisibles not counted) from ``start``: where a line's kept tail begins
    (a cleaner cut a dateline off its head)."""
    position = start
    while count > 0 and position < end:
        if not is_ignorable(original[position]):
            count -= 1
        position += 1
    while position < end and original[position].isspace():
        position += 1
    return position


def _match_chars(
    line: str, original: str, start: int, end: int, mapping: list[int], offset: int
) -> None:
    """Map each character of ``line`` (at cleaned ``offset``) into ``original[start:end]``."""
    j = start
    for i, ch in enumerate(line):
        if ch.isspace():
            mapping[offset + i] = j
            while j < end and is_ignorable(original[j]):
                j += 1
            continue
        while j < end and original[j] != ch and not _same(original[j], ch):
            if not is_ignorable(original[j]):
                break
            j += 1
        mapping[offset + i] = min(j, end)
        j = min(end, j + _composed_length(original, j, end, ch))
    mapping[offset + len(line)] = j


def _composed_length(original: str, j: int, end: int, ch: str) -> int:
    """How many input characters make ``ch`` (a base and combining marks NFC composes)."""
    length = 1
    while j + length < end and length < 4 and unicodedata.combining(original[j + length]):
        length += 1
    for size in range(length, 1, -1):
        if unicodedata.normalize("NFC", original[j : j + size]) == ch:
            return size
    return 1


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)


def map_span(mapping: list[int], start: int, end: int) -> tuple[int, int]:
    """An input span for the cleaned span ``[start, end)``."""
    last = len(mapping) - 1
    start, end = max(0, min(start, last)), max(0, min(end, last))
    if end <= start:
        return mapping[start], mapping[start]
    return mapping[start], mapping[end - 1] + 1


Spans = list[tuple[int, int]]


def line_spans(mapping: list[int], cleaned: str, original: str) -> tuple[Spans, Spans]:
    """(kept, dropped): the input lines (``(start, end)``, ends trimmed) whose
    text reached the cleaned text, and the non-blank ones that did not."""
    used = sorted({mapping[i] for i, ch in enumerate(cleaned) if not is_ignorable(ch)})
    kept: Spans = []
    dropped: Spans = []
    for start, end in _lines(original):
        text = original[start:end]
        if not text.strip():
            continue
        lead = len(text) - len(text.lstrip())
        span = (start + lead, start + len(text.rstrip()))
        index = bisect.bisect_left(used, start)
        (kept if index < len(used) and used[index] < end else dropped).append(span)
    return kept, dropped


def same_text(a: str, b: str) -> bool:
    """``a`` and ``b`` are one text once white space, invisibles and Unicode
    composition are set aside (what an offset mapped to the input promises)."""
    return _key(a) == _key(b)
