"""Per-speaker tone agreement with careful readers on the real-news pages.

For every ``articles/NAME.txt`` of the real_news set (``gold/NAME.json`` beside
it), runs ``toolkit.summarize`` with its defaults and compares the tone label of
each speaker in ``report.tone`` with the annotators' ``speakers_tone``:

* a gold speaker is matched by the produced speakers whose name is the gold
  ``speaker`` or one of its ``speaker_alt`` names (from the gold quotes of that
  speaker), ignoring case, a leading "the", a possessive "'s" and one extra or
  missing word such as a title ("President Vladimir Putin" = "Vladimir Putin");
* when several produced speakers match one gold speaker (a split), the label
  of the one with the gold speaker's very name wins, then one that names the
  gold speaker itself (not an alternative), then the one with most counted
  statements (before 2026-12-03's third pass the very name came first only by
  its count of statements, so gold "Sudan Tribune" could be graded by the
  produced "Sudan", a word apart with more statements);
* tone agrees when that label equals the gold label; gold ``mixed`` accepts
  ``neutral`` or ``mixed``; a gold speaker without any produced label
  disagrees (counted separately as "no label").

Usage::

    python bench/tone_real_news.py [--data DIR] [--show] [--direct-only]

``--show`` prints every gold speaker with its produced label and evidence.
``--gold-quotes`` runs the tone analyzer on the gold quotes with their gold
speakers instead (no cue verbs: the gold has none), which measures tone alone.
``--direct-only`` runs the toolkit counting direct and mixed quotes only (the
old default), when the installed toolkit has that switch.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "real_news"
_WORD = re.compile(r"[\w’'.-]+")


def name_words(name: str) -> list[str]:
    """Lower-case words of a speaker name without a leading "the" or a possessive."""
    words = [w.strip(".").lower() for w in _WORD.findall(name.replace("’", "'"))]
    words = [w[:-2] if w.endswith("'s") else w for w in words if w]
    if words and words[0] == "the":
        words = words[1:]
    return words


def _one_word_apart(longer: list[str], shorter: list[str]) -> bool:
    if len(longer) != len(shorter) + 1:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def same_speaker(produced: str, gold_names: Iterable[str]) -> bool:
    """Whether ``produced`` names one of ``gold_names`` (the grading recipe's rule)."""
    mine = name_words(produced)
    if not mine:
        return False
    for gold in gold_names:
        theirs = name_words(gold)
        if not theirs:
            continue
        if mine == theirs or _one_word_apart(mine, theirs) or _one_word_apart(theirs, mine):
            return True
    return False


def match_rank(produced: str, speaker: str) -> int:
    """0 when ``produced`` is the gold speaker's very name, 1 when it names the gold speaker
    itself (a word apart), 2 when only an alternative."""
    if name_words(produced) == name_words(speaker):
        return 0
    return 1 if same_speaker(produced, [speaker]) else 2


def gold_names(gold: dict[str, Any], speaker: str) -> set[str]:
    """The gold speaker's canonical name and every alternative its quotes allow."""
    names = {speaker}
    for quote in gold.get("quotes", []):
        if quote.get("speaker") == speaker:
            names.update(quote.get("speaker_alt") or [])
    return names


def agrees(produced: str | None, gold: str) -> bool:
    if produced is None:
        return False
    if gold == "mixed":
        return produced in {"neutral", "mixed"}
    return produced == gold


def grade_article(gold: dict[str, Any], tone: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per gold speaker: gold label, produced label, the produced names used."""
    rows = []
    for speaker, label in gold.get("speakers_tone", {}).items():
        names = gold_names(gold, speaker)
        matched = [name for name in tone if same_speaker(name, names)]
        # the canonical name before an alternative (an organisation the person speaks for)
        matched.sort(key=lambda name: (match_rank(name, speaker), -int(tone[name]["quotes"])))
        produced = tone[matched[0]]["label"] if matched else None
        rows.append(
            {
                "speaker": speaker,
                "gold": label,
                "produced": produced,
                "matched": matched,
                "agree": agrees(produced, label),
                "evidence": [tone[name].get("evidence", []) for name in matched],
                "compound": [tone[name].get("compound") for name in matched],
            }
        )
    return rows


def run_article(text: str, direct_only: bool) -> dict[str, dict[str, Any]]:
    import toolkit

    options: dict[str, Any] = {}
    if direct_only:
        options["tone_indirect"] = False
    report = toolkit.summarize(text, **options)
    return report.to_dict()["tone"]


def gold_attribution_tone(text: str, gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The tone analyzer run on the gold quotes (gold speakers, no cue verbs): tone
    quality with attribution taken out of the measurement."""
    from toolkit.models import Document, Quote, Report
    from toolkit.plugins.tone import analyze_tone

    quotes = []
    for item in gold.get("quotes", []):
        start = text.find(item["text"])
        if start < 0 or not item.get("speaker"):
            continue
        kind = "mixed" if item["kind"] == "partial" else item["kind"]
        end = start + len(item["text"])
        quotes.append(Quote(item["text"], kind, start, end, 0, item["speaker"]))
    report = Report(source=None, title=None, date=None, text=text)
    report.quotes = quotes
    analyze_tone(Document(text=text, sentences=[]), report)
    return report.to_dict()["tone"]


def grade(
    data: Path, direct_only: bool = False, gold_quotes: bool = False
) -> tuple[list[dict[str, Any]], float]:
    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    for gold_path in sorted((data / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (data / "articles" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        tone = gold_attribution_tone(text, gold) if gold_quotes else run_article(text, direct_only)
        for row in grade_article(gold, tone):
            row["article"] = gold_path.stem
            rows.append(row)
    return rows, time.perf_counter() - started


def summary_lines(rows: Sequence[dict[str, Any]]) -> list[str]:
    total = len(rows)
    agreed = sum(row["agree"] for row in rows)
    unlabelled = sum(row["produced"] is None for row in rows)
    lines = [f"speakers: {total}, agree: {agreed} ({agreed / total:.1%}), no label: {unlabelled}"]
    by_slice = Counter(row["article"][0] for row in rows)
    for part in sorted(by_slice):
        part_rows = [row for row in rows if row["article"][0] == part]
        hits = sum(row["agree"] for row in part_rows)
        lines.append(f"  slice {part}: {hits}/{len(part_rows)} ({hits / len(part_rows):.0%})")
    confusion = Counter((row["gold"], row["produced"] or "none") for row in rows)
    lines.append(
        "gold -> produced: " + ", ".join(f"{g}->{p} {n}" for (g, p), n in sorted(confusion.items()))
    )
    return lines


def show(rows: Sequence[dict[str, Any]]) -> None:
    for row in rows:
        mark = "ok " if row["agree"] else "XX "
        print(
            f"{mark}{row['article'][:3]} {row['speaker']!r}: gold {row['gold']}, "
            f"tool {row['produced']} {row['compound']} as {row['matched']}"
        )
        for evidence in row["evidence"][:1]:
            for item in evidence[:4]:
                print(f"      {item.get('compound')!s:>7} {item.get('text')}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="real_news folder")
    parser.add_argument("--show", action="store_true", help="print every speaker")
    parser.add_argument("--direct-only", action="store_true", help="count direct quotes only")
    parser.add_argument(
        "--gold-quotes", action="store_true", help="score the gold quotes and speakers"
    )
    args = parser.parse_args(argv)
    rows, seconds = grade(args.data, args.direct_only, args.gold_quotes)
    if args.show:
        show(rows)
    print(
        f"# Python {platform.python_version()}, {platform.machine()}, data {args.data}, "
        f"{seconds:.1f} s"
    )
    print("\n".join(summary_lines(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
