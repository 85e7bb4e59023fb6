"""Round 3 stance rules, each on invented sentences: a request ("asked X to do Y")
frames its statement like a demand; a statement addressed to the listener
("if your account was hacked ...") is no third-person event report; refusing and
cautioning are stance acts of the frame."""

from __future__ import annotations

import pytest

from toolkit.plugins.tone.frame import frame_valence
from toolkit.plugins.tone.stance import is_event_report, statement_score


def valence(text: str, statement: str) -> float:
    start = text.index(statement)
    return frame_valence(text, start, start + len(statement))


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The union has asked the mayor to withdraw the plan.", "the mayor to withdraw the plan"),
        ("Neighbours requested the council to close the road.", "the council to close the road"),
        ("She is asking ministers to reconsider.", "ministers to reconsider"),
    ],
)
def test_a_request_to_act_frames_its_statement_as_pressure(text: str, statement: str) -> None:
    assert valence(text, statement) < 0


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # a question, not a request
        ("Reporters asked whether the mayor would resign.", "whether the mayor would resign"),
        ("He asked about the budget for schools.", "about the budget for schools"),
        # "to" before a noun phrase: a direction, not an infinitive
        ("The driver asked the way to the station.", "the way to the station"),
        # the verb of asking does not introduce the statement
        ("Asked on Monday, she said the mayor plans to stay.", "the mayor plans to stay"),
    ],
)
def test_a_question_or_a_direction_is_no_request(text: str, statement: str) -> None:
    assert valence(text, statement) == 0.0


def test_refusing_and_cautioning_are_stance_acts_of_the_frame() -> None:
    text = "The board refused the offer from the rival bank."
    assert valence(text, "the offer from the rival bank") < 0
    text = "Doctors cautioned that the new strain spreads faster."
    assert valence(text, "the new strain spreads faster") < 0


def test_a_statement_to_the_listener_is_no_event_report() -> None:
    report = "the accounts of 2,000 customers were stolen"
    warning = "if your account was stolen, your savings can be taken"
    assert is_event_report(report)
    assert not is_event_report(warning)
    assert not is_event_report("You were told 3 times")
    # so the warning keeps its whole tone, while the report keeps a share of it
    assert statement_score(-0.5, "said", warning) == pytest.approx(-0.5)
    assert abs(statement_score(-0.5, "said", report)) < 0.5
    # "US" is the country, "your" in a word is not the listener
    assert is_event_report("the yourtown clinic was closed in 2020")


@pytest.mark.parametrize(
    ("text", "statement", "sign"),
    [
        (
            "The club said it would lodge a complaint with the league.",
            "it would lodge a complaint with the league",
            -1,
        ),
        (
            "The residents said they had raised their concerns twice.",
            "they had raised their concerns twice",
            -1,
        ),
        (
            "The mayor said she expressed hope for a quick deal.",
            "she expressed hope for a quick deal",
            1,
        ),
        # a support verb with a noun that names no stance act, and "make sure", are no act
        (
            "The club said it would file a report with the league.",
            "it would file a report with the league",
            0,
        ),
        (
            "The coach said he would make sure the team is ready.",
            "he would make sure the team is ready",
            0,
        ),
    ],
)
def test_a_support_verb_inside_a_statement_names_the_speakers_act(
    text: str, statement: str, sign: int
) -> None:
    value = valence(text, statement)
    assert (value > 0) - (value < 0) == sign


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # another subject: the act is not the speaker's
        (
            "The expert said the remarks raised concerns among doctors.",
            "the remarks raised concerns among doctors",
        ),
        (
            "The lawyer said a rival had made serious accusations.",
            "a rival had made serious accusations",
        ),
        # "asked X if ...": a question, though a to-infinitive follows later
        ("The mayor asked workers if they planned to attend.", "workers if they planned to attend"),
    ],
)
def test_another_subjects_act_or_a_question_frames_nothing(text: str, statement: str) -> None:
    assert valence(text, statement) == 0.0
