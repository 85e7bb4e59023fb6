"""Direct and partial quotes: classify each quoted span and find its attribution."""

from __future__ import annotations

from ..text.name_words import is_initial, is_name_token
from ..text.people import ROLE_NOUNS
from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token, TokenIndex
from .boundaries import Boundaries
from .candidate import Candidate
from .context import (
    is_boundary,
    name_end,
    sentence_subject,
    subject_after,
    subject_before,
)
from .cues import (
    SENTENCE_END,
    Cue,
    cue_at,
    dot_in_name,
    find_cue_backward,
    find_cue_forward,
)
from .marks import QuoteSpan
from .partial import attribute_partial, strip_end_punctuation
from .reporting_verbs import NAMING_WORDS, SPEECH_BASES
from .speakers.mentions import Mention, mention_from_window
from .verb_subjects import subject_of_cue

_TERMINAL = frozenset(".!?,;:…—–-")
_DASHES = frozenset("—–-")
_LOOKAROUND = 60
_ENDS_CLAUSE_AFTER = SENTENCE_END | {",", "—", "–", ")"}


def _sentence_start(text: str, tokens: list[Token], index: int) -> int:
    start = index
    while start > 0 and index - start < _LOOKAROUND and not is_boundary(text, tokens, start):
        start -= 1
    return start


def _sentence_end(text: str, tokens: list[Token], index: int) -> int:
    end = index
    while end < len(tokens) and end - index < _LOOKAROUND:
        if end > index and is_boundary(text, tokens, end):
            break
        end += 1
    return end


_DASH_NAME_STOPS = frozenset({",", ".", "(", ";"})


def _after_attribution(
    text: str, tokens: list[Token], first: int, high: int, ends_sentence: bool
) -> tuple[Mention | None, Cue | None, int]:
    """Attribution after a closing mark: ", he said", ", said Putin", "— Jane Doe"."""
    index = first
    glued = index < high and tokens[index].text in {",", "—", "–"}
    if index < high and tokens[index].text == ",":
        index += 1
    if index < high and tokens[index].text in _DASHES:
        end = name_end(tokens, index + 1, high, 7, _DASH_NAME_STOPS)
        return mention_from_window(text, tokens, index + 1, end), None, end
    if index < high and tokens[index].lower == "according" and index + 1 < high:
        end = name_end(tokens, index + 2, high, 6)
        return mention_from_window(text, tokens, index + 2, end), None, end
    # a title of up to eight words and a name may stand before the verb
    cue = find_cue_forward(tokens, index, high, _MAX_TITLE_WORDS + 4)
    if cue is None:
        return _apposition_attribution(text, tokens, index, high)
    if cue.index == index:
        mention = subject_after(text, tokens, cue.last, high)
        return (mention, cue, cue.last + 1) if mention is not None else (None, None, -1)
    tail = tokens[cue.last + 1 : high]
    opens_next = any(t.lower == "that" or t.text == ":" or t.text in QUOTE_MARKS for t in tail)
    if ends_sentence and not glued and (len(tail) > 6 or opens_next):
        # '"... in the region." She later said that ...' starts a new sentence.
        mention = None
    else:
        mention = subject_before(text, tokens, cue.index, index)
    if mention is None or not _only_modifiers_before(tokens, index, mention.start):
        return None, None, -1
    return mention, cue, cue.last + 1


_NOT_MODIFIERS = frozenset(
    "and but or then so as when while because after before that which who who's".split()
)


def _only_modifiers_before(tokens: list[Token], index: int, start: int) -> bool:
    """Do at most a few plain words, or a title, sit between the quote and the name?

    '"...," campaign manager Jo Lee said' and '"...," Acme co-founder Jo Lee told'
    read only "manager Jo Lee" / "Jo Lee" as the name; the words before belong to it.
    """
    words: list[Token] = []
    while index < len(tokens) and tokens[index].start < start:
        token = tokens[index]
        if is_initial(token) or (token.text == "." and dot_in_name(tokens, index, len(tokens))):
            index += 1  # "former George W. Bush speechwriter Noam Neusner wrote"
            continue
        if not token.text[0].isalnum():
            return False
        words.append(token)
        index += 1
    if len(words) <= 4 and not any(word.lower in _NOT_MODIFIERS for word in words):
        return True
    return _is_title(words)


def _is_title(words: list[Token]) -> bool:
    """A longer title before a name, built on a role noun whose "of" complement may
    coordinate two common nouns: "Acme Rights Group director of policy and advocacy"."""
    lowers = [word.lower for word in words]
    if len(words) > _MAX_TITLE_WORDS or not any(lower in ROLE_NOUNS for lower in lowers):
        return False
    of = lowers.index("of") if "of" in lowers else len(lowers)
    for at, lower in enumerate(lowers):
        if lower not in _NOT_MODIFIERS:
            continue
        inside_complement = lower == "and" and of < at - 1 and at + 1 < len(words)
        if not (
            inside_complement and words[at - 1].text.islower() and words[at + 1].text.islower()
        ):
            return False
    return True


_MAX_TITLE_WORDS = 8


def _apposition_attribution(
    text: str, tokens: list[Token], index: int, high: int
) -> tuple[Mention | None, Cue | None, int]:
    """'"...," Jo Lee, 33, of Ames, Iowa, said' and '"...," Jo Lee, an aide, told X'."""
    comma = index
    while comma < min(high, index + _MAX_NAME_WINDOW) and tokens[comma].text != ",":
        if _possessive_mark(tokens, comma):
            comma += 1
            continue
        if tokens[comma].text in QUOTE_MARKS or tokens[comma].text in SENTENCE_END:
            if not (tokens[comma].text == "." and dot_in_name(tokens, comma, high)):
                return None, None, -1  # "J. Gerald Hebert," and "Rep. Jo Lee," go on
        comma += 1
    if comma == index or comma >= high or tokens[comma].text != ",":
        return None, None, -1
    mention = mention_from_window(text, tokens, index, comma)
    if mention is None or mention.kind not in {"name", "description"}:
        return None, None, -1
    if (
        mention.start != tokens[index].start
        and not _possessor_before(tokens, index, mention)
        and not _role_before_name(tokens, index, mention)
    ):
        return None, None, -1  # '"...," study author Jo Lee, a curator, said' goes on
    for probe in range(comma + 1, min(high, comma + 1 + _MAX_APPOSITION)):
        token = tokens[probe]
        if (token.text in QUOTE_MARKS and not _possessive_mark(tokens, probe)) or (
            token.text in "!?;"
        ):
            break
        if token.text == "." and _ends_sentence_at(tokens, probe, high):
            break
        if token.text == "," and probe + 1 < high:
            cue = cue_at(tokens, probe + 1)
            if cue is not None and cue.base in SPEECH_BASES:
                if mention.kind == "description" and probe - comma <= 6:
                    # '"...," his wife, Jo Lee, wrote': the name in the apposition.
                    name = mention_from_window(text, tokens, comma + 1, probe)
                    mention = name if name is not None and name.kind == "name" else mention
                return mention, cue, cue.last + 1
    return None, None, -1


_MAX_APPOSITION = 30
# before the first comma: a role, the name and where they work ('auto analyst Jo Lee of
# Acme Research in Ames,'), about a dozen tokens
_MAX_NAME_WINDOW = 12
_PREPOSITIONS = frozenset("of in at on for from with by to about over after".split())


def _role_before_name(tokens: list[Token], index: int, mention: Mention) -> bool:
    """Do only lower-case role words stand before the name ("study author Jo Lee,"), not
    a new sentence or a phrase ("Of Carson, Lee, who ..., said")?"""
    first = tokens[index]
    return (
        mention.kind == "name"
        and first.text[:1].islower()
        and first.lower not in _PREPOSITIONS
        and _only_modifiers_before(tokens, index, mention.start)
    )


def _possessive_mark(tokens: list[Token], index: int) -> bool:
    """The apostrophe of "Sanders’ campaign manager", glued to a word ending in s."""
    mark = tokens[index]
    if mark.text not in {"'", "’"} or index == 0:
        return False
    before = tokens[index - 1]
    return before.end == mark.start and before.text.endswith(("s", "S"))


def _possessor_before(tokens: list[Token], index: int, mention: Mention) -> bool:
    """Is only a titled name in front of a description that opens with its possessive
    ("Rep. Duncan Hunter’s chief of staff, Joe Kasper, told")?"""
    if mention.kind != "description" or not mention.surface.split()[0].endswith(_POSSESSIVE):
        return False
    while tokens[index].start < mention.start:
        if not (tokens[index].text == "." or is_name_token(tokens[index])):
            return False
        index += 1
    return True


_POSSESSIVE = ("'s", "’s", "s'", "s’")


def _ends_sentence_at(tokens: list[Token], index: int, high: int) -> bool:
    """A full stop ends the sentence unless it closes an abbreviation ("N.C., who")."""
    if index + 1 >= high:
        return True
    following = tokens[index + 1]
    return following.text not in {",", ")"} and not following.text[0].islower()


def _before_attribution(
    text: str, tokens: list[Token], sentence: int, open_index: int
) -> tuple[Mention | None, Cue | None, str]:
    """Attribution before an opening mark; returns (mention, cue, how)."""
    if open_index <= sentence:
        return None, None, "start"
    last = tokens[open_index - 1]
    punctuated = last.text in {",", ":", "—", "–"}
    lookback = open_index - 1 if punctuated else open_index
    how = "cue"
    if lookback > sentence and tokens[lookback - 1].lower == "that":
        lookback -= 1
        how = "that"
    # '"he said: "...', 'he told reporters on Monday, "..."', 'he added that "..."'
    reach = 8 if punctuated else (3 if how == "that" else 1)
    cue = find_cue_backward(tokens, lookback, sentence, limit=reach)
    if cue is not None:
        return subject_of_cue(text, tokens, cue, sentence), cue, how
    if _according_to(tokens, sentence, open_index):
        index = [i for i in range(sentence, open_index) if tokens[i].lower == "according"][0]
        end = index + 2
        while end < open_index and tokens[end].text not in {",", ":"}:
            end += 1
        return mention_from_window(text, tokens, index + 2, end), None, "according"
    if last.text == "," and open_index - sentence == 2 and _connective(tokens[sentence]):
        return None, None, "start"  # 'Instead, "he just acts like a defeated man."'
    if last.text in {":", ",", "—", "–"}:
        if last.text == ":" and open_index - 1 - sentence <= 6:
            # "Putin: ..." (a transcript speaker label) or "The message: ..."; else a
            # short sentence's subject ("Kasich resisted: ...").
            label = mention_from_window(text, tokens, sentence, open_index - 1)
            if label is not None:
                return label, None, "colon"
        if last.text == ":":
            # "... doesn't surprise pollster Jo Lee: ..." and "- Jo Lee: ...": a name
            # right before the colon introduces the quote.
            label = mention_from_window(text, tokens, max(sentence, open_index - 7), open_index - 1)
            if label is not None and label.kind == "name" and _full_or_titled(label):
                return label, None, "colon"
        return sentence_subject(text, tokens, sentence, open_index - 1), None, "colon"
    return None, None, "embedded"


def _connective(token: Token) -> bool:
    """A sentence-opening word like "Instead", "Now", "Specifically": no name."""
    return token.text.isalpha() and token.text[0].isupper() and not is_name_token(token)


def _full_or_titled(mention: Mention) -> bool:
    """A name with a given name or a title ("Jo Lee", "pollster Lee"), not a bare "CNN"."""
    return len(mention.name.split()) > 1 or bool(mention.descriptors)


def _according_to(tokens: list[Token], sentence: int, open_index: int) -> bool:
    return any(
        tokens[i].lower == "according" and tokens[i + 1].lower == "to"
        for i in range(sentence, open_index - 1)
    )


def _is_naming(tokens: list[Token], open_index: int, sentence: int) -> bool:
    """'dubbed "X"', 'the so-called "X"', 'known as "X"': a name, not speech."""
    for index in range(max(sentence, open_index - 2), open_index):
        if tokens[index].lower in NAMING_WORDS and tokens[index].lower != "called":
            return True
    return False


def _looks_like_title(content: str) -> bool:
    """Two to eight words (those opening with a letter), each capitalised or a small
    function word, the first capitalised. Read word by word: most quotes fail on one of
    their first words, and a long one fails at its ninth."""
    count = 0
    first = ""
    for word in content.split():
        if not word[:1].isalpha():
            continue
        if not (word[0].isupper() or word.lower() in _TITLE_SMALL_WORDS):
            return False
        count += 1
        if count > 8:
            return False
        first = first or word
    return count >= 2 and first[0].isupper()


_TITLE_SMALL_WORDS = frozenset("of the a an and in on to for with at by".split())


def classify_span(
    text: str,
    tokens: list[Token],
    index: TokenIndex,
    span: QuoteSpan,
    boundaries: Boundaries | None = None,
) -> Candidate:
    """Kind and attribution of one quoted span; kind "none" for titles and scare quotes.

    ``boundaries`` are the document's sentence breaks when the caller has found them.
    """
    open_index = index.at_or_after(span.open_mark)
    close_index = index.at_or_after(span.close_mark) if span.close_mark is not None else None
    after_first = close_index + 1 if close_index is not None else index.at_or_after(span.end)
    if boundaries is None:
        sentence = _sentence_start(text, tokens, open_index)
        sentence_end = _sentence_end(text, tokens, max(after_first - 1, 0))
    else:
        sentence = boundaries.start_before(open_index, _LOOKAROUND)
        sentence_end = boundaries.end_after(max(after_first - 1, 0), _LOOKAROUND)
    content = text[span.start : span.end]
    candidate = Candidate(span.start, span.end, "direct", span.start, parts=list(span.parts))
    candidate.sentence_start = tokens[sentence].start if sentence < len(tokens) else span.start

    after_mention, after_cue, after_end = _after_attribution(
        text, tokens, after_first, sentence_end, content[-1:] == "."
    )
    before_mention, before_cue, how = _before_attribution(text, tokens, sentence, open_index)

    ends_clause = (
        content.rstrip("'’\" ")[-1:] in _TERMINAL
        or after_cue is not None
        or after_first >= len(tokens)
        or after_first >= sentence_end
        or tokens[after_first].text in _ENDS_CLAUSE_AFTER
        or is_boundary(text, tokens, after_first)
    )
    opens_upper = content[:1].isupper() or content[:1].isdigit() or content[:1] in "[.…‘'"
    starts_clause = how == "start" or (
        opens_upper
        and (how in {"cue", "colon", "according"} or (how == "that" and content[-1:] in _TERMINAL))
    )
    if not (starts_clause and ends_clause):
        candidate.kind = "partial"

    if after_cue is not None or (after_mention is not None and after_end > 0):
        candidate.mention, candidate.cue = after_mention, after_cue.word if after_cue else None
        candidate.anchor = tokens[min(after_first, len(tokens) - 1)].start
        candidate.attribution_end = tokens[min(after_end, len(tokens)) - 1].end
    elif before_mention is not None or before_cue is not None:
        candidate.mention, candidate.cue = before_mention, before_cue.word if before_cue else None
        candidate.inherits = before_mention is None
    elif candidate.kind == "partial":
        attribute_partial(text, tokens, sentence, open_index, sentence_end, candidate)
    else:
        candidate.standalone = how == "start"

    if candidate.kind == "partial" and candidate.cue is None and candidate.mention is None:
        candidate.kind = "none"
    if candidate.kind == "partial":
        candidate.end = strip_end_punctuation(text, candidate.start, candidate.end)
        candidate.parts[-1] = (candidate.parts[-1][0], candidate.end)
    titled = candidate.cue is None and _looks_like_title(content)
    named_work = _names_a_work(tokens, open_index, content)
    if (
        _is_naming(tokens, open_index, sentence)
        or _markup_value(text, span.open_mark)
        or (named_work and candidate.kind != "direct")
        or (titled and candidate.kind != "direct")
        or (titled and _title_in_apposition(tokens, sentence, open_index))
    ):
        candidate.kind = "none"
    return candidate


def _names_a_work(tokens: list[Token], open_index: int, content: str) -> bool:
    """A quoted Title Case phrase after a possessive or a preposition names a work
    ("on Fox's "Morning Talk"", "the author of "Long Night Falls""), not words said."""
    if open_index == 0:
        return False
    before = tokens[open_index - 1]
    if not (before.lower in _BEFORE_A_WORK or before.lower.endswith(("'s", "’s"))):
        return False
    words = [w for w in content.strip(" ,.").split() if w[:1].isalpha()]
    return bool(words) and (_looks_like_title(content) or (len(words) == 1 and words[0].istitle()))


_BEFORE_A_WORK = frozenset("on of in for from with at about".split())


def _markup_value(text: str, open_mark: int) -> bool:
    """'author="@lee"' in a markup tag: an attribute's value, no quotation."""
    return text[max(0, open_mark - 1) : open_mark] == "="


def _title_in_apposition(tokens: list[Token], sentence: int, open_index: int) -> bool:
    """'The movie, "Long Night," opens ...': a title naming the noun before it."""
    if open_index - 2 < sentence or tokens[open_index - 1].text != ",":
        return False
    noun = tokens[open_index - 2]
    return noun.text[0].islower() and cue_at(tokens, open_index - 2) is None
