"""How statements are formed and read, on invented sentences: records of the same words
with overlapping spans count once, a quote in parts keeps its sentence breaks, a fronted
clause of time gives way to its main clause, the mandative construction ("it is crucial
that ...") is a demand and a negated modal of obligation ("should not") one act."""

from __future__ import annotations

import pytest

from toolkit.models import Quote
from toolkit.plugins.tone.model import predict
from toolkit.plugins.tone.stance import pulls_both_ways, speech_acts
from toolkit.plugins.tone.statements import main_clause, reading_of, speaker_statements

TEXT = (
    'In her speech on Monday, Jo Lee said, "We hope the talks go well. But we cannot wait '
    'much longer. The council must act now."'
)


def quote(fragment: str, kind: str, text: str = TEXT, speaker: str = "Jo Lee") -> Quote:
    start = text.index(fragment)
    return Quote(fragment, kind, start, start + len(fragment), 0, speaker, cue="said")


def test_a_reported_sentence_running_into_a_direct_quote_joins_it() -> None:
    direct = quote("We hope the talks go well. But we cannot wait much longer.", "direct")
    # a record that starts in the frame and runs into the quote: mostly the same words
    indirect = quote('Jo Lee said, "We hope the talks go well. But we cannot wait', "indirect")
    assert indirect.start < direct.start < indirect.end < direct.end
    statements = speaker_statements([indirect, direct], [0, 1])
    assert [s.members for s in statements] == [[0, 1]]
    # the later record holds the earlier one when the earlier lies mostly inside it
    shorter = quote('Jo Lee said, "We hope the talks go well', "indirect")
    statements = speaker_statements([shorter, direct], [0, 1])
    assert [(s.index, s.members) for s in statements] == [(1, [0, 1])]


def test_a_statement_overlapping_another_by_little_stays_a_statement() -> None:
    first = quote("We hope the talks go well. But we cannot wait", "indirect")
    second = quote("wait much longer. The council must act now.", "direct")
    assert first.start < second.start < first.end < second.end
    statements = speaker_statements([first, second], [0, 1])
    assert [(s.index, s.members) for s in statements] == [(0, [0]), (1, [1])]


def test_an_adjective_of_necessity_with_a_that_clause_is_a_demand() -> None:
    assert "demand" in speech_acts("It is crucial that the council address the risk.")
    assert "demand" in speech_acts("It is essential that they stop the shelling.")
    # the same adjectives with no that-clause demand nothing
    assert "demand" not in speech_acts("It is a crucial step for the region.")
    assert "demand" not in speech_acts("This is an essential service, and it works.")


def test_a_quote_in_two_parts_keeps_the_sentence_break_its_attribution_hid() -> None:
    text = (
        '"I have always tried to live by the truth, and I am proud of it," Jo Lee said. '
        '"Today I apologize for my terrible mistakes and the pain they caused."'
    )
    first = text.index("I have")
    first_end = text.index('," Jo')
    second = text.index("Today")
    second_end = text.rindex('."') + 1
    joined = text[first:first_end] + ", " + text[second:second_end]
    quote = Quote(joined, "direct", first, second_end, 0, "Jo Lee", cue="said")
    quote.parts = [(first, first_end), (second, second_end)]
    reading = reading_of(quote, text)
    assert "proud of it. Today I apologize" in reading
    # read as two sentences, the statement pulls both ways and is balanced
    assert pulls_both_ways(reading) and not pulls_both_ways(joined)


def test_a_part_that_goes_on_the_same_sentence_keeps_its_comma() -> None:
    text = '"We tried," Jo Lee said, "and we failed badly."'
    first, second = text.index("We"), text.index("and we")
    joined = "We tried, and we failed badly."
    quote = Quote(joined, "direct", first, len(text) - 1, 0, "Jo Lee", cue="said")
    quote.parts = [(first, first + 8), (second, len(text) - 1)]
    assert reading_of(quote, text) == joined


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "When the storm hit the town and the roads flooded, she had no doubt the crews "
            "deserved praise",
            "she had no doubt the crews deserved praise",
        ),
        ("After the vote, we are delighted with the result", "we are delighted with the result"),
    ],
)
def test_a_fronted_clause_of_time_sets_the_scene_and_the_main_clause_is_read(
    text: str, main: str
) -> None:
    assert main_clause(text) == main
    assert predict(main_clause(text)) > 0


@pytest.mark.parametrize(
    "text",
    [
        "We lost, but we played well",  # no fronted clause of time
        "When asked, he declined",  # too short a main clause to stand for the statement
        "The talks failed when the rebels walked out, officials said",
    ],
)
def test_without_a_fronted_clause_of_time_the_whole_statement_is_read(text: str) -> None:
    assert main_clause(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Patients should not stop the treatment before seeing a doctor.",
        "Visitors mustn't feed the animals.",
    ],
)
def test_a_negated_modal_of_obligation_is_one_act_a_prohibition(text: str) -> None:
    assert speech_acts(text) == ["demand"]


def test_a_negation_elsewhere_beside_a_modal_of_obligation_is_still_a_denial() -> None:
    assert speech_acts("They should act now, but they have not.") == ["denial", "demand"]
    assert speech_acts("We did not agree.") == ["denial"]
