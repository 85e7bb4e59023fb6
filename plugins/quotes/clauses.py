"""Where a reported clause starts after a verb of saying, without a parse.

English reports speech after the verb in three shapes this module reads:

* a finite clause, with or without ``that``: ``said (that) the plan failed``,
  ``says she couldn't``, ``said if he wins, he would ...``;
* an object, then a clause: ``told reporters (on Monday) the plan failed``,
  ``told the Post that ...``;
* an object that is itself the reported content: ``announced his candidacy``,
  ``called for a ban``, ``urged them to vote``, ``denied the charges``.

A finite clause is recognised by a verb-like word within a few words of its
start: an auxiliary or modal, a contraction (``he's``, ``couldn't``), a past
form (``-ed``) or a third-person present form (``-s``) after the first word.
That is what separates ``..., said the plan failed`` from an inverted
``..., said the mayor of Ames``, whose words after the verb are a name.
"""

from __future__ import annotations

from ..text.people import TITLE_ABBREVIATIONS
from ..text.tokens import Token

# Finite auxiliaries and modals: "said [the plant] had closed", "said [Lee] would go".
AUXILIARIES = frozenset(
    "was were is are am had has have would will could can should might may must did does "
    "shall".split()
)
# Verbs of saying whose complement is a clause ("said the plan failed").
CLAUSE_VERBS = frozenset(
    """say claim argue suggest insist predict add contend assert tell warn note explain
    acknowledge admit confirm deny stress emphasize emphasise recall promise vow report write
    tweet post reply respond declare concede maintain allege reiterate reveal remind repeat
    agree complain boast testify announce state""".split()
)
# Verbs of saying whose object is the reported content ("announced his candidacy").
OBJECT_VERBS = frozenset(
    """announce urge deny confirm acknowledge admit promise pledge vow accuse praise
    predict propose demand defend reiterate reveal criticize criticise condemn blame
    dismiss reject endorse welcome describe explain recall stress report cite
    detail outline tweet state""".split()
)
# Two-word cues whose object is the content: "called for a ban", "calls on Congress to act".
OBJECT_PHRASES = frozenset({("call", "for"), ("call", "on")})
_RELATIVES = frozenset({"who", "which", "whom", "whose"})
_CLAUSE_STOPS = frozenset(".;:!?()[]—–")
_NOT_CLAUSE_START = frozenset(
    """to of for in on at with about from by than as and or but when while because after
    before since until into over under through during without against between among amid
    per like unlike so then who which whom whose where yes no nothing something anything
    everything goodbye hello thanks""".split()
)
_CONTRACTIONS = ("’d", "'d", "’ll", "'ll", "’re", "'re", "’ve", "'ve", "n’t", "n't")
# "he's" is "he is"; "Merkel's" is a possessive.
_IS_CONTRACTIONS = frozenset(
    f"{word}{mark}s"
    for word in "he she it there that what who here where everyone everything".split()
    for mark in "'’"
)
_NOT_VERB_ENDINGS = ("ss", "us", "is", "ics", "ness", "ous")
# Irregular past forms (a closed class of English): "said millions lost their homes",
# "saying he understood". Forms that are as often nouns or adjectives ("left", "cost",
# "hit", "put", "bid", "set") are left out.
IRREGULAR_PAST = frozenset(
    """ate became began bent bit bled blew bought brought broke built burnt caught
    chose clung came crept dealt did drank drew drove dug fed felt fell fled flew forbade
    forgave forgot fought found froze gave got grew hung heard held hid kept knelt knew
    laid led leapt lent lost made meant met overcame overtook paid ran rang rode rose
    sang sank sat saw sought sold sent shook shone shot showed shrank slept slid
    spoke spent spun sprang stood stole stuck stung strode struck strove swept swore swam
    swung taught tore told thought threw understood undertook upheld wept went withdrew
    woke won wore wrote""".split()
)
# Nominative pronouns: a clause starts with them ("said he would", "saying they infringe").
NOMINATIVE_PRONOUNS = frozenset("i he she we they".split())
_MAX_SUBJECT = 8
# Verbs that mean "say" and nothing else common ("rage", "question", "speak of" do not).
PLAIN_SAYING = frozenset(
    """say tell add note explain argue write warn insist claim acknowledge admit confirm
    recall predict conclude contend observe testify reply respond announce declare stress
    suggest allege report""".split()
)
# Days and parts of the day: "said on Monday it ...", "said Thursday."
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    week month year night morning afternoon evening""".split()
)


def verb_like(token: Token, position: int, previous: Token | None = None) -> bool:
    """Could ``token`` be the finite verb of a clause (``position`` words into it)?

    A past or third-person form right after a determiner, a preposition or a number
    word is a noun or an adjective ("the failed coup", "of supporters", "few days").
    """
    lower = token.lower
    if lower in AUXILIARIES or lower.endswith(_CONTRACTIONS) or lower in _IS_CONTRACTIONS:
        return True
    if position == 0 or not token.text[0].islower():
        return False
    if previous is not None and (previous.lower in NOT_BEFORE_VERB or previous.text[0].isdigit()):
        return False
    if (lower.endswith("ed") and len(lower) > 4) or lower in IRREGULAR_PAST:
        return True
    return lower.endswith("s") and len(lower) > 3 and not lower.endswith(_NOT_VERB_ENDINGS)


# Words after which a verb form is a noun or adjective: determiners, prepositions, numbers.
NOT_BEFORE_VERB = frozenset(
    """the a an his her their its our my your this these those that every each some any no
    of for in on at with about from by into over under through during without against
    between among per to few many several two three four five six seven eight nine ten
    most more very so last next other such""".split()
)


def clause_follows(tokens: list[Token], start: int, end: int) -> bool:
    """Does a finite clause start at ``tokens[start]`` (``the plan failed``, ``he's``)?"""
    if start >= end:
        return False
    first = tokens[start]
    if first.lower in _APPROXIMATORS and start + 2 < end and _quantity(tokens, start + 1):
        return clause_follows(tokens, start + 1, end)  # "said about half of them were ..."
    if first.lower in _SUBORDINATORS and first.lower != "if":
        return _main_clause_after_subordinate(tokens, start, end)
    if first.lower in _NOT_CLAUSE_START or not first.text[0].isalnum():
        return first.lower == "if"
    if first.lower.endswith("ing") and first.text[0].islower():
        return False  # a gerund object: "fears returning home"
    if (
        first.lower in NOMINATIVE_PRONOUNS
        and start + 1 < end
        and tokens[start + 1].text[0].isalpha()
    ):
        return True  # a subject pronoun: "said he understood", "saying they infringe"
    opening = 1 if first.lower in {"if", "when", "because", "although"} else 0
    for position, index in enumerate(range(start + opening, min(end, start + _MAX_SUBJECT + 1))):
        token = tokens[index]
        if token.text == "." and tokens[index - 1].lower in TITLE_ABBREVIATIONS:
            continue  # "said Mr. Lee had ..."
        if token.text in _CLAUSE_STOPS or token.text == "," or token.lower in _RELATIVES:
            return False  # a relative pronoun: a noun phrase ("an aide who was ...")
        if verb_like(token, position, tokens[index - 1]):
            return position > 0 or _subject_and_verb(token.lower)
    return False


_APPROXIMATORS = frozenset("about over under nearly almost roughly".split())
_QUANTITIES = frozenset("half a one two three four five six seven eight nine ten".split())


def _quantity(tokens: list[Token], index: int) -> bool:
    """A share of a whole: "half of", "40 percent of", "a third of"."""
    token, following = tokens[index], tokens[index + 1].lower
    if token.lower == "a":
        return following in {"third", "quarter", "fifth", "fraction"}
    return (token.text[0].isdigit() or token.lower in _QUANTITIES) and following in {
        "of",
        "percent",
        "%",
    }


# Conjunctions that open a subordinate clause before the main one: "said when the case
# came to court, he had no doubt ...".
_SUBORDINATORS = frozenset(
    "if when once while although though because unless until after before since".split()
)
_MAX_SUBORDINATE = 20


def _main_clause_after_subordinate(tokens: list[Token], start: int, end: int) -> bool:
    """A subordinate clause (a verb, then a comma) followed by a main clause."""
    has_verb = False
    for index in range(start + 1, min(end, start + _MAX_SUBORDINATE)):
        token = tokens[index]
        if token.text in _CLAUSE_STOPS:
            return False
        if token.text == ",":
            return has_verb and clause_follows(tokens, index + 1, end)
        has_verb = has_verb or verb_like(token, index - start, tokens[index - 1])
    return False


def after_object(tokens: list[Token], start: int, end: int) -> int | None:
    """Index after the addressee of ``told``: a pronoun, or a short noun phrase
    (``reporters``, ``the National Post``, ``ABC's "Good Morning America"``)."""
    index = start
    limit = min(end, start + 8)
    while index < limit:
        token = tokens[index]
        if token.lower == "that" or (index > start and clause_follows(tokens, index, end)):
            return index
        if token.text in _CLAUSE_STOPS or token.text == ",":
            return None
        index += 1
    return None


def _subject_and_verb(lower: str) -> bool:
    """A contraction that holds a subject and its verb ("he's", "they'd", "we'll")."""
    return lower in _IS_CONTRACTIONS or (
        lower.endswith(_CONTRACTIONS) and not lower.endswith(("n’t", "n't"))
    )


def noun_use(tokens: list[Token], index: int, base: str) -> bool:
    """Is a base-form verb of saying a noun here ("three state elections", "a post")?

    A base form is a verb after a subject pronoun, a modal or "to"; else it is read as
    a noun when the word is also a common noun.
    """
    if base not in ALSO_NOUNS or tokens[index].lower != base or index == 0:
        return False
    return tokens[index - 1].lower not in _BEFORE_BASE_VERB


ALSO_NOUNS = frozenset(
    """state report post tweet promise vow claim warn comment answer note reply
    respond demand blame welcome praise repeat question comment answer""".split()
)
_BEFORE_BASE_VERB = frozenset(
    """i we you they to will would can could should may might must did do does not
    also often always never""".split()
)

# Words that open no subject: prepositions, conjunctions, adverbs of sequence.
NOT_SUBJECT_START = frozenset(
    """to of for in on at with about from by than as and or but if when while because after
    before since until into over under through during without against between among amid
    per like unlike so then""".split()
)

_TRAILING_PUNCTUATION = " \t\n,;:."


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without trailing punctuation or leading white space."""
    while end > start and text[end - 1] in _TRAILING_PUNCTUATION:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end
