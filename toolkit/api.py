"""The Python API behind ``from toolkit import summarize, split_sentences``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from toolkit.errors import InputError
from toolkit.models import CleanedText, Report
from toolkit.pipeline import Options, run
from toolkit.registry import get_registry

BUNDLED = "bundled"


@lru_cache(maxsize=4)
def _load_background(directory: str | None) -> Any:
    from toolkit.background import load_background

    try:
        return load_background(Path(directory) if directory else None)
    except FileNotFoundError as exc:
        raise InputError(f"{directory}: background collection is not a folder") from exc


def resolve_background(background: Any) -> Any:
    """``"bundled"`` (the texts in corpus/), a folder path, None (no
    background collection) or an already loaded Background."""
    if background is None:
        return None
    if isinstance(background, str) and background == BUNDLED:
        return _load_background(None)
    if isinstance(background, (str, Path)):
        return _load_background(str(Path(background).resolve()))
    return background


def summarize(
    text: str,
    sentences: int | None = 3,
    *,
    ratio: float | None = None,
    words: int | None = None,
    scorer: str | Mapping[str, float] | None = None,
    diversity: float = 0.0,
    source: str | None = None,
    background: Any = BUNDLED,
    speakers: Mapping[str, Sequence[str]] | None = None,
    only_speakers: bool = False,
    tone_indirect: bool = False,
    analyzers: Sequence[str] | None = None,
    splitter: str | None = None,
    clean: bool = True,
    disable: Iterable[str] = (),
    plugin_options: Mapping[str, Mapping[str, Any]] | None = None,
) -> Report:
    """Summarise one document and find its quotes, speakers and tone.

    ``scorer`` is a name (``"textrank"``), a spec (``"tfidf=1,position=0.5"``)
    or a mapping of weights; None uses the default mix. ``disable`` names
    plugins to leave out for this call. ``plugin_options`` gives plugins
    their options, ``{"NAME": {"KEY": value}}``; a plugin reads them as
    ``document.options["NAME"]``. Raises ``toolkit.errors.ToolkitError``
    subclasses for bad options and failing plugins.
    """
    options = Options(
        sentences=sentences,
        ratio=ratio,
        words=words,
        scorer=scorer,
        diversity=diversity,
        splitter=splitter,
        analyzers=analyzers,
        clean=clean,
        source=source,
        background=resolve_background(background),
        speakers=speakers,
        only_speakers=only_speakers,
        tone_indirect=tone_indirect,
        plugin_options=dict(plugin_options or {}),
    )
    return run(text, options, get_registry(disable))


def split_sentences(text: str, *, splitter: str | None = None) -> list[str]:
    """Split ``text`` as given (no cleaning) into sentence strings."""
    from toolkit.pipeline import split

    return [s.text for s in split(text, get_registry(), splitter)]


def clean(
    text: str,
    *,
    metadata: Mapping[str, str] | None = None,
    extracted: bool = False,
    disable: Iterable[str] = (),
) -> CleanedText:
    """The article in ``text`` (a scraped or copied page): page furniture
    dropped, white space tidied, with its title and date, and the spans of
    ``text``'s lines that were kept and dropped. ``metadata`` (say, from HTML
    tags) wins over what the text shows; ``extracted`` says the text is already
    an HTML extractor's article text (the page-only cleaners are skipped)."""
    from toolkit import offsets, pipeline

    registry = get_registry(disable)
    found = pipeline.extract_metadata(text, registry)
    found.update({k: v for k, v in (metadata or {}).items() if v})
    cleaned = pipeline.clean(text, registry, extracted=extracted)
    kept, dropped = offsets.line_spans(offsets.align(cleaned, text), cleaned, text)
    return CleanedText(cleaned, found.get("title"), found.get("date"), kept, dropped)
