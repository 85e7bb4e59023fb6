"""Look-ups the quotes analyzer makes once per document give what the token-by-token
walks they replace give (invented sentences)."""

from __future__ import annotations

import pytest

from toolkit.plugins.quotes.boundaries import Boundaries
from toolkit.plugins.quotes.context import is_boundary
from toolkit.plugins.quotes.cues import CUE_WORDS, indices_in
from toolkit.plugins.quotes.direct import _LOOKAROUND, _sentence_end, _sentence_start
from toolkit.plugins.text.tokens import tokenize_columns

TEXTS = [
    'Sen. Ana Ruiz met Dr. J. Okafor in Lima. "We agreed," she said!\n\nThe talks went on? '
    "Yes. the minister said nothing.\nA new line without a stop\nand another one",
    "No breaks at all in this short line",
    "Paragraph one ends here.\n\n\n“Paragraph two opens with a quote,” Lee said. "
    "Then U.S. officials left.",
    " ".join(["word"] * 150) + ". " + " ".join(["Word"] * 150),
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_boundaries_match_the_token_walks(text: str) -> None:
    columns = tokenize_columns(text)
    tokens = columns.tokens
    boundaries = Boundaries(text, tokens, columns.words, columns.starts)
    for index in range(len(tokens)):
        assert boundaries.start_before(index, _LOOKAROUND) == _sentence_start(text, tokens, index)
        assert boundaries.end_after(index, _LOOKAROUND) == _sentence_end(text, tokens, index)
    for reach in (1, 2, 5):  # a short reach stops the walk before the break
        for index in range(len(tokens)):
            walked_back = index
            while walked_back > 0 and index - walked_back < reach:
                if is_boundary(text, tokens, walked_back):
                    break
                walked_back -= 1
            assert boundaries.start_before(index, reach) == walked_back


def test_indices_in_lists_the_words_in_the_set_in_order() -> None:
    words = "Lee said that she told reporters , and said so".split()
    assert indices_in(words, CUE_WORDS) == [i for i, w in enumerate(words) if w in CUE_WORDS]
    assert indices_in(words, frozenset({"said"})) == [1, 8]
    assert indices_in([], CUE_WORDS) == []
