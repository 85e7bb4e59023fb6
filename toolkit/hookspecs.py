"""The plugin contract: every hook the toolkit calls.

A plugin is a module (or object) with functions named like the hooks below,
marked with ``@toolkit.hookimpl``. Every plugin, built-in or third-party, is
an entry point of the ``toolkit`` group (the built-ins are declared in the
toolkit's own ``pyproject.toml``), so any of them can be replaced or turned
off, and the core names none of them.

Every hook is a *registration* hook: it receives a ``register`` callable and
calls it once per component it provides. Each ``register`` has a typed
:class:`~typing.Protocol` below (``RegisterScorer``...), so a plugin annotated
with it is checked by mypy::

    from toolkit import hookimpl
    from toolkit.hookspecs import RegisterScorer

    @hookimpl
    def toolkit_register_scorers(register: RegisterScorer) -> None:
        register("shortest", score_shortest)
 A component name must be unique
across all plugins unless it is registered with ``replace=True`` (which
takes over a component of that name from an earlier plugin). A plugin whose
hook raises, or which registers a name twice, is reported and left out as a
whole; the rest of the toolkit carries on.

Options for plugins: a plugin reads its settings from
``document.options["NAME"]`` (a dict; empty or missing when none were given),
where NAME is the plugin's entry-point name. Users give them as
``--option NAME.KEY=VALUE`` (repeatable; VALUE read as TOML would: true/false,
numbers, else a string), as a ``[plugins.NAME]`` table in the config file
(``[tool.toolkit.plugins.NAME]`` in pyproject.toml), or as
``summarize(..., plugin_options={"NAME": {"KEY": value}})``; the command line
beats the file key by key, and ``toolkit config`` shows them. Options for a
plugin that is not installed are an error. Scorers and analyzers get the
document; ``document.options`` also holds the built-in settings ``speakers``,
``only_speakers`` and ``tone_indirect``.

Pipeline order for one document::

    HTML page --HTML extractors--> main text, title/date (HTML input only)
    raw text --metadata extractors--> title/date
             --cleaners (by order)--> cleaned text
             --splitter--> sentences (character spans)
             --scorers (weighted)--> sentence scores
             --length control (--diversity > 0: the selector)--> summary
             --analyzers (by order)--> quotes, speakers, tone, ...
             --formatter--> output string
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

import pluggy

if TYPE_CHECKING:
    from toolkit.models import Document, Report

hookspec = pluggy.HookspecMarker("toolkit")

HtmlExtractor = Callable[[str], "tuple[str, Mapping[str, str]] | None"]
MetadataExtractor = Callable[[str], Mapping[str, str]]
Cleaner = Callable[[str], str]
Splitter = Callable[[str], Sequence[tuple[int, int]]]
Scorer = Callable[["Document"], Sequence[float]]
Analyzer = Callable[["Document", "Report"], None]
Formatter = Callable[["Report"], str]


class Selector(Protocol):
    """Picks summary sentences with redundancy control (see ``toolkit_register_selectors``)."""

    def __call__(
        self,
        texts: Sequence[str],
        relevance: Sequence[float],
        limit: int,
        budget: int | None,
        sizes: Sequence[int],
        diversity: float,
    ) -> list[int]: ...


class RegisterHtmlExtractor(Protocol):
    def __call__(
        self, name: str, function: HtmlExtractor, *, priority: int = 0, replace: bool = False
    ) -> None: ...


class RegisterMetadataExtractor(Protocol):
    def __call__(
        self, name: str, function: MetadataExtractor, *, order: int = 100, replace: bool = False
    ) -> None: ...


class RegisterCleaner(Protocol):
    def __call__(
        self,
        name: str,
        function: Cleaner,
        *,
        order: int = 100,
        replace: bool = False,
        pages_only: bool = False,
    ) -> None: ...


class RegisterSplitter(Protocol):
    def __call__(
        self, name: str, function: Splitter, *, priority: int = 0, replace: bool = False
    ) -> None: ...


class RegisterScorer(Protocol):
    def __call__(
        self,
        name: str,
        function: Scorer,
        *,
        weight: float = 0.0,
        order: int = 100,
        replace: bool = False,
    ) -> None: ...


class RegisterSelector(Protocol):
    def __call__(
        self, name: str, function: Selector, *, priority: int = 0, replace: bool = False
    ) -> None: ...


class RegisterAnalyzer(Protocol):
    def __call__(
        self, name: str, function: Analyzer, *, order: int = 100, replace: bool = False
    ) -> None: ...


class RegisterFormatter(Protocol):
    def __call__(self, name: str, function: Formatter, *, replace: bool = False) -> None: ...


@hookspec
def toolkit_register_html_extractors(register: RegisterHtmlExtractor) -> None:
    """Register extractors of an HTML page's main text (for HTML files and URLs).

    ``register(name, function, priority=0)``;
    ``function(html: str) -> tuple[str, dict] | None`` returns the article's
    text (paragraphs separated by a blank line) and any of the metadata keys
    ``title`` and ``date``, or None (or empty text) when it finds nothing or
    cannot run (say, an optional package is missing). It should never raise.
    Extractors are tried from the highest ``priority`` down (ties by name):
    the text comes from the first that finds some, and each metadata key
    from the first that has it. Built-ins: ``trafilatura`` (priority 10, when
    the package is installed) and ``fallback`` (priority 0, standard library
    only).
    """


@hookspec
def toolkit_register_metadata_extractors(register: RegisterMetadataExtractor) -> None:
    """Register functions that read metadata from the *raw* text.

    ``register(name, function, order=100)``; ``function(raw_text: str) -> dict``
    returns any of the keys ``title`` and ``date`` (strings). Extractors run in
    ascending ``order``; the first non-empty value for a key wins.
    """


@hookspec
def toolkit_register_cleaners(register: RegisterCleaner) -> None:
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
def toolkit_register_splitters(register: RegisterSplitter) -> None:
    """Register sentence splitters.

    ``register(name, function, priority=0)``;
    ``function(text: str) -> list[tuple[int, int]]`` returns the character
    spans ``(start, end)`` of the sentences of ``text``, in order and
    non-overlapping, with no leading or trailing white space inside a span.
    One splitter runs per document: the one named by the ``splitter`` option,
    else the one with the highest ``priority`` (built-in ``standard`` has 0).
    """


@hookspec
def toolkit_register_scorers(register: RegisterScorer) -> None:
    """Register sentence scorers for extractive summaries.

    ``register(name, function, weight=0.0, order=100)``;
    ``function(document: Document) -> Sequence[float]`` returns one score per
    sentence of ``document.sentences``; higher means more summary-worthy.
    Scales do not matter: when several scorers are combined
    (``--scorer tfidf=1,position=0.5``) each one's scores are min-max
    normalised per document before the weighted sum. ``weight`` is the
    scorer's weight in the default mix (used when no ``--scorer`` is given):
    the default mix is every loaded scorer with a weight above 0, in
    ascending ``order`` (ties by name), so turning a plugin off takes its
    scorer out of the mix and never breaks it. Built-ins: ``tfidf`` (weight
    1, order 10), ``textrank`` (1, 20), ``position`` (0.3, 30), ``length``
    (0.3, 40), ``lexrank`` and ``luhn`` (weight 0: on request only).
    """


@hookspec
def toolkit_register_selectors(register: RegisterSelector) -> None:
    """Register sentence selection with redundancy control (``--diversity``).

    ``register(name, function, priority=0)``; the selector with the highest
    ``priority`` runs when the diversity λ is above 0 (without one, the
    summary is the best-scored sentences that fit, and ``--diversity`` above
    0 is an error). ``function(texts, relevance, limit, budget, sizes,
    diversity) -> list[int]`` gets the sentences' texts, their combined
    scores min-max normalised to [0, 1], the most sentences to pick, the word
    budget (or None) with each sentence's word count, and λ; it returns the
    indices picked, never more than ``limit`` and never over the budget.
    Built-in: ``mmr`` (maximal marginal relevance).
    """


@hookspec
def toolkit_register_analyzers(register: RegisterAnalyzer) -> None:
    """Register document analyses (quotes, speakers, tone, ...).

    ``register(name, function, order=100)``;
    ``function(document: Document, report: Report) -> None`` reads the
    document and fills in the report (``report.quotes``, ``report.speakers``,
    ``report.tone``, or ``report.extras[name]``). Analyzers run in ascending
    ``order``, so a later one sees what earlier ones found. Built-ins:
    ``quotes`` (order 100), ``tone`` (order 200).
    """


@hookspec
def toolkit_register_formatters(register: RegisterFormatter) -> None:
    """Register output formats.

    ``register(name, function)``; ``function(report: Report) -> str``.
    ``report.to_dict()`` gives the stable JSON structure. ``--format NAME``
    picks one. Built-ins: ``text``, ``markdown``, ``json``, ``html``.
    """
