"""Built-in tone family: the tone of a text, and of each speaker's remarks.

Flow (analyzer ``tone``, order 200, after ``quotes``):

1. every quote is scored (``analyzer._score_quotes``): ``quote.tone_scores``
   holds VADER's scores of its words (``vader``), ``quote.tone`` the
   statement's score: the default tone (``model``, a linear model over VADER
   features and words learned from human ratings) of what is read for it
   (``statements.reading_of``: a short fragment with its clause's left
   context), moved towards the stance of its cue verb (``stance``);
2. each speaker's counted quotes become statements (``statements``):
   everything reported, each once, weighted by length;
3. ``report.tone[speaker]``: the weighted mean, its label, spread and the
   evidence (``analyzer.speaker_tone``).

``toolkit.tone(text)`` reaches the same default tone through the
``tone_scorer`` components registered here (``learned``; ``vader`` as the
alternative). See docs/tone.md.
"""

from __future__ import annotations

from toolkit import hookimpl
from toolkit.hookspecs import RegisterAnalyzer, RegisterToneScorer

from .analyzer import (
    analyze_tone,
    counted_kinds,
    label_for,
    score_text,
    speaker_tone,
    text_tone,
    vader_tone,
)

__all__ = [
    "analyze_tone",
    "counted_kinds",
    "label_for",
    "score_text",
    "speaker_tone",
    "text_tone",
]


@hookimpl
def toolkit_register_analyzers(register: RegisterAnalyzer) -> None:
    register("tone", analyze_tone, order=200)


@hookimpl
def toolkit_register_tone_scorers(register: RegisterToneScorer) -> None:
    register("learned", text_tone)
    register("vader", vader_tone, priority=-10)
