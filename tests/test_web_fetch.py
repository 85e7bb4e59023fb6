"""Fetching URLs against a local HTTP server on 127.0.0.1: extraction of the fetched
page, redirects, size limit, timeout, errors, charsets (nothing leaves the machine)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import FIXTURES
from toolkit import web
from toolkit.errors import InputError

PAGES = FIXTURES / "web"


# --- fetching from a local server -------------------------------------------------------

BIG_TOTAL = 50_000_000


class _Handler(BaseHTTPRequestHandler):
    stall = threading.Event()
    big_done = threading.Event()
    big_completed = False

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = self.path
        if path == "/page":
            self._send(200, (PAGES / "harbour-tram.html").read_bytes())
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            self._redirect("/page" if left == 0 else f"/hop/{left - 1}")
        elif path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif path == "/plain":
            self._send(200, "Café au lait.".encode("latin-1"), "text/plain; charset=latin-1")
        elif path == "/ua":
            self._send(200, self.headers.get("User-Agent", "").encode(), "text/plain")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n", "image/png")
        elif path == "/declared-huge":
            self.send_response(200)
            self.send_header("Content-Length", str(10**10))
            self.end_headers()
        elif path == "/big":
            self._stream_big()
        elif path == "/stall":
            self.send_response(200)
            self.end_headers()
            self.wfile.flush()
            self.stall.wait(5)
        else:
            self._send(404, b"not here")

    def _stream_big(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()  # no Content-Length: only reading shows the size
        chunk = b"x" * 65536
        try:
            for _ in range(BIG_TOTAL // len(chunk)):
                self.wfile.write(chunk)
            type(self).big_completed = True
        except OSError:
            pass
        finally:
            self.big_done.set()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.stall.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)


def _fetch_error(url: str, **limits: float) -> str:
    with pytest.raises(InputError) as caught:
        web.fetch(url, **limits)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith(url) and "\n" not in message
    return message


def test_fetch_a_page_and_extract_it(server: str) -> None:
    body, charset = web.fetch(f"{server}/page", timeout=2)
    assert charset == "utf-8" and body == (PAGES / "harbour-tram.html").read_bytes()
    text, metadata = web.read_source(f"{server}/page", 1_000_000)
    assert "The city council voted 31 to 18" in text and "We use cookies" not in text
    assert metadata["title"].startswith("Council approves")


def test_user_agent_names_the_toolkit(server: str) -> None:
    body, _ = web.fetch(f"{server}/ua", timeout=2)
    assert body.decode().startswith("toolkit-news/")


def test_redirects_are_followed_up_to_the_limit(server: str) -> None:
    assert web.fetch(f"{server}/hop/2", timeout=2, max_redirects=3)[0].startswith(b"<!DOCTYPE")
    assert "more than 3 redirects" in _fetch_error(f"{server}/hop/3", timeout=2, max_redirects=3)


def test_redirect_to_another_scheme_is_refused(server: str) -> None:
    assert "file: URL, which is refused" in _fetch_error(f"{server}/to-file", timeout=2)


def test_body_over_the_limit_is_refused_without_reading_it_all(server: str) -> None:
    assert "100,000-byte limit" in _fetch_error(f"{server}/big", timeout=2, max_bytes=100_000)
    assert _Handler.big_done.wait(5)
    assert not _Handler.big_completed  # the client hung up long before 50 MB


def test_declared_length_over_the_limit_is_refused_at_once(server: str) -> None:
    assert "-byte limit" in _fetch_error(f"{server}/declared-huge", timeout=2, max_bytes=1000)


def test_a_stalling_server_times_out(server: str) -> None:
    assert "timed out after 0.5 s" in _fetch_error(f"{server}/stall", timeout=0.5)


def test_http_errors_and_refused_connections(server: str) -> None:
    assert _fetch_error(f"{server}/missing", timeout=2).endswith("HTTP 404 Not Found")
    assert "not a web page" in _fetch_error(f"{server}/image", timeout=2)
    closed = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = closed.server_address[1]
    closed.server_close()
    assert "cannot be fetched" in _fetch_error(f"http://127.0.0.1:{port}/", timeout=2)


def test_declared_charset_of_a_text_url(server: str) -> None:
    body, charset = web.fetch(f"{server}/plain", timeout=2)
    assert charset == "latin-1"
    assert web.read_source(f"{server}/plain", 1_000) == ("Café au lait.", {})
