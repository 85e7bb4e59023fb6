"""Reading documents: paths, folders and stdin, with one-line errors.

Every problem is an :class:`~toolkit.errors.InputError` whose message starts
with the file's name, so the CLI can print it as is.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from toolkit.errors import InputError

STDIN = "-"
# what a folder contributes by default (a README.md beside the articles is not one);
# --glob picks other files
TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml")
DEFAULT_MAX_BYTES = 5_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# control characters other than \t \n \v \f \r: many of them mean binary data
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def read_bytes(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a folder, not a file")
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise InputError(_too_big(source, max_bytes))
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{source}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise InputError(_too_big(source, max_bytes))
    return data


def _too_big(source: str, max_bytes: int) -> str:
    return f"{source}: larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)"


def decode(data: bytes, source: str) -> str:
    """Bytes to text: a BOM decides the encoding, else UTF-16 detected by its NUL
    bytes, else strict UTF-8."""
    if not data:
        raise InputError(f"{source}: file is empty")
    text = _decode_with_bom(data, source)
    if text is None and b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(f"{source}: looks like a binary file (it contains NUL bytes)")
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                f"{exc.start}); convert it to UTF-8"
            ) from exc
    if not text.strip():
        raise InputError(f"{source}: has no text, only white space")
    if _looks_binary(text):
        raise InputError(f"{source}: looks like a binary file (mostly control characters)")
    if not any(ch.isprintable() and not ch.isspace() for ch in text):
        raise InputError(f"{source}: has no text, only invisible characters")
    return text


def _decode_with_bom(data: bytes, source: str) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{source}: not valid {encoding.upper()} despite its BOM") from exc
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: characters below U+0100 leave a NUL in every
    other byte (the high byte). Decoded only when that pattern is clear."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high >= half * 0.5 and low <= half * 0.01:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = len(_BINARY_CONTROL.findall(sample))
    return controls > len(sample) * 0.1


def read_text(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The decoded text of a file path or ``-`` (stdin)."""
    return decode(read_bytes(source, max_bytes), "<stdin>" if source == STDIN else source)
