"""Built-in tone analyzer: VADER sentiment of each quote, aggregated per speaker.

Every quote in ``report.quotes`` gets ``quote.tone`` (the VADER compound score,
-1 ... +1) and ``quote.tone_scores`` (``compound``, ``pos``, ``neu``, ``neg``).
``report.tone`` then maps each canonical speaker to a :class:`SpeakerTone`:

- ``compound``: the *mean* of the compound scores of the speaker's counted
  quotes. Scoring all the quotes glued into one text would saturate towards
  +-1 (VADER's normalisation grows with the summed valence), so a speaker
  with many mildly positive quotes would look ecstatic.
- ``label``: ``positive`` if compound >= 0.05, ``negative`` if <= -0.05, else
  ``neutral`` (VADER's recommended thresholds).
- ``spread``: population standard deviation of those compound scores.
- ``evidence``: one entry per counted quote, ``{"quote", "text", "compound",
  "pull"}``, strongest ``abs(pull)`` first (ties: earlier quote first).
  ``pull = compound / n`` is the quote's signed share of the speaker's mean,
  measured from neutral (0): the pulls of a speaker sum to its ``compound``.

Counted quotes are ``direct`` and ``partial`` ones, plus ``indirect`` ones when
the ``tone_indirect`` option is true. Quotes without a speaker are scored but
not aggregated, and a speaker with no counted quote gets no ``report.tone``
entry at all (rather than a fake neutral one). All scores are rounded to 4
decimals.

Scores come from ``vader.polarity_scores``, this project's reimplementation of
VADER, which gives exactly vaderSentiment 3.3.x's numbers about five times
faster (``tests/test_vader.py`` compares the two on the paper's four corpora and
on news quotes; ``bench/vader_speed.py`` times them). It reads the lexicon from
the installed vaderSentiment package on first use, once per process, offline.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from toolkit import hookimpl
from toolkit.hookspecs import RegisterAnalyzer
from toolkit.models import Document, Quote, Report, SpeakerTone

from .vader import polarity_scores

POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
DEFAULT_COUNTED_KINDS = frozenset({"direct", "partial"})
EVIDENCE_TEXT_LIMIT = 80
DECIMALS = 4

_SCORE_KEYS = ("compound", "pos", "neu", "neg")


def _zero_scores() -> dict[str, float]:
    return dict.fromkeys(_SCORE_KEYS, 0.0)


def _raw_scores(text: object) -> dict[str, float] | None:
    """VADER scores of ``text``, zeros for blank or non-text input, None if VADER fails."""
    if not isinstance(text, str) or not text.strip():
        return _zero_scores()
    try:
        scores = polarity_scores(text)
    except Exception:  # a scorer bug must not take the whole report down
        return None
    return {key: round(float(scores.get(key, 0.0)), DECIMALS) for key in _SCORE_KEYS}


def score_text(text: str) -> dict[str, float]:
    """VADER ``compound``/``pos``/``neu``/``neg`` of ``text``, rounded; never raises.

    Blank text (and text VADER cannot handle) scores 0.0 on every key.
    """
    return _raw_scores(text) or _zero_scores()


def label_for(compound: float) -> str:
    if compound >= POSITIVE_THRESHOLD:
        return "positive"
    if compound <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


def _option(options: Any, name: str) -> Any:
    """Read an option from a dict or from an options object."""
    if isinstance(options, Mapping):
        return options.get(name)
    return getattr(options, name, None)


def counted_kinds(document: Document) -> frozenset[str]:
    """Quote kinds that enter the per-speaker tone for this document."""
    if _option(document.options, "tone_indirect"):
        return DEFAULT_COUNTED_KINDS | {"indirect"}
    return DEFAULT_COUNTED_KINDS


def _shorten(text: str, limit: int = EVIDENCE_TEXT_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _score_quotes(quotes: list[Quote], warnings: list[str]) -> None:
    # A quote text that occurs twice in a document (a repeated quote) is scored once:
    # VADER's cost grows faster than the text's length, and the result is the same.
    scored: dict[str, dict[str, float] | None] = {}
    for index, quote in enumerate(quotes):
        text = quote.text
        if not isinstance(text, str):
            scores = _raw_scores(text)
        elif text in scored:
            earlier = scored[text]
            scores = dict(earlier) if earlier is not None else None  # each quote owns its dict
        else:
            scores = scored[text] = _raw_scores(text)
        if scores is None:
            warnings.append(f"tone: could not score quote {index}; scored as neutral")
            scores = _zero_scores()
        quote.tone = scores["compound"]
        quote.tone_scores = scores


def _group_counted(quotes: list[Quote], kinds: frozenset[str]) -> dict[str, list[int]]:
    """Speaker -> indexes of that speaker's counted quotes, in document order."""
    groups: dict[str, list[int]] = {}
    for index, quote in enumerate(quotes):
        if quote.speaker and quote.kind in kinds:
            groups.setdefault(quote.speaker, []).append(index)
    return groups


def _evidence(quotes: list[Quote], indexes: list[int]) -> list[dict[str, Any]]:
    count = len(indexes)
    items: list[dict[str, Any]] = []
    for index in indexes:
        compound = quotes[index].tone or 0.0
        items.append(
            {
                "quote": index,
                "text": _shorten(quotes[index].text or ""),
                "compound": compound,
                "pull": round(compound / count, DECIMALS),
            }
        )
    items.sort(key=lambda item: (-abs(item["pull"]), item["quote"]))
    return items


def speaker_tone(quotes: list[Quote], indexes: list[int]) -> SpeakerTone:
    """Aggregate the already scored ``quotes[i]`` for ``i`` in ``indexes`` (non-empty)."""
    values = [quotes[index].tone or 0.0 for index in indexes]
    mean = math.fsum(values) / len(values)
    spread = math.sqrt(math.fsum((value - mean) ** 2 for value in values) / len(values))
    compound = round(mean, DECIMALS)
    return SpeakerTone(
        compound=compound,
        label=label_for(compound),
        quotes=len(values),
        spread=round(spread, DECIMALS),
        evidence=_evidence(quotes, indexes),
    )


def analyze_tone(document: Document, report: Report) -> None:
    """Score every quote and set ``report.tone`` (replacing any earlier value)."""
    _score_quotes(report.quotes, report.warnings)
    groups = _group_counted(report.quotes, counted_kinds(document))
    report.tone = {
        speaker: speaker_tone(report.quotes, indexes) for speaker, indexes in groups.items()
    }


@hookimpl
def toolkit_register_analyzers(register: RegisterAnalyzer) -> None:
    register("tone", analyze_tone, order=200)
