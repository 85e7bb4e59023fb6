"""Scorer specs, the default mix, the weighted combination, length control and
the MMR selector plugin."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.models import Document, Sentence
from toolkit.plugins.scorers.mmr import cosine, pick_mmr
from toolkit.plugins.scorers.similarity import content_words
from toolkit.registry import get_registry
from toolkit.selection import (
    combine_scores,
    normalise,
    parse_scorer_spec,
    select_sentences,
    word_count,
)

BUILTIN_SCORERS = {"tfidf", "textrank", "lexrank", "luhn", "position", "length"}


def make_document(texts: list[str]) -> Document:
    sentences = []
    offset = 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, offset, offset + len(text), text))
        offset += len(text) + 1
    return Document(text=" ".join(texts), sentences=sentences)


# --- scorer specs ---------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("tfidf", {"tfidf": 1.0}),
        ("tfidf=1,position=0.6", {"tfidf": 1.0, "position": 0.6}),
        (" textrank = 2 , length=0 ", {"textrank": 2.0, "length": 0.0}),
        ("luhn,position=.5", {"luhn": 1.0, "position": 0.5}),
        ({"lexrank": 3}, {"lexrank": 3.0}),
    ],
)
def test_parse_scorer_spec_reads_names_and_weights(spec: str, expected: dict) -> None:
    assert parse_scorer_spec(spec) == expected


# Chosen by measurement on the BBC dev set (docs/summarization.md).
DEFAULT_MIX = {"tfidf": 1.0, "textrank": 1.0, "position": 0.3, "length": 0.3}


def test_the_default_mix_is_what_the_builtin_scorers_declare_in_their_order() -> None:
    weights = get_registry().default_weights()
    assert weights == DEFAULT_MIX
    assert list(weights) == list(DEFAULT_MIX)  # the order the scores are summed in


def test_a_disabled_scorer_leaves_the_default_mix() -> None:
    weights = get_registry(["textrank"]).default_weights()
    assert weights == {k: v for k, v in DEFAULT_MIX.items() if k != "textrank"}


@pytest.mark.parametrize(
    "spec",
    ["", "  ", "tfidf=", "=1", "tfidf=abc", "tfidf=-1", "tfidf=nan", "tfidf=inf",
     "tfidf,,position", "tfidf,tfidf=2", "tfidf=0,position=0", "bad name=1", {"x": "y"}],
)  # fmt: skip
def test_parse_scorer_spec_rejects_malformed_specs_in_one_line(spec: object) -> None:
    with pytest.raises(ValueError) as info:
        parse_scorer_spec(spec)  # type: ignore[arg-type]
    assert "\n" not in str(info.value) and str(info.value)


def test_every_builtin_scorer_module_registers_its_name() -> None:
    for name in BUILTIN_SCORERS:
        module = importlib.import_module(f"toolkit.plugins.scorers.{name}")
        registered: list[str] = []
        module.toolkit_register_scorers(register=lambda n, f, _r=registered, **_: _r.append(n))
        assert registered == [name]


# --- combination ----------------------------------------------------------


def test_normalise_maps_to_unit_range_and_constant_scores_to_zero() -> None:
    assert normalise([2.0, 4.0, 3.0]) == [0.0, 1.0, 0.5]
    assert normalise([7.0, 7.0, 7.0]) == [0.0, 0.0, 0.0]
    assert normalise([5.0]) == [0.0]
    assert normalise([]) == []
    assert normalise([1.0, float("nan"), 3.0]) == [0.0, 0.0, 1.0]


def test_combine_scores_is_independent_of_each_scorers_scale() -> None:
    small = {"a": [0.1, 0.3, 0.2], "b": [5.0, 1.0, 3.0]}
    scaled = {"a": [1000.0, 3000.0, 2000.0], "b": [-50.0, -90.0, -70.0]}
    weights = {"a": 1.0, "b": 0.5}
    assert combine_scores(small, weights) == pytest.approx(combine_scores(scaled, weights))
    assert combine_scores(small, weights) == pytest.approx([0.5, 1.0, 0.75])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(min_value=-1e6, max_value=1e6), min_size=1, max_size=10),
    st.floats(min_value=1e-3, max_value=1e3),
    st.floats(min_value=-1e3, max_value=1e3),
)
def test_normalisation_ignores_positive_affine_rescaling(
    values: list[float], scale: float, shift: float
) -> None:
    rescaled = [scale * v + shift for v in values]
    combined = combine_scores({"a": values}, {"a": 2.0})
    assert all(0.0 <= c <= 2.0 for c in combined)
    if max(values) - min(values) > 1e-3 * max(1.0, max(abs(v) for v in values)):
        assert combine_scores({"a": rescaled}, {"a": 2.0}) == pytest.approx(combined, abs=1e-6)
        assert max(combined) == pytest.approx(2.0) and min(combined) == pytest.approx(0.0)


def test_combine_scores_weights_decide_which_scorer_wins() -> None:
    scores = {"a": [1.0, 0.0], "b": [0.0, 1.0]}
    assert combine_scores(scores, {"a": 2.0, "b": 1.0}) == [2.0, 1.0]
    assert combine_scores(scores, {"a": 1.0, "b": 2.0}) == [1.0, 2.0]
    assert combine_scores(scores, {"a": 1.0, "b": 0.0}) == [1.0, 0.0]


def test_combine_scores_rejects_missing_or_mismatched_scores() -> None:
    with pytest.raises(ValueError):
        combine_scores({"a": [1.0]}, {"a": 1.0, "b": 1.0})
    with pytest.raises(ValueError):
        combine_scores({"a": [1.0, 2.0], "b": [1.0]}, {"a": 1.0, "b": 1.0})


# --- length control -------------------------------------------------------

TEXTS = [
    "Putin met al-Sharaa in the Kremlin on Wednesday.",
    "The two leaders discussed Russian military bases in Syria.",
    "It was raining in Moscow.",
    "Al-Sharaa asked Russia to hand over Bashar al-Assad.",
    "Talks will continue next month.",
]


def test_select_sentences_returns_best_in_document_order() -> None:
    document = make_document(TEXTS)
    assert select_sentences(document, [0.1, 0.9, 0.0, 0.8, 0.2], sentences=2) == [1, 3]
    assert select_sentences(document, [0.1, 0.9, 0.0, 0.8, 0.2], sentences=10) == [0, 1, 2, 3, 4]
    assert select_sentences(document, [0.0] * 5, sentences=2) == [0, 1]  # ties: earlier first
    assert select_sentences(make_document([]), [], sentences=3) == []


def test_ratio_takes_a_fraction_of_the_sentences_and_at_least_one() -> None:
    document = make_document(TEXTS)
    scores = [0.5, 0.4, 0.3, 0.2, 0.1]
    assert select_sentences(document, scores, sentences=1, ratio=0.6) == [0, 1, 2]
    assert select_sentences(document, scores, ratio=0.01) == [0]
    with pytest.raises(ValueError):
        select_sentences(document, scores, ratio=0.0)


def test_words_budget_takes_precedence_and_skips_sentences_that_do_not_fit() -> None:
    document = make_document(TEXTS)
    scores = [0.1, 0.9, 0.0, 0.8, 0.2]
    # best first: 1 (9 words) fits 12, then nothing else does; 14 also fits 4 (5 words)
    assert [word_count(t) for t in TEXTS] == [8, 9, 5, 8, 5]
    assert select_sentences(document, scores, sentences=5, ratio=0.5, words=12) == [1]
    assert select_sentences(document, scores, words=14) == [1, 4]
    assert select_sentences(document, scores, words=3) == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=30), min_size=0, max_size=12),
    st.integers(min_value=0, max_value=80),
    st.sampled_from([0.0, 0.3, 0.7]),
    st.randoms(use_true_random=False),
)
def test_words_budget_is_never_exceeded(
    lengths: list[int], budget: int, diversity: float, rng: object
) -> None:
    texts = [" ".join(f"w{rng.randint(0, 20)}" for _ in range(n)) for n in lengths]  # type: ignore[attr-defined]
    scores = [rng.random() for _ in texts]  # type: ignore[attr-defined]
    picked = select_sentences(
        make_document(texts), scores, words=budget, diversity=diversity, selector=pick_mmr
    )
    assert sum(word_count(texts[i]) for i in picked) <= budget
    assert picked == sorted(set(picked))
    if budget >= sum(word_count(t) for t in texts):
        assert picked == list(range(len(texts)))


# --- redundancy control ---------------------------------------------------

DUPLICATED = [
    "Putin met al-Sharaa in the Kremlin on Wednesday.",
    "On Wednesday Putin met al-Sharaa in the Kremlin.",  # same content words
    "The two leaders discussed Russian military bases in Syria.",
    "Oil prices rose after the meeting.",
]


def test_without_diversity_the_near_duplicate_is_picked() -> None:
    # guards the next test: the scores alone would pick both versions
    document = make_document(DUPLICATED)
    assert select_sentences(document, [1.0, 0.95, 0.3, 0.1], sentences=2) == [0, 1]


@pytest.mark.parametrize("diversity", [0.5, 0.7, 1.0])
def test_mmr_never_picks_a_near_duplicate(diversity: float) -> None:
    document = make_document(DUPLICATED)
    picked = select_sentences(
        document, [1.0, 0.95, 0.3, 0.1], sentences=3, diversity=diversity, selector=pick_mmr
    )
    assert not {0, 1} <= set(picked)
    assert len(picked) == 3


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(min_value=0, max_value=1), min_size=4, max_size=4),
    st.floats(min_value=0.5, max_value=1.0),
)
def test_mmr_prefers_any_fresh_sentence_over_an_exact_duplicate(
    scores: list[float], diversity: float
) -> None:
    texts = [
        "Syria asked Russia for wheat.",
        "Syria asked Russia for wheat.",
        "Bases remain on the coast.",
        "Oil prices rose sharply.",
    ]
    picked = select_sentences(
        make_document(texts), scores, sentences=3, diversity=diversity, selector=pick_mmr
    )
    assert not {0, 1} <= set(picked)


def test_similarity_helpers() -> None:
    assert content_words("The Kremlin said it was ready.") == ["kremlin", "ready"]
    a = {"kremlin": 1, "talks": 1}
    assert cosine(a, a) == pytest.approx(1.0)  # type: ignore[arg-type]
    assert cosine(a, {"oil": 2}) == 0.0  # type: ignore[arg-type]
    assert cosine({}, a) == 0.0  # type: ignore[arg-type]


def test_select_sentences_validates_its_arguments() -> None:
    document = make_document(TEXTS)
    with pytest.raises(ValueError):
        select_sentences(document, [1.0], sentences=1)
    with pytest.raises(ValueError):
        select_sentences(document, [0.0] * 5, diversity=1.5)
    with pytest.raises(ValueError):
        select_sentences(document, [0.0] * 5, words=-1)
    with pytest.raises(ValueError, match="selector"):
        select_sentences(document, [0.0] * 5, diversity=0.5)  # no selector given


def test_selection_imports_no_heavy_library() -> None:
    code = (
        "import sys, toolkit.selection as s, toolkit.models as m\n"
        "d = m.Document('a. b.', [m.Sentence(0, 0, 2, 'a.'), m.Sentence(1, 3, 5, 'b.')])\n"
        "s.select_sentences(d, [1, 0], sentences=1)\n"
        "print(sorted({'numpy', 'scipy', 'sklearn', 'nltk'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_public_api_summary_uses_the_default_mix_and_mmr() -> None:
    from toolkit.api import summarize

    text = " ".join([DUPLICATED[0], DUPLICATED[0], *DUPLICATED[2:], DUPLICATED[0]])
    plain = summarize(text, sentences=2, analyzers=(), background=None)
    assert plain.scorer == "tfidf=1,textrank=1,position=0.3,length=0.3"
    texts = [s.text for s in plain.summary]
    assert texts == [DUPLICATED[0], DUPLICATED[0]]  # the repeated sentence is central
    diverse = summarize(text, sentences=2, diversity=0.7, analyzers=(), background=None)
    assert len({s.text for s in diverse.summary}) == 2
