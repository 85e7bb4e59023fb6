"""A statement whose sentences pull both ways (one beyond each edge of the neutral band)
is balanced, on invented sentences: neutral unless its cue or frame states a stance."""

from __future__ import annotations

import pytest

from toolkit.plugins.tone.model import predict
from toolkit.plugins.tone.stance import pulls_both_ways, statement_score

BALANCED = "It was a painful defeat for us. I thought we played very well, we were superb."


def test_a_loss_and_praise_in_one_statement_pull_both_ways() -> None:
    assert pulls_both_ways(BALANCED)
    assert statement_score(predict(BALANCED), "said", BALANCED) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        # one sentence only, however mixed its words
        "We lost the final to a brilliant goal and I am proud of the team.",
        # both sentences the same way
        "It was a wonderful evening. The fans were superb and the team was brilliant.",
        "It was a terrible defeat. The defending was awful and we deserved to lose.",
        # a sentence too short to count
        "It was a terrible, awful defeat for everyone here. LOL.",
    ],
)
def test_statements_that_pull_one_way_are_not_balanced(text: str) -> None:
    assert not pulls_both_ways(text)


def test_a_stance_in_the_cue_still_decides_a_balanced_statement() -> None:
    assert statement_score(predict(BALANCED), "condemned", BALANCED) < 0
    assert statement_score(predict(BALANCED), "praised", BALANCED) > 0
