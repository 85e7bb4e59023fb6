"""Quotes on real text: the seed article's full quote list, the PolNeAR articles
that were hardest (regression), and the overhead bench's check mode. The
constructions one by one are in test_quotes.py."""

from __future__ import annotations

import json
from pathlib import Path

from test_quotes import assert_offsets, run, seed_text

from conftest import shared_data_file

REPO = Path(__file__).resolve().parents[1]


# --- the seed article ---------------------------------------------------------------


SEED_EXPECTED = [  # schema 2: one record per attribution, quoted phrases as fragments
    ("indirect", "Ahmed al-Sharaa", "Syria's new authorities intend to restore"),
    ("direct", "Ahmed al-Sharaa", "Syria will try to recreate its relations with Russia"),
    ("mixed", "Ahmed al-Sharaa", 'Russia and Syria are linked by "historical ties"'),
    ("direct", "Ahmed al-Sharaa", "Syria relies on many achievements"),
    ("mixed", "Vladimir Putin", 'Syria is going through "difficult times"'),
    ("indirect", "Vladimir Putin", "the recent parliamentary elections will strengthen"),
    ("mixed", "Vladimir Putin", 'throughout its history, Russia has "always been guided by'),
    ("mixed", "Ahmed al-Sharaa", "Syria respects all previously concluded agreements"),
]


def test_seed_article_quote_list() -> None:
    report = run(seed_text())
    got = [(q.kind, q.speaker, q.text) for q in report.quotes]
    assert len(got) == len(SEED_EXPECTED), got
    for (kind, speaker, text), (want_kind, want_speaker, want_text) in zip(
        got, SEED_EXPECTED, strict=True
    ):
        assert (kind, speaker) == (want_kind, want_speaker), text
        assert text.startswith(want_text)
    assert_offsets(report)


def test_seed_article_exact_spans() -> None:
    report = run(seed_text())
    fragments = [report.text[s:e] for q in report.quotes for s, e in q.fragments]
    assert fragments == [
        "historical ties",
        "serious role",
        "difficult times",
        "always been guided by the interests of the Syrian people, not political expediency",
        "define a new nature of bilateral relations",
    ]
    for quote in report.quotes:
        assert all(quote.start <= s < e <= quote.end for s, e in quote.fragments)
    first = next(q for q in report.quotes if q.kind == "direct")
    assert first.text.endswith("in the entire region,") and first.text.count(".") >= 2


def test_seed_article_speakers() -> None:
    report = run(seed_text())
    assert set(report.speakers) == {"Ahmed al-Sharaa", "Vladimir Putin"}
    sharaa, putin = report.speakers["Ahmed al-Sharaa"], report.speakers["Vladimir Putin"]
    assert {"al-Sharaa", "The Syrian leader", "he"} <= set(sharaa.aliases)
    folded = [alias.casefold() for alias in sharaa.aliases + putin.aliases]
    assert len(folded) == len(set(folded)), "an alias differing only in case is listed once"
    assert {"President Putin", "The Russian leader"} <= set(putin.aliases)
    assert sharaa.quotes + putin.quotes == len(report.quotes)
    assert sharaa.quotes == sum(q.speaker == "Ahmed al-Sharaa" for q in report.quotes)
    assert "Bashar al-Assad" not in report.speakers


# --- PolNeAR regression ------------------------------------------------------------

# Articles whose quotes were hardest: a quote continued after its attribution
# sentence (Gerstein; "wrote a Trump supporter" then a lone quote), quotes
# split across "Clinton said on Thursday during a speech ..." and "Clinton added".
POLNEAR_IDS = [
    "usa-today_2016-04-06_sanders-winning-streak-continues",
    "wash-post_2015-11-10_caught-fibbing-these-gop-candida",
    "breitbart_2015-11-19_hillary-clinton-calls-on-u-s-to-",
]


def polnear_rows(ids: list[str]) -> list[dict]:
    path = shared_data_file("quotes/polnear_train.jsonl")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in ids:
                rows.append(row)
    return rows


def test_polnear_hard_articles() -> None:
    """Every gold quote is covered (at least half, by the union of produced direct quotes:
    PolNeAR joins the parts of a quote interrupted by narration into one) and a named
    gold speaker is the speaker of one of the covering quotes."""
    rows = polnear_rows(POLNEAR_IDS)
    assert len(rows) == len(POLNEAR_IDS)
    for row in rows:
        report = run(row["text"])
        assert_offsets(report)
        direct = [q for q in report.quotes if q.kind == "direct"]
        for gold in row["quotes"]:
            start, end = gold["quote_start"], gold["quote_end"]
            hits = [q for q in direct if q.start < end and start < q.end]
            covered = sum(min(q.end, end) - max(q.start, start) for q in hits)
            assert covered >= (end - start) / 2, (row["id"], gold["quote"][:60])
            if not gold["speaker_is_pronoun"]:
                names = {
                    w.strip(",.").removesuffix("'s").removesuffix("’s")
                    for w in gold["speaker"].split()
                    if w[:1].isupper()
                }
                produced = {w for q in hits for w in (q.speaker or "").split()}
                assert names & produced, (row["id"], gold["speaker"], [q.speaker for q in hits])


def _overhead_bench():  # type: ignore[no-untyped-def]
    import importlib.util

    path = REPO / "bench" / "analysis_overhead.py"
    spec = importlib.util.spec_from_file_location("analysis_overhead", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_overhead_bench_check_mode_dumps_the_analyzers_output(tmp_path: Path) -> None:
    """``bench/analysis_overhead.py --check`` is how speed work proves the output unchanged."""
    bench = _overhead_bench()
    out = tmp_path / "check.jsonl"
    texts = [seed_text(), 'Tom Berg said: "We will win the vote."']
    bench.write_check(out, texts)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3  # the first text twice: default options, then tone_indirect
    assert all(set(line) == {"quotes", "speakers", "tone", "warnings"} for line in lines)
    assert [q["text"] for q in lines[0]["quotes"]] == [q.text for q in run(seed_text()).quotes]
    assert lines[0]["tone"] != lines[1]["tone"]  # indirect quotes counted in the second
    assert lines[2]["quotes"][0]["speaker"] == "Tom Berg"


def test_overhead_bench_phases_time_every_step_and_restore_the_analyzer() -> None:
    """``--phases`` wraps the functions ``analyze_quotes`` calls: each must still exist
    under its name there and take time on the seed, and the wrapping must be undone."""
    from toolkit.plugins import quotes

    bench = _overhead_bench()
    before = {name: getattr(quotes, name) for _, name in bench.PHASES}
    result = bench.phase_times([seed_text()] * 3, 1)
    assert {name: getattr(quotes, name) for _, name in bench.PHASES} == before
    steps = [result[label] for label, _ in bench.PHASES]
    assert all(step > 0 for step in steps), result
    assert sum(steps) <= result["quotes analyzer"]
    assert result["the rest of the quotes analyzer"] >= 0
