"""Background document frequencies and their on-disk cache."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from toolkit import background as bg
from toolkit.background import (
    Background,
    bundled_corpus_dir,
    cache_path,
    corpus_command,
    load_background,
    show_cache,
    tokenize,
)


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    directory = tmp_path / "news"
    (directory / "sub").mkdir(parents=True)
    (directory / "a.txt").write_text("The Kremlin said talks went well.", encoding="utf-8")
    (directory / "b.txt").write_text("Talks in the Kremlin; Putin's talks.", encoding="utf-8")
    (directory / "sub" / "c.txt").write_text("Oil prices rose.", encoding="utf-8")
    (directory / "ignored.md").write_text("kremlin kremlin", encoding="utf-8")
    return directory


def test_tokenize_lowercases_and_drops_possessives() -> None:
    assert tokenize("Putin's TALKS, don’t stop: al-Sharaa 2025") == [
        "putin", "talks", "don't", "stop", "al", "sharaa", "2025",
    ]  # fmt: skip
    assert tokenize("") == []


def test_document_frequencies_count_each_txt_file_once(collection: Path, tmp_path: Path) -> None:
    background = load_background(collection, cache_dir=tmp_path / "cache")
    assert background.n_docs == 3
    assert background.df["kremlin"] == 2
    assert background.df["talks"] == 2  # twice in b.txt counts once
    assert background.df["putin"] == 1
    assert background.df["oil"] == 1
    assert "prices" in background.df and "ignored" not in background.df


def test_idf_is_smoothed_like_scikit_learn(collection: Path, tmp_path: Path) -> None:
    """The scorers' IDF (each text one document, no background) is scikit-learn's."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from toolkit.plugins.scorers.similarity import document_idf

    files = sorted(collection.rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    vectorizer = TfidfVectorizer(tokenizer=tokenize, lowercase=False, token_pattern=None)
    vectorizer.fit(texts)
    idf = document_idf([tokenize(text) for text in texts])
    assert set(idf) == set(vectorizer.vocabulary_)
    for term, column in vectorizer.vocabulary_.items():
        assert idf[term] == pytest.approx(vectorizer.idf_[column])
    background = load_background(collection, cache_dir=tmp_path / "cache")
    with_background = document_idf([["unseen"]], background)
    assert with_background["unseen"] == pytest.approx(math.log((1 + 1 + 3) / (1 + 1)) + 1)


def test_second_load_reuses_the_cache(
    collection: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = load_background(collection, cache_dir=cache)
    assert first.extras["cache"] == "built"
    assert cache_path(collection, cache).is_file()

    def no_counting(*args: object) -> Background:
        raise AssertionError("the collection was counted again")

    monkeypatch.setattr(bg, "_count", no_counting)
    second = load_background(collection, cache_dir=cache)
    assert second.extras["cache"] == "hit"
    assert second.n_docs == first.n_docs and dict(second.df) == dict(first.df)


def test_cache_is_invalidated_when_a_file_changes(collection: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_background(collection, cache_dir=cache)
    target = collection / "sub" / "c.txt"
    target.write_text("Oil prices rose in the Kremlin.", encoding="utf-8")
    stat = target.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    changed = load_background(collection, cache_dir=cache)
    assert changed.extras["cache"] == "built"
    assert changed.df["kremlin"] == 3


def test_cache_is_invalidated_when_a_file_is_added_or_removed(
    collection: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    load_background(collection, cache_dir=cache)
    (collection / "d.txt").write_text("Putin spoke.", encoding="utf-8")
    added = load_background(collection, cache_dir=cache)
    assert (added.extras["cache"], added.n_docs, added.df["putin"]) == ("built", 4, 2)
    (collection / "a.txt").unlink()
    removed = load_background(collection, cache_dir=cache)
    assert (removed.extras["cache"], removed.n_docs) == ("built", 3)
    assert load_background(collection, cache_dir=cache).extras["cache"] == "hit"


def test_corrupt_cache_is_rebuilt(collection: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_background(collection, cache_dir=cache)
    cache_path(collection, cache).write_text("{not json", encoding="utf-8")
    again = load_background(collection, cache_dir=cache)
    assert again.extras["cache"] == "built" and again.n_docs == 3
    assert json.loads(cache_path(collection, cache).read_text(encoding="utf-8"))["n_docs"] == 3


def test_unwritable_cache_does_not_fail_the_run(collection: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    background = load_background(collection, cache_dir=blocker / "cache")
    assert background.extras["cache"] == "unwritable"
    assert background.n_docs == 3


def test_cache_location_follows_the_environment(
    collection: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("TOOLKIT_CACHE_DIR", raising=False)
    assert bg.default_cache_dir() == tmp_path / "xdg" / "toolkit"
    monkeypatch.setenv("TOOLKIT_CACHE_DIR", str(tmp_path / "override"))
    load_background(collection)
    assert list((tmp_path / "override").glob("background-*.json"))
    assert not (tmp_path / "xdg").exists()


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_background(tmp_path / "nope", cache_dir=tmp_path / "cache")


def test_bundled_corpus_holds_the_seed_article(tmp_path: Path) -> None:
    directory = bundled_corpus_dir()
    assert (directory / "putin-al-sharaa-kremlin.txt").is_file()
    background = load_background(cache_dir=tmp_path)
    assert background.n_docs == len(list(directory.rglob("*.txt")))
    assert background.df.get("kremlin", 0) >= 1


def test_show_build_and_corpus_command(collection: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    state = show_cache(collection, cache_dir=cache)
    assert (state["files"], state["cache_exists"], state["cache_valid"]) == (3, False, False)
    text = corpus_command(collection, rebuild=False, cache_dir=cache)
    assert "documents:  3" in text and "status:     built" in text
    assert show_cache(collection, cache_dir=cache)["cache_valid"] is True
    assert "up to date" in corpus_command(collection, rebuild=False, cache_dir=cache)
    assert "rebuilt" in corpus_command(collection, rebuild=True, cache_dir=cache)
    assert load_background(collection, cache_dir=cache, rebuild=True).extras["cache"] == "built"
    (collection / "e.txt").write_text("New story.", encoding="utf-8")
    assert "collection changed" in corpus_command(collection, rebuild=False, cache_dir=cache)
