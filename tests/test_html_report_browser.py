"""The ``html`` formatter end to end: the real pipeline, the CLI, and real
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
from pathlib import Path

import pytest
from test_html_report import Page, seed_report

from conftest import SEED, run_cli
from toolkit.models import Quote
from toolkit.plugins.formats.report import format_html
from toolkit.plugins.formats.report.style import TONE_BINS

# --- end to end: the real pipeline, the CLI, a real browser ---------------------------


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
    assert_fits_a_phone_without_the_policy(hostile_seed_html(base), requests, tmp_path, 6000, 8)


def assert_fits_a_phone_without_the_policy(
    page: str, requests: list[str], folder: Path, height: int, margin: int
) -> None:
    """``page`` with its Content-Security-Policy removed (so escaping alone must keep
    it offline) renders 390 pixels wide, requests nothing, and leaves its right
    ``margin`` pixels blank: nothing runs off a phone's screen."""
    without_csp = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    assert without_csp != page
    html, png = folder / "phone.html", folder / "phone.png"
    html.write_text(without_csp, encoding="utf-8")
    screenshot(html, png, 390, height)
    assert requests == []
    width, _, rows = read_png(png)
    assert width == 390
    assert_not_blank(rows)
    background = rows[0][width - 1]
    right_margin = {pixel for row in rows for pixel in row[width - margin :]}
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
