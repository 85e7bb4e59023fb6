"""Input from the web: HTML files and URLs.

* :func:`extract` gives the main text of an HTML page (navigation, footers,
  comments, share buttons and related links left out) and its title and
  date, from the HTML extractor plugins (``toolkit_register_html_extractors``):
  the built-in ``trafilatura`` when that package is installed (the ``web``
  extra), else the built-in ``fallback`` (standard library only), or any
  extractor a third-party plugin registers.
* :func:`fetch` (in :mod:`toolkit.fetch`, imported only when a URL is given)
  downloads one URL, only ever because the user passed it:
  http and https only, a timeout, a size limit enforced while reading, and
  redirects counted and checked. Every failure is an
  :class:`~toolkit.errors.InputError` whose one-line message starts with the URL.
* :func:`read_source` is the reader for paths, ``-`` and URLs alike.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from toolkit import __version__
from toolkit.errors import InputError, PluginError
from toolkit.inputs import DEFAULT_MAX_BYTES, STDIN, decode, read_bytes

if TYPE_CHECKING:
    from toolkit.registry import Component, Registry

USER_AGENT = f"toolkit-news/{__version__} (offline news toolkit; fetches only URLs given to it)"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
AUTO = "auto"

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
# Schemes refused even without "//" (``javascript:alert(1)``, ``file:notes.txt``).
_REFUSED_SCHEMES = frozenset(
    {"file", "ftp", "ftps", "sftp", "javascript", "vbscript", "data", "mailto", "gopher", "ws"}
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I
)


# --- URLs --------------------------------------------------------------------------


def is_url(source: str) -> bool:
    """True for an http(s) URL; False for a path; InputError for other URL schemes."""
    match = _SCHEME.match(source)
    if match is None or len(match.group(1)) == 1:  # no scheme, or a drive letter (C:\...)
        return False
    scheme = match.group(1).lower()
    if scheme in ("http", "https"):
        if not urlsplit(source).hostname:
            raise InputError(f"{source}: URL has no host name")
        return True
    if scheme in _REFUSED_SCHEMES or source[match.end() :].startswith("//"):
        raise InputError(f"{source}: only http and https URLs can be fetched, not {scheme}:")
    return False


def fetch(
    url: str, *, timeout: float = 10.0, max_bytes: int = DEFAULT_MAX_BYTES, max_redirects: int = 5
) -> tuple[bytes, str | None]:
    """(body, charset declared by the server or None) of an http(s) URL."""
    from toolkit.fetch import fetch_url

    response = fetch_url(url, timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects)
    return response.body, response.charset


# --- HTML --------------------------------------------------------------------------


def looks_like_html(text: str, source: str) -> bool:
    """By the name's suffix (.html, .htm, .xhtml) or by the start of the text."""
    name = urlsplit(source).path if is_url_like(source) else source
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    return head.startswith("<") and ("<!doctype html" in head or "<html" in head)


def is_url_like(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def extract(
    html: str, *, engine: str = AUTO, registry: Registry | None = None
) -> tuple[str, dict[str, str]]:
    """(main text, {"title", "date"} where found) of an HTML page.

    Paragraphs are separated by blank lines. The HTML extractors run from the
    highest priority down (``engine`` names the one to start at; ``"auto"``
    starts at the top) until one finds text and both metadata keys are known.
    An extractor that raises is skipped; if none finds text, its error is raised
    as a :class:`~toolkit.errors.PluginError`.
    """
    chain = extractor_chain(engine, registry)
    text, metadata, failure = "", {}, None
    for component in chain:
        try:
            found = component.function(html)
        except Exception as exc:  # a broken extractor must not hide the others' text
            failure = failure or PluginError(component, exc)
            continue
        if not found:
            continue
        found_text, found_metadata = found
        text = text or (found_text if found_text and found_text.strip() else "")
        for key, value in (found_metadata or {}).items():
            if value and key not in metadata:
                metadata[key] = value
        if text and {"title", "date"} <= metadata.keys():
            break
    if not text and failure is not None:
        raise failure
    return text, metadata


def extractor_chain(engine: str = AUTO, registry: Registry | None = None) -> list[Component]:
    """The HTML extractors ``extract`` tries, in order (``engine`` first)."""
    from toolkit.registry import get_registry

    registry = registry if registry is not None else get_registry()
    ordered = registry.by_priority("html_extractor")
    if engine == AUTO:
        return ordered
    start = registry.get("html_extractor", engine)
    return ordered[ordered.index(start) :]


def declared_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` (or http-equiv) charset in the first 4 kB, if valid."""
    match = _META_CHARSET.search(data[:4096])
    return _valid_charset(match.group(1).decode("ascii")) if match else None


def _valid_charset(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_page(data: bytes, name: str, charset: str | None = None) -> str:
    """Bytes of a page to text: a BOM, else the declared charset, else strict UTF-8."""
    encoding = _valid_charset(charset) or declared_charset(data)
    has_bom = data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if encoding is None or encoding == "utf-8" or has_bom or not data:
        return decode(data, name)
    text = data.decode(encoding, errors="replace")
    if not text.strip():
        raise InputError(f"{name}: has no text, only white space")
    return text


# --- reading -----------------------------------------------------------------------


def read_source(
    source: str, max_bytes: int, *, engine: str = AUTO, registry: Registry | None = None
) -> tuple[str, dict[str, str]]:
    """Text and metadata of a path, ``-`` (stdin) or http(s) URL.

    HTML (by suffix or content) is reduced to its main text with title and
    date (``engine`` and ``registry`` as for :func:`extract`); plain text
    passes through with no metadata.
    """
    text, metadata, _ = read_document(source, max_bytes, engine=engine, registry=registry)
    return text, metadata


def read_document(
    source: str, max_bytes: int, *, engine: str = AUTO, registry: Registry | None = None
) -> tuple[str, dict[str, str], bool]:
    """As :func:`read_source`, and whether the text was extracted from HTML."""
    if is_url(source):
        from toolkit.fetch import fetch_url

        response = fetch_url(source, timeout=10.0, max_bytes=max_bytes, max_redirects=5)
        text = decode_page(response.body, source, response.charset)
        is_html = response.content_type in ("text/html", "application/xhtml+xml")
        name = source
    else:
        name = "<stdin>" if source == STDIN else source
        data = read_bytes(source, max_bytes)
        is_html = Path(source).suffix.lower() in HTML_SUFFIXES or _sniff_html(data)
        text = decode_page(data, name) if is_html else decode(data, name)
    if not (is_html or looks_like_html(text, source)):
        return text, {}, False
    main_text, metadata = extract(text, engine=engine, registry=registry)
    if not main_text.strip():
        raise InputError(f"{name}: no article text found in the HTML page")
    return main_text, metadata, True


def _sniff_html(data: bytes) -> bool:
    head = data[:2048].decode("ascii", errors="ignore")
    return looks_like_html(head, "")
