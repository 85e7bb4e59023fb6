"""Features of the lines of a scraped page, for the learned line classifier.

A scraped page (every visible line of a web page, as copied or scraped) is a
sequence of lines; the article is mostly one run of prose lines in it, with
captions, inserts and short lines inside, and menus, link lists, credits,
tickers and footers around it. Each non-blank line gets numbers that describe
it and its surroundings, none of them about a site or a string of the data:

* the line itself: length, words, sentence punctuation, capitalisation,
  letters/digits/punctuation shares, the share of short function words (prose
  has many, menus and headlines few), link- and menu-like shape (separators,
  web addresses, the navigation and prompt rules of ``_cleaning_rules``);
* the page: position, how often the same line appears, the block (lines
  between blank lines) it sits in;
* the main prose block: the run of lines with the most prose (a maximum-sum
  segment: prose lines add their words, other lines subtract a little), and
  how far the line is from it;
* its neighbours: the same few numbers for the lines before and after.

:func:`page_lines` splits a text into lines with their offsets; :func:`features`
gives one row of floats per non-blank line (``FEATURE_NAMES`` names the
columns). Work is linear in the text (bounded work per line).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter

from ..text import dates
from . import rules

# Short function words: their share tells running prose from menus and titles.
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at for with from by and or but as is are was were be been has have"
    " had it its this that these those he she they we you i his her their our not no said says"
    " will would could should can may who which what when where than then there after before"
    " about into over also".split()
)
_SEPARATORS = tuple(frozenset("|•›»·→>/"))
_ASCII_SEPARATORS = tuple(mark.encode("ascii") for mark in _SEPARATORS if mark.isascii())
_OTHER_SEPARATORS = tuple(mark for mark in _SEPARATORS if not mark.isascii())
_SENTENCE_END = frozenset(".!?…。！？")
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘«("
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_SENTENCE_MARK = re.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]*[A-Z]")
# Imperatives of the web page (not of an article): "Click to share", "Tap here".
_WEB_VERB = re.compile(
    r"[\W_]*(?:click|tap|share|follow|subscribe|sign|log|download|watch|listen|read|see|view"
    r"|join|get|visit|sponsored|advertisement)\b",
    re.IGNORECASE,
)
# The heading of a reader-comments section: "34 Comments", "12 responses to ...".
_COMMENT_HEADING = re.compile(
    r"^\W*\d+\s+(?:comments?|responses?|replies|reactions)\b|\bcomments?\s*\(\d+\)"
    r"|(?:leave|post|add)\s+a\s+(?:comment|reply)",
    re.IGNORECASE,
)
_WEB = re.compile(r"https?://|www\.|\.com\b|@\w|\w@\w")
# A line is scanned up to this many characters (bounded work per line).
_MAX_SCAN = 2000
_WINDOW = 3
# A hard-wrapped line is at least this long; at _WRAP_LONG an unfinished line
# is taken as wrapped whatever the next line starts with.
_WRAP_MIN = 40
_WRAP_LONG = 60
_WRAP_WIDTH = 100


@dataclass
class Line:
    """A non-blank line: ``text`` is ``page[start:end]`` stripped of its ends."""

    start: int
    end: int
    text: str
    blank_before: bool
    blank_after: bool


def page_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with their character spans; the lines of
    a hard-wrapped paragraph (wire copy) are joined into one ``Line`` spanning
    them, its text joined with spaces."""
    lines: list[Line] = []
    position = 0
    blank = True  # the page's start counts as a blank line
    raws = text.split("\n")
    wire = _is_hard_wrapped(raws)
    indent = 0
    for raw in raws:
        stripped = raw.strip()
        if stripped:
            start = position + len(raw) - len(raw.lstrip())
            previous = lines[-1] if lines and not blank else None
            new_indent = len(raw) - len(raw.lstrip())
            if wire and previous is not None:
                joins = new_indent <= indent or not _ends_sentence(previous.text)
            else:
                joins = previous is not None and _wraps_into(previous.text, stripped)
            indent = new_indent
            if previous is not None and joins:
                previous.text = (previous.text + " " + stripped)[:_MAX_SCAN]
                previous.end = start + len(stripped)
            else:
                if lines:
                    lines[-1].blank_after = blank
                lines.append(Line(start, start + len(stripped), stripped, blank, True))
            blank = False
        else:
            blank = True
        position += len(raw) + 1
    return lines


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in ".!?:;…。"


def _is_hard_wrapped(raws: list[str]) -> bool:
    """Wire copy: no line longer than ``_WRAP_WIDTH`` and many lines running on
    into the next one unfinished (a paragraph broken into lines)."""
    filled = [raw.strip() for raw in raws if raw.strip()]
    if len(filled) < 4 or max(len(line) for line in filled) > _WRAP_WIDTH:
        return False
    running = sum(
        1
        for index, raw in enumerate(raws[:-1])
        if len(raw.strip()) >= 25 and raws[index + 1].strip() and not _ends_sentence(raw.strip())
    )
    return running >= 0.3 * len(filled)


def _wraps_into(previous: str, line: str) -> bool:
    """``line`` continues ``previous``'s sentence, broken by hard wrapping: the
    previous line is long and unfinished, and this one starts in lower case,
    or the previous one is wire-copy long and does not end a sentence."""
    if _ends_sentence(previous) or len(previous) < _WRAP_MIN:
        return False
    return line[:1].islower() or line[:1].isdigit() or len(previous) >= _WRAP_LONG


LINE_NAMES = (
    "log_chars", "log_words", "ends_sentence", "ends_colon", "sentence_marks", "cap_share",
    "all_caps", "title_case", "letter_share", "digit_share", "punct_share", "function_share",
    "comma_share", "separators", "navigation", "byline", "date_line", "links_heading",
    "end_heading", "starts_lower", "starts_quote", "web_address", "mean_word", "copyright",
    "bullet", "web_verb", "comment_heading", "cjk_share", "prose",
)  # fmt: skip
_NEIGHBOUR_NAMES = (
    "log_words", "ends_sentence", "function_share", "navigation", "prose", "log_chars",
    "cap_share", "title_case", "separators", "date_line", "links_heading", "web_verb",
)  # fmt: skip
_COMMENT_COLUMN = LINE_NAMES.index("comment_heading")
_NEIGHBOUR_COLUMNS = tuple(LINE_NAMES.index(name) for name in _NEIGHBOUR_NAMES)
PAGE_NAMES = (
    "position", "char_position", "blank_before", "blank_after", "repeats", "block_lines",
    "block_log_words", "block_prose", "in_main", "before_main", "after_main", "window_prose",
    "window_log_words", "log_lines", "shape_repeats", "short_run", "prose_distance",
    "after_comments",
)  # fmt: skip
FEATURE_NAMES = (
    LINE_NAMES
    + PAGE_NAMES
    + tuple(
        f"{side}{distance}_{name}"
        for side in ("prev", "next")
        for distance in (1, 2)
        for name in _NEIGHBOUR_NAMES
    )
)


def line_features(text: str) -> list[float]:
    """The numbers of one stripped line (``LINE_NAMES``)."""
    text = text[:_MAX_SCAN]
    words = _WORD.findall(text)
    n_words = len(words)
    non_space = max(1, len(text) - text.count(" "))
    core = text.rstrip(_CLOSERS)
    last = core[-1:] if core else ""
    data, others = _split_ascii(text)
    letters, upper, digits, punct, cjk = _counts(data, others)
    capitalised = sum(map(str.isupper, map(_first_char, words)))
    function = sum(map(_FUNCTION_WORDS.__contains__, map(str.lower, words)))
    first = text.lstrip(_OPENERS)[:1]
    ends_sentence = last in _SENTENCE_END
    prose = ends_sentence and (
        (n_words >= 10 and function >= 0.15 * n_words) or (cjk >= 20 and n_words >= 1)
    )
    heading = rules.block_heading_kind(text)
    return [
        math.log1p(len(text)),
        math.log1p(n_words),
        float(ends_sentence),
        float(last == ":"),
        min(5.0, len(_SENTENCE_MARK.findall(text))),
        capitalised / max(1, n_words),
        float(letters > 0 and upper == letters),
        float(rules.is_title_case(text)),
        letters / non_space,
        digits / non_space,
        punct / non_space,
        function / max(1, n_words),
        text.count(",") / max(1, n_words),
        float(_separators(data, others)),
        float(rules.is_call_to_action(text)),
        float(rules.is_byline(text)),
        float(
            digits > 0
            and _may_be_date_line(text, letters + digits + punct)
            and dates.parse_date_line(text) is not None
        ),
        float(heading == "links"),
        float(heading == "end"),
        float(first.islower()),
        float(text[:1] in _OPENERS),
        float(_has_web_address(text)),
        len("".join(words)) / max(1, n_words),
        float("©" in text or "copyright" in text[:200].lower()[:200]),
        float(text[:1] in "•-–—*·"),
        float(_WEB_VERB.match(text) is not None),
        float(heading == "end" or _is_comment_heading(text[:200])),
        cjk / non_space,
        float(prose),
    ]


_first_char = itemgetter(0)


def _separators(data: bytes, others: str) -> int:
    """Separator marks in a text whose ASCII characters are ``data``, the rest ``others``."""
    found = sum(map(data.count, _ASCII_SEPARATORS))
    return found + sum(map(others.count, _OTHER_SEPARATORS)) if others else found


def _may_be_date_line(text: str, visible: int) -> bool:
    """False when ``dates.parse_date_line`` is sure to say no for its length:
    it reads at most ``MAX_DATE_LINE`` characters once white space is squashed
    and final full stops are cut, and ``visible`` (letters, digits and
    punctuation counted) characters survive the squashing."""
    return visible - text.count(".") <= dates.MAX_DATE_LINE


# Substrings without which the patterns cannot match: a scan in C rules most
# lines out before the pattern (alternatives without a literal prefix) runs.
_WEB_MARKS = ("://", "www.", ".com", "@")
_COMMENT_MARKS = ("comment", "respons", "repl", "reaction")  # in the casefolded text


def _has_web_address(text: str) -> bool:
    return any(map(text.__contains__, _WEB_MARKS)) and _WEB.search(text) is not None


def _is_comment_heading(text: str) -> bool:
    # an ASCII text's case folding is its lower case (cheaper to compute)
    folded = text.lower() if text.isascii() else text.casefold()
    return any(map(folded.__contains__, _COMMENT_MARKS)) and (
        _COMMENT_HEADING.search(text) is not None
    )


def _ascii_deletions(keep: Callable[[str], bool]) -> bytes:
    """The ASCII bytes to delete so that only those ``keep`` accepts are left."""
    return bytes(code for code in range(128) if not keep(chr(code)))


_NOT_ALPHA = _ascii_deletions(str.isalpha)
_NOT_UPPER = _ascii_deletions(str.isupper)
_NOT_DIGIT = _ascii_deletions(str.isdigit)
_NOT_SPACE = _ascii_deletions(str.isspace)
_CJK = re.compile("[\u3040-\u9fff\uac00-\ud7af]")
_ASCII_BYTES = bytes(range(128))


def _non_ascii(text: str) -> str:
    """The characters of ``text`` outside ASCII, in order: in UTF-8 every byte
    of such a character is 128 or more and every ASCII byte less, so deleting
    the ASCII bytes leaves exactly their encodings (lone surrogates pass too)."""
    encoded = text.encode("utf-8", "surrogatepass")
    return encoded.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _char_counts(text: str) -> tuple[int, int, int, int, int]:
    """Letters, capitals, digits, punctuation (neither alphanumeric nor space)
    and CJK characters of ``text``: its ASCII characters (most of any line)
    counted by byte deletion in C, the others by ``str`` predicates."""
    return _counts(*_split_ascii(text))


def _split_ascii(text: str) -> tuple[bytes, str]:
    """The ASCII characters of ``text`` (as bytes) and the others, each in order."""
    if text.isascii():
        return text.encode("ascii"), ""
    return text.encode("ascii", "ignore"), _non_ascii(text)


def _counts(data: bytes, others: str) -> tuple[int, int, int, int, int]:
    """``_char_counts`` of a text whose ASCII characters are ``data``, the rest ``others``."""
    letters, upper, digits, punct = _ascii_counts(data)
    if not others:
        return letters, upper, digits, punct, 0
    alnum = sum(map(str.isalnum, others))
    spaces = sum(map(str.isspace, others))
    return (
        letters + sum(map(str.isalpha, others)),
        upper + sum(map(str.isupper, others)),
        digits + sum(map(str.isdigit, others)),
        punct + len(others) - alnum - spaces,
        len(_CJK.findall(others)),
    )


def _ascii_counts(data: bytes) -> tuple[int, int, int, int]:
    """Letters, capitals, digits and punctuation of ASCII ``data``."""
    letters = len(data.translate(None, _NOT_ALPHA))
    digits = len(data.translate(None, _NOT_DIGIT))
    spaces = len(data.translate(None, _NOT_SPACE))
    upper = len(data.translate(None, _NOT_UPPER))
    return letters, upper, digits, len(data) - letters - digits - spaces


def best_run(weights: list[float]) -> tuple[int, int]:
    """(first, last) index of the maximum-sum segment; (0, -1) if none is positive."""
    best, span = 0.0, (0, -1)
    total, start = 0.0, 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = 0.0, index
        total += weight
        if total > best:
            best, span = total, (start, index)
    return span


def _prose_weight(row: list[float]) -> float:
    words = math.expm1(row[1])
    return words if row[-1] else -min(words, 6.0) - 2.0


def features(text: str, lines: list[Line] | None = None) -> list[list[float]]:
    """One row of ``FEATURE_NAMES`` per non-blank line of ``text``."""
    lines = page_lines(text) if lines is None else lines
    base = [line_features(line.text) for line in lines]
    count = len(lines)
    if not count:
        return []
    keys = [rules.line_key(line.text) for line in lines]
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    blocks = _blocks(lines)
    block_words, block_prose = _block_sums(blocks, base)
    first, last = best_run([_prose_weight(row) for row in base])
    prose = [row[-1] for row in base]
    log_words = [row[1] for row in base]
    shapes = [_shape(line.text) for line in lines]
    shape_counts: dict[tuple[str, int, str], int] = {}
    for shape in shapes:
        shape_counts[shape] = shape_counts.get(shape, 0) + 1
    short_runs = _short_runs(log_words)
    prose_distance = _distances(prose)
    neighbours = _neighbour_rows(base)
    comments_at = next((i for i, row in enumerate(base) if row[_COMMENT_COLUMN]), count)
    rows = []
    for index, line in enumerate(lines):
        block_start, block_end = blocks[index]
        block = range(block_start, block_end + 1)
        low, high = max(0, index - _WINDOW), min(count, index + _WINDOW + 1)
        page = [
            index / count,
            line.start / max(1, lines[-1].end),
            float(line.blank_before),
            float(line.blank_after),
            float(min(3, seen[keys[index]] - 1)),
            math.log1p(len(block)),
            math.log1p(block_words[block_start]),
            block_prose[block_start] / len(block),
            float(first <= index <= last),
            math.log1p(max(0, first - index)),
            math.log1p(max(0, index - last)) if last >= 0 else 0.0,
            sum(prose[low:high]) / (high - low),
            sum(log_words[low:high]) / (high - low),
            math.log1p(count),
            math.log1p(shape_counts[shapes[index]] - 1),
            math.log1p(short_runs[index]),
            math.log1p(prose_distance[index]),
            float(index > comments_at),
        ]
        rows.append(base[index] + page + neighbours[index])
    return rows


_DIGITS = re.compile(r"\d+")


def _shape(text: str) -> tuple[str, int, str]:
    """What repeats in a list of teasers: first word (digits blurred), size, last mark."""
    head = text.split(None, 10)  # the words, the tenth on joined with the rest
    first = _DIGITS.sub("0", head[0].lower())[:12]
    size = 0 if len(head) < 4 else 1 if len(head) < 10 else 2
    last = text[-1:]
    return first, size, last if not last.isalnum() else "a"


def _short_runs(log_words: list[float]) -> list[int]:
    """Length of the run of short lines (under 5 words) each line belongs to (0 if long)."""
    short = [w < math.log1p(5) for w in log_words]
    runs = [0] * len(short)
    index = 0
    while index < len(short):
        if not short[index]:
            index += 1
            continue
        end = index
        while end < len(short) and short[end]:
            end += 1
        for i in range(index, end):
            runs[i] = end - index
        index = end
    return runs


def _distances(flags: list[float]) -> list[int]:
    """Lines to the nearest flagged line (the page length when none is)."""
    count = len(flags)
    out = [count] * count
    last = None
    for index in range(count):
        if flags[index]:
            last = index
        if last is not None:
            out[index] = index - last
    last = None
    for index in range(count - 1, -1, -1):
        if flags[index]:
            last = index
        if last is not None:
            out[index] = min(out[index], last - index)
    return out


def _neighbour_rows(base: list[list[float]]) -> list[list[float]]:
    """Per line, ``_NEIGHBOUR_COLUMNS`` of the lines 1 and 2 before it, then 1
    and 2 after it (-1 where the page has no such line)."""
    pick = itemgetter(*_NEIGHBOUR_COLUMNS)
    picked = [list(pick(row)) for row in base]
    missing = [-1.0] * len(_NEIGHBOUR_COLUMNS)
    count = len(base)
    return [
        (picked[index - 1] if index >= 1 else missing)
        + (picked[index - 2] if index >= 2 else missing)
        + (picked[index + 1] if index + 1 < count else missing)
        + (picked[index + 2] if index + 2 < count else missing)
        for index in range(count)
    ]


def _block_sums(
    blocks: list[tuple[int, int]], base: list[list[float]]
) -> tuple[dict[int, float], dict[int, float]]:
    """Words and prose lines of each block, keyed by its first line (one pass)."""
    words: dict[int, float] = {}
    prose: dict[int, float] = {}
    for (start, _), row in zip(blocks, base, strict=True):
        words[start] = words.get(start, 0.0) + math.expm1(row[1])
        prose[start] = prose.get(start, 0.0) + row[-1]
    return words, prose


def _blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """(first, last) line index of the block (run between blank lines) of each line."""
    spans: list[tuple[int, int]] = []
    start = 0
    for index, line in enumerate(lines):
        if line.blank_after:
            spans.extend([(start, index)] * (index - start + 1))
            start = index + 1
    if start < len(lines):
        spans.extend([(start, len(lines) - 1)] * (len(lines) - start))
    return spans
