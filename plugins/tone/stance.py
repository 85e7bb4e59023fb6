"""The stance a reporting verb carries, and a statement's score with it.

"X welcomed the deal", "X condemned the attack", "X warned that ..." report
the speaker's evaluation in the verb itself: the reported content ("the
attack") may be grim while the stance is what the verb says. The verb's value
comes from VADER's human-rated lexicon (``welcomed`` +1.4, ``condemned`` -1.9,
``threatened`` -2.0, ``hope`` +1.9 in "expressed hope"), read through a small
table of the senses reporting verbs have in attributions: ``stressed`` means
"emphasised" and ``argued`` "maintained" (both neutral as speech verbs, though
negative in the general lexicon), and a few stance verbs of news reporting the
lexicon lacks (``denounced``, ``slammed``, ``lauded``, ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..text.patterns import has_digit
from .model import neutral_band, predict
from .vader import _tables

# Speech-verb senses (lemma -> valence on VADER's -4 ... +4 scale).
REPORTING_SENSES = {
    "stress": 0.0,
    "argue": 0.0,
    "claim": 0.0,
    "insist": 0.0,
    "vow": 0.0,
    "charge": -1.2,
    "concern": -1.2,
    "denounce": -2.0,
    "decry": -2.0,
    "deplore": -2.0,
    "slam": -2.0,
    "blast": -2.0,
    "dismiss": -1.5,
    "laud": 2.0,
    "congratulate": 2.0,
    "pledge": 1.0,
}
CUE_WEIGHT = 0.5  # share of a stance verb in its statement's score
CUE_SCALE = 2.5  # lexicon valence that counts as a full-strength stance

_WORD = re.compile(r"[a-z]+")


def _lemmas(word: str) -> list[str]:
    """``word`` and the base forms an English verb form may have (rules of inflection)."""
    forms = [word]
    for suffix in ("ied", "ies"):
        if word.endswith(suffix):
            forms.append(word[: -len(suffix)] + "y")
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            forms.extend([stem, stem + "e"])
            if len(stem) > 2 and stem[-1] == stem[-2]:  # "slammed" -> "slam"
                forms.append(stem[:-1])
    return forms


def word_stance(word: str) -> float:
    """Valence (-4 ... +4) of one word used as (part of) a reporting cue; 0 if none."""
    lexicon = _tables().lexicon
    forms = _lemmas(word.lower())
    for form in forms:
        if form in REPORTING_SENSES:
            return REPORTING_SENSES[form]
    for form in forms:
        if form in lexicon:
            return lexicon[form]
    return 0.0


@lru_cache(maxsize=4096)
def cue_stance(cue: str | None) -> float:
    """The stance of a cue (``"expressed hope"``, ``"condemned"``) in [-1, 1]; 0 for "said"."""
    if not cue:
        return 0.0
    values = [word_stance(word) for word in _WORD.findall(cue.lower())]
    strongest = max(values, key=abs, default=0.0)
    return max(-1.0, min(1.0, strongest / CUE_SCALE))


def statement_score(
    text_score: float,
    cue: str | None,
    text: str = "",
    words: Iterable[str] | None = None,
    frame: float = 0.0,
) -> float:
    """A statement's score: its text's tone, moved down for each stance-taking
    speech act in it and towards the stance of its cue verb, or when the cue has
    none, of the speech act in its frame (``frame``: a valence from
    ``frame.frame_valence``; ``words``: its words as ``model.words`` finds them, when
    already known)."""
    stance = cue_stance(cue) or max(-1.0, min(1.0, frame / CUE_SCALE))
    if stance == 0.0 and pulls_both_ways(text, words):
        return 0.0
    acts = speech_acts(text, words)
    if not acts and stance == 0.0 and is_event_report(text, words):
        text_score *= EVENT_REPORT_SHARE
    score = text_score - SPEECH_ACT_SHIFT * len(acts)
    if "rejection" in acts:
        score -= REJECTION_SHIFT - SPEECH_ACT_SHIFT
    if stance != 0.0:
        score = (1.0 - CUE_WEIGHT) * score + CUE_WEIGHT * stance
    return max(-1.0, min(1.0, score))


# A statement of several sentences that pull both ways ("We lost to a great goal.
# I thought we were very good.") is balanced: one sentence beyond each edge of the
# neutral band, each read as a statement of its own. Its sentences weigh each other
# out: it is neutral, unless its cue or frame states a stance (then it is read as any other).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])")
# The same break with its full stop taken in: found wherever the above is, and a search
# can skip in C to the next full stop instead of trying the look-behind at every position.
_HAS_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])")
_MIN_SENTENCE_WORDS = 3


@lru_cache(maxsize=1)
def _signed_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words VADER's lexicon rates above zero, and those it rates below."""
    lexicon = _tables().lexicon
    return (
        frozenset(word for word, value in lexicon.items() if value > 0),
        frozenset(word for word, value in lexicon.items() if value < 0),
    )


def pulls_both_ways(text: str, words: Iterable[str] | None = None) -> bool:
    """Whether ``text`` holds a sentence read positive and one read negative, each beyond
    the neutral band (sentences of fewer than three words, "LOL.", do not count); only a
    statement with words of both signs in VADER's lexicon can (``words``: its lower-case
    words, when already known)."""
    if not ("." in text or "!" in text or "?" in text) or not _HAS_SENTENCE_BREAK.search(text):
        return False  # (the substring tests first: a break needs one of its marks)
    positive, negative = _signed_words()
    found = words or _SPEECH_WORD.findall(text.lower())
    if positive.isdisjoint(found) or negative.isdisjoint(found):
        return False  # no rated words of both signs: nothing pulls both ways
    sentences = [
        s for s in _SENTENCE_BREAK.split(text.strip()) if len(s.split()) >= _MIN_SENTENCE_WORDS
    ]
    if len(sentences) < 2:
        return False
    low, high = neutral_band()
    above = below = False
    for position, sentence in enumerate(sentences):
        if not (above or below) and position == len(sentences) - 1:
            return False  # the last sentence alone cannot be on both sides
        score = statement_score(predict(sentence), None, sentence)
        above, below = above or score >= high, below or score <= low
        if above and below:
            return True
    return False


# A statement that reports an event (a figure, or the passive voice: "11 soldiers
# were killed", "a man was arrested") in the third person, with no speech act and
# no stance in its cue or frame, reports: its grim or bright words are the topic's,
# not the speaker's evaluation, so only a share of its tone counts.
EVENT_REPORT_SHARE = 0.3
# First person, case-sensitive where case matters: "US" is the country, not "us";
# and second person, which addresses the listener ("if your data was stolen, ..."):
# a warning or advice to the audience, not a third-person report of an event.
# Each pattern that opens with "\b" and an alternation of words is led by a look-ahead
# for the words' first letters: the same matches, and the search skips in C to them.
_FIRST_OR_SECOND_PERSON = re.compile(
    r"(?=[IWwuOoMmYy])\b(?:I|[Ww]e|us|[Oo]urs?|[Mm]y|me|[Yy]ou|[Yy]ours?|[Yy]ourself|[Yy]ourselves)\b"
)
# The passive: a form of "be", an optional adverb, a past participle (regular, in
# -en, or one of the common irregular ones).
_PASSIVE = re.compile(
    r"(?=[iawb])\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
    r"(?:\w+(?:ed|en)|shot|hit|held|found|made|put|set|cut|told|sold|left|lost|built"
    r"|brought|caught|kept|sent|spent|struck|thrown|born|hurt|led|paid|said|seen|won)\b"
)


def is_event_report(text: str, words: Iterable[str] | None = None) -> bool:
    """Whether ``text`` reads as a third-person report of an event (a figure, or a passive):
    neither the speaker's own account (first person) nor addressed to the listener (second).

    ``words``: the model's words of ``text`` (``model.words``), when already known: a
    passive needs one of the forms of "be" among them (a word of the pattern starts
    after a non-word character, so it is a word of the model's too unless an apostrophe,
    which the model's words take in, comes right before it)."""
    # the cheaper tests first: most statements have neither a figure nor a passive
    if not (has_digit(text) or (_may_be_passive(text, words) and _PASSIVE.search(text.lower()))):
        return False
    return not (_may_be_personal(text, words) and _FIRST_OR_SECOND_PERSON.search(text))


# The words of _FIRST_OR_SECOND_PERSON but "I", lower-cased: each is one of the model's
# words when no apostrophe touches it (the pattern's \b bounds it by non-word characters).
_PERSON_WORDS = frozenset("we us our ours my me you your yours yourself yourselves".split())


def _may_be_personal(text: str, words: Iterable[str] | None) -> bool:
    """Whether ``_FIRST_OR_SECOND_PERSON`` may match ``text`` (False only when surely not)."""
    return words is None or "I" in text or "'" in text or not _PERSON_WORDS.isdisjoint(words)


_BE_FORMS = frozenset(("is", "are", "was", "were", "be", "been", "being"))


def _may_be_passive(text: str, words: Iterable[str] | None) -> bool:
    """Whether ``_PASSIVE`` may match ``text`` (False only when surely not)."""
    return words is None or "'" in text or not _BE_FORMS.isdisjoint(words)


# Speech acts that take a stance whatever the words' sentiment: a denial or
# rejection (negating what someone claims or wants), a warning or threat (a
# condition with its consequence) and a demand (what someone must do). In news
# these are the moves of disagreement; each present act moves a statement down.
_DENIAL_WORDS = frozenset(
    "not no never none nothing nobody neither nor cannot impossible refuse refuses refused".split()
)
_DENIAL_PHRASES = ("out of question", "out of the question")
_CONDITIONS = frozenset(("if", "unless"))
_CONSEQUENCES = frozenset(("will", "would", "could", "might"))
_DEMAND_WORDS = frozenset(("should", "must"))
_DEMAND_PHRASES = ("need to", "needs to", "have to", "has to", "call on", "call upon")
_PHRASE_ENDS = frozenset(("to", "on", "upon"))  # last words of the demand phrases
# A demand also in the mandative construction, an adjective of necessity with a
# that-clause ("it is crucial that the Council address ...", "essential that they
# act"): what another party must do.
_NECESSITY = frozenset("crucial essential imperative vital necessary important urgent".split())
_NECESSITY_THAT = re.compile(rf"\b(?:{'|'.join(sorted(_NECESSITY))}) that\b")
# A rejection judges a claim or a proposal false or impossible: a stronger move
# than a plain negation ("the man was not known to her" reports a fact).
_REJECTION_WORDS = frozenset(
    """impossible unacceptable untrue false lie lies lying baseless groundless unfounded
    nonsense absurd ridiculous fabricated refuse refuses refused refusing reject rejects
    rejected deny denies denied never""".split()
)
# A warning without a condition: a modal of possibility with a word of harm right
# after it in its clause ("the firm could face a penalty", "the data may be used to
# steal funds"): the speaker points at a possible harm. Harm is what VADER's lexicon
# rates at or below -1.0; "could mean a change" or "may rise" is no warning.
_POSSIBILITY = frozenset(("could", "may", "might"))
_HARM_SPAN = 4  # words after the modal, within its clause
_HARM_VALENCE = -1.0
_CLAUSE_TOKEN = re.compile(r"[a-z']+|[^\sa-z']")
_SPEECH_WORD = re.compile(r"[a-z']+")
SPEECH_ACT_SHIFT = 0.04
# A negated modal of obligation ("should not", "mustn't") is one act, a prohibition (a
# demand), not a demand and a denial.
_PROHIBITION = re.compile(r"\b(should|must)(?:\s+not|n[’']t)\b")
REJECTION_SHIFT = 0.12


# "no" inside a noun phrase after "of" ("a vote of no confidence", "a point of no
# return") names a thing; it denies nothing.
_OF_NO = re.compile(r"\bof no\b")
_NO = re.compile(r"\bno\b")


def _only_of_no(words: set[str], lowered: str) -> bool:
    """Whether the statement's only negator is "no" in "of no ..." noun phrases."""
    return (
        "no" in words
        and _DENIAL_WORDS.isdisjoint(words - {"no"})
        and "of no" in lowered
        and len(_OF_NO.findall(lowered)) == len(_NO.findall(lowered))
    )


def possible_harm(lowered: str) -> bool:
    """Whether a modal of possibility is followed, within ``_HARM_SPAN`` words of its
    clause, by a word of harm (``lowered``: the statement in lower case)."""
    lexicon = _tables().lexicon
    tokens = _CLAUSE_TOKEN.findall(lowered)
    for index, token in enumerate(tokens):
        if token in _POSSIBILITY:
            for after in tokens[index + 1 : index + 1 + _HARM_SPAN]:
                if not after[0].isalpha():
                    break
                if lexicon.get(after, 0.0) <= _HARM_VALENCE:
                    return True
    return False


def speech_acts(text: str, words: Iterable[str] | None = None) -> list[str]:
    """The stance-taking speech acts found in a statement ("denial", "rejection" (a strong
    denial), "warning", "demand")."""
    lowered = text.lower()
    words = set(_SPEECH_WORD.findall(lowered) if words is None else words)
    acts = []
    if ("should" in lowered or "must" in lowered) and _PROHIBITION.search(lowered):
        lowered = _PROHIBITION.sub(r"\1", lowered)
        words = set(_SPEECH_WORD.findall(lowered))
    if (
        (not _DENIAL_WORDS.isdisjoint(words) and not _only_of_no(words, lowered))
        or "n't" in lowered
        or "n’t" in lowered
        or ("question" in words and any(p in lowered for p in _DENIAL_PHRASES))
    ):
        acts.append("denial")
    if not _REJECTION_WORDS.isdisjoint(words) or "denial" in acts and "question" in words:
        acts.append("rejection")
    if (not _CONDITIONS.isdisjoint(words) and not _CONSEQUENCES.isdisjoint(words)) or (
        not _POSSIBILITY.isdisjoint(words) and possible_harm(lowered)
    ):
        acts.append("warning")
    if (
        not _DEMAND_WORDS.isdisjoint(words)
        or (not _PHRASE_ENDS.isdisjoint(words) and any(p in lowered for p in _DEMAND_PHRASES))
        or (
            "that" in words and not _NECESSITY.isdisjoint(words) and _NECESSITY_THAT.search(lowered)
        )
    ):
        acts.append("demand")
    return acts
