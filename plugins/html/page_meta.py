"""Title and publication date of an HTML page, gathered while it is scanned.

Title, first found of: ``<meta property="og:title">`` (or ``twitter:title``),
the JSON-LD ``headline``, the first ``<h1>`` inside the article container,
the first ``<h1>`` anywhere, ``<title>``.

Date, first found of: ``<meta property="article:published_time">``, the
JSON-LD ``datePublished``, an ``itemprop="datePublished"`` element, a
``<meta name="date">``-like tag, a ``<time datetime>`` (inside the article
container first). ISO 8601 values are given as the ``headline`` metadata
plugin gives them: ``2025-10-15T12:20`` (time zone dropped) or ``2025-10-15``.
"""

from __future__ import annotations

import json
import re
from collections import deque
from html import unescape
from typing import Any

from ..text.dates import normalize_date

_TITLE_METAS = ("og:title", "twitter:title")
_DATE_METAS = (
    "article:published_time",
    "<ld>",
    "<itemprop>",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "article.published",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "og:published_time",
)
_SPACES = re.compile(r"\s+")
_MAX_TITLE_CHARS = 500
_MAX_JSON_LD_CHARS = 1_000_000
_MAX_JSON_NODES = 10_000
_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "blogposting", "report")


def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


class MetadataCollector:
    """Receives the scanner's events; :meth:`metadata` gives the result."""

    def __init__(self) -> None:
        self.metas: dict[str, str] = {}
        self.title_tag: str | None = None
        self.h1s: list[tuple[str, bool]] = []  # (text, inside a container)
        self.times: list[tuple[str, bool]] = []
        self._h1_parts: list[str] | None = None
        self._h1_in_container = False

    def start(self, name: str, attrs: dict[str, str], *, in_container: bool) -> None:
        if name == "meta":
            self._meta(attrs)
        elif name == "h1" and len(self.h1s) < 5:
            self._h1_parts = []
            self._h1_in_container = in_container
        if attrs.get("itemprop") == "datePublished":
            value = attrs.get("datetime") or attrs.get("content")
            if value:
                self.metas.setdefault("<itemprop>", value)
        if name == "time" and attrs.get("datetime") and len(self.times) < 50:
            self.times.append((attrs["datetime"], in_container))

    def _meta(self, attrs: dict[str, str]) -> None:
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
        content = attrs.get("content", "")
        if key and content.strip():
            self.metas.setdefault(key.strip().lower(), content)

    def end(self, name: str) -> None:
        if name == "h1" and self._h1_parts is not None:
            text = _squash("".join(self._h1_parts))
            if text:
                self.h1s.append((text[:_MAX_TITLE_CHARS], self._h1_in_container))
            self._h1_parts = None

    def text(self, text: str) -> None:
        if self._h1_parts is not None and sum(map(len, self._h1_parts)) < _MAX_TITLE_CHARS:
            self._h1_parts.append(text)

    def raw(self, name: str, attrs: dict[str, str], text: str) -> None:
        if name == "title" and self.title_tag is None:
            self.title_tag = _squash(unescape(text))[:_MAX_TITLE_CHARS] or None
        elif name == "script" and attrs.get("type", "").lower() == "application/ld+json":
            self._json_ld(text)

    def _json_ld(self, text: str) -> None:
        if len(text) > _MAX_JSON_LD_CHARS:
            return
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return
        for key, meta_key in (("headline", "<ld-headline>"), ("datePublished", "<ld>")):
            value = _find_in_json(data, key)
            if value:
                self.metas.setdefault(meta_key, value)

    def metadata(self) -> dict[str, str]:
        found: dict[str, str] = {}
        title = self._title()
        if title:
            found["title"] = title
        date = self._date()
        if date:
            found["date"] = date
        return found

    def _title(self) -> str | None:
        for key in (*_TITLE_METAS, "<ld-headline>"):
            if self.metas.get(key, "").strip():
                return _squash(self.metas[key])[:_MAX_TITLE_CHARS]
        inside = [text for text, in_container in self.h1s if in_container]
        if inside:
            return inside[0]
        if self.h1s:
            return self.h1s[0][0]
        return self.title_tag

    def _date(self) -> str | None:
        for key in _DATE_METAS:
            if self.metas.get(key):
                date = normalize_date(self.metas[key])
                if date:
                    return date
        ordered = [t for t, inside in self.times if inside] + [t for t, _ in self.times]
        for value in ordered:
            date = normalize_date(value)
            if date:
                return date
        return None


def _find_in_json(data: Any, key: str) -> str | None:
    """The first string value of ``key``, article-typed objects first
    (breadth-first, bounded)."""
    queue: deque[Any] = deque([data])
    fallback: str | None = None
    seen = 0
    while queue and seen < _MAX_JSON_NODES:
        node = queue.popleft()
        seen += 1
        if isinstance(node, dict):
            value = node.get(key)
            if isinstance(value, str) and value.strip():
                if _is_article(node):
                    return value.strip()
                fallback = fallback or value.strip()
            queue.extend(node.values())
        elif isinstance(node, list):
            queue.extend(node)
    return fallback


def _is_article(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)
