"""Tone from statements: each once, fragments in their clause, cue verbs, kinds, real text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import toolkit
from toolkit.cli import app
from toolkit.models import Document, Quote, Report
from toolkit.plugins.tone import analyze_tone
from toolkit.plugins.tone.model import predict
from toolkit.plugins.tone.stance import cue_stance, speech_acts, statement_score
from toolkit.plugins.tone.statements import reading_of, speaker_statements

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"


def quote_at(text: str, fragment: str, kind: str, speaker: str = "A", cue: str = "said") -> Quote:
    start = text.index(fragment)
    return Quote(fragment, kind, start, start + len(fragment), 0, speaker, cue=cue)


def analysed(text: str, quotes: list[Quote], **options: object) -> Report:
    document = Document(text=text, sentences=[], options=dict(options))
    report = Report(source=None, title=None, date=None, text=text)
    report.quotes = quotes
    analyze_tone(document, report)
    return report


def test_a_fragment_is_read_with_the_negation_before_its_quotation_mark() -> None:
    text = 'The spokesman said there was nothing "very promising" in the proposal.'
    quote = quote_at(text, "very promising", "partial")
    assert reading_of(quote, text) == "The spokesman said there was nothing very promising"
    report = analysed(text, [quote])
    assert predict("very promising") > 0
    assert report.quotes[0].tone < 0


def test_the_left_context_stops_at_the_clause_boundary() -> None:
    text = 'Nothing was decided, but she called it a "great success" for both sides.'
    quote = quote_at(text, "great success", "mixed")  # schema 2 kind
    assert reading_of(quote, text) == "but she called it a great success"
    assert analysed(text, [quote]).quotes[0].tone > 0


def test_a_fragment_inside_a_reported_statement_counts_once() -> None:
    text = 'He noted that the two countries share "historical ties" and a future.'
    outer = quote_at(text, 'the two countries share "historical ties" and a future', "indirect")
    inner = quote_at(text, "historical ties", "partial")
    statements = speaker_statements([outer, inner], [0, 1])
    assert [(s.index, s.members) for s in statements] == [(0, [0, 1])]
    report = analysed(text, [outer, inner])
    assert report.tone["A"].quotes == 1
    assert report.tone["A"].evidence[0]["quotes"] == [0, 1]


def test_the_same_words_reported_twice_count_once() -> None:
    text = '"We will win." Later he repeated: "We will win."'
    first = Quote("We will win.", "direct", 1, 13, 0, "A")
    second = Quote("We will win.", "direct", 35, 47, 1, "A")
    assert text[second.start : second.end] == second.text
    assert analysed(text, [first, second]).tone["A"].quotes == 1


@pytest.mark.parametrize(
    ("cue", "sign"),
    [("welcomed", 1), ("expressed hope", 1), ("praised", 1), ("condemned", -1),
     ("warned", -1), ("threatened", -1), ("denied", -1), ("said", 0), ("stressed", 0)],
)  # fmt: skip
def test_the_cue_verb_carries_stance(cue: str, sign: int) -> None:
    value = cue_stance(cue)
    assert (value > 0) - (value < 0) == sign


def test_stance_verb_moves_a_neutral_report() -> None:
    content = "the vote on the new budget would take place on Tuesday"
    assert statement_score(predict(content), "welcomed", content) > predict(content)
    assert statement_score(predict(content), "condemned", content) < predict(content)


def test_speech_acts() -> None:
    assert speech_acts("We have not attacked anyone") == ["denial"]
    assert speech_acts("If they cross the line, we will respond") == ["warning"]
    assert speech_acts("The government must resign") == ["demand"]
    assert speech_acts("The meeting took place on Tuesday") == []


def test_unknown_kinds_are_not_counted() -> None:
    text = "Something happened here today."
    report = analysed(text, [quote_at(text, "Something happened", "rumour")])
    assert report.tone == {}
    assert report.quotes[0].tone is not None


def test_bundled_article_sharaa_positive_putin_not_negative() -> None:
    report = toolkit.summarize(BUNDLED.read_text(encoding="utf-8"))
    assert report.tone["Ahmed al-Sharaa"].label == "positive"
    putin = report.tone["Vladimir Putin"]
    assert putin.label in {"positive", "neutral"}
    strongest = putin.evidence[0]
    assert strongest["cue"] == "expressed hope" and strongest["pull"] > 0


def test_cli_direct_only_switch_and_statement_scores_in_json() -> None:
    runner = CliRunner()
    full = runner.invoke(app, ["summarize", str(BUNDLED), "--format", "json"])
    direct = runner.invoke(
        app, ["summarize", str(BUNDLED), "--format", "json", "--tone-direct-only"]
    )
    assert full.exit_code == 0 and direct.exit_code == 0, full.output + direct.output
    full_tone = json.loads(full.stdout)["tone"]
    direct_tone = json.loads(direct.stdout)["tone"]
    assert full_tone["Vladimir Putin"]["quotes"] > direct_tone["Vladimir Putin"]["quotes"]
    for item in full_tone["Vladimir Putin"]["evidence"]:
        assert {"quote", "quotes", "kind", "cue", "text", "compound", "weight", "pull"} <= set(item)


def test_a_fragment_inside_a_repeated_statement_joins_the_first_one() -> None:
    said = 'She said the deal was "a good start" for all.'
    text = f"{said} Later: {said}"
    first = quote_at(text, 'the deal was "a good start" for all', "indirect")
    second_start = text.rindex("the deal was")
    second = Quote(first.text, "indirect", second_start, second_start + len(first.text), 1, "A")
    fragment_start = text.rindex("a good start")
    fragment = Quote("a good start", "partial", fragment_start, fragment_start + 12, 1, "A")
    statements = speaker_statements([first, second, fragment], [0, 1, 2])
    assert [(s.index, s.members) for s in statements] == [(0, [0, 1, 2])]


def test_many_quotes_of_one_speaker_are_grouped_in_one_sweep() -> None:
    text = " ".join(f'"Point {i} is fine," she said.' for i in range(3000))
    quotes = []
    for i in range(3000):
        start = text.index(f"Point {i} is")
        quotes.append(
            Quote(
                f"Point {i} is fine,", "direct", start, start + len(f"Point {i} is fine,"), i, "A"
            )
        )
    statements = speaker_statements(quotes, list(range(3000)))
    assert len(statements) == 3000
