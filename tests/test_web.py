"""Input from the web: main-text extraction on realistic news pages, its
robustness and speed on hostile HTML, sources and charsets. Fetching URLs from a
local server is in test_web_fetch.py."""

from __future__ import annotations

import io
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from toolkit import web
from toolkit.errors import InputError, UnknownComponentError
from toolkit.plugins.html import trafilatura_extractor as html_trafilatura
from toolkit.plugins.html.page_text import extract_fallback

PAGES = FIXTURES / "web"
# (title, date, boilerplate that must not be in the text) per fixture page.
EXPECTED = {
    "harbour-tram": (
        "Council approves harbour tram line after decade of debate",
        "2025-11-04T21:47",
        ["We use cookies", "Share on Facebook", "Finally! I have been", "Bus lanes on ring",
         "Map: where the tram", "All rights reserved", "Courier morning briefing", "Marta Keane"],
    ),
    "port-strike": (
        "Veldhaven dock workers strike over pay",
        "2025-09-22T09:15",
        ["This website uses cookies", "LinkedIn", "Good on them", "Port automation plan",
         "Inflation eases", "Storm warning", "Log in"],
    ),
    "library-reopens": (
        "Saint-Rémy library reopens after three years",
        "2024-06-01",
        ["Town news", "Your comments", "Still no parking", "Write here", "Advertise with us"],
    ),
    "heatwave-study": (
        "Street trees cut heat admissions, study finds",
        "2025-07-10T08:00",
        ["Skip to content", "Share this", "Cool roofs", "Gardener Jo", "Correlation is not",
         "Leave a Reply", "Recent Posts", "Proudly powered", "uses cookies", "Ocean sensors"],
    ),
    "ferry-fares": ("Ferry fares to rise by 12 per cent", "2025-03-03", ["Classifieds", "RSS"]),
}  # fmt: skip
QUOTES = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'"})


def _page(stem: str) -> str:
    path = PAGES / f"{stem}.html"
    return web.decode_page(path.read_bytes(), str(path))


def _gold(stem: str) -> list[str]:
    return (PAGES / f"{stem}.expected.txt").read_text(encoding="utf-8").strip().split("\n\n")


def token_f1(found: str, gold: str) -> float:
    found_tokens = Counter(re.findall(r"\w+", found.lower()))
    gold_tokens = Counter(re.findall(r"\w+", gold.lower()))
    overlap = sum((found_tokens & gold_tokens).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(found_tokens.values())
    recall = overlap / sum(gold_tokens.values())
    return 2 * precision * recall / (precision + recall)


# --- extraction on the fixture pages ---------------------------------------------------


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_fallback_keeps_paragraphs_and_drops_boilerplate(stem: str) -> None:
    title, date, boilerplate = EXPECTED[stem]
    text, metadata = web.extract(_page(stem), engine="fallback")
    paragraphs = text.translate(QUOTES).split("\n\n")
    for paragraph in _gold(stem):
        assert paragraph in paragraphs
    for junk in boilerplate:
        assert junk not in text
    assert metadata == {"title": title, "date": date}


@pytest.mark.parametrize("stem", sorted(set(EXPECTED) - {"ferry-fares"}))
def test_fallback_token_f1_on_pages_with_markup_hints(stem: str) -> None:
    text, _ = web.extract(_page(stem), engine="fallback")
    assert token_f1(text, "\n".join(_gold(stem))) >= 0.9


def test_unmarked_comments_are_the_known_limit() -> None:
    """Comments with no telling markup stay: the documented weak spot."""
    text, _ = web.extract(_page("ferry-fares"), engine="fallback")
    assert "Island Times | News" not in text  # a link-dense line goes
    assert "My wages certainly" in text


def test_trafilatura_engine_when_installed() -> None:
    assert html_trafilatura.available(), "the test extra installs trafilatura (the web extra)"
    text, metadata = web.extract(_page("heatwave-study"), engine="trafilatura")
    assert "Gardener Jo" not in text and "Correlation is not" not in text
    assert token_f1(text, "\n".join(_gold("heatwave-study"))) >= 0.9
    assert metadata["date"] == "2025-07-10T08:00"


def test_auto_uses_the_fallback_without_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    assert not html_trafilatura.available()
    page = _page("port-strike")
    assert web.extract(page) == web.extract(page, engine="fallback")


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(UnknownComponentError, match="html_extractor 'magic'"):
        web.extract("<p>x</p>", engine="magic")


def test_title_and_date_precedence() -> None:
    page = (
        '<html><head><title>Page | Site</title><meta name="date" content="2020-01-02">'
        "</head><body><header><h1>Site logo</h1></header><article><h1>Headline</h1>"
        '<time datetime="2021-05-06T07:08:09Z">x</time><p>Body text here.</p></article>'
    )
    assert extract_fallback(page)[1] == {"title": "Headline", "date": "2020-01-02"}
    no_meta = page.replace('<meta name="date" content="2020-01-02">', "")
    assert extract_fallback(no_meta)[1]["date"] == "2021-05-06T07:08"
    only_title = "<title>Only &amp; title</title><p>Body</p>"
    assert extract_fallback(only_title)[1] == {"title": "Only & title"}


def test_body_class_naming_a_sidebar_does_not_empty_the_page() -> None:
    page = '<body class="has-sidebar comments-open"><div class="wrap"><p>Real text.</p></div>'
    assert extract_fallback(page)[0] == "Real text."


# --- robustness and speed ---------------------------------------------------------------

BROKEN = [
    "",
    "<",
    "<<<>>>",
    "<p>unclosed <b>bold <i>italic",
    "</div></div><p>stray ends</p></span>",
    "<!-- never closed <p>hidden",
    "<script>never closed",
    "<p title='unclosed quote>text</p>",
    "<a href=x>link<a href=y>link</p></a>",
    '<script type="application/ld+json">{not json</script><p>ok</p>',
    "<table><tr><td>cell<td>cell</table></tr>",
    "&#0; &#xD800; &#99999999; &bogus; &amp",
    "<meta property='og:title' content=''><title></title><h1></h1>",
    "\x00\x01<p>\ufffd</p>",
]


@pytest.mark.parametrize("html", BROKEN)
def test_broken_html_never_raises(html: str) -> None:
    text, metadata = extract_fallback(html)
    assert isinstance(text, str) and set(metadata) <= {"title", "date"}


SOUP = ["<", ">", "/", "p", "div", "!--", "-->", "'", '"', "=", " ", "a", "&amp;", "script", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*SOUP, "x", "class=nav"]), max_size=80))
def test_any_markup_soup_never_raises(parts: list[str]) -> None:
    html = "".join(parts)
    text, _ = extract_fallback(html)
    # a "<" that opens no tag is text ('<<x>p' reads "<" + "p"); otherwise no tag leaks
    literal_less_than = re.search(r"<(?![A-Za-z/!?])", html)
    assert "<p" not in text or "<p" in html or literal_less_than


# Inputs on which html.parser (CPython < 3.11.13) is quadratic; 200 kB each.
HOSTILE = {
    "open tags": "<a" * 100_000,
    "open attribute quotes": "<a b='" * 40_000,
    "open comment": "<!--" + "x<" * 100_000,
    "processing instructions": "<?" * 100_000,
    "deep nesting": "<div>" * 20_000 + "deep" + "</div>" * 20_000,
    "unclosed paragraphs": "<p>x" * 50_000,
    "stray end tags": "</span>" * 30_000 + "<p>end</p>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_html_is_read_without_error(name: str) -> None:
    """Its growth with size is timed by bench/adversarial.py (the html families)."""
    text, metadata = extract_fallback(HOSTILE[name])
    assert isinstance(text, str) and isinstance(metadata, dict)


def test_deep_nesting_keeps_the_text() -> None:
    assert extract_fallback(HOSTILE["deep nesting"])[0] == "deep"


def test_one_megabyte_page_keeps_its_article_and_drops_its_furniture() -> None:
    filler = "".join(
        f"<p>Paragraph {i} of a very long article, with words.</p>" for i in range(18_000)
    )
    page = _page("harbour-tram").replace("<h2>Funding", filler + "<h2>Funding")
    assert len(page.encode()) > 1_000_000
    text, _ = extract_fallback(page)
    assert "Paragraph 17999 of" in text and "We use cookies" not in text


# --- sources, charsets, URL schemes ---------------------------------------------------


def test_declared_charset_decodes_a_windows_1252_page() -> None:
    raw = (PAGES / "library-reopens.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert web.declared_charset(raw) == "cp1252"
    assert "Hélène Marchetti" in web.decode_page(raw, "x.html")


def test_read_source_extracts_html_and_passes_text(tmp_path: Path) -> None:
    text, metadata = web.read_source(str(PAGES / "port-strike.html"), 1_000_000)  # any engine
    assert "Dock workers at the port" in text and "This website uses cookies" not in text
    assert metadata == {
        "title": "Veldhaven dock workers strike over pay",
        "date": "2025-09-22T09:15",
    }
    plain = tmp_path / "note.txt"
    plain.write_text("Just <b>text</b>, not a page.\n", encoding="utf-8")
    assert web.read_source(str(plain), 1_000) == ("Just <b>text</b>, not a page.\n", {})
    sniffed = tmp_path / "page.txt"
    sniffed.write_text("<!DOCTYPE html><title>T</title><p>Para.</p>", encoding="utf-8")
    assert web.read_source(str(sniffed), 1_000, engine="fallback") == ("Para.", {"title": "T"})


def test_read_source_reads_html_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    page = b"<html><body><nav>Menu</nav><p>From stdin.</p></body></html>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    assert web.read_source("-", 1_000, engine="fallback") == ("From stdin.", {})


def test_page_without_article_text_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><nav>Home | News</nav><footer>(c)</footer></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.html: no article text"):
        web.read_source(str(path), 1_000, engine="fallback")


@pytest.mark.parametrize(
    ("source", "expected"),
    [("https://example.org/a", True), ("HTTP://EXAMPLE.ORG", True), ("news/a.html", False),
     ("C:\\news\\a.html", False), ("notes:2025.txt", False), ("-", False)],
)  # fmt: skip
def test_is_url(source: str, expected: bool) -> None:
    assert web.is_url(source) is expected


@pytest.mark.parametrize(
    "source",
    ["file:///etc/passwd", "ftp://example.org/a.txt", "javascript:alert(1)",
     "data:text/html,<p>x</p>", "gopher://x", "http:///no-host"],
)  # fmt: skip
def test_other_schemes_are_refused(source: str) -> None:
    with pytest.raises(InputError) as caught:
        web.is_url(source)
    assert str(caught.value).startswith(source)


def test_looks_like_html() -> None:
    assert web.looks_like_html("plain", "page.HTM")
    assert web.looks_like_html("\ufeff  <!doctype html><p>", "x")
    assert web.looks_like_html("<!-- c --><html>", "https://x.org/story")
    assert not web.looks_like_html("A <html> tag is mentioned here.", "notes.txt")
