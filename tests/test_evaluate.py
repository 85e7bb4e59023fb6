"""``toolkit evaluate`` against a tiny JSONL fixture with ROUGE values worked out by hand.

tests/fixtures/evaluate/tiny.jsonl (every word has at most three letters, so
Porter stemming changes nothing):

1. text "The cat sat. A dog ran far. Big red sun.", reference ["The cat sat."]
   k = 1. Lead-1 is "The cat sat.": ROUGE-1/2/L F1 = 1.
   ``length`` picks the longest sentence, "A dog ran far.": no shared word, 0.
2. text "One two six. Red hot sun now. Big cat.", reference "Red hot sun now. The end."
   (a string: split into 2 sentences, so k = 2). Lead-2 and ``length`` (the two
   longest) both pick "One two six. Red hot sun now.":
   unigrams: 7 in the summary, 6 in the reference, 4 shared
       P = 4/7, R = 4/6, F1 = 2·4/(7+6) = 8/13
   bigrams: 6 and 5, 3 shared (red hot, hot sun, sun now): F1 = 2·3/(6+5) = 6/11
   longest common subsequence "red hot sun now" = 4 words: F1 = 8/13
Means over the two records:
   Lead-k and position: R1 = RL = (1 + 8/13)/2, R2 = (1 + 6/11)/2
   length:              R1 = RL = (0 + 8/13)/2, R2 = (0 + 6/11)/2
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from toolkit.errors import InputError, OptionError
from toolkit.evaluate import (
    evaluate,
    evaluate_command,
    format_table,
    random_indices,
    read_jsonl,
)

FIXTURE = Path(__file__).parent / "fixtures" / "evaluate" / "tiny.jsonl"
LEAD = {"rouge1": (1 + 8 / 13) / 2, "rouge2": (1 + 6 / 11) / 2, "rougeL": (1 + 8 / 13) / 2}
LENGTH = {"rouge1": (8 / 13) / 2, "rouge2": (6 / 11) / 2, "rougeL": (8 / 13) / 2}


def rows(result: dict) -> dict[str, dict]:
    return {row["system"]: row for row in result["systems"]}


def assert_scores(row: dict, expected: dict[str, float]) -> None:
    for metric, value in expected.items():
        assert row[metric] == pytest.approx(value, abs=1e-9), metric


@pytest.fixture(scope="module")
def result() -> dict:
    return evaluate(read_jsonl(FIXTURE), configs=["position", "length"], background=None)


def test_rouge_of_configurations_and_lead_match_hand_computed_values(result: dict) -> None:
    by_name = rows(result)
    assert list(by_name) == ["position=1", "length=1", "lead-k", "random-k"]
    assert_scores(by_name["lead-k"], LEAD)
    assert_scores(by_name["position=1"], LEAD)
    assert_scores(by_name["length=1"], LENGTH)
    assert result["documents"] == 2 and result["skipped"] == 0


def test_random_baseline_is_seeded_and_reproducible(result: dict) -> None:
    again = evaluate(read_jsonl(FIXTURE), configs=["position"], background=None, seed=0)
    assert rows(again)["random-k"]["rouge1"] == rows(result)["random-k"]["rouge1"]
    assert random_indices(10, 3, seed=7, record=2) == random_indices(10, 3, seed=7, record=2)
    draws = {tuple(random_indices(10, 3, seed=s, record=1)) for s in range(20)}
    assert len(draws) > 1  # the seed matters
    assert random_indices(3, 5, seed=0, record=1) == [0, 1, 2]


def test_fixed_sentence_count_overrides_the_reference_length() -> None:
    one = evaluate(
        read_jsonl(FIXTURE), configs=["position"], sentences=1, baselines=("lead",),
        background=None,
    )  # fmt: skip
    # record 2 at k = 1: "One two six." shares nothing with "Red hot sun now. The end."
    lead = rows(one)["lead-k"]
    assert lead["rouge1"] == pytest.approx(0.5)
    assert one["length"] == "1 sentences"


def test_field_names_are_configurable_and_empty_records_skipped() -> None:
    records = [
        {"body": "The cat sat. A dog ran far.", "gold": ["The cat sat."]},
        {"body": "", "gold": ["Anything."]},
        {"body": "Big red sun.", "gold": []},
    ]
    result = evaluate(
        records, text_field="body", reference_field="gold", configs=["position"],
        baselines=("lead",), background=None,
    )  # fmt: skip
    assert (result["documents"], result["skipped"]) == (1, 2)
    assert rows(result)["lead-k"]["rouge1"] == pytest.approx(1.0)
    nothing = evaluate(records[1:], text_field="body", reference_field="gold", background=None)
    assert nothing["documents"] == 0
    assert all(row["rouge1"] is None for row in nothing["systems"])
    assert "-" in format_table(nothing)


def test_bad_records_and_options_raise_one_line_errors() -> None:
    with pytest.raises(InputError, match="no field 'text'"):
        evaluate([{"body": "x"}], configs=["position"], background=None)
    with pytest.raises(InputError, match="not a string"):
        evaluate([{"text": "x", "reference": 3}], configs=["position"], background=None)
    with pytest.raises(OptionError):
        evaluate([], configs=["tfidf=-1"], background=None)
    with pytest.raises(OptionError):
        evaluate([], configs=["position"], baselines=("oracle",), background=None)


def test_read_jsonl_limit_and_errors(tmp_path: Path) -> None:
    assert len(read_jsonl(FIXTURE, limit=1)) == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a"}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match=":2: not valid JSON"):
        read_jsonl(bad)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="no records"):
        read_jsonl(empty)


def test_format_table_lists_every_system(result: dict) -> None:
    table = format_table(result)
    lines = table.splitlines()
    assert lines[0].split()[:4] == ["system", "ROUGE-1", "ROUGE-2", "ROUGE-L"]
    lead_line = next(line for line in lines if line.startswith("lead-k"))
    assert f"{100 * LEAD['rouge1']:.2f}" in lead_line
    assert "2 documents" in table


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(evaluate_command)
    return app


def test_command_json_output_with_several_scorers(cli: typer.Typer) -> None:
    runner = CliRunner()
    outcome = runner.invoke(
        cli,
        [str(FIXTURE), "--scorer", "position", "--scorer", "length", "--format", "json",
         "--no-progress"],
    )  # fmt: skip
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.stdout)
    assert_scores(rows(data)["position=1"], LEAD)
    assert_scores(rows(data)["length=1"], LENGTH)
    assert data["data"] == str(FIXTURE)


def test_command_text_output_limit_and_errors(cli: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    outcome = runner.invoke(cli, [str(FIXTURE), "--scorer", "position", "--limit", "1"])
    assert outcome.exit_code == 0, outcome.output
    assert "1 documents" in outcome.stdout and "lead-k" in outcome.stdout
    missing = runner.invoke(cli, [str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2
    assert "toolkit: error:" in missing.output
    wrong_field = runner.invoke(cli, [str(FIXTURE), "--text-field", "body", "--no-progress"])
    assert wrong_field.exit_code == 2 and "no field 'body'" in wrong_field.output
