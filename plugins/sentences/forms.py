"""Text forms the sentence rules cannot read as they stand, and how to read them.

Two forms of news text carry no usable signal for the punctuation rules:

* **Caseless text** (all lower case, as CNN/DailyMail is distributed for
  research, or all capitals, as old wire copy): a capital no longer marks a
  sentence opener or a name. The splitter then reads a *view* of the text of
  the same length, lower-cased, in which the first letter after terminal
  punctuation is upper case: the abbreviation, initial
  and starter-word rules decide as they do on ordinary prose.
* **PTB-tokenized text** (``he said , `` it 's over . ''``, ``-lrb- cnn -rrb-``):
  every punctuation mark stands alone, so "a period followed by white space"
  no longer means anything. The tokens are joined back into prose by NLTK's
  Treebank detokenizer, the prose is split, and each sentence is mapped back
  to the tokens it covers, so the offsets point into the tokenized input.

NLTK is imported only when tokenized text is met.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

_PTB_BRACKETS = {
    "-lrb-": "-LRB-",
    "-rrb-": "-RRB-",
    "-lsb-": "-LSB-",
    "-rsb-": "-RSB-",
    "-lcb-": "-LCB-",
    "-rcb-": "-RCB-",
}
_RENDERED = {
    "``": '"',
    "''": '"',
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}
_TOKEN = re.compile(r"\S+")
# A mark before white space (or the end): it stands apart when white space
# (or the start) precedes it too, and is attached when a word character does.
_MARK = re.compile(r"(?:[,.;:?!%]|\.\.\.)(?=\s|$)")
_PTB_TOKEN = re.compile(
    r"(?:^|(?<=\s))(?:``|''|-[lr][rsc]b-|-[LR][RSC]B-|n't|'s|'re|'ve|'ll|'d|'m)(?=\s|$)"
)
_SENTENCE_END = re.compile(r"(?:^|[.!?…][\"'”’)\]]*\s+)[\"'“‘(\[]*(?=[^\W\d_])")

Spans = list[tuple[int, int]]

MIN_EVIDENCE = 3  # punctuation marks seen before a text is judged tokenized


def _mark_counts(text: str) -> tuple[int, int]:
    """How many of the marks prose attaches to a word stand apart, and how many are attached.

    The marks of ``_MARK``, counted by two patterns that start with the mark
    (so the regex engine skips to the marks) and look back from it: a mark
    after white space (or at the start), and a single mark after a word
    character."""
    return _apart_count(text), _attached_count(text)


def _apart_count(text: str) -> int:
    return len(_APART_MARK.findall(text)) + (1 if _MARK.match(text) else 0)


def _attached_count(text: str) -> int:
    return len(_ATTACHED_MARK.findall(text))


_APART_MARK = re.compile(r"[,.;:?!%](?<=\s[,.;:?!%])(?:(?<=\.)\.\.)?(?=\s|$)")
_ATTACHED_MARK = re.compile(r"[,.;:?!%](?<=\w[,.;:?!%])(?=\s|$)")


def _case_counts(text: str) -> tuple[int, int]:
    """Latin capitals and small letters in ``text`` (ASCII and Latin-1: A-Z and
    U+00C0-U+00DE, a-z and U+00DF-U+00FF), counted in its UTF-8 bytes.

    An ASCII byte in UTF-8 is always that character, and U+00C0-U+00FF are
    the byte C3 followed by 80-9E (capitals) or 9F-BF (small letters); C3 is
    never a continuation byte. So the counts need no list of the letters."""
    raw = text.encode("utf-8", "surrogatepass")
    size = len(raw)
    upper = size - len(raw.translate(None, ASCII_UPPER))
    lower = size - len(raw.translate(None, ASCII_LOWER))
    if b"\xc3" in raw:
        upper += len(_LATIN1_UPPER.findall(raw))
        lower += len(_LATIN1_LOWER.findall(raw))
    return upper, lower


ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_LATIN1_UPPER = re.compile(rb"\xc3[\x80-\x9e]")
_LATIN1_LOWER = re.compile(rb"\xc3[\x9f-\xbf]")


def count_bytes(text: str, letters: bytes) -> int:
    """How many characters of ``text`` are among the ASCII characters ``letters``."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, letters))


def looks_tokenized(text: str) -> bool:
    """True when the punctuation of ``text`` stands apart from the words, PTB style.

    Counts the marks prose attaches to the previous word (``, . ; : ? ! %``):
    written apart in at least 80% of cases, or a token only the Treebank
    tokenizer writes (``\\`\\```, ``-lrb-``, `` n't``) seen twice.
    """
    apart = _apart_count(text)
    if not apart:
        return False  # most prose: with no mark apart neither test below can hold
    attached = _attached_count(text)
    marks = apart + attached
    if marks >= MIN_EVIDENCE and apart >= 0.8 * marks:
        return True
    return apart > attached and len(_PTB_TOKEN.findall(text, 0, 20_000)) >= 2


def is_caseless(text: str) -> bool:
    """True when letter case carries no information: (almost) all lower or all upper case."""
    upper, lower = _case_counts(text)
    if upper > 0.02 * len(text) and upper > 20:
        return lower <= 0.02 * (upper + lower)
    letters = upper + lower
    return letters >= 20 and (upper <= 0.01 * letters or lower <= 0.02 * letters)


def caseless_view(text: str) -> str:
    """``text`` lower-cased, with the first letter of the text and after each
    sentence-final mark upper-cased; the same length as ``text``.

    Line starts are left alone: a lower-case line may continue the one before.
    """
    lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    chars = list(lowered)
    for m in _SENTENCE_END.finditer(lowered):
        pos = m.end()
        upper = chars[pos].upper()
        if len(upper) == 1:
            chars[pos] = upper
    return "".join(chars)


def _detokenize(tokens: list[str]) -> str:
    from nltk.tokenize.treebank import TreebankWordDetokenizer

    tokens = [_PTB_BRACKETS.get(t.lower(), t) for t in tokens]
    return TreebankWordDetokenizer().detokenize(tokens, convert_parentheses=True)


def _align(tokens: list[str], prose: str) -> list[int] | None:
    """Where each token starts in the detokenized ``prose`` (None if they cannot be found)."""
    starts: list[int] = []
    pos = 0
    for token in tokens:
        rendered = _RENDERED.get(_PTB_BRACKETS.get(token.lower(), token), token)
        while pos < len(prose) and prose[pos].isspace():
            pos += 1
        if not prose.startswith(rendered, pos):
            found = prose.find(rendered, pos, pos + len(rendered) + 8)
            if found < 0:
                return None
            pos = found
        starts.append(pos)
        pos += len(rendered)
    return starts


def split_tokenized(text: str, split_prose: Callable[[str], Spans]) -> Spans | None:
    """Sentences of PTB-tokenized ``text`` as offsets into it, or None when the
    detokenized prose cannot be aligned with the tokens."""
    matches = list(_TOKEN.finditer(text))
    if not matches:
        return []
    tokens = [m.group() for m in matches]
    try:
        prose = _detokenize(tokens)
    except ImportError:  # nltk is a dependency; a broken install falls back to the rules
        return None
    starts = _align(tokens, prose)
    if starts is None:
        return None
    sentence_starts = [start for start, _ in split_prose(prose)]
    spans: Spans = []
    current = -1
    for i, start in enumerate(starts):
        sentence = max(0, bisect_right(sentence_starts, start) - 1)
        if sentence != current or not spans:
            spans.append((matches[i].start(), matches[i].end()))
            current = sentence
        else:
            spans[-1] = (spans[-1][0], matches[i].end())
    return spans
