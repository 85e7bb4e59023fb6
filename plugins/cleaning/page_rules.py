"""Rules over the kept lines of a page as a whole (part of ``boilerplate``).

Three kinds of page furniture are only visible across lines, not in one:

* **A block printed twice.** A page often prints its lead (or a caption) as a
  teaser or description right above the same paragraph in the article, word
  for word or nearly (an article "a" for "the", a word added). Of two
  consecutive paragraphs of prose (ending a sentence, ten or more words of
  two letters or more, digits aside) whose words agree (Dice
  coefficient of their word multisets at least ``_SAME_BLOCK``), the first is
  dropped: the second is the article's own copy.
* **A trailing link list.** After the article's last sentence a page may end
  in other stories' headlines and teasers, section tags and separators, none
  of them ending a sentence ("- Cross-Strait", "U.S. says no talk about
  extending ...", "... World News -"). Two or more such lines ending the
  text, after a text that has prose, are dropped when each is a teaser in
  sentence case (three or more words in lower case) or a separator or short
  tag, and one is a teaser; not when one of them ends in a colon (a list the
  article introduces). A list of names, dates or places, a table or a
  signature ending an article is not in sentence case and stays.
* **A notice about the page.** A paragraph that opens by talking about the
  story itself ("This archived news story is available only for your
  personal, non-commercial use ...", "This article was amended on ...") is
  an editor's or publisher's note, not the article.

Each rule is linear in the number of lines, with bounded work per line.
"""

from __future__ import annotations

import re
from collections import Counter

from . import rules

_SAME_BLOCK = 0.8
_MIN_BLOCK_WORDS = 10
_MIN_BLOCK_CHARS = 3 * _MIN_BLOCK_WORDS - 1  # ten words of two letters, spaces between
_MAX_TAIL_LINE = 240
_MIN_TAIL_LINES = 2
_TAIL_SCAN = 40
_PROSE_WORDS = 12
_TEASER_LOWER_WORDS = 3
_TAG_WORDS = 3
_WORD = re.compile(r"\w+")
_CLOSERS = "\"'”’)]»"
_NOTICE = rules.LazyPattern(
    r"this\s+(?:archived\s+)?(?:news\s+)?(?:story|article|page|post|content)\s+"
    r"(?:is|was|has\s+been|had\s+been|may|contains|appeared|first\s+appeared"
    r"|originally\s+appeared|will)\b",
    re.IGNORECASE,
)
_NOTICE_TOPIC = rules.LazyPattern(
    r"\b(?:available|archived?|outdated|superseded|republication|republished|non-commercial"
    r"|personal\s+use|updated|corrected|amended|originally\s+published|first\s+published"
    r"|appeared|reproduced|redistributed|copyright)\b",
    re.IGNORECASE,
)
_MAX_NOTICE_LINE = 600

Lines = list[tuple[int, str]]


def apply(kept: Lines) -> Lines:
    """``kept`` (line index, raw line) without doubled blocks, page notices and
    a trailing link list."""
    kept = [(i, raw) for i, raw in kept if not is_page_notice(raw.strip())]
    return _drop_trailing_links(_drop_doubled_blocks(kept))


def is_page_notice(line: str) -> bool:
    if not line or len(line) > _MAX_NOTICE_LINE or not _NOTICE.match(line):
        return False
    return _NOTICE_TOPIC.search(line) is not None


def _words(line: str) -> Counter[str]:
    return Counter(map(str.casefold, _WORD.findall(line[:2000])))


class _Block:
    """A prose paragraph's words: counted (a multiset) only when compared."""

    def __init__(self, tokens: list[str]) -> None:
        self.size = len(tokens)  # the multiset's size
        self.tokens = tokens
        self._counted: Counter[str] | None = None

    def words(self) -> Counter[str]:
        if self._counted is None:
            self._counted = Counter(map(str.casefold, self.tokens))
        return self._counted


def _block(line: str) -> _Block | None:
    """The words of a paragraph with ``_MIN_BLOCK_WORDS`` words of two letters
    or more (``_words`` of the line, case-folded, all letters), else None. The
    count stops there: prose reaches it in its first words."""
    tokens = _WORD.findall(line[:2000])
    found = 0
    for token in tokens:
        word = token if token.isascii() else token.casefold()  # folding keeps ASCII letters
        if len(word) > 1 and word.isalpha():
            found += 1
            if found == _MIN_BLOCK_WORDS:
                return _Block(tokens)
    return None


def same_block(first: Counter[str], second: Counter[str]) -> bool:
    """Dice coefficient of two word multisets at least ``_SAME_BLOCK``."""
    sizes = sum(first.values()), sum(second.values())
    size = sizes[0] + sizes[1]
    if size == 0 or 2 * min(sizes) < _SAME_BLOCK * size:  # they share at most the smaller
        return False
    common = first.keys() & second.keys()
    shared = sum(map(min, map(first.__getitem__, common), map(second.__getitem__, common)))
    return 2 * shared >= _SAME_BLOCK * size


def _same_blocks(first: _Block, second: _Block) -> bool:
    """``same_block`` of their words; the multisets are built only when the
    sizes leave the two a chance (they share at most the smaller)."""
    size = first.size + second.size
    if 2 * min(first.size, second.size) < _SAME_BLOCK * size:
        return False
    return same_block(first.words(), second.words())


def _drop_doubled_blocks(kept: Lines) -> Lines:
    filled = [position for position, (_, raw) in enumerate(kept) if raw.strip()]
    dropped: set[int] = set()
    previous: _Block | None = None
    for number, position in enumerate(filled):
        line = kept[position][1].strip()
        if len(line) < _MIN_BLOCK_CHARS or not _ends_sentence(line):
            previous = None
            continue
        block = _block(line)
        if block is None:
            previous = None
            continue
        if previous is not None and _same_blocks(previous, block):
            dropped.add(filled[number - 1])
        previous = block
    return [line for position, line in enumerate(kept) if position not in dropped]


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def _drop_trailing_links(kept: Lines) -> Lines:
    tail: list[int] = []
    position = len(kept) - 1
    while position >= 0 and len(tail) <= _TAIL_SCAN:
        line = kept[position][1].strip()
        if line:
            if _ends_sentence(line) or len(line) > _MAX_TAIL_LINE or line.endswith(":"):
                break
            tail.append(position)
        position -= 1
    if position < 0 or len(tail) < _MIN_TAIL_LINES or len(tail) > _TAIL_SCAN:
        return kept
    kinds = [_tail_kind(kept[i][1].strip()) for i in tail]
    if None in kinds or "teaser" not in kinds:
        return kept
    line = kept[position][1].strip()
    if line.endswith(":") or not _has_prose(kept[: position + 1]):
        return kept
    return kept[: position + 1] + [kept[i] for i in range(position + 1, len(kept)) if i not in tail]


def _tail_kind(line: str) -> str | None:
    """ "teaser" for a headline or teaser in sentence case (three or more words
    in lower case: "U.S. says no talk about extending ..."), "tag" for a
    separator or a section tag of up to three words ("-", "- Cross-Strait"),
    None for anything else: a list of names, dates or places ("June 17 --
    Bridgestone Arena, Nashville, TN"), a table row, a signature."""
    words = line.split()
    if sum(word[:1].islower() for word in words) >= _TEASER_LOWER_WORDS:
        return "teaser"
    if len(words) <= _TAG_WORDS:
        return "tag"
    return None


def _has_prose(kept: Lines) -> bool:
    return any(_ends_sentence(raw.strip()) and len(raw.split()) >= _PROSE_WORDS for _, raw in kept)
