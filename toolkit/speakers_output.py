"""``toolkit speakers`` outputs: CSV (one row per person), JSON (one document,
schema below) and JSON Lines (one statement per line). Each is written person
by person, so memory does not grow with the collection.

JSON schema (``"schema": 1``, documented in docs/speakers.md)::

    {"schema": 1, "kind": "toolkit-speakers",
     "collection": {"documents", "failed", "undated", "with_statements",
                    "statements", "unattributed"},
     "people": [{"rank", "name", "kind", "statements", "documents",
                 "kinds": {kind: count}, "first_date", "last_date",
                 "tone": {"mean", "spread", "scored",
                          "by_document": [{"document", "date", "mean", "statements"}]},
                 "names": [{"name", "documents"}],
                 "descriptions": [{"description", "documents"}],
                 "quotes": [{"document", "date", "kind", "text", "tone",
                             "sentence_index", "sentence", "start", "end",
                             "speaker_as"}]}]}
"""

from __future__ import annotations

import csv
import io
import json
from typing import IO, Any

from toolkit.collection import KIND_COLUMNS, Collection, Person

SCHEMA_VERSION = 1
CSV_COLUMNS = (
    "rank", "name", "kind", "statements", "documents", *KIND_COLUMNS, "other_kinds",
    "first_date", "last_date", "tone_mean", "tone_spread", "tone_scored", "names",
    "descriptions",
)  # fmt: skip


def _ranked(counter: Any) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda pair: (-pair[1], pair[0].casefold()))


def person_record(person: Person) -> dict[str, Any]:
    """A row of the JSON output without its ``quotes`` (see :func:`person_json`)."""
    dates = person.dates()
    record: dict[str, Any] = {
        "rank": person.rank,
        "name": person.name,
        "kind": person.kind,
        "statements": len(person.statements),
        "documents": person.documents,
        "kinds": dict(sorted(person.kinds().items())),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "tone": {
            "mean": person.tone_mean(),
            "spread": person.tone_spread(),
            "scored": len(person.tone_scores()),
            "by_document": [value.to_dict() for value in person.tone_by_document()],
        },
        "names": [{"name": n, "documents": c} for n, c in _ranked(person.names)],
        "descriptions": [
            {"description": d, "documents": c} for d, c in _ranked(person.descriptions)
        ],
    }
    return record


def person_json(person: Person) -> str:
    """The row as JSON, its statements spliced in as they were encoded."""
    head = json.dumps(person_record(person), ensure_ascii=False)
    quotes = ", ".join(statement.encoded for statement in person.statements)
    return f'{head[:-1]}, "quotes": [{quotes}]}}'


def csv_row(person: Person) -> list[Any]:
    kinds = person.kinds()
    dates = person.dates()
    other = sum(count for kind, count in kinds.items() if kind not in KIND_COLUMNS)
    return [
        person.rank,
        person.name,
        person.kind,
        len(person.statements),
        person.documents,
        *(kinds.get(kind, 0) for kind in KIND_COLUMNS),
        other,
        dates[0] if dates else "",
        dates[-1] if dates else "",
        "" if person.tone_mean() is None else person.tone_mean(),
        "" if person.tone_spread() is None else person.tone_spread(),
        len(person.tone_scores()),
        "; ".join(name for name, _ in _ranked(person.names)),
        "; ".join(text for text, _ in _ranked(person.descriptions)),
    ]


def write_csv(collection: Collection, out: IO[str]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for person in collection.people():
        writer.writerow(csv_row(person))
        out.write(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()


def write_json(collection: Collection, out: IO[str]) -> None:
    head = {"schema": SCHEMA_VERSION, "kind": "toolkit-speakers"}
    out.write(json.dumps(head, ensure_ascii=False)[:-1])
    out.write(', "collection": ' + json.dumps(collection.summary()) + ', "people": [')
    for number, person in enumerate(collection.people()):
        out.write(("," if number else "") + "\n")
        out.write(person_json(person))
    out.write("\n]}\n")


def write_jsonl(collection: Collection, out: IO[str]) -> None:
    for person in collection.people():
        head = '{"person": ' + json.dumps(person.name, ensure_ascii=False) + ", "
        for statement in person.statements:
            out.write(head + statement.encoded[1:] + "\n")
