"""House styles of quotation and naming: NYT's ''…'' marks, TeX's ``…'', middle initials.

The New York Times' archive text (and text converted from TeX or the Penn Treebank)
writes a double quotation mark as two apostrophes or two backticks, and the Times,
the Post and the wires name people with a middle initial ("Benjamin J. Rhodes").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_quotes import assert_offsets, run, texts

from toolkit.plugins.quotes.marks import find_quote_spans, plain_double_marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("''We will win,'' Tom Berg said.", "We will win,"),
        ("Tom Berg said: ''We will win.''", "We will win."),
        ("``We will win,'' Tom Berg said.", "We will win,"),
        ("''We will win,'' Tom Berg said. ''It is done.''", "We will win, It is done."),
    ],
)
def test_two_character_marks_quote_like_a_straight_mark(text: str, expected: str) -> None:
    report = run(text)
    assert texts(report, "direct") == [expected]
    assert report.quotes[0].speaker == "Tom Berg"
    assert_offsets(report)


def test_two_character_marks_keep_every_offset() -> None:
    text = "He said ''no'' and ``yes'' twice; a 12'' pipe."
    plain = plain_double_marks(text)
    assert len(plain) == len(text)
    assert plain.count('"') == 5 and "'" not in plain and "`" not in plain
    assert all(a == b for a, b in zip(text, plain, strict=True) if a not in "'`")
    assert plain_double_marks("nothing to change") == "nothing to change"


def test_three_apostrophes_and_inch_marks_are_not_quotations() -> None:
    assert find_quote_spans(plain_double_marks("It is a 12'' pipe and a 6'' one.")) == []
    assert plain_double_marks("a ''' b") == "a ''' b"


def test_partial_quote_in_two_apostrophes_is_attributed_to_the_reporter() -> None:
    report = run("Jo Lee, the mayor, said the plan was ''a bold step'' for the town.")
    mixed = [q for q in report.quotes if q.kind == "mixed"]
    assert [report.text[s:e] for q in mixed for s, e in q.fragments] == ["a bold step"]
    assert mixed[0].speaker == "Jo Lee"
    indirect = [q for q in report.quotes if q.kind == "indirect"]
    # a reported clause that ends inside a two-character mark takes the whole mark
    assert all(not q.text.endswith("'") or q.text.endswith("''") for q in indirect)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "''They had chemistry,'' said Benjamin J. Rhodes, a deputy adviser.",
            "Benjamin J. Rhodes",
        ),
        ('"They had chemistry," Benjamin J. Rhodes said.', "Benjamin J. Rhodes"),
        (
            "The plan failed, according to Dennis B. Ross, a former envoy, who left.",
            "Dennis B. Ross",
        ),
        (
            'Pennsylvania\'s Patrick J. Toomey said he was "appalled" by the remark.',
            "Patrick J. Toomey",
        ),
    ],
)
def test_a_middle_initial_stays_inside_the_name(text: str, speaker: str) -> None:
    report = run(text)
    assert report.quotes, text
    assert {q.speaker for q in report.quotes} == {speaker}
    assert list(report.speakers) == [speaker]


def test_later_surname_and_pronoun_resolve_to_the_name_with_an_initial() -> None:
    text = (
        "Benjamin J. Rhodes, a deputy adviser, spoke first.\n\n"
        '"It was hard," Mr. Rhodes said.\n\n'
        '"We tried," he added.'
    )
    report = run(text)
    assert [q.speaker for q in report.quotes] == ["Benjamin J. Rhodes"] * 2
    assert "Benjamin J" not in report.speakers


def test_a_one_letter_word_before_a_paragraph_break_is_no_initial() -> None:
    text = "It is time for Plan B.\n\nSanders said the party must unite behind him."
    report = run(text)
    assert [q.speaker for q in report.quotes] == ["Sanders"]


def test_a_sentence_ending_in_a_capital_letter_is_no_initial() -> None:
    text = 'He ranked it grade B. Lee said, "It is fine."'
    report = run(text)
    assert [q.speaker for q in report.quotes] == ["Lee"]


TWO_MARKS = ["''", "``", "'", "'''", '"', " ", "\n", "a", "A", ".", ",", "J. ", "said "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TWO_MARKS), max_size=40).map("".join))
def test_random_two_character_marks_never_raise(text: str) -> None:
    report = run(text)
    for quote in report.quotes:
        for start, end in quote.spans():
            assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # US papers use "spokesman" for women: it gives no gender.
        ('Trump spokesman Hope Hicks spoke. "It is not ours," she said.', "Hope Hicks"),
        # an honorific outranks the given name
        ('The chairman, Mrs. Leslie Ward, spoke. "We agree," she said.', "Leslie Ward"),
        ('Campaign chairman Paul Manafort spoke. "We agree," he said.', "Paul Manafort"),
    ],
)
def test_generic_role_nouns_do_not_override_a_given_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in run(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a sentence's first word that the article also writes in lower case
        ('It is not over yet. Yet Clinton said: "We will win."', "Clinton"),
        ('Jo Lee came top. Top Lee aides were there. "We will win," Lee said.', "Jo Lee"),
        # a parenthesis opens a sentence too
        (
            'Jared Sexton wrote; see below. (See Sexton\'s notes.)\n\n"It was loud," Sexton said.',
            "Jared Sexton",
        ),
        # a known given name, a name particle or an organisation's name stays whole
        ('Mark Warner spoke. "It is a mark of progress," Warner said.', "Mark Warner"),
        ('De Blasio spoke. "It is de rigueur," De Blasio said.', "De Blasio"),
        # a rank before the surname is a title, not part of the name
        ('Admiral Harris spoke to the admiral corps. "We are ready," he said.', "Harris"),
    ],
)
def test_sentence_initial_common_words_are_not_part_of_names(text: str, speaker: str) -> None:
    assert [q.speaker for q in run(text).quotes if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of the pronoun's own sentence beats the last quoted speaker
        (
            'Tom Berg called it "a disaster." Jo Lee waved the issue away, when he told '
            'a debate that voters were "sick of it."',
            "Jo Lee",
        ),
        # ... but not a name after a preposition or with a possessive
        (
            '"We will win," said Tom Berg. After Jo Lee\'s speech, he said, "It went well."',
            "Tom Berg",
        ),
    ],
)
def test_a_pronoun_takes_the_subject_of_its_own_sentence(text: str, speaker: str) -> None:
    assert [q.speaker for q in run(text).quotes][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Republican Donald Trump spoke. "We will win," Trump said.', "Donald Trump"),
        ('"It is done," said Journalist Jo Lee.', "Jo Lee"),
        # an organisation's name keeps its capitalised role word
        ('"Rates will rise," Anchor Financial Corp said.', "Anchor Financial Corp"),
    ],
)
def test_a_capitalised_role_word_before_a_name_is_not_part_of_it(text: str, speaker: str) -> None:
    assert [q.speaker for q in run(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a Title Case headline runs words into the name; the last given name starts it
        ('Zika Virus Worries Chris Christie\n\n"We are ready," Christie said.', "Chris Christie"),
        ('Christine Todd Whitman spoke. "We are ready," Whitman said.', "Christine Todd Whitman"),
    ],
)
def test_a_long_capitalised_run_starts_at_its_last_given_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in run(text).quotes] == [speaker]


def test_a_connective_before_a_quote_opens_a_standalone_quote() -> None:
    text = '"I will win," Tom Berg said. Instead, "they just act like defeated men."'
    report = run(text)
    assert [(q.kind, q.speaker) for q in report.quotes] == [
        ("direct", "Tom Berg"),
        ("direct", "Tom Berg"),
    ]


@pytest.mark.parametrize("opener", ["Interestingly", "Neither", "Moreover", "Still"])
def test_sentence_adverbs_never_start_a_name(opener: str) -> None:
    text = f'Christoph Blocher spoke. {opener} Blocher said, "We are ready."'
    assert [q.speaker for q in run(text).quotes] == ["Christoph Blocher"]


def test_a_bare_surname_names_the_namesake_introduced_first() -> None:
    text = (
        "Sen. Chris Murphy spoke for 15 hours. He told the story of Anne Marie Murphy, "
        'a teacher\'s aide who was killed.\n\n"It takes courage," Murphy said.'
    )
    assert [q.speaker for q in run(text).quotes] == ["Chris Murphy"]


def test_an_honorific_picks_the_namesake_of_its_gender() -> None:
    text = (
        "Bill Clinton spoke first; he was brief. Hillary Clinton spoke next.\n\n"
        '"We will win," Mrs. Clinton said. "She will," Mr. Clinton said.'
    )
    assert [q.speaker for q in run(text).quotes] == ["Hillary Clinton", "Bill Clinton"]


def test_a_headline_run_is_not_the_namesake_a_surname_names() -> None:
    text = (
        "Woman Reveals Stunning Thing Trump Did\n\n"
        'Donald Trump spoke in Iowa. "I paid off her mortgage," Trump said.'
    )
    assert [q.speaker for q in run(text).quotes] == ["Donald Trump"]


def test_family_words_teach_gender_to_namesakes() -> None:
    text = (
        "Their son, Humayun Khan, died in Iraq. His mother, Ghazala Khan, stood on stage.\n\n"
        '"I could not speak," Ms. Khan said.'
    )
    assert [q.speaker for q in run(text).quotes] == ["Ghazala Khan"]
