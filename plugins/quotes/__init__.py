"""Built-in quotes analyzer: every attribution (direct, mixed, indirect) with its speaker.

Registers analyzer ``quotes`` (order 100). ``analyze_quotes`` fills
``report.quotes`` (document order) and ``report.speakers`` (canonical name ->
``Speaker``). A split quote (``"A," he said, "B."``) is one ``Quote`` with
two ``parts`` (the spans of A and B); its ``text`` is the two joined with a
space, without the interrupting attribution. A partly quoted statement is one
``mixed`` record whose ``fragments`` are its quoted phrases; no record lies
inside another (``records.py``).
Pure Python and linear-time regular expressions; see docs/quotes.md.

How a document flows through the package::

    text --text.tokens--> tokens (once)
         --speakers.reading--> every personal name, into the entity registry
         --marks--> quoted spans --direct--> direct/partial candidates
                                   (partial: phrases inside a sentence)
         --indirect--> reported-speech candidates ("X said that ...")
    candidates --speakers.resolve--> one canonical speaker each --> report

``cues`` finds reporting verbs (word lists in ``reporting_verbs``),
``context`` reads the words around a quote or a verb (``verb_subjects``: who
controls a coordinated verb, participle or infinitive; ``noun_phrases``: word-level
noun-phrase tests), ``candidate`` is a quote
before its speaker is known; ``speakers/`` holds the entity registry. Reported
speech is read by ``indirect`` (after the verb: ``clauses`` and ``complements``
say where the clause starts), ``trailing`` (content before the attribution) and
``embedded`` (relative clauses, Title Case headlines); ``records`` folds the
results into one record per attribution.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from typing import Any

from toolkit import hookimpl
from toolkit.hookspecs import RegisterAnalyzer
from toolkit.models import Document, Quote, Report, Speaker

from ..text.quotation_marks import UNAMBIGUOUS_MARKS
from ..text.tokens import TokenIndex, tokenize_columns
from .boundaries import Boundaries
from .candidate import Candidate
from .cues import CUE_WORDS
from .direct import classify_span
from .indirect import find_indirect
from .marks import find_quote_spans, plain_double_marks
from .records import one_record_per_attribution
from .speakers.entities import Entity, EntityRegistry
from .speakers.reading import read_names
from .speakers.resolve import Resolver


@hookimpl
def toolkit_register_analyzers(register: RegisterAnalyzer) -> None:
    register("quotes", analyze_quotes, order=100)


def analyze_quotes(document: Document, report: Report) -> None:
    """Fill ``report.quotes`` and ``report.speakers`` from ``document``."""
    text = plain_double_marks(document.text)  # same offsets; quote texts come from the original
    user_speakers = _user_speakers(document.options.get("speakers"))
    only_user = bool(document.options.get("only_speakers")) and bool(user_speakers)
    sentence_spans = [(s.start, s.end) for s in document.sentences] or [(0, len(text))]

    index = TokenIndex.of_columns(tokenize_columns(text))
    candidates, registry = extract_candidates(text, sentence_spans, user_speakers, index)
    if not candidates:  # no quote: no speaker either (the resolver reads the whole text)
        report.quotes, report.speakers = [], {}
        return
    resolver = Resolver(text, registry, sentence_spans, index.tokens, index.starts)
    resolver.speaking_names = {c.mention.name for c in candidates if c.mention is not None}
    resolved = [(c, resolver.resolve(c)) for c in candidates]

    starts = [start for start, _ in sentence_spans]
    quotes: list[Quote] = []
    sources: dict[int, tuple[Entity, Candidate]] = {}
    for candidate, entity in resolved:
        if only_user and (entity is None or not entity.user_aliases):
            continue
        quote = _to_quote(document.text, candidate, entity, starts)
        quotes.append(quote)
        if entity is not None:
            sources[id(quote)] = (entity, candidate)
    quotes = one_record_per_attribution(document.text, quotes)
    speakers: dict[str, Speaker] = {}
    for quote in quotes:
        source = sources.get(id(quote))
        if source is not None and source[0].canonical == quote.speaker:
            _count(speakers, *source)
        elif quote.speaker is not None:
            _count_absorbed(speakers, quote, sources)
    report.quotes = quotes
    report.speakers = speakers


def extract_candidates(
    text: str,
    sentence_spans: list[tuple[int, int]],
    user_speakers: Mapping[str, Sequence[str]] | None = None,
    index: TokenIndex | None = None,
) -> tuple[list[Candidate], EntityRegistry]:
    """Quotes (not yet resolved to speakers) in document order, and the name registry.

    ``index`` holds the document's tokens when the caller has them already.
    """
    index = index if index is not None else TokenIndex.of_columns(tokenize_columns(text))
    tokens = index.tokens
    spans = find_quote_spans(text)
    quoted = sorted((s.open_mark, (s.close_mark or s.end) + 1) for s in spans)
    registry = EntityRegistry(user_speakers)

    boundaries = Boundaries(text, tokens, index.words, index.starts) if spans else None
    direct = [classify_span(text, tokens, index, span, boundaries) for span in spans]
    direct = _merge_split(text, [c for c in direct if c.kind != "none"])
    indirect = find_indirect(text, tokens, index, sentence_spans, quoted)
    indirect = [c for c in indirect if not _is_one_quote(c, quoted)]
    _partials_follow_reports(direct, indirect)
    candidates = sorted(direct + indirect, key=lambda c: (c.start, c.end))
    if candidates:  # names are only needed to resolve speakers
        read_names(text, tokens, registry, quoted, index.words, index.lowers)
    return candidates, registry


def _partials_follow_reports(direct: list[Candidate], indirect: list[Candidate]) -> None:
    """A quoted phrase inside a reported statement is attributed like that statement."""
    starts = [report.start for report in indirect]
    for candidate in direct:
        if candidate.kind != "partial":
            continue
        at = bisect.bisect_right(starts, candidate.start) - 1
        if at < 0 or indirect[at].end < candidate.end:
            continue
        report = indirect[at]
        candidate.mention, candidate.cue = report.mention, report.cue
        candidate.inherits, candidate.anchor = report.inherits, report.anchor
        candidate.sentence_start = report.sentence_start


def _is_one_quote(candidate: Candidate, quoted: list[tuple[int, int]]) -> bool:
    """Is a reported clause exactly one quoted span ("he added that "...."")?"""
    at = bisect.bisect_right(quoted, (candidate.start, float("inf"))) - 1
    return at >= 0 and quoted[at][0] == candidate.start and quoted[at][1] >= candidate.end


def _merge_split(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Join a quote interrupted by its attribution into one quote.

    '"A," he said, "B."' (B continues the same sentence) and '"A," he said. "B."'
    (B stands alone right after the attribution sentence, in the same paragraph).
    """
    merged: list[Candidate] = []
    for candidate in candidates:
        previous = merged[-1] if merged else None
        if previous is not None and _continues(text, previous, candidate):
            previous.end = candidate.end
            previous.parts.extend(candidate.parts)
            continue
        merged.append(candidate)
    return merged


def _continues(text: str, previous: Candidate, candidate: Candidate) -> bool:
    if previous.kind != "direct" or candidate.kind == "none" or previous.attribution_end < 0:
        return False
    gap = text[previous.attribution_end : candidate.start]
    if "\n" in gap or len(gap) > 200 or any(mark in gap[:-1] for mark in UNAMBIGUOUS_MARKS):
        return False
    words = gap.lower().split()
    if len(words) > _MAX_GAP_WORDS and any(word.strip(",.;:") in CUE_WORDS for word in words):
        return False  # '"A," Lee said, noting that the toll rose. "B."': a report between
    same_speaker = (
        candidate.mention is not None
        and previous.mention is not None
        and candidate.mention.start == previous.mention.start
    )
    if same_speaker:
        return not any(ch in gap for ch in ".!?")
    return (
        candidate.kind == "direct"
        and candidate.standalone
        and gap[:-1].rstrip()[-1:] in {".", "!", "?"}
    )


_MAX_GAP_WORDS = 4


def _to_quote(text: str, candidate: Candidate, entity: Entity | None, starts: list[int]) -> Quote:
    sentence_index = max(0, bisect.bisect_right(starts, candidate.start) - 1)
    parts = [_whole_marks(text, start, end) for start, end in candidate.parts] or [
        _whole_marks(text, candidate.start, candidate.end)
    ]
    return Quote(
        text=" ".join(text[start:end] for start, end in parts),
        parts=parts,
        kind=candidate.kind,
        start=min(candidate.start, parts[0][0]),
        end=max(candidate.end, parts[-1][1]),
        sentence_index=sentence_index,
        speaker=entity.canonical if entity is not None else None,
        mention=candidate.mention.surface if candidate.mention is not None else None,
        cue=candidate.cue,
    )


def _whole_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that cuts a two-character mark (''…'', ``…'') in half takes all of it."""
    if start > 0 and text[start - 1 : start + 1] in _TWO_CHARACTER_MARKS:
        start -= 1
    if text[end - 1 : end + 1] == "''":
        end += 1
    return start, end


_TWO_CHARACTER_MARKS = ("''", "``")


def _count(speakers: dict[str, Speaker], entity: Entity, candidate: Candidate) -> None:
    speaker = speakers.get(entity.canonical)
    if speaker is None:
        speaker = speakers[entity.canonical] = Speaker(entity.canonical)
        for name in sorted(entity.names, key=lambda name: (-len(name), name)):
            if name != entity.canonical:
                speaker.aliases.append(name)
    speaker.quotes += 1
    surface = candidate.mention.surface if candidate.mention is not None else None
    seen = {entity.canonical.casefold(), *(alias.casefold() for alias in speaker.aliases)}
    if surface and surface.casefold() not in seen:  # "He" at a sentence start is "he"
        speaker.aliases.append(surface)


def _count_absorbed(
    speakers: dict[str, Speaker], quote: Quote, sources: dict[int, tuple[Entity, Candidate]]
) -> None:
    """Count a record whose speaker came from a record folded into it."""
    for entity, candidate in sources.values():
        if entity.canonical == quote.speaker:
            _count(speakers, entity, candidate)
            return


def _user_speakers(value: Any) -> dict[str, list[str]]:
    """The ``speakers`` option as canonical name -> aliases (strings are comma-split)."""
    if not value:
        return {}
    result: dict[str, list[str]] = {}
    for canonical, aliases in dict(value).items():
        if isinstance(aliases, str):
            aliases = aliases.split(",")
        result[str(canonical).strip()] = [str(a).strip() for a in aliases or () if str(a).strip()]
    return result


__all__ = ["analyze_quotes", "extract_candidates"]
