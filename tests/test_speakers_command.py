"""``toolkit speakers`` end to end: the real pipeline and CLI on invented
articles, the bundled article, and PolNeAR when ../shared/data is there."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

from conftest import SEED, run_cli, shared_data_file

ARTICLES = [
    ("a1", "2024-01-05", "Maria Okafor, the finance minister, said on Monday that the budget "
     "would be balanced. \"We will not raise taxes,\" Okafor said."),
    ("a2", "2024-02-10", "Finance Minister Okafor warned on Tuesday that spending must fall. "
     "\"This deficit is a terrible burden,\" she said."),
    ("a3", "2024-03-01", "The Harbor Authority said in a statement that the port would reopen "
     "on Friday."),
    ("a4", None, "\"<script>alert(1)</script> is fine,\" said Lena Dorsey, a local trader. "
     "\"<img src=x onerror=alert(2)> too,\" she added."),
]  # fmt: skip
NAMESAKE = ("a5", "2024-03-09", "Daniel Okafor, the coach of the city team, said the players "
            "were happy. \"We played wonderfully,\" Daniel Okafor said.")  # fmt: skip


def write_jsonl(path: Path, articles: list[tuple[str, str | None, str]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for key, date, text in articles:
            record = {"key": key, "text": text, **({"published": date} if date else {})}
            handle.write(json.dumps(record) + "\n")
    return path


def speakers_json(*args: str) -> dict:  # type: ignore[type-arg]
    result = run_cli("speakers", *args, "--format", "json", "-q", "-j", "1")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_one_row_per_person_across_documents(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    out = speakers_json(str(data), "--id-field", "key", "--date-field", "published")
    people = {p["name"]: p for p in out["people"]}
    okafor = people["Maria Okafor"]
    assert (okafor["statements"], okafor["documents"], okafor["kind"]) == (4, 2, "person")
    assert {n["name"] for n in okafor["names"]} >= {"Okafor", "Maria Okafor"}
    assert (okafor["first_date"], okafor["last_date"]) == ("2024-01-05", "2024-02-10")
    assert [d["document"] for d in okafor["tone"]["by_document"]] == ["a1", "a2"]
    assert people["Harbor Authority"]["kind"] == "organisation"
    assert out["schema"] == 1 and out["collection"]["documents"] == 4
    assert out["collection"]["undated"] == 1  # a4 has no date and still counts
    assert people["Lena Dorsey"]["first_date"] is None and people["Lena Dorsey"]["statements"] == 2
    assert set(okafor["kinds"]) <= {"direct", "partial", "mixed", "indirect"}
    quote = okafor["quotes"][0]
    assert quote["document"] == "a1" and quote["date"] == "2024-01-05"
    assert "budget" in quote["sentence"]


def test_a_namesake_in_the_collection_keeps_a_lone_surname_apart(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "b.jsonl", [*ARTICLES, NAMESAKE])
    out = speakers_json(str(data), "--id-field", "key")
    statements = {p["name"]: p["statements"] for p in out["people"]}
    assert statements["Maria Okafor"] == 2 and statements["Daniel Okafor"] == 2
    assert statements["Okafor"] == 2  # a2 never says which Okafor: it stays a row of its own


def test_csv_and_jsonl_agree_with_json(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    args = ("speakers", str(data), "--id-field", "key", "--date-field", "published", "-q")
    as_csv = run_cli(*args, "--format", "csv")
    as_jsonl = run_cli(*args, "--format", "jsonl", "-o", str(tmp_path / "s.jsonl"))
    assert as_csv.returncode == as_jsonl.returncode == 0, as_csv.stderr + as_jsonl.stderr
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    lines = [json.loads(line) for line in (tmp_path / "s.jsonl").read_text().splitlines()]
    per_person = Counter(line["person"] for line in lines)
    assert {row["name"]: int(row["statements"]) for row in rows} == dict(per_person)
    assert {"person", "document", "date", "kind", "text", "tone"} <= set(lines[0])
    assert rows[0]["name"] == "Maria Okafor" and rows[0]["first_date"] == "2024-01-05"


def test_dates_come_from_the_page_when_no_field_gives_them(tmp_path: Path) -> None:
    out = speakers_json(str(SEED))
    assert out["people"][0]["first_date"] == "2025-10-15"
    names = [p["name"] for p in out["people"]]
    assert names[:2] == ["Ahmed al-Sharaa", "Vladimir Putin"]


def test_a_bad_document_costs_only_itself(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli("speakers", str(data), str(tmp_path / "empty.txt"), "-q", "-f", "json")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].endswith("empty.txt: file is empty")
    out = json.loads(result.stdout)
    assert out["collection"]["failed"] == 1 and out["collection"]["documents"] == 5
    bad = run_cli("speakers", str(data), "--format", "yaml")
    assert bad.returncode == 2 and bad.stderr.startswith("toolkit: error: unknown format 'yaml'")


def test_dask_engine_gives_the_same_rows(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    args = ("speakers", str(data), "--id-field", "key", "-q", "-f", "csv")
    local = run_cli(*args, "-j", "1")
    distributed = run_cli(*args, "--engine", "dask")
    assert local.returncode == distributed.returncode == 0, distributed.stderr
    assert distributed.stdout == local.stdout


def _per_article(path: Path, count: int, tmp_path: Path) -> Counter[tuple[str, str]]:
    """(document id, speaker) -> quotes, from `toolkit summarize` per-article reports."""
    out = tmp_path / "reports.jsonl"
    result = run_cli("summarize", str(path), "--id-field", "id", "-f", "json", "-q", "-o", str(out))
    assert result.returncode == 0, result.stderr
    counts: Counter[tuple[str, str]] = Counter()
    for line in out.read_text(encoding="utf-8").splitlines():
        report = json.loads(line)
        for quote in report["quotes"]:
            if quote["speaker"]:
                counts[(report["id"], quote["speaker"])] += 1
    return counts


def test_polnear_rows_sum_the_per_article_reports(tmp_path: Path) -> None:
    source = shared_data_file("quotes/polnear_train.jsonl")
    subset = tmp_path / "polnear60.jsonl"
    with source.open(encoding="utf-8") as handle:
        subset.write_text("".join(next(handle) for _ in range(60)), encoding="utf-8")
    expected = _per_article(subset, 60, tmp_path)
    out = speakers_json(str(subset), "--id-field", "id", "--date-field", "publication_date")
    found: Counter[tuple[str, str]] = Counter()
    owner: dict[tuple[str, str], str] = {}
    for person in out["people"]:
        assert person["statements"] == len(person["quotes"])
        for quote in person["quotes"]:
            key = (quote["document"], quote["speaker_as"])
            found[key] += 1
            assert owner.setdefault(key, person["name"]) == person["name"]  # one row each
    assert found == expected
    top = out["people"][:20]
    names = [p["name"] for p in top]
    assert len(set(names)) == 20
    surnames = {p["name"].split()[-1] for p in top if " " in p["name"] and p["kind"] == "person"}
    # no "Trump" row beside "Donald Trump"
    assert not [n for n in names if " " not in n and n in surnames]
    assert top[0]["first_date"] is not None


def test_every_json_field_is_documented(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    out = speakers_json(str(data), "--id-field", "key", "--date-field", "published")
    docs = (Path(__file__).resolve().parents[1] / "docs" / "speakers.md").read_text("utf-8")
    table = docs.split("### JSON schema", 1)[1].split("### Dates", 1)[0]
    documented = {name.strip("[]") for name in re.findall(r"`([a-z_.\[\]]+)`", table)}
    documented |= {part for name in documented for part in name.split(".")}
    person = out["people"][0]
    keys = set(out) | set(out["collection"]) | set(person) | set(person["tone"])
    keys |= set(person["quotes"][0]) | set(person["tone"]["by_document"][0])
    keys |= set(person["names"][0]) | {"description"}
    assert keys - documented == set()
    assert out["schema"] == 1 and '`"schema": 1`' in docs
