"""Attribution shapes that news writes often and the quotes analyzer used to miss.

Each was found among PolNeAR quotes whose speaker came out empty or wrong
(``bench/quotes.py --sample``); the sentences here are invented.
"""

from __future__ import annotations

import pytest
from test_quotes import run

from toolkit.plugins.quotes.context import sentence_subject
from toolkit.plugins.quotes.cues import cue_at
from toolkit.plugins.quotes.speakers.entities import EntityRegistry
from toolkit.plugins.quotes.speakers.mentions import Mention
from toolkit.plugins.text.name_words import gender_of
from toolkit.plugins.text.tokens import tokenize


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in run(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A capitalised base form after a quotation is a name ("State Department"), not a verb.
        ('"We take it seriously," State spokesman Mark Tolver said Friday.', "Mark Tolver"),
        ('"We take it seriously," Post reporter Ana Velde wrote.', "Ana Velde"),
        # A past or -ing form still opens an inverted attribution.
        ('"We take it seriously." Added Mark Tolver, "It matters."', "Mark Tolver"),
    ],
)
def test_a_capitalised_cue_word_after_a_quote(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "word", "is_cue"),
    [
        ("‘WONDER WOMAN’ AND ‘JUSTICE LEAGUE’", "WONDER", False),
        ('"Yes." State officials agreed.', "State", False),
        ('"Yes." Added Lee, "no."', "Added", True),
        ('"Yes." Says Lee.', "Says", True),
    ],
)
def test_only_inflected_cue_words_open_a_sentence_after_a_quote(
    text: str, word: str, is_cue: bool
) -> None:
    tokens = tokenize(text)
    index = next(i for i, token in enumerate(tokens) if token.text == word)
    assert tokens[index - 1].text in '"‘'
    assert (cue_at(tokens, index) is not None) is is_cue


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Courts are changing," J. Gerald Hebner, a lawyer, said.', "J. Gerald Hebner"),
        ('"Courts are changing," said R. Gil Korlan, the commissioner.', "R. Gil Korlan"),
        ("M. Dane Walters predicted that delegates would fight on.", "M. Dane Walters"),
    ],
)
def test_a_leading_initial_is_part_of_the_name(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


def test_a_leading_initial_leaves_the_gender_to_the_given_name() -> None:
    assert gender_of(["J.", "Gerald", "Hebner"]) == "m"
    assert gender_of(["A", "Gerald"]) is None  # a capitalised article is not an initial
    text = (
        '"Courts are changing," J. Gerald Hebner, a lawyer, said. '
        'Ms. Mary Velde disagreed. "Not yet," he said.'
    )
    # Speakers take gender from the article (an honorific), never from given names.
    assert speakers(text) == ["J. Gerald Hebner", "J. Gerald Hebner"]


@pytest.mark.parametrize(
    "text",
    [
        '"It is done," Representative Peter T. Kong, Republican of Ohio, said of the bill.',
        '"It is done," Rep. Peter Kong, Republican of Ohio, said of the bill.',
        '"It is done," Mr. Kong, now 81 and retired, said by telephone.',
    ],
)
def test_a_titled_or_initialled_name_before_an_apposition(text: str) -> None:
    assert speakers(text)[0] in {"Peter T. Kong", "Peter Kong", "Kong"}


def test_a_split_quote_around_an_apposition_is_one_quote() -> None:
    report = run('"It is done," Rep. Peter Kong, Republican of Ohio, said. "We won."')
    assert [(q.speaker, q.text) for q in report.quotes] == [("Peter Kong", "It is done, We won.")]


def test_a_party_label_in_parentheses_does_not_use_up_the_reach_of_the_verb() -> None:
    text = '"Pfizer is gaming the system," Senate Minority Leader Harold M. Ried (D-Nev.) said.'
    assert speakers(text) == ["Harold M. Ried"]


def test_a_chief_of_staff_named_in_apposition_after_a_possessive() -> None:
    text = (
        '"Positions will soften," California Rep. Duncan Hanter\'s chief of staff, '
        "Joe Kaspar, told reporters."
    )
    assert speakers(text) == ["Joe Kaspar"]


def test_a_short_sentence_ending_in_a_colon_names_its_subject() -> None:
    text = 'The union pushed for a ban. Gov. Jon Kasick resisted: "Governors lack the power."'
    assert speakers(text) == ["Jon Kasick"]


def test_a_colon_after_a_bare_label_still_reads_the_label() -> None:
    assert speakers('Mira Osei: "We will win."') == ["Mira Osei"]


@pytest.mark.parametrize(
    "text",
    [
        'Republican presidential nominee Don Trumbo took to Twitter. "We will win."',
        'Democratic presidential candidate Bernd Sandor said the deal goes "nowhere near far'
        ' enough."',
    ],
)
def test_presidential_belongs_to_the_title_before_a_name(text: str) -> None:
    assert speakers(text)[0] in {"Don Trumbo", "Bernd Sandor"}


def test_a_participle_phrase_opening_the_sentence_is_not_its_subject() -> None:
    text = (
        "Appearing before cheering supporters Monday morning at party headquarters, Mira Osei,"
        ' 70, said it was early but added, "You know the results."'
    )
    assert set(speakers(text)) == {"Mira Osei"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Speaking at a town hall event in Salem, New Hampshire, Mira Osei left.", "Mira Osei"),
        ("Speaking on the cable channel CNBC on Monday, Mr. Ubbel called him driven.", "Ubbel"),
        ("Manning said he would fight on.", "Manning"),
    ],
)
def test_the_subject_after_a_participle_phrase_and_a_place(text: str, subject: str) -> None:
    tokens = tokenize(text)
    mention = sentence_subject(text, tokens, 0, len(tokens))
    assert mention is not None and mention.name == subject


def test_a_name_ending_in_ing_still_opens_a_sentence() -> None:
    assert set(speakers('Manning said he would "fight on."')) == {"Manning"}


@pytest.mark.parametrize("dateline", ["WASHINGTON, Dec. 8 (UPI) —", "BOSTON, Aug. 2 —"])
def test_a_month_abbreviation_is_not_a_name(dateline: str) -> None:
    text = f'{dateline} An aide to the senator rallied supporters, saying: "We will win."'
    assert speakers(text)[0] not in {"Dec", "Aug"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the platform is where she wrote, not who
        ('Mira Osei answered the question on Facebook writing, "Yes, I will."', "Mira Osei"),
        # "comment" here is a noun, not the verb whose subject would speak
        (
            'Mira Osei posted a Twitter comment of her own, saying, "We are so excited!"',
            "Mira Osei",
        ),
        # "with X yelling": X is the subject of the participle
        ('At a rally in Ames, Iowa, with Tom Berg reportedly yelling: "Get out!"', "Tom Berg"),
        # "written" after an article is an adjective
        ('Tom Berg told the Daily Post in a written statement, "We will win."', "Tom Berg"),
    ],
)
def test_the_subject_of_a_participle_or_statement(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_an_indefinite_description_is_not_a_known_person() -> None:
    registry = EntityRegistry()
    known = registry.add_name(
        Mention("name", "spokeswoman Mira Osei", 0, 21, "Mira Osei", {"spokeswoman"}, "f")
    )

    def described(surface: str) -> Mention:
        return Mention("description", surface, 50, 50 + len(surface), surface, {"spokeswoman"})

    assert registry.resolve(described("the spokeswoman")) is known
    assert registry.resolve(described("a spokeswoman")) is not known
    assert registry.resolve(described("One spokeswoman")) is not known


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the apostrophe of "Sanders’" is no quotation mark
        ('"We will win," Jeff Weaber, Sanders’ campaign manager, said.', "Jeff Weaber"),
        ('"We will win," Jeff Weaber, the Sanders\' campaign manager, said.', "Jeff Weaber"),
        # an initial does not use up the words allowed before the name
        (
            '"These are dark days," former George W. Bush speechwriter Noam Neuser wrote.',
            "Noam Neuser",
        ),
    ],
)
def test_attributions_with_possessives_and_initials_in_the_modifiers(
    text: str, speaker: str
) -> None:
    assert speakers(text) == [speaker]


def test_a_modal_perfect_before_the_verb_keeps_the_subject() -> None:
    text = 'Ed Krayes may have said it best when he blogged: "She is the chosen candidate."'
    assert set(speakers(text)) == {"Ed Krayes"}


def test_a_modal_without_have_does_not_make_a_speaker() -> None:
    """ "Americans should worry more ..." is no report by Americans."""
    text = "Josh Barr noted that the odds were low, and that voters should worry more about it."
    assert "voters" not in speakers(text)
