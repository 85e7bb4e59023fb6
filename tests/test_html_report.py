"""Tests for the ``html`` formatter (toolkit.plugins.html_report), including real
headless-browser runs of Debian's ``chromium``: screenshots must not be blank and
no request may leave the page."""

from __future__ import annotations

import http.server
import re
import shutil
import struct
import subprocess
import threading
import zlib
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED, run_cli
from toolkit import summarize
from toolkit.models import Document, Quote, Report, Sentence, SummarySentence
from toolkit.plugins import html_report
from toolkit.plugins._html_article import Span, render_spans
from toolkit.plugins._html_chart import x_percent
from toolkit.plugins._html_style import TONE_BINS, tone_bin
from toolkit.plugins.html_report import format_html
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


# --- end to end: the real pipeline, the CLI, a real browser ---------------------------


def seed_report() -> Report:
    return summarize(SEED.read_text(encoding="utf-8"))


def test_cli_writes_the_seed_page(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run_cli("summarize", str(SEED), "--format", "html", "--output", str(out))
    assert result.returncode == 0, result.stderr
    page = Page(out.read_text(encoding="utf-8"))
    assert page.errors == [] and "Putin" in "".join(page.texts)
    assert len(page.paragraphs) >= 3


def chromium() -> str:
    path = shutil.which("chromium")
    if not path:
        pytest.fail(
            "chromium not found: the browser tests need Debian's chromium package "
            "(sudo apt-get update && sudo apt-get install -y chromium)"
        )
    return path


def screenshot(html: Path, png: Path, width: int, height: int) -> None:
    command = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", f"--user-data-dir={html.parent / 'profile'}",
        f"--window-size={width},{height}", f"--screenshot={png}", html.as_uri(),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0 and png.exists(), result.stderr[-2000:]


def read_png(path: Path) -> tuple[int, int, list[list[tuple[int, ...]]]]:
    """Decode an 8-bit non-interlaced RGB(A) PNG with the standard library."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat, header = 8, [], (0, 0, 0, 0, 0, 0, 0)
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind, body = data[position + 4 : position + 8], data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
    width, height, depth, colour_type, _, _, interlace = header
    assert depth == 8 and interlace == 0 and colour_type in (2, 6), header
    channels = 3 if colour_type == 2 else 4
    stride, raw = width * channels, zlib.decompress(b"".join(idat))
    previous, rows = bytearray(stride), []
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        if kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous, strict=True))
        elif kind:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                up, corner = previous[i], previous[i - channels] if i >= channels else 0
                if kind == 1:
                    line[i] = (line[i] + left) & 255
                elif kind == 3:
                    line[i] = (line[i] + (left + up) // 2) & 255
                else:
                    p = left + up - corner
                    pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                    guess = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                    line[i] = (line[i] + guess) & 255
        rows.append([tuple(line[x : x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


def assert_not_blank(rows: list[list[tuple[int, ...]]]) -> Counter[tuple[int, ...]]:
    colours = Counter(pixel for row in rows for pixel in row)
    background, count = colours.most_common(1)[0]
    assert 1 - count / sum(colours.values()) > 0.05, "less than 5% of the page is drawn"
    assert len(colours) > 50, f"only {len(colours)} colours"
    return colours


class Recorder(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        Recorder.requests.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def recorder() -> Iterator[tuple[str, list[str]]]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", Recorder.requests
    server.shutdown()
    server.server_close()


def hostile_seed_html(base: str) -> str:
    """The seed article's real report, plus a paragraph and a quote trying to load URLs."""
    report = seed_report()
    attack = (
        f'<img src="{base}/img"> <script>fetch("{base}/script")</script> '
        f'"><img src=x onerror="fetch(\'{base}/onerror\')"> <link rel=stylesheet href="{base}/css">'
        f" {'x' * 120}"
    )
    start = len(report.text) + 2
    report.text += "\n\n" + attack
    report.quotes.append(Quote(attack, "direct", start, len(report.text), 0, attack, tone=-0.9))
    report.title = f"{report.title} {attack}"
    return format_html(report)


def test_browser_renders_the_page_without_any_request(
    tmp_path: Path, recorder: tuple[str, list[str]]
) -> None:
    base, requests = recorder
    html, png = tmp_path / "report.html", tmp_path / "desktop.png"
    html.write_text(hostile_seed_html(base), encoding="utf-8")
    screenshot(html, png, 1200, 2000)
    assert requests == []
    width, height, rows = read_png(png)
    assert (width, height) == (1200, 2000)
    colours = assert_not_blank(rows)
    for tone in TONE_BINS:  # the legend's swatches are drawn in each tone colour
        rgb = tuple(int(tone.stroke[i : i + 2], 16) for i in (1, 3, 5))
        assert colours[rgb] > 20, tone.label


def test_phone_width_fits_and_escaping_alone_blocks_requests(
    tmp_path: Path, recorder: tuple[str, list[str]]
) -> None:
    base, requests = recorder
    page = hostile_seed_html(base)
    without_csp = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    assert without_csp != page
    html, png = tmp_path / "phone.html", tmp_path / "phone.png"
    html.write_text(without_csp, encoding="utf-8")
    screenshot(html, png, 390, 6000)
    assert requests == []
    width, _, rows = read_png(png)
    assert width == 390
    assert_not_blank(rows)
    background = rows[0][width - 1]
    right_margin = {pixel for row in rows for pixel in row[width - 8 :]}
    assert right_margin == {background}, "content runs into the right margin: not phone-width"


def test_the_request_recorder_sees_an_unescaped_image(
    tmp_path: Path, recorder: tuple[str, list[str]]
) -> None:
    base, requests = recorder
    html = tmp_path / "control.html"
    html.write_text(f'<!DOCTYPE html><p>control</p><img src="{base}/control">', encoding="utf-8")
    screenshot(html, tmp_path / "control.png", 400, 300)
    assert "/control" in requests
    requests.remove("/control")
