"""The tokenizer's lower-case column, made for a whole ASCII text at once, is
each token's own lower case, as lowering the tokens one by one gives it."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import shared_data_file
from toolkit.plugins.text.tokens import tokenize_columns


def _assert_lowered_one_by_one(text: str, start: int = 0, end: int | None = None) -> None:
    columns = tokenize_columns(text, start, end)
    assert columns.lowers == [word.lower() for word in columns.words]
    assert [token.lower for token in columns.tokens] == columns.lowers


_ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=200)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_ASCII, st.text(max_size=200)), st.integers(0, 40))
def test_lower_case_column_is_each_tokens_lower_case(text: str, start: int) -> None:
    _assert_lowered_one_by_one(text)
    _assert_lowered_one_by_one(text, min(start, len(text)))


def test_invented_texts_ascii_and_not() -> None:
    ascii_text = "The U.S. Senate's vote -- 52 to 48 -- \"FAILED\",\r\nsaid\tMs. O'Neil.\x0b"
    _assert_lowered_one_by_one(ascii_text)
    columns = tokenize_columns(ascii_text)
    assert columns.lowers[:4] == ["the", "u.s", ".", "senate's"]
    # capital sigmas lowered by their neighbours, a dotted capital I that grows
    _assert_lowered_one_by_one("ΟΔΟΣ ΣΑΣ Σ-Σ Σ’Σ İSTANBUL ǅemal Straße “Quote”")
    assert tokenize_columns("").lowers == []


def test_real_articles_ascii_and_not() -> None:
    path = shared_data_file("quotes/polnear_train.jsonl")
    with path.open(encoding="utf-8") as rows:
        texts = [json.loads(row)["text"] for row in rows]
    ascii_texts = [text for text in texts if text.isascii()][:20]
    other_texts = [text for text in texts if not text.isascii()][:20]
    assert len(ascii_texts) == len(other_texts) == 20
    for text in ascii_texts + other_texts:
        _assert_lowered_one_by_one(text)
