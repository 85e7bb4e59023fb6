"""Who is who across a collection: the speaker names of many documents merged
into one row per person, organisation or unnamed speaker.

Each document has already resolved its own speakers ("he", "the senator" and
"Sanders" are Bernie Sanders within the article). Across documents the same
person still appears under several names: "Donald Trump" in one article,
"Trump" or "President Trump" in another. The rules, applied to the names the
collection has seen (no table of people):

1. **Titles go.** A leading word is a title when it is an abbreviation ending
   in a full stop ("Sen.", "Gov.", "Mr."; not an initial like "J.") or when the
   collection's own descriptions use it as a lower-case word ("the president",
   "the senator" make "President" and "Senator" titles).
2. **Full names join on their first and last word**: "Hillary Rodham Clinton"
   and "Hillary Clinton" are one person; "Bill Clinton" and "Hillary Clinton"
   are two.
3. **A lone name** ("Trump", or "President Trump" once its title is gone) joins
   a full name when that is unambiguous:
   - its own document names exactly one known full name containing it (the
     document's capitalised runs such as "Republican nominee Donald Trump");
     two or more ("Bill Clinton" and "Hillary Clinton" in one article) make it
     ambiguous, and it stays a row of its own;
   - gender agrees: a name called "he"/"Mr." never joins a person called
     "she"/"Mrs." (and the reverse);
   - when its document names none, it joins the only full name in the
     collection with that surname (else given name), provided there is some
     sign that it names a person at all (a title, or "he"/"she"). With two
     full names to choose from it stays apart.
4. **Organisations and descriptions** ("The Associated Press", "a White House
   spokesman") are their own rows, keyed by the name without its article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from toolkit.statements import is_description

_ARTICLES = ("the ", "a ", "an ")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@dataclass
class NameUnit:
    """One speaker name as documents gave it, with the evidence for merging.

    Documents that give a short name ("Trump") with different full-name context
    are different units, so each can join a different person."""

    name: str
    runs: frozenset[str] = frozenset()
    statements: int = 0
    documents: int = 0
    personal: int = 0  # documents that refer to the speaker as he/she
    neuter: int = 0  # documents that refer to the speaker as "it"
    plural: int = 0  # documents that refer to the speaker as "they"
    declared: Counter[str] = field(default_factory=Counter)  # kinds the reports gave
    genders: Counter[str] = field(default_factory=Counter)  # documents saying he / she
    names: Counter[str] = field(default_factory=Counter)
    descriptions: Counter[str] = field(default_factory=Counter)


@dataclass
class Row:
    """One person (or organisation, group, description) of the collection."""

    name: str
    kind: str  # person, organisation, group, description, name
    units: list[int] = field(default_factory=list)
    statements: int = 0


def normalise(name: str) -> str:
    text = " ".join(name.translate(_APOSTROPHES).split())
    return re.sub(r"'s$", "", text)


def _phrase_key(text: str) -> str:
    """ "Clinton's campaign" and "Clinton campaign" are one phrase."""
    return re.sub(r"'s\b", "", normalise(text)).casefold()


def _key(text: str) -> str:
    return normalise(text).casefold()


def role_words(units: Iterable[NameUnit]) -> frozenset[str]:
    """Lower-case words of the collection's descriptions of speakers ("the senator")."""
    words: set[str] = set()
    for unit in units:
        for description in unit.descriptions:
            for word in description.split():
                if word[:1].islower() and word.isalpha() and word not in ("the", "a", "an"):
                    words.add(word)
    return frozenset(words)


def definite_heads(units: Iterable[NameUnit]) -> frozenset[str]:
    """Last words of capitalised names the collection writes with "the" ("the Daily
    News", "The White House"): people are never "the Donald Trump", so a name
    ending in one of these words is an organisation's."""
    heads: set[str] = set()
    personal: set[str] = set()  # last words of speakers called he or she: surnames
    for unit in units:
        if unit.personal > unit.neuter:
            personal.add(normalise(unit.name).split()[-1].casefold())
        for text in (unit.name, *unit.names, *unit.descriptions):
            words = normalise(text).split()
            if len(words) >= 2 and words[0].lower() == "the" and _capitalised(words[-1]):
                if all(_capitalised(w) and not w.endswith(".") for w in words[1:]):
                    heads.add(words[-1].casefold())
    return frozenset(heads - personal)


def _is_title(word: str, roles: frozenset[str]) -> bool:
    if word.endswith(".") and len(word) >= 3 and word[:-1].isalpha():
        return True
    return word.lower() in roles


def strip_titles(name: str, roles: frozenset[str]) -> tuple[str, bool]:
    """The name without leading titles, and whether any were there."""
    words = normalise(name).split()
    stripped = False
    while len(words) > 1 and _is_title(words[0], roles):
        words.pop(0)
        stripped = True
    return " ".join(words), stripped


def _acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _capitalised(word: str) -> bool:
    if word[:1].isupper():
        return True
    head, _, rest = word.partition("-")  # "al-Sharaa", "bin-Laden"
    return bool(rest) and head.isalpha() and len(head) <= 3 and rest[:1].isupper()


def looks_like_full_name(name: str) -> bool:
    """Two to five capitalised words, no acronym, no digits: "Ahmed al-Sharaa"."""
    words = name.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
        return False
    return all(_capitalised(w) and not _acronym(w) for w in words)


def _organisation_sign(unit: NameUnit, base: str, heads: frozenset[str]) -> bool:
    """ "The Associated Press", "it", "DNC", "Breitbart News" (with "the Daily News"
    elsewhere): signs of an organisation, not a person."""
    if unit.declared:
        return unit.declared.most_common(1)[0][0] not in ("person", "people")
    if unit.personal > unit.neuter:
        return False
    with_article = {f"the {base}".casefold()}
    said = {n.casefold() for n in unit.names} | {d.casefold() for d in unit.descriptions}
    return (
        unit.neuter > unit.personal
        or base.split()[-1].casefold() in heads
        or bool(with_article & said)
        or unit.name.lower().startswith("the ")
        or any(_acronym(w) for w in base.split())
    )


@dataclass
class _Person:
    first: str
    last: str
    forms: Counter[str] = field(default_factory=Counter)
    units: list[int] = field(default_factory=list)
    genders: Counter[str] = field(default_factory=Counter)

    def agrees(self, gender: str | None) -> bool:
        """Could the person be referred to with this gender? (Unknown agrees.)"""
        if gender is None or not self.genders:
            return True
        return self.genders[gender] >= sum(self.genders.values()) - self.genders[gender]

    def named_in(self, run: str) -> bool:
        words = _key(run).split()
        if self.first not in words or self.last not in words:
            return False
        return words.index(self.first) < len(words) - 1 - words[::-1].index(self.last)


def merge_names(units: list[NameUnit]) -> list[Row]:
    """Rows of the collection, most statements first (see the module docstring)."""
    roles = role_words(units)
    heads = definite_heads(units)
    persons: dict[tuple[str, str], _Person] = {}
    short: list[tuple[int, str, bool]] = []
    others: dict[str, Row] = {}
    for index, unit in enumerate(units):
        base, titled = strip_titles(unit.name, roles)
        words = base.split()
        if looks_like_full_name(base) and not _organisation_sign(unit, base, heads):
            key = (words[0].casefold(), words[-1].casefold())
            person = persons.setdefault(key, _Person(*key))
            person.forms[base] += unit.statements
            person.units.append(index)
            person.genders.update(unit.genders)
        elif len(words) == 1 and _capitalised(base) and not _acronym(base):
            short.append((index, base, titled))
        else:
            _other_row(others, index, unit, base)
    by_word: dict[str, list[_Person]] = {}
    for person in persons.values():
        by_word.setdefault(person.last, []).append(person)
        if person.first != person.last:
            by_word.setdefault(person.first, []).append(person)
    for index, base, titled in short:
        joined = _join_short(units[index], base, titled, by_word)
        if joined is not None:
            joined.units.append(index)
        else:
            _short_row(others, index, units[index], base, titled)
    rows = [_person_row(person, units) for person in persons.values()]
    rows.extend(others.values())
    for row in rows:
        row.statements = sum(units[i].statements for i in row.units)
    rows.sort(key=lambda row: (-row.statements, row.name.casefold()))
    return rows


def _join_short(
    unit: NameUnit, word: str, titled: bool, by_word: dict[str, list[_Person]]
) -> _Person | None:
    key = word.casefold()
    gender = _gender(unit)
    candidates = [p for p in by_word.get(key, []) if p.agrees(gender)]
    named = [p for p in candidates if any(p.named_in(run) for run in unit.runs)]
    named = _confirmed(named, gender)
    if len(named) == 1:
        return named[0]
    if named or not (titled or unit.personal > unit.neuter):
        return None  # ambiguous in its document, or no sign it names a person
    surnames = [p for p in candidates if p.last == key]
    choice = _confirmed(surnames or candidates, gender)
    return choice[0] if len(choice) == 1 else None


def _confirmed(people: list[_Person], gender: str | None) -> list[_Person]:
    """Of several people, the one the collection itself calls by that gender, if only
    one is ("Mr. Obama" beside Barack Obama, called "he", and an Obama never called
    anything)."""
    if len(people) < 2 or gender is None:
        return people
    sure = [p for p in people if p.genders[gender] > 0 and p.agrees(gender)]
    return sure if len(sure) == 1 else people


def _gender(unit: NameUnit) -> str | None:
    if len(unit.genders) != 1:
        return None
    return next(iter(unit.genders))


def _person_row(person: _Person, units: list[NameUnit]) -> Row:
    # the full name written most often; of equals, the longest ("Hillary Rodham Clinton")
    name = max(person.forms, key=lambda form: (person.forms[form], len(form), form))
    return Row(name, "person", units=sorted(person.units))


def _short_row(others: dict[str, Row], index: int, unit: NameUnit, base: str, titled: bool) -> None:
    kind = "person" if titled or unit.personal > unit.neuter else "name"
    if unit.neuter > unit.personal:
        kind = "organisation"
    elif unit.plural > unit.personal and base.endswith("s"):
        kind = "group"  # "Democrats ... they said"
    row = others.setdefault("name:" + base.casefold(), Row(base, kind))
    row.units.append(index)
    if kind == "person" and row.kind == "name":
        row.kind = "person"


def _other_row(others: dict[str, Row], index: int, unit: NameUnit, base: str) -> None:
    text = normalise(unit.name)
    lower = text.lower()
    article = next((a for a in _ARTICLES if lower.startswith(a)), "")
    rest = text[len(article) :]
    if rest and all(_capitalised(word) for word in rest.split()):
        key, name, kind = "org:" + _phrase_key(rest), rest, "organisation"
    elif is_description(text):
        plural = not article and rest.split()[-1:] and rest.split()[-1].endswith("s")
        key, name, kind = "desc:" + _phrase_key(text), text, "group" if plural else "description"
    else:
        key, name, kind = "org:" + _phrase_key(base), base, "organisation"
    row = others.setdefault(key, Row(name, kind))
    row.units.append(index)
