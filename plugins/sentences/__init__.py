"""The built-in sentence splitter ("standard").

Rule-based and offline: layout cues (blank lines, line breaks between items,
list markers; see ``layout``) give hard boundaries, then every run of
terminal punctuation followed by white space is judged from the token before
it and the word after it, using hand-written word lists merged with
abbreviations and sentence starters learned by NLTK's ``PunktTrainer``
(``scripts/train_punkt.py``, ``data/punkt_news.json``; see ``lexicon``). No NLTK data is needed and
NLTK is not imported at run time.

``split_spans(text)`` returns ``(start, end)`` character offsets into
``text``: ordered, non-overlapping, stripped of surrounding white space, and
together covering every non-space character.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from toolkit import hookimpl
from toolkit.hookspecs import RegisterSplitter

from . import forms, layout, lexicon


# A run of terminal punctuation, possibly spaced (". . . ."), then closing
# quotes or brackets and footnote marks ("martyr.[1]"). Nothing after the run
# can fail, so a match never backtracks: finditer stays linear even on 50,000 dots.
# The run opens with one mark as a class of its own ("[...][...]*", not
# "[...]+"): a pattern that starts with a class is searched by a quick scan for
# its characters, where a repeat has the engine try a match at every position.
def _terminal_pattern(keep: Callable[[str], bool] = lambda c: True) -> re.Pattern[str]:
    """The pattern, with only the marks ``keep`` accepts in its classes."""
    stops, marks, closers = (
        re.escape("".join(filter(keep, s))) for s in (".!?…‽．。！？", ".!?…", "\"'”’»)]」』")
    )
    return re.compile(
        rf"(?P<punct>[{stops}][{stops}]*(?:[ ][{marks}]+)*)"
        rf"(?P<close>[{closers}]*(?:\[\d{{1,3}}\])*)"
        r"(?P<loose>[ ]\"(?=\s|$))?"
    )


_TERMINAL = _terminal_pattern()
# The same matches in ASCII text, which holds none of the other marks: the
# scan for a short class of ASCII characters is the quicker one.
_TERMINAL_ASCII = _terminal_pattern(str.isascii)
# Full-width (CJK) stops end a sentence without a space after them.
_FULL_WIDTH = "．。！？"
_MULTI_PERIOD = re.compile(r"(?:[a-z]{1,2}\.)+[a-z]{1,2}")
_TOKEN_WINDOW = 60
_TOKEN_OPENERS = layout.OPENERS + "<"


def _previous_token(text: str, pos: int) -> str:
    """The token that ends at ``pos``, without opening quotes or brackets."""
    window = text[max(0, pos - _TOKEN_WINDOW) : pos]
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1].lstrip(_TOKEN_OPENERS)


def _word_before(text: str, pos: int) -> str:
    """The token before the token that ends at ``pos``."""
    start = pos
    low = max(0, pos - _TOKEN_WINDOW)
    while start > low and not text[start - 1].isspace():
        start -= 1
    while start > low and text[start - 1].isspace():
        start -= 1
    return _previous_token(text, start)


def _is_starter(word: str) -> bool:
    """A capitalised word that typically opens a sentence ("The", "It", "However")."""
    if not layout.opens_sentence(word) or word[0].isdigit():
        return False
    return word.rstrip("'’").lower() in lexicon.all_sentence_starters()


def _is_number(token: str) -> bool:
    return any(map(str.isdigit, token)) and not any(map(str.isalpha, token))


def _is_fronted_time_phrase(text: str, sentence_start: int, pos: int) -> bool:
    """ "At 5 a.m." opening a sentence: the sentence goes on after "a.m."."""
    if pos - sentence_start > _TOKEN_WINDOW:
        return False
    words = text[sentence_start:pos].split()
    return 0 < len(words) <= 4 and words[0].lower() in lexicon.TIME_PREPOSITIONS


def _after_period(text: str, pos: int, nxt: str, sentence_start: int) -> bool:
    """Does a single period at ``pos`` (followed by the word ``nxt``) end a sentence?"""
    token = _previous_token(text, pos)
    key = token.lower()
    if not token or _is_number(token):
        return True
    if key in lexicon.BEFORE_NUMBER and nxt[0].isdigit():
        return False
    if key in lexicon.PREPOSITIVE:
        # "Mr. Smith", "MR. SMITH"; but "patients with MS. Final ..." is an acronym.
        return token.isupper() and len(token) > 1 and not nxt.isupper()
    if key in lexicon.TIME_OF_DAY:
        return not nxt[0].isdigit() and not _is_fronted_time_phrase(text, sentence_start, pos)
    if len(token) == 1 and token.isalpha():
        return _after_single_letter(text, pos, token, nxt, sentence_start)
    if key in lexicon.all_abbreviations() or _MULTI_PERIOD.fullmatch(key):
        return _is_starter(nxt)
    return True


def _after_single_letter(text: str, pos: int, letter: str, nxt: str, sentence_start: int) -> bool:
    """Initials ("J. R. R. Tolkien", "Jonas E. Smith"), labels ("Q."), the pronoun "I"."""
    if _opens_sentence_at(text, sentence_start, pos - 1):
        return False  # "Q. What ...", "A. His ...": a label opening the sentence
    if letter == "I" and _word_before(text, pos - 1)[:1].islower():
        return True  # "you and I. Did ..."
    if len(nxt) == 1 and text[pos + 1 : pos + 12].lstrip().startswith(nxt + "."):
        return False  # another initial follows
    return _is_starter(nxt)


def _opens_sentence_at(text: str, sentence_start: int, pos: int) -> bool:
    """True when only white space and opening quotes lie between the sentence start and pos."""
    i = pos
    while i > sentence_start and (text[i - 1].isspace() or text[i - 1] in _TOKEN_OPENERS):
        i -= 1
    return i <= sentence_start


def _ellipsis_count(punct: str) -> int:
    return punct.count(".") + 3 * punct.count("…")


def _cut_after(
    text: str, m: re.Match[str], sentence_start: int, quotes: layout.Quotations
) -> int | None:
    """Where the sentence ends for the punctuation run ``m`` (None: it goes on)."""
    punct = m.group("punct")
    nxt = layout.next_word(text, m.end())
    if not layout.opens_sentence(nxt):
        return None
    start = m.start()
    end = m.end()
    if m.group("loose") and not quotes.is_closing(end - 1):
        end -= 1  # 'word. "Next ...': the detached quote opens the next sentence
    if "!" in punct or "?" in punct or "‽" in punct or "！" in punct or "？" in punct:
        return end
    dots = _ellipsis_count(punct)
    if " " in punct:
        if dots < 4:
            return None  # ". . ." marks an omission inside a sentence
        attached = start > 0 and not text[start - 1].isspace()
        return start + 1 if attached else end  # "word. . . . Next" ends after "word."
    if dots == 3:
        # Inside a quotation an ellipsis marks words the reporter left out, and
        # the quoted utterance goes on ("with Russia... Now the most important
        # thing ..."); in running text it may trail off before a new sentence.
        if quotes.encloses(start, m.end()):
            return None
        return end if _is_starter(nxt) else None
    if dots >= 2 or "." not in punct:
        return end
    return end if _after_period(text, start, nxt, sentence_start) else None


def _punctuation_cuts(
    text: str, hard: list[int], protected: set[int], quotes: layout.Quotations
) -> list[int]:
    cuts: list[int] = []
    last = 0
    size = len(text)
    for m in (_TERMINAL_ASCII if text.isascii() else _TERMINAL).finditer(text):
        end = m.end()
        attached = end < size and not text[end].isspace() and m["punct"][-1] not in _FULL_WIDTH
        if attached or m.start() in protected:
            continue
        i = bisect_right(hard, m.start()) - 1
        sentence_start = max(last, hard[i] if i >= 0 else 0)
        cut = _cut_after(text, m, sentence_start, quotes)
        if cut is not None:
            cuts.append(cut)
            last = cut
    return cuts


def _spans_between(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for cut in [*cuts, len(text)]:
        piece = text[start:cut]
        rest = piece.lstrip()
        if rest:
            spans.append((start + len(piece) - len(rest), start + len(piece.rstrip())))
        start = max(start, cut)
    return spans


def split_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return their ``(start, end)`` offsets.

    PTB-tokenized text is detokenized first and caseless text read through a
    cased view (``forms.py``); the offsets always point into ``text``.
    """
    if not text or text.isspace():
        return []
    if forms.looks_tokenized(text):
        spans = forms.split_tokenized(text, _split_prose)
        if spans is not None:
            return spans
    return _split_prose(text)


def _split_prose(text: str) -> list[tuple[int, int]]:
    if forms.is_caseless(text):
        text = forms.caseless_view(text)
    markers = layout.list_markers(text)
    hard = sorted(set(layout.hard_cuts(text)) | set(markers.cuts))
    quotes = layout.quotations(text, hard)
    soft = _punctuation_cuts(text, hard, markers.punctuation, quotes)
    return _spans_between(text, sorted(set(hard) | set(soft)))


def split_tokenized_spans(text: str) -> list[tuple[int, int]]:
    """Split text known to be PTB-tokenized (the ``tokenized`` splitter, for
    ``toolkit evaluate --tokenized``): detokenized whatever its punctuation looks like."""
    if not text or text.isspace():
        return []
    spans = forms.split_tokenized(text, _split_prose)
    return spans if spans is not None else _split_prose(text)


def split(text: str) -> list[str]:
    """The sentences of ``text`` as strings (convenience for scripts and tests)."""
    return [text[s:e] for s, e in split_spans(text)]


@hookimpl
def toolkit_register_splitters(register: RegisterSplitter) -> None:
    register("standard", split_spans)
    # Never the default (lower priority); chosen by name.
    register("tokenized", split_tokenized_spans, priority=-1)
