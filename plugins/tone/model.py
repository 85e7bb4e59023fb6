"""The default tone of a text: a linear model over VADER's scores and words.

VADER (``vader``) is a rule-based lexicon scorer built for social media; on
news-like sentences (the VADER paper's NYT editorial snippets) its compound
score correlates with human raters at only r = 0.50. This model keeps VADER's
rules as features and adds one learned weight per word, fitted by ridge
regression on the human ratings of the VADER paper's four corpora
(``scripts/train_tone.py``; grouped cross-validated figures in docs/tone.md).

Features of a text (the training script uses these same functions):

- ``vader_features``: VADER's compound, pos and neg, the compound's raw valence
  sum squashed more gently (``tanh(raw / 4)``, so strong texts still differ) and
  the compound cubed;
- ``words``: the distinct lower-case words (and ``!``/``?``), each worth
  ``1 / sqrt(number of distinct words)``, so long texts do not add up to
  extremes.

The prediction is the human rating scale (-4 ... +4) divided by 4, clipped to
[-1, 1]. The weights ship as ``data/tone_model.json`` and are evaluated here
with plain Python: scikit-learn is needed only to train.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .vader import polarity_scores

MODEL_PATH = Path(__file__).resolve().parent / "data" / "tone_model.json"
# "[!?]" first: the same words (no character starts both), found about 1.8x faster.
_WORD = re.compile(r"[!?]|[a-z][a-z']+")
VADER_FEATURES = ("compound", "pos", "neg", "squashed_raw", "compound_cubed")


def words(text: str) -> list[str]:
    """The distinct words of ``text`` the model weighs, in first-seen order."""
    return list(dict.fromkeys(_WORD.findall(text.lower())))


def vader_features(scores: dict[str, float]) -> list[float]:
    """The model's VADER features from a ``polarity_scores`` dict."""
    compound = scores["compound"]
    if abs(compound) < 0.9999:
        raw = compound * math.sqrt(15.0 / (1.0 - compound * compound))
    else:
        raw = math.copysign(40.0, compound)
    return [compound, scores["pos"], scores["neg"], math.tanh(raw / 4.0), compound**3]


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        model = json.load(handle)
    if model.get("format") != 1 or len(model["vader"]) != len(VADER_FEATURES):
        raise ValueError(f"{path}: not a tone model of format 1")
    return model


def predict(
    text: str, vader: dict[str, float] | None = None, found: list[str] | None = None
) -> float:
    """The model's tone of ``text`` in [-1, 1] (0.0 for blank text).

    ``vader`` and ``found`` (``words(text)``) may be given when already computed.
    """
    if not text.strip():
        return 0.0
    model = load_model()
    scores = vader if vader is not None else polarity_scores(text)
    return _linear(model, scores, found if found is not None else words(text), model["words"])


def _linear(
    model: dict[str, Any], scores: dict[str, float], found: list[str], weights: dict[str, float]
) -> float:
    value = model["intercept"]
    value += sum(map(operator.mul, model["vader"], vader_features(scores)))
    if found:
        value += sum(map(weights.get, found, itertools.repeat(0.0))) / math.sqrt(len(found))
    return max(-1.0, min(1.0, value))


def neutral_band() -> tuple[float, float]:
    """Speaker means strictly inside this band are neutral (from news narration)."""
    low, high = load_model().get("neutral_band", (-0.05, 0.05))
    return float(low), float(high)
