"""Real news page openings: title, date, and page furniture in the output.

Data: ``../shared/data/real_news/`` (39 page openings as stored from the web,
furniture included; ``gold/NAME.json`` has the ``boilerplate`` lines and the
``meta`` title and date each page shows). Nothing here was used for training.

Per page, ``toolkit.summarize`` runs on the text as a user would pass it, then:

* **title**: right when it equals the gold title (case, white space and the
  style of quotation marks aside); counted over pages that show one;
* **date**: right when the report's ISO date has the gold date's year, month
  and day (only month and day where the page prints no year, as in a
  ``Taipei, Sept. 12 (CNA)`` dateline); counted over pages that show one;
* **furniture leaks** (the dataset's recipe): a boilerplate line of 12 or more
  characters inside a summary sentence, a quote, a speaker name or the title,
  or a summary sentence or quote (12+ characters) inside a boilerplate line. A headline that
  is also the gold title does not leak through the title.

Usage (from the repository root)::

    .venv/bin/python bench/real_news_pages.py [--data ../shared/data] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from web_pages import DATA

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MIN_LEAK = 12


def squash(text: str) -> str:
    return " ".join(text.translate(_QUOTES).casefold().split())


def gold_date(shown: str) -> tuple[str, bool]:
    """("YYYY-MM-DD", the page prints the year) of a gold date string."""
    from toolkit.plugins.text.dates import parse_date_line

    iso = _ISO.search(shown)
    printed = re.sub(r"\(.*?\)", "", shown)
    has_year = re.search(r"\b\d{4}\b", printed) is not None
    if iso:
        return iso.group(0), has_year
    parsed = parse_date_line(shown) or ""
    return parsed[:10], has_year


def date_right(found: str | None, shown: str) -> bool:
    if not found:
        return False
    wanted, has_year = gold_date(shown)
    found = found[:10]
    return found == wanted if has_year else found[-5:] == wanted[-5:]


def leaks(report, gold: dict) -> list[str]:  # type: ignore[no-untyped-def]
    title = gold["meta"].get("title") or ""
    lines = [squash(b) for b in gold["boilerplate"] if len(b.strip()) >= _MIN_LEAK]
    items = [("summary", s.text) for s in report.summary]
    items += [("quote", q.text) for q in report.quotes]
    items += [("speaker", name) for name in report.speakers]
    if report.title and squash(report.title) != squash(title):
        items.append(("title", report.title))
    found = []
    for kind, text in items:
        item = squash(text)
        for line in lines:
            inside = kind in ("summary", "quote") and len(item) >= _MIN_LEAK and item in line
            if line in item or inside:
                found.append(f"{kind}: {text[:70]!r}")
                break
    return found


def main() -> None:
    import toolkit

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    folder = args.data / "real_news"
    titles = dates = titled = dated = leaking = 0
    names = sorted(p.stem for p in (folder / "articles").glob("*.txt"))
    for name in names:
        text = (folder / "articles" / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads((folder / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        report = toolkit.summarize(text, source=name)
        meta = gold["meta"]
        notes = []
        if meta.get("title"):
            titled += 1
            ok = report.title is not None and squash(report.title) == squash(meta["title"])
            titles += ok
            if not ok:
                notes.append(f"title {report.title!r} (gold {meta['title']!r})")
        if meta.get("date"):
            dated += 1
            ok = date_right(report.date, meta["date"])
            dates += ok
            if not ok:
                notes.append(f"date {report.date!r} (gold {meta['date']!r})")
        found = leaks(report, gold)
        leaking += bool(found)
        notes.extend(f"leak {item}" for item in found)
        if args.verbose and notes:
            print(f"{name}:")
            for note in notes:
                print(f"    {note}")
    print(f"{len(names)} pages of {folder}")
    print("| check | right | share |")
    print("| --- | ---: | ---: |")
    print(f"| title (pages that show one) | {titles}/{titled} | {titles / max(1, titled):.0%} |")
    print(f"| date (pages that show one) | {dates}/{dated} | {dates / max(1, dated):.0%} |")
    print(f"| pages where furniture leaks | {leaking}/{len(names)} | |")


if __name__ == "__main__":
    main()
