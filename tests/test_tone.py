"""Tests for the built-in tone analyzer (toolkit.plugins.tone) and bench/tone_check.py."""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.models import Document, Quote, Report, Sentence
from toolkit.pipeline import Options
from toolkit.plugins import tone
from toolkit.plugins.tone import analyze_tone, score_text

REPO = Path(__file__).resolve().parents[1]

POSITIVE = "This is a wonderful, happy day and a great success for both our peoples."
VERY_POSITIVE = "We are delighted, truly thrilled and grateful: an excellent, beautiful friendship."
NEGATIVE = "This is a terrible, shameful crime and a disaster for everyone."
NEUTRAL = "The meeting took place on Tuesday in Moscow."


def build(specs: list[tuple[str, str, str | None]], **options: Any) -> tuple[Document, Report]:
    """A document with one sentence per quote (text, kind, speaker), offsets consistent."""
    text = ""
    sentences: list[Sentence] = []
    quotes: list[Quote] = []
    for index, (quote_text, kind, speaker) in enumerate(specs):
        sentence = f'"{quote_text}" said someone.'
        start = len(text)
        text += sentence + " "
        sentences.append(Sentence(index, start, start + len(sentence), sentence))
        quote_start = start + 1
        quotes.append(
            Quote(quote_text, kind, quote_start, quote_start + len(quote_text), index, speaker)
        )
    text = text.rstrip()
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    document = Document(text=text, sentences=sentences, options=dict(options))
    report = Report(source=None, title=None, date=None, text=text, sentences=sentences)
    report.quotes = quotes
    return document, report


def test_labels_of_positive_negative_and_neutral_speakers() -> None:
    document, report = build(
        [
            (POSITIVE, "direct", "Putin"),
            (NEGATIVE, "direct", "Sharaa"),
            (NEUTRAL, "direct", "Lavrov"),
        ]
    )
    analyze_tone(document, report)
    assert report.tone["Putin"].label == "positive"
    assert report.tone["Sharaa"].label == "negative"
    assert report.tone["Lavrov"].label == "neutral"
    assert report.tone["Putin"].compound >= 0.05
    assert report.tone["Sharaa"].compound <= -0.05
    assert -0.05 < report.tone["Lavrov"].compound < 0.05


def test_every_quote_gets_scores() -> None:
    document, report = build(
        [(POSITIVE, "direct", "A"), (NEGATIVE, "indirect", None), (NEUTRAL, "partial", "B")]
    )
    analyze_tone(document, report)
    for quote in report.quotes:
        assert set(quote.tone_scores) == {"compound", "pos", "neu", "neg"}
        assert quote.tone == quote.tone_scores["compound"] == score_text(quote.text)["compound"]
        assert -1.0 <= quote.tone <= 1.0
        assert all(value == round(value, 4) for value in quote.tone_scores.values())


def test_speaker_compound_is_mean_of_quotes_not_glued_text() -> None:
    document, report = build([(POSITIVE, "direct", "A"), (VERY_POSITIVE, "direct", "A")])
    analyze_tone(document, report)
    first, second = (score_text(text)["compound"] for text in (POSITIVE, VERY_POSITIVE))
    glued = score_text(POSITIVE + " " + VERY_POSITIVE)["compound"]
    assert first > 0.5 and second > 0.5
    assert report.tone["A"].compound == pytest.approx((first + second) / 2, abs=1e-4)
    assert glued > max(first, second)  # gluing saturates towards +1
    assert report.tone["A"].compound != pytest.approx(glued, abs=1e-3)
    assert report.tone["A"].quotes == 2


def test_spread_is_population_standard_deviation() -> None:
    document, report = build(
        [(POSITIVE, "direct", "A"), (NEGATIVE, "direct", "A"), (NEUTRAL, "direct", "B")]
    )
    analyze_tone(document, report)
    high, low = score_text(POSITIVE)["compound"], score_text(NEGATIVE)["compound"]
    assert report.tone["A"].spread == pytest.approx(abs(high - low) / 2, abs=1e-4)
    assert report.tone["B"].spread == 0.0


def test_evidence_strongest_pull_first_and_pulls_sum_to_compound() -> None:
    long_neutral = NEUTRAL + " " + " ".join(["Officials met again later that week."] * 5)
    specs = [(long_neutral, "direct", "A"), (POSITIVE, "partial", "A"), (NEGATIVE, "direct", "A")]
    document, report = build(specs)
    analyze_tone(document, report)
    evidence = report.tone["A"].evidence
    assert sorted(item["quote"] for item in evidence) == [0, 1, 2]
    pulls = [abs(item["pull"]) for item in evidence]
    assert pulls == sorted(pulls, reverse=True)
    assert evidence[-1]["quote"] == 0  # the neutral quote pulls least
    for item in evidence:
        assert item["compound"] == report.quotes[item["quote"]].tone
        assert item["pull"] == pytest.approx(item["compound"] / 3, abs=1e-4)
    assert sum(item["pull"] for item in evidence) == pytest.approx(
        report.tone["A"].compound, abs=2e-4
    )
    assert len(evidence[-1]["text"]) <= tone.EVIDENCE_TEXT_LIMIT
    assert evidence[-1]["text"].endswith("…")


def test_indirect_quotes_count_only_with_the_option() -> None:
    specs = [(POSITIVE, "direct", "A"), (NEGATIVE, "indirect", "A"), (NEGATIVE, "indirect", "B")]
    document, report = build(specs)
    analyze_tone(document, report)
    assert report.tone["A"].quotes == 1
    assert report.tone["A"].label == "positive"
    assert "B" not in report.tone  # only indirect quotes: no entry by default
    assert report.quotes[1].tone == score_text(NEGATIVE)["compound"]  # still scored

    document, report = build(specs, tone_indirect=True)
    analyze_tone(document, report)
    assert report.tone["A"].quotes == 2
    assert report.tone["A"].compound < score_text(POSITIVE)["compound"]
    assert report.tone["B"].label == "negative"


def test_indirect_option_read_from_options_object() -> None:
    document, report = build([(NEGATIVE, "indirect", "B")])
    document.options = Options(tone_indirect=True)  # type: ignore[assignment]
    analyze_tone(document, report)
    assert report.tone["B"].quotes == 1


def test_quotes_without_speaker_are_scored_not_aggregated() -> None:
    document, report = build([(NEGATIVE, "direct", None), (POSITIVE, "direct", "A")])
    analyze_tone(document, report)
    assert report.quotes[0].tone is not None and report.quotes[0].tone < -0.05
    assert set(report.tone) == {"A"}
    assert report.tone["A"].quotes == 1
    assert [item["quote"] for item in report.tone["A"].evidence] == [1]


def test_empty_report_and_empty_quote_text() -> None:
    document, report = build([])
    analyze_tone(document, report)
    assert report.tone == {} and report.warnings == []

    document, report = build([("", "direct", "A"), ("   ", "partial", "A")])
    analyze_tone(document, report)
    assert [quote.tone for quote in report.quotes] == [0.0, 0.0]
    assert report.tone["A"].label == "neutral"
    assert report.tone["A"].compound == 0.0


def test_repeated_quote_text_is_scored_once_each_quote_owns_its_scores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = tone.polarity_scores
    calls: list[str] = []

    def counting(text: str) -> dict[str, float]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(tone, "polarity_scores", counting)
    document, report = build(
        [(POSITIVE, "direct", "A"), (NEGATIVE, "direct", "B"), (POSITIVE, "partial", "B")]
    )
    analyze_tone(document, report)
    assert sorted(calls) == sorted([POSITIVE, NEGATIVE])
    first, _, repeated = report.quotes
    assert repeated.tone_scores == first.tone_scores == score_text(POSITIVE)
    assert repeated.tone_scores is not first.tone_scores
    repeated.tone_scores["compound"] = 9.0
    assert first.tone_scores["compound"] == first.tone


def test_report_tone_is_json_serialisable() -> None:
    document, report = build([(POSITIVE, "direct", "A"), (NEGATIVE, "partial", "A")])
    analyze_tone(document, report)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["tone"]["A"]["quotes"] == 2
    assert data["quotes"][0]["tone"] == report.quotes[0].tone


def test_hook_registers_tone_analyzer_after_quotes() -> None:
    calls: list[tuple[Any, ...]] = []
    tone.toolkit_register_analyzers(register=lambda *args, **kwargs: calls.append((args, kwargs)))
    assert calls == [(("tone", analyze_tone), {"order": 200})]


def test_import_is_cheap_and_lexicon_loaded_on_first_score() -> None:
    code = (
        "import sys, toolkit.plugins.tone as t, toolkit.plugins.tone.vader as v; "
        "assert 'vaderSentiment' not in sys.modules and not v._loaded; "
        "assert t.score_text('a good day')['compound'] > 0; "
        "assert v._loaded"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_score_text_never_raises(text: str) -> None:
    scores = score_text(text)
    assert -1.0 <= scores["compound"] <= 1.0
    assert all(0.0 <= scores[key] <= 1.0 for key in ("pos", "neu", "neg"))


_WORDS = st.sampled_from(["good", "bad", "not", "very", "great", "awful", "the", "no", "!", "?"])


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=6).map(" ".join), min_size=1, max_size=6))
def test_speaker_compound_lies_between_its_quotes(texts: list[str]) -> None:
    document, report = build([(text, "direct", "A") for text in texts])
    analyze_tone(document, report)
    values = [quote.tone for quote in report.quotes]
    result = report.tone["A"]
    assert min(values) - 1e-4 <= result.compound <= max(values) + 1e-4
    assert result.spread <= (max(values) - min(values)) / 2 + 1e-4
    assert result.quotes == len(texts)


# --- bench/tone_check.py ---------------------------------------------------


def _load_check_script() -> Any:
    spec = importlib.util.spec_from_file_location("tone_check", REPO / "bench" / "tone_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_check_script_pearson_r_on_hand_made_lists() -> None:
    check = _load_check_script()
    # dx = (-1, 0, 1), dy = (-1, 1, 0): r = 1 / sqrt(2 * 2) = 0.5
    assert check.pearson_r([1, 2, 3], [1, 3, 2]) == pytest.approx(0.5)
    assert check.pearson_r([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert check.pearson_r([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert math.isnan(check.pearson_r([1, 1, 1], [1, 2, 3]))
    with pytest.raises(ValueError):
        check.pearson_r([1, 2], [1, 2, 3])


def test_check_script_reads_unquoted_tsv(tmp_path: Path) -> None:
    check = _load_check_script()
    path = tmp_path / "tiny.tsv"
    path.write_text(
        'id\tscore\ttext\n1\t2.5\tSo "lucky" today\n2\t-1.25\t"Bad" day, "really"\n',
        encoding="utf-8",
    )
    assert check.read_ground_truth(path) == [
        (2.5, 'So "lucky" today'),
        (-1.25, '"Bad" day, "really"'),
    ]
    result = check.check_corpus(path)
    assert result["n"] == 2
    assert result["r"] == pytest.approx(1.0)  # two points always correlate perfectly
