"""Word senses of news statements that a general sentiment lexicon reads the other way.

VADER's lexicon rates a word by its commonest sense in reviews and social media.
Two words of reported speech have another sense there, told apart by the words
around them (rules of English syntax, not lists of topics):

* ``fine`` after a determiner or an amount is the noun, a money penalty ("could
  face *a fine*", "*a* $5 million *fine*", "*the fine* was"); the adjective
  ("a fine day", "it was fine") keeps its sense. ``fines`` and ``fined`` are only
  ever the noun and the verb of the penalty (the adjective takes no ``-s``, and
  the comparative is ``finer``).
* ``challenging`` not followed by a determiner or a pronoun is the adjective of
  difficulty ("conditions have become more *challenging*", "a *challenging*
  year"); the lexicon's +0.6 is its sense of a stimulating task, which news
  reports of conditions do not use. The verb ("*challenging the* ruling")
  keeps its sense.

``accused`` after a determiner, ending its noun phrase, is the noun, the person
charged ("located *the accused*", "*the accused* was remanded"): the lexicon's -1.2 is
the verb of an accusation ("she *accused* him"), which a report of a court case does
not make. It is read as ``defendant``.

``no`` in an of-phrase names a kind of thing with its noun ("a motion *of no
confidence*", "a point *of no return*"): it negates nothing, but VADER's negation rule
reads "no confidence" as confidence denied (-1.5). The pair is read as one compound
word ("no-confidence"), as it is written before a noun ("a no-confidence vote").

A wish for what is not the case says the opposite is: "I *wish I could* find it
funny" means the speaker does not; "I wish it were true", it is not. ``wish`` (the
lexicon's +1.7 is the noun and the hope of "we wish them well") with a subject and a
past modal or subjunctive (``could``, ``would``, ``were``, ``had``) is read as that
clause negated ("I could not find it funny").

A negation with ``until`` in its clause ("he was *not* prepared to declare victory
*until* more votes were counted", "we won't sign until ...") places the event in time
rather than denying it: it will happen once the condition holds. It is read without the
negation, ``until`` as ``once``, so neither VADER's negation nor the denial act applies.

``read_senses(text)`` writes the sense's plain word in place of the ambiguous
one (``penalty`` for the noun and the verb, ``difficult``), so both VADER and the
learned model read the statement's meaning. It is applied to what is scored, never to what is shown.
"""

from __future__ import annotations

import re

# Determiners, possessives and amounts that open a noun phrase ("a fine", "its fine",
# "a $5 million fine", "a hefty fine" takes one adjective between).
_NOUN_OPENERS = (
    r"a|an|the|any|no|this|that|its|their|his|her|our|your|my|another|each|"
    r"million|billion|thousand|hundred|\d[\d.,]*"
)
# The noun ends its phrase: a punctuation mark, the end, or a closed-class word
# (preposition, conjunction, auxiliary) follows; "a fine player" is the adjective.
_AFTER_NOUN = (
    r"[.,;:!?)\u201d\"']|$|(?:of|for|on|over|under|from|against|based|and|or|but|that|which|"
    r"if|after|in|to|with|by|at|as|because|is|was|were|are|will|would|could|can|may|might|"
    r"has|had|have)\b"
)
_NOUN_FINE = re.compile(
    rf"\b((?:{_NOUN_OPENERS})\s+(?:[a-z$\u20ac\u00a3-]+\s+)?)fine(?=\s*(?:{_AFTER_NOUN}))",
    re.IGNORECASE,
)
_FINES = re.compile(r"\bfine[sd]\b", re.IGNORECASE)
# "challenging" as a verb takes an object: a determiner, a pronoun or a name.
_CHALLENGING_ADJECTIVE = re.compile(
    r"\b([Cc])hallenging\b(?!\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|your|"
    r"my|him|them|us|me|it|[A-Z]))"
)


_NOUN_ACCUSED = re.compile(
    rf"\b((?:the|an|each|every|both|all)\s+)accused(?=\s*(?:{_AFTER_NOUN}))", re.IGNORECASE
)
_OF_NO = re.compile(r"\b([Oo]f) no\s+(?=[a-z])")
# "wish" + optional "that" + a subject + a counterfactual auxiliary.
_COUNTERFACTUAL_WISH = re.compile(
    r"\bwish(?:es|ed)?\s+(?:that\s+)?((?:I|we|you|he|she|it|they|[A-Z][a-z]+)\s+"
    r"(?:could|would|were|was|had))\b(?!\s+(?:not|n't|never)\b)"
)


_NOT_UNTIL = re.compile(
    r"\b(?:(wo)n[’']t|(ca)n[’']t|(\w+)n[’']t|not|never)\b([^.,;:!?]*?)\buntil\b", re.IGNORECASE
)


def _not_until(found: re.Match[str]) -> str:
    verb = {"wo": "will", "ca": "can"}.get((found.group(1) or found.group(2) or "").lower())
    head = verb or found.group(3) or ""
    return (head + found.group(4)).strip() + " once"


def _has_candidates(text: str) -> bool:
    """Whether ``text`` holds a word some rule above reads (substring tests: the cheapest)."""
    lowered = text.lower()
    return (
        "fine" in lowered
        or "challenging" in lowered
        or "wish" in lowered
        or "accused" in lowered
        or "of no" in lowered
        or "until" in lowered
    )


def read_senses(text: str) -> str:
    """``text`` with the news senses of ``fine`` (a penalty) and ``challenging``
    (difficult) written as their plain words; unchanged when neither occurs."""
    if not _has_candidates(text):
        return text
    text = _NOT_UNTIL.sub(_not_until, text)
    text = _OF_NO.sub(lambda m: m.group(1) + " no-", text)
    text = _NOUN_ACCUSED.sub(lambda m: m.group(1) + "defendant", text)
    text = _COUNTERFACTUAL_WISH.sub(lambda m: m.group(1) + " not", text)
    text = _FINES.sub("penalty", text)
    text = _NOUN_FINE.sub(lambda m: m.group(1) + "penalty", text)
    return _CHALLENGING_ADJECTIVE.sub(
        lambda m: m.group(1).replace("C", "D").replace("c", "d") + "ifficult", text
    )
