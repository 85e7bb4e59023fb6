"""Line classifiers for the cleaning plugin (``toolkit.plugins.cleaning``).

Every function here looks at ONE stripped line and answers a yes/no (or a
kind) question about it. Each caps the length it looks at before running a
regular expression, so the work per line is bounded and the cleaner stays
linear in the size of the text whatever the input.

The vocabulary is about the *shape* of web pages (navigation, calls to
action, sign-in prompts, "related" boxes), not about any one site.
"""

from __future__ import annotations

import re
from datetime import datetime

MAX_NAV_LINE = 80
MAX_PROMPT_LINE = 200
MAX_HEADLINE_LINE = 200
MAX_DATE_LINE = 90


class LazyPattern:
    """A regular expression compiled on first use: compiling them all would
    add about 20 ms to importing the plugin."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    def split(self, text: str) -> list[str]:
        return self.regex.split(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.regex.sub(replacement, text)


# One navigation / call-to-action item. A line made only of these (joined by
# separators such as "|" or "·") is page furniture, never article text.
_NAV_ITEM = r"""(?:
    sign\s?(?:up|in|out|on)(?:\s(?:now|here|for\sfree|free))? | log\s?(?:in|out|on)
  | register(?:\snow)? | create\s(?:an?\s|your\s)?(?:free\s)?account | my\saccount | account
  | subscribe(?:\snow|\stoday|\shere)? | subscribe\sto\s(?:our|the)\snewsletters? | subscriptions?
  | (?:our\s|free\s)?newsletters? | get\sthe\snewsletter | already\sa\s(?:subscriber|member)
  | share(?:s|(?:\s(?:this|the))?(?:\s(?:article|story|post|page|video))?(?:\s(?:on|via)\s\w+)?)
  | copy\slink | link\scopied | e-?mail(?:\sthis)? | print(?:\sthis)? | save(?:\sarticle)?
  | bookmark | gift\s(?:this\s)?article | facebook | twitter | x | whatsapp | linkedin | reddit
  | telegram | pinterest | flipboard | tweet | like | follow(?:\sus)?(?:\son\s\w+)?
  | advertisement | advertising | sponsored(?:\scontent)? | ad | promoted | partner\scontent
  | read\s(?:more|next|later|full\s(?:story|article)|the\sfull\s(?:story|article))
  | continue\sreading | see\s(?:more|all) | show\s(?:more|less|comments) | load\smore
  | view\s(?:comments|all|more|gallery) | (?:\d+\s)?comments? | click\shere | tap\shere
  | skip\sto\s(?:main\s)?content | skip\snavigation | back\sto\stop | top\sof\spage | home(?:page)?
  | menu | search | close | next | previous | prev | more | listen(?:\sto\s(?:this\s)?article)?
  | play(?:\svideo)? | watch(?:\snow|\slive|\svideo)? | donate | support\sus | contact\sus
  | about\sus | accept(?:\sall)? | reject\sall | cookies?(?:\ssettings|\spolicy)?
  | manage\spreferences | privacy(?:\spolicy)? | terms(?:\sof\s(?:use|service))?
  | get\sthe\sapp | download\sthe\sapp | open\sin\sapp | log\sin\sto\scomment
)"""
_NAV_SEPARATOR = r"(?:\s*[|/·•,:>»›→\-–—]\s*|\s+)"
_NAV_LINE = LazyPattern(
    rf"[\W_]*{_NAV_ITEM}(?:{_NAV_SEPARATOR}{_NAV_ITEM})*[\W_]*", re.IGNORECASE | re.VERBOSE
)

# "Sign in or create a free X account to post comments", "Subscribe to our
# newsletter for ...", "Register to continue reading": a prompt that starts
# with an account verb and talks about accounts, comments or reading access.
_PROMPT_START = LazyPattern(
    r"(?:please\s+)?(?:(?:sign|log)\s?(?:in|up|on)\b|register\b|subscribe\b"
    r"|create\s+(?:an?\s+|your\s+)?(?:free\s+)?account\b|already\s+(?:a\s+)?(?:subscriber|member)\b"
    r"|to\s+(?:post|leave|add|read|view)\s+(?:a\s+)?comments?\b)",
    re.IGNORECASE,
)
_PROMPT_TOPIC = LazyPattern(
    r"\b(?:account|comments?|commenting|newsletters?|subscribers?|subscription|members?|membership"
    r"|continue\s+reading|keep\s+reading|free\s+trial|unlimited|access|inbox)\b",
    re.IGNORECASE,
)

# "Read more: <headline>", "Related: <headline>", "Watch: <headline>".
_LINK_PREFIX = LazyPattern(
    r"(?:read\s+(?:more|next|also)|also\s+read|related(?:\s+(?:article|story|content))?|see\s+also"
    r"|more\s+on\s+this(?:\s+story)?|watch|listen|recommended)\s*[:|»›→]\s*\S",
    re.IGNORECASE,
)

# Headings that open a trailing box. "end" boxes (comments) run to the end of
# the page; "links" boxes hold a list of other stories' headlines.
_END_HEADING = LazyPattern(
    r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?|(?:leave|post|add|write)\s+a\s+(?:comment|reply)"
    r"|join\s+the\s+(?:conversation|discussion)|comments\s+are\s+closed|reader\s+comments"
    r"|show\s+comments|view\s+comments|(?:sign|log)\s+in\s+to\s+comment",
    re.IGNORECASE,
)
_LINKS_HEADING = LazyPattern(
    r"related(?:\s+(?:reads?|articles?|stories|content|posts?|coverage|news|links|topics))?"
    r"|more\s+(?:from|on|in|stories|news|like\s+this)\b.*|more\s+to\s+(?:read|explore)"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)"
    r"|recommended(?:\s+(?:for\s+you|stories|reading|articles))?|(?:also\s+)?read\s+next"
    r"|most\s+(?:read|popular|viewed|shared)|trending(?:\s+(?:now|stories|news))?"
    r"|top\s+stories|latest\s+(?:news|stories)|editor'?s?\s+picks?|also\s+(?:read|on\s+\w+)"
    r"|tags?|topics?|explore\s+more|what\s+to\s+read\s+next|around\s+the\s+web",
    re.IGNORECASE,
)

_BYLINE = LazyPattern(
    r"by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al-\w+))*(?:\s*[,|·•-].*)?",
)

_SENTENCE_END = ".,;:-–—…"
_CLOSERS = "\"'”’)]»"
_SMALL_WORDS = frozenset(
    "about above after against along amid among around before behind below beside between"
    " beyond down during except from into like near onto over past since than that their"
    " them then they this through toward towards under unlike until upon versus what when"
    " where which while with within without".split()
)


def is_nav_line(line: str) -> bool:
    """A short line made only of navigation or call-to-action items.

    Such items are capitalised and carry no full stop; a lower-case or
    full-stopped line is more likely the tail of a wrapped sentence ("comment.")."""
    if len(line) > MAX_NAV_LINE or line.endswith(".") or _first_letter_is_lower(line):
        return False
    return _NAV_LINE.fullmatch(line) is not None


def _first_letter_is_lower(line: str) -> bool:
    for ch in line:
        if ch.isalpha():
            return ch.islower()
    return False


def is_prompt_line(line: str) -> bool:
    """A sign-in / subscribe / comment prompt."""
    if len(line) > MAX_PROMPT_LINE or not _PROMPT_START.match(line):
        return False
    return _PROMPT_TOPIC.search(line) is not None


def is_link_line(line: str) -> bool:
    """A "Read more: ..." style link to another story."""
    return len(line) <= MAX_PROMPT_LINE and _LINK_PREFIX.match(line) is not None


_MENU_SEPARATOR = LazyPattern(r"\s*[|›»>→]\s*")


def is_menu_line(line: str) -> bool:
    """Breadcrumbs and menus: "Home › News › Politics", "World | Business | Sport"."""
    if len(line) > MAX_NAV_LINE or line.endswith("."):
        return False
    items = _MENU_SEPARATOR.split(line.strip("|›»>→ "))
    if len(items) < 3:
        return False
    return all(
        1 <= len(item.split()) <= 3 and item[:1].isupper() and not item.endswith(".")
        for item in items
    )


def is_call_to_action(line: str) -> bool:
    """Any of the page-furniture lines above."""
    return is_nav_line(line) or is_prompt_line(line) or is_link_line(line) or is_menu_line(line)


def block_heading_kind(line: str) -> str | None:
    """``"end"`` for a comments heading, ``"links"`` for a related-stories
    heading, None otherwise. Headings are short and have no final full stop."""
    if len(line) > 60 or line.endswith("."):
        return None
    heading = line.rstrip(":").strip()
    if _END_HEADING.fullmatch(heading):
        return "end"
    if _LINKS_HEADING.fullmatch(heading):
        return "links"
    return None


def is_byline(line: str) -> bool:
    """ "By Jane Doe", "By Jane Doe and John Roe | Staff reporters"."""
    return (
        len(line) <= 100
        and not line.endswith(".")
        and line[:3] in ("By ", "BY ")
        and _BYLINE.fullmatch("by" + line[2:]) is not None
    )


def ends_like_sentence(line: str) -> bool:
    """True when the line (closing quotes/brackets aside) ends in . , ; : or a dash."""
    core = line.rstrip(_CLOSERS)
    return not core or core[-1] in _SENTENCE_END


def ends_like_question(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in ("?", "!")


def is_headline_shaped(line: str) -> bool:
    """Short, starts with a capital or digit, no sentence-final punctuation
    (a closing ``?`` or ``!`` is allowed here), mostly letters, no table gaps."""
    if not line or len(line) > MAX_HEADLINE_LINE or "   " in line:
        return False
    words = line.split()
    if not 2 <= len(words) <= 25:
        return False
    first = line.lstrip(_CLOSERS + "“‘«([")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if ends_like_sentence(line):
        return False
    letters = sum(ch.isalpha() for ch in line)
    return letters * 2 >= len(line) - line.count(" ")


def is_title_case(line: str) -> bool:
    """Every word of four or more letters, small function words aside, has a
    capital ("Putin, al-Sharaa Meet in Kremlin", "COUNCIL BACKS BRIDGE")."""
    significant = 0
    for word in line.split():
        word = word.strip(_CLOSERS + "“‘«([,:;")
        if sum(ch.isalpha() for ch in word) < 4 or word.lower() in _SMALL_WORDS:
            continue
        if not any(ch.isupper() for ch in word):
            return False
        significant += 1
    return significant > 0


def line_key(line: str) -> str:
    """Comparison key for repeated lines: case-folded, single-spaced."""
    return " ".join(line.casefold().split())


# --- dates -----------------------------------------------------------------

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
    if len(line) > 4 * MAX_DATE_LINE:
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
    if hour is None:
        return stamp.strftime("%Y-%m-%d")
    return stamp.strftime("%Y-%m-%dT%H:%M:%S" if parts.get("second") else "%Y-%m-%dT%H:%M")
