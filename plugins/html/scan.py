"""A linear-time HTML tokenizer for the web extractor's stdlib fallback.

Why not ``html.parser``: before CPython 3.11.13/3.12.11/3.13.4 it is
quadratic on some malformed markup (measured here on 3.11.7: 180 kB of
``<a b='`` repeated takes 114 s). This scanner only ever moves forward: each
search starts at the cursor and the cursor jumps to what it found, or to the
end of the input when nothing is found, so the work is linear in the input.
Attribute parsing looks at a bounded prefix of each tag.

It follows the HTML rules that matter for text extraction, loosely:
comments, doctypes and processing instructions vanish; ``script``, ``style``
and the like are raw text up to their end tag; a ``<`` that does not start a
tag is text; a tag left open at the end of the input is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator
from functools import lru_cache
from html import unescape
from typing import NamedTuple

START, END, TEXT, RAW = "start", "end", "text", "raw"

# Elements whose content is not markup: read up to the matching end tag.
RAW_TEXT = frozenset(
    {"script", "style", "title", "textarea", "noscript", "xmp", "iframe", "noembed", "plaintext"}
)
VOID = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr",
    }
)  # fmt: skip

_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9:_-]{0,40}")
_ATTRIBUTE = re.compile(r"""([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
# Attributes past this many characters of one tag are ignored (bounded work per tag).
_MAX_ATTRIBUTE_SPAN = 4096


class Token(NamedTuple):
    kind: str  # START, END, TEXT or RAW
    name: str = ""  # tag name, lower case ("" for TEXT)
    attrs: dict[str, str] | None = None  # START and RAW
    text: str = ""  # TEXT (entities decoded) and RAW (as is)
    self_closing: bool = False


def tokens(html: str) -> Iterator[Token]:
    """The tokens of ``html``, in order. Never raises on any ``str``."""
    n = len(html)
    i = 0
    while i < n:
        lt = html.find("<", i)
        if lt == -1:
            yield Token(TEXT, text=unescape(html[i:]))
            return
        if lt > i:
            yield Token(TEXT, text=unescape(html[i:lt]))
        i = lt
        after = html[i + 1 : i + 2]
        if html.startswith("<!--", i):
            end = html.find("-->", i + 4)
            i = n if end == -1 else end + 3
        elif after in ("!", "?"):
            i = _skip_past(html, ">", i + 2)
        elif after == "/":
            i = yield from _end_tag(html, i)
        else:
            i = yield from _start_tag(html, i)


def _skip_past(html: str, marker: str, start: int) -> int:
    found = html.find(marker, start)
    return len(html) if found == -1 else found + len(marker)


def _end_tag(html: str, i: int) -> Generator[Token, None, int]:
    match = _TAG_NAME.match(html, i + 2)
    if match is None:  # "</>" or "</3": a bogus comment up to the next ">"
        return _skip_past(html, ">", i + 2)
    end = html.find(">", match.end())
    if end == -1:
        return len(html)
    yield Token(END, match.group().lower())
    return end + 1


def _start_tag(html: str, i: int) -> Generator[Token, None, int]:
    match = _TAG_NAME.match(html, i + 1)
    if match is None:  # "a < b": text
        yield Token(TEXT, text="<")
        return i + 1
    end = html.find(">", match.end())
    if end == -1:
        return len(html)
    name = match.group().lower()
    body = html[match.end() : end]
    attrs = parse_attributes(body) if body.strip() else {}
    self_closing = body.endswith("/")
    if name not in RAW_TEXT or self_closing:
        yield Token(START, name, attrs, self_closing=self_closing)
        return end + 1
    close = _closing_tag(name).search(html, end + 1)
    stop = len(html) if close is None else close.start()
    yield Token(RAW, name, attrs, text=html[end + 1 : stop])
    return len(html) if close is None else _skip_past(html, ">", close.end())


@lru_cache(maxsize=32)
def _closing_tag(name: str) -> re.Pattern[str]:
    return re.compile(rf"</{re.escape(name)}(?![A-Za-z0-9])", re.IGNORECASE)


def parse_attributes(body: str) -> dict[str, str]:
    """``' class="a b" id=x hidden'`` -> ``{"class": "a b", "id": "x", "hidden": ""}``."""
    attrs: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(body[:_MAX_ATTRIBUTE_SPAN]):
        name = match.group(1).lower()
        if name not in attrs:
            value = match.group(2) or match.group(3) or match.group(4) or ""
            attrs[name] = unescape(value)
    return attrs
