"""The coverage-aware choice of a short summary's sentences (plugins/scorers/coverage.py),
on invented sentences and term bags."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from toolkit.pipeline import Options, prepare
from toolkit.plugins.scorers import highlights
from toolkit.plugins.scorers.coverage import cover, novelty, term_weights
from toolkit.plugins.scorers.highlights import score_highlights
from toolkit.registry import get_registry

# Term bags of a five-sentence story: 0 is the lead (a flood closes a bridge),
# 1 restates it, 2 turns to a subject the story comes back to (the repair
# budget, also in 3 and 4), 3 and 4 elaborate that subject.
BAGS = [
    ["flood", "bridge", "closed", "river", "town"],
    ["bridge", "closed", "flood", "river"],
    ["repair", "budget", "council", "bridge"],
    ["council", "budget", "vote"],
    ["repair", "council", "weeks"],
]


def test_a_term_used_once_weighs_nothing_and_recurring_terms_weigh_their_other_uses() -> None:
    weights = term_weights([frozenset(b) for b in BAGS])
    assert weights["town"] == 0 and weights["vote"] == 0
    assert weights["bridge"] == 2 and weights["council"] == 2 and weights["flood"] == 1


def test_novelty_is_the_weighted_share_the_picks_do_not_cover() -> None:
    weights = term_weights([frozenset(b) for b in BAGS])
    covered = set(BAGS[0])
    assert novelty(frozenset(BAGS[1]), covered, weights) == 0.0
    assert novelty(frozenset(BAGS[3]), covered, weights) == 1.0
    # repair 1, budget 1, council 2 new; bridge 2 covered
    assert novelty(frozenset(BAGS[2]), covered, weights) == 4 / 6
    assert novelty(frozenset(["town"]), set(), weights) == 0.0  # nothing recurring


def test_a_restatement_of_the_lead_gives_way_to_a_new_subject_when_scores_are_close() -> None:
    scores = [1.0, 0.8, 0.7, 0.3, 0.2]
    plain = sorted(range(5), key=lambda i: -scores[i])[:2]
    assert plain == [0, 1]
    chosen = cover(scores, BAGS, range(5), 2, beta=0.25)
    top_two = sorted(range(5), key=lambda i: (-chosen[i], i))[:2]
    assert top_two == [0, 2]


def test_a_much_better_sentence_still_wins_over_novelty() -> None:
    scores = [1.0, 0.95, 0.3, 0.2, 0.1]
    chosen = cover(scores, BAGS, range(5), 2, beta=0.25)
    assert sorted(range(5), key=lambda i: (-chosen[i], i))[:2] == [0, 1]


def test_the_picks_rank_first_in_the_order_picked_and_other_sentences_are_left_alone() -> None:
    scores = [1.0, 0.8, 0.7, 0.3, -5.0]
    chosen = cover(scores, BAGS, [0, 1, 2, 3], 3, beta=0.25)
    ranking = sorted(range(5), key=lambda i: (-chosen[i], i))
    assert ranking[:3] == [0, 2, 1]  # once 2 is picked, 3 (council, budget) is not new
    assert chosen[4] == -5.0  # not a candidate (furniture): untouched
    assert chosen[0] > chosen[2] > chosen[1] > max(chosen[3], chosen[4])


def test_without_weight_or_with_one_sentence_to_pick_the_scores_are_unchanged() -> None:
    scores = [1.0, 0.8, 0.7, 0.3, 0.2]
    assert cover(scores, BAGS, range(5), 3, beta=0) == scores
    assert cover(scores, BAGS, range(5), 1) == scores


STORY = (
    "Floods closed the old river bridge in Millbrook on Monday, cutting the town in two.\n"
    "The river bridge in Millbrook was closed by the floods on Monday morning.\n"
    "Millbrook has been cut in two since the floods closed the bridge on Monday.\n"
    "Engineers said the council will need a repair budget of two million pounds before the "
    "bridge can reopen.\n"
    "The council will vote on the repair budget next week, its leader said.\n"
    "Shops on the east bank said trade had fallen by half since the floods.\n"
    "The repair would take at least six weeks once the council approves the budget.\n"
    "Residents have been asked to use the ferry while the bridge is shut.\n"
    "The ferry runs every twenty minutes from the town quay.\n"
    "Schools on the east bank stayed open, though some teachers could not reach them.\n"
    "Forecasters expect more rain at the weekend.\n"
    "The last time the bridge closed, in 1998, it stayed shut for a month.\n"
    "A council engineer will inspect the bridge again on Thursday.\n"
)


def _scores(length: dict[str, int]) -> list[float]:
    document = prepare(STORY, Options(), get_registry())
    document.options["summary_length"] = length
    return score_highlights(document)


def test_a_short_summary_is_chosen_for_coverage_and_a_long_one_is_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[list[int], int, float]] = []

    def recording(
        scores: Sequence[float],
        bags: Sequence[Sequence[str]],
        candidates: Sequence[int],
        count: int,
        beta: float,
    ) -> list[float]:
        calls.append((list(candidates), count, beta))
        return cover(scores, bags, candidates, count, beta)

    monkeypatch.setattr(highlights, "cover", recording)
    short = _scores({"sentences": 3})  # 3 of 13 sentences: a few highlights
    assert calls == [(list(range(13)), 3, highlights.NOVELTY_WEIGHT)]
    assert max(short) == short[0]  # the lead stays first
    _scores({"sentences": 7})  # more than half the article: centrality carries it
    assert len(calls) == 1


def test_a_long_summary_is_ranked_without_coverage(monkeypatch: pytest.MonkeyPatch) -> None:
    # Six of twelve sentences (50%): a condensation, where centrality carries the ranking.
    long = _scores({"sentences": 6})
    monkeypatch.setattr(highlights, "NOVELTY_WEIGHT", 0.0)
    assert long == _scores({"sentences": 6})
