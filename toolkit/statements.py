"""One document's statements, as ``toolkit speakers`` needs them: a small digest
made where the document is processed (a worker process or a Dask worker), so
only the digest, never the report, travels back and is aggregated.

Quote records are read through :func:`read_statement`, the one place that knows
the record vocabularies: JSON schema 1 (kinds direct/partial/indirect, ``tone``
a number) and schema 2 (kinds direct/mixed/indirect, quoted fragments of a mixed
record in ``fragments``/``quoted``, per-statement scores that may be a number or
an object with ``compound``/``score``). Speakers are read through
:func:`read_speaker`: schema 1 lists ``aliases``; schema 2 lists ``names`` and
``descriptions``.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from typing import Any

from toolkit.models import Report

PRONOUNS = frozenset(
    "he she him her his it its they them their i we you".split()
)  # grammar, not names: how a text refers back to a speaker
_PERSONAL = frozenset({"he", "she", "him", "her", "his"})
# Grammatical gender of how a speaker is referred to: pronouns and honorifics.
_MALE = frozenset({"he", "him", "his", "mr", "mr."})
_FEMALE = frozenset({"she", "her", "hers", "mrs", "mrs.", "ms", "ms.", "miss"})
_DETERMINERS = ("the ", "a ", "an ")
# A run of capitalised words (with initials and hyphenated or apostrophised names):
# "President Donald J. Trump", "Ahmed al-Sharaa" (a lower-case particle joined by a hyphen).
_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|[a-z]{1,3}-[A-Z][\w'’-]*)"
_RUN = re.compile(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}")
_POSSESSIVE = re.compile(r"['’]s$")
MAX_RUNS = 400  # per short name: a pasted archive naming thousands of people stays linear


@dataclass(frozen=True)
class Statement:
    """One attributed statement, in the vocabulary of the collection outputs."""

    speaker: str
    kind: str
    text: str
    tone: float | None
    sentence_index: int
    sentence: str
    start: int
    end: int


@dataclass
class SpeakerSeen:
    """How one document refers to one of its speakers."""

    names: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    personal_pronoun: bool = False  # referred to as he/she: a person
    neuter_pronoun: bool = False  # referred to as it: an organisation or thing
    plural_pronoun: bool = False  # referred to as they: a group
    runs: frozenset[str] = frozenset()  # capitalised runs of the text containing a short name
    kind: str | None = None  # person / organisation / group, when the report says
    gender: str | None = None  # "male" / "female" from pronouns and honorifics, if they agree


# (speaker, kind, tone, the statement as the JSON object the outputs write): encoded
# where the document is processed, so the collection only stores and splices it.
Record = tuple[str, str, "float | None", str]


@dataclass
class Digest:
    """What the collection keeps of one document."""

    source: str
    id: str | None
    date: str | None
    title: str | None
    records: list[Record] = field(default_factory=list)
    speakers: dict[str, SpeakerSeen] = field(default_factory=dict)
    unattributed: int = 0

    @property
    def key(self) -> str:
        return self.id if self.id is not None else self.source


def _score(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("compound", value.get("score"))
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return None
    return float(value)


# where a quote record keeps its tone: the score, else its scores' compound
_TONE_FIELDS = {"tone": 0, "tone_scores": 1}


def read_statement(record: dict[str, Any], sentences: list[str]) -> Statement | None:
    """A quote record of JSON schema 1 or 2 as a :class:`Statement` (None when it
    has no speaker). ``sentences`` are the document's sentence texts."""
    speaker = record.get("speaker")
    if not isinstance(speaker, str) or not speaker.strip():
        return None
    fields = sorted((_TONE_FIELDS[key], key) for key in record if key in _TONE_FIELDS)
    scores = (_score(record[key]) for _, key in fields)
    tone = next((score for score in scores if score is not None), None)
    index = record.get("sentence_index")
    index = index if isinstance(index, int) and 0 <= index < len(sentences) else -1
    return Statement(
        speaker=speaker.strip(),
        kind=str(record.get("kind") or "unknown"),
        text=" ".join(str(record.get("text", "")).split()),
        tone=tone,
        sentence_index=index,
        sentence=" ".join(sentences[index].split()) if index >= 0 else "",
        start=int(record.get("start", -1)),
        end=int(record.get("end", -1)),
    )


def is_description(alias: str) -> bool:
    """ "the Syrian leader", "a spokesman": a phrase, not a name."""
    return alias[:1].islower() or alias.lower().startswith(_DETERMINERS)


def read_speaker(record: Any) -> SpeakerSeen:
    """A ``speakers`` entry of JSON schema 1 (``aliases``) or 2 (``names``,
    ``descriptions``)."""
    seen = SpeakerSeen()
    if not isinstance(record, dict):
        return seen
    declared = record.get("kind", record.get("type"))
    seen.kind = str(declared).lower() if isinstance(declared, str) else None
    aliases = [str(a) for a in record.get("aliases", ()) if isinstance(a, str)]
    names = [str(a) for a in record.get("names", ()) if isinstance(a, str)]
    descriptions = [str(a) for a in record.get("descriptions", ()) if isinstance(a, str)]
    genders = set()
    for alias in aliases + names + descriptions:
        lower = alias.strip().lower()
        seen.personal_pronoun |= lower in _PERSONAL
        seen.neuter_pronoun |= lower in ("it", "its")
        seen.plural_pronoun |= lower in ("they", "them", "their")
        first = lower.split()[0] if lower.split() else ""
        if first in _MALE:
            genders.add("male")
        elif first in _FEMALE:
            genders.add("female")
    seen.gender = genders.pop() if len(genders) == 1 else None
    for alias in aliases:
        if alias.strip().lower() in PRONOUNS:
            continue
        (seen.descriptions if is_description(alias) else seen.names).append(alias.strip())
    seen.names.extend(n.strip() for n in names if n.strip().lower() not in PRONOUNS)
    seen.descriptions.extend(d.strip() for d in descriptions if d.strip().lower() not in PRONOUNS)
    return seen


_MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")
_NUMERIC = re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def normalize_date(value: Any) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from ISO 8601, RFC 2822, "March 3, 2016",
    "3rd March 2016", "8-APR-1987 00:38:26", "2016/03/01" or "01.03.2016"
    (English month names); None when the value is no date. Regular expressions,
    no exceptions: it runs once per document."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    found: tuple[int, int, int] | None = None
    if match := _ISO.match(text):
        found = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    elif match := _DAY_MONTH_YEAR.search(text):
        month = _MONTHS.get(match.group(2).lower())
        found = (int(match.group(3)), month, int(match.group(1))) if month else None
    if found is None and (match := _MONTH_DAY_YEAR.search(text)):
        month = _MONTHS.get(match.group(1).lower())
        found = (int(match.group(3)), month, int(match.group(2))) if month else None
    if found is None and (match := _NUMERIC.search(text)):
        if match.group(1):
            found = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
        else:
            found = (int(match.group(6)), int(match.group(5)), int(match.group(4)))
    if found is None:
        return None
    year, month, day = found
    if not (year >= 1 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _short_names(speakers: dict[str, SpeakerSeen]) -> set[str]:
    """The name words of speakers named by one or two words ("Trump", "Mr. Cruz",
    "President Trump"): the collection may find their full name elsewhere."""
    words = set()
    for name in speakers:
        parts = name.split()
        if 1 <= len(parts) <= 2 and name[:1].isupper():
            words.add(parts[-1])
            if len(parts) == 1:
                words.add(parts[0])
    return words


def _runs_by_word(text: str, wanted: set[str]) -> dict[str, set[str]]:
    """Capitalised runs of ``text`` ("President Donald J. Trump") by each wanted word in them."""
    found: dict[str, set[str]] = {}
    if not wanted:
        return found
    for match in _RUN.finditer(text):
        run = match.group(0)
        words = run.split()
        if len(words) < 2:
            continue
        for word in {_POSSESSIVE.sub("", w) for w in words} & wanted:
            bucket = found.setdefault(word, set())
            if len(bucket) < MAX_RUNS:
                bucket.add(run)
    return found


def encode(statement: Statement, document: str, date: str | None) -> str:
    """A statement as the JSON object of ``quotes[]`` in the JSON output."""
    return json.dumps(
        {
            "document": document,
            "date": date,
            "kind": statement.kind,
            "text": statement.text,
            "tone": statement.tone,
            "sentence_index": statement.sentence_index,
            "sentence": statement.sentence,
            "start": statement.start,
            "end": statement.end,
            "speaker_as": statement.speaker,
        },
        ensure_ascii=False,
    )


def digest_report(report: Report, source: str, item_id: str | None) -> Digest:
    """The statements and speakers of one processed document."""
    sentences = [s.text for s in report.sentences]
    digest = Digest(source, item_id, normalize_date(report.date), report.title)
    for quote in (q.to_dict() for q in report.quotes):  # the records of the JSON output
        statement = read_statement(quote, sentences) if isinstance(quote, dict) else None
        if statement is None:
            digest.unattributed += 1
            continue
        encoded = encode(statement, digest.key, digest.date)
        digest.records.append((statement.speaker, statement.kind, statement.tone, encoded))
    for name in {speaker for speaker, _, _, _ in digest.records}:
        known = report.speakers.get(name)
        seen = digest.speakers[name] = read_speaker(known.to_dict() if known else None)
        honorific = name.split()[0].lower()
        if seen.gender is None and honorific in _MALE | _FEMALE:
            seen.gender = "male" if honorific in _MALE else "female"
    runs = _runs_by_word(report.text, _short_names(digest.speakers))
    for name, seen in digest.speakers.items():
        parts = name.split()
        if 1 <= len(parts) <= 2:
            seen.runs = frozenset(runs.get(parts[-1], ()))
    return digest
