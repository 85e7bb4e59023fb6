"""Errors the toolkit reports in one line, each with the CLI's exit code."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class ToolkitError(Exception):
    """An error to report in one line; ``exit_code`` for the CLI."""

    exit_code = 1


class InputError(ToolkitError):
    """The input cannot be processed (missing, empty, binary, undecodable...)."""

    exit_code = 2


class OptionError(ToolkitError):
    """An option value is wrong (unknown scorer, bad weight...)."""

    exit_code = 2


class UnknownComponentError(OptionError, LookupError):
    """A component name that no loaded plugin registered."""

    def __init__(self, kind: str, name: str, available: Iterable[str]) -> None:
        names = ", ".join(sorted(available)) or "none"
        super().__init__(f"unknown {kind} '{name}' (available: {names})")
        self.kind = kind
        self.name = name


def describe(exc: BaseException) -> str:
    """``TypeName: first line of the message``."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


class PluginError(ToolkitError):
    """A plugin's component raised while processing a document."""

    def __init__(self, component: Any, exc: BaseException) -> None:
        super().__init__(
            f"plugin '{component.plugin}' failed in {component.kind} "
            f"'{component.name}': {describe(exc)}"
        )
        self.component = component
