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
import operator
import re
import unicodedata
from collections import defaultdict

_LOOKAHEAD = 200
# any of these ends a line (a CR LF pair ends two: the CR's line and an empty one)
_BREAK = re.compile(r"[\n\r\x0b\x0c\x85\u2028\u2029]")

# What cleaners may remove inside a line: control characters (category Cc,
# U+0000-001F and U+007F-009F) and these invisibles
_INVISIBLE = frozenset("\u00ad\u200b\u2060\ufeff")
_NOT_KEY = frozenset(map(chr, [*range(0x20), *range(0x7F, 0xA0)])) | _INVISIBLE
# ``\s`` matches exactly what ``str.isspace`` accepts (str patterns)
_IGNORABLE = r"\s\x00-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff"
_IGNORABLE_RUN = re.compile(f"[{_IGNORABLE}]+")
_KEY_RUN = re.compile(f"[^{_IGNORABLE}]+")
_SPACE_PAIR = re.compile(r"\s\s")
# the ignorable characters that are not white space (``str.split`` keeps them)
_NOT_SPACE_IGNORABLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff]")


def is_ignorable(ch: str) -> bool:
    """White space, a control character or an invisible one (not matched)."""
    return ch in _NOT_KEY or ch.isspace()


def _key(text: str) -> str:
    """A line's content for matching: composed, without white space or invisibles."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if _NOT_SPACE_IGNORABLE.search(text) is None:  # only white space to remove (most lines)
        return "".join(text.split())
    return _IGNORABLE_RUN.sub("", text)


# line breaks other than "\n": a text without them is split by ``str.split`` in C
_PLUS_ONE = (1).__add__
_OTHER_BREAKS = ("\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``; any line-break character ends a line."""
    if not any(mark in text for mark in _OTHER_BREAKS):
        lengths = list(map(len, text.split("\n")))
        starts = list(itertools.accumulate(map(_PLUS_ONE, lengths), initial=0))
        starts.pop()  # where a line after the last would start
        return list(zip(starts, map(operator.add, starts, lengths), strict=True))
    spans, start = [], 0
    for match in _BREAK.finditer(text):
        end = match.start()
        spans.append((start, end))
        start = end + 1
    spans.append((start, len(text)))
    return spans


class _Source:
    """The input's lines, found by their exact text (cheap: what a cleaner
    that only drops lines leaves) or by their key (computed when first needed)."""

    def __init__(self, original: str) -> None:
        self.text = original
        self.spans = _lines(original)
        if any(mark in original for mark in _OTHER_BREAKS):
            self.lines = [original[start:end] for start, end in self.spans]
        else:
            self.lines = original.split("\n")
        self.by_text: dict[str, list[int]] = defaultdict(list)
        for index, line in enumerate(self.lines):
            self.by_text[line].append(index)
        self._keys: list[str | None] = [None] * len(self.spans)
        self._where: dict[str, list[int]] | None = None

    def key(self, index: int) -> str:
        key = self._keys[index]
        if key is None:
            key = self._keys[index] = _key(self.lines[index])
        return key

    def _all_keys(self) -> list[str]:
        """Every line's key. In a composed (NFC) input without invisibles, a
        line's key is its text without white space (``_key`` then only
        splits and joins), and all lines are keyed at once."""
        text = self.text
        if _NOT_SPACE_IGNORABLE.search(text) is None and (
            text.isascii() or unicodedata.is_normalized("NFC", text)
        ):
            keys = list(map("".join, map(str.split, self.lines)))
            self._keys = list(keys)
            return keys
        return [self.key(index) for index in range(len(self.spans))]

    def exact(self, line: str, start: int) -> int | None:
        """The next line from ``start`` that is ``line`` as it was, when no line
        before it has the same key (so :meth:`find` would give it too)."""
        candidates = self.by_text.get(line)
        if not candidates:
            return None
        index = bisect.bisect_left(candidates, start)
        if index == len(candidates):
            return None
        found = candidates[index]
        if found > start:
            key = _key(line)
            if any(self.key(skipped) == key for skipped in range(start, found)):
                return None
        return found

    def last_copy_before(self, found: int, copies: list[int], following: str | None) -> int:
        """Of ``found`` and the later ``copies`` of its line, the last one before
        the input line of ``following`` (the next kept line). A paragraph
        printed twice whose first copy was dropped then maps to the copy kept,
        so a sentence running on to the next line does not span the dropped one."""
        later = copies[bisect.bisect_right(copies, found) :]
        if not later or following is None:
            return found
        after = self.exact(following, found + 1)
        if after is None:
            after = self.find(_key(following), found + 1)
        if after is None:
            return found
        return max((copy for copy in later if copy < after), default=found)

    def copies(self, key: str) -> list[int]:
        """The input lines with this key, in order."""
        if self._where is None:
            self._where = defaultdict(list)
            for index, line_key in enumerate(self._all_keys()):
                if line_key:
                    self._where[line_key].append(index)
        return self._where.get(key, [])

    def find(self, key: str, start: int) -> int | None:
        """The next line from ``start`` with this key, or (within ``_LOOKAHEAD``
        lines) one that starts or ends with it."""
        candidates = self.copies(key)
        if candidates:
            index = bisect.bisect_left(candidates, start)
            if index < len(candidates):
                return candidates[index]
        for index in range(start, min(len(self.spans), start + _LOOKAHEAD)):
            if self.key(index).startswith(key) or self.key(index).endswith(key):
                return index
        return None


def align(cleaned: str, original: str) -> list[int]:
    """``m`` with ``len(cleaned) + 1`` entries: ``m[i]`` is the input offset of
    cleaned offset ``i`` (non-decreasing).

    Lines kept as they were (all of them when a cleaner only dropped lines)
    are mapped as whole spans; only a line a cleaner changed is aligned
    character by character."""
    if cleaned == original:
        return list(range(len(cleaned) + 1))
    paired = _align_line_by_line(cleaned, original)
    if paired is not None:
        return paired[0]
    return _align_by_search(cleaned, original)


def _align_by_search(cleaned: str, original: str) -> list[int]:
    """:func:`align` for any change a cleaner makes: each cleaned line is looked for in
    the input from where the last one was found."""
    source = _Source(original)
    mapping = [0] * (len(cleaned) + 1)
    next_line = 0
    position = 0  # input offset of the last mapped character
    lines = _lines(cleaned)
    for number, (start, end) in enumerate(lines):
        line = cleaned[start:end]
        if _KEY_RUN.search(line) is None:  # blank: no key
            mapping[start : end + 1] = [position] * (end + 1 - start)
            continue
        found = source.exact(line, next_line)
        if found is not None:  # the line as it was
            found = _kept_copy(source, found, source.by_text[line], cleaned, lines, number)
            line_start, line_end = source.spans[found]
            mapping[start : end + 1] = range(line_start, line_end + 1)
            position = line_end
            next_line = found + 1
            continue
        key = _key(line)
        found = source.find(key, next_line)
        if found is None:
            mapping[start : end + 1] = [position] * (end + 1 - start)
            continue
        if source.key(found) == key:
            found = _kept_copy(source, found, source.copies(key), cleaned, lines, number)
        line_start, line_end = source.spans[found]
        found_key = source.key(found)
        skip = len(found_key) - len(key) if not found_key.startswith(key) else 0
        line_start = _after_key_chars(original, line_start, line_end, skip)
        if not _match_words(line, original, line_start, line_end, mapping, start):
            _match_chars(line, original, line_start, line_end, mapping, start)
            # never backwards; a line matched by words already is not (and every
            # offset of a later input line is past this line's)
            mapping[start : end + 1] = itertools.accumulate(mapping[start : end + 1], max)
        position = mapping[end]
        next_line = found + 1
    return mapping


def align_kept(cleaned: str, original: str) -> tuple[list[int], Spans]:
    """:func:`align` and the kept lines of :func:`line_spans` at once (for
    plain text both come out of one walk over the lines)."""
    if cleaned == original:
        mapping = list(range(len(cleaned) + 1))
    else:
        paired = _align_line_by_line(cleaned, original)
        if paired is not None:
            return paired
        mapping = _align_by_search(cleaned, original)  # the walk is not tried twice
    return mapping, line_spans(mapping, cleaned, original)[0]


def _align_line_by_line(cleaned: str, original: str) -> tuple[list[int], Spans] | None:
    """:func:`align` for the usual change of plain text (wire copy): every
    non-blank cleaned line is the next non-blank input line with its white
    space trimmed or squashed (its words unchanged), blank lines aside, and
    input lines are dropped only after the last one kept. The search of
    :func:`align` then finds exactly that input line for each cleaned line
    (the lines between have no key), so the line pairs are taken in order
    and each is mapped by the same code. None when the texts are not such
    (control characters, invisibles, other line breaks, an input not in NFC).
    The kept lines of :func:`line_spans` are then the paired input lines."""
    mapping = [0] * (len(cleaned) + 1)
    kept: Spans = []
    theirs = original.split("\n")
    count = len(theirs)
    input_start = 0  # where input line ``index`` starts
    index = 0
    position = 0
    start = 0
    for line in cleaned.split("\n"):
        end = start + len(line)
        if not line or line.isspace():  # blank: no key
            mapping[start : end + 1] = [position] * (end + 1 - start)
            start = end + 1
            continue
        while index < count and (not theirs[index] or theirs[index].isspace()):
            input_start += len(theirs[index]) + 1
            index += 1
        if index == count:
            return None
        given = theirs[index]
        line_start, line_end = input_start, input_start + len(given)
        if line == given:  # the line as it was
            mapping[start : end + 1] = range(line_start, line_end + 1)
        else:
            if line.split() != given.split():
                return None
            line_start = _after_key_chars(original, line_start, line_end, 0)
            if not _match_words(line, original, line_start, line_end, mapping, start):
                return None
        position = mapping[end]
        lead = len(given) - len(given.lstrip())
        kept.append((input_start + lead, input_start + len(given.rstrip())))
        input_start += len(given) + 1
        index += 1
        start = end + 1
    # the whole-text conditions last: a text that is not such fails its walk
    # early (a dateline cut off, a line dropped), before these scans
    if any(mark in cleaned or mark in original for mark in _OTHER_BREAKS):
        return None
    if _NOT_SPACE_IGNORABLE.search(cleaned) or _NOT_SPACE_IGNORABLE.search(original):
        return None
    if not original.isascii() and not unicodedata.is_normalized("NFC", original):
        return None
    return mapping, kept


def _kept_copy(
    source: _Source,
    found: int,
    copies: list[int],
    cleaned: str,
    lines: list[tuple[int, int]],
    number: int,
) -> int:
    """``found``, or a later copy of the line (:meth:`_Source.last_copy_before`);
    the next kept line is looked for only when the line has a later copy."""
    if copies[-1] <= found:
        return found
    return source.last_copy_before(found, copies, _next_kept_line(cleaned, lines, number))


def _next_kept_line(cleaned: str, lines: list[tuple[int, int]], number: int) -> str | None:
    """The first line after line ``number`` of ``cleaned`` that is not blank."""
    for start, end in lines[number + 1 :]:
        if _KEY_RUN.search(cleaned, start, end):
            return cleaned[start:end]
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


def _match_words(
    line: str, original: str, start: int, end: int, mapping: list[int], offset: int
) -> bool:
    """:func:`_match_chars` for the usual change, white space squashed or trimmed:
    the line's runs of visible characters are the input line's, and only white
    space lies between them. Gives the same mapping, a run at a time (False,
    mapping nothing, when the line is not such a line)."""
    if _is_verbatim(line, original, start, end):  # the input's tail after a cut dateline
        mapping[offset : offset + len(line) + 1] = range(start, end + 1)
        return True
    squashed = _match_squashed(line, original, start, end, mapping, offset)
    if squashed is not None:
        return squashed
    ours = [match.span() for match in _KEY_RUN.finditer(line)]
    theirs = [match.span() for match in _KEY_RUN.finditer(original, start, end)]
    if len(ours) != len(theirs):
        return False
    previous = 0
    for (a, b), (c, d) in zip(ours, theirs, strict=True):
        if line[a:b] != original[c:d] or (a > previous and not line[previous:a].isspace()):
            return False
        previous = b
    if previous < len(line) and not line[previous:].isspace():
        return False
    j = start  # as in _match_chars: a gap's first character maps to where the last run ended
    previous = 0
    for (a, b), (c, d) in zip(ours, theirs, strict=True):
        if a > previous:
            mapping[offset + previous] = j
            mapping[offset + previous + 1 : offset + a] = [c] * (a - previous - 1)
        mapping[offset + a : offset + b] = range(c, d)
        j, previous = d, b
    if previous < len(line):
        mapping[offset + previous] = j
        mapping[offset + previous + 1 : offset + len(line)] = [end] * (len(line) - previous - 1)
        j = end
    mapping[offset + len(line)] = j
    return True


# Two or more white-space characters in a row: where a squashed line's offsets jump
_SPACE_RUN = re.compile(r"\s{2,}")


def _match_squashed(
    line: str, original: str, start: int, end: int, mapping: list[int], offset: int
) -> bool | None:
    """:func:`_match_words` for a line that is the input line with white space
    squashed (what the white-space cleaner leaves): single white-space
    characters between its words and none at its ends, no invisibles in
    either. The mapping is then linear between the input's runs of two or more
    white-space characters (a single one maps to itself), so it is written a
    stretch at a time, not a word at a time. None when the line is not such a
    line (the general walk decides)."""
    if not line or line[0].isspace() or line[-1].isspace() or _SPACE_PAIR.search(line):
        return None
    if _NOT_SPACE_IGNORABLE.search(line) or _NOT_SPACE_IGNORABLE.search(original, start, end):
        return None
    words = original[start:end].split()
    if line.split() != words:
        return False  # the runs of visible characters differ: not the word-run mapping
    segment = original[start:end]
    line_at, at = 0, start + len(segment) - len(segment.lstrip())
    stop = start + len(segment.rstrip())  # the last run's end (trailing white space after)
    for gap in _SPACE_RUN.finditer(original, at, stop):
        length = gap.start() - at  # this stretch and the gap's first character
        mapping[offset + line_at : offset + line_at + length + 1] = range(at, gap.start() + 1)
        line_at, at = line_at + length + 1, gap.end()
    mapping[offset + line_at : offset + len(line) + 1] = range(at, at + len(line) - line_at + 1)
    return True


def _is_verbatim(line: str, original: str, start: int, end: int) -> bool:
    """``line`` is ``original[start:end]`` with single white-space characters
    between its runs of visible characters and none at its ends: the mapping
    :func:`_match_words` gives it is then ``start`` ... ``end``, one by one."""
    return (
        0 < len(line) == end - start
        and original.startswith(line, start)
        and not line[0].isspace()
        and not line[-1].isspace()
        and _SPACE_PAIR.search(line) is None
        and _NOT_SPACE_IGNORABLE.search(line) is None
    )


def _match_chars(
    line: str, original: str, start: int, end: int, mapping: list[int], offset: int
) -> None:
    """Map each character of ``line`` (at cleaned ``offset``) into ``original[start:end]``.

    NFC splits a few input characters in two (U+1D1BB into U+1D1B9 U+1D165,
    U+FB2A into U+05E9 U+05C1): both come out of that one input character and
    map to it, so a span ending with either ends after it, not past it.
    """
    j = start
    last = -1  # input offset of the last character matched
    expansion = ""  # the rest of what NFC made of the input character at ``last``
    for i, ch in enumerate(line):
        if expansion:
            if ch == expansion[0]:
                mapping[offset + i] = last
                expansion = expansion[1:]
                continue
            expansion = ""
        if ch.isspace():
            mapping[offset + i] = j
            while j < end and is_ignorable(original[j]):
                j += 1
            continue
        while j < end and original[j] != ch and not _same(original[j], ch):
            if not is_ignorable(original[j]):
                break
            j += 1
        if j >= end and last >= 0:
            mapping[offset + i] = last
            continue
        mapping[offset + i] = min(j, end)
        last = j
        if j < end and original[j] != ch:
            composed = unicodedata.normalize("NFC", original[j])
            if len(composed) > 1 and composed[0] == ch:  # U+FB2A: two characters
                expansion = composed[1:]
                j += 1
                continue
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
    text reached the cleaned text, and the non-blank ones that did not
    (``mapping`` is :func:`align`'s: it never goes back)."""
    kept: Spans = []
    dropped: Spans = []
    size = len(cleaned)
    for start, end in _lines(original):
        text = original[start:end]
        if not text.strip():
            continue
        lead = len(text) - len(text.lstrip())
        span = (start + lead, start + len(text.rstrip()))
        # the mapping never goes back: the cleaned characters placed in this line are a range
        first = bisect.bisect_left(mapping, start, 0, size)
        last = bisect.bisect_left(mapping, end, first, size)
        (kept if _KEY_RUN.search(cleaned, first, last) else dropped).append(span)
    return kept, dropped


def same_text(a: str, b: str) -> bool:
    """``a`` and ``b`` are one text once white space, invisibles and Unicode
    composition are set aside (what an offset mapped to the input promises)."""
    return _key(a) == _key(b)
