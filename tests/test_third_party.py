"""Real third-party plugin distributions, installed with pip, take part
through the ``toolkit`` entry-point group; broken ones are named and skipped."""

from __future__ import annotations

import json

import pytest

from conftest import SEED, run_cli
from toolkit import summarize
from toolkit.errors import PluginError, UnknownComponentError
from toolkit.registry import get_registry

pytestmark = pytest.mark.usefixtures("with_plugins")

AD_LINE = "EXAMPLE-AD: buy the example product today"


def _plugin(name: str):  # type: ignore[no-untyped-def]
    return next(p for p in get_registry().plugins if p.name == name)


def test_example_plugin_is_listed_with_its_distribution_and_names() -> None:
    info = _plugin("example")
    assert info.status == "loaded"
    assert (info.source, info.distribution, info.version) == (
        "entry point",
        "toolkit-example",
        "1.2.3",
    )
    assert info.registered == {
        "html_extractor": ["example-cms"],
        "cleaner": ["example-ads"],
        "scorer": ["shortest"],
        "formatter": ["count"],
    }


def test_third_party_cleaner_scorer_and_formatter_take_part() -> None:
    text = SEED.read_text(encoding="utf-8") + "\n\n" + AD_LINE + "\n"
    report = summarize(text, sentences=2, scorer="shortest")
    assert all(AD_LINE not in s.text for s in report.sentences)
    shortest = sorted(report.sentences, key=lambda s: len(s.text))[:2]
    assert [s.index for s in report.summary] == sorted(s.index for s in shortest)
    formatter = get_registry().get("formatter", "count")
    assert formatter.plugin == "example"
    assert formatter.function(report) == f"summary=2 quotes={len(report.quotes)}\n"


def test_plugins_command_lists_third_party_and_failures_as_json() -> None:
    result = run_cli("plugins", "--json")
    assert result.returncode == 0, result.stderr
    listed = {p["name"]: p for p in json.loads(result.stdout)}
    assert listed["example"]["distribution"] == "toolkit-example"
    assert listed["tfidf"]["source"] == "builtin"
    assert listed["broken-import"]["status"] == "failed"
    assert "a_module_that_does_not_exist" in listed["broken-import"]["error"]
    assert "broken on purpose" in listed["raising-hook"]["error"]
    assert "already registered by plugin 'tfidf'" in listed["duplicate-name"]["error"]


def test_a_plugin_whose_hook_raises_registers_nothing() -> None:
    assert _plugin("raising-hook").registered == {}
    with pytest.raises(UnknownComponentError):
        get_registry().get("formatter", "half-registered")


def test_duplicate_name_keeps_the_builtin() -> None:
    assert get_registry().get("scorer", "tfidf").plugin == "tfidf"


def test_cli_works_and_names_broken_plugins_on_stderr() -> None:
    result = run_cli("summarize", str(SEED), "--format", "count", "--scorer", "shortest")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("summary=3 ")
    for name in ("broken-import", "raising-hook", "duplicate-name"):
        assert f"plugin '{name}' failed to load" in result.stderr
    assert "Traceback" not in result.stderr


def test_load_plugins_env_limits_third_party_plugins() -> None:
    result = run_cli("plugins", "--json", env={"TOOLKIT_LOAD_PLUGINS": "example"})
    names = {p["name"] for p in json.loads(result.stdout)}
    assert "example" in names and "broken-import" not in names and "tfidf" in names
    none = run_cli("plugins", "--json", env={"TOOLKIT_LOAD_PLUGINS": ""})
    sources = {p["source"] for p in json.loads(none.stdout)}
    assert sources == {"builtin"}


def test_disable_env_turns_one_plugin_off() -> None:
    result = run_cli(
        "summarize", str(SEED), "--format", "json", env={"TOOLKIT_DISABLE_PLUGINS": "tone"}
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["tone"] == {} and data["quotes"]
    assert all(q["tone"] is None for q in data["quotes"])


def test_failing_scorer_is_named_and_others_still_summarise() -> None:
    report = summarize(SEED.read_text(encoding="utf-8"), scorer="tfidf=1,exploding=1")
    assert len(report.summary) == 3
    assert any("plugin 'failing-scorer'" in w and "exploding" in w for w in report.warnings)
    with pytest.raises(PluginError, match="plugin 'failing-scorer' failed in scorer 'exploding'"):
        summarize("One sentence here. And another one.", scorer="exploding")


def test_cli_reports_failing_scorer_in_one_line() -> None:
    result = run_cli("summarize", str(SEED), "--scorer", "exploding")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("toolkit: error: ") and "exploding" in lines[-1]
    assert "Traceback" not in result.stderr


EXAMPLE_CMS_PAGE = """<!doctype html><html><head><title>Site title</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<p data-example-cms>The ferry will run every hour from May, the council said on Monday.</p>
<p>A paragraph the Example CMS marks as an advert, which only its extractor drops.</p>
<p data-example-cms>"It is what islanders asked for," said Jo Lee, the council leader.</p>
</article></body></html>
"""


def test_third_party_html_extractor_reads_pages_before_the_builtins(tmp_path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(EXAMPLE_CMS_PAGE, encoding="utf-8")
    result = run_cli("summarize", str(page), "-f", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["title"] == "Read by the Example CMS extractor"
    assert [q["speaker"] for q in report["quotes"] if q["kind"] == "direct"] == ["Jo Lee"]
    sentences = run_cli("sentences", str(page), "-f", "json")
    assert sentences.returncode == 0, sentences.stderr
    assert not any("advert" in s for s in json.loads(sentences.stdout))

    builtin_only = {"TOOLKIT_DISABLE_PLUGINS": "example"}
    without = run_cli("summarize", str(page), "-f", "json", env=builtin_only)
    assert without.returncode == 0, without.stderr
    assert json.loads(without.stdout)["title"] != report["title"]
    sentences = run_cli("sentences", str(page), "-f", "json", env=builtin_only)
    assert any("advert" in s for s in json.loads(sentences.stdout))
