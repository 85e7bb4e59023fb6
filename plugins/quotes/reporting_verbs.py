"""Reporting verbs ("said", "told", "expressed hope"), with their inflections, and
the verbs that introduce a name rather than speech ("dubbed", "called").

General English, written for this toolkit; none of it is fitted to an article.
"""

from __future__ import annotations

# Reporting verbs by base form; inflections are generated below.
_REGULAR_CUES = """
accuse acknowledge add admit advise affirm agree allege announce answer argue ask assert
assure beg believe blog boast brag caution charge cheer chide claim comment complain concede
conclude concur confirm contend continue counter cry declare decline deny describe demand disclose
elaborate emphasise emphasize estimate exclaim exhort explain fear fume gush hint hope implore
indicate inform insist instruct interject joke lament maintain marvel mention muse mutter note
object observe opine plead point posit post pledge predict proclaim promise propose protest
question quip rage react reassure recall reckon recount reflect reiterate remark remember remind
reply report respond retort reveal scoff scream shout sigh snap sneer speculate state stress suggest
summarize summarise tease testify threaten tweet urge vow warn whisper wonder worry yell
"""

_IRREGULAR_CUES = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "think": ("think", "thinks", "thought", "thinking"),
    "speak": ("speak", "speaks", "spoke", "speaking"),
}

# Multi-word cues whose first word is an ordinary verb: "expressed hope that".
PHRASE_CUES = (
    ("expressed", "hope"),
    ("expressed", "confidence"),
    ("expressed", "concern"),
    ("expresses", "hope"),
    ("pointed", "out"),
    ("points", "out"),
    ("shot", "back"),
    ("fired", "back"),
    ("made", "clear"),
    ("made", "it", "clear"),
    ("chimed", "in"),
    ("chimes", "in"),
    ("went", "on"),
    ("goes", "on"),
    *(
        (form, particle)
        for form in ("call", "calls", "called", "calling")
        for particle in ("for", "on")
    ),
)

# Cue verbs that introduce a name or nickname rather than speech.
NAMING_WORDS = frozenset(
    "dubbed nicknamed titled entitled called named labelled labeled branded so-called "
    "known term termed".split()
)


_DOUBLING = frozenset("snap quip admit beg blog brag concur".split())


def _inflect(base: str) -> tuple[str, ...]:
    if base.endswith("e"):
        stem = base[:-1]
        return (base, base + "s", base + "d", stem + "ing")
    if base.endswith("y") and base[-2] not in "aeiou":
        stem = base[:-1]
        return (base, stem + "ies", stem + "ied", base + "ing")
    if base.endswith(("s", "sh", "ch", "x")):
        return (base, base + "es", base + "ed", base + "ing")
    if base in _DOUBLING or base == "scream":
        # a stressed final consonant after one short vowel doubles: "admitted", "begged"
        double = base + base[-1] if base != "scream" else base
        return (base, base + "s", double + "ed", double + "ing")
    return (base, base + "s", base + "ed", base + "ing")


def _build_cues() -> dict[str, str]:
    forms: dict[str, str] = {}
    for base in _REGULAR_CUES.split():
        for form in _inflect(base):
            forms[form] = base
    for base, inflections in _IRREGULAR_CUES.items():
        for form in inflections:
            forms[form] = base
    return forms


CUE_FORMS: dict[str, str] = _build_cues()

# Cues that report thoughts, wishes or judgements rather than words: after a quote
# ('"...," he hoped') they are too weak to attribute it.
_NOT_SPEECH = frozenset("believe hope fear worry estimate indicate describe decline".split())
# Cues strong enough to stand for speech after a quote without any "that"
# (phrase cues such as "shot back" are keyed by their first word).
SPEECH_BASES = (frozenset(CUE_FORMS.values()) | {phrase[0] for phrase in PHRASE_CUES}) - _NOT_SPEECH
