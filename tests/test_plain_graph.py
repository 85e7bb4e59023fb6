"""The plain-Python sentence graph (``plain_graph``) gives numpy's scores."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from conftest import REPO
from toolkit.plugins.scorers.plain_graph import (
    PLAIN_SENTENCES,
    overlap_weights,
    plain_centrality,
)
from toolkit.plugins.scorers.similarity import centrality, terms
from toolkit.plugins.scorers.textrank import overlap_graph
from toolkit.plugins.sentences import split

CORPUS = sorted((REPO / "corpus").glob("*.txt"))


def corpus_bags() -> list[list[list[str]]]:
    return [[terms(s) for s in split(path.read_text(encoding="utf-8"))] for path in CORPUS]


def test_overlap_weights_equal_the_numpy_graph_on_real_sentences() -> None:
    for bags in corpus_bags():
        plain = np.array(overlap_weights([set(bag) for bag in bags]))
        numpy_graph = overlap_graph(bags)
        np.fill_diagonal(numpy_graph, 0.0)
        assert np.allclose(plain, numpy_graph, rtol=1e-14, atol=0)


@pytest.mark.parametrize("size", [2, 3, 7, 15, PLAIN_SENTENCES])
def test_plain_centrality_equals_numpy_on_real_articles(size: int) -> None:
    """Every prefix of every bundled article: the same rounded scores, bit for bit."""
    for bags in corpus_bags():
        prefix = bags[:size]
        expected = centrality(overlap_graph(prefix))
        assert plain_centrality(overlap_weights([set(bag) for bag in prefix])) == expected


def test_isolated_and_empty_sentences_jump_uniformly_as_in_numpy() -> None:
    sentences = [
        "The council voted to close the ferry route in March.",
        "Snow fell on the mountains.",  # shares no term with the others
        "",  # no terms at all
        "Ferry passengers protested outside the council after the vote.",
        "The ferry route had run since 1952, the council said.",
    ]
    bags = [terms(s) for s in sentences]
    plain = plain_centrality(overlap_weights([set(bag) for bag in bags]))
    assert plain == centrality(overlap_graph(bags))
    assert plain[1] == plain[2] < min(plain[0], plain[3], plain[4])
    assert abs(sum(plain) - 1.0) < 1e-9
    nothing_shared = [["ferry"], ["snow"], ["vote"]]
    assert (
        plain_centrality(overlap_weights([set(b) for b in nothing_shared]))
        == [round(1 / 3, 12)] * 3
    )


def test_an_article_sized_summary_does_not_import_numpy() -> None:
    code = (
        "import sys; from toolkit import summarize; "
        f"summarize(open({str(CORPUS[0])!r}, encoding='utf-8').read()); "
        "print(sorted({'numpy', 'scipy'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
