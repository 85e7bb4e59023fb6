"""Tests for the built-in sentence splitter (toolkit.plugins.sentences).

Cases are written for these tests; none is copied from the Golden Rules or
pySBD test data (those are measured by bench/sentences.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.plugins.sentences import lexicon as _sbd_lexicon
from toolkit.plugins.sentences import split, split_spans, toolkit_register_splitters

SEED = Path(__file__).resolve().parents[1] / "corpus" / "putin-al-sharaa-kremlin.txt"

ABBREVIATIONS = [
    ["Mr. Hale met Dr. Osei and Gen. Marsh on Monday."],
    ["Prices rose in the U.S.", "The dollar fell against the yen."],
    ["The U.K. Treasury declined to comment."],
    ["She moved to the U.S. in 1990 and stayed."],
    ["Bring tools, e.g. a hammer, i.e. something heavy."],
    ["They sold apples, pears, etc.", "The market closed early."],
    ["The ferry leaves at 7 a.m. and returns at noon."],
    ["The ferry left at 7 a.m.", "It was nearly empty."],
    ["By 9 p.m. Mrs. Ode had gone home."],
    ["The law took effect on Jan. 4 last year."],
    ["He wore shirt No. 8 for the club."],
    ["Read p. 12 of the report by Smith & Co. before the meeting."],
    ["Shares of Acme Corp. fell.", "They recovered later."],
    ["The visit to St. Louis by Sen. Ruiz was brief."],
]

INITIALS = [
    ["The Hobbit was written by J. R. R. Tolkien in 1937."],
    ["Author C. S. Lewis taught at Oxford.", "He died in 1963."],
    ["The winner was Maria K. Osei of Accra."],
    ["It was just you and I.", "Then the rain started."],
]

NUMBERS = [
    ["Shares rose 3.5% to $12.75 on Friday."],
    ["The fund holds £4.2bn.", "Analysts were surprised."],
    ["Upgrade to version 2.4.1 before Monday."],
    ["Python 3.11 is faster.", "It came out in 2022."],
    ["Turnout was 61.3 per cent, up from 58.9."],
    ["The deficit reached 4.5%.", "Ministers blamed energy prices."],
]

ELLIPSES = [
    ["He paused... then carried on talking."],
    ["We waited . . . and waited."],
    ["I had no idea what to say....", "The room went quiet."],
    ['"We hoped for peace... Now we need bread.', 'And water," the mayor said.'],
    ["It went quiet...", "Then the sirens began."],
    ['"It went quiet... Then the sirens began," she said.'],
    ["The quote ran: “markets will recover. . . .”"],
]

QUOTES_AND_BRACKETS = [
    ['"We will win," she said.', '"Nobody doubts it."'],
    ["He asked, 'Is it over?'", "Nobody answered."],
    ["The vote passed (by a narrow margin.)", "Then the session closed."],
    ['She called it "a disaster."', "Her aides agreed."],
    ['The report was "final." it said, though few believed it.'],
    ['"It is late.', 'We must go," he said, standing up.'],
    ['"Why?', 'How?" she asked.'],
    ['The minister said: "There is no crisis.', 'The figures are clear."', "He left."],
    ["“We tried.", "We failed,” said Ms. Obi.", "“We will try again.”"],
    ['"Who are you?" the guard asked.'],
    ["It sold well (about 2,000 copies).", "A sequel followed."],
]

LISTS = [
    ["Pack these:", "1) a map", "2) a torch", "3) some water"],
    ["1. Open the box", "2. Take out the lid", "3. Check the parts"],
    ["a. Red team", "b. Blue team", "c. Green team"],
    ["• Rates are up", "• Jobs are down"],
]

URLS_AND_EMAILS = [
    ["Write to desk@news.example.org.", "We reply within a day."],
    ["See https://example.org/a/b.html?x=1.", "It has the details."],
    ["Visit www.example.com or ftp.example.net for more."],
    ["The file data.v2.json was updated."],
]

EXCLAMATIONS = [
    ["Stop!", "Wait for me!!", "Why??", "Really?!"],
    ["She works at Yahoo! in the legal team."],
    ["It opened -- surprise! -- on time."],
]

FOOTNOTES = [
    ["The bridge opened in 1932.[4]", "It carries six lanes.[5][6]"],
    ["The law passed,[2] though not unopposed.[3]", "Critics sued."],
]

ALL_CAPS = [
    ["THE BANK RAISED RATES.", "MARKETS FELL SHARPLY."],
    ["MR. JONES SAID THE U.S. GOVERNMENT WOULD ACT."],
]

FAMILIES = {
    "abbreviations": ABBREVIATIONS,
    "initials": INITIALS,
    "numbers": NUMBERS,
    "ellipses": ELLIPSES,
    "quotes": QUOTES_AND_BRACKETS,
    "lists": LISTS,
    "urls": URLS_AND_EMAILS,
    "exclamations": EXCLAMATIONS,
    "footnotes": FOOTNOTES,
    "all_caps": ALL_CAPS,
}
CASES = [
    pytest.param(sentences, id=f"{family}-{i}")
    for family, cases in FAMILIES.items()
    for i, sentences in enumerate(cases)
]


@pytest.mark.parametrize("sentences", CASES)
def test_sentences_joined_by_spaces_split_back(sentences: list[str]) -> None:
    text = " ".join(sentences)
    assert split(text) == sentences


@pytest.mark.parametrize("sentences", CASES)
def test_spans_slice_back_to_their_sentences(sentences: list[str]) -> None:
    text = "  " + "\n".join(sentences) + " \n"
    spans = split_spans(text)
    assert [text[s:e] for s, e in spans] == sentences
    offset = 0
    for sentence, (start, end) in zip(sentences, spans, strict=True):
        assert start == text.index(sentence, offset)
        assert end == start + len(sentence)
        offset = end


# --- layout: headlines, datelines, wrapped newswire, paragraphs ----------------

WRAPPED_WIRE = (
    "BANK OF NORWAY RAISES KEY RATE\n"
    "OSLO, March 3 - The central bank said on Tuesday that it\n"
    "would raise its main lending rate by half a point to curb\n"
    "inflation, which has climbed for six months in a row.\n"
    "    Economists polled by the agency had expected a smaller\n"
    "move, and the Norwegian crown rose against the U.S.\n"
    "Dollar and the euro after the announcement.\n"
    "    Shr 1.20 crowns vs 1.10\n"
    "    Net 5.1 mln vs 4.2 mln\n"
)


def test_hard_wrapped_newswire_lines_join_and_headline_stands_alone() -> None:
    sentences = [" ".join(s.split()) for s in split(WRAPPED_WIRE)]
    assert sentences == [
        "BANK OF NORWAY RAISES KEY RATE",
        "OSLO, March 3 - The central bank said on Tuesday that it would raise its main lending "
        "rate by half a point to curb inflation, which has climbed for six months in a row.",
        "Economists polled by the agency had expected a smaller move, and the Norwegian crown "
        "rose against the U.S. Dollar and the euro after the announcement.",
        "Shr 1.20 crowns vs 1.10",
        "Net 5.1 mln vs 4.2 mln",
    ]


def test_headline_and_dateline_lines_without_punctuation_are_sentences() -> None:
    text = "Markets Rally After Rate Cut\n14 MAR 2025 09:30\nShares rose sharply on Tuesday."
    assert split(text) == [
        "Markets Rally After Rate Cut",
        "14 MAR 2025 09:30",
        "Shares rose sharply on Tuesday.",
    ]


def test_blank_line_always_ends_a_sentence() -> None:
    text = "A paragraph without a stop\n\nthe next one starts in lower case\n \nMr.\n\nEnd"
    assert split(text) == [
        "A paragraph without a stop",
        "the next one starts in lower case",
        "Mr.",
        "End",
    ]


def test_full_width_stops_end_sentences_without_a_space() -> None:
    assert split("Rates rose．Markets fell！Why？") == ["Rates rose．", "Markets fell！", "Why？"]
    assert split("会议结束了。他们走了。") == ["会议结束了。", "他们走了。"]
    assert split("「行こう。」彼は言った。") == ["「行こう。」", "彼は言った。"]


def test_line_items_starting_with_dashes_are_sentences() -> None:
    text = "The budget included:\n- more money for schools\n- lower fuel duty"
    assert split(text) == ["The budget included:", "- more money for schools", "- lower fuel duty"]


# --- the seed article ------------------------------------------------------------


def test_seed_quote_splits_at_its_sentence_end_but_not_at_its_ellipsis() -> None:
    sentences = split(SEED.read_text(encoding="utf-8"))
    first = (
        '"Syria will try to recreate its relations with Russia... Now the most important '
        "thing, of course, is stability."
    )
    second = 'Stability, both in the country and in the entire region," he said.'
    assert sentences[sentences.index(first) + 1] == second
    assert not any(s.endswith("Russia...") for s in sentences)


def test_seed_article_splits_into_its_sentences() -> None:
    sentences = split(SEED.read_text(encoding="utf-8"))
    assert sentences[:5] == [
        "Putin Meets Syria's al-Sharaa to Relaunch Ties",
        "Sign Up",
        "Sign Up",
        "Putin, al-Sharaa Meet in Kremlin to Relaunch Syria Ties",
        "15 OCT 2025 12:20",
    ]
    assert (
        "In his speech, al-Sharaa emphasized that Syria's new authorities intend to restore "
        "and rethink ties with Russia." in sentences
    )
    assert sentences[-2:] == [
        "Related Reads",
        "Sign in or create a free ReOpen Media account to post commentsSign Up",
    ]
    assert all(s[-1] in '."' for s in sentences[8:-2])


# --- plugin contract and data ----------------------------------------------------


def test_registers_as_standard_splitter() -> None:
    registered: dict[str, object] = {}
    toolkit_register_splitters(register=lambda name, fn, **kw: registered.__setitem__(name, fn))
    assert registered == {"standard": split_spans}


def test_trained_word_lists_are_shipped() -> None:
    abbreviations, starters = _sbd_lexicon.trained_lists()
    assert len(abbreviations) > 20 and len(starters) > 10
    assert "the" in starters


def test_empty_and_blank_texts() -> None:
    assert split_spans("") == []
    assert split_spans(" \n\t \n") == []
    assert split_spans("...") == [(0, 3)]


# --- properties -------------------------------------------------------------------

TRICKY = st.lists(
    st.sampled_from([*"aAbZ19 .!?…\"'“”()[]-•\n\t,:;$%@/", "Mr", "U.S", "e.g", " I", "1) "]),
    max_size=120,
).map("".join)


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[previous_end:start].strip() == ""
        previous_end = end
    assert text[previous_end:].strip() == ""


QUOTED_SENTENCE = st.builds(
    lambda first, rest, end: " ".join([first, *rest]) + end,
    st.sampled_from(["The", "We", "It", "Now", "Our", "Nobody", "Prices", "Syria"]),
    st.lists(
        st.sampled_from(["talks", "will", "go", "on", "for", "weeks", "and", "rates"]),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([".", "!", "?"]),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(QUOTED_SENTENCE, min_size=1, max_size=4), st.sampled_from([",", ".", "!", "?"]))
def test_quotation_splits_at_its_sentence_ends_and_keeps_the_attribution_last(
    sentences: list[str], close: str
) -> None:
    last = sentences[-1][:-1] + close
    text = '"' + " ".join([*sentences[:-1], last]) + '" the minister said.'
    expected = [*sentences[:-1], last + '" the minister said.']
    expected[0] = '"' + expected[0]
    assert split(text) == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(QUOTED_SENTENCE, min_size=2, max_size=4))
def test_ellipsis_inside_a_quotation_never_ends_a_sentence(sentences: list[str]) -> None:
    quoted = "... ".join(s[:-1] for s in sentences)
    assert split(f'He said: "{quoted}." Then he left.') == [
        f'He said: "{quoted}."',
        "Then he left.",
    ]


@settings(max_examples=300, deadline=None)
@given(st.one_of(TRICKY, st.text(max_size=200)))
def test_any_text_splits_into_ordered_stripped_covering_spans(text: str) -> None:
    _check_spans(text, split_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "x" * 100_000,
        "." * 50_000,
        "." * 50_000 + "x",
        ". " * 50_000 + "x",
        "A. " * 30_000,
        '" ' * 40_000,
        "1. A " * 20_000,
        "\n" * 30_000 + "Word\n" * 20_000,
        "At 5 a.m. Mr. " * 5_000,
        "x.[1]" * 20_000,
        "A。" * 40_000,
    ],
    ids=[
        "no-punct",
        "dots",
        "dots-x",
        "spaced-dots",
        "initials",
        "quotes",
        "markers",
        "lines",
        "am",
        "footnotes",
        "full-width",
    ],
)
def test_adversarial_inputs_split_quickly_and_validly(text: str) -> None:
    _check_spans(text, split_spans(text))
