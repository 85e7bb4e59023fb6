"""The stdlib HTML main-text extraction of the `html_fallback` plugin (used when
trafilatura is not installed), and the page metadata (title, date).

One pass over the tokens of :mod:`.scan` collects text blocks
(paragraphs, headings, list items...) with their context: inside an
``<article>``/``<main>`` container or not, under an element whose class or
id says navigation, comments, sharing, related links..., and how much of the
block is link text. Elements that are never article text (``nav``,
``header``, ``footer``, ``aside``, ``form``, ``script``...) drop their text
outright. Choosing the main text then works on the blocks only:

* the container (``article``, ``main``, ``role=main``,
  ``itemprop=articleBody``) with the most text wins when it holds a fair share
  of the page's text; otherwise all blocks are candidates;
* blocks under a boilerplate class/id go, unless that would leave almost
  nothing (a ``<body class="has-sidebar">`` must not empty the page);
* link-dense blocks go (menus and "related" lists without telling classes),
  and so do copyright lines, headings that no paragraph follows and headings
  that repeat the page title.

Every step is linear in the input and nothing here raises on any ``str``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..cleaning import rules as line_rules
from ..text import dates
from .page_meta import MetadataCollector
from .scan import END, RAW, START, TEXT, VOID, Token, tokens

# Elements whose text is never article text.
DROP_TAGS = frozenset(
    {
        "nav", "header", "footer", "aside", "figure", "button", "select", "svg",
        "template", "dialog", "menu", "object", "canvas", "video", "audio", "map", "head",
    }
)  # fmt: skip
# Elements that end the current paragraph when they open or close.
BLOCK_TAGS = {"form"} | frozenset(
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
        "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody",
        "thead", "tfoot", "caption", "br", "hr", "address", "center", "details", "summary",
        "fieldset", "legend", "hgroup", "body", "html", "figcaption",
    }
) | DROP_TAGS  # fmt: skip
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements a class never disqualifies: they wrap the content itself.
_NEVER_BOILERPLATE = frozenset({"html", "body", "main", "article"})
# A start tag of one of these closes an open element of the same family.
_SIBLING_CLOSES = {"li": ("li",), "dt": ("dt", "dd"), "dd": ("dt", "dd"), "tr": ("tr",)}

_BOILERPLATE_WORD = re.compile(
    r"(?:^|[^a-z0-9])(?:nav|navs|ad|ads|adv|share|tags?|banner|byline|author|popular|trending"
    r"|login|signup|modal|popup|masthead|more|skip|toolbar|widget|meta|dateline|timestamp)"
    r"(?=$|[^a-z0-9])"
)
_BOILERPLATE_STEM = re.compile(
    r"comment|cookie|newsletter|subscri|breadcrumb|sidebar|footer|advert|sponsor|related"
    r"|navbar|navigation|menu|social|consent|paywall|outbrain|taboola|promo|sharing|recommend"
    r"|disqus|gdpr"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_SPACES = re.compile(r"\s+")
_COPYRIGHT = re.compile(r"(?:©|\(c\)\s*\d{4}|copyright\b)", re.IGNORECASE)
_MAX_COPYRIGHT_CHARS = 200
_MAX_FURNITURE_CHARS = 300
_MAX_DATE_LINE = 80
_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")

# The winning container must hold this share of the candidate text...
_CONTAINER_SHARE = 0.4
# ...or at least this many characters.
_CONTAINER_MIN_CHARS = 300
_MAX_LINK_DENSITY = 0.5
# Class-based removal is undone when it leaves less than this share of the text.
_MIN_KEPT_SHARE = 0.1


@dataclass
class Block:
    text: str
    tag: str
    container: int | None
    boilerplate: bool
    link_density: float


@dataclass
class _Frame:
    name: str
    drops: bool = False
    boilerplate: bool = False
    container: bool = False
    link: bool = False


@dataclass
class _Walker:
    """Turns tokens into blocks, keeping the stack of open elements."""

    meta: MetadataCollector = field(default_factory=MetadataCollector)
    blocks: list[Block] = field(default_factory=list)
    stack: list[_Frame] = field(default_factory=list)
    open_counts: dict[str, int] = field(default_factory=dict)
    drop_depth: int = 0
    boilerplate_depth: int = 0
    link_depth: int = 0
    containers: list[int] = field(default_factory=list)
    container_count: int = 0
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    block_tag: str = ""

    def feed(self, token: Token) -> None:
        if token.kind == TEXT:
            self._text(token.text)
        elif token.kind == START:
            self._start(token)
        elif token.kind == END:
            self._end(token.name)
        elif token.kind == RAW:
            self.meta.raw(token.name, token.attrs or {}, token.text)

    def _text(self, text: str) -> None:
        self.meta.text(text)
        if self.drop_depth:
            return
        self.parts.append(text)
        if self.link_depth:
            self.link_chars += len(text.strip())

    def _start(self, token: Token) -> None:
        name, attrs = token.name, token.attrs or {}
        self.meta.start(name, attrs, in_container=bool(self.containers))
        if name in BLOCK_TAGS:
            if name != "br":
                self._close_implied(name)
            self.flush()
            self.block_tag = name
        if name in VOID or token.self_closing:
            return
        frame = _Frame(
            name,
            drops=name in DROP_TAGS or bool(attrs) and _is_hidden(attrs),
            # a form's text is mostly labels and prompts, but some sites wrap
            # the whole page in one: its blocks are boilerplate, not dropped
            boilerplate=name == "form"
            or bool(attrs)
            and name not in _NEVER_BOILERPLATE
            and _looks_boilerplate(attrs),
            container=_is_container(name, attrs),
            link=name == "a",
        )
        self._push(frame)

    def _close_implied(self, name: str) -> None:
        top = self.stack[-1].name if self.stack else ""
        if top == "p" or top in _SIBLING_CLOSES.get(name, ()):
            self._pop()

    def _end(self, name: str) -> None:
        self.meta.end(name)
        if name in BLOCK_TAGS:
            self.flush()
        if not self.open_counts.get(name):
            return  # a stray end tag: ignore it, as browsers do
        while self.stack and self._pop().name != name:
            pass

    def _push(self, frame: _Frame) -> None:
        self.stack.append(frame)
        self.open_counts[frame.name] = self.open_counts.get(frame.name, 0) + 1
        self.drop_depth += frame.drops
        self.boilerplate_depth += frame.boilerplate
        self.link_depth += frame.link
        if frame.container:
            self.container_count += 1
            self.containers.append(self.container_count)

    def _pop(self) -> _Frame:
        frame = self.stack.pop()
        self.open_counts[frame.name] -= 1
        self.drop_depth -= frame.drops
        self.boilerplate_depth -= frame.boilerplate
        self.link_depth -= frame.link
        if frame.container:
            self.containers.pop()
        return frame

    def flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.parts)).strip()
        if text:
            self.blocks.append(
                Block(
                    text=text,
                    tag=self.block_tag,
                    container=self.containers[-1] if self.containers else None,
                    boilerplate=self.boilerplate_depth > 0,
                    link_density=min(1.0, self.link_chars / len(text)),
                )
            )
        self.parts.clear()
        self.link_chars = 0


def _is_hidden(attrs: dict[str, str]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(attrs.get("style", "").lower()))


def _looks_boilerplate(attrs: dict[str, str]) -> bool:
    words = f"{attrs.get('class', '')} {attrs.get('id', '')} {attrs.get('role', '')}".lower()
    if not words.strip():
        return False
    if attrs.get("role", "").lower() in ("navigation", "banner", "contentinfo", "complementary"):
        return True
    return bool(_BOILERPLATE_WORD.search(words) or _BOILERPLATE_STEM.search(words))


def _is_container(name: str, attrs: dict[str, str]) -> bool:
    if name in ("article", "main"):
        return True
    return attrs.get("role", "").lower() == "main" or attrs.get("itemprop") == "articleBody"


def walk(html: str) -> _Walker:
    walker = _Walker()
    for token in tokens(html):
        walker.feed(token)
    walker.flush()
    return walker


def main_blocks(blocks: list[Block], title: str | None = None) -> list[Block]:
    """The blocks that make the main text (see the module docstring); a
    heading that repeats the page title is metadata, not text."""
    candidates = _within_best_container(blocks)
    if title:
        candidates = [b for b in candidates if not (b.tag in HEADINGS and b.text == title)]
    plain = [b for b in candidates if not b.boilerplate]
    if _chars(plain) >= _MIN_KEPT_SHARE * _chars(candidates):
        candidates = plain
    kept = [
        b
        for b in candidates
        if b.link_density <= _MAX_LINK_DENSITY
        and not _is_copyright(b.text)
        and not _is_furniture(b.text)
    ]
    return _drop_dangling_headings(_before_comments(kept))


def _is_furniture(text: str) -> bool:
    """A block that is page furniture by the scraped-text line rules: a
    navigation item or prompt ("Close", "Sign in", "Share this"), a bare web
    address, a date stamp standing alone."""
    if len(text) > _MAX_FURNITURE_CHARS:
        return False
    return (
        line_rules.is_call_to_action(text)
        or _BARE_ADDRESS.fullmatch(text) is not None
        or _is_date_stamp(text)
    )


def _is_date_stamp(text: str) -> bool:
    """Only a date stamp, or a short unfinished line holding a full date:
    "Updated 5:27 am CST, Wednesday, November 20, 2019", "By A. Writer -
    11/19/19 06:56 AM EST" (a line of the page's header, not a sentence)."""
    if line_rules.date_stamp(text) is not None:
        return True
    short = len(text) <= _MAX_DATE_LINE and not line_rules.ends_like_sentence(text)
    return short and dates.find_date(text) is not None


def _before_comments(blocks: list[Block]) -> list[Block]:
    """The blocks before a reader-comments heading ("1 comment", "Leave a
    Comment", "10 thoughts on “...”") that follows some text: the comments
    are not the article."""
    for index, block in enumerate(blocks):
        if index and line_rules.opens_comments(block.text):
            return blocks[:index]
    return blocks


def _chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks)


def _within_best_container(blocks: list[Block]) -> list[Block]:
    text_by_container: dict[int, int] = {}
    for block in blocks:
        if block.container is not None and not block.boilerplate:
            text_by_container[block.container] = text_by_container.get(block.container, 0) + len(
                block.text
            )
    if not text_by_container:
        return blocks
    best = max(text_by_container, key=text_by_container.__getitem__)
    best_chars = text_by_container[best]
    total = _chars([b for b in blocks if not b.boilerplate])
    if best_chars >= _CONTAINER_MIN_CHARS or best_chars >= _CONTAINER_SHARE * total:
        return [b for b in blocks if b.container == best]
    return blocks


def _is_copyright(text: str) -> bool:
    return len(text) < _MAX_COPYRIGHT_CHARS and _COPYRIGHT.match(text) is not None


def _drop_dangling_headings(blocks: list[Block]) -> list[Block]:
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.tag in HEADINGS and (following is None or following.tag in HEADINGS):
            continue
        kept.append(block)
    return kept


def extract_fallback(html: str) -> tuple[str, dict[str, str]]:
    """(main text, metadata) with the stdlib only. When the blocks rules keep
    nothing (a page whose markup hides its article from them), the page's
    visible text goes through the scraped-page cleaners instead."""
    walker = walk(html)
    metadata = walker.meta.metadata()
    blocks = main_blocks(walker.blocks, metadata.get("title"))
    text = "\n\n".join(block.text for block in blocks)
    if not text.strip():
        text = visible_text_article(walker.blocks)
    return text, metadata


def visible_text_article(blocks: list[Block]) -> str:
    """The article of the page's visible lines by the scraped-text cleaners
    (the learned line classifier and the rules), paragraphs apart."""
    from ..cleaning import keep_article, normalize_whitespace, remove_boilerplate

    visible = "\n".join(block.text for block in blocks)
    cleaned = normalize_whitespace(remove_boilerplate(keep_article(visible)))
    lines = [line for line in cleaned.split("\n") if line.strip()] or [
        line for line in visible.split("\n") if line.strip()
    ]
    return "\n\n".join(lines)


def extract_metadata(html: str) -> dict[str, str]:
    return walk(html).meta.metadata()
