"""PROVISIONAL sentence splitter (to be replaced by the real one)."""

from __future__ import annotations

import re

from toolkit import hookimpl

_BOUNDARY = re.compile(r"""(?:(?<=[.!?])|(?<=[.!?]["'”’)]))\s+(?=["'“‘(]?[A-Z0-9])|\n\s*\n""")


def split_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            result.append((s, e))
    return result


@hookimpl
def toolkit_register_splitters(register):  # type: ignore[no-untyped-def]
    register("standard", split_spans)
