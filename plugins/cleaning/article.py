"""The ``article`` cleaner (order 5, pages only): the learned line classifier.

``keep_article`` drops the lines of a scraped page that the classifier
(``features``, ``model``) does not take for article text; see ``model``.
"""

from __future__ import annotations

from typing import Any

from . import rules

# Fewer non-blank lines than this: an article as such, not a page (no classifier).
_MIN_PAGE_LINES = 4
# More than this: a collection of texts, not one page (the longest dev page has 628).
_MAX_PAGE_LINES = 5000


def keep_article(text: str, model: Any = None) -> str:
    """Drop the lines the learned classifier (``model``) does not take for
    article text. Blank lines and the headings of comment and related-link
    boxes stay: the rules (``boilerplate``, next) read them to drop whole boxes."""
    lines = text.split("\n")
    article = article_lines(text, lines, model)
    if article is None:
        return text
    kept: list[str] = []
    seen_article = False
    for i, line in enumerate(lines):
        heading = rules.block_heading_kind(line.strip()) if i not in article else None
        # a comments heading drops all that follows: only after the article has begun
        if i in article or not line.strip() or heading == "links" or heading and seen_article:
            kept.append(line)
        seen_article = seen_article or i in article
    return "\n".join(kept)


def article_lines(text: str, lines: list[str], model: Any = None) -> set[int] | None:
    """Indices (into ``lines``) of the lines the classifier keeps; None to keep all
    (no model shipped, too few lines to tell a page from an article, or more
    lines than any page has)."""
    from .model import keep_lines, load_model

    model = model or load_model()
    if model is None:
        return None
    from .features import features, page_lines

    found = page_lines(text)
    if not _MIN_PAGE_LINES <= len(found) <= _MAX_PAGE_LINES:
        return None
    keep = keep_lines(model, features(text, found))
    if keep is None:
        return None
    spans = [(line.start, line.end) for line, ok in zip(found, keep, strict=True) if ok]
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    kept: set[int] = set()
    span = 0
    for i, line in enumerate(lines):
        first = starts[i] + len(line) - len(line.lstrip())
        while span < len(spans) and spans[span][1] < first:
            span += 1
        if span < len(spans) and spans[span][0] <= first <= spans[span][1]:
            kept.add(i)
    return kept
