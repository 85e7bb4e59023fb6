"""Every attribution shape gives one record (JSON schema 2), with the right speaker.

The sentences are invented for these tests (no names or strings from the data).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from quote_runs import run

from toolkit.models import QUOTE_KINDS, SCHEMA_VERSION
from toolkit.plugins.quotes.speakers.resolve import _TEXTS_AND_MEDIA
from toolkit.plugins.text.people import DEMONYMS

REPO = Path(__file__).resolve().parents[1]
CONTENT = "the harbour toll was too high"


@pytest.mark.parametrize(
    "text",
    [
        # the cue after the content
        "The harbour toll was too high, Dana Holt said.",
        "The harbour toll was too high, said Dana Holt.",
        "The harbour toll was too high, Dana Holt, a ferry captain, told reporters in Ames.",
        "The harbour toll was too high, according to Dana Holt.",
        # the cue before the content
        "Dana Holt said the harbour toll was too high.",
        "Dana Holt said that the harbour toll was too high.",
        "Dana Holt said\u00a0the harbour toll was too high.",
        "Dana Holt told reporters the harbour toll was too high.",
        "Dana Holt told the Ames Ledger that the harbour toll was too high.",
        "Dana Holt said in a statement that the harbour toll was too high.",
        "According to Dana Holt, the harbour toll was too high.",
        # between speaker and cue: an apposition, a relative clause
        "Dana Holt, a ferry captain, said the harbour toll was too high.",
        "Dana Holt, who runs the night ferry, said the harbour toll was too high.",
        # a continuation
        "Dana Holt spoke at the quay. She added that the harbour toll was too high.",
    ],
)
def test_each_attribution_shape_gives_one_indirect_record(text: str) -> None:
    report = run(text)
    assert [(q.kind, q.speaker) for q in report.quotes] == [("indirect", "Dana Holt")]
    assert report.quotes[0].text.lower().replace("\u00a0", " ").startswith(CONTENT)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Dana Holt says she’s worried about the harbour toll.", "she’s worried about"),
        ("Dana Holt called for a lower harbour toll.", "a lower harbour toll"),
        ("Dana Holt urged the council to lower the toll.", "the council to lower the toll"),
        ("Dana Holt announced a lower harbour toll.", "a lower harbour toll"),
        ("At one point, Dana Holt said, the ferry had nearly stopped.", "At one point"),
    ],
)
def test_verbs_of_saying_with_an_object_or_a_contraction(text: str, content: str) -> None:
    report = run(text)
    assert [(q.kind, q.speaker) for q in report.quotes] == [("indirect", "Dana Holt")]
    assert report.quotes[0].text.startswith(content)


def test_beliefs_are_not_speech() -> None:
    assert run("Dana Holt thinks about the harbour toll every day.").quotes == []
    assert run("At the quay on Tuesday, the harbour was quiet.").quotes == []


def test_a_partly_quoted_statement_is_one_mixed_record() -> None:
    text = 'Dana Holt said the harbour toll was "a scandal" and would "ruin the town."'
    report = run(text)
    [record] = report.quotes
    assert (record.kind, record.speaker) == ("mixed", "Dana Holt")
    assert [text[s:e] for s, e in record.fragments] == ["a scandal", "ruin the town"]
    assert text[record.start : record.end] == record.text


def test_a_statement_ending_in_a_quoted_phrase_before_its_attribution_is_mixed() -> None:
    text = 'The new toll may be "a disaster," said Dana Holt, a ferry captain.'
    [record] = run(text).quotes
    assert (record.kind, record.speaker) == ("mixed", "Dana Holt")
    assert record.text == 'The new toll may be "a disaster,"'
    assert [text[s:e] for s, e in record.fragments] == ["a disaster"]


def test_a_direct_quote_stays_direct() -> None:
    report = run('"The harbour toll is too high," Dana Holt said.')
    assert [(q.kind, q.speaker, q.fragments) for q in report.quotes] == [
        ("direct", "Dana Holt", [])
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # role and nationality
        (
            "Norvian President Omar Vell met the envoy. The Norvian president said the "
            "talks had gone well.",
            "Omar Vell",
        ),
        # office
        (
            "Foreign Minister Lena Orr arrived on Monday. The foreign minister said the talks "
            "would resume.",
            "Lena Orr",
        ),
        # age
        (
            "Tomas Brill, 70, has run the yard for decades. The 70-year-old said he would "
            "not retire.",
            "Tomas Brill",
        ),
        # employer
        (
            "Acme Mills chief executive Rhea Lund spoke first. The company's chief executive "
            "said sales had fallen.",
            "Rhea Lund",
        ),
        # a spokesperson, whatever the word's gender
        (
            "Harbour Board spokesman Ivo Dask spoke to reporters. The Harbour Board "
            "spokesperson said the talks were over.",
            "Ivo Dask",
        ),
        # a description before the person is named, who is the only one in that role
        (
            "The foreign minister said the border would stay shut. Foreign Minister Lena Orr "
            "spoke in the capital.",
            "Lena Orr",
        ),
        # a nationality alone: the person of that nationality, not another one
        (
            "French striker Ana Roux beat Greta Vos. The French said she had played well.",
            "Ana Roux",
        ),
        # a group named by a plural noun and its modifiers
        ("Norvian captains said the harbour toll was too high.", "Norvian captains"),
        # a document speaks for its author
        ("A study by the Orlen Water Institute said the river had flooded twice.", None),
    ],
)
def test_descriptions_resolve_to_the_introduced_person(text: str, speaker: str | None) -> None:
    report = run(text)
    expected = speaker or "Orlen Water Institute"
    assert [q.speaker for q in report.quotes] == [expected]
    assert expected in report.speakers
    if speaker is not None:  # every description used is listed for that speaker
        mention = report.quotes[0].mention
        names = [expected, *report.speakers[expected].aliases]
        assert mention in names


def _corpus_reports() -> list:
    return [run(path.read_text(encoding="utf-8")) for path in sorted(REPO.glob("corpus/*.txt"))]


CORPUS_REPORTS = _corpus_reports()

INVENTED = [
    'Dana Holt said the toll was "a scandal," and added, "We will fight it." She left.',
    '"It is over," said Dana Holt. "We lost." The plan, she said, had failed.',
    'According to Dana Holt, the toll was "far too high" and "unfair," the captain said.',
]


@pytest.mark.parametrize("report", CORPUS_REPORTS + [run(text) for text in INVENTED])
def test_no_record_lies_inside_another(report) -> None:  # noqa: ANN001
    spans = [(q.start, q.end) for q in report.quotes]
    for i, (start, end) in enumerate(spans):
        for j, (other_start, other_end) in enumerate(spans):
            if i != j:
                assert not (other_start <= start and end <= other_end), (i, j, spans)
    for quote in report.quotes:
        assert quote.kind in QUOTE_KINDS
        assert all(quote.start <= s < e <= quote.end for s, e in quote.fragments)
        assert bool(quote.fragments) == (quote.kind == "mixed")


_MONTHS_AND_DAYS = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


@pytest.mark.parametrize("report", CORPUS_REPORTS)
def test_every_speaker_of_the_bundled_corpus_can_speak(report) -> None:  # noqa: ANN001
    assert report.quotes
    for name in report.speakers:
        words = name.lower().replace("the ", "").split()
        assert words[-1] not in _TEXTS_AND_MEDIA, name  # no statement, report, post
        assert " ".join(words) not in DEMONYMS, name  # no country or city
        assert not set(words) & _MONTHS_AND_DAYS, name  # no date
        assert not re.search(r"\d", name), name
        assert len(name) < 60, name  # no headline or link line


def _documented_quote_fields() -> tuple[set[str], set[str], int]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## JSON output (schema ") :]
    schema = int(re.match(r"## JSON output \(schema (\d+)\)", section).group(1))
    row = next(line for line in section.splitlines() if line.startswith("| `quotes` |"))
    fields = set(re.search(r"`\{([^}]*)\}`", row).group(1).replace(" ", "").split(","))
    kinds = set(re.findall(r"`(\w+)` \(", re.search(r"`kind` is ([^;]*);", row).group(1)))
    return fields, kinds, schema


def test_schema_2_json_matches_its_documentation() -> None:
    fields, kinds, schema = _documented_quote_fields()
    assert schema == SCHEMA_VERSION == 2
    assert kinds == set(QUOTE_KINDS) == {"direct", "mixed", "indirect"}
    report = run(
        '"We will fight it," Dana Holt said. She said the toll was "a scandal." '
        "Ivo Dask said the ferry would be late."
    )
    data = json.loads(json.dumps(report.to_dict()))
    assert data["schema"] == 2
    assert {q["kind"] for q in data["quotes"]} == kinds
    for quote in data["quotes"]:
        assert set(quote) == fields
        for start, end in quote["fragments"]:
            assert quote["start"] <= start < end <= quote["end"]
