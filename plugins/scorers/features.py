"""Sentence features for the learned ``highlights`` scorer (not a plugin itself).

Each sentence of a document gets a row of numbers a linear model weighs
(``scripts/train_highlights.py`` learns the weights): where it stands among
the document's prose sentences (news puts the key facts first), how central
(TextRank) and how rich in the document's key terms (TF-IDF) it is, its
length, and whether it is quoted speech. Lines that are page furniture, not
prose (headlines, datelines, captions, credits, fact-box rows, a line printed
twice), are marked apart: the scorer ranks them below every prose sentence.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from toolkit.selection import normalise, word_count

from ..text.patterns import has_digit

if TYPE_CHECKING:
    from toolkit.models import Document

FEATURES = (
    "lead1",  # first prose sentence
    "lead2",
    "lead3",
    "position",  # 1 / sqrt(1 + prose index)
    "relative",  # prose index / number of prose sentences
    "tfidf",  # min-max normalised per document
    "textrank",
    "words",  # log(1 + words) / log(61), capped at 1
    "short",  # fewer than 10 words
    "long",  # more than 40 words
    "quoted",  # contains a double quotation mark
    "opens_quote",  # starts with a quotation mark
    "question",  # ends with a question mark
    "digits",  # contains a number
    "opener",  # opens with a pronoun or connective that leans on the sentence before
    "headline",  # share of its content words also in the page's headline/caption lines
    "picture",  # points at a picture: "(pictured)", "(left)", "seen here", "stock image"
)

# First words that make a sentence lean on the one before ("He added ...",
# "But ...", "This ..."): such a sentence reads badly out of context.
_LEANING = frozenset(
    "he she it they him her them his its their this these those that such "
    "but and or so yet also however meanwhile instead then still".split()
)

_DOUBLE_QUOTE = re.compile(r"[\"“”„«»]|``|''")
# What _DOUBLE_QUOTE finds, as substrings: a few quick scans of the sentence
# (none for a mark the text's characters cannot hold) instead of a pattern
# whose first item is not a plain class, which the engine tries at every position.
_DOUBLE_QUOTE_MARKS = ('"', "“", "”", "„", "«", "»", "``", "''")


def _has_double_quote(text: str) -> bool:
    return any(map(text.__contains__, _DOUBLE_QUOTE_MARKS))


_OPENING_QUOTE = re.compile(r"^\s*(?:[\"“„«'‘]|``)")
# "Net sales: $14.3 billion", "Age: 42", "Population: 3 million": a label of at
# most four words, a colon, and a number or currency right after it.
_FACT_ROW = re.compile(r"^[^\W\d_][\w'’ &/-]{0,40}:\s*[-+$£€¥]?\s?\d")
# Credit and caption conventions of news pages: "Photo: ...", "(Photo by ...)",
# "Image copyright ...", "© 2020 ...", "Credit: ...".
_CREDIT = re.compile(
    r"^\W*(?:photo|image|picture|video|credit|source|copyright|file photo|pictured)s?\b"
    r"(?:\s+(?:by|copyright|credit|courtesy))?\s*[:|/-]|©|\bcopyright\s+\d{4}|"
    r"^\W*(?:photo|image|picture)s?\s+(?:by|courtesy|credit)\b",
    re.IGNORECASE,
)
# Page status lines: "Posted - Nov. 20, 2004", "Updated: 12:40 GMT", "Published 3 May".
_STAMP = re.compile(
    r"^\W*(?:posted|updated|published|last updated|first published)\b\s*(?:on|at)?\s*[-:|,]?",
    re.IGNORECASE,
)
# Story prose reports in the third person; a short line that speaks to the
# reader ("Your web browser is no longer supported", "We're sorry, this
# feature is unavailable") outside any quotation is a page notice.
# A line that asks the reader ("Please try again later") or speaks of the page
# itself ("this article", "the website") is a notice as well.
_READER = re.compile(
    r"\b(?:you|your|you're|we|we're|we've|our|us|please)\b|"
    r"\b(?:this|the) (?:article|page|website|site)\b|\bthis story\b",
    re.IGNORECASE,
)
# A line that opens by telling the reader to work the page ("Scroll down for
# video", "Click here for ...", "Watch the video below"): a page instruction,
# with whatever caption the page printed after it on the same line.
_INSTRUCTION = re.compile(
    r"^\W*(?:scroll|click|tap|swipe)\b|"
    r"^\W*(?:watch|see|read|listen to)\s+(?:the\s+)?(?:video|more|below|above|here|full)\b",
    re.IGNORECASE,
)
# Words a caption uses to point at its picture; prose that does so is describing
# a photo ("Mr Smith (pictured) ..."), and a caption run into the next sentence
# by the page layout carries them too.
_PICTURE = re.compile(
    r"\bpictured\b|\((?:left|right|centre|center|above|below|top|bottom|inset)\)|"
    r"\bseen here\b|\b(?:stock|file) (?:image|photo|picture)\b|\bin this (?:photo|picture|image)\b",
    re.IGNORECASE,
)
NOTICE_WORDS = 15
_LOG_61 = math.log(61)  # "words" feature: log(1 + words) / log(61), 1 from 60 words
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 4
DUPLICATE_WINDOW = 12
DUPLICATE_SHARE = 0.7

# Sentence-final punctuation: a mark, possibly followed by closing quotes or
# brackets, or a PTB closing token after white space (" ." , " '' ", " -rrb-").
_FINAL_MARKS = ".!?…"
_CLOSERS = "\"'”’)]»"
_PTB_CLOSERS = ("''", "'", "-rrb-", "-RRB-")
# Words (lower case) without which the case-insensitive patterns cannot match
# an ASCII text: a substring test rules most sentences out before the
# pattern is tried at every position.
_CREDIT_WORDS = ("photo", "image", "picture", "video", "credit", "source", "copyright", "©")
_READER_WORDS = ("you", "we", "our", "us", "please", "article", "page", "site", "this story")
_PICTURE_WORDS = ("(", "pictur", "seen here", "image", "photo")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends (before trailing white space) with sentence-final punctuation.

    String tests rather than a pattern anchored at the end, which the regex
    engine would try at every position of the sentence."""
    end = text.rstrip()
    bare = end.rstrip(_CLOSERS)
    if bare and bare[-1] in _FINAL_MARKS:
        return True
    if not end.endswith(_PTB_CLOSERS):
        return False
    return any(
        end.endswith(token) and len(end) > len(token) and end[-len(token) - 1].isspace()
        for token in _PTB_CLOSERS
    )


def _may_match(text: str, lowered: str, words: tuple[str, ...]) -> bool:
    """False when ``text`` holds none of ``words`` (lower case) in any case.

    Case-insensitive matching takes four non-ASCII letters for ASCII ones
    (İ, ı, ſ and the Kelvin sign K), and İ is the one letter whose
    lower case is two characters: a text with any of them always goes to
    the pattern. Otherwise every letter a pattern matches as an ASCII letter
    is one, and lower-casing keeps it in place."""
    if not text.isascii() and any(letter in text for letter in _FOLDS_TO_ASCII):
        return True
    return any(map(lowered.__contains__, words))


_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def is_furniture(text: str, seen: set[str], words: int | None = None) -> bool:
    """True for a line that is page furniture rather than a sentence of the story.

    ``seen`` holds the normalised sentences before this one; a sentence
    printed a second time (a repeated caption or lede) counts as furniture.
    """
    lowered = text.lower()
    key = " ".join(_WORD.findall(lowered))
    return _is_furniture(text, lowered, key, seen, word_count(text) if words is None else words)


def _is_furniture(text: str, lowered: str, key: str, seen: set[str], words: int) -> bool:
    if key in seen:
        return True
    seen.add(key)
    if words < MIN_WORDS or not ends_sentence(text):
        return True  # headline, dateline, caption or credit line without a full stop
    if _FACT_ROW.match(text) or _STAMP.match(text):
        return True
    if _may_match(text, lowered, _CREDIT_WORDS) and _CREDIT.search(text):
        return True
    if _INSTRUCTION.match(text):
        return True
    return (
        words <= NOTICE_WORDS
        and not _has_double_quote(text)
        and _may_match(text, lowered, _READER_WORDS)
        and bool(_READER.search(text))
    )


def _shows_picture(text: str, lowered: str) -> bool:
    return _may_match(text, lowered, _PICTURE_WORDS) and bool(_PICTURE.search(text))


def _near_duplicates(bags: list[set[str]], furniture: list[bool]) -> set[int]:
    """Sentences repeated later with small changes (a teaser or lede printed
    again above the story): the earlier copy is furniture, the story keeps the
    later one. A copy that is already furniture (a caption without a full stop
    restating the lede) leaves the other alone. Only the first sentences are
    compared, where such repeats stand."""
    bags = bags[:DUPLICATE_WINDOW]
    sizes = [len(bag) for bag in bags]
    repeated = set()
    for i, a in enumerate(bags):
        if furniture[i] or sizes[i] < 5:
            continue
        size_a = sizes[i]
        for j in range(i + 1, len(bags)):
            if furniture[j]:
                continue
            size_b = sizes[j]
            # |A ∩ B| <= the smaller size and |A ∪ B| >= the larger: a cheap bound first.
            if size_a > size_b:
                if DUPLICATE_SHARE * size_a > size_b:
                    continue
            elif DUPLICATE_SHARE * size_b > size_a:
                continue
            # |A ∪ B| = |A| + |B| - |A ∩ B|, and A = B when they share all their words.
            shared = len(a & bags[j])
            if not shared == size_a == size_b and shared >= DUPLICATE_SHARE * (
                size_a + size_b - shared
            ):
                repeated.add(i)
                break
    return repeated


# A white-space separated token with a letter or digit: a word as
# toolkit.selection.word_count counts it, found by one regex pass.
_READER_WORD = re.compile(r"\S*?[^\W_]\S*")


# The same words found by byte tables for ASCII text (most news), where the
# classes are plain: a letter is A-Z or a-z and a word character one of those,
# a digit or "_". Non-letters become spaces, so ``split`` leaves the runs of
# letters (``_WORD``); deleting what is neither a letter, a digit nor white
# space (and making the separators \x1c-\x1f, white space to ``str.split``,
# spaces for ``bytes.split``) leaves one token per white-space separated token
# with a letter or digit (``_READER_WORD``). Several times cheaper than the
# patterns (and than ``str.translate``, which looks each character up in a dict).
_ASCII_LETTER_RUNS = bytes(i if chr(i).isalpha() else 32 for i in range(256))
_ASCII_SEPARATORS = bytes(32 if chr(i).isspace() else i for i in range(256))
_ASCII_NOT_IN_WORDS = bytes(i for i in range(128) if not (chr(i).isalnum() or chr(i).isspace()))


def _letter_words(lowered: str) -> list[str]:
    if lowered.isascii():
        return lowered.encode("ascii").translate(_ASCII_LETTER_RUNS).decode("ascii").split()
    return _WORD.findall(lowered)


def _reader_word_count(text: str) -> int:
    if text.isascii():
        ascii_text = text.encode("ascii")
        return len(ascii_text.translate(_ASCII_SEPARATORS, _ASCII_NOT_IN_WORDS).split())
    return len(_READER_WORD.findall(text))


class _Sentences:
    """What the features read from each sentence, computed once per document:
    the lower-cased text, its words of letters, its content words (letter
    words over 3 characters) and its word count."""

    def __init__(self, document: Document) -> None:
        texts = [s.text for s in document.sentences]
        self.lowered = [text.lower() for text in texts]
        self.letter_words = [_letter_words(lowered) for lowered in self.lowered]
        self.content = [{w for w in words if len(w) > 3} for words in self.letter_words]
        self.counts = [_reader_word_count(text) for text in texts]


def _sentences(document: Document) -> _Sentences:
    found = document.cache.get(_SENTENCES_KEY)
    if found is None:
        found = document.cache[_SENTENCES_KEY] = _Sentences(document)
    return found


_SENTENCES_KEY = "features.sentences"


def furniture_flags(document: Document) -> list[bool]:
    seen: set[str] = set()
    info = _sentences(document)
    flags = [
        _is_furniture(s.text, lowered, " ".join(words), seen, n)
        for s, lowered, words, n in zip(
            document.sentences, info.lowered, info.letter_words, info.counts, strict=True
        )
    ]
    for i in _near_duplicates(info.content, flags):
        flags[i] = True
    return flags


def _first_word(text: str, letter_words: list[str]) -> str:
    """The first word of letters, lower-cased ("" for none); for ASCII text the
    first of its letter words (the same runs of letters)."""
    if text.isascii():
        return letter_words[0] if letter_words else ""
    first = _WORD.search(text)
    return "" if first is None else first.group().lower()


def sentence_features(document: Document) -> tuple[list[list[float]], list[bool]]:
    """One row of :data:`FEATURES` per sentence, and which sentences are furniture."""
    from .textrank import score_textrank
    from .tfidf import score_tfidf

    furniture = furniture_flags(document)
    n = len(document.sentences)
    prose_total = max(1, n - sum(furniture))
    tfidf = normalise(score_tfidf(document)) if n > 1 else [0.0] * n
    textrank = normalise(score_textrank(document)) if n > 1 else [0.0] * n
    info = _sentences(document)
    bags, counts = info.content, info.counts
    headline_words = set().union(*(bag for bag, f in zip(bags, furniture, strict=True) if f))
    rows: list[list[float]] = []
    prose_index = 0
    for i, sentence in enumerate(document.sentences):
        index = prose_index
        if not furniture[i]:
            prose_index += 1
        text = sentence.text
        words = counts[i]
        content = bags[i]
        rows.append(
            [
                float(index == 0),
                float(index == 1),
                float(index == 2),
                1.0 / math.sqrt(1 + index),
                index / prose_total,
                tfidf[i],
                textrank[i],
                min(1.0, math.log1p(words) / _LOG_61),
                float(words < 10),
                float(words > 40),
                float(_has_double_quote(text)),
                float(bool(_OPENING_QUOTE.match(text))),
                float(text.rstrip("\"'”’) ").endswith("?")),
                float(has_digit(text)),
                float(_first_word(text, info.letter_words[i]) in _LEANING),
                len(content & headline_words) / len(content) if content else 0.0,
                float(_shows_picture(text, info.lowered[i])),
            ]
        )
    return rows, furniture
