"""Who makes a claim named by a noun: ``Lee's claim that ...``, ``claims by Tolmia that ...``.

A verb of saying used as a noun (``claim``, ``statement``, ``warning``) reports the clause
after it, and the one who said it is its possessor (``Lee's claim``) or the noun phrase
after ``by`` (``claims by the army``), not the subject of the sentence (``He rejected
Lee's claim that ...`` reports Lee, not him).
"""

from __future__ import annotations

from ...text.name_words import strip_possessive
from ...text.people import DOCUMENT_NOUNS, GROUP_NOUNS, ORG_HEADS, ORG_WORDS, ROLE_NOUNS
from ...text.quotation_marks import QUOTE_MARKS
from ...text.tokens import Token
from .mentions import Mention, mention_before_modifier, mention_from_window

_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
_MAX_BY_PHRASE = 6


def claimant(text: str, tokens: list[Token], cue_index: int, first: int) -> Mention | None:
    """The speaker of a noun cue at ``tokens[cue_index]``, or None when it is no noun
    with a possessor or a ``by`` phrase."""
    if tokens[cue_index].lower.endswith(("ed", "ing")):
        return None  # 'was claimed by', 'claiming': verbs
    before = tokens[cue_index - 1] if cue_index > first else None
    owner = cue_index - 1
    if tokens[cue_index].lower in CUE_NOUNS:
        while owner > first and cue_index - owner <= _MAX_ADJECTIVES and _adjective(tokens[owner]):
            owner -= 1  # "Lee's original pledge to", "Lee's false claims that"
    if owner >= first and tokens[owner].lower.endswith(_POSSESSIVE_ENDINGS):
        return _as_claimant(mention_from_window(text, tokens, first, owner + 1, possessive=True))
    by = cue_index + 1
    if before is None or by >= len(tokens) or tokens[by].lower != "by":
        return None
    for end in range(by + 2, min(len(tokens), by + 2 + _MAX_BY_PHRASE)):
        if tokens[end].lower == "that":
            return _as_claimant(mention_from_window(text, tokens, by + 1, end))
    return None


def claim_in_object(tokens: list[Token], start: int, last: int) -> bool:
    """Does the object starting at ``tokens[start]`` open with a claim that someone else
    made ("described Lee's claim that ... as nonsense", "rejected the army's claims
    that ...")? Its clause is the claimant's report, not the verb's content."""
    for index in range(start + 1, min(last - 1, start + _MAX_BY_PHRASE)):
        if tokens[index - 1].lower.endswith(_POSSESSIVE_ENDINGS):
            word = tokens[index].lower
            return word in CUE_NOUNS and tokens[index + 1].lower == "that"
    return False


def described_claim_end(
    tokens: list[Token], cue_index: int, start: int, end: int, first: int
) -> int:
    """Where a claim's clause ends when a verb of describing holds the claim as its
    object ("He described Lee's claim that C as "nonsense"", "dismissed Lee's claims
    that C as a lie"): at the "as" that completes the describing verb."""
    if not any(t.lower.startswith(_DESCRIBING) for t in tokens[first:cue_index]):
        return end
    for index in range(end - 2, start, -1):
        following = tokens[index + 1]
        if tokens[index].lower == "as" and (
            following.text in QUOTE_MARKS or following.lower in {"a", "an", "the"}
        ):
            return index
    return end


_DESCRIBING = ("describ", "dismiss", "brand", "characteri", "label", "denounc", "decr")


# Verbs of saying used as nouns that report a clause ("Lee's claim that ...").
CUE_NOUNS = frozenset(
    """claim claims allegation allegations assertion assertions suggestion suggestions
    statement statements warning warnings argument arguments insistence contention
    promise promises pledge pledges vow vows charge charges accusation accusations
    denial denials""".split()
)


def _adjective(token: Token) -> bool:
    """A lower-case word that may stand between a possessor and its noun ("original",
    "fire-breathing"), not a function word."""
    lower = token.lower
    if not token.text[:1].islower() or not lower.replace("-", "").isalpha():
        return False
    if lower.endswith("s") and not lower.endswith(("ous", "less")):
        return False  # a plural noun: "Lee's aides claim", "Lee's opponents vow"
    return lower not in _NOT_ADJECTIVES and lower not in _NOUNS


_MAX_ADJECTIVES = 2
_NOUNS = GROUP_NOUNS | ROLE_NOUNS | ORG_HEADS | ORG_WORDS
_NOT_ADJECTIVES = frozenset(
    """the a an of to in on at for by with and or but that this these those his her their
    its our my your is was are were has had have be been""".split()
)


def _as_claimant(mention: Mention | None) -> Mention | None:
    """A claimant speaks in someone else's sentence, so a later "he" is not read as
    them (``He rejected Lee's claim that ... He added ...`` is the subject)."""
    if mention is not None:
        mention.claimant = True
        if mention.kind != "name":  # "the agency's claim": the agency, not "agency's"
            mention.surface = strip_possessive(mention.surface.replace("’", "'"))
            mention.name = strip_possessive(mention.name.replace("’", "'"))
    return mention


def cited_source(
    text: str, tokens: list[Token], low: int, high: int, mention: Mention | None
) -> Mention | None:
    """The source of ``according to tokens[low:high]`` when the phrase is a text with a
    participle and ``by`` ("a memo obtained by Channel 9", "minutes seen by Reuters"): the
    one who obtained or saw the text did not say it, so the source is the text's head,
    and a text (a memo, a report) names no speaker."""
    for index in range(low + 1, high - 1):
        word = tokens[index].lower
        if tokens[index + 1].lower == "by" and (word.endswith("ed") or word in _SEEN):
            if mention is None or mention.start < tokens[index].start:
                return mention  # the source stands before the participle
            head = mention_before_modifier(text, tokens, low, index)
            if head is None or head.descriptors & DOCUMENT_NOUNS:
                return None
            return head
    return mention


def printed_in(tokens: list[Token], low: int, high: int, mention: Mention) -> bool:
    """Is ``mention`` the medium where the text ``tokens[low:high]`` appeared ("a report
    in the journal Nature", "a study published in Science"), with no author named? A
    journal or paper prints a text; it does not say it."""
    for index in range(low, min(high - 1, low + 5)):
        if tokens[index].lower in DOCUMENT_NOUNS:
            after = index + 1
            if after < high - 1 and tokens[after].lower in {"published", "appearing"}:
                after += 1
            if tokens[after].lower != "in" or mention.start < tokens[after].start:
                return False
            return not any(t.lower in {"by", "from"} for t in tokens[after:high])
    return False


_SEEN = frozenset("seen written drawn given made taken shown".split())
