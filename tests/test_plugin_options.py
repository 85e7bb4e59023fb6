"""Options for plugins: --option NAME.KEY=VALUE, a [plugins.NAME] table in the
config file and plugin_options= in the Python API all reach the plugin as
document.options["NAME"]; and register(..., replace=True) takes a name over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED, run_cli
from toolkit import hookimpl, summarize
from toolkit.errors import OptionError
from toolkit.registry import (
    PluginInfo,
    PluginRegistrationError,
    Registry,
    _load_one,
    _new_manager,
    load_registry,
)

pytestmark = pytest.mark.usefixtures("with_plugins")


def _lengths() -> list[int]:
    report = summarize(SEED.read_text(encoding="utf-8"), analyzers=(), background=None)
    return [len(s.text) for s in report.sentences]


def _extreme(count: int, longest: bool) -> list[int]:
    lengths = _lengths()
    ranked = sorted(range(len(lengths)), key=lambda i: (-lengths[i] if longest else lengths[i], i))
    return sorted(ranked[:count])


def _summary_indices(stdout: str) -> list[int]:
    return [s["index"] for s in json.loads(stdout)["summary"]]


def test_the_api_keyword_reaches_the_plugin() -> None:
    text = SEED.read_text(encoding="utf-8")
    plain = summarize(text, sentences=2, scorer="shortest", analyzers=())
    assert [s.index for s in plain.summary] == _extreme(2, longest=False)
    longest = summarize(
        text, sentences=2, scorer="shortest", analyzers=(),
        plugin_options={"example": {"prefer": "longest"}},
    )  # fmt: skip
    assert [s.index for s in longest.summary] == _extreme(2, longest=True)


def test_the_command_line_option_reaches_the_plugin() -> None:
    args = ("summarize", str(SEED), "--scorer", "shortest", "-n", "2", "--format", "json")
    result = run_cli(*args, "--option", "example.prefer=longest")
    assert result.returncode == 0, result.stderr
    assert _summary_indices(result.stdout) == _extreme(2, longest=True)


def test_the_config_table_reaches_the_plugin_and_toolkit_config_shows_it(tmp_path: Path) -> None:
    (tmp_path / "toolkit.toml").write_text('[plugins.example]\nprefer = "longest"\n')
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "user")}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "toolkit", *args]
        return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, env=env)

    shown = json.loads(cli("config", "--format", "json").stdout)["settings"]["plugins"]
    assert shown["value"] == {"example": {"prefer": "longest"}}
    assert shown["source"] == str(tmp_path / "toolkit.toml")
    assert "example.prefer=longest" in cli("config").stdout
    result = cli("summarize", str(SEED), "--scorer", "shortest", "-n", "2", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert _summary_indices(result.stdout) == _extreme(2, longest=True)
    # the command line beats the file, key by key
    result = cli(
        "summarize", str(SEED), "--scorer", "shortest", "-n", "2", "--format", "json",
        "--option", "example.prefer=shortest",
    )  # fmt: skip
    assert _summary_indices(result.stdout) == _extreme(2, longest=False)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("example", "expected NAME.KEY=VALUE"),
        ("example.prefer", "expected NAME.KEY=VALUE"),
        (".prefer=x", "expected NAME.KEY=VALUE"),
        ("nosuchplugin.key=1", "no plugin named 'nosuchplugin'"),
    ],
)
def test_a_bad_option_is_one_line_and_exit_2(option: str, message: str) -> None:
    result = run_cli("summarize", str(SEED), "--option", option)
    assert result.returncode == 2
    # (the broken fixture plugins add their warnings)
    errors = [x for x in result.stderr.splitlines() if not x.startswith("toolkit: warning")]
    assert len(errors) == 1 and errors[0].startswith("toolkit: error: "), result.stderr
    assert message in errors[0]


def test_option_values_are_typed_like_toml() -> None:
    from toolkit.config import parse_plugin_options

    parsed = parse_plugin_options(["a.n=3", "a.x=0.5", "a.on=true", "a.s=longest", "b.k=a=b"])
    assert parsed == {"a": {"n": 3, "x": 0.5, "on": True, "s": "longest"}, "b": {"k": "a=b"}}


def test_options_for_an_unknown_plugin_are_refused_by_the_api() -> None:
    with pytest.raises(OptionError, match="no plugin named 'nope'"):
        summarize("One sentence. Two.", plugin_options={"nope": {"k": 1}})


class _Replacer:
    @hookimpl
    def toolkit_register_scorers(self, register):  # type: ignore[no-untyped-def]
        register("tfidf", lambda document: [0.0] * len(document.sentences), replace=True)


class _Taker:
    @hookimpl
    def toolkit_register_scorers(self, register):  # type: ignore[no-untyped-def]
        register("tfidf", lambda document: [0.0] * len(document.sentences))


def _load(plugin: object, name: str) -> tuple[Registry, PluginInfo]:
    registry = load_registry()
    info = PluginInfo(name, "entry point", name)
    registry.plugins.append(info)
    _load_one(_new_manager(), registry, info, lambda: plugin)
    return registry, info


def test_register_with_replace_takes_over_a_builtin_component() -> None:
    registry, info = _load(_Replacer(), "replacer")
    assert info.status == "loaded"
    assert registry.get("scorer", "tfidf").plugin == "replacer"
    assert "tfidf" not in registry.default_weights()  # registered with weight 0


def test_register_without_replace_cannot_take_a_name() -> None:
    registry, info = _load(_Taker(), "taker")
    assert info.status == "failed" and "already registered by plugin 'tfidf'" in str(info.error)
    assert registry.get("scorer", "tfidf").plugin == "tfidf"
    assert PluginRegistrationError.__name__ in str(info.error)
