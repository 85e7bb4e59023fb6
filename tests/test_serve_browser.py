"""The page of ``toolkit serve`` in a real headless Chromium with JavaScript
turned off: a person pastes an article (or gives a URL), picks the number of
sentences, clicks, and reads the report in the page. Every request the
browser makes is listed: only the service's own address may appear."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from devtools import Browser
from test_html_report_browser import assert_not_blank, read_png

from conftest import FIXTURES, REPO, SEED
from toolkit.plugins.formats.report.style import TONE_BINS
from toolkit.service.launch import Server
from toolkit.web import USER_AGENT


class Site(http.server.SimpleHTTPRequestHandler):
    """A news site on loopback that remembers who asked for what."""

    seen: list[tuple[str, str]] = []

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, directory=str(FIXTURES / "web"), **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        Site.seen.append((self.path, self.headers.get("User-Agent", "")))
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    cache = {"TOOLKIT_CACHE_DIR": str(tmp_path_factory.getbasetemp() / "cache")}
    with Server("--workers", "2", env=cache, cwd=REPO) as running:
        yield running


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    running = Browser(tmp_path / "profile", 1200, 2000)
    yield running
    running.close()


def submit(browser: Browser, url: str, *, text: str = "", link: str = "", sentences: int) -> None:
    browser.open(url)
    browser.page("Emulation.setScriptExecutionDisabled", value=True)
    if text:
        browser.type_into("textarea[name=text]", text)
    if link:
        browser.type_into("input[name=url]", link)
    browser.page(
        "DOM.setAttributeValue",
        nodeId=browser.node("input[name=sentences]"),
        name="value",
        value=str(sentences),
    )
    browser.click("button[type=submit]")
    browser.wait_for("Page.loadEventFired")


def report_html(browser: Browser, selector: str) -> list[str]:
    """HTML of the elements matching ``selector`` inside the report's frame."""
    frame = browser.node("iframe")
    described = browser.page("DOM.describeNode", nodeId=frame, depth=1, pierce=True)
    root = browser.page("DOM.getDocument", depth=-1, pierce=True)["root"]
    inner = _find_frame_document(root, described["node"]["backendNodeId"])
    found = browser.page("DOM.querySelectorAll", nodeId=inner, selector=selector)["nodeIds"]
    return [browser.page("DOM.getOuterHTML", nodeId=node)["outerHTML"] for node in found]


def _find_frame_document(node: dict, backend_id: int) -> int:
    if node.get("backendNodeId") == backend_id and "contentDocument" in node:
        return node["contentDocument"]["nodeId"]
    for child in node.get("children", []):
        found = _find_frame_document(child, backend_id)
        if found:
            return found
    return 0


def only_the_service(requests: list[str], service: str) -> None:
    assert requests, "the browser made no request at all"
    strangers = [url for url in requests if not url.startswith(service + "/")]
    assert strangers == [], strangers


def test_pasted_article_gives_the_report_in_the_page(
    browser: Browser, server: Server, site: str, tmp_path: Path
) -> None:
    attack = (
        f'\n\n<img src="{site}/img.png"> <script>fetch("{site}/script")</script> '
        f'"><img src=x onerror="fetch(\'{site}/onerror\')"> <link rel=stylesheet href="{site}/css">'
    )
    Site.seen.clear()
    submit(browser, server.url + "/", text=SEED.read_text(encoding="utf-8") + attack, sentences=2)
    only_the_service(browser.requests, server.url)
    assert browser.requests == [server.url + "/", server.url + "/"]  # the page, the form post
    assert Site.seen == []
    summary = report_html(browser, ".summary li")
    assert len(summary) == 2 and "al-Sharaa" in summary[0]
    assert any("Putin" in row for row in report_html(browser, "tbody tr"))
    png = tmp_path / "page.png"
    browser.screenshot(png)
    _, _, rows = read_png(png)
    colours = assert_not_blank(rows)
    for tone in TONE_BINS:  # the report's legend is drawn, in every tone colour
        rgb = tuple(int(tone.stroke[i : i + 2], 16) for i in (1, 3, 5))
        assert colours[rgb] > 20, tone.label


def test_a_url_is_fetched_by_the_service_and_nothing_else_leaves(
    browser: Browser, server: Server, site: str
) -> None:
    Site.seen.clear()
    link = f"{site}/harbour-tram.html"
    submit(browser, server.url + "/", link=link, sentences=1)
    only_the_service(browser.requests, server.url)
    assert Site.seen == [("/harbour-tram.html", USER_AGENT)]  # once, by the service
    assert len(report_html(browser, ".summary li")) == 1
    assert report_html(browser, "h1")


def test_a_bad_form_shows_the_problem_and_the_page_still_works(
    browser: Browser, server: Server
) -> None:
    submit(browser, server.url + "/", link="file:///etc/passwd", sentences=2)
    alert = browser.page("DOM.getOuterHTML", nodeId=browser.node(".error"))["outerHTML"]
    assert "only http and https" in alert and "root:" not in alert
    only_the_service(browser.requests, server.url)
    submit(browser, server.url + "/", text=SEED.read_text(encoding="utf-8"), sentences=3)
    assert len(report_html(browser, ".summary li")) == 3
