"""Reported-speech shapes the recall round of issue 13 added, each on invented sentences.

Each test states the linguistic fact its rule rests on; no sentence is copied from
the data (``bench/attribution.py`` measures the rules on PolNeAR and real_news).
"""

from __future__ import annotations

import pytest
from test_attribution_records import run


def records(text: str) -> list[tuple[str, str]]:
    report = run(text)
    return [(q.kind, text[q.start : q.end]) for q in report.quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # An irregular past form is a finite verb: the clause after "says" is reported.
        ("Dana Holt says ferrymen lost their wages in the storm.", "ferrymen lost their wages"),
        ("Dana Holt says the old pier stood for a century.", "the old pier stood"),
        # A nominative pronoun opens a clause, whatever its verb.
        ("Dana Holt left early, saying she understood the vote.", "she understood the vote"),
        ("The ferrymen wrote to the council, noting they rowed at night.", "they rowed at night"),
    ],
)
def test_a_clause_with_an_irregular_verb_or_a_pronoun_subject(text: str, content: str) -> None:
    assert any(kind == "indirect" and span.startswith(content) for kind, span in records(text))


@pytest.mark.parametrize(
    "text",
    [
        # A participle never inverts: the clause after it is the report.
        "Dana Holt closed the quay, saying the harbour toll was too high.",
        # A comma closing an adverbial ("in turn,") is no quotation's comma.
        "Dana Holt, in turn, told the Ledger the harbour toll was too high.",
    ],
)
def test_a_verb_after_a_comma_that_closes_no_quotation(text: str) -> None:
    [(kind, span)] = records(text)
    assert kind == "indirect" and span.endswith("the harbour toll was too high")


def test_a_verb_after_a_quotation_still_names_the_speaker() -> None:
    report = run('"The toll is too high," said Dana Holt, the ferry captain.')
    assert [(q.kind, q.speaker) for q in report.quotes] == [("direct", "Dana Holt")]


@pytest.mark.parametrize(
    "text",
    [
        # A common noun phrase with no name speaks after the content.
        "The harbour toll was too high, the ferry company said on Monday.",
        "The harbour toll was too high, two former ferrymen said.",
        "The harbour toll was too high, local traders say.",
        # ... and in the middle of the sentence, with the content on both sides.
        "On most days, two former ferrymen said, the harbour toll was too high.",
    ],
)
def test_a_common_noun_phrase_attribution_after_the_content(text: str) -> None:
    [(kind, span)] = records(text)
    assert kind == "indirect" and "the harbour toll was too high" in span.lower()


@pytest.mark.parametrize(
    "text",
    [
        # an object after the verb: the words before are no speaker
        "The ferrymen barely spoke, and their boss heard a great deal.",
        # an agent after a participle: a passive, no attribution
        "The toll rose again last year, first reported by the Ames Ledger.",
        # a plain present form needs a plural subject: "handwritten note" is a noun phrase
        "On the wall, the captain keeps a framed, handwritten note from the mayor.",
        # verbs that do not only mean "say": "rages", "questions"
        "The vote is in a week, and the debate rages.",
    ],
)
def test_no_attribution_after_a_noun_phrase_that_is_no_subject(text: str) -> None:
    assert records(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The relative pronoun is the subject of the reported clause: a finite verb
        # follows the verb of saying at once.
        ("The council passed a toll, which traders said was unfair to ferrymen.", "was unfair"),
        ("It is a rule that the ferry company says will start in May.", "will start in May"),
        ("The toll, which Dana Holt said doubled last year, is due.", "doubled last year"),
    ],
)
def test_a_report_inside_a_relative_clause(text: str, content: str) -> None:
    assert any(kind == "indirect" and span.startswith(content) for kind, span in records(text))


def test_a_relative_clause_with_a_verb_of_thinking_is_no_report() -> None:
    assert records("It is a toll that the ferry company thinks will rise.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "say" takes a clause, not a long noun phrase: a finite verb further on marks it.
        (
            "Dana Holt said fees from ferries, barges and yachts were too high.",
            "fees from ferries, barges and yachts were too high",
        ),
        ("Dana Holt says running a ferry is hard work.", "running a ferry is hard work"),
        ("Dana Holt said J. R. Brill's plan had failed.", "J. R. Brill's plan had failed"),
    ],
)
def test_say_with_a_long_subject_clause(text: str, content: str) -> None:
    assert records(text) == [("indirect", content)]


def test_say_with_a_short_object_is_no_report() -> None:
    assert records("Dana Holt said nothing about the harbour all week.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A progressive is active: "is calling for" is no passive "was called".
        ("Dana Holt is calling for a lower harbour toll.", "a lower harbour toll"),
        # An object verb after an apposition's comma.
        ("Dana Holt, a captain, urged the council to lower the toll.", "the council to lower"),
    ],
)
def test_object_verbs_after_a_progressive_or_an_apposition(text: str, content: str) -> None:
    assert any(kind == "indirect" and span.startswith(content) for kind, span in records(text))


@pytest.mark.parametrize(
    "text",
    [
        # "as X said," is a clause of manner: the main clause after it is the report.
        "As the Ames Ledger reported, the harbour toll was too high.",
        "But as Dana Holt noted, the harbour toll was too high.",
    ],
)
def test_as_x_said_reports_the_main_clause(text: str) -> None:
    assert records(text) == [("indirect", "the harbour toll was too high")]


def test_as_of_a_report_is_no_attribution() -> None:
    assert records("As of the last harbour report, the toll was too high.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A pronoun subject after the content, with only adjuncts after the verb.
        ("The harbour toll was too high, it said on Monday.", "The harbour toll was too high"),
        # "disclosed that" is a verb of saying.
        ("The ferry company disclosed that the toll had doubled.", "the toll had doubled"),
        # A request is a speech act: "asked X to VERB" reports it.
        ("The ferrymen asked the council to lower the toll.", "the council to lower the toll"),
    ],
)
def test_pronoun_subjects_disclosures_and_requests(text: str, content: str) -> None:
    assert records(text) == [("indirect", content)]


def test_asked_to_a_place_is_no_request() -> None:
    assert records("The ferrymen asked the mayor to a dinner at the quay.") == []


@pytest.mark.parametrize(
    "text",
    [
        # An attribute value in a markup tag is no quotation.
        '<post id="17" author="@danaholt" date="2026-01-02">A short note.</post>',
        # A past form between a number and a noun is an adjective.
        "The party has 4,051 pledged delegates and 700 promised seats this year.",
        # "state" is a noun unless its present form introduces "that" or a colon.
        "Ferries run in five states and two more states plan routes for spring.",
        # "That's according to X": the content is in the sentence before.
        "That's according to a survey of ferry captains in three harbour towns.",
    ],
)
def test_no_record_from_markup_adjectives_nouns_or_predicative_according(text: str) -> None:
    assert records(text) == []


def test_a_number_before_a_verb_of_saying_is_its_subject() -> None:
    text = "About four in 10 said they want a lower harbour toll."
    assert records(text) == [("indirect", "they want a lower harbour toll")]


def test_the_present_of_state_before_that_is_a_verb() -> None:
    text = "The harbour report states that the toll was too high."
    assert records(text) == [("indirect", "the toll was too high")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A stressed final consonant doubles in the past: "admitted", "bragged".
        ("The ferry company admitted it had raised the toll.", "it had raised the toll"),
        ("Dana Holt bragged that her ferry was the fastest.", "her ferry was the fastest"),
        # Prepositional adjuncts between the verb and its "that".
        (
            "Dana Holt wrote in a long letter to the editor of the Ames Ledger on Monday"
            " that the toll was too high.",
            "the toll was too high",
        ),
    ],
)
def test_doubled_past_forms_and_adjuncts_before_that(text: str, content: str) -> None:
    assert records(text) == [("indirect", content)]


def test_a_title_case_headline_reports_what_follows_its_verb() -> None:
    text = "Dana Holt Says Harbour Tolls Will Rise In Spring\n\nThe ferry captain spoke on Monday."
    report = run(text)
    assert [(q.kind, q.text, q.speaker) for q in report.quotes] == [
        ("indirect", "Harbour Tolls Will Rise In Spring", "Dana Holt")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no clause after the verb, only a preposition
        "Ten Things The Ferry Captains Said In 2025 That Made Us Think\n\nA list.",
        # not Title Case: a capitalised "Says" in running text is no verb
        "The shop called Says Who sells old maps of the harbour and the quay.",
    ],
)
def test_no_headline_report_without_a_clause_or_title_case(text: str) -> None:
    assert records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A Title Case phrase after a possessive or a preposition names a work.
        'Speaking on the Ledger\'s "Harbour Hour," Dana Holt said the toll was too high.',
        'Dana Holt, who wrote a book about "Long Night Falls" once, said the toll was too high.',
    ],
)
def test_a_quoted_title_is_no_fragment(text: str) -> None:
    assert records(text) == [("indirect", "the toll was too high")]


def test_a_verb_attributing_a_quotation_has_no_second_report() -> None:
    text = '"The toll is too high," Dana Holt told the Ledger in a rare interview on Monday.'
    assert [kind for kind, _ in records(text)] == ["direct"]


def test_a_report_between_two_quoted_parts_keeps_them_apart() -> None:
    text = (
        '"The toll is high," Dana Holt said, noting that the ferry company had doubled it.'
        ' "We cannot pay."'
    )
    kinds = [kind for kind, _ in records(text)]
    assert kinds == ["direct", "indirect", "direct"]


def test_according_to_in_mid_sentence_reports_both_sides() -> None:
    text = "At the heart of it, according to Dana Holt, was a toll that doubled in May."
    report = run(text)
    assert [(q.kind, q.speaker) for q in report.quotes] == [("indirect", "Dana Holt")]
    assert report.quotes[0].text == "At the heart of it was a toll that doubled in May"


def test_according_to_before_an_apposition_reports_one_side() -> None:
    text = "The toll doubled in May, according to the Ledger, a weekly paper in Ames."
    assert records(text) == [("indirect", "The toll doubled in May")]


def test_a_parenthetical_attribution_before_a_preposition_continues() -> None:
    text = "So it makes sense, local traders said, for the council to lower the toll now."
    [(kind, span)] = records(text)
    assert kind == "indirect" and span.endswith("for the council to lower the toll now")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "in a statement on Monday" is an adjunct; a nominative pronoun opens the clause.
        (
            "The ferry company said in a statement on Monday they would lower the toll.",
            "they would lower the toll",
        ),
        # "tweeted" and "stated" take the content as their object.
        ("Dana Holt tweeted her thanks to the ferrymen.", "her thanks to the ferrymen"),
        ("Dana Holt stated her intention to lower the toll.", "her intention to lower the toll"),
    ],
)
def test_adjuncts_before_a_pronoun_clause_and_object_verbs(text: str, content: str) -> None:
    assert records(text) == [("indirect", content)]


def test_an_object_verb_attributing_a_quotation_has_no_object_report() -> None:
    text = '"The toll is too high," Dana Holt tweeted the day after the vote.'
    assert [kind for kind, _ in records(text)] == ["direct"]


def test_a_relative_clause_without_pronoun_after_say() -> None:
    # "said" cannot take an auxiliary right after it unless its subject was extracted
    text = "It was a toll the ferry company said was too high for most traders."
    assert records(text) == [("indirect", "was too high for most traders")]


def test_a_possessive_in_the_noun_phrase_after_the_content() -> None:
    text = "The harbour toll was too high, the ferry company's spokesman said on Monday."
    assert records(text) == [("indirect", "The harbour toll was too high")]


def test_a_subordinate_clause_before_the_reported_main_clause() -> None:
    text = "Dana Holt said when the ferry stopped in May, the toll was too high."
    assert records(text) == [("indirect", "when the ferry stopped in May, the toll was too high")]


def test_a_quoted_phrase_as_the_subject_of_the_reported_clause() -> None:
    report = run('Dana Holt said "harbour tolls" must fall this year.')
    assert [(q.kind, q.text) for q in report.quotes] == [
        ("mixed", '"harbour tolls" must fall this year')
    ]


def test_a_sentence_opening_with_a_quoted_phrase_before_its_attribution() -> None:
    text = '"Lower tolls" would help the ferrymen, the harbour master said.'
    [(kind, span)] = records(text)
    assert kind in {"mixed", "indirect"} and span.endswith("would help the ferrymen")


def test_a_direct_quote_ending_in_a_comma_stays_one_direct_record() -> None:
    assert records('"This is a long fight," said Dana Holt, a ferry captain.') == [
        ("direct", "This is a long fight,")
    ]


@pytest.mark.parametrize(
    "text",
    [
        'At the heart of it, according to Dana Holt, was a "toll" that doubled in May.',
        'Dana Holt said the toll may be "strategic," and rose again.',
    ],
)
def test_a_mixed_record_is_its_parts_joined(text: str) -> None:
    for quote in run(text).quotes:
        spans = quote.spans()
        assert quote.text == " ".join(text[a:b] for a, b in spans)
        assert (quote.start, quote.end) == (spans[0][0], spans[-1][1])
