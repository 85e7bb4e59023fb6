"""Regular expressions compiled on first use, for the families with many of them."""

from __future__ import annotations

import re


class LazyPattern:
    """A regular expression compiled on first use: compiling them all would
    add about 20 ms to importing the plugin."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    def split(self, text: str) -> list[str]:
        return self.regex.split(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.regex.sub(replacement, text)


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (``\\d``); in ASCII text only 0-9 are, and ten
    substring tests run faster than the pattern's search."""
    if text.isascii():
        return any(map(text.__contains__, "0123456789"))
    return _DIGIT.search(text) is not None
