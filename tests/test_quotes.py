"""Quote extraction: marks, kinds, split and multi-paragraph quotes, the seed article.

The speaker side (who said it) is in test_speakers.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.models import Document, Report, Sentence
from toolkit.plugins.quotes import analyze_quotes
from toolkit.plugins.quotes.marks import find_quote_spans
from toolkit.plugins.sentences import split_spans

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"


def seed_text() -> str:
    """The article's paragraphs (what the cleaning plugin leaves)."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if len(line.split()) > 20)


def run(text: str, **options: object) -> Report:
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_spans(text))]
    report = Report(None, None, None, text)
    analyze_quotes(Document(text=text, sentences=sentences, options=dict(options)), report)
    return report


def texts(report: Report, kind: str | None = None) -> list[str]:
    return [q.text for q in report.quotes if kind is None or q.kind == kind]


def assert_offsets(report: Report) -> None:
    sentences = report_sentences(report.text)
    for quote in report.quotes:
        assert " ".join(report.text[s:e] for s, e in quote.spans()) == quote.text
        assert quote.spans()[0][0] == quote.start and quote.spans()[-1][1] == quote.end
        assert sentences[quote.sentence_index][0] <= quote.start


def report_sentences(text: str) -> list[tuple[int, int]]:
    return split_spans(text) or [(0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," Tom Berg said.', "We will win,"),
        ("“We will win,” Tom Berg said.", "We will win,"),
        ("«We will win», Tom Berg said.", "We will win"),
        ("„We will win“, Tom Berg said.", "We will win"),
        ("‹We will win›, Tom Berg said.", "We will win"),
        ("Tom Berg said: »We will win«.", "We will win"),
    ],
)
def test_quotation_mark_styles(text: str, expected: str) -> None:
    report = run(text)
    assert texts(report) == [expected]
    assert report.quotes[0].speaker == "Tom Berg"
    assert_offsets(report)


def test_multi_sentence_quote_is_one_quote() -> None:
    report = run('"We came. We saw. We left," said Tom Berg.')
    assert texts(report, "direct") == ["We came. We saw. We left,"]


def test_quote_running_over_paragraphs() -> None:
    text = 'Tom Berg spoke first.\n\n"We came here to win.\n\n"And we will win again," he said.'
    report = run(text)
    assert len(report.quotes) == 1
    quote = report.quotes[0]
    assert quote.text.startswith("We came here to win.") and quote.text.endswith("win again,")
    assert quote.speaker == "Tom Berg"
    assert [text[s:e] for s, e in quote.parts] == ["We came here to win.", "And we will win again,"]


def test_unclosed_paragraph_without_continuation_is_closed_there() -> None:
    text = 'Tom Berg said: "We came here to win and we will win\n\nThe vote is on Monday.'
    report = run(text)
    assert texts(report) == ["We came here to win and we will win"]


def test_split_quote_is_one_quote_with_two_parts() -> None:
    text = '"We tried," Tom Berg said, "and we failed." Then he left.'
    report = run(text)
    assert len(report.quotes) == 1
    quote = report.quotes[0]
    assert quote.kind == "direct" and quote.speaker == "Tom Berg"
    parts = [text[s:e] for s, e in quote.parts]
    assert parts[0] == "We tried," and parts[1].startswith("and we failed")
    assert quote.text == " ".join(parts) and "Tom Berg" not in quote.text


def test_quote_continuing_after_attribution_sentence_is_joined() -> None:
    report = run('"It is over," said Tom Berg. "We lost."')
    assert len(report.quotes) == 1 and report.quotes[0].text.endswith("We lost.")


def test_colon_and_dash_attribution() -> None:
    colon = run('Tom Berg said: "The plan is dead."')
    assert colon.quotes[0].kind == "direct" and colon.quotes[0].speaker == "Tom Berg"
    dash = run('"The plan is dead." — Tom Berg')
    assert dash.quotes[0].text == "The plan is dead." and dash.quotes[0].speaker == "Tom Berg"


def test_partial_quotes_inside_reported_speech() -> None:
    report = run('Tom Berg said the vote was "a disgrace" and "a farce."')
    assert texts(report, "partial") == ["a disgrace", "a farce"]
    assert {q.speaker for q in report.quotes} == {"Tom Berg"}
    assert texts(report, "indirect") == ['the vote was "a disgrace" and "a farce."']


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Berg said that the economy will grow.", "the economy will grow"),
        ("Tom Berg noted that the economy will grow.", "the economy will grow"),
        ("Tom Berg warned that the economy will shrink.", "the economy will shrink"),
        ("Tom Berg insisted that the economy will grow.", "the economy will grow"),
        ("Tom Berg assured that the economy will grow.", "the economy will grow"),
        ("Tom Berg emphasized that the economy will grow.", "the economy will grow"),
        ("According to Tom Berg, the economy will grow.", "the economy will grow"),
        ("The economy will grow, according to Tom Berg.", "The economy will grow"),
        ("Tom Berg expressed hope that the economy will grow.", "the economy will grow"),
    ],
)
def test_reported_speech(text: str, content: str) -> None:
    report = run(text)
    indirect = [q for q in report.quotes if q.kind == "indirect"]
    assert [q.text for q in indirect] == [content]
    assert indirect[0].speaker == "Tom Berg"


@pytest.mark.parametrize(
    ("text", "contents", "speaker"),
    [
        # a clause without "that": a short subject, then an auxiliary
        (
            "Pollsters said voters had grown tired of the race.",
            ["voters had grown tired of the race"],
            "Pollsters",
        ),
        # after the comma closing an apposition
        (
            "Oskar Lind, who owns a cafe, said the new rules would cost him customers.",
            ["the new rules would cost him customers"],
            "Oskar Lind",
        ),
        # a "that" later in the clause does not open it
        ("Oskar Lind said she was open to that idea.", ["she was open to that idea"], "Oskar Lind"),
        (
            "Oskar Lind said the crew had fitted pumps that will run all night.",
            ["the crew had fitted pumps that will run all night"],
            "Oskar Lind",
        ),
        # a second verb joined by "and" starts a second report
        (
            "Oskar Lind warned that the bridge was unsafe, and said drivers should avoid it.",
            ["the bridge was unsafe", "drivers should avoid it"],
            "Oskar Lind",
        ),
        (
            "Oskar Lind said the fee was too high, and he warned that shops would close.",
            ["the fee was too high", "shops would close"],
            "Oskar Lind",
        ),
        # a time phrase after the verb is not part of the clause
        ("Oskar Lind said on Monday the mill would close.", ["the mill would close"], "Oskar Lind"),
        # a passive "been told that" inside a report is part of that report
        (
            "Oskar Lind said staff had been told on Friday that the plant would close.",
            ["staff had been told on Friday that the plant would close"],
            "Oskar Lind",
        ),
    ],
)
def test_reported_speech_without_that(text: str, contents: list[str], speaker: str) -> None:
    report = run(text)
    assert texts(report, "indirect") == contents
    assert {q.speaker for q in report.quotes} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "Prices will rise, said the head of the central bank, who spoke on Monday.",
        '"Prices will rise," said the head of the bank, who had been warned.',
        "Oskar Lind fears returning home and is seeking asylum.",
        "Oskar Lind hopes for a draw but would take a win.",
    ],
)
def test_inverted_attribution_or_gerund_is_not_a_report_without_that(text: str) -> None:
    assert texts(run(text), "indirect") == []


def test_two_reported_clauses_in_one_sentence_are_split() -> None:
    text = "Tom Berg noted that times are hard but expressed hope that the vote will help."
    report = run(text)
    assert texts(report, "indirect") == ["times are hard", "the vote will help"]
    assert [q.speaker for q in report.quotes] == ["Tom Berg", "Tom Berg"]
    assert report.quotes[1].cue == "expressed hope"


def test_scare_quotes_titles_and_nicknames_carry_no_speaker() -> None:
    text = (
        'Critics call him "the Donald." The film "The Long Night" opened on Friday. '
        'Berg is a "genius" at this. Tom Berg said the plan works.'
    )
    report = run(text)
    assert all(q.kind == "indirect" or q.speaker is None for q in report.quotes)
    assert "the Donald" not in texts(report) and "The Long Night" not in texts(report)


def test_calling_something_a_phrase_is_a_partial_quote() -> None:
    report = run('Tom Berg called the plan "a total disaster."')
    assert [(q.kind, q.speaker, q.text, q.cue) for q in report.quotes] == [
        ("partial", "Tom Berg", "a total disaster", "called")
    ]
    # A nickname, and a name given to something, are not quotes.
    assert run('Fans call him "the Hammer."').quotes == []
    assert run('She joined a group called "Voters First" in May.').quotes == []


def test_title_in_apposition_is_not_a_quote() -> None:
    report = run('The film, "Long Night Falls," opens on Friday, Tom Berg said.')
    assert "Long Night Falls," not in texts(report)


def cut_everywhere(text: str) -> list[tuple[int, int]]:
    """A splitter that ends a sentence after every . ! ? even inside a quotation."""
    spans, start = [], 0
    for match in re.finditer(r"[.!?][\"”’]?(?=\s)|\n+", text + " "):
        end = min(match.end(), len(text))
        piece = text[start:end]
        left, right = start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
        if left < right:
            spans.append((left, right))
        start = end
    piece = text[start:]
    if piece.strip():
        spans.append((start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())))
    return spans


@pytest.mark.parametrize(
    "text",
    [
        '"We came. We saw. We left," said Tom Berg.',
        'Tom Berg said: "The plan is dead. It was dead on arrival. Nobody wants it."',
        '"It is over. We lost," said Tom Berg. "We will be back. Next year."',
        '"We tried. Really," Tom Berg said, "and we failed. Badly." Then he left.',
        'Tom Berg spoke.\n\n"We came here to win. We will.\n\n"And we will win again," he said.',
        "SEED",
    ],
)
def test_quotes_do_not_depend_on_sentences_inside_quotations(text: str) -> None:
    text = seed_text() if text == "SEED" else text

    def found(spans: list[tuple[int, int]]) -> list[tuple]:
        sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]
        report = Report(None, None, None, text)
        analyze_quotes(Document(text=text, sentences=sentences), report)
        for quote in report.quotes:
            assert 0 <= quote.sentence_index < max(1, len(spans))
        return [(q.kind, q.speaker, q.text, q.parts) for q in report.quotes]

    assert found(cut_everywhere(text)) == found(split_spans(text))
    assert found(cut_everywhere(text))


def test_unbalanced_marks_never_raise() -> None:
    for text in ['"', '""', '"a"b"c', "“ ” “", 'He said "no\n\n"', "«««", "‘’‘", '"\n\n"\n\n"']:
        report = run(text)
        assert_offsets(report)


def test_thousands_of_quote_marks_keep_every_offset() -> None:
    """How the time grows with such text is measured by bench/adversarial.py."""
    text = ('He said "a" and "b c, ' * 3000) + "“‘«" * 2000
    report = run(text)
    assert_offsets(report)
    assert report.quotes


_ALPHABET = st.sampled_from(list("ab AB.,:\n\"'“”„«»‹›‘’—") + ["said", " he ", "Tom Berg"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_random_text_never_raises_and_offsets_slice(text: str) -> None:
    report = run(text)
    assert_offsets(report)
    for span in find_quote_spans(text):
        for start, end in span.parts:
            assert 0 <= start <= end <= len(text)
