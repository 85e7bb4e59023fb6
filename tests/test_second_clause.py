"""A report gives way to a second clause with its own subject (issue #13, sixth pass):
an opening subordinate clause ends at the comma before the main clause, and a contrast
conjunction with a new subject and a verb of saying opens a second attribution.
Invented sentences."""

from __future__ import annotations

from quote_runs import run, speaker_of


def test_a_report_in_an_opening_while_clause_ends_at_its_comma() -> None:
    text = (
        "Tomas Brill and Ada Kern met voters on Monday. While Brill pledged to work with "
        "every party in the assembly, Kern insisted that real change needs a new charter."
    )
    records = run(text).quotes
    assert speaker_of(text, "real change needs") == "Ada Kern"
    pledge = [q for q in records if "every party" in q.text]
    assert pledge and pledge[0].speaker == "Tomas Brill"
    assert "Kern" not in pledge[0].text


def test_the_subject_after_an_opening_subordinate_clause_speaks_a_participle() -> None:
    text = (
        "Years after Tomas Brill claimed that the age of big budgets was over, Ada Kern won "
        "the vote by promising a new harbour for the town."
    )
    assert speaker_of(text, "a new harbour") == "Ada Kern"


def test_a_contrast_conjunction_and_a_new_subject_open_a_second_report() -> None:
    text = (
        "Ada Kern accuses Tomas Brill of a smear about the harbour deal while Brill "
        "suggests the former mayor of Ames is a captive of the old guard."
    )
    records = run(text).quotes
    assert speaker_of(text, "captive of the old guard") == "Tomas Brill"
    assert all("captive" not in q.text for q in records if q.speaker == "Ada Kern")


def test_though_with_a_titled_name_opens_a_second_report() -> None:
    text = (
        "Several council members have backed the plan, saying the old bridge is a danger to "
        "everyone, though Mrs. Kern said she doubted voters would care."
    )
    assert speaker_of(text, "she doubted voters") == "Kern"


def test_a_possessed_team_after_but_speaks_its_own_report() -> None:
    text = (
        "Ada Kern's agency advertised her talks for the spring, but Kern's team denied that "
        "she would be accepting new bookings."
    )
    assert speaker_of(text, "accepting new bookings") == "Kern's team"


def test_a_while_clause_at_the_start_of_the_content_stays_inside_it() -> None:
    text = "Ada Kern said that while Tomas Brill claims the toll is fair, it hurts the ferrymen."
    records = run(text).quotes
    holding = [q for q in records if "hurts the ferrymen" in q.text]
    assert holding and holding[0].speaker == "Ada Kern"
    assert holding[0].text.startswith("while Tomas Brill")


def test_a_claim_held_by_a_describing_verb_is_the_claimants_report() -> None:
    text = (
        "Tomas Brill, the harbour master, spoke on Monday. Ada Kern rejected it. She "
        "described Mr Brill's claim that the ferrymen had no vote in the guild as \"pure "
        'fiction".'
    )
    records = run(text).quotes
    claim = [q for q in records if "ferrymen had no vote" in q.text]
    assert claim and claim[0].speaker == "Tomas Brill"
    assert claim[0].text.endswith("in the guild")
    judgement = [q for q in records if "pure fiction" in q.text]
    assert judgement and judgement[0].speaker == "Ada Kern"


def test_according_to_an_agency_relaying_a_persons_report_gives_the_person() -> None:
    text = (
        "A defector named Tomas Brill was arrested on Friday. According to the state news "
        "agency, Brill said he was paid by foreign agents to set the fires."
    )
    records = run(text).quotes
    assert speaker_of(text, "paid by foreign agents") == "Tomas Brill"
    assert all(q.cue != "according to" for q in records)


def test_according_to_before_a_plain_clause_still_gives_the_source() -> None:
    text = "According to the Ames Ledger, the ferry will stop running in May."
    assert speaker_of(text, "ferry will stop") == "Ames Ledger"


def test_an_adjective_between_the_possessor_and_a_noun_of_saying() -> None:
    text = (
        "Ada Kern has kept her seat for years. The plan runs counter to Ms. Kern's original "
        "pledge to close the harbour to tankers by the spring."
    )
    assert speaker_of(text, "close the harbour") == "Ada Kern"


def test_a_possessed_group_noun_before_a_verb_is_no_adjective() -> None:
    text = "Tomas Brill spoke on Monday. Brill's campaign claims that the vote was rigged."
    assert speaker_of(text, "vote was rigged") != "Tomas Brill"


def test_comma_and_a_determined_group_opens_a_second_report() -> None:
    text = (
        "Tomas Brill said he intends to run for the board next week, and other party leaders "
        "said he’s a fine example of a local candidate."
    )
    assert speaker_of(text, "fine example") == "party leaders"
    assert speaker_of(text, "run for the board") == "Tomas Brill"


def test_a_floating_quantifier_before_a_participle_of_saying() -> None:
    text = (
        "The field is split, with Tomas Brill, Ada Kern and Jo Lee all calling for a strong "
        "rule on ferry fares."
    )
    assert speaker_of(text, "rule on ferry fares") == "Jo Lee"


def test_often_between_a_subject_and_its_verb_of_saying() -> None:
    text = (
        "Democrats framed the ferry as a safety issue; by comparison, Republicans have often "
        "argued that owners would pay less with more boats."
    )
    assert speaker_of(text, "owners would pay less") == "Republicans"


def test_a_time_phrase_between_a_subject_and_its_verb() -> None:
    text = "Workers felt betrayed when Tomas Brill a month later announced new cuts at the plant."
    assert speaker_of(text, "new cuts") == "Tomas Brill"


def test_an_opening_well_and_subordinate_clause_leave_the_main_subject() -> None:
    text = (
        "Well, if you read between the lines, Tomas Brill wasn't so much saying that easy "
        "money would fail but that it would work."
    )
    assert speaker_of(text, "easy money would fail") == "Tomas Brill"


def test_the_writers_apposition_naming_a_report_is_no_part_of_it() -> None:
    text = (
        "A defector named Tomas Brill was arrested. Brill said he was paid by foreign agents "
        "to set the fires, claims flatly denied by the Ames government."
    )
    records = run(text).quotes
    assert [q.text for q in records if q.speaker == "Tomas Brill"] == [
        "he was paid by foreign agents to set the fires"
    ]


def test_a_participle_of_warning_after_a_comma_still_reports() -> None:
    text = "Officials urged calm, warning that a new strike would bring swift sanctions."
    assert any(q.text.startswith("a new strike would") for q in run(text).quotes)


def test_an_unnamed_claimant_is_named_without_its_possessive() -> None:
    text = (
        "Acme ran a long campaign. The campaign's false claims that the harbour was safe hurt it."
    )
    assert speaker_of(text, "harbour was safe") == "the campaign"


def test_an_infinitive_of_saying_after_an_apposition_takes_the_subject() -> None:
    text = "Recently, Tom Brill of Ames, Iowa, stood at a Kern event here to say he was leaving."
    assert speaker_of(text, "he was leaving") == "Tom Brill"


def test_an_infinitive_after_a_participle_phrase_takes_the_subject() -> None:
    text = (
        "In that speech, Ms. Kern chimed in, breaking with the chair, Jo Lee, to argue that "
        "the board was overstating the risk."
    )
    assert speaker_of(text, "overstating the risk") == "Kern"


def test_an_impersonal_infinitive_names_no_one() -> None:
    text = "Such attacks are rare, and it is difficult to predict how they will affect the vote."
    records = run(text).quotes
    assert all(q.speaker is None for q in records)


def test_a_participle_after_a_clause_opened_by_a_quoted_title() -> None:
    text = (
        'In an interview with "Ames Today," Tom Brill pointed to the harbour as the hub, '
        "remarking that the state should act."
    )
    assert speaker_of(text, "state should act") == "Tom Brill"
