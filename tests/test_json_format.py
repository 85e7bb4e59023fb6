"""The JSON formatter writes exactly what ``json.dumps(..., indent=2)`` writes, faster."""

from __future__ import annotations

import enum
import json
from collections import OrderedDict
from typing import Any

import pytest

from toolkit.models import Quote, Report, Speaker, SpeakerTone, SummarySentence
from toolkit.plugins.formats.plain import format_json, indented_json


def _reference(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


class _Level(enum.IntEnum):
    HIGH = 3


class _Name(str):
    pass


_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -17,
    2**80,
    0.5,
    -0.0,
    1e300,
    3e-9,
    float("nan"),
    float("inf"),
    float("-inf"),
    "",
    'a "quoted" \\ back\nslash\tand é, “curly”, 😀, \x00 and \u2028',
    [],
    {},
    [[]],
    [{}],
    (1, "two", [3.0, None]),
    {"nested": {"deeper": [1, [2, {"deepest": None}]], "empty": [], "none": {}}},
    {7: "int key", 2.5: "float key", True: "true key", False: "false key", None: "none key"},
    {"enum": _Level.HIGH, _Name("sub"): _Name("string subclass"), "od": OrderedDict(b=1, a=2)},
]


@pytest.mark.parametrize("value", _VALUES, ids=range(len(_VALUES)))
def test_indented_json_is_the_standard_encoders_output(value: Any) -> None:
    assert indented_json(value) == _reference(value)


@pytest.mark.parametrize("value", [{"a": object()}, [1, {2, 3}], {(1, 2): "tuple key"}])
def test_a_value_json_refuses_raises_the_same_error(value: Any) -> None:
    with pytest.raises(TypeError) as expected:
        _reference(value)
    with pytest.raises(TypeError) as got:
        indented_json(value)
    assert str(got.value) == str(expected.value)


def test_a_circular_value_raises_like_the_standard_encoder() -> None:
    loop: list[Any] = []
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference"):
        indented_json(loop)


def test_a_whole_report_is_byte_identical() -> None:
    report = Report(
        source="invented.txt",
        title="Ferry service resumes",
        date="2026-03-02",
        text='The ferry runs again, the mayor said. "We are back," Ana Ruiz said.',
        summary=[SummarySentence(0, "The ferry runs again, the mayor said.", 0.8125)],
        quotes=[
            Quote(
                text="We are back,",
                speaker="Ana Ruiz",
                kind="direct",
                start=39,
                end=51,
                sentence_index=1,
                mention="Ana Ruiz",
                cue="said",
                tone=0.25,
                tone_scores={"pos": 0.4, "neg": 0.0},
                parts=[(39, 51)],
            )
        ],
        speakers={"Ana Ruiz": Speaker("Ana Ruiz", ["Ruiz"], 1)},
        tone={"Ana Ruiz": SpeakerTone(0.25, "positive", 1, 0.0, [{"quote": 0, "compound": 0.25}])},
        warnings=["a warning with “marks”"],
        extras={"plugin": {"values": [1, 2.5, None], "flag": True}},
    )
    assert format_json(report) == _reference(report.to_dict()) + "\n"
