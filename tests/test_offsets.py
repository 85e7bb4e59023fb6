"""toolkit.offsets: cleaned offsets mapped back to the input as given, on the
cheap path (the cleaners dropped whole lines) and the character-by-character
one (they also changed a line)."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit
from toolkit import offsets

PAGE_LINES = [
    "Sign Up",
    "Ferry Saved After Council Vote",
    "15 OCT 2025 12:20",
    "The council voted on Tuesday to keep the ferry running.",
    "",
    "Sign Up",
    "“We kept our promise,” the mayor said.",
    "Related Reads",
]
KEPT = [3, 4, 6]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\u2028", "\r"])
def test_whole_lines_dropped_map_every_character_to_itself(newline: str) -> None:
    original = newline.join(PAGE_LINES)
    cleaned = "\n".join(PAGE_LINES[i] for i in KEPT)
    mapping = offsets.align(cleaned, original)
    assert len(mapping) == len(cleaned) + 1
    assert all(a <= b for a, b in itertools.pairwise(mapping))
    for i, ch in enumerate(cleaned):
        if ch != "\n":
            assert original[mapping[i]] == ch
    kept, dropped = offsets.line_spans(mapping, cleaned, original)
    assert [original[a:b] for a, b in kept] == [PAGE_LINES[i] for i in KEPT if PAGE_LINES[i]]
    assert [original[a:b] for a, b in dropped] == [
        line for i, line in enumerate(PAGE_LINES) if i not in KEPT and line
    ]


def test_a_kept_line_maps_to_its_own_place_not_an_earlier_copy() -> None:
    original = "Sign Up\nBody text here.\nSign Up\nMore body text."
    cleaned = "Body text here.\nSign Up\nMore body text."
    mapping = offsets.align(cleaned, original)
    start = cleaned.index("Sign Up")
    assert offsets.map_span(mapping, start, start + 7) == (24, 31)
    kept, dropped = offsets.line_spans(mapping, cleaned, original)
    assert dropped == [(0, 7)]
    assert len(kept) == 3


def test_a_changed_line_is_aligned_character_by_character() -> None:
    original = "Menu\n  The  mayor\u200b said\u00a0so.  \nFooter"
    cleaned = "The mayor said so."
    mapping = offsets.align(cleaned, original)
    start = cleaned.index("said")
    a, b = offsets.map_span(mapping, start, start + 4)
    assert original[a:b] == "said"
    a, b = offsets.map_span(mapping, 0, len(cleaned))
    assert offsets.same_text(original[a:b], cleaned)
    kept, dropped = offsets.line_spans(mapping, cleaned, original)
    assert [original[a:b] for a, b in kept] == ["The  mayor\u200b said\u00a0so."]
    assert [original[a:b] for a, b in dropped] == ["Menu", "Footer"]


def test_a_line_found_nowhere_maps_to_where_the_last_one_ended() -> None:
    original = "First line.\nSecond line."
    cleaned = "First line.\nInvented line.\nSecond line."
    mapping = offsets.align(cleaned, original)
    start = cleaned.index("Invented")
    assert mapping[start] == original.index("\n")
    start = cleaned.index("Second")
    assert original[mapping[start] :].startswith("Second line.")


def test_a_character_nfc_splits_in_two_maps_to_itself_not_past_the_text() -> None:
    # U+1D1BB is excluded from composition: NFC makes it U+1D1B9 U+1D165
    original = "Menu\nA note \U0001d1bb"
    cleaned = "A note \U0001d1b9\U0001d165"
    mapping = offsets.align(cleaned, original)
    start = cleaned.index("\U0001d1b9")
    assert offsets.map_span(mapping, start, len(cleaned)) == (len(original) - 1, len(original))
    assert offsets.map_span(mapping, 0, len(cleaned)) == (5, len(original))
    report = toolkit.summarize("\U0001d1bb")
    assert [(s.start, s.end) for s in report.sentences] == [(0, 1)]


def test_a_character_nfc_splits_in_two_inside_a_line_keeps_the_rest_in_place() -> None:
    # U+FB2A (a Hebrew letter with a dot) is excluded from composition too
    original = "a \ufb2a b. \ufb2a c"
    cleaned = unicodedata.normalize("NFC", original)
    assert len(cleaned) == len(original) + 2
    mapping = offsets.align(cleaned, original)
    first = cleaned.index("\u05e9")
    assert offsets.map_span(mapping, first, first + 2) == (2, 3)
    assert offsets.map_span(mapping, cleaned.index("b"), cleaned.index("b") + 2) == (4, 6)
    assert offsets.map_span(mapping, 0, len(cleaned)) == (0, len(original))
    report = toolkit.summarize(original)
    assert all(s.end <= len(original) for s in report.sentences)


_LINE_PIECES = [
    *("word", "a", "é", "e\u0301", ".", "\ufb2a"),
    *(" ", "  ", "\t", "\u00a0", "\u200b", "\x00"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=12).map("".join))
def test_the_word_run_fast_path_maps_as_the_character_walk_does(original: str) -> None:
    squashed = " ".join(original.split())
    for line in (squashed, original.strip(), original, f" {squashed} "):
        by_words = [0] * (len(line) + 1)
        by_chars = [0] * (len(line) + 1)
        taken = offsets._match_words(line, original, 0, len(original), by_words, 0)
        offsets._match_chars(line, original, 0, len(original), by_chars, 0)
        assert not taken or by_words == by_chars
    # only an invisible the squashing kept keeps a squashed line off the fast path
    mapping = [0] * (len(squashed) + 1)
    taken = offsets._match_words(squashed, original, 0, len(original), mapping, 0)
    assert taken or "\u200b" in original or "\x00" in original


def test_a_paragraph_printed_twice_maps_to_the_copy_kept() -> None:
    # the cleaner dropped the first copy (it differs from the second in its last line)
    original = "Intro line.\n\nThe mayor said\nso.\n\nThe mayor said\nso today.\n\nEnd."
    cleaned = "Intro line.\n\nThe mayor said\nso today.\n\nEnd."
    mapping = offsets.align(cleaned, original)
    start, end = cleaned.index("The mayor"), cleaned.index(" today.") + 7
    first, last = offsets.map_span(mapping, start, end)
    assert original[first:last] == "The mayor said\nso today."
    kept, dropped = offsets.line_spans(mapping, cleaned, original)
    assert [original[a:b] for a, b in dropped] == ["The mayor said", "so."]


def test_a_line_key_removes_what_the_ignorable_pattern_does_for_every_character() -> None:
    # the key drops white space with str.split unless another ignorable is present
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        line = f"a{chr(code)} b"
        composed = unicodedata.normalize("NFC", line)
        assert offsets._key(line) == offsets._IGNORABLE_RUN.sub("", composed), hex(code)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["ab", " ", "\n", "\r", "\r\n", "\u2028", "\x0c", "é"]), max_size=12)
)
def test_lines_split_on_every_line_break_as_the_pattern_does(pieces: list[str]) -> None:
    text = "".join(pieces)
    starts = [0, *(match.end() for match in offsets._BREAK.finditer(text))]
    ends = [*(match.start() for match in offsets._BREAK.finditer(text)), len(text)]
    assert offsets._lines(text) == list(zip(starts, ends, strict=True))


_TEXT_LINES = st.lists(
    st.lists(
        st.sampled_from(["Word", "é", "e\u0301", ".", " ", "  ", "\t", "\u200b"]), max_size=8
    ).map("".join),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(
    _TEXT_LINES, st.lists(st.sampled_from(["keep", "drop", "strip", "squash", "cut"]), max_size=8)
)
def test_a_mapping_never_goes_back_whatever_the_cleaners_did(
    lines: list[str], edits: list[str]
) -> None:
    cleaned_lines = []
    for line, edit in zip(lines, itertools.cycle(edits or ["keep"])):
        if edit == "drop":
            continue
        changed = {
            "keep": line,
            "strip": line.strip(),
            "squash": " ".join(line.split()),
            "cut": line[len(line) // 2 :].strip(),
        }[edit]
        cleaned_lines.append(unicodedata.normalize("NFC", changed))
    original, cleaned = "\n".join(lines), "\n".join(cleaned_lines)
    mapping = offsets.align(cleaned, original)
    assert len(mapping) == len(cleaned) + 1
    assert all(a <= b <= len(original) for a, b in itertools.pairwise(mapping))


_WIRE_WORDS = st.sampled_from(["The", "ferry", "ran.", "é", "e\u0301", "\t", " ", "  ", "x,"])
_WIRE_LINE = st.lists(_WIRE_WORDS, max_size=5).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WIRE_LINE, max_size=8), st.data())
def test_line_by_line_walk_gives_the_general_mapping(lines: list[str], data: st.DataObject) -> None:
    """Wire copy (lines trimmed or squashed, blank lines added, a tail dropped):
    the line-by-line walk gives the general search's mapping and kept lines."""
    out: list[str] = []
    for line in lines:
        change = data.draw(st.sampled_from(["strip", "squash", "same", "blank", "drop"]))
        if change == "strip":
            out.append(line.strip())
        elif change == "squash":
            out.append(" ".join(line.split()))
        elif change == "same":
            out.append(line)
        elif change == "blank":
            out.extend(["", line.strip()])
    cleaned, original = "\n".join(out), "\n".join(lines)
    if cleaned == original:
        return
    walked = offsets._align_line_by_line(cleaned, original)
    if walked is None:
        return
    general = _general_align(cleaned, original)
    assert walked == (general, offsets.line_spans(general, cleaned, original)[0])


def _general_align(cleaned: str, original: str) -> list[int]:
    walk = offsets._align_line_by_line
    offsets._align_line_by_line = lambda a, b: None  # type: ignore[assignment]
    try:
        return offsets.align(cleaned, original)
    finally:
        offsets._align_line_by_line = walk


def test_wire_paragraphs_map_to_their_indented_lines() -> None:
    original = "The ferry ran\non Tuesday.\n    The mayor  said it\nwould run again.  \n"
    cleaned = "The ferry ran\non Tuesday.\n\nThe mayor said it\nwould run again."
    mapping, kept = offsets.align_kept(cleaned, original)
    start, end = offsets.map_span(mapping, cleaned.index("mayor"), len(cleaned))
    assert original[start:end] == "mayor  said it\nwould run again."
    assert [original[a:b] for a, b in kept] == [
        "The ferry ran", "on Tuesday.", "The mayor  said it", "would run again."
    ]  # fmt: skip
