"""What stands between a verb of saying and its report, and which words are no verb.

``said in a statement on Monday they ...`` (adjuncts, then a clause), ``said
"local forces" must ...`` (a quoted subject), ``asked the agency to act`` (a
request), ``said fees from A, B and C were ...`` (a long subject); and the
readings that make a cue word a noun or an adjective (``two states``, ``4,051
pledged delegates``, ``That's according to ...``).
"""

from __future__ import annotations

from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token
from .clauses import (
    AUXILIARIES,
    IRREGULAR_PAST,
    NOMINATIVE_PRONOUNS,
    NOT_BEFORE_VERB,
    NOT_SUBJECT_START,
    verb_like,
)
from .cues import CUE_WORDS, cue_at, dot_in_name
from .embedded import RELATIVE_PRONOUNS

# Adjuncts (prepositional phrases, times, a dash) may stand between a verb and its
# "that": "said in one of a series of posts on Monday that ...".
ADJUNCT_START = frozenset("in on at during to through via for earlier later — – --".split())
MAX_ADJUNCT_TO_THAT = 14
OPENING_MARKS = frozenset('"“«„')
STOPS_BEFORE_THAT = frozenset(".;:!?")


def predicative(token: Token) -> bool:
    """A form of "be" before "according to" ("That's according to ...", "is according")."""
    return token.lower in _FORMS_OF_BE or token.lower.endswith(("'s", "’s"))


_FORMS_OF_BE = frozenset("is was are were be been".split())


def noun_after_determiner(tokens: list[Token], index: int, first: int) -> bool:
    """ "the protests that ...", "her promises", "his most promising paths", "two states",
    "4,051 pledged delegates": a noun or an adjective, not a verb of saying.

    A past form between a number or a preposition and a common noun is an adjective;
    after a determiner it may still be a verb ("the group that [the agency] reported").
    """
    if index <= first:
        return False
    token, previous = tokens[index], tokens[index - 1]
    number = previous.text[0].isdigit() or previous.lower in _NUMBER_WORDS
    if token.lower.endswith("ed"):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return (
            (number or previous.lower in _PREPOSITIONS)
            and following is not None
            and following.text.isalpha()
            and following.text[0].islower()
            and following.lower not in _NOT_NOUNS
        )
    if previous.lower in DETERMINERS_AND_DEGREE:
        return True
    if token.lower in _STATE_FORMS:
        next_word = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if number or previous.text == ",":
            return True  # "five states that ...", "Iowa, states that ..."
        return next_word not in {"that", ":"}  # "the report states that": a verb
    return False


_NOT_NOUNS = frozenset(
    "that to he she they it we i his her their its the a an this these those".split()
)


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen".split())


_PREPOSITIONS = frozenset("of in for with by from on at to among than".split())


# "state" is far more often a noun ("two states", "state schools") than a verb of saying;
# as a verb of saying its present form introduces "that" or a colon.
_STATE_FORMS = frozenset({"state", "states"})


DETERMINERS_AND_DEGREE = frozenset(
    "the a an his her their its our my your this these those every each most more very".split()
)


def quoted_subject(tokens: list[Token], start: int, last: int) -> int | None:
    """'said "local forces" must lead the way': a quoted phrase that a finite verb
    follows is the subject of the reported clause."""
    if start >= last or tokens[start].text not in OPENING_MARKS:
        return None
    for index in range(start + 1, min(last - 1, start + _MAX_QUOTED_SUBJECT)):
        if tokens[index].text in QUOTE_MARKS:
            following = tokens[index + 1]
            return start if verb_like(following, 1, tokens[index - 1]) else None
        if tokens[index].text in STOPS_BEFORE_THAT or tokens[index].text == ",":
            return None
    return None


_MAX_QUOTED_SUBJECT = 8


def attributes_a_quote(tokens: list[Token], cue, first: int) -> bool:  # noqa: ANN001
    """Does the verb attribute the quotation just before its subject ('"...," she told CNN
    in an interview', '"...," Lee tweeted the day after')? What she told is the
    quotation; the words after the verb are the addressee and adjuncts, not a second
    report (a "that" still opens one)."""
    for index in range(cue.index - 1, max(first, cue.index - _MAX_SUBJECT_AFTER_QUOTE) - 1, -1):
        token = tokens[index]
        if token.text in QUOTE_MARKS and index > first:
            before, after = tokens[index - 1].text, tokens[index + 1].text
            return before in _QUOTE_END_PUNCTUATION or after in _QUOTE_END_PUNCTUATION
        if token.text in STOPS_BEFORE_THAT:
            return False
        if token.lower in CUE_WORDS and cue_at(tokens, index) is not None:
            return False  # '"...," he said, noting he had ...': "said" attributes it
    return False


_MAX_SUBJECT_AFTER_QUOTE = 8


_QUOTE_END_PUNCTUATION = frozenset(",?!")


# Verbs of saying whose prepositional phrase is an adjunct ("said in a statement"), not
# a complement ("insisted on", "agreed to", "responded to").
ADJUNCT_VERBS = frozenset(
    """say tell add note explain write announce report warn declare state confirm admit
    acknowledge claim argue predict""".split()
)


def pronoun_clause_after_adjunct(tokens: list[Token], start: int, last: int) -> int | None:
    """ "said in a statement on Monday they would ...": a prepositional phrase after the
    verb, then a clause whose nominative pronoun shows where it starts."""
    if start >= last or tokens[start].lower not in ADJUNCT_START:
        return None
    for index in range(start + 2, min(last - 1, start + MAX_ADJUNCT_TO_THAT)):
        token = tokens[index]
        if not token.text[0].isalnum():
            return None
        if token.lower in NOMINATIVE_PRONOUNS and tokens[index + 1].text[0].isalpha():
            return index
    return None


def infinitive_follows(tokens: list[Token], start: int, last: int) -> bool:
    """Does a short object and a "to" infinitive follow ("asked the agency to act")?"""
    for index in range(start + 1, min(last - 1, start + _MAX_REQUEST_OBJECT)):
        token = tokens[index]
        if token.lower == "to":
            following = tokens[index + 1]
            return (
                following.text.isalpha()
                and following.text[0].islower()
                and (
                    following.lower not in NOT_BEFORE_VERB  # "to a rally": a preposition
                )
            )
        if not token.text[0].isalnum():
            return False
    return False


# A request is a speech act: "asked the agency to withdraw the drug" reports what was said.
REQUEST_VERBS = frozenset({"ask"})


_MAX_REQUEST_OBJECT = 6


def long_subject_clause(tokens: list[Token], start: int, last: int) -> bool:
    """After "say" a finite verb further on marks a clause with a long subject ("said
    comments from Lee, Cole and Park were consistent", "says running for office is
    tough"): "say" takes no long noun phrase as its object, only a clause."""
    if start >= last or not tokens[start].text[0].isalnum():
        return False
    if tokens[start].lower in NOT_SUBJECT_START or tokens[start].lower in _SHORT_OBJECTS:
        return False
    for index in range(start + 1, min(last, start + _MAX_LONG_SUBJECT)):
        token = tokens[index]
        if token.text in STOPS_BEFORE_THAT and not dot_in_name(tokens, index, last):
            return False
        if token.text in QUOTE_MARKS or token.lower in RELATIVE_PRONOUNS:
            return False
        if token.lower in AUXILIARIES or (
            token.lower in IRREGULAR_PAST and tokens[index - 1].lower not in NOT_BEFORE_VERB
        ):
            return True
    return False


_MAX_LONG_SUBJECT = 16


# What "say" takes as a plain object: "said yes", "said nothing of it".
_SHORT_OBJECTS = frozenset(
    "yes no so nothing something anything it this that what much them him us me".split()
)
