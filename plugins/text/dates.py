"""Dates in ISO 8601, the one date parser every family uses.

``parse_date_line`` reads a line that is only a date stamp, as scraped pages
print them ("15 OCT 2025 12:20", "Updated October 15, 2025");
``find_date`` finds a full date inside a longer line ("Page last updated at
18:25 GMT, Monday, 3 November 2008"); ``dateline`` reads a dateline opening a
story ("Moscow, Sep 15 (IANS/EFE)"); ``normalize_date`` reads a date a page
declares in its markup (ISO 8601 as ``<meta>`` tags and JSON-LD give it).
All give ``2025-10-15`` or ``2025-10-15T12:20`` (seconds when the stamp has
them); time zones are read over but not kept.
"""

from __future__ import annotations

import re
from datetime import datetime

from .patterns import LazyPattern

# The longest line read as a date stamp (longer lines are text that mentions a date).
MAX_DATE_LINE = 90

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_PREFIX = (
    r"(?:(?:published|updated|posted|last\s+updated|first\s+published|date|filed)"
    r"(?:\s+on)?\s*[:\-–—]?\s*)?"
)
_ZONE = (
    r"(?:\s*\(?(?:gmt|utc|bst|cet|cest|eet|eest|msk|et|est|edt|ct|cst|cdt|pt|pst|pdt|ist|jst"
    r"|aest|z)?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\)?)?"
)
_TIME = (
    r"(?:(?:\s*[,|·•\-–]\s*|\s+at\s+|\s+)(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?" + _ZONE + r")?"
)
# ASCII: Unicode case folding would let "ſep" match "sep" and Unicode digits
# match \d; stamps are written in ASCII.
_FLAGS = re.IGNORECASE | re.ASCII
_DATE_PATTERNS = [
    LazyPattern(_PREFIX + _WEEKDAY + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + _TIME, _FLAGS),
    LazyPattern(_PREFIX + _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME, _FLAGS),
    LazyPattern(
        _PREFIX + r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"
        r"(?:[T\s](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?"
        r"(?:z|[+-]\d{2}:?\d{2})?)?",
        _FLAGS,
    ),
]


# How every date stamp starts: the patterns' prefix and weekday, then a digit or
# a month. Unicode white space, digits and case (more than the patterns take)
# so that a line not yet squashed is not turned away: a cheap first test.
_STAMP_START = LazyPattern(r"\s*" + _PREFIX + _WEEKDAY + r"(?:\d|" + _MONTH + ")", re.IGNORECASE)
_DATE_SEARCHES = [LazyPattern(r"(?<![\w-])" + p._source, _FLAGS) for p in _DATE_PATTERNS]
# A dateline opening a story: "Moscow, Sep 15 (IANS/EFE)", "CHICAGO, Oct. 9 (Xinhua) --",
# "MUNICH (Reuters) -", "RICHMOND, Va. (AP) -", "NEW YORK —". A place (capitalised
# words), then a date, an agency in brackets or (for a place in capitals) a dash.
_PLACE = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:,\s[A-Z][\w.]{1,12})?"
_AGENCY = r"\((?P<agency>[A-Za-z][^()\n]{0,39})\)"
_DASH = r"\s*(?:--|[-–—:])"
_DATELINE = LazyPattern(
    r"(?P<place>" + _PLACE + r"),?\s+(?P<date>(?i:" + _MONTH + r")"
    r"\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?)\s*(?:" + _AGENCY + r")?(?:" + _DASH + r")?"
    r"|(?P<place2>"
    + _PLACE
    + r")\s*"
    + _AGENCY.replace("agency", "agency2")
    + r"(?:"
    + _DASH
    + r")?"
    r"|(?P<place3>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}(?:,\s[A-Z][\w.]{1,12})?)\s+[-–—]{1,2}",
    re.ASCII,
)
_DATELINE_FOLLOWER = LazyPattern(r"\s*[\"“‘']?[A-Z0-9]")


def find_date(text: str) -> str | None:
    """ISO 8601 form of the first full date (day, month, year) inside ``text``
    ("Page last updated at 18:25 GMT, Monday, 3 November 2008" -> "2008-11-03")."""
    text = " ".join(text[: 4 * MAX_DATE_LINE].split())
    found = [m for p in _DATE_SEARCHES if (m := p.search(text))]
    for match in sorted(found, key=lambda m: m.start()):
        iso = _iso_from_match(match)
        if iso:
            return iso
    return None


def dateline(line: str) -> tuple[int, str | None] | None:
    """(length, date) of a dateline opening ``line``, or None. The date is ISO
    (``2025-09-15``), or ``--09-15`` (ISO 8601 for a day without a year) when
    the dateline has no year, or None when it has no date."""
    head = line[:120]
    match = _DATELINE.match(head)
    if match is None or not _DATELINE_FOLLOWER.regex.match(head, match.end()):
        return None
    parts = match.groupdict()
    if not (parts.get("date") or parts.get("agency2") or parts.get("place3")):
        return None
    if parts.get("date") and not (parts.get("agency") or head[match.end() - 1 :].strip()[:1]):
        return None
    end = match.end()
    while end < len(line) and line[end] == " ":
        end += 1
    return end, _dateline_date(parts)


def _dateline_date(parts: dict[str, str | None]) -> str | None:
    if not parts.get("date") or not parts.get("month") or not parts.get("day"):
        return None
    month = _MONTHS[parts["month"][:3].lower()]  # type: ignore[index]
    day = int(parts["day"])  # type: ignore[arg-type]
    if not 1 <= day <= 31:
        return None
    if parts.get("year"):
        try:
            return datetime(int(parts["year"]), month, day).strftime("%Y-%m-%d")  # type: ignore[arg-type]
        except ValueError:
            return None
    return f"--{month:02d}-{day:02d}"


def parse_date_line(line: str) -> str | None:
    """ISO 8601 form of a line that is only a date stamp, else None.

    "15 OCT 2025 12:20" -> "2025-10-15T12:20"; "Updated October 15, 2025"
    -> "2025-10-15". Time zones are read over but not kept.
    """
    if len(line) > 4 * MAX_DATE_LINE or _STAMP_START.match(line) is None:
        return None
    line = " ".join(line.split()).rstrip(".")
    if len(line) > MAX_DATE_LINE or not any(ch.isdigit() for ch in line):
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(line)
        if match:
            return _iso_from_match(match)
    return None


def _iso_from_match(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"][:3].lower()]
    hour = int(parts["hour"]) if parts.get("hour") else None
    if hour is not None and parts.get("ampm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if parts["ampm"].lower().startswith("p") else 0)
    try:
        stamp = datetime(
            int(parts["year"]),
            month,
            int(parts["day"]),
            hour or 0,
            int(parts["minute"]) if parts.get("minute") else 0,
            int(parts["second"]) if parts.get("second") else 0,
        )
    except ValueError:
        return None
    return _iso(stamp, hour is not None, bool(parts.get("second")))


def _iso(stamp: datetime, with_time: bool, with_seconds: bool) -> str:
    if not with_time:
        return stamp.strftime("%Y-%m-%d")
    return stamp.strftime("%Y-%m-%dT%H:%M:%S" if with_seconds else "%Y-%m-%dT%H:%M")


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def normalize_date(value: str) -> str | None:
    """A declared date: ISO 8601 to the minute (an impossible date is None), any
    other value as given (at most 100 characters), None when empty."""
    value = value.strip()
    match = _ISO_DATE.match(value)
    if match is None:
        return value[:100] or None
    year, month, day, hour, minute = match.groups()
    try:
        stamp = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None
    return _iso(stamp, hour is not None, False)
