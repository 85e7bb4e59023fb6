"""A quote found in the text before its speaker is resolved."""

from __future__ import annotations

from dataclasses import dataclass, field

from .speakers.mentions import Mention


@dataclass
class Candidate:
    """A quote before speaker resolution."""

    start: int
    end: int
    kind: str
    anchor: int
    mention: Mention | None = None
    cue: str | None = None
    standalone: bool = False
    inherits: bool = False
    parts: list[tuple[int, int]] = field(default_factory=list)
    sentence_start: int = 0
    attribution_end: int = -1
