"""The scorers' quick string tests say what the patterns they stand in for say."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.background import tokenize
from toolkit.plugins.scorers.features import (
    _CREDIT,
    _CREDIT_WORDS,
    _DOUBLE_QUOTE,
    _PICTURE,
    _PICTURE_WORDS,
    _READER,
    _READER_WORD,
    _READER_WORDS,
    _WORD,
    DUPLICATE_SHARE,
    DUPLICATE_WINDOW,
    _first_word,
    _has_double_quote,
    _letter_words,
    _may_match,
    _near_duplicates,
    _reader_word_count,
    ends_sentence,
    is_furniture,
)
from toolkit.plugins.scorers.similarity import STOPWORDS, terms
from toolkit.plugins.text.patterns import has_digit

# The definition ends_sentence implements: a final mark, possibly followed by
# closing quotes or brackets, or a PTB closing token after white space, then
# only white space.
FINAL = re.compile(r"(?:[.!?…]|[.!?…][\"'”’)\]»]+|\s(?:''|'|-rrb-|-RRB-))\s*$")

ENDINGS = st.lists(
    st.sampled_from(
        list(".!?…\"'”’)]»([ \n\t\u00a0\u2003xyRB-") + ["''", "-rrb-", "-RRB-", "``", "rrb"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(ENDINGS)
def test_ends_sentence_agrees_with_the_final_punctuation_pattern(text: str) -> None:
    assert ends_sentence(text) == bool(FINAL.search(text))
    assert ends_sentence("The vote was close" + text) == bool(
        FINAL.search("The vote was close" + text)
    )


# Words the patterns look for, in any case, with letters that case-insensitive
# matching folds onto ASCII (long s, Kelvin sign, dotted capital I).
PIECES = st.sampled_from(
    [
        "Photo", "PICTURED", "pictured", "(Left)", "(inset)", "seen here", "SEEN HERE", "ſeen here",
        "stock image", "File Photo", "in this picture", "Image copyright", "© 2020",
        "copyright 1999", "Credit:", "SOURCE:", "You", "we're", "Our", "us", "PLEASE",
        "this article", "the website", "This Story", "\u212aelvin", "\u0130mage", "video",
        "The council", "voted", "on Monday", ".", ",", ":", " ", "\n", "(", ")", "-",
        "“", "”", "’s", "Café",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, max_size=8).map(" ".join))
def test_the_word_check_never_hides_a_match(text: str) -> None:
    lowered = text.lower()
    for pattern, words in (
        (_CREDIT, _CREDIT_WORDS),
        (_READER, _READER_WORDS),
        (_PICTURE, _PICTURE_WORDS),
    ):
        if pattern.search(text):
            assert _may_match(text, lowered, words), (pattern.pattern, text)


def test_letters_that_fold_onto_ascii_send_the_text_to_the_pattern() -> None:
    # "ſ" (long s) matches "s" case-insensitively: the notice is still found.
    assert is_furniture("We are ſorry, thiſ feature is unavailable on your device.", set())
    assert _may_match("The \u212aremlin café.", "the kremlin café.", ("photo",))
    assert not _may_match(
        "“The café owners met,” he said.", "“the café owners met,” he said.", ("photo",)
    )
    assert _may_match("A PHOTO of the café.", "a photo of the café.", ("photo",))
    assert is_furniture("© 2020 Café Press Agency. All rights reserved.", set())


# Every kind of ASCII character the two word patterns tell apart (letters,
# digits, "_", apostrophes, punctuation, each kind of white space), and a few
# non-ASCII ones, which send the text to the patterns.
ASCII_PIECES = st.lists(
    st.sampled_from(list("aZq09_'-.,\"$%&() \t\n\r\x0b\x0c\x1c\x1f") + ["é", "’", "\u00a0", "Ü"]),
    max_size=25,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(ASCII_PIECES)
def test_the_ascii_word_splits_agree_with_the_word_patterns(text: str) -> None:
    assert _letter_words(text.lower()) == _WORD.findall(text.lower())
    assert _reader_word_count(text) == len(_READER_WORD.findall(text))
    assert has_digit(text) == bool(re.search(r"\d", text))
    first = _WORD.search(text)
    assert _first_word(text, _letter_words(text.lower())) == (
        first.group().lower() if first else ""
    )


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(list("a '`\"“”„«»‘’‹›,")), max_size=12).map("".join))
def test_the_double_quote_check_is_the_pattern_s(text: str) -> None:
    assert _has_double_quote(text) == bool(_DOUBLE_QUOTE.search(text))


@settings(max_examples=1000, deadline=None)
@given(ASCII_PIECES)
def test_content_terms_are_the_tokenizer_s_terms(text: str) -> None:
    for sample in (text, text + " It's the Mayor's"):
        expected = [t for t in tokenize(sample) if len(t) > 1 and t not in STOPWORDS]
        assert terms(sample) == expected


def near_duplicates_by_definition(bags: list[set[str]], furniture: list[bool]) -> set[int]:
    """A sentence among the first few, not furniture, of 5+ words, sharing most of
    the union of its words with a different later one that is not furniture."""
    repeated = set()
    for i, a in enumerate(bags[:DUPLICATE_WINDOW]):
        if furniture[i] or len(a) < 5:
            continue
        for j in range(i + 1, min(len(bags), DUPLICATE_WINDOW)):
            b = bags[j]
            if not furniture[j] and a != b and len(a & b) >= DUPLICATE_SHARE * len(a | b):
                repeated.add(i)
                break
    return repeated


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.tuples(st.sets(st.sampled_from("abcdefghij"), max_size=10), st.booleans()),
        max_size=14,
    )
)
def test_near_duplicates_are_the_defined_ones(rows: list[tuple[set[str], bool]]) -> None:
    bags = [bag for bag, _ in rows]
    furniture = [flag for _, flag in rows]
    assert _near_duplicates(bags, furniture) == near_duplicates_by_definition(bags, furniture)
