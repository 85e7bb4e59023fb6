"""Batches: every input kind, failures kept apart, resume after a kill,
parallel equal to sequential, and the Dask engine equal to the local one."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO, run_cli

CORPUS = REPO / "corpus"
JSONL_ARGS = ("--text-field", "body", "--id-field", "doc", "-f", "json")


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]


def _records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _jsonl(path: Path, count: int) -> Path:
    texts = _texts()
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(json.dumps({"doc": f"d{i}", "body": texts[i % len(texts)]}) + "\n")
    return path


def test_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    texts = _texts()
    (tmp_path / "a.txt").write_text(texts[0], encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text(texts[-1], encoding="utf-8")
    (tmp_path / "skip.log").write_text("not read", encoding="utf-8")
    result = run_cli("summarize", str(tmp_path), "-f", "json", "-q")
    assert result.returncode == 0, result.stderr
    assert [Path(r["source"]).name for r in _records(result.stdout)] == ["a.txt", "c.txt"]


def test_glob_selects_files(tmp_path: Path) -> None:
    (tmp_path / "one.story").write_text(_texts()[0], encoding="utf-8")
    (tmp_path / "two.txt").write_text(_texts()[0], encoding="utf-8")
    result = run_cli("summarize", str(tmp_path), "--glob", "*.story", "-f", "json")
    assert [Path(r["source"]).name for r in _records(result.stdout)] == ["one.story"]


def test_jsonl_records_keep_their_ids(tmp_path: Path) -> None:
    data = _jsonl(tmp_path / "in.jsonl", 3)
    result = run_cli("summarize", str(data), *JSONL_ARGS)
    assert result.returncode == 0, result.stderr
    records = _records(result.stdout)
    assert [r["id"] for r in records] == ["d0", "d1", "d2"]
    assert all(len(r["summary"]) == 3 for r in records)


def test_jsonl_on_stdin(tmp_path: Path) -> None:
    data = _jsonl(tmp_path / "in.jsonl", 2).read_text(encoding="utf-8")
    result = run_cli(
        "summarize",
        "-",
        "--jsonl-stdin",
        *JSONL_ARGS,
        input=data,
    )
    assert [r["id"] for r in _records(result.stdout)] == ["d0", "d1"]


def test_bad_records_and_files_do_not_lose_the_others(tmp_path: Path) -> None:
    data = tmp_path / "in.jsonl"
    good = json.dumps({"text": _texts()[0]})
    data.write_text(f"{good}\n{{broken json\n{json.dumps({'title': 'no text'})}\n{good}\n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli("summarize", str(data), str(tmp_path / "bin.txt"), "-f", "json")
    assert result.returncode == 2
    records = _records(result.stdout)
    assert ["error" in r for r in records] == [False, True, True, False, True]
    assert "in.jsonl:2: not valid JSON" in records[1]["error"]
    assert "no text in 'text'" in records[2]["error"]
    assert "binary" in records[4]["error"]
    assert result.stderr.count("toolkit: error:") == 3


def test_parallel_results_equal_sequential(tmp_path: Path) -> None:
    data = _jsonl(tmp_path / "in.jsonl", 12)
    args = ("summarize", str(data), *JSONL_ARGS)
    one = run_cli(*args, "--jobs", "1")
    two = run_cli(*args, "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and len(_records(one.stdout)) == 12


def test_resume_after_a_killed_run_completes_without_duplicates(tmp_path: Path) -> None:
    count = 400
    data = _jsonl(tmp_path / "in.jsonl", count)
    out = tmp_path / "out.jsonl"
    args = [
        sys.executable,
        "-m",
        "toolkit",
        "summarize",
        str(data),
        *JSONL_ARGS,
        "-o",
        str(out),
        "--jobs",
        "1",
        "-q",
    ]
    process = subprocess.Popen(args, cwd=REPO, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = out.read_text(encoding="utf-8").count("\n")
    assert 0 < partial < count, "the run should have been killed part-way"
    with out.open("a", encoding="utf-8") as handle:  # what a kill mid-write leaves
        handle.write('{"schema": 1, "source": "trunc')
    resumed = subprocess.run([*args, "--resume"], cwd=REPO, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    ids = [r["id"] for r in _records(out.read_text(encoding="utf-8"))]
    assert ids == [f"d{i}" for i in range(count)]


def test_resume_needs_json_output() -> None:
    result = run_cli("summarize", str(CORPUS), "--resume")
    assert result.returncode == 2
    assert "--resume needs --format json and --output FILE" in result.stderr


def test_dask_local_cluster_equals_local_engine(tmp_path: Path) -> None:
    data = _jsonl(tmp_path / "in.jsonl", 6)
    (tmp_path / "bad.txt").write_bytes(b"")
    args = (
        "summarize",
        str(data),
        str(tmp_path / "bad.txt"),
        *JSONL_ARGS,
        "--corpus",
        str(CORPUS),
    )
    local = run_cli(*args, "--jobs", "1")
    distributed = run_cli(*args, "--engine", "dask")
    assert local.returncode == distributed.returncode == 2
    assert distributed.stdout == local.stdout
    assert len(_records(local.stdout)) == 7


def test_distributed_background_equals_local_counts() -> None:
    from distributed import Client, LocalCluster

    from toolkit.background import load_background
    from toolkit.dask_engine import distributed_background

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            counted = distributed_background(client, CORPUS)
    local = load_background(CORPUS, cache_dir=None)
    assert (counted.n_docs, dict(counted.df)) == (local.n_docs, dict(local.df))


def test_no_progress_bar_when_not_a_terminal() -> None:
    result = run_cli("summarize", str(CORPUS), "-f", "json")
    assert "summarizing" not in result.stderr


def _stderr_on_a_terminal(*args: str) -> str:
    main, replica = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit", *args],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=replica,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
    )
    os.close(replica)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(main)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_and_quiet_turns_it_off(tmp_path: Path) -> None:
    data = _jsonl(tmp_path / "in.jsonl", 30)
    args = ("summarize", str(data), "--text-field", "body", "-f", "json", "-j", "1")
    shown = _stderr_on_a_terminal(*args)
    assert "summarizing" in shown and "/30" in shown
    assert "summarizing" not in _stderr_on_a_terminal(*args, "--quiet")


def test_url_of_a_refused_scheme_is_an_error_record_not_a_crash(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(_texts()[0], encoding="utf-8")
    result = run_cli("summarize", "ftp://example.org/a.txt", str(good), "-f", "json")
    assert result.returncode == 2
    records = _records(result.stdout)
    assert "only http and https" in records[0]["error"] and "summary" in records[1]


def test_an_unknown_scorer_fails_the_batch_once_before_any_work() -> None:
    result = run_cli("summarize", str(CORPUS), "--scorer", "nope", "-f", "json")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "toolkit: error: unknown scorer 'nope' (available: highlights, length, lexrank, luhn, "
        "position, textrank, tfidf)"
    ]


def test_a_readme_beside_the_articles_is_not_a_document(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(_texts()[0], encoding="utf-8")
    (tmp_path / "README.md").write_text("# Notes\n\nWhere these files came from.", "utf-8")
    result = run_cli("summarize", str(tmp_path), "-f", "json")
    assert [Path(r["source"]).name for r in _records(result.stdout)] == ["story.txt"]
    with_md = run_cli("summarize", str(tmp_path), "-f", "json", "--glob", "*.md,*.txt")
    assert len(_records(with_md.stdout)) == 2
