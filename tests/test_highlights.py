"""The ``highlights`` scorer's furniture rules and features, and the splitter's
caption-line rule they rely on (texts written here, in the style of news pages)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import SEED as SEED_PATH
from toolkit.api import summarize
from toolkit.plugins.scorers.blas import THREAD_VARIABLES
from toolkit.plugins.scorers.features import FEATURES, is_furniture, sentence_features
from toolkit.plugins.scorers.highlights import load_model
from toolkit.plugins.sentences import split

# One paragraph a line, as pages are copied (not hard-wrapped newswire).
PAGE = (
    "A pensioner says his terrier saved him from a badger the size of a pig, with teeth as "
    "long as his fingers, while he sat in his garden.\n"
    "The retired builder, 79, was sitting in the sun with his dog when the animal and two "
    "cubs burst through the hedge at the bottom of the lawn.\n"
    "His neighbours have since asked the council to fence off the field behind the houses, "
    "where they say the animals have dug a large sett.\n"
    "Scroll down for video Shocked:\n"
    "The pensioner said the badger burst through a hedge with two cubs (stock image)\n"
    "Mr Cooper said the dog pulled him back indoors before the badger reached him.\n"
    "The council said it would send an officer to look at the field next week.\n"
)


def test_a_caption_line_ending_in_a_bracket_is_not_run_into_the_next_sentence() -> None:
    sentences = split(PAGE)
    caption = "The pensioner said the badger burst through a hedge with two cubs (stock image)"
    assert caption in sentences
    assert "Mr Cooper said the dog pulled him back indoors before the badger reached him." in (
        sentences
    )


def test_a_bracket_after_a_full_stop_still_lets_the_punctuation_decide() -> None:
    text = "He left the club in May (he had been there ten years.)\nThe club thanked him."
    assert split(text) == [
        "He left the club in May (he had been there ten years.)",
        "The club thanked him.",
    ]


def test_page_instructions_are_furniture_with_whatever_follows_them() -> None:
    for line in (
        "Scroll down for video",
        "Scroll down for video The minister was seen leaving the building on Monday.",
        "Click here to read the full transcript of the programme.",
        "Watch the video below to see the rescue as it happened.",
    ):
        assert is_furniture(line, set()), line
    story = "Watchdogs read the report on Monday and said it was flawed."
    assert not is_furniture(story, set())


def test_the_default_summary_takes_no_caption_or_instruction() -> None:
    report = summarize(PAGE, 3, analyzers=())
    picked = [s.text for s in report.summary]
    assert len(picked) == 3
    assert not any("Scroll down" in s or "(stock image)" in s for s in picked)


def test_picture_feature_marks_sentences_that_point_at_a_photo() -> None:
    text = (
        "The minister (pictured) resigned on Monday after a week of pressure.\n"
        "Her deputy, who has led the department's budget talks, will stand in.\n"
        "The deputy, seen here at the conference, said he was honoured.\n"
    )
    document = summarize(text, 1, analyzers=())
    from toolkit.pipeline import Options, prepare
    from toolkit.registry import get_registry

    prepared = prepare(document.text, Options(), get_registry())
    rows, furniture = sentence_features(prepared)
    column = FEATURES.index("picture")
    assert [row[column] for row in rows] == [1.0, 0.0, 1.0]
    assert furniture == [False, False, False]


def test_the_shipped_model_matches_the_features() -> None:
    model = load_model()
    assert tuple(model["features"]) == FEATURES
    assert len(model["weights"]) == len(model["mean"]) == len(model["scale"]) == len(FEATURES)
    assert model["weights"][FEATURES.index("position")] > 0  # news puts key facts first


def _blas_threads_after_a_summary(environment: dict[str, str]) -> str:
    # Five articles in one text: a graph too large for the plain-Python path, so numpy ranks it.
    code = (
        "import os, sys, pathlib; from toolkit import summarize; "
        f"summarize('\\n\\n'.join(p.read_text('utf-8') for p in sorted("
        f"pathlib.Path({str(SEED_PATH.parent)!r}).glob('*.txt')))); "
        "assert 'numpy' in sys.modules; print(os.environ.get('OPENBLAS_NUM_THREADS'))"
    )
    env = {k: v for k, v in os.environ.items() if k not in THREAD_VARIABLES} | environment
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_the_sentence_graphs_use_one_blas_thread_unless_the_user_chose() -> None:
    assert _blas_threads_after_a_summary({}) == "1"
    assert _blas_threads_after_a_summary({"OPENBLAS_NUM_THREADS": "2"}) == "2"
