"""Cross-document merging of speaker names (toolkit.people) and the quote-record
adapter (toolkit.statements), on invented names and records."""

from __future__ import annotations

from collections import Counter

from toolkit.people import NameUnit, merge_names, strip_titles
from toolkit.statements import normalize_date, read_speaker, read_statement


def unit(name: str, statements: int = 1, **evidence: object) -> NameUnit:
    made = NameUnit(name, frozenset(evidence.pop("runs", ())), statements, documents=1)
    made.personal = int(evidence.pop("personal", 0))  # type: ignore[call-overload]
    made.neuter = int(evidence.pop("neuter", 0))  # type: ignore[call-overload]
    made.names = Counter(evidence.pop("names", ()))  # type: ignore[arg-type]
    made.descriptions = Counter(evidence.pop("descriptions", ()))  # type: ignore[arg-type]
    made.genders = Counter(evidence.pop("genders", ()))  # type: ignore[arg-type]
    assert not evidence
    return made


def rows_by_name(units: list[NameUnit]) -> dict[str, list[str]]:
    return {row.name: sorted(units[i].name for i in row.units) for row in merge_names(units)}


def test_full_names_join_on_first_and_last_word_and_namesakes_stay_apart() -> None:
    units = [
        unit("Marta Kowalczyk", 5, personal=1),
        unit("Marta Ines Kowalczyk", 1),
        unit("Piotr Kowalczyk", 2, personal=1),
    ]
    rows = rows_by_name(units)
    assert rows == {
        "Marta Kowalczyk": ["Marta Ines Kowalczyk", "Marta Kowalczyk"],
        "Piotr Kowalczyk": ["Piotr Kowalczyk"],
    }


def test_titles_are_learned_from_the_collections_descriptions() -> None:
    units = [
        unit("Dana Orloff", 3, personal=1, descriptions=["the chancellor"]),
        unit("Chancellor Orloff", 2),  # no "Dana Orloff" in its document
        unit("Gen. Ruiz", 1),  # an abbreviation with a full stop is a title
        unit("Tomas Ruiz", 1, personal=1),
    ]
    assert strip_titles("Chancellor Orloff", frozenset({"chancellor"})) == ("Orloff", True)
    assert strip_titles("J. Orloff", frozenset()) == ("J. Orloff", False)  # an initial
    rows = rows_by_name(units)
    assert rows["Dana Orloff"] == ["Chancellor Orloff", "Dana Orloff"]
    assert rows["Tomas Ruiz"] == ["Gen. Ruiz", "Tomas Ruiz"]


def test_a_lone_surname_follows_the_full_name_its_own_document_gives() -> None:
    units = [
        unit("Ana Vell", 4, personal=1),
        unit("Bruno Vell", 4, personal=1),
        unit("Vell", 1, runs={"Senator Ana Vell", "When Vell"}),
        unit("Vell", 2, runs={"Bruno Vell"}),
        unit("Vell", 3, runs={"Ana Vell", "Bruno Vell"}),  # both named: ambiguous
        unit("Vell", 1, personal=1),  # no full name in its document; two Vells exist
    ]
    rows = merge_names(units)
    by_name = {row.name: row for row in rows}
    assert by_name["Ana Vell"].units == [0, 2]
    assert by_name["Bruno Vell"].units == [1, 3]
    assert by_name["Vell"].units == [4, 5] and by_name["Vell"].kind == "person"


def test_a_lone_name_joins_the_only_namesake_of_its_gender() -> None:
    units = [
        unit("Ana Vell", 4, personal=1, genders=["female"]),
        unit("Bruno Vell", 4, personal=1, genders=["male", "male"]),
        unit("Mr. Vell", 2, genders=["male"]),  # no full name in its document
        unit("Vell", 1, runs={"Ana Vell", "Bruno Vell"}, personal=1, genders=["female"]),
        unit("Vell", 1, personal=1),  # no gender said: stays apart
    ]
    rows = {row.name: row.units for row in merge_names(units)}
    assert rows == {"Ana Vell": [0, 3], "Bruno Vell": [1, 2], "Vell": [4]}


def test_a_lone_name_joins_the_only_bearer_only_with_a_sign_it_names_a_person() -> None:
    units = [
        unit("Oskar Brandt", 3, personal=1),
        unit("Brandt", 1, personal=1),  # "he": a person, and the only Brandt
        unit("Mr. Brandt", 1),  # a title
        unit("Brandt", 1, neuter=1),  # "it": the Brandt company, not Oskar
    ]
    rows = merge_names(units)
    assert sorted(rows[0].units) == [0, 1, 2] and rows[0].name == "Oskar Brandt"
    assert [(row.name, row.kind) for row in rows[1:]] == [("Brandt", "organisation")]


def test_organisations_and_unnamed_spokespeople_are_rows_of_their_own() -> None:
    units = [
        unit("The Daily Courier", 2),
        unit("Daily Courier", 1),
        unit("Harbor News", 2),  # "the Valley News" elsewhere makes News an outlet's word
        unit("a Daily Courier spokesman", 1),
        unit("Valley News", 1, names=["the Valley News"]),
        unit("FDA", 1),
        unit("officials", 3),
        unit("Greens", 2),
    ]
    units[-1].plural = 1  # "they"
    rows = {row.name: row for row in merge_names(units)}
    assert rows["Daily Courier"].units == [0, 1]
    assert rows["Daily Courier"].kind == "organisation"
    assert rows["Harbor News"].kind == "organisation"
    assert rows["a Daily Courier spokesman"].kind == "description"
    assert rows["FDA"].kind == "organisation"
    assert rows["officials"].kind == rows["Greens"].kind == "group"


def test_a_speaker_kind_given_by_the_report_wins() -> None:
    company = unit("Lorna Fields", 2)
    company.declared["organisation"] += 1
    assert merge_names([company])[0].kind == "organisation"


def test_quote_records_of_both_schemas_read_alike() -> None:
    sentences = ["First one.", "Ms. Vell said the plan was “a disgrace” and must go."]
    schema_1 = {"text": "a disgrace", "speaker": "Ana Vell", "kind": "partial",
                "sentence_index": 1, "start": 30, "end": 40, "tone": -0.5}  # fmt: skip
    schema_2 = {"text": "the plan was “a disgrace” and must go", "speaker": "Ana Vell",
                "kind": "mixed", "sentence_index": 1, "start": 14, "end": 52,
                "fragments": [[27, 37]],
                "tone": {"compound": -0.42, "label": "negative"}}  # fmt: skip
    one, two = read_statement(schema_1, sentences), read_statement(schema_2, sentences)
    assert one is not None and two is not None
    assert (one.kind, one.tone, one.sentence) == ("partial", -0.5, sentences[1])
    assert (two.kind, two.tone, two.start, two.end) == ("mixed", -0.42, 14, 52)
    assert read_statement({"text": "x", "speaker": None, "kind": "direct"}, sentences) is None
    scored = read_statement({"speaker": "A B", "tone": None, "tone_scores": {"compound": 0.3}}, [])
    assert scored is not None and scored.tone == 0.3 and scored.sentence_index == -1


def test_speaker_records_of_both_schemas_read_alike() -> None:
    one = read_speaker({"aliases": ["Vell", "he", "the senator", "Sen. Ana Vell"], "quotes": 3})
    two = read_speaker(
        {"names": ["Vell", "Sen. Ana Vell"], "descriptions": ["the senator"], "kind": "person"}
    )
    for seen in (one, two):
        assert sorted(seen.names) == ["Sen. Ana Vell", "Vell"]
        assert seen.descriptions == ["the senator"]
    assert one.personal_pronoun and two.kind == "person"


def test_dates_are_normalised_or_dropped() -> None:
    assert normalize_date("2016-03-01T12:20") == "2016-03-01"
    assert normalize_date("March 3, 2016") == "2016-03-03"
    assert normalize_date("3rd March 2016") == "2016-03-03"
    assert normalize_date("Tue, 01 Mar 2016 10:00:00 GMT") == "2016-03-01"
    assert normalize_date("8-APR-1987 00:38:26.78") == "1987-04-08"
    assert normalize_date("Mar. 3, 2016") == normalize_date("2016/03/03") == "2016-03-03"
    assert normalize_date("2016-02-30") is None and normalize_date("31.02.2016") is None
    assert normalize_date("yesterday") is None and normalize_date(None) is None
