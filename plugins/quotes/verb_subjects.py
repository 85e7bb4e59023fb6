"""Who speaks through a verb of saying in its sentence: its own subject, or for a
coordinated verb, a participle or an infinitive, the subject that controls it
("Lee thanked them and said", "..., Lee said, adding", "led Republicans to say",
"Since announcing ..., Lee has risen"). Reads with the clause readers of ``context``.
"""

from __future__ import annotations

from ..text.name_words import is_name_token
from ..text.people import GROUP_NOUNS, PERSON_PRONOUNS, ROLE_NOUNS
from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token
from .clauses import IRREGULAR_PAST
from .context import (
    _ADVERBS,
    _ADVERBS_OR_REPORTEDLY,
    _PARTICIPLE_REACH,
    _SUBJECT_STOPS,
    _place_comma,
    is_boundary,
    name_before_finite_verb,
    sentence_subject,
    subject_after,
    subject_before,
)
from .cues import SENTENCE_END, Cue, cue_at, dot_in_name
from .noun_phrases import np_word
from .reporting_verbs import CUE_FORMS
from .speakers.mentions import Mention, mention_from_window

_COORDINATORS = frozenset({"and", "but", ",", "also", "then"})


def subject_of_cue(text: str, tokens: list[Token], cue: Cue, sentence: int) -> Mention | None:
    """Who speaks through ``cue`` in the sentence starting at ``tokens[sentence]``.

    A verb coordinated with an earlier one ("Lee called on her to resign and said,
    ...") takes the subject of the sentence; participles: see _participle_subject.
    """
    if tokens[cue.index].lower.endswith("ing"):  # "saying", "calling for"
        before = cue.index - 1
        while before > sentence and tokens[before].lower in _ADVERBS_OR_REPORTEDLY:
            before -= 1
        if before > sentence and tokens[before].lower in _PROGRESSIVE_BE:
            # "Lee is arguing that": a finite verb in the progressive, not a participle
            return subject_before(text, tokens, before, sentence)
        return _participle_subject(text, tokens, cue, sentence)
    if cue.index - 1 == sentence and tokens[sentence].lower == "having":
        # "Having announced that ..., Judge Lee proceeded": the main clause's subject
        return _main_clause_subject(text, tokens, cue.index, sentence)
    infinitive = _infinitive_marker(tokens, cue.index, sentence)
    if infinitive is not None:
        return _infinitive_subject(text, tokens, infinitive, sentence)
    mention = subject_before(text, tokens, cue.index, sentence)
    if mention is None and cue.index > sentence:
        before = cue.index - 1
        while before > sentence and tokens[before].lower in _ADVERBS:
            before -= 1
        if tokens[before].lower in _COORDINATORS:
            mention = _first_verb_subject(text, tokens, before, sentence)
            mention = mention or sentence_subject(text, tokens, sentence, cue.index)
    return mention


def _first_verb_subject(
    text: str, tokens: list[Token], coordinator: int, sentence: int
) -> Mention | None:
    """ "..., and when Rubio thanked Miami and said ...": the subject of the clause that
    holds the first verb (after a comma or a subordinating word), when a name and a
    finite verb open it."""
    clause = coordinator
    while clause > sentence and tokens[clause - 1].lower not in _ADVERBIAL_OPENERS:
        if tokens[clause - 1].lower in _CLAUSE_OPENERS or tokens[clause - 1].text in ",;:":
            return None  # "Putin noted that Syria is ... but expressed": a verb's content
        clause -= 1
    if clause == sentence:
        return None  # the sentence's own subject: read by sentence_subject
    return name_before_finite_verb(text, tokens, clause, coordinator)


# Adverbial clauses whose subject a coordinated verb shares ("when Lee thanked X and said")
_ADVERBIAL_OPENERS = frozenset("when while as after before because if since once until".split())


def _infinitive_marker(tokens: list[Token], cue_index: int, sentence: int) -> int | None:
    """Index of the "to" of an infinitive verb of saying ("stood up to say", "is quick
    to point out", "to have pledged"), or None."""
    probe = cue_index - 1
    if probe > sentence and tokens[probe].lower == "have":
        probe -= 1
    while probe > sentence and tokens[probe].lower.endswith("ly"):
        probe -= 1  # "to publicly say"
    return probe if probe > sentence and tokens[probe].lower == "to" else None


def _infinitive_subject(text: str, tokens: list[Token], to: int, sentence: int) -> Mention | None:
    """Who speaks an infinitive: the object of the verb before it ("led Republicans to
    say", "urged him to announce"), else the subject of its clause ("Lee stood at a town
    meeting to say", "Lee is quick to point out"): object control, then subject control."""
    last = to - 1
    word = tokens[last]
    if word.lower in _OBJECT_PRONOUNS:
        if last - 1 >= sentence and tokens[last - 1].lower in _NAME_PREPOSITIONS | {"for"}:
            return None  # "it was hard for them to say": no one is named
        return Mention(
            "pronoun", word.text, word.start, word.end, gender=PERSON_PRONOUNS.get(word.lower)
        )
    if is_name_token(word) or word.lower in GROUP_NOUNS or word.lower in ROLE_NOUNS:
        first = last
        while first - 1 >= sentence and (
            np_word(tokens[first - 1]) and tokens[first - 1].lower not in _SUBJECT_STOPS
        ):
            first -= 1
        # "went to Ames to say": a place reached, not an object
        if first > sentence and tokens[first - 1].lower not in _OBJECT_PREPOSITIONS:
            mention = mention_from_window(text, tokens, first, to)
            if mention is not None:
                return mention  # the object of the verb before it
    # "The bill passed, as Republicans continue to warn": the subject of the clause
    # holding the infinitive; "a group that was formed to argue": a relative clause's
    # subject is its antecedent, not read here
    opening = sentence
    for index in range(to - 1, sentence - 1, -1):
        if tokens[index].lower in _CLAUSE_OPENERS or tokens[index].text == ",":
            opening = index + 1
            break
    mention = sentence_subject(text, tokens, opening, to) if opening < to else None
    if (
        mention is None
        and opening > sentence
        and tokens[opening - 1].text == ","
        and (opening >= to or _past_verb(tokens[opening]))
    ):
        # "Lee, of Ames, stood at an event to say", "Lee chimed in, breaking with X, to
        # argue": the comma closes an apposition or a participle phrase, not a clause
        mention = sentence_subject(text, tokens, sentence, to)
    if mention is not None and mention.start > tokens[to].start:
        return None
    return mention


_CLAUSE_OPENERS = frozenset(
    "that which who whom whose when while because if after before as since".split()
)


def _past_verb(token: Token) -> bool:
    """A lower-case past form ("stood", "appeared"): a verb whose subject is before
    the comma."""
    return token.text[0].islower() and (token.lower.endswith("ed") or token.lower in IRREGULAR_PAST)


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})
_OBJECT_PREPOSITIONS = frozenset("to in at on from into via with by of for near".split())


def _participle_subject(text: str, tokens: list[Token], cue: Cue, sentence: int) -> Mention | None:
    """ "with Lee yelling", "..., Lee said, adding" and "Lee left, saying"."""
    before = cue.index - 1
    while before > sentence and (
        tokens[before].lower in _ADVERBS_OR_REPORTEDLY or tokens[before].lower in _FLOATING
    ):
        before -= 1  # "with Lee, Kay and Berg all calling for": a floating quantifier
    if (
        before >= sentence
        and is_name_token(tokens[before])
        and not _after_preposition(tokens, before, sentence)
    ):
        return subject_before(text, tokens, before + 1, sentence)
    if before > sentence and tokens[before].text == ",":
        # "..., Jo Lee said, adding" and "..., said Jo Lee, adding": the reporting
        # verb just before the participle has its subject.
        for probe in range(before - 1, max(sentence, before - 6) - 1, -1):
            verb = cue_at(tokens, probe)
            if verb is None or verb.word.lower().endswith("ing"):
                continue
            if CUE_FORMS.get(verb.word.lower()) == verb.word.lower():
                break  # "a Twitter comment of her own, saying": a noun
            mention = subject_before(text, tokens, verb.index, sentence)
            if mention is None and verb.last + 1 < before:
                mention = subject_after(text, tokens, verb.last, before)
                if mention is not None and mention.end != tokens[before - 1].end:
                    mention = None
            if mention is not None:
                return mention
            break
    if before == sentence and tokens[sentence].lower in _PARTICIPLE_PREPOSITIONS:
        return _main_clause_subject(text, tokens, cue.index, sentence)
    preposition = before
    while preposition > sentence and tokens[preposition].lower.endswith("ly"):
        preposition -= 1
    if (
        sentence < preposition - 1
        and tokens[preposition].lower in _PARTICIPLE_PREPOSITIONS
        and tokens[preposition - 1].text == ","
    ):
        # "Mr. Lee, after initially saying he would ..., changed course": the subject
        # the phrase interrupts
        mention = subject_before(text, tokens, preposition - 1, sentence)
        if mention is not None:
            return mention
    if _opening_complex_preposition(tokens, sentence, before):
        # "In addition to stating that ..., Lee has vowed": the main clause's subject
        return _main_clause_subject(text, tokens, cue.index, sentence)
    if cue.index == sentence:
        return _main_clause_subject(text, tokens, cue.index, sentence)  # "Noting ..., Lee said"
    if before > sentence and tokens[before].text == ",":
        # "In a speech on Tuesday night, Mr. Lee struck a measured tone, saying": the
        # subject of the clause the participle follows
        clause = before - 1
        while clause > sentence and tokens[clause - 1].text != ",":
            clause -= 1
        while clause < before and tokens[clause].text in QUOTE_MARKS:
            clause += 1  # 'In an interview with "Fox News," Lee pointed to ..., remarking'
        named = name_before_finite_verb(text, tokens, clause, before)
        if named is not None:
            return named
        # "... seemed settled when Lee took to Facebook and thanked them, saying": the
        # nearest adverbial clause with a named subject and a finite verb
        for opener in range(before - 1, clause - 1, -1):
            if tokens[opener].lower in _ADVERBIAL_OPENERS:
                named = name_before_finite_verb(text, tokens, opener + 1, before)
                if named is not None:
                    return named
    return sentence_subject(text, tokens, sentence, cue.index)


def _opening_complex_preposition(tokens: list[Token], sentence: int, before: int) -> bool:
    """Does a preposition of several words open the sentence right before the
    participle ("In addition to", "Instead of", "On top of")?"""
    if not sentence < before < sentence + 4 or tokens[before].lower not in {"to", "of"}:
        return False
    words = tokens[sentence : before + 1]
    return all(t.text.isalpha() for t in words) and all(t.text.islower() for t in words[1:])


_FLOATING = frozenset({"all", "both", "each"})
_PROGRESSIVE_BE = frozenset("is are was were am been".split())
# "After suggesting ..., Lee", "Since announcing ..., Lee": an adverbial phrase
_PARTICIPLE_PREPOSITIONS = frozenset("after since before while when upon by in on".split())


def _main_clause_subject(text: str, tokens: list[Token], cue: int, sentence: int) -> Mention | None:
    """The subject of the main clause after a sentence-opening adverbial participle
    phrase ("Since announcing Ann Kay as his running mate, Jo Lee has risen"): the
    participle's subject is that of the clause after the phrase's comma."""
    for comma in range(cue + 1, min(len(tokens), cue + 2 * _PARTICIPLE_REACH)):
        word = tokens[comma].text
        if word in SENTENCE_END or word in QUOTE_MARKS or is_boundary(text, tokens, comma):
            return None
        if word == "," and not _place_comma(tokens, comma, len(tokens)):
            end = comma + 1
            while (
                end < len(tokens)
                and end - comma <= 8
                and (
                    np_word(tokens[end])
                    or (tokens[end].text == "." and dot_in_name(tokens, end, len(tokens)))
                )
            ):
                end += 1
            mention = mention_from_window(text, tokens, comma + 1, end) if end > comma + 1 else None
            if mention is not None and mention.start == tokens[comma + 1].start:
                return mention
            return None
    return None


def _after_preposition(tokens: list[Token], last: int, sentence: int) -> bool:
    """Is the name ending at ``last`` the object of a preposition ("on Facebook")?"""
    first = last
    while first - 1 >= sentence and is_name_token(tokens[first - 1]):
        first -= 1
    return first - 1 >= sentence and tokens[first - 1].lower in _NAME_PREPOSITIONS


_NAME_PREPOSITIONS = frozenset("on in at to via".split())
