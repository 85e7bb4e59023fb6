"""One canonical speaker: a person, an organisation or a group, with every name,
surname and descriptor the article gives them and where it mentions them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Entity:
    canonical: str
    kind: str  # person, group
    surnames: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    gender: str | None = None
    # Known by one bare word only ("China said", "Banksy said"): maybe a place or a
    # company; a he/she takes it only once a title, role or pronoun made it a person.
    bare: bool = False
    user_aliases: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    # The registry's mentions of everyone, (position, order), kept sorted by seen_at,
    # and this entity's place in the registry: who was mentioned in a window is then
    # a slice, not a scan of every entity (a long text can name thousands).
    timeline: list[tuple[int, int]] | None = field(default=None, compare=False, repr=False)
    order: int = field(default=-1, compare=False, repr=False)

    def seen_at(self, position: int) -> None:
        bisect.insort(self.positions, position)
        if self.timeline is not None:
            bisect.insort(self.timeline, (position, self.order))

    def last_before(self, position: int) -> int:
        """The last mention position before ``position`` (-1 if none)."""
        index = bisect.bisect_left(self.positions, position)
        return self.positions[index - 1] if index else -1
