"""One record per attribution (JSON schema 2).

The extractors find quoted spans and reported clauses separately, so a partly
quoted statement (``Lee said the vote was "a disgrace."``) comes out as a
reported clause with a quoted phrase inside it. Here they become one record of
kind ``mixed`` whose ``fragments`` are the quoted phrases; a record that lies
inside another is folded into it, so no record lies inside another and no
words are counted twice. A quoted phrase with no reported clause around it
(``Lee called the plan "a disgrace."``) is a ``mixed`` record of its own, the
phrase being its one fragment, when it has a speaker or three words.
"""

from __future__ import annotations

from toolkit.models import Quote


def one_record_per_attribution(text: str, quotes: list[Quote]) -> list[Quote]:
    """Fold every record lying inside (or a quoted phrase running out of) another.

    ``text`` is the document text the offsets point into.
    """
    records: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        outer = _container(records, quote)
        if outer is None:
            records.append(quote)
        else:
            _absorb(outer, quote)
    records = [record for record in records if _says_something(record)]
    for record in records:
        if record.kind == "partial":
            record.kind = "mixed"
            record.fragments = list(record.spans())
        elif record.kind == "mixed":
            if (
                text[record.end : record.end + 1] in ",."
                and text[record.end + 1 : record.end + 2] in _CLOSING_MARKS
            ):
                record.end += 2  # 'may be "strategic,"': the comma inside the closing mark
            elif text[record.end : record.end + 1] in _CLOSING_MARKS:
                record.end += 1  # the mark closing its last fragment
            _text_from_parts(text, record)
    return records


def _text_from_parts(text: str, record: Quote) -> None:
    """A record's text is its parts joined ("A, according to Lee, B" has two parts);
    the last part runs to the record's end."""
    if len(record.parts) > 1:
        last_start = record.parts[-1][0]
        record.parts[-1] = (last_start, max(record.end, record.parts[-1][1]))
        record.text = " ".join(text[start:end] for start, end in record.parts)
    else:
        record.parts = [(record.start, record.end)]
        record.text = text[record.start : record.end]


_CLOSING_MARKS = frozenset('"”»’')


def _says_something(record: Quote) -> bool:
    """A quoted phrase standing alone is a record when someone says it or it is a phrase
    of three words or more; never a number, a date or a markup value."""
    if record.kind != "partial":
        return True
    if not any(c.isalpha() for c in record.text):
        return False
    return record.speaker is not None or len(record.text.split()) >= 3


def _container(records: list[Quote], quote: Quote) -> Quote | None:
    """The record ``quote`` belongs to: one containing it, or a reported clause that a
    quoted phrase starts inside and runs past (the clause was cut before its mark)."""
    for record in reversed(records):
        if record.end <= quote.start:
            if record.end < quote.start - 2:
                break
            continue
        if record.start <= quote.start and quote.end <= record.end:
            return record
        if quote.kind == "partial" and record.kind in {"indirect", "mixed"}:
            return record
    return None


def _absorb(outer: Quote, inner: Quote) -> None:
    if outer.speaker is None and inner.speaker is not None:
        outer.speaker, outer.mention = inner.speaker, inner.mention
        outer.cue = outer.cue or inner.cue
    if inner.kind == "indirect" or outer.kind == "direct":
        return  # a clause inside a report, or a report read inside a quotation
    if outer.kind == "partial":
        outer.fragments = list(outer.spans())
    outer.kind = "mixed"
    outer.fragments = sorted([*outer.fragments, *inner.spans()])
    if inner.end > outer.end:
        outer.end = inner.end
        outer.parts = [(outer.start, outer.end)]


__all__ = ["one_record_per_attribution"]
