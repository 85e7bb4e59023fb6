"""Reports found in the sixth pass (issue #13): a participle after a quotation's own
attribution, and a clause of manner after "and". Invented sentences."""

from __future__ import annotations

from quote_runs import run, speaker_of


def test_a_participle_after_the_quotations_attribution_reports_a_clause() -> None:
    text = 'Tomas Brill spoke last. "I prefer the ferry," he said, noting he had backed the bridge.'
    records = run(text).quotes
    assert any(q.text == "he had backed the bridge" for q in records)
    assert speaker_of(text, "backed the bridge") == "Tomas Brill"


def test_a_clause_of_manner_after_and_reports_the_main_clause() -> None:
    text = (
        "Ferrymen can still lose their licences, and as Ada Kern noted, skippers in the "
        "harbour could still face fines."
    )
    assert speaker_of(text, "could still face fines") == "Ada Kern"


def test_told_a_long_named_addressee_then_that() -> None:
    text = (
        "Brill told The Ames Post and Courier newspaper of Ames on Saturday that he voted for Kern."
    )
    records = run(text).quotes
    assert [(q.speaker, q.text) for q in records] == [("Brill", "he voted for Kern")]


def test_a_clause_whose_subject_is_a_share_of_a_whole() -> None:
    text = "The harbour office said about half of the new fees reflected higher fuel costs."
    assert speaker_of(text, "new fees reflected") == "the harbour office"


def test_about_a_number_of_things_after_recall_is_no_clause() -> None:
    text = "Acme would recall about 1.1 million cars for a defect that regulators said was grave."
    assert all(not q.text.startswith("about 1.1 million") for q in run(text).quotes)


def test_a_for_phrase_between_a_verb_and_a_pronoun_clause() -> None:
    text = "Harbour analysts say for the ferry to survive they will have to raise the fares."
    records = run(text).quotes
    assert [q.text for q in records] == ["they will have to raise the fares"]
    assert records[0].speaker == "Harbour analysts"
