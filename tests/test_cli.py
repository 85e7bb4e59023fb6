"""``toolkit summarize`` end to end with typer's CliRunner."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEED
from toolkit import summarize
from toolkit.cli import app

runner = CliRunner()


def invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=input)


@pytest.fixture(scope="module")
def seed_json() -> dict:
    result = invoke("summarize", str(SEED), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_has_the_documented_fields(seed_json: dict) -> None:
    assert {"source", "title", "date", "summary", "quotes", "speakers", "tone"} <= set(seed_json)
    assert [set(s) for s in seed_json["summary"]] == [{"index", "text", "score"}] * 3
    indexes = [s["index"] for s in seed_json["summary"]]
    assert indexes == sorted(indexes)
    for quote in seed_json["quotes"]:
        assert {"text", "speaker", "kind", "sentence_index", "start", "end", "tone"} <= set(quote)
        assert quote["kind"] in ("direct", "mixed", "indirect")


def test_json_offsets_point_into_the_cleaned_text(seed_json: dict) -> None:
    report = summarize(SEED.read_text(encoding="utf-8"))
    for quote in seed_json["quotes"]:
        parts = [report.text[start:end] for start, end in quote["parts"]]
        assert " ".join(parts) == quote["text"]
        assert quote["parts"][0][0] == quote["start"] and quote["parts"][-1][1] == quote["end"]


def test_seed_summary_is_clean_and_not_the_headline(seed_json: dict) -> None:
    summary = " ".join(s["text"] for s in seed_json["summary"])
    for junk in ("Sign Up", "Related Reads", "Sign in or create", "12:20"):
        assert junk not in summary
    assert seed_json["title"] and seed_json["title"] not in summary
    assert seed_json["date"] and "2025" in seed_json["date"]


def test_seed_tone_has_exactly_the_two_speakers(seed_json: dict) -> None:
    assert sorted(seed_json["tone"]) == ["Ahmed al-Sharaa", "Vladimir Putin"]
    for tone in seed_json["tone"].values():
        assert tone["label"] in ("positive", "neutral", "negative")
        assert tone["quotes"] >= 1


def test_api_to_dict_is_exactly_the_json_output(seed_json: dict) -> None:
    report = summarize(SEED.read_text(encoding="utf-8"), sentences=3, source=str(SEED))
    assert json.loads(json.dumps(report.to_dict())) == seed_json


def test_text_output_shows_every_section() -> None:
    result = invoke("summarize", str(SEED))
    assert result.exit_code == 0, result.output
    out = result.stdout
    for heading in ("Summary (3 sentences", "Quotes (", "Tone by speaker"):
        assert heading in out
    assert "Ahmed al-Sharaa" in out and "Vladimir Putin" in out


def test_markdown_output_has_a_quote_table() -> None:
    result = invoke("summarize", str(SEED), "-f", "markdown")
    assert result.exit_code == 0, result.output
    assert (
        "## Summary" in result.stdout and "| # | Quote | Speaker | Kind | Tone |" in result.stdout
    )


@pytest.mark.parametrize("n", [1, 2, 5])
def test_sentences_option(n: int) -> None:
    data = json.loads(invoke("summarize", str(SEED), "-n", str(n), "-f", "json").stdout)
    assert len(data["summary"]) == n


def test_ratio_option_overrides_sentences() -> None:
    report = summarize(SEED.read_text(encoding="utf-8"), ratio=0.5)
    assert len(report.summary) == max(1, round(len(report.sentences) * 0.5))


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = invoke("summarize", str(SEED), "-f", "json", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["source"] == str(SEED)


def test_output_file_has_an_ordinary_files_mode(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    mask = os.umask(0o022)
    try:
        assert invoke("summarize", str(SEED), "-o", str(out)).exit_code == 0
    finally:
        os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert list(tmp_path.iterdir()) == [out]


def test_unknown_scorer_lists_the_available_ones() -> None:
    result = invoke("summarize", str(SEED), "--scorer", "nope")
    assert result.exit_code == 2
    assert "unknown scorer 'nope' (available: " in result.stderr and "tfidf" in result.stderr


def test_unknown_format_lists_the_available_ones() -> None:
    result = invoke("summarize", str(SEED), "--format", "yaml")
    assert result.exit_code == 2
    assert "unknown formatter 'yaml' (available: html, json, markdown, text)" in result.stderr


def test_weighted_scorer_mix_is_used() -> None:
    data = json.loads(
        invoke("summarize", str(SEED), "--scorer", "tfidf=1,position=2", "-f", "json").stdout
    )
    assert data["scorer"] == "tfidf=1,position=2"


def test_disable_plugin_option() -> None:
    result = invoke("summarize", str(SEED), "-f", "json", "--disable-plugin", "quotes")
    data = json.loads(result.stdout)
    assert data["quotes"] == [] and data["tone"] == {}


def test_plugins_lists_the_builtins() -> None:
    result = invoke("plugins", "--json")
    listed = {p["name"]: p for p in json.loads(result.stdout)}
    assert listed["tfidf"]["registered"] == {"scorer": ["tfidf"]}
    assert listed["formatters"]["registered"]["formatter"] == ["text", "markdown", "json"]
    assert all(p["status"] == "loaded" for p in listed.values())
    text = invoke("plugins").stdout
    assert "tfidf" in text and "builtin" in text


def test_speaker_option_parses_aliases() -> None:
    result = invoke(
        "summarize",
        str(SEED),
        "-f",
        "json",
        "--only-speakers",
        "--speaker",
        "Putin=Vladimir Putin,the Russian leader",
    )
    data = json.loads(result.stdout)
    assert set(data["tone"]) == {"Putin"}
    assert {q["speaker"] for q in data["quotes"]} == {"Putin"}
