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

from ..text.dates import parse_date_line
from ..text.patterns import LazyPattern

MAX_NAV_LINE = 80
MAX_PROMPT_LINE = 200
MAX_HEADLINE_LINE = 200


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

_END_HEADING_LOWER = LazyPattern(_END_HEADING._source)
_LINKS_HEADING_LOWER = LazyPattern(_LINKS_HEADING._source)

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
_MENU_MARKS = "|›»>→"
_MENU_MARK = re.compile("[|›»>→]")


def is_menu_line(line: str) -> bool:
    """Breadcrumbs and menus: "Home › News › Politics", "World | Business | Sport"."""
    if len(line) > MAX_NAV_LINE or line.endswith(".") or _MENU_MARK.search(line) is None:
        return False
    if sum(map(line.count, _MENU_MARKS)) < 2:  # three items need two separators
        return False
    items = _MENU_SEPARATOR.split(line.strip("|›»>→ "))
    if len(items) < 3:
        return False
    return all(
        1 <= len(item.split()) <= 3 and item[:1].isupper() and not item.endswith(".")
        for item in items
    )


# How a navigation, prompt or link line starts (each matches this at its start):
# a line that starts otherwise (most lines) is at most a menu. Its letters are
# in lower case, so an ASCII line in lower case is matched without the slower
# case-blind comparisons (the same answer: no other character folds to ASCII).
_ACTION_START_SOURCE = rf"[\W_]*{_NAV_ITEM}|{_PROMPT_START._source}|{_LINK_PREFIX._source}"
_ACTION_START = LazyPattern(_ACTION_START_SOURCE, re.IGNORECASE | re.VERBOSE)
_ACTION_START_LOWER = LazyPattern(_ACTION_START_SOURCE, re.VERBOSE)
_MAX_ACTION_LINE = max(MAX_NAV_LINE, MAX_PROMPT_LINE)


def is_call_to_action(line: str) -> bool:
    """Any of the page-furniture lines above."""
    if len(line) > _MAX_ACTION_LINE:  # longer than any of them
        return False
    if line.isascii():
        starts = _ACTION_START_LOWER.match(line.lower()) is not None
    else:
        starts = _ACTION_START.match(line) is not None
    if not starts:
        return is_menu_line(line)
    return is_nav_line(line) or is_prompt_line(line) or is_link_line(line) or is_menu_line(line)


def block_heading_kind(line: str) -> str | None:
    """``"end"`` for a comments heading, ``"links"`` for a related-stories
    heading, None otherwise. Headings are short and have no final full stop."""
    if len(line) > 60 or line.endswith("."):
        return None
    heading = line.rstrip(":").strip()
    if heading.isascii():  # the patterns' letters are in lower case (see _ACTION_START)
        heading = heading.lower()
        end, links = _END_HEADING_LOWER, _LINKS_HEADING_LOWER
    else:
        end, links = _END_HEADING, _LINKS_HEADING
    if end.fullmatch(heading):
        return "end"
    if links.fullmatch(heading):
        return "links"
    return None


# "12 thoughts on “Headline”", "3 responses to “Headline”", "One comment on ...":
# the heading a blog engine prints over its reader comments, with the title in it.
_COMMENTS_ON = LazyPattern(
    r"(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:thoughts?|responses?|replies|reply|comments?)\s+(?:on|to)\s+\S",
    re.IGNORECASE,
)


def opens_comments(line: str) -> bool:
    """A comments heading: ``block_heading_kind`` "end", or a count of
    comments on the story's title (``counts_comments``)."""
    return block_heading_kind(line) == "end" or counts_comments(line)


def counts_comments(line: str) -> bool:
    """ "10 thoughts on “...”", "3 responses to ...": a heading that starts
    with a capital or digit and ends no sentence ("no comment on a report
    that ..." in a wrapped sentence is not one)."""
    if len(line) > MAX_HEADLINE_LINE or not line[:1].isupper() and not line[:1].isdigit():
        return False
    return not ends_like_sentence(line) and _COMMENTS_ON.match(line) is not None


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
    if not line or len(line) > MAX_HEADLINE_LINE:
        return False
    # the cheap tests first (each says no to much prose); the answer is their "and"
    first = line.lstrip(_CLOSERS + "“‘«([")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if ends_like_sentence(line) or "   " in line:
        return False
    if not 2 <= len(line.split()) <= 25:
        return False
    if line.isascii():  # letters counted by deleting the other bytes, in C
        letters = len(line.encode("ascii").translate(None, _ASCII_NOT_LETTER))
    else:
        letters = sum(map(str.isalpha, line))
    return letters * 2 >= len(line) - line.count(" ")


_ASCII_NOT_LETTER = bytes(code for code in range(128) if not chr(code).isalpha())


def is_title_case(line: str) -> bool:
    """Every word of four or more letters, small function words aside, has a
    capital ("Putin, al-Sharaa Meet in Kremlin", "COUNCIL BACKS BRIDGE")."""
    head = line.split(None, _TITLE_HEAD)  # most prose fails in its first words
    significant = _title_case_words(head[:_TITLE_HEAD], 0)
    if len(head) > _TITLE_HEAD and significant >= 0:
        significant = _title_case_words(head[_TITLE_HEAD].split(), significant)
    return significant > 0


_TITLE_HEAD = 6
_WORD_EDGES = _CLOSERS + "“‘«([,:;"


def _title_case_words(words: list[str], significant: int) -> int:
    """``significant`` plus the capitalised significant words of ``words``; -1
    at the first significant word without a capital."""
    for word in words:
        word = word.strip(_WORD_EDGES)
        if sum(map(str.isalpha, word)) < 4 or word.lower() in _SMALL_WORDS:
            continue
        if not any(map(str.isupper, word)):
            return -1
        significant += 1
    return significant


_ASCII_DIGIT = re.compile(r"[0-9]")


def date_stamp(line: str) -> str | None:
    """``parse_date_line``, for a line with an ASCII digit (a stamp has one):
    most lines are ruled out by one scan in C."""
    return parse_date_line(line) if _ASCII_DIGIT.search(line) else None


def line_key(line: str) -> str:
    """Comparison key for repeated lines: case-folded, single-spaced."""
    return " ".join(line.casefold().split())
