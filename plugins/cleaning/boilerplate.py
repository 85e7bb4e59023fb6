"""The rule cleaners of page furniture: header (title, date, byline), body boxes.

``extract_metadata`` is the ``headline`` metadata extractor and
``remove_boilerplate`` the ``boilerplate`` cleaner (order 10).

The rules are about the shape of scraped pages, not about one site:

* **Header.** The page header is the run of lines before the first body
  line. It may hold navigation and call-to-action lines ("Sign Up",
  "Subscribe", "Share this"), bylines ("By Jane Doe"), date stamps and
  headlines; all of them leave the text. A headline is a short line that
  starts with a capital and has no sentence-final punctuation, and that
  (a) repeats an earlier header line, or (b) sits directly above a date,
  byline or call to action, or (c) is the first headline candidate, is in
  title case, does not end in ``?``/``!`` and is followed by a blank line.
  Anything else ends the header: a line followed directly by more text may
  be the first line of a hard-wrapped sentence (wire copy: "Venezuelan
  Central Bank President Hernan"), and a second short paragraph
  ("Arsenal win 4-2 on penalties", "So what is the gap?") is a standfirst
  or a sentence. A sentence-case headline standing alone ("Ad sales boost
  Time Warner profit") is therefore kept as text, not taken as the title.
  When nothing but header lines remain the text is left as it is (only
  navigation lines go) and no metadata is reported.
* **Title.** Of the header's headlines, the title is the last one above the
  first date line (the article's own headline sits on its dateline; a
  scraped page often starts with the shorter ``<title>`` text); with no date
  line, the first headline. On the seed article that is "Putin, al-Sharaa
  Meet in Kremlin to Relaunch Syria Ties", not the page title on line 1.
* **Date.** The first header line that is only a date stamp, returned in ISO
  8601: ``2025-10-15T12:20`` when it has a time, ``2025-10-15`` otherwise
  (time zones are read over and dropped). Recognised forms: "15 OCT 2025
  12:20", "Wednesday, 15 October 2025", "October 15, 2025 at 3:05 p.m. ET",
  "2025-10-15T12:20:00Z", with an optional "Published"/"Updated" prefix.
* **Body.** Anywhere after the header these lines go: navigation and
  call-to-action lines, sign-in and subscribe prompts, "Read more: ..."
  links, date stamps standing apart (not ending a wrapped sentence), copies
  of a header headline, and second and later copies of a title-case
  headline-shaped line. A comments heading
  ("Comments", "Leave a reply") drops everything after it; a related-stories
  heading ("Related Reads", "More from ...", "Most read") drops itself and
  the link lines under it, up to the next line of prose. A call to action
  glued to the end of a line ("...post commentsSign Up") is cut off.
Everything is one pass over the lines with bounded work per line: linear in
the size of the text. No function here raises on any ``str``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import headmatter, page_rules, rules

# Header lines scanned at most; a "header" longer than this is a list, not a header.
_MAX_HEADER_LINES = 60
# Fewer non-blank lines than this: an article as such, not a page (no classifier).

_GLUED_ACTIONS = (
    "Sign Up", "Sign up", "SIGN UP", "Sign In", "Sign in", "SIGN IN", "Log In", "Log in", "LOG IN",
    "Subscribe", "SUBSCRIBE", "Advertisement", "ADVERTISEMENT", "Read More", "Read more",
    "READ MORE", "Share", "SHARE",
)  # fmt: skip
_GLUED_ACTION = rules.LazyPattern(r"(?<=[a-z.!?\"”’)])(?:" + "|".join(_GLUED_ACTIONS) + r")\s*$")
# How a line with a glued action ends (white space aside): most lines end otherwise
_GLUED_ENDINGS = frozenset(action[-2:] for action in _GLUED_ACTIONS)


@dataclass
class _Header:
    """What the header analysis found in a text split into ``lines``."""

    body_start: int
    dropped: set[int] = field(default_factory=set)
    headlines: list[tuple[int, str]] = field(default_factory=list)  # (line index, text)
    first_date: int | None = None
    date: str | None = None


def extract_metadata(raw_text: str) -> dict[str, str]:
    """``{"title": ..., "date": ...}`` from the page header (keys only when found)."""
    lines, header = _lines_and_header(raw_text)
    metadata: dict[str, str] = {}
    start: list[str] | None = None  # the opening lines, found once when needed
    prose: bool | None = None  # whether a prose line follows them
    title = _pick_title(header)
    if not title:
        prose = headmatter.has_prose(lines)
        start = headmatter.opening(lines, prose)
        title = headmatter.find_title(lines, start)
    if title:
        metadata["title"] = title
    date = header.date
    if not date:
        prose = headmatter.has_prose(lines) if prose is None else prose
        start = headmatter.opening(lines, prose) if start is None else start
        date = headmatter.find_date(lines, start, prose)
    if date:
        metadata["date"] = date
    return metadata


def remove_boilerplate(text: str) -> str:
    """Drop header, navigation, prompt and trailing-box lines; keep the rest as is."""
    lines, header = _lines_and_header(text)
    headline_keys = {rules.line_key(text) for _, text in header.headlines}
    kept = [(i, lines[i]) for i in range(header.body_start) if i not in header.dropped]
    body = _clean_body(lines[header.body_start :], headline_keys)
    kept.extend((header.body_start + i, raw) for i, raw in body)
    kept = page_rules.apply(kept)
    return "\n".join(raw for _, raw in headmatter.strip_dateline(kept))


# The last text analysed: the pipeline reads the metadata of the text it then
# cleans, and the cleaners before this one often leave a text as it was.
_last: tuple[str, list[str], _Header] = ("", [""], _Header(body_start=1))


def _lines_and_header(text: str) -> tuple[list[str], _Header]:
    """The lines of ``text`` and their header analysis (neither is changed by
    the callers: one analysis serves both when they get the same text)."""
    global _last
    last = _last
    if last[0] == text:
        return last[1], last[2]
    lines = text.split("\n")
    header = _analyse_header(lines)
    _last = (text, lines, header)
    return lines, header


def _pick_title(header: _Header) -> str | None:
    headlines = [(i, text) for i, text in header.headlines if headmatter.is_title_like(text)]
    if not headlines:
        return None
    title = headlines[0][1]
    if header.first_date is not None:
        above = [text for index, text in headlines if index < header.first_date]
        if above:
            title = above[-1]
    return " ".join(title.split())


def _analyse_header(lines: list[str]) -> _Header:
    header = _Header(body_start=len(lines))
    seen: set[str] = set()
    index = 0
    while index < len(lines) and index < _MAX_HEADER_LINES:
        line = _strip_glued_action(lines[index]).strip()
        if line:
            kind = _header_line_kind(lines, index, line, seen, bool(header.headlines))
            if kind is None:
                header.body_start = index
                break
            _record_header_line(header, index, kind, line)
            seen.add(rules.line_key(line))
        index += 1
    else:
        header.body_start = index
    if not any(line.strip() for line in lines[header.body_start :]):
        return _no_body_header(lines, header.body_start)
    return header


def _no_body_header(lines: list[str], body_start: int) -> _Header:
    """Only header-like lines and no article: keep them, drop only page furniture."""
    header = _Header(body_start=body_start)
    for index in range(body_start):
        line = lines[index].strip()
        if line and rules.is_call_to_action(line):
            header.dropped.add(index)
    return header


def _record_header_line(header: _Header, index: int, kind: str, line: str) -> None:
    header.dropped.add(index)
    if kind == "headline":
        header.headlines.append((index, line))
    elif kind == "date" and header.first_date is None:
        header.first_date = index
        header.date = rules.date_stamp(line)


def _header_line_kind(
    lines: list[str], index: int, line: str, seen: set[str], have_headline: bool
) -> str | None:
    """ "action", "date", "byline" or "headline" for a header line, None for body text."""
    if rules.is_call_to_action(line):
        return "action"
    if rules.date_stamp(line):
        return "date"
    if rules.is_byline(line):
        return "byline"
    if not rules.is_headline_shaped(line) or lines[index].startswith(("    ", "\t")):
        return None
    if rules.line_key(line) in seen:
        return "headline"
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if following and _is_page_furniture(following):
        return "headline"
    # Without page furniture around it, only a first, title-case line standing
    # alone is a headline: a later short paragraph ("Arsenal win 4-2 on
    # penalties", "So what is the gap?") is a standfirst or a sentence.
    lone_title = not following and not have_headline and rules.is_title_case(line)
    return "headline" if lone_title and not rules.ends_like_question(line) else None


def _is_page_furniture(line: str) -> bool:
    return (
        rules.is_call_to_action(line) or rules.is_byline(line) or rules.date_stamp(line) is not None
    )


def _clean_body(lines: list[str], headline_keys: set[str]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    kept: list[str] = []
    seen_headlines: set[str] = set()
    in_links_box = False
    for index, raw in enumerate(lines):
        raw = _strip_glued_action(raw)
        line = raw.strip()
        if not line:
            kept.append(raw)
            found.append((index, raw))
            continue
        # each rule's own first test inlined: most lines are too long or end in "."
        short = len(line) <= 60 and not line.endswith(".")
        heading = rules.block_heading_kind(line) if short else None
        capital = line[:1].isupper() or line[:1].isdigit()
        if heading == "end" or (capital and rules.counts_comments(line)):
            break
        if heading == "links":
            in_links_box = True
            continue
        if _is_furniture(line, headline_keys) or (
            not line.endswith(".") and _is_date_stamp(lines, index, kept, line)
        ):
            continue
        if in_links_box and _is_link_text(line):
            continue
        in_links_box = False
        if _is_repeated_headline(line, seen_headlines):
            continue
        kept.append(raw)
        found.append((index, raw))
    return found


def _is_repeated_headline(line: str, seen: set[str]) -> bool:
    """Second and later copies of a title-case headline-shaped line; the first
    copy is remembered in ``seen`` and kept. Repeated table footnotes and
    ordinary short paragraphs are not title case and are left alone."""
    if not (rules.is_headline_shaped(line) and rules.is_title_case(line)):
        return False
    if rules.ends_like_question(line):
        return False
    key = rules.line_key(line)
    if key in seen:
        return True
    seen.add(key)
    return False


def _is_furniture(line: str, headline_keys: set[str]) -> bool:
    if rules.is_call_to_action(line):
        return True
    return (
        bool(headline_keys)
        and len(line) <= rules.MAX_HEADLINE_LINE
        and rules.line_key(line) in headline_keys
    )


def _is_date_stamp(lines: list[str], index: int, kept: list[str], line: str) -> bool:
    """A date-only line standing apart, not the last line of a wrapped
    sentence ("...will expire on\nNovember 15, 2012.")."""
    if line.endswith(".") or not rules.date_stamp(line):
        return False
    before = kept[-1].strip() if kept else ""
    after = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return (not before or rules.ends_like_sentence(before)) and not after[:1].islower()


def _is_link_text(line: str) -> bool:
    """A headline in a related-stories box: short, no final full stop."""
    return len(line) <= 160 and not rules.ends_like_sentence(line) and not line[:1].islower()


def _strip_glued_action(line: str) -> str:
    # Only the tail can hold a glued action; looking at a bounded tail keeps this linear.
    if len(line) < 4 or line.rstrip()[-2:] not in _GLUED_ENDINGS:
        return line
    head, tail = line[:-40], line[-40:]
    return head + _GLUED_ACTION.sub("", tail)
