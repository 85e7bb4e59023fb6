"""The statements of a whole collection, aggregated as documents arrive.

Memory stays flat in the number of documents: each document's digest
(``toolkit.statements``) is folded into per-name counters, and its statements
go to a temporary spool file (one pickled record each: the file is this
process's own), remembered only by their offsets. When every document is
in, the names are merged into people (``toolkit.people``) and each person's
statements are read back from the spool, one person at a time.
"""

from __future__ import annotations

import json
import math
import pickle
import tempfile
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from toolkit.people import NameUnit, Row, merge_names, normalise
from toolkit.statements import Digest

KIND_COLUMNS = ("direct", "mixed", "partial", "indirect")


@dataclass
class PersonStatement:
    """A statement as the collection outputs give it; ``encoded`` is its JSON object
    (``toolkit.statements.encode``), spliced into the outputs as it is."""

    order: int  # the document's place in the input
    document: str
    date: str | None
    kind: str
    tone: float | None
    encoded: str

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = json.loads(self.encoded)
        return record


@dataclass
class DocumentTone:
    document: str
    date: str | None
    mean: float
    statements: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "date": self.date,
            "mean": self.mean,
            "statements": self.statements,
        }


@dataclass
class Person:
    """One row of the collection with everything about it."""

    rank: int
    name: str
    kind: str
    statements: list[PersonStatement]
    names: Counter[str] = field(default_factory=Counter)
    descriptions: Counter[str] = field(default_factory=Counter)

    @property
    def documents(self) -> int:
        return len({s.order for s in self.statements})

    def kinds(self) -> Counter[str]:
        return Counter(s.kind for s in self.statements)

    def dates(self) -> list[str]:
        return sorted({s.date for s in self.statements if s.date})

    def tone_scores(self) -> list[float]:
        return [s.tone for s in self.statements if s.tone is not None]

    def tone_mean(self) -> float | None:
        scores = self.tone_scores()
        return round(_mean(scores), 4) if scores else None

    def tone_spread(self) -> float | None:
        """Population standard deviation of the scored statements."""
        scores = self.tone_scores()
        if not scores:
            return None
        mean = _mean(scores)
        return round(math.sqrt(_mean([(s - mean) ** 2 for s in scores])), 4)

    def tone_by_document(self) -> list[DocumentTone]:
        """Mean tone of the person's scored statements in each document, by date
        (undated documents last, in input order)."""
        grouped: dict[int, list[PersonStatement]] = {}
        for statement in self.statements:
            if statement.tone is not None:
                grouped.setdefault(statement.order, []).append(statement)
        values = [
            DocumentTone(
                group[0].document,
                group[0].date,
                round(_mean([s.tone for s in group if s.tone is not None]), 4),
                len(group),
            )
            for _, group in sorted(grouped.items())
        ]
        return sorted(values, key=lambda value: (value.date is None, value.date or ""))


def _mean(values: list[float]) -> float:
    return math.fsum(values) / len(values)


class Collection:
    """Folds document digests in, then yields the people."""

    def __init__(self) -> None:
        self._spool: IO[bytes] = tempfile.TemporaryFile()
        self._units: dict[tuple[str, frozenset[str]], int] = {}
        self._unit_list: list[NameUnit] = []
        self._offsets: list[array[int]] = []
        self.documents = 0
        self.failed = 0
        self.undated = 0
        self.with_statements = 0
        self.statements = 0
        self.unattributed = 0
        self._rows: list[Row] | None = None

    def add_failure(self) -> None:
        self.documents += 1
        self.failed += 1

    def add(self, digest: Digest) -> None:
        order = self.documents
        self.documents += 1
        self.undated += digest.date is None
        self.with_statements += bool(digest.records)
        self.unattributed += digest.unattributed
        seen_units: set[int] = set()
        for speaker, kind, tone, encoded in digest.records:
            seen = digest.speakers.get(speaker)
            runs = seen.runs if seen is not None else frozenset()
            index = self._unit(speaker, runs)
            unit = self._unit_list[index]
            unit.statements += 1
            if index not in seen_units and seen is not None:
                seen_units.add(index)
                unit.documents += 1
                unit.personal += seen.personal_pronoun
                unit.neuter += seen.neuter_pronoun
                unit.plural += seen.plural_pronoun
                if seen.gender:
                    unit.genders[seen.gender] += 1
                if seen.kind:
                    unit.declared[seen.kind] += 1
                unit.names.update(seen.names)
                unit.descriptions.update(seen.descriptions)
            if self._rows is not None:
                raise RuntimeError("a document added after the rows were read")
            self._offsets[index].append(self._spool.tell())
            record = (order, digest.key, digest.date, kind, tone, encoded)
            pickle.dump(record, self._spool, protocol=pickle.HIGHEST_PROTOCOL)
            self.statements += 1

    def _unit(self, name: str, runs: frozenset[str]) -> int:
        key = (name, runs)
        index = self._units.get(key)
        if index is None:
            index = self._units[key] = len(self._unit_list)
            self._unit_list.append(NameUnit(name, runs))
            self._offsets.append(array("q"))
        return index

    def rows(self) -> list[Row]:
        """The merged rows (computed once, when every document is in)."""
        if self._rows is None:
            self._rows = merge_names(self._unit_list)
        return self._rows

    def people(self, limit: int | None = None) -> Iterator[Person]:
        """Every row with its statements (in input order), most statements first."""
        for rank, row in enumerate(self.rows()[:limit], 1):
            yield self._person(rank, row)

    def _person(self, rank: int, row: Row) -> Person:
        offsets = sorted(o for i in row.units for o in self._offsets[i])
        person = Person(rank, row.name, row.kind, [self._read(o) for o in offsets])
        for index in row.units:
            person.names.update(self._unit_list[index].names)
            person.descriptions.update(self._unit_list[index].descriptions)
            unit = self._unit_list[index]
            person.names[normalise(unit.name)] += unit.documents
        return person

    def _read(self, offset: int) -> PersonStatement:
        if self._spool.tell() != offset:  # a row's statements are mostly consecutive
            self._spool.seek(offset)
        return PersonStatement(*pickle.load(self._spool))

    def close(self) -> None:
        self._spool.close()

    def summary(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "failed": self.failed,
            "undated": self.undated,
            "with_statements": self.with_statements,
            "statements": self.statements,
            "unattributed": self.unattributed,
        }
