"""The tone analyzer's cheap tests stand in for costlier ones only where they give the same
answer: each shortcut against the test it guards, on invented sentences."""

from __future__ import annotations

import pytest

from toolkit.plugins.tone import analyzer, frame, stance
from toolkit.plugins.tone.model import predict
from toolkit.plugins.tone.vader import polarity_scores

TEXTS = [
    "We lost. They won the cup and we go home.",
    'It was "a disgrace." Then the board met again.',
    "The U.S. team said little, and Mr. Ford left early!",
    "Is it over? \u201cNo,\u201d she said. \u2018Not yet.\u2019 He agreed.",
    "a quiet day.\nNothing happened after lunch; it rained.",
    "He left after strongly condemning the vote, while thanking his staff.",
    "They stood by waiting, before anyone was hurt.",
    "Something must change. soon, maybe. OK.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_break_with_its_full_stop_is_found_where_the_break_is(text: str) -> None:
    found = stance._HAS_SENTENCE_BREAK.search(text)
    assert bool(found) == bool(stance._SENTENCE_BREAK.search(text))


@pytest.mark.parametrize("text", TEXTS)
def test_the_adjunct_gate_lets_through_every_adjunct_participle(text: str) -> None:
    lowered = text.lower()
    if frame._ADJUNCT_PARTICIPLE.search(lowered):
        assert frame._may_hold_adjunct(lowered)


def test_the_adjunct_gate_keeps_out_text_without_its_words() -> None:
    assert not frame._may_hold_adjunct("the minister spoke at length")
    assert frame.adjunct_valence("he resigned after strongly condemning the vote") < 0


@pytest.mark.parametrize("text", [t for t in TEXTS if t] + ["Great!!! :) but awful..."])
def test_vader_scores_need_no_second_rounding(text: str) -> None:
    scores = polarity_scores(text)
    assert analyzer._ordered(scores) == analyzer._rounded(scores)
    assert list(analyzer._ordered(scores)) == list(analyzer._rounded(scores))


@pytest.mark.parametrize(
    "text",
    [
        "It was a painful defeat for us. I thought we played very well, we were superb.",
        "I thought we played very well, we were superb. It was a painful defeat for us.",
        "The weather was ordinary today. It was a painful defeat for us.",
        "It was a painful defeat for us. The weather was ordinary today.",
    ],
)
def test_the_balance_check_stops_early_with_the_same_answer(text: str) -> None:
    low, high = stance.neutral_band()
    sentences = stance._SENTENCE_BREAK.split(text)
    scores = [stance.statement_score(predict(s), None, s) for s in sentences]
    expected = any(s >= high for s in scores) and any(s <= low for s in scores)
    assert stance.pulls_both_ways(text) == expected
