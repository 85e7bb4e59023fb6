"""The cleaning plugin's fast paths give what the plain per-character and
per-row definitions give: character counts by byte deletion, the forests
evaluated without walking each tree."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.plugins.cleaning import features


def _counted_one_by_one(text: str) -> tuple[int, int, int, int, int]:
    alnum = sum(ch.isalnum() for ch in text)
    spaces = sum(ch.isspace() for ch in text)
    return (
        sum(ch.isalpha() for ch in text),
        sum(ch.isupper() for ch in text),
        sum(ch.isdigit() for ch in text),
        len(text) - alnum - spaces,
        sum("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text),
    )


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_character_counts_are_those_of_the_characters_one_by_one(text: str) -> None:
    assert features._char_counts(text) == _counted_one_by_one(text)


def test_character_counts_of_a_mixed_line() -> None:
    line = "Ünïcode “quotes” — ½ ² ٣ 東京 and ASCII: ABC def 123!\x1c"
    assert features._char_counts(line) == _counted_one_by_one(line)
    assert features._char_counts(line)[4] == 2


_PARAGRAPH = st.lists(
    st.sampled_from(["the", "ferry", "a", "x1", "İstanbul", "Straße", "’s", "I", "vote", "2026"]),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_PARAGRAPH, _PARAGRAPH)
def test_a_block_match_is_the_dice_coefficient_of_the_counted_words(
    first: str, second: str
) -> None:
    from collections import Counter

    from toolkit.plugins.cleaning import page_rules

    one, other = page_rules._words(first), page_rules._words(second)
    assert one == Counter(word.casefold() for word in page_rules._WORD.findall(first))
    size = one.total() + other.total()
    dice = size > 0 and 2 * (one & other).total() >= page_rules._SAME_BLOCK * size
    assert page_rules.same_block(one, other) == dice
    assert page_rules.same_block(one, one) == (one.total() > 0)


@settings(max_examples=300, deadline=None)
@given(_PARAGRAPH)
def test_a_paragraph_is_a_block_when_it_has_ten_words_of_two_letters(line: str) -> None:
    from toolkit.plugins.cleaning import page_rules

    words = page_rules._words(line)
    letter_words = sum(n for word, n in words.items() if len(word) > 1 and word.isalpha())
    block = page_rules._block(line)
    assert (block is not None) == (letter_words >= page_rules._MIN_BLOCK_WORDS)
    if block is not None:
        assert block.words() == words and block.size == words.total()


def test_the_trees_compile_on_a_second_page_and_score_as_walked() -> None:
    import json

    from toolkit.plugins.cleaning.model import Forest, load_model

    model = load_model()
    assert model is not None
    page = "\n\n".join(
        [
            "Home | World | Sport",
            "Ferry Saved After Council Vote",
            "The council voted on Monday to keep the ferry running for two more years.",
            "Residents packed the chamber, and the mayor said the vote showed its worth.",
            "Privacy Policy",
        ]
    )
    rows = features.features(page)
    trees = [
        dict(zip(("feature", "threshold", "left", "right", "value"), t, strict=True))
        for t in model.line.trees
    ]
    forest = Forest(
        json.loads(json.dumps({"bias": model.line.bias, "rate": model.line.rate, "trees": trees}))
    )
    walked = forest.probabilities(rows)
    assert forest._compiled is None  # one page: walked
    assert forest.probabilities(rows) == walked  # the second: compiled first
    assert forest._compiled is not None
    assert walked == [model.line.probability(row) for row in rows]


def _model_text() -> str:
    from importlib import resources

    from toolkit.plugins.cleaning.model import MODEL_FILE

    data = resources.files("toolkit.plugins.cleaning").joinpath("data").joinpath(MODEL_FILE)
    return data.read_text(encoding="utf-8")


def test_compiled_trees_are_cached_on_disk_and_loaded_by_the_next_run(
    tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import json

    from conftest import REPO
    from toolkit.plugins.cleaning.model import Model

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path))
    text = _model_text()
    pages = [path.read_text(encoding="utf-8") for path in sorted((REPO / "corpus").glob("*.txt"))]
    rows = [row for page in pages for row in features.features(page)]
    first = Model(json.loads(text), text)
    walked = first.line.probabilities(rows)  # one page's worth: walked, nothing stored
    assert first.line._compiled is None and not list(tmp_path.iterdir())
    assert first.line.probabilities(rows) == walked  # a second page: compiled and stored
    assert len(list(tmp_path.glob("cleaning-trees-*-line-*.marshal"))) == 1
    second = Model(json.loads(text), text)
    assert second.line.probabilities(rows) == walked  # its first page: loaded, compiled
    assert second.line._compiled is not None
    assert walked == [first.line.probability(row) for row in rows]
    # another model file's text names another cache file
    changed = text.replace('"threshold":', '"threshold": ', 1)
    assert Model(json.loads(changed), changed).line._cache_key != second.line._cache_key


def test_a_damaged_tree_cache_is_ignored(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from toolkit.plugins.cleaning.model import Model

    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path))
    text = _model_text()
    model = Model(json.loads(text), text)
    for name in ("line", "context"):
        key = getattr(model, name)._cache_key
        (tmp_path / f"{key}.marshal").write_bytes(b"not marshal data")
    rows = features.features("Home | World\n\nA line of the page.\n\nAnother one here.\n\nEnd")
    assert model.line.probabilities(rows) == [model.line.probability(row) for row in rows]
    assert model.line._compiled is None


_HEADLINE = st.lists(
    st.sampled_from(["Ferry", "saved", "after", "COUNCIL", "vote", "in", "“Kremlin”", "2026", "a"]),
    max_size=14,
).map(lambda words: "  ".join(words) if len(words) % 3 == 0 else " ".join(words))


@settings(max_examples=300, deadline=None)
@given(_HEADLINE)
def test_title_case_and_line_shape_read_the_words_as_a_full_split_does(line: str) -> None:
    from toolkit.plugins.cleaning import rules

    significant, title_case = 0, True
    for word in line.split():
        word = word.strip(rules._WORD_EDGES)
        if sum(map(str.isalpha, word)) < 4 or word.lower() in rules._SMALL_WORDS:
            continue
        if not any(map(str.isupper, word)):
            title_case = False
            break
        significant += 1
    assert rules.is_title_case(line) == (title_case and significant > 0)
    if line.strip():
        words = len(line.split())
        size = 0 if words < 4 else 1 if words < 10 else 2
        assert features._shape(line.strip())[1] == size


_WHITE = st.lists(
    st.sampled_from(
        ["word", "é", "“", "\xa0", "\u200b", "\x00", "\x0b", "\u2029", "\t", " ", "\n"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_WHITE)
def test_the_white_space_table_is_applied_as_translate_applies_it(text: str) -> None:
    from toolkit.plugins.cleaning import whitespace

    assert whitespace._translate(text) == text.translate(whitespace._TRANSLATION)
    padded = "é" * 64 * len(text) + text  # few characters to change in a long text
    assert whitespace._translate(padded) == padded.translate(whitespace._TRANSLATION)
