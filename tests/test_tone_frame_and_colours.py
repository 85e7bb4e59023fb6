"""The stance of a statement's reporting frame, and report colours on the labels' band."""

from __future__ import annotations

from pathlib import Path

import pytest

import toolkit
from toolkit.models import Document, Quote, Report
from toolkit.plugins.formats.report import format_html
from toolkit.plugins.formats.report.style import DEFAULT_BAND, neutral_band, tone_bin, tone_bins
from toolkit.plugins.tone import analyze_tone
from toolkit.plugins.tone.frame import frame_valence
from toolkit.plugins.tone.model import neutral_band as model_band

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "corpus" / "putin-al-sharaa-kremlin.txt"


def valence(text: str, statement: str) -> float:
    start = text.index(statement)
    return frame_valence(text, start, start + len(statement))


@pytest.mark.parametrize(
    ("text", "statement", "sign"),
    [
        (
            "Sudan accused Ethiopia of capturing the soldiers.",
            "Ethiopia of capturing the soldiers",
            -1,
        ),
        ("The head of the union voiced concern over rising tension.", "rising tension", -1),
        ("The ministry welcomed the decision to reopen the border.", "the decision to reopen", 1),
        ('"The toll is 11 killed," it said, condemning the attack.', "The toll is 11 killed", 0),
        (
            "Addis Ababa said the forces had crossed, denying any raid.",
            "the forces had crossed",
            -1,
        ),
        ("Police said the man was arrested on Tuesday.", "the man was arrested on Tuesday", 0),
    ],
)
def test_the_frame_carries_the_speakers_stance(text: str, statement: str, sign: int) -> None:
    value = valence(text, statement)
    assert (value > 0) - (value < 0) == sign


def test_a_frame_stops_at_a_contrast_and_at_another_partys_act() -> None:
    text = 'He noted that Syria is going through "difficult times" but expressed hope for peace.'
    assert valence(text, '"difficult times"') == 0.0  # the hope frames the next clause
    text = "The army said rebels attacked the post, claims denied by the rebels."
    assert valence(text, "rebels attacked the post") == 0.0  # the denial is not the army's
    text = "Officials denied that the talks had failed."
    assert valence(text, "the talks had failed") < 0


def test_an_adjunct_participle_inside_a_statement_is_the_speakers_act() -> None:
    text = (
        "The agency said it would reconsider the plan after strongly condemning the vote "
        "in the assembly."
    )
    assert valence(text, "it would reconsider the plan after strongly condemning the vote") < 0
    text = "The agency said it would reconsider the plan after welcoming the vote."
    assert valence(text, "it would reconsider the plan after welcoming the vote") > 0
    # a participle that is no act of evaluation, or an act that is no adjunct, is not a stance
    text = "The agency said it would reconsider the plan after counting the votes."
    assert valence(text, "it would reconsider the plan after counting the votes") == 0.0
    text = "The agency said the condemning report was published."
    assert valence(text, "the condemning report was published") == 0.0


def test_a_statement_with_a_plain_cue_takes_its_frames_stance() -> None:
    text = "The minister accused the rebels of breaking the truce."
    statement = "the rebels of breaking the truce"
    start = text.index(statement)
    quote = Quote(statement, "indirect", start, start + len(statement), 0, "Minister", cue=None)
    report = Report(source=None, title=None, date=None, text=text)
    report.quotes = [quote]
    analyze_tone(Document(text=text, sentences=[]), report)
    plain = Report(source=None, title=None, date=None, text=statement)
    plain.quotes = [Quote(statement, "indirect", 0, len(statement), 0, "Minister")]
    analyze_tone(Document(text=statement, sentences=[]), plain)
    assert report.tone["Minister"].compound < plain.tone["Minister"].compound
    assert report.tone["Minister"].label == "negative"


def test_bins_follow_a_given_band_as_the_labels_do() -> None:
    band = (-0.133, 0.102)
    classes = [tone_bin(s, band).css_class for s in (-0.5, -0.133, -0.1, 0.06, 0.102, 0.5)]
    assert classes == ["t-n2", "t-n1", "t-0", "t-0", "t-p1", "t-p2"]
    assert [b.label for b in tone_bins(band)][2] == "neutral (−0.133 to +0.102)"
    assert neutral_band(Report(None, None, None, "")) == DEFAULT_BAND  # no tone analyzer ran


def test_the_report_colours_speakers_as_their_labels() -> None:
    report = toolkit.summarize(BUNDLED.read_text(encoding="utf-8"))
    band = neutral_band(report)
    assert band == model_band() != DEFAULT_BAND
    classes = {"negative": {"t-n1", "t-n2"}, "neutral": {"t-0"}, "positive": {"t-p1", "t-p2"}}
    assert report.tone
    for tone in report.tone.values():
        assert tone_bin(tone.compound, band).css_class in classes[tone.label]
    page = format_html(report)
    assert tone_bins(band)[2].label in page and "(−0.05 to +0.05)" not in page


def test_an_event_report_counts_less_than_an_evaluation() -> None:
    from toolkit.plugins.tone.stance import is_event_report, statement_score

    assert is_event_report("nearly 28,000 people have been killed in four months of war")
    assert is_event_report("A man was arrested on a charge of murder")
    assert not is_event_report("We were attacked 3 times and I am furious")  # first person
    assert not is_event_report("The logic is absurd and the conclusion dangerous")
    report = "Eleven soldiers were killed in the attack"
    assert abs(statement_score(-0.5, "said", report)) < abs(statement_score(-0.5, "said", "x"))
    # a stance in the cue or the frame keeps the whole score
    assert statement_score(-0.5, "said", report, frame=-1.9) < statement_score(-0.5, "said", report)
