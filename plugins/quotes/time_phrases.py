"""A time phrase between a subject and its verb ("Lee a month later announced", "Lee
days later said"), and the words after which a time noun is no verb ("Hours later,").
Used by ``context``."""

from __future__ import annotations

from ..text.tokens import Token

TIME_AFTER = frozenset("later earlier ago afterwards".split())


def before_time_phrase(tokens: list[Token], end: int, low: int) -> int:
    """Where a subject ends before a time phrase that precedes its verb ("Lee a month
    later announced", "Lee days later said"; "later" may have gone with the adverbs)."""
    unit = end - 1
    if unit > low and tokens[unit].lower in TIME_AFTER:
        unit -= 1
    elif end >= len(tokens) or tokens[end].lower not in TIME_AFTER:
        return end
    if unit <= low or tokens[unit].lower.rstrip("s") not in _TIME_UNITS:
        return end
    if unit - 1 > low and tokens[unit - 1].lower in _TIME_COUNTS:
        return unit - 1  # "a month later"
    return unit if tokens[unit].lower.endswith("s") else end  # "days later"


_TIME_UNITS = frozenset("minute hour day week month year decade".split())
_TIME_COUNTS = frozenset("a an one two three four five six several few some many".split())
