"""The stance of a statement's reporting frame: the words around it in its sentence.

"Sudan *accused* [Ethiopia of capturing the soldiers]", "the AU *voiced concern*
over [escalating tension]", "[the toll is 11 killed]," it added, *condemning* ...:
the reporter states the speaker's stance in the frame around what was said, and
the reported words themselves may be flat. The frame is read from the document
whether or not the attribution step recorded a cue: up to ``LEFT_WORDS`` words
before the statement and ``RIGHT_WORDS`` after it, inside its sentence.

Only words of a closed class count: verbs and nouns of speech acts that express
an evaluation (accuse, condemn, deny, refuse, warn, urge, welcome, praise, hope ...),
a request to act ("asked [the FDA to remove ...]", pressure like "urged"), and
the adjectives of a speaker's reported feeling (pleased, disappointed ...). Their
valence is VADER's human rating where it has one (read through the reporting
senses of ``stance``), else the value of the act in ``ACT_VALENCE``. Topic words
in the frame ("attack", "killed") are not speech acts and never count.
"""

from __future__ import annotations

import re
from functools import lru_cache

LEFT_WORDS = 8
RIGHT_WORDS = 6

# Speech acts whose valence VADER's lexicon lacks or rates for another sense
# (valence on VADER's -4 ... +4 scale). Demands and appeals aimed at another
# party ("urged Moscow to", "called for restraint") are pressure: mildly negative.
ACT_VALENCE = {
    "urge": -1.2,
    "appeal": -1.0,
    "demand": -1.2,
    "refute": -1.9,
    "dispute": -1.5,
    "rebuke": -2.0,
    "accusation": -1.5,
    "allegation": -1.2,
    "denial": -1.5,
    "concern": -1.2,
    "disappointment": -1.8,
    "criticism": -1.6,
    "condemnation": -1.9,
    "oppose": -1.3,
    "object": -1.0,
    "objection": -1.0,
    "complaint": -1.2,
    "caution": -1.1,
    "reiterate": 0.0,
    "welcome": 1.6,
    "reassure": 1.5,
    "optimism": 1.8,
}
# The closed class of evaluative speech acts and reported feelings (lemmas).
STANCE_ACTS = frozenset(
    (
        *ACT_VALENCE,
        *"""accuse blame condemn criticize criticise decry denounce deplore deny reject
        dismiss slam blast warn caution threaten refuse complain protest lament regret fear
        welcome praise hail laud commend applaud congratulate thank hope assure
        celebrate promise pledge disappointed pleased delighted happy optimistic
        worried angry furious upset frustrated confident proud grateful""".split(),
    )
)
# "call" is a stance only as "call for" / "call on" (a demand).
_CALL = re.compile(r"\bcall(?:s|ed|ing)? (?:for|on|upon)\b")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'”’)\]]|$)|\n")
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=8192)
def act_valence(word: str) -> float:
    """Valence (-4 ... +4) of ``word`` if it is an evaluative speech act, else 0."""
    from .stance import _lemmas, word_stance

    for form in _lemmas(word):
        if form in STANCE_ACTS:
            return ACT_VALENCE[form] if form in ACT_VALENCE else word_stance(word)
    return 0.0


# Plain reporting verbs: the nearest one governs what follows, so a stance act
# beyond it frames another clause ("expressed hope that ..., and noted that X").
PLAIN_REPORTING = frozenset(
    "said say says saying told tell tells noted notes added adds stated states explained".split()
)

# A contrast after a statement opens another act, not its frame
# ('"difficult times" but expressed hope'); "after condemning" still frames it.
_NEW_CLAUSE = frozenset("but while although though whereas yet".split())


def _words_valence(words: list[str]) -> float:
    """The valence of the first stance act in ``words`` (nearest first), up to a plain verb."""
    for word in words:
        if word in PLAIN_REPORTING:
            return 0.0
        value = act_valence(word)
        if value:
            return value
    return 0.0


def _clause_start(window: str) -> int:
    """Where the sentence holding the end of ``window`` starts in it (0 if before it)."""
    cut = window.rfind("\n") + 1
    for mark in ". ", "? ", "! ", '." ', ".” ", ".' ", ".’ ":
        found = window.rfind(mark)
        if found >= 0:
            cut = max(cut, found + len(mark))
    return cut


# An adjunct participle inside a statement ("it has no choice but to ..., *after
# strongly condemning* Seoul"): its understood subject is the clause's subject, so
# the act is the speaker's own, reported inside the words attributed to them.
_ADJUNCT_PARTICIPLE = re.compile(
    r"\b(?:after|while|before|when|by)\s+(?:[a-z]+ly\s+)?([a-z]+ing)\b"
)


def adjunct_valence(statement: str) -> float:
    """The valence (-4 ... +4) of the first stance act in an adjunct participle of ``statement``."""
    return _first_act(_ADJUNCT_PARTICIPLE, statement.lower())


def _first_act(pattern: re.Pattern[str], lowered: str) -> float:
    """The valence of the first stance act ``pattern`` captures in ``lowered``, else 0."""
    for found in pattern.finditer(lowered):
        value = act_valence(found.group(1))
        if value:
            return value
    return 0.0


# A support-verb construction that opens a statement, its subject the speaker
# ("Sudan said [it would *lodge a complaint* with the Security Council]", "[we
# *raised our concerns*]", "vowed [to *file an appeal*]"): the verb is light, the
# noun names the act, and its agent is the speaker. Another subject ("[the remarks]
# raised concerns among experts") makes it another party's act.
_SUPPORT_VERB_ACT = re.compile(
    r"\W*(?:to\s+|(?:i|we|he|she|it|they)\s+(?:[a-z’']+\s+){0,2}?)"
    r"(?:(?:lodg|fil|issu|express|voic|rais|regist|mak)(?:e|es|ed|ing|s)?|made)\s+"
    r"(?:(?:a|an|its|their|his|her|our|my|strong|formal|serious|new|further)\s+){0,2}"
    r"([a-z]+)"
)


def support_verb_valence(statement: str) -> float:
    """The valence (-4 ... +4) of the first stance act named by a support verb in ``statement``."""
    return _support_act(statement.lower())


def _support_act(lowered: str) -> float:
    found = _SUPPORT_VERB_ACT.match(lowered)
    return act_valence(found.group(1)) if found else 0.0


def frame_valence(text: str, start: int, end: int) -> float:
    """The valence (-4 ... +4) of the speech act nearest to ``text[start:end]`` in its
    sentence, else of one in an adjunct participle inside it, else of one a support verb
    names inside it."""
    value = _outer_valence(text, start, end)
    if value or not 0 <= start < end:
        return value
    lowered = text[start:end].lower()
    adjunct = _first_act(_ADJUNCT_PARTICIPLE, lowered) if _may_hold_adjunct(lowered) else 0.0
    return adjunct or _support_act(lowered)


def _may_hold_adjunct(lowered: str) -> bool:
    """Whether ``lowered`` holds the words ``_ADJUNCT_PARTICIPLE`` needs (substring tests
    in C, much cheaper than the pattern's search when, as usual, they are missing)."""
    return "ing" in lowered and (
        "after" in lowered
        or "while" in lowered
        or "before" in lowered
        or "when" in lowered
        or "by" in lowered
    )


# A request: a verb of asking right before a statement that is an object and a
# to-infinitive ("asked [the FDA to remove the drugs]") asks another party to act,
# pressure like "urged"; "asked [whether ...]", "asked about" are questions.
_ASK = frozenset("ask asks asked asking request requests requested requesting".split())
_OBJECT_TO = re.compile(
    r"\W*(?:(?!(?:if|whether|how|why|what|when|where|who|which)\b)[\w’'.-]+\s+){1,5}?to\s+"
    r"(?!(?:the|a|an|his|her|its|their|this|that|these|those|my|our|your)\b)[a-z]"
)


def _outer_valence(text: str, start: int, end: int) -> float:
    """The valence of the nearest speech act around ``text[start:end]`` in its sentence."""
    left = text[max(0, start - 100) : max(0, start)]
    left = left[_clause_start(left) :].lower()
    if "call" in left and _CALL.search(left):
        return ACT_VALENCE["demand"]
    before = _WORD.findall(left)[-LEFT_WORDS:][::-1]
    if before and before[0] in _ASK and _OBJECT_TO.match(text, start, end):
        return ACT_VALENCE["demand"]
    value = _words_valence(before)
    if value:
        return value
    right = text[end : end + 120].lower()
    opened = right.lstrip("\"'”’ ")
    found = _SENTENCE_END.search(opened)
    if found:
        right = right[: found.start() + len(right) - len(opened)]
    following = _WORD.findall(right)[:RIGHT_WORDS]
    if not _NEW_CLAUSE.isdisjoint(following):
        for index, word in enumerate(following):
            if word in _NEW_CLAUSE:  # '"difficult times" but expressed hope': another act
                following = following[:index]
                break
    if "by" in following:  # "-- claims denied by Seoul": another party's act
        return 0.0
    return _words_valence(following)
