"""A capital speaks for its country when the article also gives the country a report
(issue #13, sixth pass). Invented sentences; the capitals table is general knowledge."""

from __future__ import annotations

from quote_runs import run

from toolkit.plugins.text.capitals import COUNTRIES_BY_CAPITAL


def test_a_capital_and_its_country_are_one_speaker() -> None:
    text = (
        "The talks broke down on Monday. Khartoum said the border troops had been attacked "
        "without warning. Sudan also accused its neighbour of moving tanks to the border."
    )
    speakers = {q.speaker for q in run(text).quotes}
    assert speakers == {"Sudan"}


def test_a_capital_alone_keeps_its_name() -> None:
    text = "Moscow said the sanctions would hurt European farmers more than anyone else."
    assert [q.speaker for q in run(text).quotes] == ["Moscow"]


def test_a_titled_namesake_of_a_capital_is_a_person() -> None:
    text = (
        "Mr. Washington said the ferry would run again in May. The United States said it "
        "would send engineers to the harbour."
    )
    speakers = [q.speaker for q in run(text).quotes]
    assert speakers[0] != "United States"


def test_the_table_maps_capitals_to_countries() -> None:
    assert COUNTRIES_BY_CAPITAL["addis ababa"][0] == "Ethiopia"
    assert "U.S." in COUNTRIES_BY_CAPITAL["washington"]
    assert len(COUNTRIES_BY_CAPITAL) > 190


def test_a_journal_printing_a_report_is_no_speaker() -> None:
    text = (
        "A team of divers has found a second wreck off Ames, according to a new report in "
        "the journal Deepwater."
    )
    records = run(text).quotes
    assert records and records[0].speaker is None


def test_a_report_by_named_authors_in_a_journal_keeps_the_authors() -> None:
    text = (
        "The wreck is older than thought, according to a report by the Ames Dive Club in "
        "the journal Deepwater."
    )
    records = run(text).quotes
    assert records and records[0].speaker == "Ames Dive Club"


def test_a_bare_plural_of_an_organisation_noun_names_no_one() -> None:
    text = "Companies across the shipping trade have announced new fees for the spring routes."
    records = run(text).quotes
    assert records and records[0].speaker is None


def test_generic_plurals_are_plural_organisation_nouns_only() -> None:
    from toolkit.plugins.text.people import generic_plural

    assert generic_plural("Companies") and generic_plural("Banks")
    assert not generic_plural("Officials") and not generic_plural("Acme Banks")
