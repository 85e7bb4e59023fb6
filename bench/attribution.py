"""Every attribution, scored: PolNeAR train (all BRAT attributions) and real_news.

Usage::

    python bench/attribution.py [--part dev|heldout|all] [--limit N] [--subset K]
                                [--no-real-news] [--no-polnear] [--misses N] [--seed S]

**PolNeAR train** (``../shared/data/quotes``): every Attribution event of the
annotator version named in ``polnear_train.jsonl`` whose Cue, lower-cased,
matches ``speech_cues.txt`` (verbs of saying). A gold content's kind is
``direct`` when it is wholly inside quotation marks, ``mixed`` when it holds
a quotation mark, else ``indirect`` (NYT's ``''...''`` counts as a mark).

* recall: a gold content is found when one produced record covers at least
  50% of its characters (whitespace and quotation marks not counted);
* precision: a produced record is right when at least 50% of it lies inside
  one gold content (any attribution, whatever its cue) or it covers at least
  50% of one;
* speaker, per gold kind, on found attributions whose gold Source is a name
  (not a pronoun, not a description opening with an article): right when the
  produced speaker shares a capitalised word of 3+ letters with the Source.
  Definition 2 (2026-12-03, session 3) of "is a name": a word capitalised only
  because it opens the sentence ("Some", "Police", "Experts", "Her advisers",
  "About 4 in 10") is no name word when the article also writes it in lower
  case; a Source with no other capitalised word is not scored. Definition 1
  (any capitalised word of the Source) is still printed beside it.

Articles are split once by a hash of their id: ``heldout`` (one in five) is
never read for errors (``--misses`` refuses it); ``dev`` is the rest.

**real_news** (``../shared/data/real_news``, its README's recipe): recall per
kind (a gold partial also counts when a record covers 80% of one of its
quoted phrases), precision, canonical speaker on found quotes, gold speakers
split over two produced names, and produced speaker strings that name no
one: not a gold speaker or alternative of the article and sharing no
capitalised word with one (printed, to read).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = next(
    (p / "shared" / "data" for p in REPO.parents if (p / "shared" / "data").is_dir()),
    REPO.parent / "shared" / "data",
)
POLNEAR = DATA / "quotes"
REAL_NEWS = DATA / "real_news"

_MARKS = '"“”„«»‹›'
_SKIP = re.compile(r"\s|''|``|[\"“”„«»‹›]")
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
_ARTICLES = ("the ", "a ", "an ", "one ", "this ", "that ", "some ", "another ", "two ")
_PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "i",
    "we",
    "you",
    "him",
    "her",
    "them",
    "his",
    "its",
    "their",
    "who",
    "which",
    "that",
    "this",
    "these",
    "those",
}
KINDS = ("direct", "mixed", "indirect")


# ---------------------------------------------------------------- shared helpers
def counted_positions(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Character positions of ``spans`` that count: no whitespace, no quotation marks."""
    positions: set[int] = set()
    for start, end in spans:
        chunk = text[start:end]
        skip = set()
        for match in _SKIP.finditer(chunk):
            skip.update(range(match.start(), match.end()))
        positions.update(start + i for i in range(len(chunk)) if i not in skip)
    return positions


def record_spans(quote) -> list[tuple[int, int]]:  # noqa: ANN001
    """The characters a produced record covers: its whole span (schema 2 mixed) or parts."""
    if getattr(quote, "kind", "") == "mixed":
        return [(quote.start, quote.end)]
    return quote.spans()


def capitalised_words(name: str | None) -> set[str]:
    if not name:
        return set()
    words = {
        w.strip(".’'").removesuffix("'s").removesuffix("’s") for w in _CAPITALISED.findall(name)
    }
    return {w for w in words if len(w) >= 3}


def held_out(article_id: str) -> bool:
    return int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 5 == 0


def analyse(text: str):  # noqa: ANN201
    from toolkit.models import Document, Report, Sentence
    from toolkit.plugins.quotes import analyze_quotes
    from toolkit.plugins.sentences import split_spans

    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_spans(text))]
    report = Report(None, None, None, text)
    analyze_quotes(Document(text=text, sentences=sentences), report)
    return report


# ---------------------------------------------------------------- PolNeAR
@dataclass
class Gold:
    parts: list[tuple[int, int]]
    kind: str
    cue: str
    source: str | None
    speech: bool
    source_start: int = -1
    positions: set[int] = field(default_factory=set)


def _spans(field_text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (piece.split() for piece in field_text.split(";"))]


def read_brat(path: Path, text: str, cue_pattern: re.Pattern[str]) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if len(columns) < 2:
            continue
        if columns[0].startswith("T"):
            label, _, offsets = columns[1].partition(" ")
            try:
                spans[columns[0]] = (label, _spans(offsets))
            except ValueError:
                continue
        elif columns[0].startswith("E"):
            roles = dict(piece.split(":", 1) for piece in columns[1].split() if ":" in piece)
            events.append(roles)
    golds = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None:
            continue
        cue = spans.get(roles.get("Cue", ""))
        cue_text = " ".join(text[s:e] for s, e in cue[1]) if cue else ""
        source = spans.get(roles.get("Source", ""))
        source_text = " ".join(text[s:e] for s, e in source[1]) if source else None
        parts = sorted(content[1])
        gold = Gold(
            parts=parts,
            kind=gold_kind(text, parts),
            cue=cue_text,
            source=source_text,
            speech=bool(cue_pattern.search(cue_text.lower())),
            source_start=source[1][0][0] if source else -1,
        )
        gold.positions = counted_positions(text, parts)
        if gold.positions:
            golds.append(gold)
    return golds


def gold_kind(text: str, parts: list[tuple[int, int]]) -> str:
    joined = " ".join(text[s:e] for s, e in parts)
    before = text[max(0, parts[0][0] - 2) : parts[0][0]]
    after = text[parts[-1][1] : parts[-1][1] + 2]
    plain = joined.replace("''", '"').replace("``", '"')
    stripped = plain.strip().rstrip(".,;:!?").strip()
    opens = stripped[:1] in _MARKS or before.replace("''", '"').rstrip()[-1:] in _MARKS
    closes = stripped[-1:] in _MARKS or after.replace("''", '"').lstrip()[:1] in _MARKS
    inner = stripped.strip(_MARKS)
    has_mark = any(mark in plain for mark in _MARKS)
    if opens and closes and not any(mark in inner for mark in _MARKS):
        return "direct"
    if opens and closes and stripped[:1] in _MARKS and stripped[-1:] in _MARKS:
        return "direct"  # several quoted sentences in one content
    return "mixed" if has_mark else "indirect"


def gold_is_name(source: str | None) -> bool:
    if not source:
        return False
    speaker = source.strip()
    if speaker.lower() in _PRONOUNS or speaker.lower().startswith(_ARTICLES):
        return False
    return bool(capitalised_words(speaker))


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;]|\n)[\s\"“”‘’'`(\[-]*$")


def source_name_words(text: str, gold: Gold, lower_words: set[str]) -> set[str]:
    """The capitalised words of a gold source that are names (definition 2): a word
    capitalised only because it opens the sentence ("Some", "Police", "Experts", "Her
    advisers") is no name when the article also writes it in lower case."""
    words = capitalised_words(gold.source)
    source = (gold.source or "").lstrip()
    first = _CAPITALISED.match(source)
    if first is None or gold.source_start < 0:
        return words
    opening = _SENTENCE_OPENING.search(text[max(0, gold.source_start - 12) : gold.source_start])
    word = first.group().strip(".’'").removesuffix("'s").removesuffix("’s")
    if opening and word.lower() in lower_words:
        rest = capitalised_words(source[first.end() :])
        if word not in rest:
            words = words - {word}
    return words


def polnear_rows(limit: int | None, part: str, subset: int | None, seed: int) -> list[dict]:
    with (POLNEAR / "polnear_train.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    if part == "dev":
        rows = [r for r in rows if not held_out(r["id"])]
    elif part == "heldout":
        rows = [r for r in rows if held_out(r["id"])]
    if subset:
        rows = random.Random(seed).sample(rows, min(subset, len(rows)))
    return rows[:limit] if limit else rows


def score_polnear(rows: list[dict], misses: int = 0, seed: int = 7) -> dict:
    pattern_line = [
        line
        for line in (POLNEAR / "speech_cues.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ][0]
    cue_pattern = re.compile(pattern_line)
    stats: Counter[str] = Counter()
    cases: dict[str, list[str]] = defaultdict(list)
    elapsed = 0.0
    for row in rows:
        text = row["text"]
        ann = (
            POLNEAR / "attributions_train" / "attributions" / f"{row['id']}_{row['annotator']}.ann"
        )
        if not ann.exists():
            continue
        golds = read_brat(ann, text, cue_pattern)
        started = time.perf_counter()
        report = analyse(text)
        elapsed += time.perf_counter() - started
        produced = [(q, counted_positions(text, record_spans(q))) for q in report.quotes]
        lower_words = set(_LOWER_WORD.findall(text))
        stats["articles"] += 1
        for gold in golds:
            if not gold.speech:
                continue
            stats["gold"] += 1
            stats[f"gold_{gold.kind}"] += 1
            best, best_share = None, 0.5
            for quote, positions in produced:
                share = len(positions & gold.positions) / len(gold.positions)
                if share >= best_share:
                    best, best_share = quote, share
            if best is None:
                cases[f"miss_{gold.kind}"].append(_context(text, gold))
                continue
            stats["found"] += 1
            stats[f"found_{gold.kind}"] += 1
            if gold_is_name(gold.source):  # definition 1: any capitalised word
                stats[f"named1_{gold.kind}"] += 1
                produced_words = capitalised_words(best.speaker)
                stats[f"named1_ok_{gold.kind}"] += bool(
                    produced_words & capitalised_words(gold.source)
                )
            names = source_name_words(text, gold, lower_words)
            if gold_is_name(gold.source) and names:
                stats[f"named_{gold.kind}"] += 1
                if capitalised_words(best.speaker) & capitalised_words(gold.source):
                    stats[f"named_ok_{gold.kind}"] += 1
                else:
                    cases[f"speaker_{gold.kind}"].append(
                        f"gold {gold.source!r} -> {best.speaker!r} (mention {best.mention!r}, "
                        f"cue {best.cue!r})\n{_context(text, gold)}"
                    )
        for quote, positions in produced:
            if not positions:
                continue
            stats["produced"] += 1
            stats[f"produced_{quote.kind}"] += 1
            right = any(
                len(positions & g.positions) >= 0.5 * len(positions)
                or len(positions & g.positions) >= 0.5 * len(g.positions)
                for g in golds
            )
            stats["right"] += right
            stats[f"right_{quote.kind}"] += right
            if not right:
                snippet = text[max(0, quote.start - 150) : quote.end + 60].replace("\n", " ")
                cases[f"wrong_{quote.kind}"].append(
                    f"{quote.kind} {quote.speaker!r}: {quote.text[:160]!r}\n  ...{snippet}"
                )
    stats["ms_article"] = round(1000 * elapsed / max(1, stats["articles"]), 2)
    if misses:
        rng = random.Random(seed)
        for name, items in sorted(cases.items()):
            print(f"\n===== {name} ({len(items)})", file=sys.stderr)
            for case in rng.sample(items, min(misses, len(items))):
                print("-", case, file=sys.stderr)
    return dict(stats)


def _context(text: str, gold: Gold) -> str:
    start, end = gold.parts[0][0], gold.parts[-1][1]
    line = text[max(0, start - 160) : end + 80].replace("\n", " / ")
    content = text[start:end][:160]
    return f"[{gold.kind}] cue {gold.cue!r} src {gold.source!r}: {content!r}\n  ...{line}"


def polnear_table(stats: dict, label: str) -> list[tuple[str, str]]:
    def pct(a: str, b: str) -> str:
        num, den = stats.get(a, 0), stats.get(b, 0)
        return f"{100 * num / den:.1f}% ({num}/{den})" if den else "n/a"

    rows = [
        (f"{label}: articles", str(stats.get("articles", 0))),
        (f"{label}: recall, all speech attributions", pct("found", "gold")),
    ]
    rows += [(f"{label}: recall, {k}", pct(f"found_{k}", f"gold_{k}")) for k in KINDS]
    rows.append((f"{label}: precision", pct("right", "produced")))
    rows += [
        (f"{label}: precision, produced {k}", pct(f"right_{k}", f"produced_{k}"))
        for k in ("direct", "mixed", "partial", "indirect")
        if stats.get(f"produced_{k}")
    ]
    rows += [(f"{label}: speaker, {k}", pct(f"named_ok_{k}", f"named_{k}")) for k in KINDS]
    rows += [
        (f"{label}: speaker (definition 1), {k}", pct(f"named1_ok_{k}", f"named1_{k}"))
        for k in KINDS
    ]
    rows.append((f"{label}: ms per article", str(stats.get("ms_article"))))
    return rows


# ---------------------------------------------------------------- real_news
def _locate(text: str, needle: str) -> tuple[int, int] | None:
    at = text.find(needle)
    if at >= 0:
        return at, at + len(needle)
    words = needle.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (match.start(), match.end()) if match else None


def _same_speaker(produced: str | None, gold: str | None) -> bool:
    if not produced or not gold:
        return False

    def norm(name: str) -> list[str]:
        words = re.sub(r"[’']s\b", "", name.casefold()).replace(".", "").split()
        return words[1:] if words[:1] == ["the"] else words

    a, b = norm(produced), norm(gold)
    if a == b:
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) == len(shorter) + 1 and (longer[1:] == shorter or longer[:-1] == shorter)


def score_real_news(misses: int = 0) -> dict:
    from toolkit.pipeline import Options, prepare
    from toolkit.registry import load_registry

    registry = load_registry()
    options = Options(analyzers=())
    stats: Counter[str] = Counter()
    lines: list[str] = []
    for gold_path in sorted((REAL_NEWS / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = (REAL_NEWS / "articles" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        document = prepare(raw, options, registry)
        text = document.text
        from toolkit.models import Report
        from toolkit.plugins.quotes import analyze_quotes

        report = Report(None, None, None, text)
        analyze_quotes(document, report)
        produced = [(q, counted_positions(text, record_spans(q))) for q in report.quotes]
        material: set[int] = set()
        speakers_of: dict[str, set[str]] = defaultdict(set)
        names = []
        for item in gold["quotes"]:
            span = _locate(text, item["text"])
            names += [item.get("speaker")] + list(item.get("speaker_alt") or [])
            if span is None:
                stats["gold_unlocated"] += 1
                continue
            positions = counted_positions(text, [span])
            material |= positions
            if item.get("optional"):
                continue
            kind = item["kind"]
            stats["gold"] += 1
            stats[f"gold_{kind}"] += 1
            phrases = [
                counted_positions(text, [(span[0] + m.start(1), span[0] + m.end(1))])
                for m in re.finditer(r"[\"“”](.+?)[\"“”]", text[span[0] : span[1]])
            ]
            best, best_share = None, 0.5
            for quote, covered in produced:
                share = len(covered & positions) / max(1, len(positions))
                if share < 0.5 and kind == "partial":
                    if any(p and len(covered & p) >= 0.8 * len(p) for p in phrases):
                        share = 0.5
                if share >= best_share:
                    best, best_share = quote, share
            if best is None:
                if misses:
                    lines.append(f"MISS [{kind}] {gold_path.stem}: {item['text'][:140]!r}")
                continue
            stats["found"] += 1
            stats[f"found_{kind}"] += 1
            accepted = [item.get("speaker")] + list(item.get("speaker_alt") or [])
            if item.get("speaker") is None:
                stats["found_unattributed"] += 1
                continue
            stats["found_attributed"] += 1
            if any(_same_speaker(best.speaker, name) for name in accepted):
                stats["canonical"] += 1
            elif misses:
                lines.append(
                    f"SPEAKER {gold_path.stem}: gold {item['speaker']!r} -> {best.speaker!r}"
                    f" (mention {best.mention!r}): {item['text'][:90]!r}"
                )
            if best.speaker:
                speakers_of[item["speaker"]].add(best.speaker)
        for gold_speaker, produced_names in speakers_of.items():
            stats["gold_speakers"] += 1
            if len(produced_names) > 1:
                stats["split"] += 1
                lines.append(
                    f"SPLIT {gold_path.stem}: {gold_speaker!r} -> {sorted(produced_names)}"
                )
        gold_words = set().union(*(capitalised_words(n) for n in names if n))
        for _quote, covered in produced:
            stats["produced"] += 1
            stats["right"] += len(covered & material) >= 0.5 * max(1, len(covered))
        for name in sorted({q.speaker for q, _ in produced if q.speaker}):
            if any(_same_speaker(name, n) for n in names if n):
                continue
            if capitalised_words(name) & gold_words:
                continue
            stats["no_one"] += 1
            lines.append(f"NO-ONE {gold_path.stem}: {name!r}")
    if misses:
        print("\n".join(lines), file=sys.stderr)
    return dict(stats)


def real_news_table(stats: dict) -> list[tuple[str, str]]:
    def pct(a: str, b: str) -> str:
        num, den = stats.get(a, 0), stats.get(b, 0)
        return f"{100 * num / den:.1f}% ({num}/{den})" if den else "n/a"

    rows = [("real_news: recall, all kinds", pct("found", "gold"))]
    rows += [
        (f"real_news: recall, {k}", pct(f"found_{k}", f"gold_{k}"))
        for k in ("direct", "partial", "indirect")
    ]
    rows += [
        ("real_news: precision", pct("right", "produced")),
        ("real_news: canonical speaker (found, attributed)", pct("canonical", "found_attributed")),
        (
            "real_news: gold speakers split",
            f"{stats.get('split', 0)} of {stats.get('gold_speakers', 0)}",
        ),
        ("real_news: speaker strings naming no one", str(stats.get("no_one", 0))),
        ("real_news: gold quotes not located in the text", str(stats.get("gold_unlocated", 0))),
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("dev", "heldout", "all", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N articles of the part")
    parser.add_argument("--subset", type=int, default=None, help="N random articles of the part")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", type=int, default=0, help="print N cases per class (dev only)")
    parser.add_argument("--no-polnear", action="store_true")
    parser.add_argument("--no-real-news", action="store_true")
    args = parser.parse_args()
    table: list[tuple[str, str]] = []
    if not args.no_polnear:
        parts = ("dev", "heldout") if args.part == "both" else (args.part,)
        totals: Counter[str] = Counter()
        for part in parts:
            rows = polnear_rows(args.limit, part, args.subset, args.seed)
            shown = args.misses if part == "dev" else 0
            stats = score_polnear(rows, shown, args.seed)
            table += polnear_table(stats, f"PolNeAR {part}")
            totals.update({k: v for k, v in stats.items() if k != "ms_article"})
        if len(parts) > 1:
            table += polnear_table(dict(totals), "PolNeAR train (dev + heldout)")[1:-1]
    if not args.no_real_news:
        table += real_news_table(score_real_news(args.misses))
    width = max(len(name) for name, _ in table)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"| {'-' * width} | --- |")
    for name, value in table:
        print(f"| {name.ljust(width)} | {value} |")


if __name__ == "__main__":
    main()
