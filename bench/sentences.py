"""Benchmark the sentence splitter against NLTK Punkt (untrained) and pySBD.

Prints one Markdown table: Golden Rules passed (48 English cases), the 139
extra pySBD English cases (split into rows without and with expected text
cleaning), the share of BBC reference sentences produced exactly (strict and
quote-aware, see below), and the seconds each system needs to split the BBC
texts, all measured side by side in one run.

Usage (from the repository root)::

    .venv/bin/python bench/sentences.py [--data ../shared/data] [--repeat 3]

pySBD is a benchmark-only dependency (``pip install pysbd``); its row is left
out when it is not installed. NLTK Punkt runs untrained (no data download).

BBC counting. A reference sentence counts as *exact* when, whitespace-
normalised, it equals one produced sentence. The references were cut out of
extractive summaries by greedy matching and split inside multi-sentence
quotations (``"A. B," he said`` is two references), while the splitter keeps
such a quotation, with its attribution, as one sentence. The *quote-aware*
column counts a reference as produced when it equals a produced sentence or a
run of its pieces after also splitting inside double quotations (see
``quote_units``). The *whole refs* column is the quote-aware score over the
references that are not mid-word fragments of their article (``is_fragment``:
33 references such as "Th" + "e Spanish goalkeeper ..." that the greedy
matching cut out of words and that no splitter can produce).
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from collections.abc import Callable, Iterable
from pathlib import Path

Splitter = Callable[[str], list[str]]
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def normalise(text: str) -> str:
    return " ".join(text.split())


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- systems -------------------------------------------------------------------


def toolkit_splitter() -> Splitter:
    from toolkit.plugins.sentences import split_spans

    def split(text: str) -> list[str]:
        return [text[s:e] for s, e in split_spans(text)]

    return split


def punkt_splitter() -> Splitter:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return PunktSentenceTokenizer().tokenize


def pysbd_splitter() -> Splitter | None:
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return segmenter.segment


# --- scores --------------------------------------------------------------------


def cases_passed(split: Splitter, cases: Iterable[dict], loose: bool = False) -> int:
    """Cases whose stripped output equals the expected sentences (``loose``: normalised)."""
    clean = normalise if loose else str.strip
    passed = 0
    for case in cases:
        got = [clean(s) for s in split(case["text"])]
        expected = [clean(s) for s in case["sentences"]]
        passed += [g for g in got if g] == expected
    return passed


def _inside_quotes(prefix: str) -> bool:
    return prefix.count('"') % 2 == 1 or prefix.count("“") > prefix.count("”")


def quote_units(sentence: str) -> set[str]:
    """The sentence, and every run of its pieces when also split inside quotations.

    A piece ends at a space after ``.``, ``!``, ``?`` or ``…`` while a double
    quotation is open, or after a quotation that ends with one of them:
    '"A. B," he said.' gives '"A.', 'B," he said.' and the whole sentence;
    '"Why?" he asked.' gives '"Why?"' and 'he asked.'.
    """
    cuts = [
        i
        for i in range(2, len(sentence))
        if sentence[i] == " "
        and (
            (sentence[i - 1] in ".!?…" and _inside_quotes(sentence[:i]))
            or (sentence[i - 1] in '"”' and sentence[i - 2] in ".!?…")
        )
    ]
    bounds = [0, *cuts, len(sentence)]
    units = set()
    for a in range(len(bounds) - 1):
        for b in range(a + 1, len(bounds)):
            units.add(sentence[bounds[a] : bounds[b]].strip())
    return units


def is_fragment(reference: str, article: str) -> bool:
    """True when every occurrence of ``reference`` in the article starts or ends mid-word.

    Such references ("Th", "e Spanish goalkeeper saved ...") come from the greedy
    matching that split the summaries; no sentence splitter can produce them.
    """
    start = article.find(reference)
    while start >= 0:
        end = start + len(reference)
        cut_word = (start > 0 and article[start - 1].isalnum() and reference[0].isalnum()) or (
            end < len(article) and article[end].isalnum() and reference[-1].isalnum()
        )
        if not cut_word:
            return False
        start = article.find(reference, start + 1)
    return True


def bbc_match(sentences: list[list[str]], articles: list[dict]) -> tuple[float, float, float]:
    """Percentages of reference sentences produced exactly.

    Strict; quote-aware; quote-aware over the references that are not mid-word
    fragments of the article.
    """
    total = strict = aware = whole = aware_whole = 0
    for produced, article in zip(sentences, articles, strict=True):
        produced_set = {normalise(s) for s in produced}
        units: set[str] = set()
        for sentence in produced_set:
            units |= quote_units(sentence)
        text = normalise(article["text"])
        for reference in article["reference_sentences"]:
            reference = normalise(reference)
            total += 1
            strict += reference in produced_set
            aware += reference in units
            if not is_fragment(reference, text):
                whole += 1
                aware_whole += reference in units
    return 100.0 * strict / total, 100.0 * aware / total, 100.0 * aware_whole / whole


def timed_split(split: Splitter, texts: list[str], repeat: int) -> tuple[list[list[str]], float]:
    """Split every text; the best wall time of ``repeat`` runs (one run if it takes over 10 s)."""
    best = float("inf")
    result: list[list[str]] = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = [split(text) for text in texts]
        best = min(best, time.perf_counter() - start)
        if best > 10:
            break
    return result, best


# --- report --------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description="Sentence splitter benchmark")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    golden = read_jsonl(args.data / "sbd" / "golden_rules_en.jsonl")
    extra = read_jsonl(args.data / "sbd" / "pysbd_english_extra.jsonl")
    extra_plain = [c for c in extra if not c["clean"]]
    extra_clean = [c for c in extra if c["clean"]]
    articles = read_jsonl(args.data / "summarization" / "bbc_news_summary_dev.jsonl")
    texts = [a["text"] for a in articles]
    systems = [
        ("toolkit standard", toolkit_splitter()),
        ("NLTK Punkt (untrained)", punkt_splitter()),
        ("pySBD 0.3 (clean=False)", pysbd_splitter()),
    ]
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}; BBC: {len(texts)} texts, "
        f"{sum(len(a['reference_sentences']) for a in articles)} reference sentences\n"
    )
    print(
        f"| system | golden rules (/{len(golden)}) | extra, no cleaning (/{len(extra_plain)}) "
        f"| extra, cleaning expected (/{len(extra_clean)}) | BBC exact % "
        f"| BBC exact, quote-aware % | BBC quote-aware, whole refs % | BBC seconds |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, split in systems:
        if split is None:
            print(f"| {name} | not installed | | | | | | |")
            continue
        produced, seconds = timed_split(split, texts, args.repeat)
        strict, aware, whole = bbc_match(produced, articles)
        print(
            f"| {name} | {cases_passed(split, golden)} | {cases_passed(split, extra_plain)} "
            f"| {cases_passed(split, extra_clean, loose=True)} | {strict:.2f} | {aware:.2f} "
            f"| {whole:.2f} | {seconds:.2f} |"
        )


if __name__ == "__main__":
    main()
