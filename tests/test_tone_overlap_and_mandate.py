"""Statements recorded twice with overlapping spans count once; the mandative
construction ("it is crucial that ...") is a demand. Invented sentences."""

from __future__ import annotations

from toolkit.models import Quote
from toolkit.plugins.tone.stance import speech_acts
from toolkit.plugins.tone.statements import speaker_statements

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
