"""The splitter on caseless and PTB-tokenized news text (plugins/sentences/forms.py)."""

from __future__ import annotations

from toolkit.plugins.sentences import split, split_spans
from toolkit.plugins.sentences.forms import caseless_view, is_caseless, looks_tokenized

# Written for these tests in the form CNN/DailyMail is distributed (lower case, PTB tokens).
TOKENIZED = (
    "-lrb- cnn -rrb- two rescue workers are among the survivors in kathmandu , nepal . "
    "they are struggling to find food . `` i thought i had lost you , '' his father said . "
    "mr. sharma , 37 , had n't been heard from since monday . the u.s. embassy said it 's "
    "sending help -- and more is coming ."
)


def test_tokenized_lower_case_text_is_split_at_its_sentence_ends() -> None:
    assert split(TOKENIZED) == [
        "-lrb- cnn -rrb- two rescue workers are among the survivors in kathmandu , nepal .",
        "they are struggling to find food .",
        "`` i thought i had lost you , '' his father said .",
        "mr. sharma , 37 , had n't been heard from since monday .",
        "the u.s. embassy said it 's sending help -- and more is coming .",
    ]


def test_tokenized_spans_point_into_the_input_and_cover_every_token() -> None:
    spans = split_spans(TOKENIZED)
    assert spans[0][0] == 0 and spans[-1][1] == len(TOKENIZED)
    covered = " ".join(TOKENIZED[s:e] for s, e in spans)
    assert covered.split() == TOKENIZED.split()
    assert all(a[1] < b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_cased_tokenized_text_keeps_the_case_rules() -> None:
    text = "Paul Merson has restarted his row . Mr. Townsend was brought on in the 83rd minute ."
    assert split(text) == [
        "Paul Merson has restarted his row .",
        "Mr. Townsend was brought on in the 83rd minute .",
    ]


def test_all_caps_wire_copy_and_lower_case_prose() -> None:
    caps = (
        "THE U.S. GOVERNMENT SAID ON MONDAY IT WOULD ACT. MR. SMITH AGREED. IT WAS 5 P.M. NO MORE."
    )
    assert split(caps) == [
        "THE U.S. GOVERNMENT SAID ON MONDAY IT WOULD ACT.",
        "MR. SMITH AGREED.",
        "IT WAS 5 P.M.",
        "NO MORE.",
    ]
    lower = caps.lower()
    assert [s.upper() for s in split(lower)] == split(caps)


def test_one_lower_case_sentence_per_line() -> None:
    text = "the talks ended on friday.\nboth sides will meet again.\nno date was set."
    assert split(text) == [
        "the talks ended on friday.",
        "both sides will meet again.",
        "no date was set.",
    ]


def test_ordinary_prose_is_neither_tokenized_nor_caseless() -> None:
    prose = 'He said: "We lost, and it hurt." Prices rose 5% on Monday; shares fell. Why?'
    assert not looks_tokenized(prose)
    assert not is_caseless(prose)
    assert looks_tokenized(TOKENIZED) and is_caseless(TOKENIZED)


def test_caseless_view_keeps_the_length_and_capitalises_sentence_openers() -> None:
    text = "it rained. 'then it stopped,' she said. THE END"
    view = caseless_view(text)
    assert len(view) == len(text)
    assert view == "It rained. 'Then it stopped,' she said. The end"
