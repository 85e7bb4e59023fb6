"""scripts/train_tone.py on a slice of the real VADER ratings (needs ../shared/data)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from conftest import shared_data_file
from toolkit.plugins.tone import model as tone_model

REPO = Path(__file__).resolve().parents[1]


def _train_script() -> Any:
    spec = importlib.util.spec_from_file_location("train_tone", REPO / "scripts" / "train_tone.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_a_slice_gives_a_model_the_run_time_code_evaluates(tmp_path: Path) -> None:
    data = shared_data_file("sentiment/tweets.tsv").parent
    train = _train_script()
    rows = train.load_rows(data)
    assert {row["corpus"] for row in rows} == set(train.CORPORA)
    sample = rows[::20]  # about 1,200 texts of all four corpora
    model = train.fit(sample)
    assert model["format"] == 1 and len(model["vader"]) == len(tone_model.VADER_FEATURES)
    predictions = train.model_predict(model, sample)
    assert all(-1.0 <= value <= 1.0 for value in predictions)
    fitted = train.pearson([row["y"] for row in sample], predictions)
    assert fitted > 0.6
    # the shipped model is untouched by model_predict's swap
    tone_model.load_model.cache_clear()
    assert tone_model.load_model() != model
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    assert tone_model.load_model(str(path))["intercept"] == model["intercept"]


def test_cross_validation_predicts_every_text_from_a_model_without_its_group() -> None:
    data = shared_data_file("sentiment/nyt_editorials.tsv").parent
    train = _train_script()
    sample = [row for row in train.load_rows(data) if row["corpus"] == "nyt_editorials"][:600]
    held_out = train.cross_validated(sample, folds=3)
    assert len(held_out) == len(sample)
    r = train.per_corpus_r(sample, held_out)["nyt_editorials"]
    assert 0.2 < r < 0.9
