"""Downloading one URL the user gave: http and https only, a timeout, a size
limit enforced while reading, redirects counted and checked. Every failure is
an :class:`~toolkit.errors.InputError` whose one-line message starts with the URL.

Its own module so that reading a file never imports the HTTP client (about
50 ms of a cold start); :mod:`toolkit.web` imports it when a URL is given.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPException
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from toolkit.errors import InputError
from toolkit.web import USER_AGENT, is_url

_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_NOT_TEXT_TYPES = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
_CHUNK = 64 * 1024


@dataclass
class Response:
    body: bytes
    charset: str | None
    content_type: str
    url: str


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand redirects back to :func:`fetch_url`, which counts and checks them."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> None:
        return None


def fetch_url(url: str, *, timeout: float, max_bytes: int, max_redirects: int) -> Response:
    if not is_url(url):
        raise InputError(f"{url}: not an http or https URL")
    opener = urllib.request.build_opener(_NoRedirects)
    deadline = time.monotonic() + timeout
    current = url
    for _ in range(max_redirects + 1):
        request = urllib.request.Request(current, headers={"User-Agent": USER_AGENT})
        try:
            with opener.open(request, timeout=timeout) as response:
                return _read_response(url, response, max_bytes, deadline, timeout)
        except urllib.error.HTTPError as exc:
            location = exc.headers.get("Location") if exc.code in _REDIRECT_CODES else None
            exc.close()
            if not location:
                raise InputError(f"{url}: HTTP {exc.code} {exc.reason}".rstrip()) from None
            current = _redirect_target(url, current, location)
        except InputError:
            raise
        except (urllib.error.URLError, HTTPException, OSError, ValueError) as exc:
            raise InputError(_failure(url, exc, timeout)) from None
    raise InputError(f"{url}: more than {max_redirects} redirects")


def _redirect_target(url: str, current: str, location: str) -> str:
    target = urljoin(current, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"{url}: redirected to a {scheme or 'relative'}: URL, which is refused")
    return target


def _failure(url: str, exc: BaseException, timeout: float) -> str:
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return f"{url}: timed out after {timeout:g} s"
    text = str(reason).strip().splitlines()
    detail = text[0] if text else type(reason).__name__
    return f"{url}: cannot be fetched ({detail})"


def _read_response(
    url: str, response: Any, max_bytes: int, deadline: float, timeout: float
) -> Response:
    headers = response.headers
    content_type = headers.get_content_type()
    if content_type.startswith(_NOT_TEXT_TYPES):
        raise InputError(f"{url}: is {content_type}, not a web page or text")
    declared = headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(_too_big(url, max_bytes))
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(f"{url}: timed out after {timeout:g} s")
        chunk = response.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:  # stop here: the rest is never read
            raise InputError(_too_big(url, max_bytes))
    return Response(b"".join(chunks), headers.get_content_charset(), content_type, response.url)


def _too_big(url: str, max_bytes: int) -> str:
    return f"{url}: larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)"
