"""Configuration files: precedence, the source of each setting, and one-line
errors naming the file and key for anything wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.config import DEFAULTS, config_command, load_config, user_config_path
from toolkit.errors import OptionError


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty home folder, no XDG_CONFIG_HOME, and an empty working directory."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    (tmp_path / "work").mkdir()
    return home


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_no_file(home: Path, tmp_path: Path) -> None:
    config = load_config(tmp_path / "work")
    assert set(config.sources.values()) == {"default"}
    assert {name: getattr(config, name) for name in DEFAULTS} == DEFAULTS
    assert [status for _, status in config.files] == ["absent"] * 3


def test_precedence_and_sources(home: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    _write(
        home / ".config" / "toolkit" / "toolkit.toml",
        'sentences = 7\nformat = "json"\ndisable = ["tone"]\n',
    )
    _write(
        work / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.toolkit]\nsentences = 5\ndiversity = 0.3\n'
        '[tool.toolkit.speakers]\nPutin = ["Vladimir Putin", "the Russian leader"]\n',
    )
    _write(work / "toolkit.toml", "sentences = 4\n[scorer]\ntfidf = 1\nposition = 0.5\n")
    config = load_config(work)
    assert config.sentences == 4
    assert config.sources["sentences"] == f"{work / 'toolkit.toml'}"
    assert config.scorer == {"tfidf": 1.0, "position": 0.5}
    assert config.diversity == 0.3
    assert config.speakers == {"Putin": ["Vladimir Putin", "the Russian leader"]}
    assert config.sources["speakers"] == f"{work / 'pyproject.toml'} [tool.toolkit]"
    assert (config.format, config.disable) == ("json", ["tone"])
    assert config.sources["format"] == "~/.config/toolkit/toolkit.toml"
    assert config.sources["corpus"] == "default"


def test_xdg_config_home_replaces_dot_config(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(home / ".config" / "toolkit" / "toolkit.toml", "sentences = 2\n")
    xdg = tmp_path / "xdg"
    _write(xdg / "toolkit" / "toolkit.toml", "sentences = 9\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(xdg))
    assert user_config_path() == xdg / "toolkit" / "toolkit.toml"
    config = load_config(tmp_path / "work")
    assert config.sentences == 9 and config.sources["sentences"] == str(user_config_path())
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/path")  # not absolute: ignored, per the spec
    assert load_config(tmp_path / "work").sentences == 2


def test_pyproject_without_toolkit_table_is_skipped(home: Path, tmp_path: Path) -> None:
    _write(tmp_path / "work" / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    config = load_config(tmp_path / "work")
    assert config.sources["sentences"] == "default"
    assert config.files[1][1] == "no [tool.toolkit] table"


def test_command_line_flags_win(home: Path, tmp_path: Path) -> None:
    _write(tmp_path / "work" / "toolkit.toml", 'sentences = 4\nformat = "markdown"\n')
    config = load_config(tmp_path / "work").override(sentences=2, format=None)
    assert (config.sentences, config.sources["sentences"]) == (2, "command line")
    assert config.format == "markdown" and config.sources["format"].endswith("toolkit.toml")
    with pytest.raises(OptionError, match="unknown setting 'colour'"):
        config.override(colour="red")


def test_corpus_is_relative_to_the_file_that_names_it(home: Path, tmp_path: Path) -> None:
    _write(home / ".config" / "toolkit" / "toolkit.toml", 'corpus = "background"\n')
    config = load_config(tmp_path / "work")
    assert config.corpus == str((home / ".config" / "toolkit" / "background").resolve())
    _write(tmp_path / "work" / "toolkit.toml", 'corpus = "bundled"\n')
    assert load_config(tmp_path / "work").corpus == "bundled"


def test_single_strings_are_accepted_for_lists(home: Path, tmp_path: Path) -> None:
    _write(tmp_path / "work" / "toolkit.toml", 'disable = "tone"\n[speakers]\nPutin = "Mr Putin"\n')
    config = load_config(tmp_path / "work")
    assert config.disable == ["tone"] and config.speakers == {"Putin": ["Mr Putin"]}


BAD = {
    "unknown key": ('colour = "red"\n', "unknown key 'colour'"),
    "sentences as text": ('sentences = "five"\n', "'sentences' must be a whole number"),
    "zero sentences": ("sentences = 0\n", "'sentences' must be a whole number"),
    "boolean sentences": ("sentences = true\n", "'sentences' must be a whole number"),
    "diversity above 1": ("diversity = 2\n", "'diversity' must be a number from 0 to 1"),
    "diversity nan": ("diversity = nan\n", "'diversity' must be a number from 0 to 1"),
    "disable numbers": ("disable = [1, 2]\n", "'disable' must be a list of names"),
    "speakers not a table": ('speakers = "Putin"\n', "'speakers' must be a table"),
    "speaker alias number": ("[speakers]\nPutin = [3]\n", "'speakers' entry 'Putin'"),
    "empty format": ('format = "  "\n', "'format' must be a non-empty string"),
    "negative weight": ('scorer = "tfidf=-1"\n', "'scorer'"),
    "weight as text": ('[scorer]\ntfidf = "high"\n', "'scorer' weights must be numbers"),
    "invalid toml": ("sentences = = 3\n", "invalid TOML"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_config_is_one_line_naming_file_and_key(home: Path, tmp_path: Path, case: str) -> None:
    text, expected = BAD[case]
    path = _write(tmp_path / "work" / "toolkit.toml", text)
    with pytest.raises(OptionError) as caught:
        load_config(tmp_path / "work")
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and expected in message
    assert "\n" not in message


def test_bad_pyproject_table_names_the_table(home: Path, tmp_path: Path) -> None:
    path = _write(tmp_path / "work" / "pyproject.toml", "[tool]\ntoolkit = 3\n")
    with pytest.raises(OptionError, match=r"pyproject\.toml \[tool\.toolkit\]: must be a table"):
        load_config(tmp_path / "work")
    path.write_text("[tool.toolkit]\nsentence = 3\n", encoding="utf-8")
    with pytest.raises(OptionError, match=r"\[tool\.toolkit\]: unknown key 'sentence'"):
        load_config(tmp_path / "work")


def test_config_command_text_and_json(home: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    _write(work / "toolkit.toml", 'sentences = 6\n[speakers]\n"al-Sharaa" = ["Ahmed al-Sharaa"]\n')
    text = config_command(work)
    lines = {line.split()[0]: line for line in text.splitlines() if line and line[0] != " "}
    assert lines["sentences"].split()[1] == "6"
    assert lines["sentences"].endswith(f"from {work / 'toolkit.toml'}")
    assert lines["format"].endswith("from default")
    assert "al-Sharaa = Ahmed al-Sharaa" in lines["speakers"]
    data = json.loads(config_command(work, fmt="json"))
    assert data["settings"]["sentences"] == {"value": 6, "source": str(work / "toolkit.toml")}
    assert [f["status"] for f in data["files"]] == ["read", "absent", "absent"]
    with pytest.raises(OptionError, match="unknown format 'yaml'"):
        config_command(work, fmt="yaml")
