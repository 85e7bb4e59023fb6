"""Word lists for the sentence splitter (``toolkit.plugins.sentences``).

All keys are lower case and written without their final period; internal
periods stay (``"u.s"``, ``"ph.d"``). The hand-written lists below are merged
with the abbreviations and sentence starters that ``scripts/train_punkt.py``
learned with NLTK's ``PunktTrainer`` (``data/punkt_news.json``), loaded once
on first use.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..text.people import TITLE_ABBREVIATIONS

# Titles (the one list, in ``text.people``) and other abbreviations that stand
# *before* a name or a word (Mount, Fort): the period after them does not end a
# sentence when a word follows.
PREPOSITIVE = TITLE_ABBREVIATIONS | {"mt", "ft"}

# Abbreviations that usually stand before a number: "p. 55", "No. 5", "vol. 3".
BEFORE_NUMBER = frozenset(
    "p pp no nos nr n° nº vol vols fig figs art arts ch chap sec secs para paras ed eds "
    "op rs tel ext pt pts ref refs ca c bldg rm".split()
)

# Other common abbreviations (postpositive, Latin, months, days, units,
# places): after these a period ends a sentence only before a typical
# sentence-opening word ("Co. They ...", but "Co. at noon", "U.S. Government").
ABBREVIATIONS = frozenset(
    """
    inc corp co cos ltd llc plc bros assn assoc dept depts univ inst intl natl govt admin
    mfg mkt mgmt dist div cie sa ag nv bhd pty pte
    jr snr esq ph.d m.d b.a m.a b.sc m.sc d.phil ll.b ll.m
    etc vs v al cf eg e.g ie i.e viz ibid et seq approx misc nb n.b ps p.s
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri
    ave blvd rd hwy sq ln pl ct cres terr mt mtn ft
    ala ariz ark calif colo conn del fla ga ind kan kans ky md mich minn
    mo mont neb nebr nev okla pa penn tenn tex vt va wis wisc wyo
    alta ont que sask
    a.m p.m a.d b.c u.s u.s.a u.k u.n e.u d.c n.y l.a
    """.split()
)

# Time-of-day abbreviations get their own rule (see ``sentences._time_ends``).
TIME_OF_DAY = frozenset({"a.m", "p.m", "am", "pm"})

# Closed-class words that typically open a sentence. After an abbreviation,
# a capitalised word from this list signals a boundary ("in the U.S. How ...");
# other capitalised words (names, "Government") do not.
SENTENCE_STARTERS = frozenset(
    """
    a an the this that these those there here it its it's i i'm i've i'd i'll
    he she we they you his her their our my your one
    he's she's we're they're you're there's that's what's
    but and or so yet nor then now still also thus hence however meanwhile moreover
    furthermore nevertheless nonetheless instead otherwise besides indeed anyway
    in on at for with after before as if when while although though because since
    unless until despite according by from under over during following among between
    about against without within across through into upon throughout
    what who whom whose why how where which whether
    is are was were be been do does did can could will would should shall may might must
    not no yes all some many most much few several each every both either neither
    other another such only even just however overall finally first second third
    last next later earlier today yesterday tomorrow tonight recently currently
    once twice often sometimes never always perhaps maybe
    let please consider note see
    """.split()
)

# Prepositions that open a fronted time phrase: "At 5 a.m. Mr. Smith ..." is
# one sentence even though "a.m." precedes a capitalised word.
TIME_PREPOSITIONS = frozenset({"at", "by", "before", "after", "until", "till", "from", "around"})


@lru_cache(maxsize=1)
def trained_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Abbreviations and sentence starters learned by ``scripts/train_punkt.py``."""
    try:
        data_file = resources.files(__package__ or __name__).joinpath("data/punkt_news.json")
        raw = data_file.read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return frozenset(), frozenset()
    data = json.loads(raw)
    return frozenset(data.get("abbreviations", ())), frozenset(data.get("sentence_starters", ()))


@lru_cache(maxsize=1)
def all_abbreviations() -> frozenset[str]:
    """Every abbreviation the splitter knows (hand-written and trained)."""
    trained, _ = trained_lists()
    return ABBREVIATIONS | trained


@lru_cache(maxsize=1)
def all_sentence_starters() -> frozenset[str]:
    """Every sentence-opening word the splitter knows (hand-written and trained)."""
    _, trained = trained_lists()
    return SENTENCE_STARTERS | trained
