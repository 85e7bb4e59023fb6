"""``toolkit speakers``: who is quoted across a collection, measured.

Part 1 (PolNeAR train, 844 articles, dates from ``publication_date``): the 20
most-quoted rows, with every row flagged that repeats a person of another
top-20 row (a lone name that is another row's first or last name, or two rows
with one first and last name) or is not a person; and the check that every
row's statements are exactly the per-article reports' quotes of the names it
merged (``toolkit summarize -f json`` on the same articles).

Part 2 (Reuters-21578): peak RSS of ``toolkit speakers`` on 1,000 and 5,000
articles (flat means the collection does not hold the reports), and its
wall time against ``toolkit summarize -f json`` on the same 5,000 articles,
runs interleaved, best of ``--repeat``.

    nice python bench/speakers.py                 # both parts
    nice python bench/speakers.py --part 1 --limit 200
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
POLNEAR = "quotes/polnear_train.jsonl"
REUTERS = "news/reuters21578_lewis_test_articles.jsonl"
PROBE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
    "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(time.perf_counter() - start, use.ru_maxrss, use.ru_utime + use.ru_stime)\n"
)


def toolkit(*args: str) -> list[str]:
    return [sys.executable, "-m", "toolkit", *args]


def measured(command: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (KiB, the largest process: the CLI or a worker) and CPU
    seconds of the whole process tree (steadier than wall time on a shared machine)."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *command], check=True, capture_output=True, text=True
    )
    wall, rss, cpu = out.stdout.split()
    return float(wall), int(rss), float(cpu)


def subset(source: Path, count: int, target: Path) -> Path:
    with source.open(encoding="utf-8") as handle, target.open("w", encoding="utf-8") as out:
        for number, line in enumerate(handle):
            if number >= count:
                break
            out.write(line)
    return target


def per_article(data: Path, work: Path) -> Counter[tuple[str, str]]:
    out = work / "reports.jsonl"
    options = ("--id-field", "id", "-f", "json", "-q", "-o", str(out))
    subprocess.run(toolkit("summarize", str(data), *options), check=True)
    counts: Counter[tuple[str, str]] = Counter()
    with out.open(encoding="utf-8") as handle:
        for line in handle:
            report = json.loads(line)
            for quote in report.get("quotes", ()):
                if quote["speaker"]:
                    counts[(str(report["id"]), quote["speaker"])] += 1
    return counts


def repeats(person: dict[str, Any], top: list[dict[str, Any]]) -> str | None:
    """Another top row that is the same person, by the names alone."""
    words = person["name"].split()
    for other in top:
        if other is person or other["kind"] != "person":
            continue
        others = other["name"].split()
        if len(others) < 2:
            continue
        if len(words) == 1 and words[0] in (others[0], others[-1]):
            return other["name"]
        if len(words) >= 2 and (words[0], words[-1]) == (others[0], others[-1]):
            return other["name"]
    return None


def part_polnear(shared: Path, limit: int, work: Path) -> None:
    data = subset(shared / POLNEAR, limit, work / "polnear.jsonl")
    out = work / "speakers.json"
    command = toolkit(
        "speakers", str(data), "--id-field", "id", "--date-field", "publication_date",
        "-f", "json", "-q", "-o", str(out),
    )  # fmt: skip
    wall, _, _ = measured(command)
    result = json.loads(out.read_text(encoding="utf-8"))
    collection = result["collection"]
    print(f"## PolNeAR train, {collection['documents']} articles ({wall:.1f} s)\n")
    print(
        f"{collection['statements']} attributed statements, {collection['unattributed']} "
        f"without a speaker, {len(result['people'])} rows, {collection['undated']} undated\n"
    )
    top = result["people"][:20]
    print("| # | row | kind | statements | documents | names used | problem |")
    print("| ---: | --- | --- | ---: | ---: | --- | --- |")
    problems = 0
    for person in top:
        twin = repeats(person, top)
        problem = f"same person as {twin}" if twin else ""
        if person["kind"] != "person":
            problem = problem or f"not a person ({person['kind']})"
        problems += bool(problem)
        names = ", ".join(n["name"] for n in person["names"][:4])
        print(
            f"| {person['rank']} | {person['name']} | {person['kind']} | {person['statements']} "
            f"| {person['documents']} | {names} | {problem} |"
        )
    print(f"\nrows of the top 20 with a problem: {problems}")
    found: Counter[tuple[str, str]] = Counter()
    for person in result["people"]:
        for quote in person["quotes"]:
            found[(quote["document"], quote["speaker_as"])] += 1
    expected = per_article(data, work)
    same = found == expected
    print(
        f"statements = sum of the per-article reports: {'yes' if same else 'NO'} "
        f"({sum(found.values())} against {sum(expected.values())})\n"
    )


def part_reuters(shared: Path, repeat: int, work: Path) -> None:
    small = subset(shared / REUTERS, 1000, work / "reuters1000.jsonl")
    big = subset(shared / REUTERS, 5000, work / "reuters5000.jsonl")
    common = ("--id-field", "id", "--date-field", "date", "-q")
    speakers_small: list[tuple[float, int, float]] = []
    speakers_big: list[tuple[float, int, float]] = []
    summarize_big: list[tuple[float, int, float]] = []
    for _ in range(repeat):
        summarize_big.append(
            measured(toolkit("summarize", str(big), *common[:2], "-q", "-f", "json"))
        )
        speakers_big.append(measured(toolkit("speakers", str(big), *common, "-f", "json")))
        speakers_small.append(measured(toolkit("speakers", str(small), *common, "-f", "json")))
    rss_small = min(r for _, r, _ in speakers_small)
    rss_big = min(r for _, r, _ in speakers_big)
    wall_speakers = min(w for w, _, _ in speakers_big)
    wall_summarize = min(w for w, _, _ in summarize_big)
    cpu_speakers = min(c for _, _, c in speakers_big)
    cpu_summarize = min(c for _, _, c in summarize_big)
    print(f"## Reuters-21578 (best of {repeat}, all cores)\n")
    print("| measure | value |\n| --- | --- |")
    print(f"| peak RSS, toolkit speakers, 1,000 docs | {rss_small / 1024:.0f} MiB |")
    print(
        f"| peak RSS, toolkit speakers, 5,000 docs | {rss_big / 1024:.0f} MiB "
        f"({(rss_big / rss_small - 1) * 100:+.1f}%) |"
    )
    print(f"| toolkit summarize -f json, 5,000 docs | {wall_summarize:.2f} s "
          f"({5000 / wall_summarize:.0f} docs/s) |")  # fmt: skip
    print(f"| toolkit speakers -f json, 5,000 docs | {wall_speakers:.2f} s "
          f"({5000 / wall_speakers:.0f} docs/s) |")  # fmt: skip
    print(f"| speakers time / summarize time (wall) | {wall_speakers / wall_summarize:.3f} |")
    print(f"| CPU seconds, summarize / speakers | {cpu_summarize:.1f} / {cpu_speakers:.1f} |")
    print(f"| speakers time / summarize time (CPU) | {cpu_speakers / cpu_summarize:.3f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", type=int, choices=(1, 2), help="run one part only")
    parser.add_argument("--limit", type=int, default=844, help="PolNeAR articles (part 1)")
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each command (part 2)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if args.part in (None, 1):
            part_polnear(args.data, args.limit, work)
        if args.part in (None, 2):
            part_reuters(args.data, args.repeat, work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
