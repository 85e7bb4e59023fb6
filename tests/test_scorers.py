"""Each scorer on small hand-made documents whose right answer is obvious."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.background import Background
from toolkit.models import Document, Sentence
from toolkit.plugins.scorers.length import score_length
from toolkit.plugins.scorers.lexrank import score_lexrank
from toolkit.plugins.scorers.luhn import score_luhn
from toolkit.plugins.scorers.position import score_position
from toolkit.plugins.scorers.textrank import score_textrank
from toolkit.plugins.scorers.tfidf import score_tfidf
from toolkit.plugins.sentences import split_spans

SCORERS: dict[str, Callable[[Document], list[float]]] = {
    "tfidf": score_tfidf,
    "textrank": score_textrank,
    "lexrank": score_lexrank,
    "luhn": score_luhn,
    "position": score_position,
    "length": score_length,
}


def make_document(texts: list[str], background: Background | None = None) -> Document:
    sentences = []
    offset = 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, offset, offset + len(text), text))
        offset += len(text) + 1
    return Document(text=" ".join(texts), sentences=sentences, background=background)


def split_document(text: str) -> Document:
    spans = split_spans(text)
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
    return Document(text=text, sentences=sentences)


def argmax(values: list[float]) -> int:
    return max(range(len(values)), key=values.__getitem__)


def argmin(values: list[float]) -> int:
    return min(range(len(values)), key=values.__getitem__)


# A story about one meeting, with one sentence repeated and one off-topic sentence.
STORY = [
    "Putin met Syrian leader al-Sharaa at the Kremlin in Moscow.",
    "Putin and al-Sharaa discussed Russian bases in Syria at the Kremlin.",
    "Weather forecasters expect heavy snowfall across Scandinavia tomorrow.",
    "The Kremlin talks between Putin and al-Sharaa covered Syria and Russian bases.",
    "Putin met Syrian leader al-Sharaa at the Kremlin in Moscow.",
]
OFF_TOPIC = 2


@pytest.mark.parametrize("name", sorted(SCORERS))
@pytest.mark.parametrize(
    "texts", [[], ["Only one sentence here."], ["", "...", "Real words at last."], ["—", "—"]]
)
def test_scorers_handle_degenerate_documents(name: str, texts: list[str]) -> None:
    scores = SCORERS[name](make_document(texts))
    assert len(scores) == len(texts)
    assert all(math.isfinite(s) for s in scores)


@pytest.mark.parametrize("name", ["tfidf", "textrank", "lexrank", "luhn"])
def test_content_scorers_rank_the_off_topic_sentence_last(name: str) -> None:
    scores = SCORERS[name](make_document(STORY))
    assert argmin(scores) == OFF_TOPIC
    assert scores[OFF_TOPIC] < min(s for i, s in enumerate(scores) if i != OFF_TOPIC)


# The repeated sentence is the hub: the others each share a word with it only.
HUB = [
    "Putin met al-Sharaa at the Kremlin.",
    "Putin praised the Syrian army.",
    "Heavy snow fell across Scandinavia.",
    "The Kremlin later issued a statement.",
    "Putin met al-Sharaa at the Kremlin.",
]


@pytest.mark.parametrize("name", ["textrank", "lexrank"])
def test_graph_scorers_rank_a_repeated_sentence_first(name: str) -> None:
    scores = SCORERS[name](make_document(HUB))
    assert scores[0] == pytest.approx(scores[4])  # same sentence, same centrality
    assert scores[0] > max(scores[1], scores[2], scores[3])
    assert argmin(scores) == 2  # shares no word with any other sentence


def test_tfidf_prefers_sentences_full_of_frequent_document_terms() -> None:
    texts = [
        "Budget talks resume.",
        "Budget talks collapsed over the budget deficit.",
        "Budget deficit talks continue tomorrow.",
        "Kittens enjoy yarn.",
    ]
    scores = score_tfidf(make_document(texts))
    assert argmax(scores) in (1, 2)
    assert argmin(scores) == 3


def test_tfidf_background_lowers_words_common_to_all_news() -> None:
    texts = [
        "The government announced new measures.",
        "The kremlin announced new measures.",
        "Measures were announced by government and kremlin alike.",
    ]
    # without background both words are equally rare in the document
    plain = score_tfidf(make_document(texts))
    assert plain[0] == pytest.approx(plain[1])
    news = Background(n_docs=100, df={"government": 90, "kremlin": 1, "announced": 80})
    weighted = score_tfidf(make_document(texts, background=news))
    assert weighted[1] > weighted[0]


def test_luhn_scores_a_dense_cluster_of_significant_words_highest() -> None:
    texts = [
        "Oil prices rose as oil exports fell and prices kept rising.",
        "Oil prices and oil exports drove prices.",
        "Analysts were surprised by what happened on Monday afternoon.",
        "In other news, the local football team won again on Saturday.",
    ]
    scores = score_luhn(make_document(texts))
    assert scores[2] == 0.0 and scores[3] == 0.0
    assert scores[1] > scores[0] > 0.0  # same significant words, tighter cluster


def test_position_puts_the_lead_first_and_fades() -> None:
    scores = score_position(make_document(STORY))
    assert argmax(scores) == 0
    assert all(a > b for a, b in zip(scores, scores[1:], strict=False))


def test_length_penalises_fragments_and_run_ons() -> None:
    normal = "The two leaders discussed Russian military bases on the Syrian coast on Wednesday."
    fragment = "Read more."
    run_on = " ".join(["and the talks went on"] * 20) + "."
    scores = score_length(make_document([fragment, normal, run_on]))
    assert scores[1] == 1.0
    assert scores[0] < 0.5
    assert scores[2] < 0.5


def test_scorers_on_the_seed_article_pick_news_sentences() -> None:
    from pathlib import Path

    text = (
        Path(__file__).resolve().parents[1] / "corpus" / "putin-al-sharaa-kremlin.txt"
    ).read_text(encoding="utf-8")
    document = split_document(text)
    for name, scorer in SCORERS.items():
        scores = scorer(document)
        assert len(scores) == len(document.sentences), name
        best = document.sentences[argmax(scores)].text
        assert len(best.split()) >= 5, (name, best)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=8))
def test_scorers_never_raise_and_return_one_finite_score_per_sentence(texts: list[str]) -> None:
    document = make_document(texts)
    for name, scorer in SCORERS.items():
        scores = scorer(document)
        assert len(scores) == len(texts), name
        assert all(math.isfinite(s) for s in scores), name


def test_scorers_share_one_tokenization_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """tfidf, textrank and lexrank read the same sentence terms: computed once."""
    import toolkit.plugins.scorers.similarity as similarity

    calls: list[str] = []
    real_terms = similarity.terms

    def counting_terms(text: str) -> list[str]:
        calls.append(text)
        return real_terms(text)

    monkeypatch.setattr(similarity, "terms", counting_terms)
    document = make_document(STORY)
    scores = [scorer(document) for scorer in (score_tfidf, score_textrank, score_lexrank)]
    assert len(calls) == len(STORY)
    fresh = make_document(STORY)
    assert scores == [scorer(fresh) for scorer in (score_tfidf, score_textrank, score_lexrank)]
    assert len(calls) == 2 * len(STORY)  # a new document is tokenized anew
