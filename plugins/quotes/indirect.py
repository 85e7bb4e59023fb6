"""Reported (indirect) speech: "X said that ...", "according to X, ...", "..., X said."."""

from __future__ import annotations

import bisect

from ..text.quotation_marks import QUOTE_MARKS
from ..text.tokens import Token, TokenIndex
from .candidate import Candidate
from .clauses import (
    AUXILIARIES,
    CLAUSE_VERBS,
    NOT_SUBJECT_START,
    OBJECT_VERBS,
    PLAIN_SAYING,
    TIME_WORDS,
    after_object,
    clause_follows,
    noun_use,
    trim_span,
)
from .complements import (
    ADJUNCT_START,
    ADJUNCT_VERBS,
    DETERMINERS_AND_DEGREE,
    MAX_ADJUNCT_TO_THAT,
    OPENING_MARKS,
    REQUEST_VERBS,
    STOPS_BEFORE_THAT,
    attributes_a_quote,
    infinitive_follows,
    long_subject_clause,
    noun_after_determiner,
    predicative,
    pronoun_clause_after_adjunct,
    quoted_subject,
)
from .context import name_end
from .cues import CUE_TRIGGERS, CUE_WORDS, cue_at, indices_in
from .embedded import headline_report, relative_before, relative_report
from .nesting import (
    quote_attributed_before,
    relative_clause_close,
    relative_clause_end,
    runs_over,
)
from .second_clause import (
    contrast_before,
    main_clause_comma,
    opens_with_subordinate,
    own_report_opens,
    statement_apposition,
)
from .speakers.claimants import (
    cited_source,
    claim_in_object,
    claimant,
    described_claim_end,
    printed_in,
)
from .speakers.mentions import mention_before_modifier, mention_from_window
from .trailing import reports_before_attribution, sentence_continues
from .verb_subjects import subject_of_cue

# Words that may sit between a verb and its "that": "told reporters on Monday that".
_MAX_GAP_TO_THAT = 6
_MIN_CONTENT_WORDS = 3
# A reported clause longer than this is cut (keeps run-on "sentences" linear).
_MAX_CONTENT_TOKENS = 150
_CONNECTORS = frozenset({"but", "and", ",", ";", "while", "also"})
# Verbs that report speech only together with "that" or a clause (not "added sugar").
_BARE_CLAUSE_VERBS = frozenset(
    "say claim argue suggest insist predict think believe add fear hope contend assert".split()
)
_AFTER_QUOTE = frozenset(',"”»’')
_CLAUSE_OPENERS = frozenset(
    "the a an his her their its it he she they we i there this these those our no".split()
)


def _that_after(tokens: list[Token], cue_last: int, end: int) -> int | None:
    """Index of the "that" introducing the reported clause, if close to the verb.

    An auxiliary on the way ("said she was open to that idea") means the clause has
    started already without a "that".
    """
    gap = _MAX_GAP_TO_THAT
    if cue_last + 1 < end and (
        tokens[cue_last + 1].lower in ADJUNCT_START
        or (tokens[cue_last].lower.startswith("tol") and tokens[cue_last + 1].text[0].isupper())
    ):
        # "noted in a column in Saturday's Ledger that ...", "told The Ames Post and
        # Courier newspaper of Ames on Saturday that ..."
        gap = MAX_ADJUNCT_TO_THAT
    index, stop = cue_last + 1, min(end, cue_last + 2 + gap)
    while index < stop:
        token = tokens[index]
        if token.lower == "that":
            return index
        closing = relative_clause_end(tokens, index, end)
        if closing is not None:
            # "told reporters after the session, in which Tolmia was accused of ..., that"
            stop = min(end, stop + closing - index)
            index = closing + 1
            continue
        if token.text in QUOTE_MARKS or token.text in STOPS_BEFORE_THAT:
            return None
        if token.lower in AUXILIARIES:
            return None
        if token.lower in CUE_WORDS and cue_at(tokens, index) is not None:
            return None
        index += 1
    return None


_MAX_BARE_SUBJECT = 4


def _bare_clause_after(tokens: list[Token], cue_last: int, end: int) -> bool:
    """Does a clause without "that" follow the verb: a short subject, then an auxiliary
    ("said the plant had become too costly", "said three years was too short")?"""
    first = after_time_phrase(tokens, cue_last + 1, end)
    if first >= end or tokens[first].lower in NOT_SUBJECT_START:
        return False  # "fears for his life", "hopes to win", "said on Monday it would"
    if tokens[first].lower.endswith("ing"):
        return False  # "fears returning home and is ..." has a gerund object
    for index in range(first, min(end, cue_last + 2 + _MAX_BARE_SUBJECT)):
        token = tokens[index]
        if token.lower in AUXILIARIES:
            return index > first
        if not token.text[0].isalnum() or token.lower == "that":
            return False
        if token.lower in CUE_WORDS and cue_at(tokens, index) is not None:
            return False
    return False


def _content_end(tokens: list[Token], start: int, sentence_end: int, first: int) -> int:
    """The reported clause ends at the sentence end or where the next reporting clause starts."""
    depth = 0
    sentence_end = min(sentence_end, start + _MAX_CONTENT_TOKENS)
    if opens_with_subordinate(tokens, first, sentence_end):
        comma = main_clause_comma(tokens, first, sentence_end)
        if comma is not None and comma > start:
            sentence_end = comma  # "While Lee pledged ..., Berg insisted that ..."
    for index in range(start, sentence_end):
        token = tokens[index]
        if token.text in "“«„":
            depth += 1
        elif token.text in "”»" and depth:
            depth -= 1
        elif token.text == "," and not depth and statement_apposition(tokens, index, sentence_end):
            return index  # "..., claims flatly denied by Seoul": the writer's words
        if depth or index == start or token.lower not in CUE_WORDS:
            continue
        cue = cue_at(tokens, index)
        if cue is None:
            continue
        contrast = contrast_before(tokens, index, start)
        if contrast is not None and clause_follows(tokens, cue.last + 1, sentence_end):
            return contrast  # "... while Berg suggests the plan is ..."
        follows = (
            _that_after(tokens, cue.last, sentence_end) is not None
            or (
                cue.base in _BARE_CLAUSE_VERBS
                and _bare_clause_after(tokens, cue.last, sentence_end)
            )
            or _quotation_follows(tokens, cue.last, sentence_end)
        )
        if not follows:
            continue
        if contrast is not None:
            return contrast  # "... while Berg said that ..."
        if _participle(tokens, index) or _connected(tokens, index, start):
            stop = index
            while stop > start and (
                tokens[stop - 1].lower in _CONNECTORS
                or tokens[stop - 1].lower.endswith("ly")
                or tokens[stop - 1].lower in _SUBJECT_PRONOUNS
            ):
                stop -= 1
            return stop
    return sentence_end


def _participle(tokens: list[Token], index: int) -> bool:
    """An -ing cue opening an adjunct (", adding that ..."), not a progressive after a
    form of "be" ("Cairo was urging ..."), which is the verb of a nested report."""
    return tokens[index].lower.endswith("ing") and tokens[index - 1].lower not in _PROGRESSIVE


_PROGRESSIVE = frozenset("is are was were be been am 's 're".split())


def _quotation_follows(tokens: list[Token], cue_last: int, end: int) -> bool:
    """Does a quotation open right after the verb ("and said, "...")?"""
    probe = cue_last + 1
    if probe < end and tokens[probe].text in {",", ":"}:
        probe += 1
    return probe < end and tokens[probe].text in OPENING_MARKS


def _connected(tokens: list[Token], index: int, start: int) -> bool:
    """Is the verb joined to the clause before it ("..., and (he) warned that")?"""
    probe = index - 1
    while probe > start and tokens[probe].lower.endswith("ly"):
        probe -= 1
    if probe > start and tokens[probe].lower in _SUBJECT_PRONOUNS:
        probe -= 1
    return tokens[probe].lower in _CONNECTORS


_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
_PASSIVE = frozenset("been was were being is are be".split())


def find_indirect(
    text: str,
    tokens: list[Token],
    index: TokenIndex,
    sentences: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
) -> list[Candidate]:
    """Reported statements sentence by sentence (quoted spans are skipped over)."""
    lowers = index.lowers
    triggers = indices_in(lowers, CUE_TRIGGERS)
    cue_indices = [i for i in triggers if lowers[i] in CUE_WORDS]  # "according" is no verb
    starts = index.starts
    trigger_starts = [starts[i] for i in triggers]
    found: list[Candidate] = []
    for sent_start, sent_end in sentences:
        # The sentence's triggers, found by offset: most sentences have none.
        lo = bisect.bisect_left(trigger_starts, sent_start)
        hi = bisect.bisect_left(trigger_starts, sent_end)
        if lo < hi:
            first = index.at_or_after(sent_start)
            last = index.at_or_after(sent_end)
            reports = _in_sentence(text, tokens, first, last, quoted, triggers[lo:hi])
            anchors = {report.anchor for report in reports}
            for report in reports_before_attribution(
                text,
                tokens,
                first,
                last,
                lambda position: _inside(position, quoted),
                index.words,
                cue_indices,
            ):
                if report.anchor not in anchors:
                    # a report running over the attribution after it is part of its content
                    reports = [r for r in reports if not runs_over(text, r, report)]
                    reports.append(report)
            found.extend(sorted(reports, key=lambda report: report.start))
    return found


_INFINITY = float("inf")


def _inside(position: int, quoted: list[tuple[int, int]]) -> bool:
    at = bisect.bisect_right(quoted, (position, _INFINITY)) - 1
    return at >= 0 and quoted[at][0] <= position < quoted[at][1]


def _in_sentence(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    quoted: list[tuple[int, int]],
    triggers: list[int],
) -> list[Candidate]:
    """Reported clauses of one sentence; ``triggers`` are its possible cue tokens."""
    found: list[Candidate] = []
    next_free = first
    for index in triggers:
        if index < next_free or _inside(tokens[index].start, quoted):
            continue
        token = tokens[index]
        if token.lower == "according" and index + 1 < last and tokens[index + 1].lower == "to":
            candidate = _according(text, tokens, index, first, last)
            if candidate is not None:
                found.append(candidate)
            next_free = index + 2
            continue
        cue = cue_at(tokens, index)
        if cue is None and token.text[0].isupper():
            headline = headline_report(text, tokens, index, first, last)
            if headline is not None:
                found.append(headline)
            continue
        if cue is None or noun_after_determiner(tokens, index, first):
            continue
        comma = index - 2 if tokens[index - 1].lower in {"a", "an"} else index - 1
        if comma > first and statement_apposition(tokens, comma, last):
            continue  # "..., claims denied by Seoul": a noun naming the report before
        next_free = cue.last + 1
        that = _that_after(tokens, cue.last, last)
        content_first = that + 1 if that is not None else None
        if content_first is None and cue.last + 1 < last:
            content_first = _content_start(tokens, cue, first, last)
        if content_first is None:
            other = relative_report(text, tokens, cue, first, last)
            other = other or _as_report(text, tokens, cue, first, last)
            if other is not None:
                found.append(other)
            continue
        if found and tokens[index - 1].lower in _PASSIVE and found[-1].end >= token.end:
            continue  # "Lee said staff had been told that ...": part of Lee's report
        candidate = _reported(text, tokens, cue, content_first, first, last)
        if candidate is not None:
            found.append(candidate)
    return found


def _as_report(
    text: str,
    tokens: list[Token],
    cue,
    first: int,
    last: int,  # noqa: ANN001
) -> Candidate | None:
    """ "As Lee noted, the toll has doubled.": a clause of manner ("as X said") reports
    the main clause after its comma."""
    comma = cue.last + 1
    if comma >= last - 1 or tokens[comma].text != "," or cue.base not in PLAIN_SAYING:
        return None
    if noun_use(tokens, cue.index, cue.base):
        return None  # "As of the last fundraising report, ..."
    opening = relative_before(tokens, cue.index, first, _AS)
    if opening is None or (opening > first and tokens[opening - 1].lower not in _BEFORE_AS):
        return None
    return _reported(text, tokens, cue, comma + 1, first, last)


_AS = frozenset({"as"})
_BEFORE_AS = frozenset({",", "and", "but"})  # "..., and as Lee noted, ..."


def after_time_phrase(tokens: list[Token], index: int, end: int) -> int:
    """Index after a time phrase right after a verb ("said on Monday it ...")."""
    if index < end and tokens[index].lower in TIME_WORDS:
        return index + 1
    if index + 1 < end and tokens[index].lower in {"on", "last", "this", "late", "early"}:
        if tokens[index + 1].lower in TIME_WORDS:
            return index + 2
    return index


def _content_start(tokens: list[Token], cue, first: int, last: int) -> int | None:  # noqa: ANN001
    """Where the report starts after a verb with no "that": a clause, the clause after
    the addressee of "told", or the object of "announced" / "called for"."""
    base = _base(tokens, cue)
    if noun_use(tokens, cue.index, base):
        return None
    if not _after_quotation(tokens, cue):
        subject = quoted_subject(tokens, cue.last + 1, last)
        if subject is not None:
            return subject
    after_quote = _after_quotation(tokens, cue) or (
        tokens[first].text in QUOTE_MARKS and attributes_a_quote(tokens, cue, first)
    )
    if base == "tell" and not after_quote:
        after = after_object(tokens, after_time_phrase(tokens, cue.last + 1, last), last)
        if after is not None:
            return after + 1 if tokens[after].lower == "that" else after
        return None
    if base in ADJUNCT_VERBS and not after_quote and tokens[cue.index - 1].lower not in _PASSIVE:
        start = pronoun_clause_after_adjunct(tokens, cue.last + 1, last)
        if start is not None:
            return start
    if base in _BARE_CLAUSE_VERBS:
        start = _bare_clause_starts(tokens, cue, first, last)
        if start is not None:
            return start
    elif base in CLAUSE_VERBS and not after_quote:
        start = after_time_phrase(tokens, cue.last + 1, last)
        if clause_follows(tokens, start, last):
            return start
    if base in OBJECT_VERBS or base in {"call for", "call on"}:
        return _object_start(tokens, cue, first, last)
    if base in REQUEST_VERBS and infinitive_follows(tokens, cue.last + 1, last):
        return _object_start(tokens, cue, first, last)
    return None


def _after_quotation(tokens: list[Token], cue) -> bool:  # noqa: ANN001
    """Does the verb follow a quotation ('"...," said Lee', '"..." added Lee'), where the
    words after it name the speaker? A participle never opens such an inverted
    attribution ('..., saying he would'), nor does a verb after an apposition's comma
    ("Lee, in contrast, told AP he ...")."""
    if tokens[cue.index].lower.endswith("ing"):
        return False
    previous = tokens[cue.index - 1].text
    if previous in QUOTE_MARKS:
        return True
    return previous == "," and cue.index >= 2 and tokens[cue.index - 2].text in QUOTE_MARKS


def _base(tokens: list[Token], cue) -> str:  # noqa: ANN001
    if cue.last > cue.index and tokens[cue.index].lower.startswith("call"):
        return "call " + tokens[cue.last].lower
    return cue.base


def _object_start(tokens: list[Token], cue, first: int, last: int) -> int | None:  # noqa: ANN001
    """The object of a verb whose object is the content ("announced his candidacy")."""
    if cue.index > first and _after_quotation(tokens, cue):
        return None
    if cue.index > first and tokens[cue.index - 1].text in QUOTE_MARKS:
        return None
    if not tokens[cue.index].lower.endswith("ing") and attributes_a_quote(tokens, cue, first):
        return None  # '"...," Lee tweeted the day after': what was tweeted is the quote
    if (
        cue.index > first
        and tokens[cue.index - 1].lower in _PASSIVE
        and not tokens[cue.index].lower.endswith("ing")
    ):
        return None  # "was announced", "were urged" (but "is calling for")
    if cue.index > first and tokens[cue.index - 1].lower in DETERMINERS_AND_DEGREE:
        return None  # "the reported disappearance": an adjective
    start = after_time_phrase(tokens, cue.last + 1, last)
    if start >= last or not tokens[start].text[0].isalnum():
        return None
    if tokens[start].lower in _NOT_OBJECT_START:
        return None
    if claim_in_object(tokens, start, last):
        return None  # "described Lee's claim that ... as ...": Lee's claim is Lee's report
    return start


_NOT_OBJECT_START = frozenset(
    """of in on for up out at with about from by than as and or but when while because after
    before since until into over under through during without against between among amid per so then
    it this that""".split()
)


def _bare_clause_starts(tokens: list[Token], cue, first: int, last: int) -> int | None:  # noqa: ANN001
    """Where the reported clause without "that" after the verb starts, if there is one.

    Not after a quotation ('"...," said the mayor'); after the comma closing an
    apposition ("Jo Lee, who runs a shop, said the rent ...") only with a subject and
    an auxiliary, which an inverted "..., said the mayor of Ames" lacks.
    """
    index = cue.index
    if index <= first:
        return None
    previous = tokens[index - 1].text
    participle = tokens[index].lower.endswith("ing")
    after_apposition = (
        previous == ","
        and index - 2 >= first
        and tokens[index - 2].text not in QUOTE_MARKS
        and not participle
    )
    if previous in _AFTER_QUOTE and not after_apposition and not participle:
        return None
    if not after_apposition and tokens[cue.last + 1].lower in _CLAUSE_OPENERS:
        return cue.last + 1
    if _bare_clause_after(tokens, cue.last, last):
        return after_time_phrase(tokens, cue.last + 1, last)
    start = after_time_phrase(tokens, cue.last + 1, last)
    if cue.base in CLAUSE_VERBS and clause_follows(tokens, start, last):
        return start
    if cue.base == "say" and not after_apposition and long_subject_clause(tokens, start, last):
        return start
    return None


def _reported(
    text: str, tokens: list[Token], cue, content_first: int, first: int, last: int
) -> Candidate | None:
    if content_first >= last:
        return None
    end_index = _content_end(
        tokens, content_first, relative_clause_close(tokens, cue, first, last), first
    )
    mention = claimant(text, tokens, cue.index, first)
    if mention is not None:  # "described Lee's claim that ... as nonsense"
        end_index = described_claim_end(tokens, cue.index, content_first, end_index, first)
    if end_index <= content_first:
        return None
    start, end = trim_span(text, tokens[content_first].start, tokens[end_index - 1].end)
    if len(text[start:end].split()) < _MIN_CONTENT_WORDS:
        return None
    mention = mention or subject_of_cue(text, tokens, cue, first)
    candidate = Candidate(start, end, "indirect", tokens[cue.index].start, mention, cue.word)
    candidate.inherits = mention is None
    candidate.sentence_start = tokens[first].start
    return candidate


def _according(
    text: str, tokens: list[Token], index: int, first: int, last: int
) -> Candidate | None:
    """'According to X, content.' or 'Content, according to X.'"""
    if index > first and predicative(tokens[index - 1]):
        return None  # "That's according to the poll": the content is in the sentence before
    after_name = name_end(tokens, index + 2, last, 10)
    mention = mention_from_window(text, tokens, index + 2, after_name)
    if mention is None or any(
        t.lower == "who" and t.start < mention.start for t in tokens[index + 2 : after_name]
    ):  # "according to Democrats involved in the talks", "... officials who met him"
        mention = mention_before_modifier(text, tokens, index + 2, after_name) or mention
    if mention is not None and printed_in(tokens, index + 2, after_name, mention):
        mention = None  # "according to a report in the journal Nature": no one named
    if index > first and quote_attributed_before(tokens, index, first):
        return None  # '"...," Lee said by telephone, according to X': Lee's quote
    if mention is not None and cited_source(text, tokens, index + 2, after_name, mention) is None:
        # "Acme said it will cut jobs, according to a memo obtained by X": Acme's report,
        # which X did not make (a content without its own report keeps X, as annotated)
        before = tokens[max(first, index - _MAX_CONTENT_TOKENS) : index]
        if any(token.lower in CUE_WORDS for token in before):
            return None
    parts: list[tuple[int, int]] = []
    if index == first or (index > first and tokens[index - 1].text not in _BEFORE_ACCORDING):
        if own_report_opens(tokens, after_name + 1, last):
            return None  # "According to the agency, Lee said he ...": Lee's report
        content = (after_name + 1, min(last, after_name + 1 + _MAX_CONTENT_TOKENS))
    else:
        content = (max(first, index - 1 - _MAX_CONTENT_TOKENS), index - 1)
        rest = after_name + 1
        if (
            after_name < last
            and tokens[after_name].text in _BEFORE_ACCORDING
            and sentence_continues(tokens, after_name, last)
        ):
            # "At the heart of it, according to Lee, was a decision ...": both sides
            parts.append(trim_span(text, tokens[rest].start, tokens[last - 1].end))
    if content[0] >= content[1]:
        return None
    parts.insert(0, trim_span(text, tokens[content[0]].start, tokens[content[1] - 1].end))
    parts = [(s, e) for s, e in parts if e > s]
    if sum(len(text[s:e].split()) for s, e in parts) < _MIN_CONTENT_WORDS:
        return None
    start, end = parts[0][0], parts[-1][1]
    candidate = Candidate(start, end, "indirect", tokens[index].start, mention, "according to")
    candidate.parts = parts if len(parts) > 1 else []
    candidate.sentence_start = tokens[first].start
    return candidate


_BEFORE_ACCORDING = frozenset({",", "—", "–", "-", "--"})
