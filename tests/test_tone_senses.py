"""News senses of words a general lexicon reads the other way, on invented sentences:
"fine" after a determiner or an amount is a penalty, "challenging" without an object is
the adjective of difficulty; the other senses keep their reading. A modal of possibility
before a word of harm ("could face a penalty") is a warning; "no" in "a vote of no
confidence" is no denial."""

from __future__ import annotations

import pytest

from toolkit import summarize
from toolkit.plugins.tone.model import predict
from toolkit.plugins.tone.senses import read_senses
from toolkit.plugins.tone.stance import speech_acts


@pytest.mark.parametrize(
    "text",
    [
        "The airline could face a fine over the delays.",
        "The regulator imposed a $2 million fine.",
        "Its fine was the largest ever, the agency said.",
        "Two shops were fined for selling alcohol.",
        "The fines will be paid next year.",
        "Trading conditions have become more challenging.",
        "It has been a challenging season for the club.",
        "Challenging months lie ahead for farmers.",
    ],
)
def test_the_news_sense_reads_lower_than_the_lexicon_sense(text: str) -> None:
    read = read_senses(text)
    assert read != text
    assert predict(read) < predict(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was a fine afternoon by the river.",
        "He is a fine player and a good captain.",
        "The minister said everything was fine.",
        "The union is challenging the decision in court.",
        "Challenging him openly, she asked for a vote.",
        "Nothing here is ambiguous.",
    ],
)
def test_the_other_senses_are_left_alone(text: str) -> None:
    assert read_senses(text) == text


def test_a_statement_of_a_possible_penalty_is_not_read_as_praise() -> None:
    text = (
        "The bakery chain lost the records of thousands of customers last month. "
        '"The chain could face a fine based on the size of the loss," said Anna Berg, a lawyer.'
    )
    report = summarize(text)
    berg = [q for q in report.quotes if q.speaker == "Anna Berg"]
    assert berg
    assert all(q.tone is not None and q.tone < 0 for q in berg)
    assert report.tone["Anna Berg"].label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The airline could face a penalty over the delays.",
        "Stolen passwords may be used to steal savings.",
        "The flood might destroy the harvest.",
    ],
)
def test_a_modal_of_possibility_before_a_harm_is_a_warning(text: str) -> None:
    assert "warning" in speech_acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prices may rise next year.",
        "The vote could mean a change of leader.",
        # the harm lies in another clause
        "The team might win, although the injuries are terrible.",
        # no modal of possibility
        "The flood destroyed the harvest.",
    ],
)
def test_a_possibility_without_a_harm_close_after_it_is_no_warning(text: str) -> None:
    assert "warning" not in speech_acts(text)


@pytest.mark.parametrize(
    "text",
    ["The opposition will table a motion of no confidence.", "It was a decision of no importance."],
)
def test_no_inside_an_of_phrase_names_a_thing_and_denies_nothing(text: str) -> None:
    assert "denial" not in speech_acts(text)


@pytest.mark.parametrize(
    "text",
    [
        "We have no confidence in the minister.",
        "There will be no vote of no confidence.",
        "It is a point of no return, and we cannot stop.",
    ],
)
def test_a_negation_outside_an_of_phrase_is_still_a_denial(text: str) -> None:
    assert "denial" in speech_acts(text)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("I wish I could find it amusing.", "I could find it amusing."),
        ("We wish that it were good news.", "it were good news."),
        ("She wished he had won.", "he had won."),
    ],
)
def test_a_wish_for_what_is_not_the_case_reads_as_its_negation(text: str, clause: str) -> None:
    read = read_senses(text)
    assert "wish" not in read and " not" in read
    assert predict(read) < 0 < predict(clause)


@pytest.mark.parametrize(
    "text", ["We wish them well.", "I wish you would not go.", "They wish to win the cup."]
)
def test_a_wish_that_is_no_counterfactual_clause_keeps_its_reading(text: str) -> None:
    assert read_senses(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Officers did not say how they found the accused.",
        "The accused was remanded in custody until Friday.",
        "Both accused, aged 30 and 41, deny the charge.",
    ],
)
def test_the_accused_after_a_determiner_is_the_person_charged(text: str) -> None:
    assert "defendant" in read_senses(text) and "accused" not in read_senses(text)


@pytest.mark.parametrize(
    "text", ["The minister accused the rebels of lying.", "The accused man was released."]
)
def test_accused_as_a_verb_or_before_its_noun_keeps_its_reading(text: str) -> None:
    assert read_senses(text) == text


def test_no_in_an_of_phrase_is_read_as_one_compound_with_its_noun() -> None:
    text = "The party will consider a motion of no confidence in the speaker."
    assert "of no-confidence" in read_senses(text)
    assert abs(predict(read_senses(text))) < abs(predict(text))
    # a negation outside an of-phrase stays a negation
    assert read_senses("We have no confidence in the speaker.") == (
        "We have no confidence in the speaker."
    )


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "She was not ready to claim the title until the last race was run.",
            "She was ready to claim the title once the last race was run.",
        ),
        ("We won't sign the deal until they pay.", "We will sign the deal once they pay."),
    ],
)
def test_a_negation_with_until_places_the_event_in_time(text: str, read: str) -> None:
    assert read_senses(text) == read
    assert "denial" not in speech_acts(read_senses(text))
    assert "denial" in speech_acts(text)


@pytest.mark.parametrize(
    "text", ["She was not happy, until now.", "We will wait until Friday.", "They never won."]
)
def test_a_negation_without_until_in_its_clause_stays(text: str) -> None:
    assert read_senses(text) == text
