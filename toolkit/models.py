"""Plain data passed between the pipeline and plugins.

Everything here is a dataclass with no behaviour beyond conversion to the
stable JSON structure documented in the README (``Report.to_dict``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

QUOTE_KINDS = ("direct", "partial", "indirect")


@dataclass
class Sentence:
    """One sentence: ``text == document.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Document:
    """A cleaned document as scorers and analyzers see it.

    ``text`` is the cleaned text; every offset plugins see points into it (the
    pipeline maps the report's offsets back to the input at the end).
    ``background`` holds statistics of a background collection (a
    ``toolkit.background.Background``: document frequencies for IDF-like
    weights) or None. ``cache`` is scratch space for plugins that derive the
    same data from the document (the built-in scorers share their sentence
    terms there); use keys prefixed with your plugin's name, and never change
    a value another plugin stored.
    """

    text: str
    sentences: list[Sentence]
    source: str | None = None
    title: str | None = None
    date: str | None = None
    background: Any = None
    options: dict[str, Any] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Quote:
    """A direct, partial or indirect (reported) quote.

    ``parts`` are the character spans of the quoted words (in the document
    text while analyzers run, in the input once the report is done), without
    the quotation marks: one span, or several for a
    split quote (``"A," he said, "B."`` has two). ``text`` is the parts'
    text joined with single spaces, so for a one-part quote
    ``document.text[start:end] == text``. ``start``/``end`` run from the
    first part's start to the last part's end.
    ``speaker`` is the canonical speaker name or None when unknown;
    ``mention`` is how the speaker was referred to at this quote ("he",
    "the Syrian leader"), ``cue`` the reporting verb if any.
    """

    text: str
    kind: str
    start: int
    end: int
    sentence_index: int
    speaker: str | None = None
    mention: str | None = None
    cue: str | None = None
    tone: float | None = None
    tone_scores: dict[str, float] = field(default_factory=dict)
    parts: list[tuple[int, int]] = field(default_factory=list)

    def spans(self) -> list[tuple[int, int]]:
        return list(self.parts) or [(self.start, self.end)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "kind": self.kind,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "parts": [[start, end] for start, end in self.spans()],
            "tone": self.tone,
            "tone_scores": dict(self.tone_scores),
            "mention": self.mention,
            "cue": self.cue,
        }


@dataclass
class Speaker:
    """A canonical speaker: the name used in quotes, the aliases seen, the quote count."""

    name: str
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"aliases": list(self.aliases), "quotes": self.quotes}


@dataclass
class SpeakerTone:
    """Aggregate tone of one speaker's quotes.

    ``compound`` is the mean compound score of the counted quotes, ``spread``
    their population standard deviation, ``label`` positive/negative/neutral.
    ``evidence`` lists the counted quotes (index into ``Report.quotes`` and
    their compound score), strongest pull first.
    """

    compound: float
    label: str
    quotes: int
    spread: float = 0.0
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "compound": self.compound,
            "label": self.label,
            "quotes": self.quotes,
            "spread": self.spread,
            "evidence": [dict(item) for item in self.evidence],
        }


@dataclass
class SummarySentence:
    index: int
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text, "score": self.score}


@dataclass
class Report:
    """Everything the toolkit found in one document.

    Once the pipeline has run, ``text`` is the text as given (for HTML: the
    extracted article text) and every offset (``sentences``, ``quotes`` start,
    end and parts) points into it: ``text[start:end]`` is the quoted text,
    white space aside. ``kept`` lists the spans of ``text`` the cleaners kept
    (the article without its page furniture); None means all of it.
    """

    source: str | None
    title: str | None
    date: str | None
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: dict[str, Speaker] = field(default_factory=dict)
    tone: dict[str, SpeakerTone] = field(default_factory=dict)
    scorer: str = ""
    warnings: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)
    # Spans of ``text`` (the input) that the cleaners kept; None: all of it.
    kept: list[tuple[int, int]] | None = None
    # The text came from an HTML page: offsets point into it, so the JSON includes it.
    text_in_output: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON structure (schema version in ``schema``)."""
        found = {
            "schema": SCHEMA_VERSION,
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "scorer": self.scorer,
            "summary": [s.to_dict() for s in self.summary],
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": {name: s.to_dict() for name, s in self.speakers.items()},
            "tone": {name: t.to_dict() for name, t in self.tone.items()},
            "warnings": list(self.warnings),
            "extras": dict(self.extras),
        }
        if self.text_in_output:
            found["text"] = self.text
        return found


@dataclass
class CleanedText:
    """The article of a page: ``text`` (cleaned), its ``title`` and ``date``,
    and the spans of the given text's lines that were ``kept`` and ``dropped``."""

    text: str
    title: str | None = None
    date: str | None = None
    kept: list[tuple[int, int]] = field(default_factory=list)
    dropped: list[tuple[int, int]] = field(default_factory=list)
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "text": self.text,
            "kept": [[start, end] for start, end in self.kept],
            "dropped": [[start, end] for start, end in self.dropped],
        }


# 2: offsets point into the input as given (1: into the cleaned text); "text" for HTML input
SCHEMA_VERSION = 2
