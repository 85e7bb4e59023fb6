"""What a speaker is reported to have said, as statements to weigh for tone.

A quote record (``speaker``, ``text``, ``start``, ``end``, ``kind``, ``parts``)
becomes a :class:`Statement` here. Three things make the statements a fair
sample of the speaker's stance:

- **each once**: a quoted fragment that lies inside a reported statement of the
  same speaker (schema 1 lists ``"historical ties"`` both as a ``partial``
  quote and inside the ``indirect`` sentence around it) joins that statement
  instead of counting again; the very same text said again counts once;
- **a fragment read in its clause**: a short quoted fragment is scored with the
  words before its opening quotation mark in the same clause, so negation and
  contrast outside the marks apply (``nothing "too promising"``, ``not a
  "serious role"``);
- **length**: a statement weighs ``sqrt(words)`` (capped), so a two-word
  fragment counts less than a full sentence but a long speech does not drown
  everything else.

Both kind vocabularies are read: schema 1 (``direct``, ``partial``,
``indirect``) and schema 2 (``direct``, ``mixed``, ``indirect``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from toolkit.models import Quote

QUOTED_KINDS = frozenset({"direct", "partial", "mixed"})
REPORTED_KINDS = frozenset({"indirect"})
FRAGMENT_KINDS = frozenset({"partial", "mixed"})
MAX_WEIGHT_WORDS = 40  # a statement longer than this weighs no more
LEFT_CONTEXT_WORDS = 6  # words before a fragment's opening mark read with it
FRAGMENT_MAX_WORDS = 12  # a longer quoted part is a statement on its own

_WORD = re.compile(r"[\w’'-]+")
# A clause boundary: sentence punctuation, a colon or semicolon, or a comma;
# reading stops there so the left context stays in the fragment's clause.
_CLAUSE_END = re.compile(r"[.!?;:,\n]")


@dataclass
class Statement:
    """One thing a speaker said: the quotes it is made of and the text read."""

    index: int  # the main quote's index in report.quotes
    quote: Quote
    members: list[int] = field(default_factory=list)  # every quote index it stands for
    weight: float = 1.0
    score: float = 0.0


def counted_kinds(indirect: bool) -> frozenset[str]:
    return QUOTED_KINDS | REPORTED_KINDS if indirect else QUOTED_KINDS


def _left_context(text: str, start: int) -> str:
    """Up to ``LEFT_CONTEXT_WORDS`` words before ``start`` within the same clause."""
    before = _strip_marks(text[max(0, start - 200) : start])
    boundaries = list(_CLAUSE_END.finditer(before))
    clause = before[boundaries[-1].end() :] if boundaries else before
    words = _WORD.findall(clause)
    return " ".join(words[-LEFT_CONTEXT_WORDS:])


def _strip_marks(text: str) -> str:
    """``text`` without trailing white space and quotation marks (any Unicode quote)."""
    end = len(text)
    while end and (text[end - 1].isspace() or _is_quotation_mark(text[end - 1])):
        end -= 1
    return text[:end]


def _is_quotation_mark(char: str) -> bool:
    return char in "\"'" or unicodedata.category(char) in ("Pi", "Pf")


def reading_of(quote: Quote, document_text: str) -> str:
    """The text to score for ``quote``: a short fragment gets its clause's left context;
    a quote in several parts keeps the sentence breaks between them."""
    text = quote.text or ""
    if len(quote.parts) > 1:
        return _with_sentence_breaks(text, quote, document_text)
    if quote.kind not in FRAGMENT_KINDS or len(_WORD.findall(text)) > FRAGMENT_MAX_WORDS:
        return text
    start = quote.spans()[0][0]
    if not 0 < start <= len(document_text):
        return text
    context = _left_context(document_text, start)
    return f"{context} {text}".strip() if context else text


def _with_sentence_breaks(text: str, quote: Quote, document_text: str) -> str:
    """``text`` with the comma that ends a part before its attribution ('"... integrity,"
    he said. "Today, I'm ...') read as the full stop it stands for, when the next part
    opens a sentence (a capital letter): English moves a quoted sentence's full stop to a
    comma before "he said"; the parts joined keep the comma and lose the break."""
    for start, end in quote.parts[1:]:
        part = document_text[start:end].lstrip("\"'“‘ ")
        if not part[:1].isupper():
            continue
        at = text.find(part[:40])
        if at > 1 and text[at - 2 : at] == ", ":
            text = text[: at - 2] + ". " + text[at:]
    return text


# A fronted adverbial clause of time ("When the case came to court, he had no doubt
# ..."; "After the vote, ...") sets the scene; the main clause after its comma is what
# the statement asserts, and carries its stance.
_FRONTED_CLAUSE = re.compile(
    r"\W*(?:when|after|before|as soon as|once|since|while|until)\b[^,;:.!?]*,\s+",
    re.IGNORECASE,
)


def main_clause(reading: str) -> str:
    """``reading`` without a fronted adverbial clause of time, when a main clause of at least
    three words follows it."""
    found = _FRONTED_CLAUSE.match(reading)
    if found and len(reading[found.end() :].split()) >= 3:
        return reading[found.end() :]
    return reading


def word_weight(text: str) -> float:
    """``sqrt`` of the number of words (white-space separated), from 1 to the cap."""
    return math.sqrt(max(1, min(MAX_WEIGHT_WORDS, len(text.split()))))


def speaker_statements(quotes: list[Quote], indexes: list[int]) -> list[Statement]:
    """The statements of one speaker's counted quotes ``quotes[i]``, in document order."""
    if len(indexes) == 1:  # the usual case: one quote, one statement
        return [_statement(quotes, indexes[0])]
    hosts = _outermost_hosts(quotes, indexes)
    statements: dict[int, Statement] = {}
    owner: dict[int, int] = {}  # quote -> the statement it belongs to
    seen_texts: dict[str, int] = {}
    for index in sorted(indexes, key=lambda i: (i in hosts, i)):  # hosts before their guests
        quote = quotes[index]
        key = quote.text or ""
        host = owner[hosts[index]] if index in hosts else seen_texts.get(key)
        if host is not None:
            owner[index] = host
            statements[host].members.append(index)
            continue
        owner[index] = index
        statements[index] = _statement(quotes, index)
        seen_texts[key] = index
    for statement in statements.values():
        statement.members.sort()
    return [statements[i] for i in sorted(statements)]


def _outermost_hosts(quotes: list[Quote], indexes: list[int]) -> dict[int, int]:
    """Quote -> the quote of the same speaker that holds it (the longest one).

    One sweep in order of start: the quote reaching furthest so far holds every
    later-starting quote that ends within it (a quote with the very same span does
    not), or most of whose characters lie within it (``_mostly_within``).
    """
    hosts: dict[int, int] = {}
    reach: int | None = None
    for index in sorted(indexes, key=lambda i: (quotes[i].start, -quotes[i].end, i)):
        quote = quotes[index]
        if reach is not None:
            outer = quotes[reach]
            same_span = (outer.start, outer.end) == (quote.start, quote.end)
            if quote.end <= outer.end and not same_span:
                hosts[index] = reach
                continue
            if quote.start < outer.end:  # the two overlap: the one mostly inside joins
                if _mostly_within(quote, outer):
                    hosts[index] = reach
                    continue
                if _mostly_within(outer, quote):
                    for guest, host in list(hosts.items()):
                        if host == reach:
                            hosts[guest] = index
                    hosts[reach] = index
        if reach is None or quote.end > quotes[reach].end:
            reach = index
    return hosts


def _mostly_within(inner: Quote, outer: Quote) -> bool:
    """Whether more than half of ``inner``'s characters lie within ``outer``'s span: the
    same words said once, recorded twice (a reported sentence that runs into a direct
    quote of it)."""
    size = sum(end - start for start, end in inner.spans())
    shared = sum(
        max(0, min(end, outer.end) - max(start, outer.start)) for start, end in inner.spans()
    )
    return size > 0 and 2 * shared > size


def _statement(quotes: list[Quote], index: int) -> Statement:
    quote = quotes[index]
    return Statement(index, quote, [index], word_weight(quote.text or ""))
