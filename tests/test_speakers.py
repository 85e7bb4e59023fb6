"""Speaker attribution: cue positions, canonical entities, descriptions, pronouns, options."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.models import Document, Report, Sentence
from toolkit.plugins.quotes import analyze_quotes, toolkit_register_analyzers
from toolkit.plugins.sentences import split_spans
from toolkit.plugins.text.tokens import tokenize


def run(text: str, **options: object) -> Report:
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_spans(text))]
    report = Report(None, None, None, text)
    analyze_quotes(Document(text=text, sentences=sentences, options=dict(options)), report)
    return report


def speakers(report: Report) -> list[str | None]:
    return [q.speaker for q in report.quotes]


def test_registers_quotes_analyzer_at_order_100() -> None:
    calls = []
    toolkit_register_analyzers(lambda *args, **kw: calls.append((args, kw)))
    assert calls == [(("quotes", analyze_quotes), {"order": 100})]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," Tom Berg said.',
        '"We will win," said Tom Berg.',
        'Tom Berg said: "We will win."',
        'Tom Berg said, "We will win."',
        '"We will win," Tom Berg told reporters on Monday.',
        '"We will win," said Tom Berg, a senator from Ohio.',
    ],
)
def test_cue_before_after_and_inverted(text: str) -> None:
    report = run(text)
    assert speakers(report) == ["Tom Berg"]
    assert report.quotes[0].cue in {"said", "told"}


def test_lone_quote_takes_speaker_of_previous_sentence() -> None:
    report = run('Tom Berg spoke on Monday. "We lost the vote and we know it."')
    assert speakers(report) == ["Tom Berg"]
    chained = run('"It hurts," said Ann Lee.\n\n"We will be back next year."')
    assert speakers(chained) == ["Ann Lee", "Ann Lee"] or len(chained.quotes) == 1


def test_surname_title_and_full_name_are_one_entity() -> None:
    text = (
        'Senator Tom Berg arrived. "Hello there," Senator Berg said. "Goodbye," Mr. Berg said. '
        '"Again," Berg said.'
    )
    report = run(text)
    assert set(speakers(report)) == {"Tom Berg"}
    assert report.speakers["Tom Berg"].quotes == 3
    assert {"Senator Berg", "Mr. Berg", "Berg"} <= set(report.speakers["Tom Berg"].aliases)


def test_same_surname_different_first_names_stay_apart() -> None:
    text = 'Bill Stone and Hillary Stone spoke. "Yes," Bill Stone said. "No," Hillary Stone said.'
    assert speakers(run(text)) == ["Bill Stone", "Hillary Stone"]


def test_apposition_and_demonym_descriptions() -> None:
    text = (
        "France's prime minister, Jean Dupont, met German Chancellor Anna Weber in Berlin. "
        "The French leader said that the talks went well. "
        '"We agreed on a lot," the German leader said. '
        '"Not on everything," the prime minister added.'
    )
    report = run(text)
    assert speakers(report) == ["Jean Dupont", "Anna Weber", "Jean Dupont"]
    assert "The French leader" in report.speakers["Jean Dupont"].aliases


def test_description_from_adjectival_title() -> None:
    text = (
        "Brazilian President Carla Souza met Tom Berg. "
        '"This is a good day," the Brazilian leader said. '
        '"It is," Berg said.'
    )
    assert speakers(run(text)) == ["Carla Souza", "Tom Berg"]


def test_pronouns_take_most_recent_compatible_speaker() -> None:
    text = (
        'Maria Lopez met Mr. Tom Berg in Paris. "We will win this," she said. '
        '"I doubt it," he said. "Time will tell," she added.'
    )
    assert speakers(run(text)) == ["Maria Lopez", "Tom Berg", "Maria Lopez"]


def test_unresolvable_pronoun_gives_no_speaker() -> None:
    report = run('"We will win," he said.')
    assert speakers(report) == [None]
    assert report.quotes[0].mention == "he"
    assert report.speakers == {}


def test_organisations_and_groups_speak() -> None:
    report = run('"The talks were useful," the Kremlin said. "We are ready," officials said.')
    assert speakers(report) == ["Kremlin", "officials"]
    indirect = run("The Kremlin said the talks were useful.")
    assert speakers(indirect) == ["Kremlin"]


def test_people_mentioned_but_silent_are_not_speakers() -> None:
    text = 'Tom Berg criticised Ann Lee and Paul Mann. "They are wrong," Berg said.'
    report = run(text)
    assert set(report.speakers) == {"Tom Berg"}


def test_user_speakers_resolve_aliases() -> None:
    text = '"We go," said the Russian leader. Vladimir Putin arrived. "Yes," Putin said.'
    report = run(text, speakers={"Putin": ["Vladimir Putin", "the Russian leader"]})
    assert speakers(report) == ["Putin", "Putin"]
    assert report.speakers["Putin"].quotes == 2


def test_only_speakers_keeps_user_named_speakers() -> None:
    text = '"Yes," said Tom Berg. "No," said Ann Lee. "Maybe," said Paul Mann.'
    report = run(text, speakers={"Berg": ["Tom Berg"], "Ann Lee": []}, only_speakers=True)
    assert speakers(report) == ["Berg", "Ann Lee"]
    assert set(report.speakers) == {"Berg", "Ann Lee"}
    everyone = run(text, speakers={"Berg": ["Tom Berg"]})
    assert speakers(everyone) == ["Berg", "Ann Lee", "Paul Mann"]


def test_partial_quote_inherits_reported_speaker() -> None:
    text = 'Ann Lee met Tom Berg. Berg noted that the plan was "a serious mistake" for all.'
    report = run(text)
    [mixed] = [q for q in report.quotes if q.kind == "mixed"]
    assert mixed.speaker == "Tom Berg"
    assert [report.text[s:e] for s, e in mixed.fragments] == ["a serious mistake"]


# --- attribution patterns (each was a general cause of misses on PolNeAR) ------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an apposition, with commas of its own, between the quote and the verb
        ('"We will win," Tom Berg, 33, of Ames, Iowa, said.', "Tom Berg"),
        ('"We will win," Tom Berg, who leads the party, said on Monday.', "Tom Berg"),
        # a description whose apposition is the name
        ('"We will win," his aide, Ann Lee, said.', "Ann Lee"),
        ('Her adviser, Tom Berg, said: "We will win."', "Tom Berg"),
        ('Tom Berg, 33, of Ames, Iowa, who was polled, said: "We will win."', "Tom Berg"),
        # a long description ending in a coordinated name, then the speaker's name
        (
            "Talks stalled. The envoy in Rome for the Council of Free Workers and Farmers,"
            ' Ann Lee, said: "We will never join the government."',
            "Ann Lee",
        ),
        # a role, the name and where they work before the first comma
        (
            'Sales fell.\n\n"We will win," auto analyst Ann Lee of Acme Research in Ames, Iowa,'
            " said in an interview.",
            "Ann Lee",
        ),
        # plain words before the name after the quote
        ('"We will win," Acme co-founder Tom Berg told reporters.', "Tom Berg"),
        ('"We will win," campaign manager Tom Berg said.', "Tom Berg"),
        # a party label in parentheses
        ('"We will win," Rep. Tom Berg (D-Ohio) said.', "Tom Berg"),
        ('Rep. Tom Berg (D-Ohio) said: "We will win."', "Tom Berg"),
        # a verb coordinated with an earlier one
        ('Tom Berg called on her to resign and said, "Her time is up."', "Tom Berg"),
        ('And then Tom Berg went on the attack, saying, "They lied to you."', "Tom Berg"),
        # a participle takes the subject of the reporting verb right before it
        (
            'Ann Lee and Tom Berg will meet next week, Sam Cole said, adding, "They need to talk."',
            "Sam Cole",
        ),
        (
            "Tom Berg spoke first. At a rally in Ames, Iowa, on Saturday, fans cheered, "
            'with Berg reportedly yelling: "We will win!"',
            "Tom Berg",
        ),
        # a name right before a colon
        ('The result does not surprise pollster Ann Lee: "Leaders always win."', "Ann Lee"),
        # reporting verbs and phrases beyond "said"
        ('"We will win," Tom Berg fumed.', "Tom Berg"),
        ('"We will win," Tom Berg shot back.', "Tom Berg"),
        ('"We will win," Tom Berg chimed in.', "Tom Berg"),
        ('"Why now?" reacted Tom Berg.', "Tom Berg"),
    ],
)
def test_attribution_patterns(text: str, speaker: str) -> None:
    report = run(text)
    # "called on her to resign" is a report of its own, by the same speaker
    assert [q.kind for q in report.quotes if q.kind != "indirect"] == ["direct"]
    assert set(speakers(report)) == {speaker}


def test_attribution_sentence_introduces_the_next_quote() -> None:
    statement = run(
        'Tom Berg, the communications director for the party said in a statement. "We will win."'
    )
    assert speakers(statement) == ["Tom Berg"]
    colon = run('The Ledger responded:\n\n"We stand by the story."')
    assert speakers(colon) == ["Ledger"]


def test_bare_name_before_colon_is_not_a_speaker() -> None:
    # "CNN" is a place the words were said, not who said them.
    assert speakers(run('Then, later that month on CNN: "We will win."')) == [None]


def test_pronoun_prefers_a_person_of_its_gender_in_the_nearest_sentence() -> None:
    # The gender comes from the article (an honorific), never from a list of given names.
    text = 'Kim Park and Ms. Maria Lopez met on Monday. "We agreed on a lot," she said.'
    assert speakers(run(text)) == ["Maria Lopez"]


def test_sentence_initial_preposition_is_not_part_of_a_name() -> None:
    report = run('Like Tom Berg, the mayor opposes the plan. "It is wrong," Berg said.')
    assert speakers(report) == ["Tom Berg"]


# --- tokens -----------------------------------------------------------------------------

# The token rule, written out: a word (letters, digits, "_") with inner "-", "'", "’" or
# "." joining further word parts ("al-Sharaa", "don't", "U.S"), or one other non-space
# character. tokenize() computes offsets arithmetically; this checks it against a scan.
_TOKEN_RULE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")
_TOKEN_ALPHABET = st.sampled_from(
    ["a", "B", "_", "7", "é", "ß", "İ", "٣", "-", "'", "’", ".", ",", '"', "“", "—"]
    + [" ", "  ", "\n", "\t", "\u00a0", "\u2009", "U.S.", "al-Sharaa", "don't"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKEN_ALPHABET, max_size=40).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_tokenize_offsets_match_a_scan_of_the_token_rule(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for args in ((), (start, end)):
        tokens = tokenize(text, *args)
        expected = [(m.group(), m.start(), m.end()) for m in _TOKEN_RULE.finditer(text, *args)]
        assert [(t.text, t.start, t.end) for t in tokens] == expected
        assert all(text[t.start : t.end] == t.text and t.lower == t.text.lower() for t in tokens)


# --- entities: titles, genders, surnames, organisations (invented sentences) ----------


@pytest.mark.parametrize(
    ("text", "canonical", "alias"),
    [
        ('Alderman Rosa Quint called the budget "a patchwork of loans."', "Rosa Quint", None),
        (
            'Goalkeeper Nils Aakre saved twice. "We defended well," Goalkeeper Aakre said.',
            "Nils Aakre",
            "Goalkeeper Aakre",
        ),
    ],
)
def test_capitalised_role_word_before_a_name_is_a_title(
    text: str, canonical: str, alias: str | None
) -> None:
    report = run(text)
    assert set(speakers(report)) == {canonical}
    if alias is not None:
        assert alias in report.speakers[canonical].aliases


def test_role_title_goes_to_the_descriptors() -> None:
    text = (
        'Sergeant Hal Brodie and Ines Koller led the search. "We found nothing," the sergeant said.'
    )
    assert speakers(run(text)) == ["Hal Brodie"]


def test_pronoun_gender_is_learnt_and_blocks_the_other_gender() -> None:
    text = (
        "Mayor Ilse Varga opened the hearing. Piet Sandor, who farms near the lake, said "
        "the new fee would hurt growers. He said he would write to the board. "
        "She added that the fee would be reviewed in June."
    )
    report = run(text)
    by_text = {q.text: q.speaker for q in report.quotes}
    assert by_text["he would write to the board"] == "Piet Sandor"
    assert by_text["the fee would be reviewed in June"] == "Ilse Varga"


def test_lone_surname_with_relative_clause_is_a_mention() -> None:
    text = (
        "Winger Tobi Ekwueme scored twice. Coach Ivo Brandt watched from the stand. "
        "Ekwueme, who joined in May, was booked late on. He said the booking was harsh. "
        '"I barely touched him," he said.'
    )
    assert speakers(run(text)) == ["Tobi Ekwueme", "Tobi Ekwueme"]


def test_pronoun_prefers_a_subject_to_a_name_after_a_preposition() -> None:
    text = 'Asked about Nora Fenn, Piet Lasko shrugged. "It is not my business," he said.'
    assert speakers(run(text)) == ["Piet Lasko"]


def test_possessive_is_never_a_speaker() -> None:
    report = run('Harlow\'s season ended on Sunday. "We will be back next year."')
    assert speakers(report) == [None]
    club = run(
        "Harlow Athletic beat Crane 2-0. Harlow's win lifts them to third. "
        "The club said the players would get a day off."
    )
    assert speakers(club) == ["the club"]


def test_the_organisation_noun_resolves_to_a_named_organisation() -> None:
    text = (
        "The Brenmoor Rowing Club said it would appeal the ruling. "
        "The club added that its boats were safe."
    )
    assert speakers(run(text)) == ["Brenmoor Rowing Club", "Brenmoor Rowing Club"]
    agency = run(
        "The state water agency said it would review the data. "
        'A spokesperson for the agency said the results were "encouraging."'
    )
    assert set(speakers(agency)) == {"the state water agency"}


def test_a_lone_word_starting_one_longer_name_is_that_entity() -> None:
    text = (
        "Brackwater Foods said on Monday it would cut 80 jobs. "
        "Brackwater said the cuts would start in May."
    )
    assert speakers(run(text)) == ["Brackwater Foods", "Brackwater Foods"]


def test_role_of_a_place_is_a_description_not_a_name() -> None:
    text = (
        'The mayor of Dunmere Bay, Kasia Holt, described the plan as "reckless." '
        "She said the town would fight it."
    )
    report = run(text)
    assert speakers(report) == ["Kasia Holt", "Kasia Holt"]
    assert "Dunmere Bay" not in report.speakers


def test_a_document_speaks_for_its_author_and_is_never_a_speaker() -> None:
    report = run("According to the report, the river had flooded twice since May.")
    assert [q.speaker for q in report.quotes] == [None]
    report = run("A study by the Orlen Water Institute said the river had flooded twice.")
    assert [q.speaker for q in report.quotes] == ["Orlen Water Institute"]


def test_coordinated_verb_takes_a_named_subject_with_apposition() -> None:
    text = (
        "Dr. Mara Quist, a geologist at the survey office who was not involved, read "
        "the data but said two samples were too few."
    )
    report = run(text)
    assert [(q.text, q.speaker) for q in report.quotes] == [
        ("two samples were too few", "Mara Quist")
    ]


def test_verb_inside_an_earlier_quotation_does_not_attribute_a_phrase() -> None:
    # "she shouted" is inside Berg's quotation: it does not make Ann Lee the speaker.
    text = (
        'Tom Berg met Ann Lee after the vote. "She said we would win. But the way she '
        'shouted it was wrong," and with that Berg left with a curt "never again."'
    )
    report = run(text)
    assert [(q.text, q.speaker) for q in report.quotes if q.kind == "mixed"] == [
        ("never again", "Tom Berg")
    ]


def test_called_with_an_earlier_quotation_in_between() -> None:
    report = run('Ann Lee called the "fair share" plan "a tax grab with a new name."')
    assert ("a tax grab with a new name", "Ann Lee") in [(q.text, q.speaker) for q in report.quotes]


@pytest.mark.parametrize("word", ["I’m", "We're", "Don't", "Sen.", "Mr"])
def test_contractions_and_bare_titles_are_not_names(word: str) -> None:
    from toolkit.plugins.quotes.speakers.mentions import mention_from_window

    text = f"{word} said"
    tokens = tokenize(text)
    cue = next(i for i, t in enumerate(tokens) if t.text == "said")
    mention = mention_from_window(text, tokens, 0, cue)
    assert mention is None or mention.kind != "name"


@pytest.mark.parametrize(
    "title",
    [
        "Acme Rights Group director of policy and advocacy",
        "director of policy and advocacy",
        "Acme Rights Group director of policy",
    ],
)
def test_a_long_title_before_the_name_of_a_trailing_attribution(title: str) -> None:
    report = run(f"Stolen card data could be used to empty bank accounts, {title} Ann Lee said.")
    assert [(q.kind, q.speaker) for q in report.quotes] == [("indirect", "Ann Lee")]


def test_a_role_coordinated_with_a_name_is_no_title_of_it() -> None:
    """'the director and Tom Berg said': "and" outside an "of" complement ends a title."""
    report = run("Stolen card data could empty bank accounts, the director and Tom Berg said.")
    assert "Tom Berg" not in speakers(report)
