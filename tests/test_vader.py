"""Tests for toolkit.plugins.tone.vader: the same scores as vaderSentiment 3.3.x, bit for bit.

Every comparison is against the installed vaderSentiment, never against hard-coded
numbers, and compares the floats exactly (``float.hex``, so even the sign of a zero
counts) and the key order.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import shared_data_file
from toolkit.plugins.tone import vader as _vader

CORPORA = ("tweets", "movie_reviews", "amazon_reviews", "nyt_editorials")
POLNEAR_ARTICLES = 200
QUOTED = re.compile(r"“([^”]*)”|\"([^\"\n]*)\"")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@cache
def reference() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def exact(scores: dict[str, float]) -> list[tuple[str, str]]:
    """Keys in order with the exact float values (hex keeps the sign of zero)."""
    return [(key, float(value).hex()) for key, value in scores.items()]


def mismatches(texts: list[str]) -> list[tuple[str, dict[str, float], dict[str, float]]]:
    found = []
    for text in texts:
        expected = reference().polarity_scores(text)
        actual = _vader.polarity_scores(text)
        if exact(actual) != exact(expected):
            found.append((text, expected, actual))
    return found


def assert_same(text: str) -> None:
    expected = reference().polarity_scores(text)
    actual = _vader.polarity_scores(text)
    assert exact(actual) == exact(expected), (text, expected, actual)


# --- real data ---------------------------------------------------------------------------


def corpus_texts(name: str) -> list[str]:
    """The ``text`` column of a ground-truth TSV (header ``id, score, text``, no quoting)."""
    path = shared_data_file(f"sentiment/{name}.tsv")
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0].split("\t") == ["id", "score", "text"]
    return [line.split("\t")[2] for line in lines[1:] if line]


@pytest.mark.parametrize("name", CORPORA)
def test_every_text_of_the_vader_corpora(name: str) -> None:
    texts = corpus_texts(name)
    assert len(texts) > 3000
    bad = mismatches(texts)
    assert not bad, f"{len(bad)} of {len(texts)} differ, e.g. {bad[:3]}"


def polnear_texts() -> Iterator[str]:
    """Quoted spans and sentence-ish pieces of the first PolNeAR training articles."""
    path = shared_data_file("quotes/polnear_train.jsonl")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number == POLNEAR_ARTICLES:
                break
            text = json.loads(line)["text"]
            for match in QUOTED.finditer(text):
                yield match.group(1) if match.group(1) is not None else match.group(2)
            for paragraph in text.split("\n"):
                if paragraph.strip():
                    yield paragraph
                    yield from SENTENCE_END.split(paragraph)


def test_news_quotes_and_sentences() -> None:
    texts = list(polnear_texts())
    assert len(texts) > 10_000
    assert sum("“" in text or "’" in text for text in texts) > 100  # non-ASCII news text
    bad = mismatches(texts)
    assert not bad, f"{len(bad)} of {len(texts)} differ, e.g. {bad[:3]}"


# --- hand-written edge cases -------------------------------------------------------------

EDGE_CASES = [
    # plain and empty
    "",
    " ",
    "   \t\n  ",
    "\u00a0\u2003",
    ".",
    "!!!",
    "?",
    "... ,,, ;;; !?!?",
    "The meeting took place on Tuesday in Moscow.",
    "good",
    "Good.",
    # negation
    "not good",
    "This is not good.",
    "It isn't bad at all",
    "It isnt bad",
    "I don't think it is good",
    "never so good",
    "It has never been so good",
    "It has never been this good!",
    "Sentiment analysis has never been good.",
    "never good",
    "Without a doubt, an excellent idea.",
    "Without doubt excellent",
    "without any doubt good",
    "He is good without doubt",
    "not not good",
    "nothing is good, nobody is happy, none were glad",
    "It was hardly a disaster, despite the bad press",
    "uh-uh, that is rarely nice and seldom fun",
    "no good",
    "no",
    "No!",
    "No no no, not happy",
    "no problem or worry",
    "no love or hate",
    "NO good at all",
    "good no",
    # boosters and dampeners
    "very good",
    "very very good",
    "It is extremely bad",
    "It is slightly good",
    "somewhat bad, barely good, hardly great",
    "very, very good",
    "really really really good",
    "more bad than good",
    # kind of / sort of / just enough
    "kind of good",
    "It was kind of good",
    "It is only kind of good",
    "the kind man",
    "kind",
    "a kind of",
    "it was sort of nice",
    "they were just enough happy",
    "kinda sux",
    # ALL CAPS
    "GOOD",
    "This is GOOD",
    "This is VERY GOOD",
    "VERY good",
    "THIS IS ALL GOOD",
    "VADER is VERY SMART, handsome, and FUNNY!!!",
    "Today SUX!",
    "I HATE this, I really do",
    "ΑΓΑΠΗ is good",
    # but
    "The plot was good, but the characters are uncompelling.",
    "good but bad",
    "good good but good",
    "bad, bad and good but good bad",
    "But it is good",
    "It is good but",
    "but but good",
    "nice nice nice nice but nice",
    "It was great, BUT the ending was sad",
    # least
    "least good",
    "the least good idea",
    "at least good",
    "at least it isn't a horrible book",
    "the very least pleasant",
    "Roger Dodger is one of the least compelling variations on this theme.",
    # idioms and special cases
    "With VADER, sentiment analysis is the shit!",
    "that party was the bomb",
    "On the other hand, VADER is quite bad ass",
    "VADER is such a badass!",
    "I will wait at the bus stop good",
    "oh yeah right, great",
    "it was the kiss of death for the plan",
    "this cake is to die for",
    "a beating heart",
    "he was a really great kiss of death",
    "cut the mustard, in the red, under the weather",
    "we were kind of great friends",
    "it is sort of good and just enough nice",
    # emoticons and emoji
    ":) :( :D :-D <3 :/ ;)",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "😁",
    "😁😁😁",
    "good😁",
    "😁good",
    "a\t😁b\n😢c",
    "🆙",
    "so 🔛 today",
    "👍🏽 thumbs",
    "👨‍👩‍👧 family",
    "©® ™",
    "𝔤𝔬𝔬𝔡 😁𓀀😁 good",  # astral characters that are not emoji, next to emoji
    # punctuation amplification
    "good!",
    "good!!",
    "good!!!!",
    "good!!!!!!!!!",
    "bad!!!!",
    "good?",
    "good??",
    "good???",
    "good????????",
    "bad??? really?!",
    "!!!! ????",
    # apostrophes and punctuation around words
    "It's good, isn't it?",
    "don't worry",
    "can't stand it",
    "I wouldn't say it's great",
    "’tis not good",
    "He said it wasn’t good",
    "(good)",
    "'good'",
    '"good"',
    "--good--",
    "good...",
    "...good",
    "g.o.o.d",
    "ok, ok; ok: ok",
    # non-ASCII
    "Ça va très bien, merci, good",
    "Das ist gut und schön",
    "Это хорошо",
    "这很好 good",
    "ΟΔΟΣ ΚΑΛΟΣ good",
    "İyi good",
    "ﬁne ﬃne good",
    "\u200b good \u200b",
    "good\u2028bad\u2029nice\u0085ok",
    "a\x1cgood\x1dbad",
    # very long
    "It was a good day and a bad day. " * 400,
    ("very " * 200) + "good",
    "but " * 300 + "good",
    "no " * 500,
    "x" * 20_000,
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_case(text: str) -> None:
    assert_same(text)


def test_known_quirks_are_kept() -> None:
    """Cases where the reference's quirks change the numbers: all must still agree."""
    # "but": an earlier equal score is scaled again instead of the later one.
    for text in ("good good but good", "bad good but bad good", "sad sad sad but sad"):
        assert_same(text)
    # ALL CAPS after a "no" that zeroed the word pushes it down.
    assert_same("NO good things")
    # "so"/"this" right before a word boosts it even without "never".
    assert_same("the people this good")


def test_non_text_raises_type_error() -> None:
    for value in (None, 3, b"good", ["good"]):
        with pytest.raises(TypeError):
            _vader.polarity_scores(value)  # type: ignore[arg-type]


# --- tables ------------------------------------------------------------------------------


def test_tables_match_the_installed_package() -> None:
    from vaderSentiment import vaderSentiment as module

    tables = _vader._tables()
    assert tables is _vader._tables()  # built once per process
    assert tables.lexicon == reference().lexicon
    assert tables.emoji == reference().emojis
    single = {word: value for word, value in module.BOOSTER_DICT.items() if " " not in word}
    assert tables.boosters == single
    bigrams = {tuple(word.split()): v for word, v in module.BOOSTER_DICT.items() if " " in word}
    assert tables.bigram_boosters == bigrams
    for word in module.NEGATE:
        assert word in tables.negations or "n't" in word
    assert tables.negations <= set(module.NEGATE)
    reachable = {key: value for key, value in module.SPECIAL_CASES.items() if " " in key}
    assert {" ".join(key): value for key, value in _vader._IDIOMS.items()} == reachable
    assert [type(value) for value in _vader._IDIOMS.values()] == [
        type(value) for value in reachable.values()
    ]


def test_import_is_light_and_tables_are_lazy() -> None:
    code = (
        "import sys, toolkit.plugins.tone.vader as v\n"
        "assert 'vaderSentiment' not in sys.modules, 'imported too early'\n"
        "assert not v._loaded\n"
        "v.polarity_scores('good')\n"
        "assert v._loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parent)


# --- property ----------------------------------------------------------------------------

RULE_WORDS = (
    "not no never without doubt so this least at very kind of sort just enough but or nor "
    "isn't don't can't aint nope despite uh-uh the shit bomb bad ass bus stop yeah right kiss "
    "death to die for beating heart really extremely slightly kinda barely hardly more most"
).split()
LEXICON_SAMPLE = (
    "good bad great horrible love hate happy sad nice awful :) :( <3 :D lol wtf "
    "excellent terrible fine ok okay hope fear win lose kill free yes agree trust"
).split()
PUNCTUATION = ["!", "!!", "!!!!!", "?", "??", "????", ",", ".", "...", "'", '"', "-", "(", ")"]
EMOJI = ["😁", "😢", "💘", "🆙", "🔛", "👍", "🏽", "©", "\u200d"]
SEPARATORS = [" ", " ", " ", "  ", "\t", "\n", "", "\u00a0", "\u2003"]


def _cased(word: str, style: int) -> str:
    return (word, word.upper(), word.title(), word.capitalize())[style]


word_strategy = st.one_of(
    st.builds(_cased, st.sampled_from(RULE_WORDS + LEXICON_SAMPLE), st.integers(0, 3)),
    st.builds(
        lambda left, word, right: left + word + right,
        st.sampled_from(["", *PUNCTUATION]),
        st.sampled_from(RULE_WORDS + LEXICON_SAMPLE),
        st.sampled_from(["", *PUNCTUATION]),
    ),
    st.sampled_from(PUNCTUATION + EMOJI),
    st.text(max_size=6),
)
text_strategy = st.lists(st.tuples(word_strategy, st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda pairs: "".join(word + separator for word, separator in pairs)
)


def outcome(function: Any, text: str) -> Any:
    try:
        return exact(function(text))
    except Exception as error:  # both raising (with the same type) counts as equal
        return type(error)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_random_text_matches_the_reference(text: str) -> None:
    assert outcome(_vader.polarity_scores, text) == outcome(reference().polarity_scores, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_unicode_matches_the_reference(text: str) -> None:
    assert outcome(_vader.polarity_scores, text) == outcome(reference().polarity_scores, text)
