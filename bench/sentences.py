"""Benchmark the sentence splitter against NLTK Punkt (untrained) and pySBD.

Prints one Markdown table: Golden Rules passed (48 English cases), the 139
extra pySBD English cases (split into rows without and with expected text
cleaning), the share of BBC reference sentences produced exactly (all of
them, and those that are whole sentences of their article, see below), and the
seconds each system needs to split the BBC texts, all measured side by side in
one run.

Usage (from the repository root)::

    .venv/bin/python bench/sentences.py [--data ../shared/data] [--repeat 3] [--misses]

pySBD is a benchmark-only dependency (``pip install pysbd``); its row is left
out when it is not installed. NLTK Punkt runs untrained (no data download).

BBC counting. A reference sentence counts as *exact* when, whitespace-
normalised, it equals one produced sentence. The references were cut out of
extractive summaries (sentences glued together without separators) by greedy
longest matching against the article, and some pieces are not sentences of
the article at all: "Th" + "e Spanish goalkeeper ...", or "Southampton" +
"or Brentford v Manchester United" from one table row. The *whole-sentence
refs* column counts only the references that the article itself delimits
(``is_delimited``: each end is the start/end of the text, a line break, or
sentence punctuation followed by white space), which a splitter can produce.
``--misses`` prints the references the toolkit splitter misses, by category.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
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


_TERMINAL_END = re.compile(r"[.!?…][\"'”’)\]]*(?:[ ][\"”])?$")  # 'end. "' too
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)[\"'”’)\]]*$")


def _occurrences(reference: str, article: str) -> list[tuple[int, int]]:
    """Where ``reference`` occurs in the raw article, allowing any white space between words."""
    pattern = r"\s+".join(re.escape(word) for word in reference.split())
    return [m.span() for m in re.finditer(pattern, article)]


def _start_delimited(article: str, start: int) -> bool:
    before = article[:start].rstrip(" \t")
    if not before or before.endswith("\n"):
        return True
    return len(before) < start and _TERMINAL_END.search(before[-8:]) is not None


def _end_delimited(article: str, end: int, reference: str) -> bool:
    after = article[end:].lstrip(" \t")
    if not after or after.startswith("\n"):
        return True
    return len(after) < len(article) - end and _TERMINAL_END.search(reference) is not None


def is_delimited(reference: str, article: str) -> bool:
    """True when some occurrence of ``reference`` is delimited by the article as a sentence.

    Each end must be the start/end of the text, a line break, or sentence
    punctuation (with closing quotes or brackets) followed by white space. Pieces
    cut out of words ("Th", "e Spanish ...") or out of running text ("The",
    "alleged violations ...") are not; no splitter can produce them.
    """
    return any(
        _start_delimited(article, start) and _end_delimited(article, end, reference)
        for start, end in _occurrences(reference, article)
    )


def _cut_mid_word(article: str, start: int, end: int) -> bool:
    return (start > 0 and article[start - 1].isalnum() and article[start].isalnum()) or (
        end < len(article) and article[end].isalnum() and article[end - 1].isalnum()
    )


_BANG_END = re.compile(r"[!?][\"'”’)]*$")


def miss_category(reference: str, article: str) -> str:
    """Why a reference sentence was not produced (splitter-independent description)."""
    spans = _occurrences(reference, article)
    if not spans:
        return "not found in the article"
    delimited = [
        (s, e)
        for s, e in spans
        if _start_delimited(article, s) and _end_delimited(article, e, reference)
    ]
    if not delimited:
        if all(_cut_mid_word(article, s, e) for s, e in spans):
            return "not a sentence: cut inside a word"
        return "not a sentence: cut inside running text"
    start, end = delimited[0]
    before = article[max(0, start - 8) : start].rstrip()
    following = article[end : end + 40].split()
    if (_BANG_END.search(reference) and following and following[0][0].islower()) or (
        reference[0].islower() and _BANG_END.search(before)
    ):
        return "split after ! or ? before a lower-case word"
    if _ELLIPSIS_END.search(reference) or _ELLIPSIS_END.search(before):
        return "split at an ellipsis"
    return "other"


def bbc_match(sentences: list[list[str]], articles: list[dict]) -> tuple[float, float, list]:
    """Percentages of reference sentences produced exactly (all; whole sentences), and misses."""
    total = strict = whole = strict_whole = 0
    misses = []
    for produced, article in zip(sentences, articles, strict=True):
        produced_set = {normalise(s) for s in produced}
        for reference in article["reference_sentences"]:
            reference = normalise(reference)
            found = reference in produced_set
            total += 1
            strict += found
            if is_delimited(reference, article["text"]):
                whole += 1
                strict_whole += found
            if not found:
                misses.append((article["id"], reference))
    return 100.0 * strict / total, 100.0 * strict_whole / whole, misses


def print_misses(misses: list[tuple[str, str]], articles: list[dict]) -> None:
    texts = {a["id"]: a["text"] for a in articles}
    groups: dict[str, list[tuple[str, str]]] = {}
    for article_id, reference in misses:
        groups.setdefault(miss_category(reference, texts[article_id]), []).append(
            (article_id, reference)
        )
    print(f"\nReference sentences missed by the toolkit splitter: {len(misses)}")
    for category, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {category}: {len(items)}")
        for article_id, reference in items:
            shown = reference if len(reference) <= 110 else reference[:107] + "..."
            print(f"- {article_id}: {shown!r}")


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
    parser.add_argument(
        "--misses", action="store_true", help="list the BBC references the toolkit misses"
    )
    args = parser.parse_args()
    golden = read_jsonl(args.data / "sbd" / "golden_rules_en.jsonl")
    extra = read_jsonl(args.data / "sbd" / "pysbd_english_extra.jsonl")
    extra_plain = [c for c in extra if not c["clean"]]
    extra_clean = [c for c in extra if c["clean"]]
    articles = read_jsonl(args.data / "summarization" / "bbc_news_summary_dev.jsonl")
    texts = [a["text"] for a in articles]
    references = [r for a in articles for r in a["reference_sentences"]]
    whole = sum(
        is_delimited(normalise(r), a["text"]) for a in articles for r in a["reference_sentences"]
    )
    systems = [
        ("toolkit standard", toolkit_splitter()),
        ("NLTK Punkt (untrained)", punkt_splitter()),
        ("pySBD 0.3 (clean=False)", pysbd_splitter()),
    ]
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}; BBC: {len(texts)} texts, {len(references)} reference "
        f"sentences, {whole} of them whole sentences of their article\n"
    )
    print(
        f"| system | golden rules (/{len(golden)}) | extra, no cleaning (/{len(extra_plain)}) "
        f"| extra, cleaning expected (/{len(extra_clean)}) | BBC exact % "
        f"| BBC exact, whole-sentence refs % | BBC seconds |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    toolkit_misses: list[tuple[str, str]] = []
    for name, split in systems:
        if split is None:
            print(f"| {name} | not installed | | | | | |")
            continue
        produced, seconds = timed_split(split, texts, args.repeat)
        strict, strict_whole, misses = bbc_match(produced, articles)
        toolkit_misses = toolkit_misses or misses
        print(
            f"| {name} | {cases_passed(split, golden)} | {cases_passed(split, extra_plain)} "
            f"| {cases_passed(split, extra_clean, loose=True)} | {strict:.2f} "
            f"| {strict_whole:.2f} | {seconds:.2f} |"
        )
    if args.misses:
        print_misses(toolkit_misses, articles)


if __name__ == "__main__":
    main()
