"""Built-in cleaning: page metadata, web boilerplate, white space and Unicode.

Registers the metadata extractor ``headline`` and the cleaners ``article``
(order 5, pages only: the learned line classifier, ``article``),
``boilerplate`` (order 10: the rules, ``boilerplate``) and ``whitespace``
(order 90, ``whitespace``). No function here raises on any ``str``.
"""

from __future__ import annotations

from toolkit import hookimpl
from toolkit.hookspecs import RegisterCleaner, RegisterMetadataExtractor

from ..text.dates import parse_date_line
from .article import article_lines, keep_article
from .boilerplate import extract_metadata, remove_boilerplate
from .whitespace import normalize_whitespace

__all__ = [
    "article_lines",
    "extract_metadata",
    "keep_article",
    "normalize_whitespace",
    "parse_date_line",
    "remove_boilerplate",
]


@hookimpl
def toolkit_register_metadata_extractors(register: RegisterMetadataExtractor) -> None:
    register("headline", extract_metadata)


@hookimpl
def toolkit_register_cleaners(register: RegisterCleaner) -> None:
    register("article", keep_article, order=5, pages_only=True)
    register("boilerplate", remove_boilerplate, order=10)
    register("whitespace", normalize_whitespace, order=90)
