"""Built-in HTML extractor ``fallback``: the article text and metadata with the
standard library only (priority 0, so it runs when nothing better does).

The work is in ``page_text`` (blocks, containers, boilerplate rules),
``page_meta`` (title and date) and ``scan`` (a linear-time tokenizer);
docs/web-and-config.md measures it against trafilatura.
"""

from __future__ import annotations

from toolkit import hookimpl
from toolkit.hookspecs import RegisterHtmlExtractor


def extract_page(html: str) -> tuple[str, dict[str, str]]:
    """(main text, {"title", "date"} where found) of ``html``; never raises."""
    from .page_text import extract_fallback

    return extract_fallback(html)


@hookimpl
def toolkit_register_html_extractors(register: RegisterHtmlExtractor) -> None:
    register("fallback", extract_page, priority=0)
