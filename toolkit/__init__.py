"""A plugin-based toolkit for news: extractive summaries, quotes with speakers, tone.

Public API::

    from toolkit import summarize, split_sentences, clean, hookimpl

Heavy libraries (scikit-learn, nltk, vaderSentiment) are imported only by the
plugins that use them, when they run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

hookimpl = pluggy.HookimplMarker("toolkit")

__version__ = "0.1.0"

if TYPE_CHECKING:
    from toolkit.models import CleanedText, Report

__all__ = ["hookimpl", "summarize", "split_sentences", "clean", "__version__"]


def summarize(text: str, sentences: int | None = 3, **options: Any) -> Report:
    """Summarise ``text`` and find its quotes, speakers and tone.

    Keyword options are those of :class:`toolkit.pipeline.Options`
    (``ratio``, ``scorer``, ``source``, ``background``, ``speakers``, ...).
    Returns a :class:`toolkit.models.Report`; ``report.to_dict()`` is the
    JSON output of ``toolkit summarize --format json``.
    """
    from toolkit.api import summarize as _summarize

    return _summarize(text, sentences=sentences, **options)


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences with the active splitter (no cleaning)."""
    from toolkit.api import split_sentences as _split

    return _split(text)


def clean(text: str, **options: Any) -> CleanedText:
    """The article in a scraped page's ``text``, with its title and date.

    Returns a :class:`toolkit.models.CleanedText`: ``text``, ``title``,
    ``date``, and ``kept``/``dropped`` spans of the given text's lines;
    ``to_dict()`` is the JSON of ``toolkit clean --format json``.
    """
    from toolkit.api import clean as _clean

    return _clean(text, **options)
