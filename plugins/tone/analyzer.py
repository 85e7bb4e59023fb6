"""The tone analyzer: a score for every quote, a tone for every speaker.

Every quote in ``report.quotes`` gets ``quote.tone_scores`` (VADER's
``compound``/``pos``/``neu``/``neg`` of its words) and ``quote.tone``, the
statement score: the default tone (``model.predict``) of what is read for the
quote (``statements.reading_of``: a short fragment with its clause's left
context), moved by its speech acts and its cue verb's stance
(``stance.statement_score``). A text read twice in a document is scored once.

``report.tone`` maps each canonical speaker to a :class:`SpeakerTone` over their
statements (``statements.speaker_statements``: every counted quote once, a
fragment inside a reported statement joining it):

- ``compound``: the mean statement score, each weighted by ``sqrt(words)``
  (capped), so a two-word fragment counts less than a sentence. A mean, not the
  score of everything glued together, which would saturate towards +-1.
- ``label``: ``positive``/``negative`` at or beyond the edges of the neutral
  band (``model.neutral_band``, learned from news narration), else ``neutral``.
- ``spread``: weighted population standard deviation of the statement scores.
- ``evidence``: every statement, strongest ``abs(pull)`` first, with its own
  score, weight and ``pull = score * weight / sum(weights)`` (the pulls sum to
  ``compound``).

Counted kinds: everything reported (``direct``, ``partial``/``mixed``,
``indirect``) unless the ``tone_indirect`` option is False (direct quotes
only). A speaker with no counted statement gets no entry; all scores are
rounded to 4 decimals; the analyzer never raises.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from toolkit.models import Document, Quote, Report, SpeakerTone

from .frame import frame_valence
from .model import neutral_band, predict, words
from .senses import read_senses
from .stance import cue_stance, statement_score
from .statements import (
    Statement,
    main_clause,
    reading_of,
    speaker_statements,
)
from .statements import (
    counted_kinds as statement_kinds,
)
from .vader import polarity_scores

EVIDENCE_TEXT_LIMIT = 80
DECIMALS = 4

_SCORE_KEYS = ("compound", "pos", "neu", "neg")
_RUNS_OF_SPACE = re.compile(r"\s\s|[^\S ]")  # two white-space characters, or one not a space


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
    return _rounded(scores)


def score_text(text: str) -> dict[str, float]:
    """VADER ``compound``/``pos``/``neu``/``neg`` of ``text``, rounded; never raises.

    Blank text (and text VADER cannot handle) scores 0.0 on every key.
    """
    return _raw_scores(text) or _zero_scores()


def label_for(compound: float) -> str:
    """``positive``/``negative`` at or beyond the neutral band's edges, else ``neutral``."""
    low, high = neutral_band()
    if compound >= high:
        return "positive"
    if compound <= low:
        return "negative"
    return "neutral"


def _option(options: Any, name: str) -> Any:
    """Read an option from a dict or from an options object."""
    if isinstance(options, Mapping):
        return options.get(name)
    return getattr(options, name, None)


def counted_kinds(document: Document) -> frozenset[str]:
    """Quote kinds that enter the per-speaker tone for this document.

    Everything the speaker is reported to have said, unless the ``tone_indirect``
    option is explicitly false (``--tone-direct-only``): then quoted words only.
    """
    return statement_kinds(_option(document.options, "tone_indirect") is not False)


def _shorten(text: str, limit: int = EVIDENCE_TEXT_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    if len(text) <= limit and not _RUNS_OF_SPACE.search(text):
        return text
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _score_quotes(
    quotes: list[Quote], text: str, warnings: list[str], guests: Mapping[int, int] | None = None
) -> None:
    """VADER's scores in ``quote.tone_scores``; the statement score in ``quote.tone``
    (for a quote in ``guests``, the score of the statement it joined)."""
    guests = guests or {}
    # Each distinct text (a quote, or what is read for it: mostly the same) runs
    # through VADER once per document; the model reuses those scores.
    vader: dict[str, dict[str, float] | None] = {}
    read: dict[tuple[str, str | None, float], float] = {}

    def vader_of(words: str) -> dict[str, float] | None:
        if words not in vader:
            try:
                vader[words] = polarity_scores(words)
            except Exception:  # a scorer bug must not take the whole report down
                vader[words] = None
        return vader[words]

    for index, quote in enumerate(quotes):
        raw = quote.text
        if not isinstance(raw, str) or not raw.strip():
            quote.tone_scores, quote.tone = _zero_scores(), 0.0
            continue
        scores = vader_of(raw)
        if scores is None:
            warnings.append(f"tone: could not score quote {index}; scored as neutral")
        quote.tone_scores = _ordered(scores) if scores is not None else _zero_scores()
        if index in guests:
            continue
        reading = main_clause(read_senses(reading_of(quote, text)))
        # the frame counts only where the cue verb carries no stance of its own
        frame = 0.0 if cue_stance(quote.cue) else frame_valence(text, quote.start, quote.end)
        key = (reading, quote.cue, frame)
        if key not in read:
            reading_scores = vader_of(reading)
            found = words(reading)
            base = predict(reading, reading_scores, found) if reading_scores is not None else 0.0
            score = statement_score(base, quote.cue, reading, found, frame)
            read[key] = round(score, DECIMALS)
        quote.tone = read[key]
    for guest, host in guests.items():
        quotes[guest].tone = quotes[host].tone


def _rounded(scores: Mapping[str, float]) -> dict[str, float]:
    return {key: round(float(scores.get(key, 0.0)), DECIMALS) for key in _SCORE_KEYS}


def _ordered(scores: Mapping[str, float]) -> dict[str, float]:
    """VADER's four scores in this module's key order: ``polarity_scores`` rounds them
    already (to 3 and 4 decimals), so rounding again to ``DECIMALS`` changes nothing."""
    return {key: scores[key] for key in _SCORE_KEYS}


def _group_counted(quotes: list[Quote], kinds: frozenset[str]) -> dict[str, list[int]]:
    """Speaker -> indexes of that speaker's counted quotes, in document order."""
    groups: dict[str, list[int]] = {}
    for index, quote in enumerate(quotes):
        if quote.speaker and quote.kind in kinds:
            groups.setdefault(quote.speaker, []).append(index)
    return groups


def _evidence(statements: list[Statement], total: float) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for statement in statements:
        items.append(
            {
                "quote": statement.index,
                "quotes": list(statement.members),
                "kind": statement.quote.kind,
                "cue": statement.quote.cue,
                "text": _shorten(statement.quote.text or ""),
                "compound": statement.score,  # already rounded
                "weight": round(statement.weight, DECIMALS),
                "pull": round(statement.score * statement.weight / total, DECIMALS),
            }
        )
    items.sort(key=lambda item: (-abs(item["pull"]), item["quote"]))
    return items


def speaker_tone(
    quotes: list[Quote], indexes: list[int], statements: list[Statement] | None = None
) -> SpeakerTone:
    """Aggregate the already scored ``quotes[i]`` for ``i`` in ``indexes`` (non-empty)."""
    if statements is None:
        statements = speaker_statements(quotes, indexes)
    for statement in statements:
        statement.score = statement.quote.tone or 0.0
    total = math.fsum(s.weight for s in statements)
    mean = math.fsum(s.score * s.weight for s in statements) / total
    spread = math.sqrt(math.fsum(s.weight * (s.score - mean) ** 2 for s in statements) / total)
    compound = round(mean, DECIMALS)
    return SpeakerTone(
        compound=compound,
        label=label_for(compound),
        quotes=len(statements),
        spread=round(spread, DECIMALS),
        evidence=_evidence(statements, total),
    )


def analyze_tone(document: Document, report: Report) -> None:
    """Score every quote and set ``report.tone`` (replacing any earlier value)."""
    quotes = report.quotes
    groups = _group_counted(quotes, counted_kinds(document))
    statements = {
        speaker: speaker_statements(quotes, indexes) for speaker, indexes in groups.items()
    }
    # A quote that joined another's statement (a fragment inside a reported
    # statement, the same words again) takes that statement's score.
    guests = {
        member: statement.index
        for found in statements.values()
        for statement in found
        for member in statement.members
        if member != statement.index
    }
    _score_quotes(quotes, document.text, report.warnings, guests)
    report.tone = {
        speaker: speaker_tone(quotes, groups[speaker], found)
        for speaker, found in statements.items()
    }
    # The band the labels use, for renderers (the html report colours by it).
    report.extras["tone"] = {"neutral_band": list(neutral_band())}


def text_tone(text: str) -> float:
    """The default tone of a text in [-1, 1]: the learned model (``model``)."""
    return predict(text) if isinstance(text, str) else 0.0


def vader_tone(text: str) -> float:
    """VADER's compound score of a text (0.0 for blank text)."""
    return score_text(text)["compound"]
