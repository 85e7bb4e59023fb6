"""Reports inside reports (issue #13, fifth pass), one invented text each: a verb of
saying inside another person's reported content is part of that content."""

from __future__ import annotations

from quote_runs import run


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
    text = "The witness called police and said he heard a shot as the car left, officers said."
    records = run(text).quotes
    assert any(
        q.speaker == "witness" or (q.mention and "witness" in q.mention.lower()) for q in records
    ), [(q.speaker, q.text) for q in records]


def test_the_possessor_of_a_claim_is_its_speaker_and_he_stays_the_subject() -> None:
    text = (
        "Sam Ward met Jo Lee on Monday. Mr Ward said he had no plan to resign. "
        "He also attacked Mr Lee's claim that the budget office was told to hide the deficit. "
        '"There was no other way," he said.'
    )
    records = run(text).quotes
    claim = [q for q in records if q.text.startswith("the budget office")]
    assert claim and claim[0].speaker == "Jo Lee"
    assert [q.speaker for q in records if "no other way" in q.text] == ["Sam Ward"]


def test_claims_by_a_body_are_its_statement() -> None:
    text = (
        "Sam Ward spoke on Monday. "
        "He rejected claims by Tolmia that its troops had crossed the border."
    )
    records = run(text).quotes
    assert [q.speaker for q in records if "troops had crossed" in q.text] == ["Tolmia"]


def test_a_claim_verb_in_the_passive_is_no_claimant() -> None:
    text = "Sam Ward spoke on Monday. He said it was claimed by rivals that the vote was rigged."
    records = run(text).quotes
    assert all(q.speaker != "rivals" for q in records)


def test_who_obtained_a_memo_did_not_say_it() -> None:
    text = (
        "Acme said on Monday that it will cut a tenth of its staff, according to a memo "
        "obtained by Channel Nine."
    )
    records = run(text).quotes
    assert [q.speaker for q in records] == ["Acme"]


def test_according_to_a_person_quoted_by_a_paper_is_the_person() -> None:
    text = "Costs rose by five percent, according to Jo Lee, quoted by the Daily Post."
    assert [q.speaker for q in run(text).quotes if "Costs rose" in q.text] == ["Jo Lee"]


def test_a_closing_participle_takes_the_subject_of_the_adverbial_clause_before_it() -> None:
    text = (
        "The race between county Superintendent Sam Ward and District Superintendent Jo Lee "
        "seemed settled on Wednesday when Lee took to Facebook and thanked her supporters "
        'while speaking about her campaign, saying "democracy spoke and we live with it."'
    )
    assert [q.speaker for q in run(text).quotes if "democracy" in q.text] == ["Jo Lee"]


def test_a_quote_with_its_own_attribution_relayed_by_an_agency_is_the_speakers() -> None:
    text = '"Our fighters attacked at dawn," rebel spokesman Jo Lee said, according to the agency.'
    assert [q.speaker for q in run(text).quotes] == ["Jo Lee"]
    text = 'Lee called the plan "a disgrace," according to the agency.'
    assert [q.speaker for q in run(text).quotes] == ["the agency"]


def test_an_opening_according_to_phrase_is_no_content() -> None:
    text = "According to the news agency Arvo, the rebel group claimed the attack."
    records = run(text).quotes
    expected = [("Arvo", "the rebel group claimed the attack")]
    assert [(q.speaker, q.text) for q in records] == expected


def test_a_relative_clause_between_a_verb_and_its_that_clause() -> None:
    text = (
        "Ambassador Jo Lee told reporters following the session, in which Arvania accused "
        'Tolmia of massing troops along the border, that Arvania "called for this meeting to '
        'get an explanation."'
    )
    records = run(text).quotes
    assert [q.speaker for q in records if "called for" in q.text] == ["Jo Lee"]
    assert [q.text for q in records if q.speaker == "Arvania"] == [
        "Tolmia of massing troops along the border"
    ]


def test_a_comma_inside_a_number_closes_no_relative_clause() -> None:
    text = (
        "An Arvanian official spoke. The official said the talks would go on in Tolm, "
        "where the health ministry says 28,000 people have been killed."
    )
    records = run(text).quotes
    assert all(not q.text.startswith("The official said") for q in records)


def test_a_progressive_verb_of_saying_takes_its_subject() -> None:
    text = "Jo Lee spoke. Kim is praising it, while Lee is arguing that a judge cannot be fair."
    assert [q.speaker for q in run(text).quotes if "judge" in q.text] == ["Jo Lee"]


def test_a_perfect_participle_opening_the_sentence_takes_the_main_subject() -> None:
    text = "Having announced that he would not jail me, Judge Jo Lee read out the sentence."
    assert [q.speaker for q in run(text).quotes if "jail me" in q.text] == ["Jo Lee"]


def test_a_participle_after_an_opening_complex_preposition_takes_the_main_subject() -> None:
    text = "Jo Lee spoke. In addition to stating that the law was wrong, Kim has vowed to act."
    assert {q.speaker for q in run(text).quotes if "law was wrong" in q.text} == {"Kim"}


def test_a_participle_phrase_after_a_comma_takes_the_subject_it_interrupts() -> None:
    text = "Jo Lee spoke. Mr. Kim, after initially saying he would not run, changed his mind."
    assert [q.speaker for q in run(text).quotes if "not run" in q.text] == ["Kim"]
