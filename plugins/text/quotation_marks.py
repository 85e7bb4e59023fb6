"""Which characters are quotation marks: the one table every family reads.

How marks pair up into quotations (which closer goes with which opener,
paragraph continuation) is the quotes family's business (``quotes.marks``);
this module only says which characters are marks, in the groups the
families need. Two-character marks (``''``, TeX's ````) are turned into a
straight mark before any of these are looked for.
"""

from __future__ import annotations

import re

# Straight, curly, low-9 and angle double quotation marks.
DOUBLE_MARKS = '"“”„«»'
# Single angle quotation marks (Swiss and French nested quotes).
SINGLE_ANGLE_MARKS = "‹›"
# Curly single quotation marks; ’ is also the apostrophe ("don’t").
SINGLE_CURLY_MARKS = "‘’"

QUOTE_MARKS = frozenset(DOUBLE_MARKS + SINGLE_ANGLE_MARKS + SINGLE_CURLY_MARKS)
# The marks that never stand for an apostrophe.
UNAMBIGUOUS_MARKS = frozenset(DOUBLE_MARKS + SINGLE_ANGLE_MARKS)

QUOTE_MARK_PATTERN = re.compile("[" + "".join(sorted(QUOTE_MARKS)) + "]")
DOUBLE_MARK_PATTERN = re.compile("[" + "".join(sorted(DOUBLE_MARKS)) + "]")
