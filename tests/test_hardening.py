"""Hostile input through the real command line: every case ends with a valid
report (exit 0) or one line on stderr that names the file and the problem
(exit 2 for input errors, 1 for processing errors), never a traceback. And a
plugin that raises while scoring, analysing or formatting is named.

The timing of adversarial input (super-linear behaviour) is measured by
bench/adversarial.py, not here."""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import SEED, run_cli
from toolkit import registry as registry_module
from toolkit.batch import Settings
from toolkit.errors import PluginError
from toolkit.models import SCHEMA_VERSION, Report
from toolkit.pipeline import Options, run
from toolkit.registry import Component, Registry, load_registry
from toolkit.runner import Request, run_single

SEED_TEXT = SEED.read_text(encoding="utf-8")
PARAGRAPH = SEED_TEXT.split("\n\n", 3)[-1].strip() + "\n\n"
RTL = (
    'قال الرئيس السوري إن "العلاقات مع روسيا تاريخية". وأضاف أن التعاون سيستمر.\n\n'
    'אמר השר: "אנחנו מוכנים". \u202bנוסף על כך\u202c, the minister said "yes".\n'
)

# name -> (file bytes, expected exit code, words the one stderr line must hold)
INPUT_ERRORS: dict[str, tuple[bytes, int, str]] = {
    "empty.txt": (b"", 2, "file is empty"),
    "whitespace.txt": (" \n\t\r\n\u00a0\u3000\n".encode(), 2, "only white space"),
    "invisible.txt": ("\u200b\u2060\ufeff\u200b\n".encode(), 2, "only invisible characters"),
    "bom-only.txt": (codecs.BOM_UTF8, 2, "only white space"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, 2, "binary"),
    "controls.txt": (bytes(range(1, 9)) * 200 + b"text", 2, "binary file (mostly control"),
    "latin1.txt": ("Le président a déclaré : « Prêts. »".encode("latin-1"), 2, "not valid UTF-8"),
    "cp1252.txt": ("“Quoted,” he said – fine.".encode("cp1252"), 2, "byte 0x93 at offset 0"),
    "surrogate.txt": (b"He said \xed\xa0\x80 no.", 2, "not valid UTF-8"),
    "bad-utf16.txt": (codecs.BOM_UTF16_LE + b"A\x00\x00\xd8", 2, "not valid UTF-16"),
    "no-article.html": (("<a b='" * 2000).encode(), 2, "no article text"),
}


def _one_error_line(result: Any, path: Path, words: str) -> None:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("toolkit: error: ")
    assert str(path) in lines[0] and words in lines[0], lines[0]


@pytest.mark.parametrize("name", sorted(INPUT_ERRORS))
def test_bad_input_is_one_line_naming_the_file(tmp_path: Path, name: str) -> None:
    data, code, words = INPUT_ERRORS[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = run_cli("summarize", str(path))
    assert result.returncode == code
    assert result.stdout == ""
    _one_error_line(result, path, words)


def _valid_report(tmp_path: Path, name: str, data: bytes, *args: str) -> dict[str, Any]:
    """Run the CLI on ``data`` with --format json; check exit 0, no stderr, a report."""
    path = tmp_path / name
    path.write_bytes(data)
    result = run_cli("summarize", str(path), "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and result.stderr == ""
    report = json.loads(result.stdout)
    assert report["schema"] == SCHEMA_VERSION and report["source"] == str(path)
    indexes = [item["index"] for item in report["summary"]]
    assert indexes == sorted(set(indexes)) and all(i >= 0 for i in indexes)
    for quote in report["quotes"]:
        assert 0 <= quote["start"] <= quote["end"]
        assert [quote["start"], quote["end"]] == [quote["parts"][0][0], quote["parts"][-1][1]]
    return report


def _seed_report() -> dict[str, Any]:
    result = run_cli("summarize", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-be", "utf-16-le", "utf-8-sig", "utf-32"], ids=str
)
def test_utf16_and_other_unicode_encodings_give_the_utf8_report(
    tmp_path: Path, encoding: str
) -> None:
    data = SEED_TEXT.encode(encoding)
    if encoding == "utf-16-be":  # given a BOM; utf-16-le stays without one (detected)
        data = codecs.BOM_UTF16_BE + data
    report = _valid_report(tmp_path, f"seed-{encoding}.txt", data)
    expected = _seed_report()
    assert report["summary"] == expected["summary"]
    assert [q["text"] for q in report["quotes"]] == [q["text"] for q in expected["quotes"]]


def test_declared_html_charset_is_used_for_non_utf8_bytes(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Déclaration</title></head><body>'
        "<article><p>Le président a déclaré que la coopération économique allait "
        "continuer cette année.</p><p>Les ministres se réuniront à Genève en décembre "
        "pour préparer l'accord.</p></article></body></html>"
    )
    report = _valid_report(tmp_path, "latin1.html", page.encode("latin-1"))
    assert "président a déclaré" in " ".join(item["text"] for item in report["summary"])


def test_one_long_line_without_punctuation_is_one_sentence(tmp_path: Path) -> None:
    report = _valid_report(tmp_path, "long-a.txt", b"a" * 100_000)
    assert [item["index"] for item in report["summary"]] == [0]
    assert len(report["summary"][0]["text"]) == 100_000
    words = _valid_report(tmp_path, "long-words.txt", b"word " * 20_000)
    assert words["summary"][0]["text"] == " ".join(["word"] * 20_000)


def test_only_quotation_marks(tmp_path: Path) -> None:
    marks = "\"“”„«»‹›‘’'" * 500
    report = _valid_report(tmp_path, "quotes.txt", marks.encode())
    assert all(not q["text"].strip("\"“”„«»‹›‘’' ") for q in report["quotes"])
    single = _valid_report(tmp_path, "one-quote.txt", b'"')
    assert single["quotes"] == []


def test_deeply_nested_brackets(tmp_path: Path) -> None:
    nested = "(" * 5000 + "[{<" * 1000 + 'He said "yes" today.' + ">}]" * 1000 + ")" * 5000
    report = _valid_report(tmp_path, "brackets.txt", nested.encode())
    assert report["summary"]


def test_a_few_control_characters_are_cleaned_away(tmp_path: Path) -> None:
    head, body = SEED_TEXT.split("Syria's transitional president", 1)  # header left alone
    body = body.replace("Putin", "Pu\x07tin").replace(". ", ".\x1b\x7f ")
    text = f"{head}Syria's\x0e transitional president{body}\x0e"
    report = _valid_report(tmp_path, "controls.txt", text.encode())
    everything = json.dumps(report, ensure_ascii=False)
    assert not any(char in everything for char in "\x07\x0e\x1b\x7f")
    assert report["summary"] == _seed_report()["summary"]


def test_right_to_left_text_and_bidi_controls(tmp_path: Path) -> None:
    report = _valid_report(tmp_path, "rtl.txt", (RTL * 3).encode(), "--sentences", "50")
    summary = " ".join(item["text"] for item in report["summary"])
    assert 'قال الرئيس السوري إن "العلاقات مع روسيا تاريخية".' in summary
    assert '"אנחנו מוכנים". \u202bנוסף על כך\u202c' in summary
    assert [q["text"] for q in report["quotes"]].count("yes") == 3


def test_50_mb_file_is_refused_by_the_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    block = PARAGRAPH.encode() * 1000
    with path.open("wb") as handle:
        for _ in range(50_000_000 // len(block) + 1):
            handle.write(block)
    assert path.stat().st_size > 50_000_000
    result = run_cli("summarize", str(path))
    assert result.returncode == 2
    _one_error_line(result, path, "larger than the 5,000,000-byte limit")
    assert "--max-bytes" in result.stderr


def test_5_mb_file_is_processed_with_a_raised_limit(tmp_path: Path) -> None:
    # 50 MB takes minutes (see docs/hardening.md): the suite processes 5 MB.
    path = tmp_path / "five.txt"
    path.write_bytes(PARAGRAPH.encode() * (5_000_000 // len(PARAGRAPH) + 1))
    refused = run_cli("summarize", str(path), "--max-bytes", "4000000")
    assert refused.returncode == 2 and "4,000,000-byte limit" in refused.stderr
    report = _valid_report(tmp_path, path.name, path.read_bytes(), "--max-bytes", "6000000")
    assert len(report["summary"]) == 3 and len(report["quotes"]) > 1000


# --- plugins that raise --------------------------------------------------------------


def _registry_with(kind: str, name: str, function: Callable[..., Any]) -> Registry:
    registry = load_registry()
    registry.components[kind][name] = Component(kind, name, function, plugin="test-faulty")
    return registry


def _explode(*_: object) -> Any:
    raise RuntimeError("exploded on purpose")


@pytest.fixture
def use_registry(monkeypatch: pytest.MonkeyPatch) -> Callable[[Registry], None]:
    """Make every part of the toolkit in this process use the given registry."""

    def use(registry: Registry) -> None:
        monkeypatch.setattr(registry_module, "get_registry", lambda disable=(): registry)

    return use


def test_failing_formatter_is_named_by_run_single(tmp_path: Path) -> None:
    registry = _registry_with("formatter", "exploding", _explode)
    request = Request([str(SEED)], Settings(Options()), fmt="exploding")
    with pytest.raises(PluginError) as caught:
        run_single(request, registry)
    message = str(caught.value)
    assert "plugin 'test-faulty' failed in formatter 'exploding'" in message
    assert "RuntimeError: exploded on purpose" in message


def test_cli_reports_a_failing_formatter_in_one_line(
    use_registry: Callable[[Registry], None],
) -> None:
    from toolkit.cli import app

    use_registry(_registry_with("formatter", "exploding", _explode))
    result = CliRunner().invoke(app, ["summarize", str(SEED), "--format", "exploding"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "toolkit: error: plugin 'test-faulty' failed in formatter 'exploding': "
        "RuntimeError: exploded on purpose"
    ]


def test_failing_scorer_among_several_gives_a_summary_and_a_warning(
    use_registry: Callable[[Registry], None],
) -> None:
    from toolkit.cli import app

    use_registry(_registry_with("scorer", "exploding", _explode))
    args = ["summarize", str(SEED), "--format", "json", "--scorer", "tfidf=1,exploding=1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["summary"]) == 3
    (warning,) = report["warnings"]
    assert "plugin 'test-faulty' failed in scorer 'exploding'" in warning
    assert result.stderr.strip().splitlines() == [f"toolkit: warning: {SEED}: {warning}"]


def test_failing_analyzer_is_one_line_with_exit_1(
    use_registry: Callable[[Registry], None],
) -> None:
    from toolkit.cli import app

    def half_done(document: Any, report: Report) -> None:
        report.extras["half"] = True
        raise KeyError("missing")

    use_registry(_registry_with("analyzer", "faulty", half_done))
    result = CliRunner().invoke(app, ["summarize", str(SEED)])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"toolkit: error: {SEED}: plugin 'test-faulty' failed in analyzer 'faulty': "
        "KeyError: 'missing'"
    ]


def test_scorer_returning_garbage_is_named() -> None:
    registry = _registry_with("scorer", "garbage", lambda document: ["high", "low"])
    report = run(SEED_TEXT, Options(scorer="tfidf=1,garbage=1"), registry)
    assert len(report.summary) == 3
    assert any("'garbage'" in w and "ValueError" in w for w in report.warnings)


def test_a_surname_shared_by_more_people_than_any_article_names_is_matched_to_none() -> None:
    """Thousands of "X Lee"s stay linear: past MAX_NAMESAKES a bare "Lee" is matched to
    none of them (it stays "Lee"), and every full name stays its own person."""
    from toolkit.plugins.quotes import extract_candidates
    from toolkit.plugins.quotes.speakers.entities import MAX_NAMESAKES

    def text(people: int) -> str:
        names = [f"A{chr(97 + i // 26)}{chr(97 + i % 26)} Lee" for i in range(people)]
        said = "".join(f'"We won," {name} said. ' for name in names)
        return said + '"It is done," Lee said.'

    few = run_quotes(text(2))
    assert few[-1] == "Aaa Lee"  # the namesake introduced first
    many = run_quotes(text(MAX_NAMESAKES + 1))
    assert many[-1] == "Lee"
    assert len(set(many[:-1])) == MAX_NAMESAKES + 1
    candidates, registry = extract_candidates(text(3), [(0, len(text(3)))])
    assert len(candidates) == 4 and len(registry.surnames["lee"]) == 3


def run_quotes(text: str) -> list[str | None]:
    from toolkit.api import summarize

    return [quote.speaker for quote in summarize(text).quotes]
