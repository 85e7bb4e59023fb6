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
)

# Sentence-final punctuation, possibly followed by closing quotes or brackets
# (PTB text: " ." , " '' ", " -rrb-").
_FINAL = re.compile(r"(?:[.!?…]|[.!?…][\"'”’)\]»]+|\s(?:''|'|-rrb-|-RRB-))\s*$")
_DOUBLE_QUOTE = re.compile(r"[\"“”„«»]|``|''")
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
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
MIN_WORDS = 4


def is_furniture(text: str, seen: set[str]) -> bool:
    """True for a line that is page furniture rather than a sentence of the story.

    ``seen`` holds the normalised sentences before this one; a sentence
    printed a second time (a repeated caption or lede) counts as furniture.
    """
    key = " ".join(_WORD.findall(text.lower()))
    if key in seen:
        return True
    seen.add(key)
    if word_count(text) < MIN_WORDS or not _FINAL.search(text):
        return True  # headline, dateline, caption or credit line without a full stop
    return bool(_FACT_ROW.match(text) or _CREDIT.search(text))


def furniture_flags(document: Document) -> list[bool]:
    seen: set[str] = set()
    return [is_furniture(s.text, seen) for s in document.sentences]


def sentence_features(document: Document) -> tuple[list[list[float]], list[bool]]:
    """One row of :data:`FEATURES` per sentence, and which sentences are furniture."""
    from .textrank import score_textrank
    from .tfidf import score_tfidf

    furniture = furniture_flags(document)
    n = len(document.sentences)
    prose_total = max(1, n - sum(furniture))
    tfidf = normalise(score_tfidf(document)) if n > 1 else [0.0] * n
    textrank = normalise(score_textrank(document)) if n > 1 else [0.0] * n
    rows: list[list[float]] = []
    prose_index = 0
    for i, sentence in enumerate(document.sentences):
        index = prose_index
        if not furniture[i]:
            prose_index += 1
        text = sentence.text
        words = word_count(text)
        rows.append(
            [
                float(index == 0),
                float(index == 1),
                float(index == 2),
                1.0 / math.sqrt(1 + index),
                index / prose_total,
                tfidf[i],
                textrank[i],
                min(1.0, math.log1p(words) / math.log(61)),
                float(words < 10),
                float(words > 40),
                float(bool(_DOUBLE_QUOTE.search(text))),
                float(bool(_OPENING_QUOTE.match(text))),
                float(text.rstrip("\"'”’) ").endswith("?")),
                float(bool(_DIGIT.search(text))),
            ]
        )
    return rows, furniture
