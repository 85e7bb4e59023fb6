"""The ``position`` scorer: lead bias.

News puts the key facts first, so a sentence scores ``1 / sqrt(1 + i)`` for
its index ``i``: the lead counts most and later sentences slowly fade.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from toolkit import hookimpl
from toolkit.hookspecs import RegisterScorer

if TYPE_CHECKING:
    from toolkit.models import Document


def score_position(document: Document) -> list[float]:
    return [1.0 / math.sqrt(1 + i) for i in range(len(document.sentences))]


@hookimpl
def toolkit_register_scorers(register: RegisterScorer) -> None:
    register("position", score_position, weight=0.3, order=30)
