"""``toolkit speakers --format html`` in a real headless Chromium, as the report
page is tested: not blank at desktop and phone width, no request leaves the
page (even with the Content-Security-Policy removed), injected markup stays text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from test_html_report_browser import (
    assert_fits_a_phone_without_the_policy,
    assert_not_blank,
    read_png,
    recorder,
    screenshot,
)
from test_speakers_command import ARTICLES, write_jsonl

from conftest import run_cli

__all__ = ["recorder"]  # the fixture, used by name below


def hostile_page(tmp_path: Path, base: str) -> str:
    """The page of the invented articles plus one whose speaker and quote try to load URLs."""
    attack = (  # no quotation marks, so the quote finder keeps it whole
        f"<img src={base}/img> <script>fetch(`{base}/script`)</script> "
        f"<img src=x onerror=fetch(`{base}/onerror`)> <link rel=stylesheet href={base}/css>"
    )
    text = f'"{attack} {"x" * 120}," said Lena Dorsey, a trader. "I mean it {attack}," she added.'
    data = write_jsonl(tmp_path / "in.jsonl", [*ARTICLES, ("a9", "2024-05-01", text)])
    out = tmp_path / "speakers.html"
    result = run_cli(
        "speakers", str(data), "--id-field", "key", "--date-field", "published",
        "-f", "html", "-o", str(out), "-q",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8")


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_injected_markup_is_text(tmp_path: Path) -> None:
    page = hostile_page(tmp_path, "http://example.invalid")
    parsed = Tags()
    parsed.feed(page)
    assert not {"script", "img", "link", "iframe"} & set(parsed.tags)
    text = "".join(parsed.text)
    assert "<script>fetch(`http://example.invalid/script`)</script>" in text
    assert parsed.tags.count("svg") >= 2  # tone over time for Okafor and Dorsey
    assert "Maria Okafor" in text and "<img src=x onerror=" in text


def test_desktop_renders_without_any_request(
    tmp_path: Path, recorder: tuple[str, list[str]]
) -> None:
    base, requests = recorder
    html, png = tmp_path / "page.html", tmp_path / "desktop.png"
    html.write_text(hostile_page(tmp_path, base), encoding="utf-8")
    screenshot(html, png, 1200, 1600)
    assert requests == []
    width, height, rows = read_png(png)
    assert (width, height) == (1200, 1600)
    colours = assert_not_blank(rows)
    green = (0x2E, 0x7D, 0x32)  # positive dots of the tone chart
    assert sum(count for colour, count in colours.items() if _near(colour, green)) > 20


def test_phone_width_fits_without_the_security_policy(
    tmp_path: Path, recorder: tuple[str, list[str]]
) -> None:
    base, requests = recorder
    page = hostile_page(tmp_path, base)
    assert_fits_a_phone_without_the_policy(page, requests, tmp_path, 3000, 6)


def _near(colour: tuple[int, ...], target: tuple[int, int, int]) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(colour, target, strict=False))
