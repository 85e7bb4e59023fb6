"""Cleaning on real and hostile text: BBC and Reuters articles lose no sentence or
long line, and any text at all is cleaned without error, in NFC, lines kept in order.
The rules one by one are in test_cleaning.py."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_cleaning import BBC, PROSE, REUTERS, clean, squash

from conftest import SHARED_DATA, shared_data_file
from toolkit.plugins.cleaning import extract_metadata, normalize_whitespace, remove_boilerplate

# --- real text: nothing may be lost -----------------------------------------


def _sample(path: Path, step: int) -> list[dict]:
    path = shared_data_file(str(path.relative_to(SHARED_DATA)))
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for n, line in enumerate(handle) if n % step == 0]


def test_bbc_articles_lose_no_reference_sentence() -> None:
    articles = _sample(BBC, 5)
    checked = 0
    for article in articles:
        for text in (article["text"], article["title"] + "\n\n" + article["text"]):
            cleaned = squash(clean(text))
            for reference in article["reference_sentences"]:
                assert squash(reference) in cleaned, (article["id"], reference)
                checked += 1
    assert checked > 2000


def test_reuters_wire_text_loses_no_long_line_and_gets_no_title() -> None:
    articles = _sample(REUTERS, 10)
    long_lines = 0
    for article in articles:
        text = article["text"]
        assert extract_metadata(text) == {}, article["id"]
        cleaned = squash(clean(text))
        for line in text.split("\n"):
            if len(line.strip()) > 60:
                long_lines += 1
                assert squash(line) in cleaned, (article["id"], line)
    assert long_lines > 1000


# --- robustness -------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises_and_comes_out_nfc(text: str) -> None:
    assert isinstance(extract_metadata(text), dict)
    cleaned = normalize_whitespace(remove_boilerplate(text))
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not any(unicodedata.category(ch) == "Cc" and ch not in "\n\t" for ch in cleaned)
    assert cleaned == cleaned.strip()
    assert "\n\n\n" not in cleaned
    assert normalize_whitespace(cleaned) == cleaned


_PAGE_LINES = st.sampled_from(
    [
        "",
        "   ",
        "Sign Up",
        "Share this article",
        "Related Reads",
        "Comments",
        "15 OCT 2025 12:20",
        "By Jane Doe",
        "Council Backs New Bridge Plan",
        "Ad sales boost media profit",
        '"We will win," he said.',
        "MOSCOW (Reuters) -",
        PROSE,
        "    Net 39.3 mln vs 37.3 mln",
        "commentsSign Up",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PAGE_LINES, st.text(max_size=30)), max_size=25))
def test_boilerplate_only_deletes_or_shortens_lines_in_order(lines: list[str]) -> None:
    text = "\n".join(lines)
    metadata = extract_metadata(text)
    assert set(metadata) <= {"title", "date"}
    assert all(isinstance(value, str) and value for value in metadata.values())
    remaining = iter(text.split("\n"))
    for out_line in remove_boilerplate(text).split("\n"):
        assert any(line.startswith(out_line) for line in remaining)


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "Sign Up" * 15_000,
        "Sign up share share share x x x x x x x x!!!a\n" * 20_000,
        "Council Backs New Bridge Plan\n" * 60_000,
        ("\u00a0\t \r\n" * 30_000),
    ],
    ids=["long-line", "glued-buttons", "nav-like", "headline-lines", "whitespace"],
)
def test_large_hostile_inputs_are_cleaned(text: str) -> None:
    """Their growth with size is timed by bench/adversarial.py, not here."""
    assert isinstance(extract_metadata(text), dict)
    assert len(clean(text)) <= len(text)
