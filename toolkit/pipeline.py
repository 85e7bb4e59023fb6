"""The pipeline: text in, report out. No I/O.

It knows no algorithm: every step calls the components that plugins
registered (see ``toolkit.hookspecs``), and every failure of a component is
raised as a :class:`PluginError` that names the plugin.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from toolkit.errors import OptionError, PluginError, ToolkitError
from toolkit.hookspecs import Selector
from toolkit.models import Document, Report, Sentence, SummarySentence
from toolkit.registry import Component, Registry


@dataclass
class Options:
    """Everything that changes how one document is processed."""

    sentences: int | None = 3
    ratio: float | None = None
    words: int | None = None
    scorer: str | Mapping[str, float] | None = None  # None: the loaded scorers' default mix
    diversity: float = 0.0
    splitter: str | None = None
    analyzers: Sequence[str] | None = None  # None = all registered; () = none
    clean: bool = True
    source: str | None = None
    background: Any = None  # a toolkit.background.Background or None
    speakers: Mapping[str, Sequence[str]] | None = None  # canonical name -> aliases
    only_speakers: bool = False
    tone_indirect: bool = True  # False: tone from quoted words only (--tone-direct-only)
    metadata: Mapping[str, str] | None = None  # known title/date (e.g. from HTML tags); wins
    extracted: bool = False  # the text was extracted from HTML: the JSON output includes it
    # plugin name -> its options (``--option NAME.KEY=VALUE``, ``[plugins.NAME]``)
    plugin_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def document_options(self) -> dict[str, Any]:
        """What scorers and analyzers see as ``document.options``: the built-in
        settings below, and each plugin's own options under its name.

        ``summary_length`` is the requested length (``sentences``, ``ratio``,
        ``words``; the precedence is :func:`toolkit.selection.select_sentences`'s):
        a scorer may weigh sentences differently for a short or a long extract.
        """
        return {
            **{name: dict(values) for name, values in self.plugin_options.items()},
            "summary_length": {
                "sentences": self.sentences,
                "ratio": self.ratio,
                "words": self.words,
            },
            "speakers": dict(self.speakers or {}),
            "only_speakers": self.only_speakers,
            "tone_indirect": self.tone_indirect,
        }


# ``document.options`` keys the pipeline fills itself: no plugin options under these.
RESERVED_OPTIONS = frozenset({"speakers", "only_speakers", "tone_indirect"})


def _call(component: Component, *args: Any) -> Any:
    try:
        return component.function(*args)
    except ToolkitError:
        raise
    except Exception as exc:
        raise PluginError(component, exc) from exc


def extract_metadata(raw: str, registry: Registry) -> dict[str, str]:
    found: dict[str, str] = {}
    for component in registry.ordered("metadata"):
        for key, value in (_call(component, raw) or {}).items():
            if value and key not in found:
                found[key] = str(value)
    return found


def clean(raw: str, registry: Registry, *, extracted: bool = False) -> str:
    """Run the cleaners in order; on text extracted from HTML (``extracted``),
    those registered ``pages_only`` (made for scraped pages) are skipped."""
    text = raw
    for component in registry.ordered("cleaner"):
        if extracted and component.pages_only:
            continue
        text = _call(component, text)
        if not isinstance(text, str):
            raise PluginError(component, TypeError("cleaner did not return a string"))
    return text


def split(text: str, registry: Registry, splitter: str | None = None) -> list[Sentence]:
    component = registry.splitter(splitter)
    spans = _call(component, text)
    return [Sentence(i, start, end, text[start:end]) for i, (start, end) in enumerate(spans)]


def prepare(text: str, options: Options, registry: Registry) -> Document:
    """Metadata, cleaning and sentence splitting: the document plugins see."""
    found = extract_metadata(text, registry) if options.clean else {}
    metadata = {**found, **{k: v for k, v in (options.metadata or {}).items() if v}}
    cleaned = clean(text, registry, extracted=options.extracted) if options.clean else text
    return Document(
        text=cleaned,
        sentences=split(cleaned, registry, options.splitter),
        source=options.source,
        title=metadata.get("title"),
        date=metadata.get("date"),
        background=options.background,
        options=options.document_options(),
    )


def validate(options: Options, registry: Registry) -> None:
    """Raise an OptionError now for any option no document could satisfy
    (a malformed scorer spec, an unknown scorer, splitter or analyzer), so a
    batch fails once up front instead of once per document."""
    for name in _weights(options, registry):
        registry.get("scorer", name)
    if options.diversity > 0 and not registry.components["selector"]:
        raise OptionError("a diversity above 0 needs a selector plugin, and none is loaded")
    if options.splitter:
        registry.splitter(options.splitter)
    for name in options.analyzers or ():
        registry.get("analyzer", name)
    _check_plugin_options(options, registry)


def _check_plugin_options(options: Options, registry: Registry) -> None:
    known = {info.name for info in registry.plugins}
    for name, values in options.plugin_options.items():
        if name in RESERVED_OPTIONS or name not in known:
            listed = ", ".join(sorted(known)) or "none"
            raise OptionError(f"options for '{name}': no plugin named '{name}' (plugins: {listed})")
        if not isinstance(values, Mapping):
            raise OptionError(f"options for plugin '{name}' must be a table of KEY = VALUE")


def _weights(options: Options, registry: Registry) -> dict[str, float]:
    from toolkit import selection

    if options.scorer is None:
        weights = registry.default_weights()
        if not weights:
            raise OptionError("no loaded scorer is in the default mix: name one with --scorer")
        return weights
    try:
        return selection.parse_scorer_spec(options.scorer)
    except ValueError as exc:
        raise OptionError(str(exc)) from exc


def score(
    document: Document, weights: Mapping[str, float], registry: Registry
) -> tuple[dict[str, list[float]], list[str]]:
    """Run the weighted scorers; a failing scorer is dropped with a warning
    as long as another one succeeds."""
    components = [registry.get("scorer", name) for name in weights]
    results: dict[str, list[float]] = {}
    warnings: list[str] = []
    errors: list[PluginError] = []
    for component in components:
        try:
            values = [float(v) for v in _call(component, document)]
            if len(values) != len(document.sentences):
                raise ValueError(
                    f"returned {len(values)} scores for {len(document.sentences)} sentences"
                )
            results[component.name] = values
        except PluginError as exc:
            errors.append(exc)
        except (TypeError, ValueError) as exc:
            errors.append(PluginError(component, exc))
    if errors and not results:
        raise errors[0]
    warnings.extend(f"{exc} (summary made without it)" for exc in errors)
    return results, warnings


def summarize_document(
    document: Document, options: Options, registry: Registry
) -> tuple[list[SummarySentence], str, list[str]]:
    from toolkit import selection

    weights = _weights(options, registry)
    scores, warnings = score(document, weights, registry)
    combined = selection.combine_scores(scores, {k: weights[k] for k in scores})
    picked = selection.select_sentences(
        document,
        combined,
        sentences=options.sentences,
        ratio=options.ratio,
        words=options.words,
        diversity=options.diversity,
        selector=_selector(registry) if options.diversity > 0 else None,
    )
    summary = [
        SummarySentence(i, " ".join(document.sentences[i].text.split()), round(combined[i], 4))
        for i in picked
    ]
    return summary, selection.format_scorer_spec(weights), warnings


def _selector(registry: Registry) -> Selector:
    """The selector with the highest priority; a failure in it names its plugin."""
    return cast("Selector", functools.partial(_call, registry.highest("selector")))


def analyze(document: Document, report: Report, options: Options, registry: Registry) -> None:
    wanted = options.analyzers
    for component in registry.ordered("analyzer"):
        if wanted is None or component.name in wanted:
            _call(component, document, report)


def run(text: str, options: Options, registry: Registry) -> Report:
    """Process one document's raw text into a report."""
    validate(options, registry)
    document = prepare(text, options, registry)
    report = Report(
        source=options.source,
        title=document.title,
        date=document.date,
        text=document.text,
        sentences=document.sentences,
    )
    if document.sentences:
        report.summary, report.scorer, report.warnings = summarize_document(
            document, options, registry
        )
    analyze(document, report, options, registry)
    report.text_in_output = options.extracted
    if options.clean:
        to_input_offsets(report, text)
    return report


def to_input_offsets(report: Report, given: str) -> None:
    """Make every offset of ``report`` point into the text as given (it points
    into the cleaned text until now): sentences' and quotes' ``start``/``end``
    quote ``parts`` and ``fragments``. ``report.text`` becomes the given text and
    ``report.kept`` the spans of its lines that the cleaners kept."""
    from toolkit import offsets

    cleaned = report.text
    if cleaned == given:
        return
    mapping, kept = offsets.align_kept(cleaned, given)
    for sentence in report.sentences:
        sentence.start, sentence.end = offsets.map_span(mapping, sentence.start, sentence.end)
    for quote in report.quotes:
        quote.parts = [offsets.map_span(mapping, start, end) for start, end in quote.spans()]
        quote.start, quote.end = quote.parts[0][0], quote.parts[-1][1]
        quote.fragments = [offsets.map_span(mapping, start, end) for start, end in quote.fragments]
    report.kept = kept
    report.text = given
