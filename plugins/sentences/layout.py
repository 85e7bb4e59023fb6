"""Layout cues for the sentence splitter: paragraphs, lines, list items, quotations.

Every function here is linear in the length of the text: the regular
expressions have no nested or overlapping quantifiers, and look-arounds read
a bounded number of characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from ..text.quotation_marks import DOUBLE_MARK_PATTERN, DOUBLE_MARKS
from .forms import ASCII_LOWER, ASCII_UPPER, count_bytes

BULLETS = "•⁃▪◦‣●○■□►▸➢➤"
OPENERS = "\"'“‘«‹([{`"
_SKIP_BEFORE_WORD = OPENERS + BULLETS + "-–—*"
_NEXT_WINDOW = 80

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_BULLET_CHAR = re.compile(rf"[{BULLETS}]")
_MARKER = re.compile(
    rf"(?<!\S)(?P<bullet>[{BULLETS}][^\S\n]*)?(?P<label>\d{{1,2}}|[A-Za-z])(?P<sep>\.\)|\)|\.)(?=\s)"
)
_LINE_ITEM = re.compile(rf"(?:[{BULLETS}]|[-*+][^\S\n]|(?:\d{{1,2}}|[A-Za-z])(?:\.\)|\)|\.)\s)")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def next_word(text: str, pos: int) -> str:
    """The first word after ``pos``, skipping spaces, opening quotes, brackets and dashes.

    Returns "" when no word follows within a short window (end of text, or only
    punctuation such as "??" follows).
    """
    found = _NEXT_WORD.match(text, pos, pos + _NEXT_WINDOW)
    return found.group(1) if found else ""


# White space and the characters skipped before a word, then letters, digits
# and the characters a word may hold ("don't", "$5", "#1", "50%").
_NEXT_WORD = re.compile(rf"[\s{re.escape(_SKIP_BEFORE_WORD)}]*((?:[^\W_]|['’\-$£€¥#%])*)")


def opens_sentence(word: str) -> bool:
    """True when ``word`` could open a sentence: capitalised, a number, money or uncased."""
    if not word:
        return False
    first = word[0]
    return not first.islower() and (first.isalnum() or first in "$£€¥#")


# --- lines and paragraphs ----------------------------------------------------


def _is_hard_wrapped(lengths: list[int]) -> bool:
    """Newswire-style text broken into lines of similar width (about 60-80 characters)."""
    if len(lengths) < 3:
        return False
    width = max(lengths)
    if not 40 <= width <= 100:
        return False
    return sum(length >= 0.6 * width for length in lengths) >= 0.5 * len(lengths)


def _is_heading(line: str) -> bool:
    """A title or dateline: no final punctuation and (nearly) every long word capitalised."""
    if line[-1] in ".!?,;:…":
        return False
    if not any(c.islower() for c in line):
        return True
    words = _WORD.findall(line)
    if not words or words[-1][0].islower():
        return False
    long_words = [w for w in words if len(w) >= 4]
    if not long_words:
        return len(words) <= 3
    return sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def _starts_item(raw_line: str) -> bool:
    stripped = raw_line.lstrip()
    return bool(stripped) and _LINE_ITEM.match(stripped) is not None


# What a line ``_LINE_ITEM`` matches begins with: a bullet or "-", "*", "+",
# or a label of one or two characters and its "." or ")". A line with none of
# them in its first three characters (most lines) is not tried.
_ITEM_OPENERS = frozenset(BULLETS + "-*+")


def _may_start_item(line: str) -> bool:
    head = line[1:3]
    return line[:1] in _ITEM_OPENERS or "." in head or ")" in head


_FINAL_MARKS = ".!?…\"'”’"


def _newline_is_boundary(
    prev: str, nxt: str, raw_next: str, wrapped: bool, caps_text: bool
) -> bool:
    """Does a single newline between two non-blank lines end a sentence?
    (``nxt`` is the next line ``raw_next`` stripped.)"""
    if _may_start_item(nxt) and _starts_item(raw_next):
        return True
    if prev[-1] in _FINAL_MARKS:
        return False  # the punctuation rules decide
    if prev[-1] in ")]" and (wrapped or prev[-2:-1] in _FINAL_MARKS):
        # A paragraph line that ends in a bracket without a full stop inside
        # it ("... with two cubs (stock image)") ends like a caption, not like
        # a sentence running on: the rules for lines without final
        # punctuation below apply. In hard-wrapped text a bracket often ends
        # a line in mid-sentence, so there the punctuation rules decide.
        return False
    if not wrapped:
        # Lines are paragraphs, headings or menu items; only a line broken in
        # mid-phrase (long, ending in a word, continued in lower case) goes on.
        return not (
            nxt[0].islower() and (prev[-1].isalpha() or prev[-1] in ",;") and len(prev) > 30
        )
    if nxt[0].islower():
        return False
    indented = raw_next[:1] == "\t" or raw_next[:2] == "  "
    if indented:
        return True
    return not caps_text and _is_heading(prev)


def _mostly_capitals(text: str) -> bool:
    """Fewer than 0.3 small ASCII letters per capital (old wire copy in capitals)."""
    return count_bytes(text, ASCII_LOWER) < 0.3 * count_bytes(text, ASCII_UPPER)


def _bullets(text: str) -> list[int]:
    """Offsets of bullet characters that start a word (at the start or after white space)."""
    if not any(map(text.__contains__, BULLETS)):
        return []  # a few quick scans (none for Latin-1 text) instead of a pattern's slow one
    return [
        m.start()
        for m in _BULLET_CHAR.finditer(text)
        if m.start() == 0 or text[m.start() - 1].isspace()
    ]


def hard_cuts(text: str) -> list[int]:
    """Sentence boundaries from layout alone: blank lines and line breaks between items."""
    cuts = [m.start() for m in _BLANK_LINE.finditer(text)]
    cuts.extend(_bullets(text))
    if "\n" not in text:
        return sorted(cuts)
    lines = text.split("\n")
    ends = list(accumulate(len(line) + 1 for line in lines))  # one past each line's newline
    stripped = [line.strip() for line in lines]
    lengths = [len(line) for line in stripped if line]
    wrapped = _is_hard_wrapped(lengths)
    caps_text = wrapped and _mostly_capitals(text)
    for i in range(len(lines) - 1):
        if stripped[i] and stripped[i + 1]:
            if _newline_is_boundary(stripped[i], stripped[i + 1], lines[i + 1], wrapped, caps_text):
                cuts.append(ends[i] - 1)  # the newline ending line i
    cuts.sort()
    return cuts


# --- list items ----------------------------------------------------------------


@dataclass
class ListMarkers:
    cuts: list[int]
    punctuation: set[int]  # offsets of marker periods that must not end a sentence


def _marker_key(label: str, sep: str) -> tuple[str, str]:
    kind = "digit" if label.isdigit() else "lower" if label.islower() else "upper"
    return kind, sep


def _marker_value(label: str) -> int:
    return int(label) if label.isdigit() else ord(label.lower()) - ord("a") + 1


def _at_line_start(text: str, pos: int) -> bool:
    low = max(0, pos - 40)
    newline = text.rfind("\n", low, pos)
    if newline < 0 and low > 0:
        return False
    return not text[newline + 1 : pos].strip()


def list_markers(text: str) -> ListMarkers:
    """Numbered and lettered items ("1.", "2)", "a.", "• 9.") in running text.

    A marker counts when it has a bullet, starts a line, or belongs to a run
    of consecutive labels starting at 1 or "a" (so "rose 2. The" is not a list).
    """
    found = ListMarkers([], set())
    chains: dict[tuple[str, str], list[list[re.Match[str]]]] = {}
    for m in markers(text):
        label, sep = m.group("label"), m.group("sep")
        nxt = next_word(text, m.end())
        if sep == "." and label.isdigit() and not opens_sentence(nxt):
            continue
        if m.group("bullet") or (_at_line_start(text, m.start()) and not label.isupper()):
            _accept(found, m)
        elif label.isupper() and sep == ".":
            continue
        runs = chains.setdefault(_marker_key(label, sep), [])
        value = _marker_value(label)
        if value == 1:
            runs.append([m])
        elif runs and value == _marker_value(runs[-1][-1].group("label")) + 1:
            runs[-1].append(m)
    for runs in chains.values():
        for run in runs:
            if len(run) >= 2:
                for m in run:
                    _accept(found, m)
    found.cuts = sorted(set(found.cuts))
    return found


# What every marker ends with: its separator, then white space. Text has few
# of these, and the regex engine finds them by a fast scan for the first
# character; ``_MARKER``, whose look-behind has the engine try a match at
# every position, is then tried only at the few places a marker ending there
# could start.
_MARKER_END = re.compile(r"(?:\.\)|\)|\.)(?=\s)")


def markers(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_MARKER`` in ``text``, the ones ``finditer`` gives."""
    for end in _MARKER_END.finditer(text):
        for start in _marker_starts(text, end.start()):
            m = _MARKER.match(text, start)
            if m is not None and m.end() == end.end():
                yield m
                break


def _marker_starts(text: str, sep: int) -> list[int]:
    """Where a marker whose separator starts at ``sep`` may start, in text order:
    at its label (one or two characters before), after white space, a bullet
    or the start of the text, or at a bullet before it and spaces."""
    starts = set()
    for label in (sep - 2, sep - 1):
        before = text[label - 1] if label > 0 else " "
        if label < 0 or not (before.isspace() or before in BULLETS):
            continue
        starts.add(label)
        i = label
        while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
            i -= 1
        if i > 0 and text[i - 1] in BULLETS:
            starts.add(i - 1)
    return sorted(starts)


def _accept(found: ListMarkers, m: re.Match[str]) -> None:
    found.cuts.append(m.start())
    sep_start = m.start("sep")
    found.punctuation.update(range(sep_start, m.end()))


# --- quotations ----------------------------------------------------------------


@dataclass
class Quotations:
    """Double-quoted stretches inside one block, as (open, close) offsets."""

    opens: list[int]
    closes: list[int]

    def is_closing(self, pos: int) -> bool:
        i = bisect_right(self.closes, pos) - 1
        return i >= 0 and self.closes[i] == pos

    def encloses(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` lies inside one quotation, before its closing mark."""
        i = bisect_right(self.opens, start) - 1
        return i >= 0 and self.opens[i] < start and end <= self.closes[i]


def _quote_role(text: str, pos: int) -> str:
    """ "open", "close" or "either" (a straight quote with space on both sides)."""
    char = text[pos]
    if char in "“„«":
        return "open"
    if char in "”»":
        return "close"
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/":
        return "either" if after.isspace() else "open"
    return "close"


# The double marks ASCII text can hold (the straight one): a pattern of one
# character is searched for as a literal, much quicker than a class.
_ASCII_DOUBLE_MARK_PATTERN = re.compile(
    "[" + re.escape("".join(c for c in DOUBLE_MARKS if c.isascii())) + "]"
)


def quotations(text: str, cuts: list[int]) -> Quotations:
    """Pair double quotes within each block (blocks end at the layout cuts)."""
    found = Quotations([], [])
    open_pos = -1
    open_block = -1
    marks = _ASCII_DOUBLE_MARK_PATTERN if text.isascii() else DOUBLE_MARK_PATTERN
    for m in marks.finditer(text):
        pos = m.start()
        block = bisect_right(cuts, pos)
        role = _quote_role(text, pos)
        is_open = open_pos >= 0 and block == open_block
        if role == "open" or (role == "either" and not is_open):
            open_pos, open_block = pos, block
        elif is_open:
            found.opens.append(open_pos)
            found.closes.append(pos)
            open_pos = -1
    return found
