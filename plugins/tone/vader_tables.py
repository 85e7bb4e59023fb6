"""VADER's tables and constants: the lexicon, boosters, negations, idioms, emoji.

Split from ``vader`` (the scoring rules), which imports everything here. The
lexicon (``vader_lexicon.txt``) and the emoji descriptions
(``emoji_utf8_lexicon.txt``) are read from the *installed* vaderSentiment
package on first use (``_tables``) and kept for the life of the process.
"""

from __future__ import annotations

import string

# Empirical constants of the paper (section 3: "generalizable heuristics").
BOOST = 0.293  # booster word ("very good"); a dampener subtracts it
CAPS_BOOST = 0.733  # ALL-CAPS word among mixed-case words
NEGATION_SCALAR = -0.74  # negated word: flip and damp
NEVER_SO_SCALAR = 1.25  # "never so good", "never this good"
BUT_BEFORE = 0.5  # words before "but" count half ...
BUT_AFTER = 1.5  # ... and words after it half as much again
EXCLAMATION_STEP = 0.292  # per "!" (at most 4 are counted)
EXCLAMATION_MAX = 4
QUESTION_STEP = 0.18  # per "?" when there are 2 or 3
QUESTION_FLOOD = 0.96  # 4 or more "?"
NORMALISATION_ALPHA = 15  # compound = x / sqrt(x * x + alpha)
WINDOW_DAMPING = (1.0, 0.95, 0.9)  # booster 1, 2 or 3 words before the word

_UPWARD = (
    "absolutely amazingly awfully completely considerable considerably decidedly deeply effing "
    "enormous enormously entirely especially exceptional exceptionally extreme extremely "
    "fabulously flipping flippin frackin fracking fricking frickin frigging friggin fully "
    "fuckin fucking fuggin fugging greatly hella highly hugely incredible incredibly intensely "
    "major majorly more most particularly purely quite really remarkably so substantially "
    "thoroughly total totally tremendous tremendously uber unbelievably unusually utter "
    "utterly very"
)
_DOWNWARD = (
    "almost barely hardly kinda kindof kind-of less little marginal marginally occasional "
    "occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of"
)
_DOWNWARD_BIGRAMS = ("just enough", "kind of", "sort of")
# Negation words, except the "xxx n't" forms: any word containing "n't" negates.
_NEGATIONS = (
    "aint arent cannot cant couldnt darent didnt doesnt dont hadnt hasnt havent isnt mightnt "
    "mustnt neither neednt never none nope nor not nothing nowhere oughtnt shant shouldnt uhuh "
    "uh-uh wasnt werent without wont wouldnt rarely seldom despite"
)
# Idioms that replace the valence of a lexicon word next to them (ints as in the reference).
_IDIOMS: dict[tuple[str, ...], float] = {
    ("the", "shit"): 3,
    ("the", "bomb"): 3,
    ("bad", "ass"): 1.5,
    ("bus", "stop"): 0.0,
    ("yeah", "right"): -2,
    ("kiss", "of", "death"): -1.5,
    ("to", "die", "for"): 3,
    ("beating", "heart"): 3.5,
}
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")
_AT_VERY = ("at", "very")
_PUNCTUATION = string.punctuation


class _Tables:
    """Everything built once per process from the installed vaderSentiment files."""

    __slots__ = (
        "lexicon",
        "scoring",
        "boosters",
        "bigram_boosters",
        "negations",
        "idiom_ends",
        "triggers",
        "emoji",
        "emoji_pattern",
        "emoji_pattern_ascii",
    )

    def __init__(self, lexicon_text: str, emoji_text: str) -> None:
        import re

        self.lexicon = _parse_lexicon(lexicon_text)
        self.boosters = dict.fromkeys(_UPWARD.split(), BOOST)
        self.boosters.update(dict.fromkeys(_DOWNWARD.split(), -BOOST))
        self.bigram_boosters = {tuple(pair.split()): -BOOST for pair in _DOWNWARD_BIGRAMS}
        # A booster is never scored as a word itself, even when the lexicon has it.
        self.scoring = frozenset(self.lexicon).difference(self.boosters)
        self.negations = frozenset(_NEGATIONS.split())
        # Last words of the idioms and bigram dampeners: without one of them near
        # a word, the idiom rule cannot change its valence.
        self.idiom_ends = frozenset(key[-1] for key in (*_IDIOMS, *self.bigram_boosters))
        # Words that can make a lexicon word's valence differ from its lexicon value
        # when they are within 3 words before it or 2 after it (besides "n't" and caps).
        self.triggers = self.negations.union(
            self.boosters, self.idiom_ends, ("no", "least", "so", "this", "never", "without")
        )
        self.emoji = _parse_emoji(emoji_text)
        # The reference looks at one character at a time, so only single code points
        # can match. A class of BMP characters compiles to a bitmap, but a long list
        # of astral ranges is tested one range after another; so the pattern matches
        # the BMP emoji exactly and *any* astral character, and the replacement
        # leaves astral non-emoji alone.
        singles = [key for key in self.emoji if len(key) == 1]
        bmp = "".join(sorted(re.escape(key) for key in singles if ord(key) < 0x10000))
        self.emoji_pattern = re.compile(f"[{bmp}\U00010000-\U0010ffff]")
        self.emoji_pattern_ascii = any(key.isascii() for key in singles)


def _parse_lexicon(content: str) -> dict[str, float]:
    """``token<TAB>mean<TAB>...`` lines; later duplicates win, blank lines are skipped."""
    table: dict[str, float] = {}
    for line in content.rstrip("\n").split("\n"):
        if line:
            fields = line.strip().split("\t")
            table[fields[0]] = float(fields[1])
    return table


def _parse_emoji(content: str) -> dict[str, str]:
    """``emoji<TAB>description`` lines."""
    table: dict[str, str] = {}
    for line in content.rstrip("\n").split("\n"):
        fields = line.strip().split("\t")
        table[fields[0]] = fields[1]
    return table


def _read_package_file(name: str) -> str:
    from importlib import resources

    return resources.files("vaderSentiment").joinpath(name).read_bytes().decode("utf-8")


_loaded: list[_Tables] = []  # the process's tables, once built


def _tables() -> _Tables:
    if not _loaded:
        lexicon = _read_package_file("vader_lexicon.txt")
        _loaded.append(_Tables(lexicon, _read_package_file("emoji_utf8_lexicon.txt")))
    return _loaded[0]
