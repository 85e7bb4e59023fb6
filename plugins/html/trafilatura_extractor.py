"""Built-in HTML extractor ``trafilatura`` (priority 10): the article text by
trafilatura (``pip install 'toolkit-news[web]'``), when it is installed.

It returns only the text; the title and date come from the next extractor
(``fallback`` reads them from the page's own tags). Without the package, or when
trafilatura fails or finds nothing on a page, it returns None and the next
extractor's text is used.
"""

from __future__ import annotations

from toolkit import hookimpl
from toolkit.hookspecs import RegisterHtmlExtractor


def available() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def extract_page(html: str) -> tuple[str, dict[str, str]] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        text = trafilatura.extract(html, include_comments=False, output_format="txt")
    except Exception:  # a third-party failure on a strange page: the next extractor runs
        return None
    if not text:
        return None
    paragraphs = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(p for p in paragraphs if p), {}


@hookimpl
def toolkit_register_html_extractors(register: RegisterHtmlExtractor) -> None:
    register("trafilatura", extract_page, priority=10)
