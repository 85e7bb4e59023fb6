"""Reports inside reports (issue #13, fifth pass), one invented text each: a verb of
saying inside another person's reported content is part of that content."""

from __future__ import annotations

from toolkit.models import Document, Report, Sentence
from toolkit.plugins.quotes import analyze_quotes
from toolkit.plugins.sentences import split_spans


def run(text: str) -> Report:
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_spans(text))]
    report = Report(None, None, None, text)
    analyze_quotes(Document(text=text, sentences=sentences, options={}), report)
    return report


def test_a_progressive_verb_of_saying_is_inside_the_report_around_it() -> None:
    text = (
        "An Arvanian official spoke on Monday. The Arvanian official said Tolm was urging "
        '"both sides to show restraint" before the vote.'
    )
    records = run(text).quotes
    holding = [q for q in records if "both sides" in q.text]
    assert len(holding) == 1
    assert holding[0].speaker == "Arvanian official"
    assert holding[0].text.startswith("Tolm was urging")
    assert all(q.speaker != "Tolm" for q in records)


def test_a_participle_after_the_content_still_opens_a_new_report() -> None:
    text = "Jo Lee said the plan was sound, adding that it would pass."
    records = run(text).quotes
    assert any(q.text.startswith("the plan was sound") for q in records)
    assert all("adding" not in q.text for q in records)


def test_a_verb_in_a_relative_clause_before_said_x_is_part_of_the_content() -> None:
    text = (
        "Jo Lee leads the party. The party wants lower fares and more buses, all things the "
        "Tories promised to win support for the budget, said Lee."
    )
    records = run(text).quotes
    assert [q.speaker for q in records] == ["Jo Lee"]
    assert records[0].text.startswith("The party wants lower fares")
    assert records[0].text.endswith("for the budget")


def test_a_clause_reported_inside_an_attribution_keeps_its_own_speaker() -> None:
    text = (
        "The witness called police and said he heard a shot as the car left, officers said."
    )
    records = run(text).quotes
    assert any(q.speaker == "witness" or (q.mention and "witness" in q.mention.lower())
               for q in records), [(q.speaker, q.text) for q in records]
