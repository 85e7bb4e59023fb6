"""Defaults from configuration files, and where each setting came from.

Files, highest precedence first (command-line flags, applied by the CLI
with :meth:`Config.override`, beat them all):

1. ``./toolkit.toml`` (the working directory; keys at the top level)
2. ``./pyproject.toml``, table ``[tool.toolkit]``
3. the user's ``toolkit.toml`` in the config folder platformdirs gives:
   ``$XDG_CONFIG_HOME/toolkit/toolkit.toml``, else
   ``~/.config/toolkit/toolkit.toml`` on Linux (``%APPDATA%`` on Windows)

A ``[plugins.NAME]`` table holds the options of the plugin NAME (see
``toolkit.hookspecs``).

Each setting is taken whole from the first file that sets it: a
``speakers`` table in ``./toolkit.toml`` replaces the user file's table
rather than merging with it, so the source shown for it tells the whole
story. Unknown keys and wrong types are :class:`~toolkit.errors.OptionError`
with a one-line message naming the file and the key.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.errors import OptionError

CLI_SOURCE = "command line"
CONFIG_NAME = "toolkit.toml"

DEFAULTS: dict[str, Any] = {
    "scorer": None,  # None: the default mix the loaded scorers declare
    "sentences": 3,
    "format": "text",
    "disable": [],
    "speakers": {},
    "diversity": 0.0,
    "corpus": "bundled",
    "plugins": {},
}


@dataclass
class Config:
    """Effective settings; ``sources[name]`` says where each one came from."""

    scorer: str | dict[str, float] | None = None
    sentences: int = 3
    format: str = "text"
    disable: list[str] = field(default_factory=list)
    speakers: dict[str, list[str]] = field(default_factory=dict)
    diversity: float = 0.0
    corpus: str = "bundled"  # "bundled" or a folder path (absolute once loaded)
    plugins: dict[str, dict[str, Any]] = field(default_factory=dict)  # [plugins.NAME] tables
    sources: dict[str, str] = field(default_factory=lambda: dict.fromkeys(DEFAULTS, "default"))
    files: list[tuple[str, str]] = field(default_factory=list)  # (file, status) by precedence

    def override(self, **flags: Any) -> Config:
        """A copy with the command-line values that were given (not None)."""
        copy = Config(**{name: getattr(self, name) for name in DEFAULTS})
        copy.sources = dict(self.sources)
        copy.files = list(self.files)
        for name, value in flags.items():
            if name not in DEFAULTS:
                raise OptionError(f"unknown setting '{name}'")
            if value is not None:
                setattr(copy, name, value)
                copy.sources[name] = CLI_SOURCE
        return copy

    def settings(self) -> dict[str, dict[str, Any]]:
        return {
            name: {"value": getattr(self, name), "source": self.sources[name]} for name in DEFAULTS
        }


# --- validation ---------------------------------------------------------------------


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise TypeError("must be a whole number of at least 1")
    return value


def _fraction(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("must be a number from 0 to 1")
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise TypeError("must be a number from 0 to 1")
    return float(value)


def _name(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError("must be a non-empty string")
    return value.strip()


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TypeError("must be a list of names (strings)")
    return [v.strip() for v in value]


def _speakers(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise TypeError('must be a table: NAME = ["alias", ...]')
    speakers: dict[str, list[str]] = {}
    for name, aliases in value.items():
        try:
            speakers[_name(name)] = _names(aliases)
        except TypeError as exc:
            raise TypeError(f"entry '{name}' {exc}") from None
    return speakers


def _scorer(value: Any) -> str | dict[str, float]:
    from toolkit.selection import parse_scorer_spec

    if isinstance(value, dict):
        if any(isinstance(w, bool) or not isinstance(w, (int, float)) for w in value.values()):
            raise TypeError("weights must be numbers")
        value = {str(k): float(w) for k, w in value.items()}
    elif not isinstance(value, str):
        raise TypeError('must be a spec string ("tfidf=1,position=0.5") or a table of weights')
    try:
        parse_scorer_spec(value)
    except ValueError as exc:
        raise TypeError(str(exc)) from None
    checked: str | dict[str, float] = value
    return checked


def _corpus(value: Any) -> str:
    return _name(value)


def _plugins(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise TypeError("must hold one table per plugin: [plugins.NAME] with KEY = VALUE lines")
    return {str(name): dict(values) for name, values in value.items()}


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "scorer": _scorer,
    "sentences": _positive_int,
    "format": _name,
    "disable": _names,
    "speakers": _speakers,
    "diversity": _fraction,
    "corpus": _corpus,
    "plugins": _plugins,
}


# --- files ---------------------------------------------------------------------------


def user_config_path() -> Path:
    """The user's config file, where platformdirs puts config (XDG on Linux)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("toolkit", appauthor=False, roaming=True)) / CONFIG_NAME


def _display(path: Path) -> str:
    """The path with the home folder shown as ``~``."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except (ValueError, RuntimeError):
        return str(path)


def _parse_toml(path: Path, label: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        try:
            import tomli as tomllib
        except ImportError as exc:
            raise OptionError(f"{label}: reading it needs 'tomli' on Python 3.10") from exc
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise OptionError(f"{label}: invalid TOML ({str(exc).splitlines()[0]})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OptionError(f"{label}: cannot be read ({exc})") from None


def _candidates(cwd: Path) -> list[tuple[Path, str, bool]]:
    """(path, label, is_pyproject), highest precedence first."""
    local = cwd / CONFIG_NAME
    pyproject = cwd / "pyproject.toml"
    user = user_config_path()
    return [
        (local, str(local), False),
        (pyproject, f"{pyproject} [tool.toolkit]", True),
        (user, _display(user), False),
    ]


def _table(path: Path, label: str, is_pyproject: bool) -> dict[str, Any] | None:
    data = _parse_toml(path, label)
    if not is_pyproject:
        return data
    table = data.get("tool", {}).get("toolkit") if isinstance(data.get("tool"), dict) else None
    if table is None:
        return None
    if not isinstance(table, dict):
        raise OptionError(f"{label}: must be a table")
    return table


def _validated(table: Mapping[str, Any], label: str, base: Path) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, raw in table.items():
        check = _CHECKS.get(key)
        if check is None:
            known = ", ".join(sorted(_CHECKS))
            raise OptionError(f"{label}: unknown key '{key}' (known keys: {known})")
        try:
            values[key] = check(raw)
        except TypeError as exc:
            raise OptionError(f"{label}: '{key}' {exc}") from None
    corpus = values.get("corpus")
    if corpus is not None and corpus != "bundled":  # relative to the file that names it
        values["corpus"] = str((base / Path(corpus).expanduser()).resolve())
    return values


def load_config(cwd: Path | None = None) -> Config:
    """The effective settings from the config files (see the module docstring)."""
    cwd = Path.cwd() if cwd is None else Path(cwd)
    config = Config()
    found: list[tuple[str, dict[str, Any]]] = []
    for path, label, is_pyproject in _candidates(cwd):
        exists = path.is_file()
        table = _table(path, label, is_pyproject) if exists else None
        status = "read" if table is not None else "no [tool.toolkit] table" if exists else "absent"
        config.files.append((label, status))
        if table is not None:
            found.append((label, _validated(table, label, path.parent)))
    for label, values in reversed(found):  # lowest precedence first, overwritten by higher
        for key, value in values.items():
            setattr(config, key, value)
            config.sources[key] = label
    return config


# --- `toolkit config` ----------------------------------------------------------------


def _show(value: Any) -> str:
    if value is None:
        return "(the default mix)"
    if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
        return "; ".join(
            f"{name}.{key}={item}" for name, values in value.items() for key, item in values.items()
        )
    if isinstance(value, dict) and value and all(isinstance(v, list) for v in value.values()):
        return "; ".join(f"{k} = {', '.join(v) or '-'}" for k, v in value.items())
    if isinstance(value, dict):
        return ",".join(f"{k}={v:g}" for k, v in value.items()) or "(none)"
    if isinstance(value, list):
        return ", ".join(value) or "(none)"
    return str(value)


def config_command(cwd: Path | None = None, fmt: str = "text", config: Config | None = None) -> str:
    """The effective settings with their sources, as text or JSON."""
    config = load_config(cwd) if config is None else config
    if fmt == "json":
        files = [{"file": label, "status": status} for label, status in config.files]
        return json.dumps({"settings": config.settings(), "files": files}, indent=2) + "\n"
    if fmt != "text":
        raise OptionError(f"unknown format '{fmt}' (available: json, text)")
    settings = config.settings()
    rows = [(name, _show(item["value"]), item["source"]) for name, item in settings.items()]
    width = max(len(name) for name, _, _ in rows)
    value_width = min(40, max(len(value) for _, value, _ in rows))
    lines = [f"{name:<{width}}  {value:<{value_width}}  from {src}" for name, value, src in rows]
    lines.append("")
    lines.append("files, highest precedence first (command-line flags beat them all):")
    lines.extend(f"  {label}  ({status})" for label, status in config.files)
    return "\n".join(lines) + "\n"


# --- the same settings from the command line ---------------------------------------


def parse_speaker_options(values: list[str] | None) -> dict[str, list[str]]:
    """``["Putin=Vladimir Putin,the Russian leader"]`` -> ``{"Putin": [...aliases]}``."""
    speakers: dict[str, list[str]] = {}
    for value in values or []:
        name, _, aliases = value.partition("=")
        if not name.strip():
            raise OptionError(f"--speaker '{value}': expected NAME=ALIAS,ALIAS")
        speakers[name.strip()] = [a.strip() for a in aliases.split(",") if a.strip()]
    return speakers


def _option_value(text: str) -> Any:
    """A value as TOML would read it: true/false, a whole or decimal number, else a string."""
    if text in ("true", "false"):
        return text == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def parse_plugin_options(values: list[str] | None) -> dict[str, dict[str, Any]]:
    """``["example.prefer=longest"]`` -> ``{"example": {"prefer": "longest"}}``."""
    options: dict[str, dict[str, Any]] = {}
    for value in values or []:
        target, equals, raw = value.partition("=")
        name, dot, key = target.strip().partition(".")
        if not (equals and dot and name and key.strip()):
            raise OptionError(f"--option '{value}': expected NAME.KEY=VALUE")
        options.setdefault(name, {})[key.strip()] = _option_value(raw.strip())
    return options


def merge_plugin_options(
    configured: dict[str, dict[str, Any]], given: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]] | None:
    """The command line's options over the config file's, key by key (None: none given)."""
    if not given:
        return None
    merged = {name: dict(values) for name, values in configured.items()}
    for name, values in given.items():
        merged.setdefault(name, {}).update(values)
    return merged
