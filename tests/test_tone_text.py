"""Tests for the public ``toolkit.tone(text)`` and the learned model behind it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import toolkit
from toolkit.errors import UnknownComponentError
from toolkit.plugins.tone import model as _tone_model

# Sentences of the VADER paper's NYT editorial snippets style, written for this test.
PRAISE = "The mayor deserves credit for a thoughtful, generous and wise plan."
BLAME = "The council's plan is a cruel, dishonest and shameful failure."


def test_tone_is_a_float_in_range_and_orders_clear_cases() -> None:
    praise, blame = toolkit.tone(PRAISE), toolkit.tone(BLAME)
    assert isinstance(praise, float)
    assert -1.0 <= blame < 0.0 < praise <= 1.0


def test_blank_text_is_neutral() -> None:
    assert toolkit.tone("") == 0.0
    assert toolkit.tone("   \n") == 0.0


def test_named_scorer_vader_is_the_compound_score() -> None:
    from toolkit.plugins.tone.vader import polarity_scores

    assert toolkit.tone(BLAME, scorer="vader") == pytest.approx(polarity_scores(BLAME)["compound"])


def test_unknown_scorer_is_a_clear_error() -> None:
    with pytest.raises(UnknownComponentError, match="tone_scorer 'nope'"):
        toolkit.tone("Fine.", scorer="nope")


def test_non_text_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        toolkit.tone(None)  # type: ignore[arg-type]


def test_shipped_model_is_small_and_records_its_cross_validation() -> None:
    assert _tone_model.MODEL_PATH.stat().st_size < 400_000
    model = json.loads(_tone_model.MODEL_PATH.read_text(encoding="utf-8"))
    cv = model["grouped_5fold_cv_r"]
    assert cv["nyt_editorials"] >= 0.55 and cv["tweets"] >= 0.85


def test_model_runs_without_scikit_learn() -> None:
    code = (
        "import sys, toolkit\n"
        f"v = toolkit.tone({PRAISE!r})\n"
        "assert v > 0, v\n"
        "bad = [m for m in ('sklearn', 'scipy', 'numpy') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_words_are_distinct_and_lower_case() -> None:
    assert _tone_model.words("Good, GOOD good! Isn't it?") == ["good", "!", "isn't", "it", "?"]
