"""Reading the words around a quote or a reporting verb.

Everything works on the token list of the whole document (``tokenize``) and
on token indices, so each lookup touches a bounded window of tokens.
"""

from __future__ import annotations

from ..text.name_words import GIVEN_NAMES, is_name_token, is_title_token
from ..text.people import (
    TITLE_ABBREVIATIONS,
)
from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token
from .cues import (
    CLAUSE_BREAK,
    CUE_WORDS,
    SENTENCE_END,
    cue_at,
    dot_in_name,
)
from .noun_phrases import (
    FUNCTION_WORDS,
    after_a_preposition,
    np_word,
    object_of_role,
    past_form,
    personal_name_before,
    possessed_noun,
)
from .second_clause import main_clause_comma, opens_with_subordinate
from .speakers.groups import coordinated_group_start, group_with_place
from .speakers.mentions import Mention, mention_from_window
from .time_phrases import TIME_AFTER, before_time_phrase

_ADVERBS = frozenset(
    """also again later then once previously recently further had has have would will was
    is were are been be did does do quickly simply only just even still later repeatedly
    specifically reportedly publicly privately flatly bluntly often always never
    already""".split()
)
_MODALS = frozenset("may might could should must would will can".split())
# Sets built once here rather than by a ``|`` inside a loop.
# "Lee, the governor, Tuesday said": a day or time word before the verb is an adverbial.
_TIME_ADVERBIALS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight".split()
)
_ADVERBS_OR_NOT = _ADVERBS | {"not"} | _TIME_ADVERBIALS
_ADVERBS_OR_REPORTEDLY = _ADVERBS | {"reportedly"}
_INVERTED_STOPS = frozenset(
    """on in at during who which when after before as while to from with about that this
    last earlier yesterday today in an told adding saying because but and""".split()
)
_LEADING_ADVERBS = frozenset(
    "and but so then yet still also now later meanwhile instead however well".split()
)
_SUBJECT_STOPS = frozenset(
    "that and but or while because if when as who which where though although".split()
)
MAX_WINDOW = 12
_DASHES = frozenset({"-", "—", "–", "--"})


def is_boundary(text: str, tokens: list[Token], index: int) -> bool:
    """Is there a sentence or paragraph break right before ``tokens[index]``?"""
    if index <= 0:
        return True
    prev = tokens[index - 1]
    if "\n" in text[prev.end : tokens[index].start]:
        return True
    if prev.text in SENTENCE_END:
        if prev.text == "." and index >= 2 and _is_abbreviation(tokens[index - 2]):
            return False
        return tokens[index].text[0].isupper() or tokens[index].text in QUOTE_MARKS
    return False


def _is_abbreviation(token: Token) -> bool:
    """ "Sen." and the initial in "Robert P. Casey" do not end a sentence."""
    return token.lower in TITLE_ABBREVIATIONS or (len(token.text) == 1 and token.text.isupper())


def clause_start(text: str, tokens: list[Token], index: int, low: int) -> int:
    """Leftmost index of the clause ending before ``index`` (stops at breaks)."""
    start = index
    while start > low and index - start < MAX_WINDOW:
        prev = tokens[start - 1]
        if is_boundary(text, tokens, start) or prev.text in CLAUSE_BREAK:
            break
        if prev.text in QUOTE_MARKS or prev.lower in _SUBJECT_STOPS:
            break
        start -= 1
    return start


def subject_before(text: str, tokens: list[Token], cue_index: int, low: int) -> Mention | None:
    """The subject right before a reporting verb: "The Russian leader (specifically) noted"."""
    end = cue_index
    while (
        end > low
        and tokens[end - 1].lower in _ADVERBS_OR_NOT
        or (
            end > low
            and tokens[end - 1].lower.endswith("ly")
            and not is_name_token(tokens[end - 1])
        )
        or (end > low and tokens[end - 1].lower in _MODALS and tokens[end].lower == "have")
    ):
        end -= 1  # "Lee (also) said", "Lee may have said"
    if end - 1 > low and tokens[end - 1].lower == "on" and tokens[end].lower in _TIME_ADVERBIALS:
        end -= 1  # "Lee on Tuesday said": the day went with the adverbs
    if (
        end - 2 > low
        and tokens[end - 1].lower in _TIME_ADVERBIALS
        and tokens[end - 2].lower == "on"
    ):
        end -= 2  # "Lee on Tuesday said"
    end = before_time_phrase(tokens, end, low)  # "When Lee a month later announced"
    if end - 1 > low and tokens[end - 1].text in _DASHES:
        # "Donald Trump - who previously said ... - said": a parenthetical between dashes
        opening = end - 2
        while opening > low and end - opening < 40 and tokens[opening].text not in _DASHES:
            if is_boundary(text, tokens, opening):
                break
            opening -= 1
        if opening > low and tokens[opening].text in _DASHES:
            end = opening
    if end - 1 > low and tokens[end - 1].text == ")":
        # "Rep. Jo Lee (D-Wash.) said": read the name before the parenthesis.
        opening = end - 2
        while opening > low and end - opening < 24 and tokens[opening].text != "(":
            opening -= 1
        if tokens[opening].text == "(":
            end = opening
    if end - 1 > low and tokens[end - 1].text == ",":
        return _subject_before_apposition(text, tokens, end - 1, low)
    start = coordinated_group_start(tokens, clause_start(text, tokens, end, low), low)
    if start - 1 > low and tokens[start - 1].lower == "who":
        antecedent = _antecedent(text, tokens, start - 1, end, low)
        if antecedent is not None:
            return antecedent
    if start >= end:
        return None
    leader = _first_conjunct(text, tokens, start, end, low)
    if leader is not None:
        return leader
    mention = group_with_place(text, tokens, start, end) or mention_from_window(
        text, tokens, start, end
    )  # "People in Fort Ames said"
    if (mention is None or mention.kind != "name") and start - 1 > low:
        # "Jo Lee, the director of the party said": the apposition lost its comma.
        named = _name_before_comma(text, tokens, start - 1, low)
        if named is not None:
            return named
    return mention


def _antecedent(text: str, tokens: list[Token], who: int, end: int, low: int) -> Mention | None:
    """The person or group a "who" clause is about speaks both through a verb of saying
    inside it ("voters who said") and through the verb after it ("Republicans who have
    praised him warned"), unless the clause has a subject of its own ("the man who Lee
    said was there")."""
    between = mention_from_window(text, tokens, who + 1, end) if who + 1 < end else None
    if between is not None and between.start == tokens[who + 1].start:
        return None  # the clause's own subject: "the man who Lee said was there"
    if who + 1 == end and tokens[who - 1].text != ",":
        return None  # "dismissed critics who called it ...": who is named by the verb's object
    if who + 1 < end and not past_form(tokens[end].lower) and tokens[end].lower.endswith("s"):
        return None  # "critics who called the remarks": a noun after the clause's verb
    if tokens[who - 1].text == ",":
        who -= 1  # "Ann Kay, who said": a non-restrictive clause
    first = who
    while first > low and who - first < MAX_WINDOW and np_word(tokens[first - 1]):
        first -= 1  # the noun phrase right before "who", not the clause holding it
    if first >= who:
        return None
    mention = mention_from_window(text, tokens, first, who)
    if mention is None or mention.kind == "pronoun":
        return None
    return mention


def _first_conjunct(
    text: str, tokens: list[Token], start: int, end: int, low: int
) -> Mention | None:
    """The named first member of a coordinated subject ("Lee and his lawyers said", "She
    and her aides vowed"): the person at the head of the group speaking. Only when the
    second member is a noun phrase of its own (a determiner, possessive or name opens it;
    "Current and former officials" is one group)."""
    conjunction = start - 1
    if conjunction <= low or tokens[conjunction].lower != "and":
        return None
    opener = tokens[start]
    if not (opener.lower in _SECOND_CONJUNCT_OPENERS or is_name_token(opener)):
        return None
    first = clause_start(text, tokens, conjunction, low)
    if first >= conjunction or not (
        is_boundary(text, tokens, first)
        or (first > low and tokens[first - 1].lower in _CONJUNCT_LEADERS)
        or tokens[first].lower == "both"
    ):
        return None  # "Colorado, Oklahoma and his home state": a list, not a subject
    while first < conjunction - 1 and tokens[first].lower in _CONJUNCT_LEADERS:
        first += 1  # "But Lee and his aides said", "both Lee and her campaign"
    mention = mention_from_window(text, tokens, first, conjunction)
    if mention is None or mention.start != tokens[first].start:
        return None
    if mention.kind == "name" or mention.surface.lower() in _NOMINATIVE_PRONOUNS:
        return mention
    return None


_SECOND_CONJUNCT_OPENERS = frozenset("his her their its other others several".split())
_CONJUNCT_LEADERS = frozenset("both but yet so and".split())
_NOMINATIVE_PRONOUNS = frozenset("he she they we".split())


def _name_before_comma(
    text: str, tokens: list[Token], comma: int, low: int, single: bool = False
) -> Mention | None:
    """A full personal name that makes up the whole clause before ``tokens[comma]``
    (with ``single``, a one-word name too: "Lee, who ...")."""
    if tokens[comma].text != ",":
        return None
    start = clause_start(text, tokens, comma, low)
    if start >= comma or not (start == low or is_boundary(text, tokens, start)):
        return None
    mention = mention_from_window(text, tokens, start, comma)
    if mention is None or mention.kind != "name" or len(mention.name.split()) < 2 - single:
        return None
    return mention if mention.start == tokens[start].start else None


def _subject_before_apposition(
    text: str, tokens: list[Token], last_comma: int, low: int
) -> Mention | None:
    """The subject of "Jo Lee, 33, of Ames, Iowa, said" or "her adviser, Jo Lee, said".

    The apposition may hold commas itself: the earliest comma of the clause with a
    name before it wins. When the words before the first comma only describe the
    speaker and the apposition is a name ("her adviser, Jo Lee,"), the name wins.
    """
    commas = []
    probe = last_comma - 1
    while probe > low and last_comma - probe < 2 * MAX_WINDOW:
        token = tokens[probe]
        if token.text in QUOTE_MARKS or token.text in "!?;:" or is_boundary(text, tokens, probe):
            break
        if token.text == ",":
            commas.append(probe)
        probe -= 1
    fallback = None
    for comma in reversed(commas):  # the earliest comma first
        start = clause_start(text, tokens, comma, low)
        if start >= comma:
            continue
        mention = mention_from_window(text, tokens, start, comma)
        if mention is None or after_a_preposition(tokens, mention, start):
            continue  # "Speaking in Harlem, Clinton, without naming him, accused"
        following = commas[commas.index(comma) - 1] if comma != commas[0] else last_comma
        if start - 1 > low and tokens[start - 1].lower == "and":
            # "the envoy for the Council of Workers and Farmers, Jo Lee, said": the words
            # after "and" end a longer description; the name set off after it speaks
            set_off = _name_set_off(text, tokens, comma, following)
            if set_off is not None:
                return set_off
        role_object = object_of_role(tokens, mention, start)
        if mention.kind == "name" and not role_object:
            return mention
        if fallback is None and comma == commas[0]:
            fallback = mention
        if mention.kind == "description" or role_object:
            return _name_set_off(text, tokens, comma, following) or mention
    return fallback


def _name_set_off(text: str, tokens: list[Token], comma: int, following: int) -> Mention | None:
    """The name between two close commas ("her adviser, Jo Lee, said"), if it is one."""
    if following - comma > 5:
        return None
    inside = mention_from_window(text, tokens, comma + 1, following)
    return inside if inside is not None and inside.kind == "name" else None


def subject_after(text: str, tokens: list[Token], cue_last: int, high: int) -> Mention | None:
    """The speaker after an inverted verb: "said Putin", "said the woman, who ..."."""
    start = cue_last + 1
    end = start
    while end < high and end - start < 8:
        token = tokens[end]
        if token.text in SENTENCE_END or token.text in CLAUSE_BREAK or token.text in QUOTE_MARKS:
            if not (token.text == "." and end > start and dot_in_name(tokens, end, high)):
                break
        if token.lower in _INVERTED_STOPS or (token.lower == "of" and end > start + 1):
            break
        if end > start and is_boundary(text, tokens, end):
            break
        end += 1
    if end == start:
        return None
    return mention_from_window(text, tokens, start, end)


_NAME_STOPS = frozenset({",", ".", ";"})


def name_end(
    tokens: list[Token], start: int, high: int, limit: int, stops: frozenset[str] = _NAME_STOPS
) -> int:
    """Index after a name that starts at ``start`` ("— Jane Doe", "according to Dennis B.
    Ross,"): at the first of ``stops``, except a full stop inside the name ("Sen.", "J.")."""
    end = start
    while end < high and end - start < limit:
        word = tokens[end].text
        if word in stops and not (word == "." and end > start and dot_in_name(tokens, end, high)):
            break
        end += 1
    return end


def sentence_subject(text: str, tokens: list[Token], start: int, high: int) -> Mention | None:
    """The subject at the start of a sentence, after a short introductory phrase."""
    while start < high - 1 and tokens[start].lower in _LEADING_ADVERBS:
        start += 1  # "And then Lee went on the attack"
        if tokens[start].text == "," and tokens[start - 1].lower == "well":
            start += 1  # "Well, if you read between the lines, Lee was saying"
    if opens_with_subordinate(tokens, start, high):
        comma = main_clause_comma(tokens, start, high)  # "While Lee spoke, Berg left"
        start = start if comma is None else comma + 1
    index = start
    opener = _participle_phrase_end(tokens, start, high)
    if opener is None:
        named = name_before_finite_verb(text, tokens, start, high)
        if named is not None:
            return named
    for probe in range(start, min(high, start + 8) if opener is None else start):
        if tokens[probe].text == ",":
            # "Jo Lee, an aide, ..." is the subject and its apposition; "At a rally in
            # Ames, ..." is an introductory phrase; "Lee, who ..." a name and its clause.
            named = _name_before_comma(
                text, tokens, probe, start, probe + 1 < high and tokens[probe + 1].lower == "who"
            )
            if named is not None and tokens[start].lower not in {"the", "a", "an"}:
                return named
            index = probe + 1
            break
        if tokens[probe].text in QUOTE_MARKS:
            break
    if opener is not None:
        index = opener
    end = index
    while end < high and end - index < 8:
        token = tokens[end]
        if token.lower in CUE_WORDS and cue_at(tokens, end) is not None:
            break
        if token.text in CLAUSE_BREAK or token.text in SENTENCE_END:
            if not (token.text == "." and end > index and dot_in_name(tokens, end, high)):
                break
        if token.text in QUOTE_MARKS:
            break
        if token.text[0].islower() and not np_word(token):
            if not possessed_noun(tokens, index, end):
                break
        if token.lower == "of" and personal_name_before(tokens, index, end):
            break  # "Tom Emanuel of Laconia": a person and where they come from
        end += 1
    if end == index:
        return None
    return mention_from_window(text, tokens, index, end)


def name_before_finite_verb(
    text: str, tokens: list[Token], start: int, high: int
) -> Mention | None:
    """A sentence opening with a name and a finite verb ("Jo Lee celebrated in Ames
    with supporters, declaring ..."): the name is the subject, whatever comma follows."""
    end = start
    while (
        end < high
        and end - start < 6
        and (
            is_name_token(tokens[end])
            or is_title_token(tokens[end])
            or (tokens[end].text == "." and end > start and dot_in_name(tokens, end, high))
        )
    ):
        end += 1
    if end == start or end >= high or tokens[start].lower.endswith("ing"):
        return None
    name_end_at = end
    if tokens[end].text in _DASHES:  # "Mrs. Clinton -- whose husband ... -- has derided"
        closing = next(
            (i for i in range(end + 1, min(high, end + 40)) if tokens[i].text in _DASHES), -1
        )
        while 0 < closing < high - 1 and tokens[closing + 1].text in _DASHES:
            closing += 1  # "--" written as two tokens
        if closing < 0 or closing + 1 >= high:
            return None
        end = closing + 1
    verb = tokens[end].text
    if not verb.isalpha() or not verb.islower() or np_word(tokens[end]):
        return None
    if verb in FUNCTION_WORDS or verb in TIME_AFTER:
        return None  # "Tom Emanuel of Laconia", "Lee and Kay", "Hours later": no verb yet
    mention = mention_from_window(text, tokens, start, name_end_at)
    return mention if mention is not None and mention.kind == "name" else None


def _participle_phrase_end(tokens: list[Token], start: int, high: int) -> int | None:
    """After "Appearing before cheering supporters Monday morning at NLD headquarters,"
    (a participle phrase opening the sentence), the index where the subject starts."""
    word = tokens[start].text
    if not (word[0].isupper() and word.endswith("ing") and len(word) > 5):
        return None
    if start + 1 >= high or tokens[start + 1].lower not in _AFTER_PARTICIPLE:
        return None  # "Manning said", "Fleming told reporters, ..."
    if tokens[start].lower in GIVEN_NAMES:
        return None
    for probe in range(start + 2, min(high, start + _PARTICIPLE_REACH)):
        text = tokens[probe].text
        if text == "," and not _place_comma(tokens, probe, high):
            return probe + 1
        if text in QUOTE_MARKS or text in SENTENCE_END:
            return None
    return None


_PARTICIPLE_REACH = 25
# "Speaking at", "Appearing before", "Citing last week's", "Addressing the"
_AFTER_PARTICIPLE = frozenset(
    """at in on before after to with from about for during outside inside near over
    under through into up out the a an his her their its last this that""".split()
)


def _place_comma(tokens: list[Token], comma: int, high: int) -> bool:
    """The comma inside "in Salem, New Hampshire," (a place and its state)."""
    if comma < 2 or comma + 1 >= high or not tokens[comma - 1].text[0].isupper():
        return False
    run = comma - 1
    while run > 0 and tokens[run - 1].text[0].isupper():
        run -= 1
    if run == 0 or tokens[run - 1].lower not in {"in", "at", "near", "from", "outside"}:
        return False
    after = comma + 1
    while after < high and after - comma <= 3 and tokens[after].text[0].isupper():
        after += 1
    return after > comma + 1 and after < high and tokens[after].text == ","
