"""Groups as speakers (issue #13, sixth pass): a "who" clause between a group and its
verb of saying, and a group named with its place. Invented sentences."""

from __future__ import annotations

from quote_runs import run, speaker_of


def test_a_name_inside_a_who_clause_is_not_the_subject() -> None:
    text = (
        "Current and former officials who spoke with The Ames Ledger said the party has "
        "become a shell of itself."
    )
    assert speaker_of(text, "shell of itself") == "former officials"


def test_a_group_before_a_who_clause_speaks_a_base_form_verb() -> None:
    text = (
        "Many diehard Brill supporters who came to Ames to protest the convention say they "
        "will shift their support to the other party."
    )
    assert speaker_of(text, "shift their support") == "Brill supporters"


def test_a_subject_right_after_who_keeps_its_verb() -> None:
    text = "Tom Brill is the man who Ada Kern said was at the harbour that night with the keys."
    assert speaker_of(text, "at the harbour") == "Ada Kern"


def test_a_group_keeps_the_place_it_belongs_to() -> None:
    text = "People in Fort Ames said the last time anyone paid attention was in the 1990s."
    assert speaker_of(text, "paid attention") == "people in Fort Ames"


def test_according_to_a_group_with_a_who_clause_is_the_group() -> None:
    text = "The plan was popular, according to Arvanian officials who worked with him."
    assert speaker_of(text, "plan was popular") == "Arvanian officials"


def test_coordinated_group_nouns_are_one_subject() -> None:
    text = "Officials and analysts in Ames have said the harbour plan cannot be paid for."
    assert speaker_of(text, "cannot be paid") == "officials and analysts in Ames"


def test_but_and_a_bare_group_subject_open_a_second_report() -> None:
    text = (
        "The ministry said it had no plans to close the port, but officials and analysts "
        "in Ames have said the harbour is ready to be shut."
    )
    assert speaker_of(text, "no plans to close") == "the ministry"
    assert speaker_of(text, "ready to be shut") == "officials and analysts in Ames"
    report = run(text)
    assert not any("no plans" in q.text and "ready to be shut" in q.text for q in report.quotes)


def test_a_group_of_a_common_noun_phrase_keeps_it() -> None:
    text = "Representatives of the makers of the two pumps have said they are safe to use."
    assert speaker_of(text, "safe to use") == "representatives of the makers of the two pumps"


def test_a_group_of_a_named_body_stays_the_body_or_the_phrase() -> None:
    text = "Officials of Acme Harbour Trust said the port would reopen in May."
    speaker = speaker_of(text, "port would reopen")
    assert speaker is not None and "Acme Harbour Trust" in speaker
