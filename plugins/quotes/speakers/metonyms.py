"""A capital speaking for its country: "Khartoum recalled its ambassador" is Sudan's
government, the speaker the article also calls "Sudan".

The capital is read as its country only when the mention is the bare capital (no
title, no role, no gender: "Mr. Washington" is a person) and the article also gives
the country's name to a speaker ("Sudan accused ..."), so the two names the article
uses for one speaker are one speaker.
"""

from __future__ import annotations

from ...text.capitals import COUNTRIES_BY_CAPITAL
from .mentions import Mention


def country_of_capital(mention: Mention, speaking: set[str]) -> Mention | None:
    """The mention renamed to the country whose capital it names, when ``speaking`` (the
    names of the article's speakers) holds that country; else None."""
    if mention.kind != "name" or mention.descriptors or mention.gender:
        return None
    countries = COUNTRIES_BY_CAPITAL.get((mention.name or mention.surface).lower())
    if not countries:
        return None
    for country in countries:
        if country in speaking:
            return Mention(mention.kind, mention.surface, mention.start, mention.end, country)
    return None
