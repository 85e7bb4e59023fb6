"""The splitter's quick text scans say what their definitions say."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.plugins.sentences import _TERMINAL, _TERMINAL_ASCII, _previous_token, forms, layout

# Letters of Latin text as the caseless check defines them.
CAPITALS = re.compile(r"[A-Z\u00c0-\u00de]")
SMALL = re.compile(r"[a-z\u00df-\u00ff]")

CHARACTERS = st.sampled_from(list(" \n\t\u00a0\u2003aZq9_'’-$£#%\"“”([{`•*–—.,²½éÉßÿ×÷Āſ\u212a😀"))
TEXTS = st.lists(CHARACTERS, max_size=90).map("".join)


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_case_counts_count_latin_capitals_and_small_letters(text: str) -> None:
    assert forms._case_counts(text) == (len(CAPITALS.findall(text)), len(SMALL.findall(text)))


def next_word_by_characters(text: str, pos: int) -> str:
    end = min(len(text), pos + 80)
    i = pos
    while i < end and (text[i].isspace() or text[i] in layout.OPENERS + layout.BULLETS + "-–—*"):
        i += 1
    j = i
    while j < end and (text[j].isalnum() or text[j] in "'’-$£€¥#%"):
        j += 1
    return text[i:j]


def previous_token_by_characters(text: str, pos: int) -> str:
    start = pos
    while start > max(0, pos - 60) and not text[start - 1].isspace():
        start -= 1
    return text[start:pos].lstrip(layout.OPENERS + "<")


@settings(max_examples=2000, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=90))
def test_the_words_around_a_stop_are_read_as_character_by_character(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert layout.next_word(text, pos) == next_word_by_characters(text, pos)
    assert _previous_token(text, pos) == previous_token_by_characters(text, pos)


def test_long_tokens_are_read_within_the_window() -> None:
    text = "x" * 200 + ". The end"
    assert _previous_token(text, 200) == "x" * 60
    assert layout.next_word("  " + "y" * 100, 0) == "y" * 78


def mark_counts_by_matches(text: str) -> tuple[int, int]:
    apart = attached = 0
    for m in forms._MARK.finditer(text):
        before = text[m.start() - 1] if m.start() else " "
        if before.isspace():
            apart += 1
        elif m.end() - m.start() == 1 and (before.isalnum() or before == "_"):
            attached += 1
    return apart, attached


MARKED = st.lists(
    st.sampled_from(list(' \n\t\u00a0.,;:?!%a_9é’"') + ["...", " ... ", "n't"]), max_size=20
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(MARKED)
def test_marks_apart_and_attached_are_counted_as_match_by_match(text: str) -> None:
    assert forms._mark_counts(text) == mark_counts_by_matches(text)
    # looks_tokenized stops early when no mark stands apart: the same answer.
    apart, attached = mark_counts_by_matches(text)
    marks = apart + attached
    by_counts = (marks >= forms.MIN_EVIDENCE and apart >= 0.8 * marks) or (
        apart > attached and len(forms._PTB_TOKEN.findall(text, 0, 20_000)) >= 2
    )
    assert forms.looks_tokenized(text) == by_counts


# List-marker pieces: labels, separators, bullets and the white space around them.
MARKER_PIECES = st.lists(
    st.sampled_from(
        list("1234aZb.) \n\t•▪x\u00a0٣") + ["12", "•  ", " 3.", "a)", "1.)", "9. ", "\n• 2) "]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(MARKER_PIECES)
def test_list_markers_are_the_marker_pattern_matches(text: str) -> None:
    def found(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
        return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]

    assert found(layout.markers(text)) == found(layout._MARKER.finditer(text))


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from(list(".!?\"')][1 a\n") + [". . .", "[12]"]), max_size=16).map("".join)
)
def test_ascii_scans_find_what_the_full_patterns_find(text: str) -> None:
    def found(pattern: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]  # type: ignore[attr-defined]

    assert found(_TERMINAL_ASCII) == found(_TERMINAL)
    assert found(layout._ASCII_DOUBLE_MARK_PATTERN) == found(layout.DOUBLE_MARK_PATTERN)
