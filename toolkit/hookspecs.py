"""The plugin contract: every hook the toolkit calls.

A plugin is a module (or object) with functions named like the hooks below,
marked with ``@toolkit.hookimpl``. Third-party plugins are found through the
``toolkit`` entry-point group; the built-ins in ``toolkit.plugins`` are
registered the same way, so any of them can be replaced or turned off.

Every hook is a *registration* hook: it receives a ``register`` callable and
calls it once per component it provides. A component name must be unique
across all plugins unless it is registered with ``replace=True`` (which
takes over a component of that name from an earlier plugin). A plugin whose
hook raises, or which registers a name twice, is reported and left out as a
whole; the rest of the toolkit carries on.

Pipeline order for one document::

    HTML page --HTML extractors--> main text, title/date (HTML input only)
    raw text --metadata extractors--> title/date
             --cleaners (by order)--> cleaned text
             --splitter--> sentences (character spans)
             --scorers (weighted)--> summary
             --analyzers (by order)--> quotes, speakers, tone, ...
             --formatter--> output string
"""

from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("toolkit")


@hookspec
def toolkit_register_html_extractors(register):  # type: ignore[no-untyped-def]
    """Register extractors of an HTML page's main text (for HTML files and URLs).

    ``register(name, function, priority=0)``;
    ``function(html: str) -> tuple[str, dict] | None`` returns the article's
    text (paragraphs separated by a blank line) and any of the metadata keys
    ``title`` and ``date``, or None (or empty text) when it finds nothing or
    cannot run (say, an optional package is missing). It should never raise.
    Extractors are tried from the highest ``priority`` down (ties by name):
    the text comes from the first that finds some, and each metadata key
    from the first that has it. ``--html-engine NAME`` starts at ``NAME``
    and tries only the extractors of lower priority after it. Built-ins:
    ``trafilatura`` (priority 10, when the package is installed) and
    ``fallback`` (priority 0, standard library only).
    """


@hookspec
def toolkit_register_metadata_extractors(register):  # type: ignore[no-untyped-def]
    """Register functions that read metadata from the *raw* text.

    ``register(name, function, order=100)``; ``function(raw_text: str) -> dict``
    returns any of the keys ``title`` and ``date`` (strings). Extractors run in
    ascending ``order``; the first non-empty value for a key wins.
    """


@hookspec
def toolkit_register_cleaners(register):  # type: ignore[no-untyped-def]
    """Register text cleaners.

    ``register(name, function, order=100, pages_only=False)``;
    ``function(text: str) -> str``. All registered cleaners run, in ascending
    ``order`` (ties by name), each on the output of the one before, except
    that a cleaner registered ``pages_only=True`` (made for scraped pages) is
    skipped on text an HTML extractor already reduced to the article. A
    cleaner may drop lines, trim and squash white space and compose Unicode,
    but should not reorder or rewrite words: the pipeline aligns the cleaned
    text with the input to map offsets back. Built-ins: ``article`` (order 5,
    pages only: the learned line classifier), ``boilerplate`` (order 10),
    ``whitespace`` (order 90).
    """


@hookspec
def toolkit_register_splitters(register):  # type: ignore[no-untyped-def]
    """Register sentence splitters.

    ``register(name, function, priority=0)``;
    ``function(text: str) -> list[tuple[int, int]]`` returns the character
    spans ``(start, end)`` of the sentences of ``text``, in order and
    non-overlapping, with no leading or trailing white space inside a span.
    One splitter runs per document: the one named by the ``splitter`` option,
    else the one with the highest ``priority`` (built-in ``standard`` has 0).
    """


@hookspec
def toolkit_register_scorers(register):  # type: ignore[no-untyped-def]
    """Register sentence scorers for extractive summaries.

    ``register(name, function)``;
    ``function(document: Document) -> Sequence[float]`` returns one score per
    sentence of ``document.sentences``; higher means more summary-worthy.
    Scales do not matter: when several scorers are combined
    (``--scorer tfidf=1,position=0.5``) each one's scores are min-max
    normalised per document before the weighted sum.
    """


@hookspec
def toolkit_register_analyzers(register):  # type: ignore[no-untyped-def]
    """Register document analyses (quotes, speakers, tone, ...).

    ``register(name, function, order=100)``;
    ``function(document: Document, report: Report) -> None`` reads the
    document and fills in the report (``report.quotes``, ``report.speakers``,
    ``report.tone``, or ``report.extras[name]``). Analyzers run in ascending
    ``order``, so a later one sees what earlier ones found. Built-ins:
    ``quotes`` (order 100), ``tone`` (order 200).
    """


@hookspec
def toolkit_register_formatters(register):  # type: ignore[no-untyped-def]
    """Register output formats.

    ``register(name, function)``; ``function(report: Report) -> str``.
    ``report.to_dict()`` gives the stable JSON structure. ``--format NAME``
    picks one. Built-ins: ``text``, ``markdown``, ``json``.
    """
