"""Tests for the ``html`` formatter (toolkit.plugins.formats.report): structure, escaping,
span nesting, the chart. The real-browser runs are in test_html_report_browser.py."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED
from toolkit import summarize
from toolkit.models import Document, Quote, Report, Sentence, SummarySentence
from toolkit.plugins.formats import report as html_report
from toolkit.plugins.formats.report import format_html
from toolkit.plugins.formats.report.article import Span, render_spans
from toolkit.plugins.formats.report.chart import x_percent
from toolkit.plugins.formats.report.style import TONE_BINS, tone_bin
from toolkit.plugins.sentences import split_spans
from toolkit.plugins.tone import analyze_tone

HOSTILE = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "a & b < c 'q'"]
VOID = {"meta", "br", "img", "link", "input", "hr", "wbr", "col", "area", "base", "source"}


class Page(HTMLParser):
    """Parses a page, checks that elements nest, and collects what the tests inspect."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.paragraphs: list[str] = []  # article paragraphs without the quote badges
        self.badges: list[str] = []
        self.texts: list[str] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[tag for tag, _ in self.stack]}")

    def _inside(self, tag: str, css_class: str) -> bool:
        return any(t == tag and css_class in a.get("class", "").split() for t, a in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        if tag not in VOID:
            self.stack.append((tag, attributes))
        if tag == "p" and self._inside("div", "article"):
            self.paragraphs.append("")
        if tag == "a" and "qn" in attributes.get("class", ""):
            self.badges.append(attributes.get("id", ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.texts.append(data)
        in_paragraph = any(tag == "p" for tag, _ in self.stack)
        if in_paragraph and self._inside("div", "article") and not self._inside("a", "qn"):
            self.paragraphs[-1] += data


def make_report(text: str, quotes: list[tuple[str, str, str | None]] = (), **fields) -> Report:  # type: ignore[assignment]
    """A report on ``text``: sentences from the splitter, quotes ``(snippet, kind, speaker)``
    located by their first occurrence, summary = first sentence, tone from the analyzer."""
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_spans(text))]
    report = Report(source=None, title="A title", date="2026-11-26", text=text, **fields)
    report.sentences = sentences
    report.summary = [SummarySentence(0, sentences[0].text, 1.0)] if sentences else []
    for snippet, kind, speaker in quotes:
        start = text.index(snippet)
        index = next((s.index for s in sentences if s.start <= start < s.end), 0)
        report.quotes.append(Quote(snippet, kind, start, start + len(snippet), index, speaker))
    analyze_tone(Document(text=text, sentences=sentences), report)
    return report


ARTICLE = (
    'The minister said: "This is a wonderful success for everyone." Critics disagreed.\n'
    'She warned that the plan was "a terrible disaster" for farmers.\n'
    "The talks continue on Friday."
)


def handmade() -> Report:
    return make_report(
        ARTICLE,
        [
            ("This is a wonderful success for everyone.", "direct", "Minister"),
            ('the plan was "a terrible disaster" for farmers', "indirect", "Critic"),
            ("a terrible disaster", "partial", "Critic"),
        ],
    )


def test_the_plugin_registers_the_html_formatter() -> None:
    registered = {}
    html_report.toolkit_register_formatters(lambda name, fn: registered.update({name: fn}))
    assert registered == {"html": format_html}


def test_page_shows_title_summary_marked_quotes_chart_and_table() -> None:
    report = handmade()
    page = Page(format_html(report))
    assert page.errors == []
    text = "".join(page.texts)
    assert "A title" in text and "2026-11-26" in text
    marks = [a for tag, a in page.tags if tag == "mark" and "sum" in a.get("class", "")]
    assert len(marks) == 1
    quote_spans = [a for tag, a in page.tags if tag == "span" and "q" in a.get("class", "").split()]
    assert len(quote_spans) >= 3  # crossing spans may be cut into several fragments
    for number, quote in enumerate(report.quotes, 1):
        css = tone_bin(quote.tone).css_class
        assert any(css in a["class"] and quote.speaker in a["title"] for a in quote_spans)
        assert f"#q{number}" in {a.get("href") for tag, a in page.tags if tag == "a"}
    assert sorted(page.badges) == ["a1", "a2", "a3"]  # a3 (inside a2) closes first
    rows = [a for tag, a in page.tags if tag == "tr" and a.get("id", "").startswith("q")]
    assert [a["id"] for a in rows] == ["q1", "q2", "q3"]
    dots = [a for tag, a in page.tags if tag == "circle"]
    assert len(dots) == sum(t.quotes for t in report.tone.values()) == 2  # indirect not counted
    assert {t for t, _ in page.tags} & {"script", "img", "link", "iframe", "object"} == set()


def test_article_paragraphs_keep_the_text_exactly() -> None:
    page = Page(format_html(handmade()))
    assert page.paragraphs == ARTICLE.split("\n")
    blank_lines = "First paragraph\nstill first.\n\n  Second one.  \n \nThird."
    page = Page(format_html(make_report(blank_lines)))
    assert page.paragraphs == ["First paragraph\nstill first.", "Second one.", "Third."]
    long_lines = f"{'A long line. ' * 9}\n{'Another paragraph. ' * 6}\n\nLast."
    page = Page(format_html(make_report(long_lines)))
    assert page.paragraphs == [line.strip() for line in re.split(r"\n+", long_lines)]


def test_crossing_spans_are_cut_so_that_they_nest() -> None:
    spans = [Span(1, 1, 6, 0, "<a>", "</a>"), Span(2, 4, 9, 1, "<b>", "</b>", "[2]")]
    assert render_spans("abcdefghij", spans) == "<p>a<a>bcd<b>ef</b></a><b>ghi</b>[2]j</p>"
    inner_first = [Span(1, 3, 5, 1, "<i>", "</i>"), Span(2, 3, 8, 1, "<u>", "</u>")]
    assert render_spans("0123456789", inner_first) == "<p>012<u><i>34</i>567</u>89</p>"


def test_every_piece_of_text_is_escaped() -> None:
    hostile = " ".join(HOSTILE)
    text = f"Intro {hostile} end. The envoy said: “{hostile}”."
    report = make_report(text, scorer=hostile)
    start = text.index("“") + 1
    report.quotes = [Quote(hostile, HOSTILE[1], start, start + len(hostile), 1, hostile, hostile)]
    analyze_tone(Document(text=text, sentences=report.sentences), report)
    report.title = report.date = report.source = hostile
    report.warnings = [hostile]
    html = format_html(report)
    page = Page(html)
    assert page.errors == []
    assert {t for t, _ in page.tags} & {"script", "img"} == set()
    for tag, attributes in page.tags:
        assert not any(name.startswith("on") for name in attributes), (tag, attributes)
    joined = "".join(page.texts)
    assert joined.count(HOSTILE[0]) >= 7 and joined.count(HOSTILE[1]) >= 7
    assert hostile in page.paragraphs[0]
    assert any(hostile in a.get("title", "") for _, a in page.tags)  # attributes round-trip


def test_no_reference_leaves_the_page() -> None:
    html = format_html(seed_report())
    page = Page(html)
    csp = [a for tag, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]
    for tag, attributes in page.tags:
        assert "src" not in attributes and "srcset" not in attributes, tag
        assert attributes.get("href", "#").startswith("#"), attributes
    assert re.findall(r"url\((?!\s*['\"]?data:)", html) == [] and "@import" not in html


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(alphabet="ab <>&\"'\n\t.é", max_size=60),
    spans=st.lists(st.tuples(st.integers(-5, 65), st.integers(-5, 65)), max_size=6),
    summary=st.lists(st.integers(-2, 12), max_size=3),
    tones=st.lists(st.one_of(st.none(), st.floats(-1, 1)), min_size=6, max_size=6),
)
def test_any_overlap_of_spans_gives_a_well_formed_page(
    text: str, spans: list[tuple[int, int]], summary: list[int], tones: list[float | None]
) -> None:
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_spans(text))]
    report = Report(source=None, title=None, date=None, text=text, sentences=sentences)
    report.summary = [SummarySentence(i, "x", 0.0) for i in summary]
    report.quotes = [
        Quote(text[s:e], kind, s, e, 0, "S", tone=tone)
        for (s, e), kind, tone in zip(
            spans, ["direct", "partial", "indirect"] * 2, tones, strict=False
        )
    ]
    page = Page(format_html(report))
    assert page.errors == []
    separator = r"\n[ \t\r\f\v]*\n" if re.search(r"\n[ \t\r\f\v]*\n", text) else r"\n"
    expected = [p.strip() for p in re.split(separator, text) if p.strip()]
    assert page.paragraphs == (expected or ["(no article text)"])
    assert len(page.badges) == len(set(page.badges)) <= len(report.quotes)


def test_tone_bins_follow_the_label_thresholds_and_colours_diverge() -> None:
    assert [tone_bin(s).css_class for s in (-1, -0.5, -0.3, -0.05, 0, 0.049, 0.05, 0.5, 1)] == [
        "t-n2", "t-n2", "t-n1", "t-n1", "t-0", "t-0", "t-p1", "t-p2", "t-p2",
    ]  # fmt: skip
    assert tone_bin(None).css_class == tone_bin(float("nan")).css_class == "t-na"
    red = [int(b.stroke[1:3], 16) - int(b.stroke[3:5], 16) for b in TONE_BINS]
    assert red[0] > 0 and red[1] > 0 and red[3] < 0 and red[4] < 0  # red → green


def test_chart_places_dots_and_means_on_the_minus_one_to_one_axis() -> None:
    assert (x_percent(-1), x_percent(0), x_percent(1), x_percent(7)) == (2.0, 50.0, 98.0, 98.0)
    report = handmade()
    page = Page(format_html(report))
    circles = [float(a["cx"].rstrip("%")) for tag, a in page.tags if tag == "circle"]
    counted = [q.tone for q in report.quotes if q.kind != "indirect"]
    assert sorted(circles) == sorted(x_percent(t) for t in counted)
    means = {float(a["x1"].rstrip("%")) for tag, a in page.tags if a.get("stroke-width") == "3"}
    assert means == {x_percent(t.compound) for t in report.tone.values()}


def test_empty_report_still_renders() -> None:
    page = Page(format_html(Report(source=None, title=None, date=None, text="")))
    assert page.errors == []
    text = "".join(page.texts)
    assert (
        "No quotes found" in text
        and "no article text" in text
        and "svg" not in {t for t, _ in page.tags}
    )


def seed_report() -> Report:
    return summarize(SEED.read_text(encoding="utf-8"))
