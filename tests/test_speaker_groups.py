"""Groups as speakers (issue #13, sixth pass): a "who" clause between a group and its
verb of saying, and a group named with its place. Invented sentences."""

from __future__ import annotations

from quote_runs import speaker_of


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
