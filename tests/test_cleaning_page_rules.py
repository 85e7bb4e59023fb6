"""Page furniture visible only across lines: a block printed twice, a trailing
list of other stories' headlines, a notice about the page itself. The texts
are written for these tests."""

from __future__ import annotations

from toolkit.plugins.cleaning import remove_boilerplate

LEAD = (
    "Eleven miners were rescued on Monday from a flooded shaft in the north of the "
    "province, the regional government said in a statement."
)
LEAD_AGAIN = (
    "Eleven miners were rescued on Monday from the flooded shaft in the north of the "
    "province, the regional government said in a short statement."
)
BODY = (
    "Rescue teams had worked through the night to pump water out of the mine, and "
    "doctors said all eleven men were in good health after the ordeal."
)


def test_a_lead_printed_twice_keeps_the_second_copy() -> None:
    cleaned = remove_boilerplate(f"{LEAD}\n{LEAD_AGAIN}\n{BODY}")
    assert cleaned.split("\n") == [LEAD_AGAIN, BODY]


def test_different_paragraphs_in_a_row_both_stay() -> None:
    text = f"{LEAD}\n{BODY}"
    assert remove_boilerplate(text) == text


def test_a_trailing_list_of_headlines_and_teasers_goes() -> None:
    tail = (
        "-\nMinisters say no talks planned on the new mining rules\n"
        "Unions and owners are not discussing changes to the safety code Business -\n"
        "- Regions\nFlood warnings issued for three northern valleys"
    )
    assert remove_boilerplate(f"{LEAD_AGAIN}\n{BODY}\n{tail}") == f"{LEAD_AGAIN}\n{BODY}"


def test_a_list_of_dates_and_places_ending_an_article_stays() -> None:
    dates = "June 9 -- City Arena, Springfield, IL\nJune 12 -- Harbour Stage, Portland, ME"
    text = f"{BODY}\n\nTour Dates\n\n{dates}"
    assert dates in remove_boilerplate(text)


def test_a_list_the_article_introduces_stays() -> None:
    items = "Keep the water running for a while\nCall the council if it smells of gas"
    text = f"{BODY}\nThe advice to residents is:\n{items}"
    assert items in remove_boilerplate(text)


def test_a_notice_about_the_story_goes_and_prose_about_a_story_stays() -> None:
    notice = (
        "This archived story is available only for personal use. It may be outdated "
        "and reading it does not constitute a republication."
    )
    prose = "This story is one the valley will remember for many years, the mayor said."
    cleaned = remove_boilerplate(f"{notice}\n\n{BODY}\n\n{prose}")
    assert notice not in cleaned
    assert BODY in cleaned and prose in cleaned
