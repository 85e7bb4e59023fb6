"""Property-based tests of the whole pipeline (metadata, cleaning, splitting,
scoring, quotes, tone, every built-in formatter): whatever the text, nothing
raises and every offset in the report points at the text it claims."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from toolkit.api import resolve_background
from toolkit.models import QUOTE_KINDS, Report
from toolkit.offsets import same_text
from toolkit.pipeline import Options, run
from toolkit.registry import get_registry

QUOTE_MARKS = "\"'“”„‟«»‹›‘’‚‛「」『』"
SPACE_CHARS = " \n\r\t\x0b\x0c\x85\u00a0\u2028\u2029\u3000\u200b\ufeff"
SPACES = [*SPACE_CHARS, "  ", "\n\n", "\r\n", " \n \n"]
WORDS = [
    "Putin", "al-Sharaa", "President", "Ahmed", "Dr.", "U.S.", "he", "she", "They", "the",
    "minister", "said", "says", "told", "reporters", "added", "noted", "according to", "that",
    "is", "not", "good", "bad", "stability", "—", "-", "(", ")", "[", "]", "3.5", "a.m.",
    "Mr.", "e.g.", "http://example.com/a.b", "x@example.org", "قال", "אמר", "Ελλάδα",
]  # fmt: skip
PUNCTUATION = [".", ". ", ",", ", ", "?", "!", "...", "…", ":", ";", '."', ',"', "?”"]

news_like = st.lists(
    st.one_of(
        st.sampled_from(WORDS).map(lambda w: w + " "),
        st.sampled_from(list(QUOTE_MARKS)),
        st.sampled_from(SPACES),
        st.sampled_from(PUNCTUATION),
    ),
    max_size=80,
).map("".join)
SPEAKERS = ["President Putin", "Ahmed al-Sharaa", "he", "She", "the Syrian leader", "Mr. Lee"]
VERBS = ["said", "told reporters", "added", "noted", "insisted", "warned", "says"]
words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
attributed_quote = st.tuples(
    st.sampled_from(QUOTE_MARKS), words, st.sampled_from(PUNCTUATION + [""]),
    st.sampled_from(QUOTE_MARKS), st.sampled_from(SPEAKERS), st.sampled_from(VERBS),
    st.sampled_from(SPACES),
).map(lambda p: f"{p[0]}{p[1]}{p[2]}{p[3]} {p[4]} {p[5]}.{p[6]}")  # fmt: skip
reported = st.tuples(st.sampled_from(SPEAKERS), st.sampled_from(VERBS), words).map(
    lambda p: f"{p[0]} {p[1]} that {p[2]}. "
)
article_like = st.lists(st.one_of(attributed_quote, reported, news_like), max_size=8).map("".join)
quotes_and_spaces = st.text(alphabet=QUOTE_MARKS + SPACE_CHARS + "aA.")
any_unicode = st.text(max_size=300)
unicode_with_marks = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(QUOTE_MARKS + SPACE_CHARS)), max_size=300
)

OPTIONS = Options(background=resolve_background("bundled"))
RAW = Options(background=resolve_background("bundled"), clean=False)
FORMATTERS = ("text", "markdown", "json", "html")
PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _kept_slice(report: Report, start: int, end: int) -> str:
    """``report.text[start:end]`` without the input lines the cleaners dropped. A sentence
    the splitter reads across a dropped line (the lines around it joined) spans that
    line in the input: a known limit of sentence offsets (docs/cleaning.md); the slice
    is the sentence once the dropped lines are set aside. Without cleaning, the slice."""
    if report.kept is None:
        return report.text[start:end]
    pieces = [
        report.text[max(a, start) : min(b, end)] for a, b in report.kept if a < end and b > start
    ]
    return "\n".join(pieces)


def check_offsets(report: Report) -> None:
    """Every offset of the report slices back to its text: the text as given
    (``report.text``), so the slice is the same text as the sentence or quote
    once white space, invisibles and Unicode composition are set aside."""
    text = report.text
    previous_end = 0
    for number, sentence in enumerate(report.sentences):
        assert sentence.index == number
        assert previous_end <= sentence.start <= sentence.end <= len(text)
        assert same_text(_kept_slice(report, sentence.start, sentence.end), sentence.text)
        previous_end = sentence.end
    indexes = [item.index for item in report.summary]
    assert indexes == sorted(set(indexes))
    for item in report.summary:
        assert 0 <= item.index < len(report.sentences)
        assert item.text == " ".join(report.sentences[item.index].text.split())
    for quote in report.quotes:
        spans = quote.spans()
        assert all(0 <= a <= b <= len(text) for a, b in spans)
        assert same_text(" ".join(text[a:b] for a, b in spans), quote.text)
        assert (quote.start, quote.end) == (spans[0][0], spans[-1][1])
        assert quote.kind in QUOTE_KINDS
        assert 0 <= quote.sentence_index < len(report.sentences)
    for name, tone in report.tone.items():
        assert name in report.speakers
        assert all(0 <= item["quote"] < len(report.quotes) for item in tone.evidence)


def check_whole_pipeline(text: str, options: Options = OPTIONS) -> None:
    registry = get_registry()
    report = run(text, options, registry)
    check_offsets(report)
    json.dumps(report.to_dict(), ensure_ascii=False, allow_nan=False)
    for name in FORMATTERS:
        assert isinstance(registry.get("formatter", name).function(report), str)


@PROPERTY_SETTINGS
@given(any_unicode)
def test_random_unicode(text: str) -> None:
    check_whole_pipeline(text)


@PROPERTY_SETTINGS
@given(unicode_with_marks)
def test_random_unicode_with_quote_marks_and_whitespace(text: str) -> None:
    check_whole_pipeline(text)


@PROPERTY_SETTINGS
@given(quotes_and_spaces)
def test_only_quote_marks_and_whitespace(text: str) -> None:
    check_whole_pipeline(text)


@PROPERTY_SETTINGS
@given(article_like)
@example(
    '"Putin." President Putin said. President Putin said that Putin. al-Sharaa "Putin . Putin ."'
)
@example(  # a paragraph printed twice, the first copy dropped by cleaning
    '"Putin." President Putin said. Putin \n\nPutin "...”\rPutin \n\n'
    'Putin "...”\nPutin Putin \n\nPutin '
)
def test_news_like_text_with_quotes_and_attributions(text: str) -> None:
    check_whole_pipeline(text)


@PROPERTY_SETTINGS
@given(st.one_of(article_like, unicode_with_marks))
def test_uncleaned_text_offsets_point_into_the_text_as_given(text: str) -> None:
    check_whole_pipeline(text, RAW)


def test_speaker_aliases_do_not_depend_on_the_hash_seed() -> None:
    """Equal-length aliases come in a fixed order, whatever PYTHONHASHSEED is."""
    text = (
        "RTZ Borax Ltd said on Monday that RTZ Chemicals Ltd, RTZ Cement Ltd and "
        'RTZ Pillar Ltd would merge. "We are pleased," RTZ said.'
    )
    code = (
        "import json, sys; from test_speakers import run; "
        "print(json.dumps({k: v.aliases for k, v in run(sys.stdin.read()).speakers.items()}))"
    )
    outputs = set()
    for seed in range(1, 7):
        result = subprocess.run(
            [sys.executable, "-c", code],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            cwd=str(Path(__file__).parent),
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    aliases = json.loads(outputs.pop())["RTZ Borax Ltd"]
    assert aliases[:3] == ["RTZ Chemicals Ltd", "RTZ Cement Ltd", "RTZ Pillar Ltd"]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from([*"aAbB1é_ -'.\n"]), max_size=60),
    word=st.text(alphabet=st.sampled_from([*"ab1é"]), min_size=1, max_size=3),
)
def test_a_long_texts_word_set_answers_like_searching_it(text: str, word: str) -> None:
    """``written_in_lower_case`` reads a long text into its set of words once searches
    of it keep missing, and uses the set for words of letters and digits: the set and the
    search must give the same answer."""
    from toolkit.plugins.text.name_words import _found_as_whole_word, alnum_runs

    assert (word in alnum_runs(text)) is _found_as_whole_word(text, word)
