"""Throughput, scaling, streaming memory and start-up time.

    python bench/throughput.py [--docs 1000] [--big 5000] [--data PATH] [--also JSONL ...]

Measures, on Reuters-21578 articles (../shared/data/news/):
1. documents per second of the full pipeline (summary + quotes + tone) on one
   core, next to sumy's LexRank (summary only, offline tokenizer), in one run,
   and of the pipeline's first stage alone (cleaning and sentence splitting):
   no full pipeline can outrun that stage;
2. the rate with --jobs 2 against --jobs 1 (the CLI, JSON Lines in and out,
   on the --big set, start-up included);
3. peak RSS of the streaming CLI for --docs and --big documents;
4. cold wall time of `toolkit summarize` on the seed article and of
   `toolkit --help`, next to sumy's in-process equivalents.
Needs the bench extra (sumy): pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "news" / "reuters21578_lewis_test_articles.jsonl"
SEED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def load_texts(path: Path, count: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            if text.strip():
                texts.append(text)
            if len(texts) == count:
                break
    return texts


def toolkit_rate(texts: list[str], stage: str = "run") -> float:
    """Documents per second of the full pipeline (``run``), or of its first stage alone
    (``prepare``: metadata, cleaning and sentence splitting, no summary, quotes or tone)."""
    from toolkit import pipeline
    from toolkit.api import resolve_background
    from toolkit.registry import get_registry

    registry = get_registry()
    options = pipeline.Options(background=resolve_background("bundled"))
    work = getattr(pipeline, stage)
    work(texts[0], options, registry)  # warm up: lazy imports, caches
    start = time.perf_counter()
    for text in texts:
        work(text, options, registry)
    return len(texts) / (time.perf_counter() - start)


class NltkOfflineTokenizer:
    """sumy's own tokenization minus the data download: NLTK's Punkt (untrained,
    as no model can be fetched) for sentences and the Treebank word tokenizer
    that ``nltk.word_tokenize`` uses."""

    language = "english"

    def __init__(self) -> None:
        from nltk.tokenize import PunktSentenceTokenizer, TreebankWordTokenizer

        self._sentences = PunktSentenceTokenizer()
        self._words = TreebankWordTokenizer()

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(self._sentences.tokenize(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._words.tokenize(sentence) if any(c.isalnum() for c in w))


def sumy_rate(texts: list[str], tokenizer_name: str) -> float:
    from summarizers import OfflineTokenizer, sumy_summarizers
    from sumy.parsers.plaintext import PlaintextParser

    from toolkit.api import split_sentences

    lexrank = sumy_summarizers()["LexRank"]
    if tokenizer_name == "nltk":
        tokenizer: Any = NltkOfflineTokenizer()
    else:
        tokenizer = OfflineTokenizer(split_sentences)
    lexrank(PlaintextParser.from_string(texts[0], tokenizer).document, 3)
    start = time.perf_counter()
    for text in texts:
        lexrank(PlaintextParser.from_string(text, tokenizer).document, 3)
    return len(texts) / (time.perf_counter() - start)


def _write_jsonl(texts: list[str], directory: Path, name: str) -> Path:
    path = directory / name
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": i, "text": text}) + "\n")
    return path


def cli_run(data: Path, jobs: int) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one streaming CLI run."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - start\n"
        "print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    command = [
        sys.executable, "-m", "toolkit", "summarize", str(data), "--id-field", "id",
        "-f", "json", "-q", "--jobs", str(jobs),
    ]  # fmt: skip
    out = subprocess.run(
        [sys.executable, "-c", probe, *command], check=True, capture_output=True, text=True
    )
    wall, rss = out.stdout.split()
    return float(wall), int(rss)


def wall_time(command: list[str], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


SUMY_COLD = """
import sys
sys.path.insert(0, {bench!r})
from sumy.parsers.plaintext import PlaintextParser
from summarizers import OfflineTokenizer, sumy_summarizers
from toolkit.api import split_sentences
text = open({seed!r}, encoding="utf-8").read()
document = PlaintextParser.from_string(text, OfflineTokenizer(split_sentences)).document
for sentence in sumy_summarizers()["LexRank"](document, 3):
    print(sentence)
"""


def startup_rows() -> list[tuple[str, float]]:
    bench = str(Path(__file__).resolve().parent)
    sumy_cli = Path(sys.executable).with_name("sumy")
    return [
        ("toolkit summarize SEED (cold, full pipeline)",
         wall_time([sys.executable, "-m", "toolkit", "summarize", str(SEED)])),
        ("toolkit --help", wall_time([sys.executable, "-m", "toolkit", "--help"])),
        ("sumy LexRank on SEED (cold, in-process script)",
         wall_time([sys.executable, "-c", SUMY_COLD.format(bench=bench, seed=str(SEED))])),
        ("sumy --help", wall_time([str(sumy_cli), "--help"])),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--big", type=int, default=5000)
    parser.add_argument(
        "--also",
        type=Path,
        nargs="*",
        default=[],
        help="other JSON Lines corpora (field 'text') for the toolkit / sumy rate rows only",
    )
    args = parser.parse_args(argv)

    texts = load_texts(args.data, max(args.docs, args.big))
    small = texts[: args.docs]
    results: dict[str, Any] = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, "
                               f"Python {platform.python_version()}"}  # fmt: skip
    results["toolkit_rate"] = toolkit_rate(small)
    results["prepare_rate"] = toolkit_rate(small, "prepare")
    results["sumy_rate"] = sumy_rate(small, "nltk")
    results["sumy_fast_rate"] = sumy_rate(small, "toolkit")
    with tempfile.TemporaryDirectory() as tmp:
        data_small = _write_jsonl(small, Path(tmp), "small.jsonl")
        data_big = _write_jsonl(texts[: args.big], Path(tmp), "big.jsonl")
        results["small"] = cli_run(data_small, 1)
        results["jobs1"] = cli_run(data_big, 1)
        results["jobs2"] = cli_run(data_big, 2)
    results["startup"] = startup_rows()
    print(report(results, args.docs, len(texts[: args.big])))
    for path in args.also:
        print(rate_rows(path, load_texts(path, args.docs)))
    return 0


def rate_rows(path: Path, texts: list[str]) -> str:
    """The one-core toolkit / sumy comparison on another corpus (longer articles)."""
    toolkit, sumy = toolkit_rate(texts), sumy_rate(texts, "nltk")
    mean_chars = sum(map(len, texts)) / len(texts)
    return (
        f"\n{path.name}: {len(texts)} docs, {mean_chars:.0f} characters on average\n"
        f"| toolkit full pipeline | {toolkit:.1f} docs/s |\n"
        f"| sumy LexRank, NLTK offline tokenizers | {sumy:.1f} docs/s |\n"
        f"| ratio toolkit / sumy | {toolkit / sumy:.1f}× |"
    )


def report(r: dict[str, Any], docs: int, big: int) -> str:
    (_, rss1), (wall1, rss_big), (wall2, _) = r["small"], r["jobs1"], r["jobs2"]
    lines = [
        f"Machine: {r['machine']}",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| toolkit full pipeline, 1 core, in-process | {r['toolkit_rate']:.1f} docs/s |",
        f"| sumy LexRank (summary only), NLTK offline tokenizers, 1 core "
        f"| {r['sumy_rate']:.1f} docs/s |",
        f"| ratio toolkit / sumy (NLTK tokenizers) | {r['toolkit_rate'] / r['sumy_rate']:.1f}× |",
        f"| sumy LexRank given the toolkit's splitter, 1 core | {r['sumy_fast_rate']:.1f} docs/s |",
        f"| ratio toolkit / sumy (toolkit splitter) "
        f"| {r['toolkit_rate'] / r['sumy_fast_rate']:.1f}× |",
        f"| toolkit cleaning + sentence splitting only (no summary, quotes, tone) "
        f"| {r['prepare_rate']:.1f} docs/s ({r['prepare_rate'] / r['sumy_rate']:.1f}× sumy) |",
        f"| CLI --jobs 1, {big} docs (JSON Lines in and out) | {big / wall1:.1f} docs/s "
        f"({wall1:.1f} s) |",
        f"| CLI --jobs 2, {big} docs | {big / wall2:.1f} docs/s ({wall2:.1f} s) |",
        f"| speed-up --jobs 2 / --jobs 1 | {wall1 / wall2:.2f}× |",
        f"| peak RSS, {docs} docs streamed | {rss1 / 1024:.0f} MiB |",
        f"| peak RSS, {big} docs streamed | {rss_big / 1024:.0f} MiB "
        f"({(rss_big / rss1 - 1) * 100:+.1f}%) |",
    ]
    lines += [
        f"| {name} | {seconds * 1000:.0f} ms (median of 5) |" for name, seconds in r["startup"]
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
