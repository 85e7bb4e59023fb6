"""Main-text extraction from HTML: the stdlib fallback against trafilatura.

Two sets of pages, scored by token-level precision, recall and F1 (bags of
lower-cased ``\\w+`` tokens, as in trafilatura's own evaluation):

* ``fixtures``: the five hand-written news pages in tests/fixtures/web/ with
  their known article text (``*.expected.txt``);
* ``bbc/<template>``: BBC articles from the summarisation dev set wrapped in
  three page templates with navigation, a cookie banner, share buttons,
  related links (other articles' headlines) and reader comments (sentences of
  another article, so real prose): ``semantic`` (HTML5 elements and telling
  class names), ``classed`` (only ``div``s with telling class names) and
  ``bare`` (no semantic elements, no class names at all).

Both sets are written by this project, so they favour an extractor tuned on
the same idea of a page; read them as a check that the fallback is sane, not
as a general benchmark. Title and date found are counted too.

Usage (from the repository root)::

    .venv/bin/python bench/web_extraction.py [--data ../shared/data] [--articles 300]

Real pages with the benchmark's own metric (the scraped text cleaned, and the
HTML extracted) are in ``bench/web_pages.py``; ``--real-pages`` runs it after
this table.

trafilatura is optional (``pip install trafilatura``, the ``web`` extra);
its rows are left out when it is not installed.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from html import escape
from pathlib import Path

from toolkit import web
from toolkit.plugins.html import trafilatura_extractor as html_trafilatura

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
FIXTURES = REPO / "tests" / "fixtures" / "web"
DATE = "2005-03-14"


def scores(found: str, gold: str) -> tuple[float, float, float]:
    found_tokens = Counter(re.findall(r"\w+", found.lower()))
    gold_tokens = Counter(re.findall(r"\w+", gold.lower()))
    overlap = sum((found_tokens & gold_tokens).values())
    precision = overlap / max(1, sum(found_tokens.values()))
    recall = overlap / max(1, sum(gold_tokens.values()))
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _links(titles: list[str]) -> str:
    return "".join(f'<li><a href="/story/{i}">{escape(t)}</a></li>' for i, t in enumerate(titles))


def semantic(title: str, body: list[str], related: list[str], comments: list[str]) -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in body)
    notes = "".join(f'<article class="comment"><p>{escape(c)}</p></article>' for c in comments)
    return (
        f"<!doctype html><html><head><title>{escape(title)} | News</title>"
        f'<meta property="og:title" content="{escape(title)}">'
        f'<meta property="article:published_time" content="{DATE}"></head><body>'
        '<div class="cookie-banner"><p>We use cookies to personalise content and ads.</p>'
        "<button>Accept</button></div><header><nav><ul>"
        + _links(["Home", "World", "Business", "Sport"])
        + f"</ul></nav></header><main><article><h1>{escape(title)}</h1>"
        '<div class="share"><a href="#">Share on Facebook</a> <a href="#">Email</a></div>'
        f'{paras}<section class="comments"><h2>Comments</h2>{notes}</section></article>'
        f'<aside class="related"><h2>Related stories</h2><ul>{_links(related)}</ul></aside>'
        "</main><footer><p>&copy; 2005 News Ltd. All rights reserved.</p></footer></body></html>"
    )


def classed(title: str, body: list[str], related: list[str], comments: list[str]) -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in body)
    notes = "".join(f'<div class="comment-text">{escape(c)}</div>' for c in comments)
    return (
        f"<html><head><title>{escape(title)}</title>"
        f'<script type="application/ld+json">{{"@type": "NewsArticle", '
        f'"datePublished": "{DATE}"}}</script></head><body>'
        '<div id="top-menu"><ul>'
        + _links(["Home", "World", "Business", "Sport"])
        + '</ul></div><div class="cc-window cc-banner">This site uses cookies. '
        '<a href="/c">Learn more</a></div>'
        f'<div class="story"><h1>{escape(title)}</h1><div class="social-links">'
        '<a href="#">Facebook</a> <a href="#">Twitter</a></div>'
        f'<div class="story-text">{paras}</div>'
        f'<div class="more-stories"><h3>More stories</h3><ul>{_links(related)}</ul></div>'
        f'<div id="disqus_thread">{notes}</div></div>'
        '<div id="bottom"><p>News Ltd, 1 Main Street.</p></div></body></html>'
    )


def bare(title: str, body: list[str], related: list[str], comments: list[str]) -> str:
    paras = "".join(f"<p>{escape(p)}" for p in body)
    notes = "".join(f"<div><p><b>reader{i}</b> wrote:</p><p>{escape(c)}</p></div>"
                    for i, c in enumerate(comments))  # fmt: skip
    nav = " | ".join(f'<a href="/{s}">{s}</a>' for s in ("Home", "World", "Business", "Sport"))
    return (
        f"<html><head><title>{escape(title)}</title></head><body><p>{nav}</p><hr>"
        f'<h2>{escape(title)}</h2><p><small>Posted <time datetime="{DATE}">14 March</time>'
        f"</small></p>{paras}<hr><h3>What readers say</h3>{notes}<hr>"
        f"<p>See also:</p><ul>{_links(related)}</ul></body></html>"
    )


TEMPLATES: dict[str, Callable[[str, list[str], list[str], list[str]], str]] = {
    "semantic": semantic,
    "classed": classed,
    "bare": bare,
}


def bbc_pages(path: Path, limit: int) -> dict[str, list[tuple[str, str, dict[str, str]]]]:
    with path.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]
    pages: dict[str, list[tuple[str, str, dict[str, str]]]] = {name: [] for name in TEMPLATES}
    for index, article in enumerate(articles):
        body = _paragraphs(article["text"])[1:]  # the first paragraph repeats the title
        if len(body) < 2:
            continue
        other = articles[(index + 1) % len(articles)]
        related = [articles[(index + k) % len(articles)]["title"] for k in (2, 3, 4)]
        comments = re.split(r"(?<=[.!?])\s+", _paragraphs(other["text"])[-1])[:3]
        expected = {"title": article["title"], "date": DATE}
        for name, template in TEMPLATES.items():
            html = template(article["title"], body, related, comments)
            pages[name].append((html, "\n\n".join(body), expected))
    return pages


def fixture_pages() -> list[tuple[str, str, dict[str, str] | None]]:
    pages = []
    for html_path in sorted(FIXTURES.glob("*.html")):
        html = web.decode_page(html_path.read_bytes(), str(html_path))
        gold = (FIXTURES / f"{html_path.stem}.expected.txt").read_text(encoding="utf-8")
        pages.append((html, gold, None))
    return pages


def measure(engine: str, pages: list[tuple[str, str, dict[str, str] | None]]) -> list[str]:
    totals = [0.0, 0.0, 0.0]
    metadata_hits = checked = 0
    started = time.perf_counter()
    for html, gold, expected in pages:
        text, metadata = web.extract(html, engine=engine)
        for i, value in enumerate(scores(text, gold)):
            totals[i] += value
        if expected is not None:
            checked += 1
            metadata_hits += metadata == expected
    seconds = time.perf_counter() - started
    n = len(pages)
    cells = [f"{value / n:.3f}" for value in totals]
    found = f"{metadata_hits}/{checked}" if checked else "-"
    return [*cells, found, f"{1000 * seconds / n:.1f}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--real-pages", action="store_true", help="Also run bench/web_pages.py.")
    args = parser.parse_args()
    sets: dict[str, list[tuple[str, str, dict[str, str] | None]]] = {"fixtures": fixture_pages()}
    bbc = args.data / "summarization" / "bbc_news_summary_dev.jsonl"
    for name, pages in bbc_pages(bbc, args.articles).items():
        sets[f"bbc/{name}"] = list(pages)
    engines = ["fallback"] + (["trafilatura"] if html_trafilatura.available() else [])
    print("| pages | n | engine | precision | recall | F1 | title+date | ms/page |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, pages in sets.items():
        for engine in engines:
            row = measure(engine, pages)
            print(f"| {name} | {len(pages)} | {engine} | " + " | ".join(row) + " |")
    if args.real_pages:
        import sys

        import web_pages

        sys.argv = [sys.argv[0], "--data", str(args.data)]
        web_pages.main()


if __name__ == "__main__":
    main()
