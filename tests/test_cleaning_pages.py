"""Real pages in, the article out: the learned line classifier, title and date
of real page openings, datelines, offsets into the input, ``toolkit.clean``.

Short excerpts below are from pages of ../shared/data/real_news (named where
used); the whole files are read from there when present.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import toolkit
from conftest import REPO, run_cli, shared_data_file
from toolkit import offsets
from toolkit.plugins.cleaning import extract_metadata
from toolkit.plugins.cleaning.model import load_model
from toolkit.plugins.text import dates

PROSE = (
    "The council voted on Monday to keep the ferry running for at least two more years, "
    "ending a six-month row over whether the town could still afford it."
)
PROSE_2 = (
    "Residents packed the chamber for the three-hour debate, and the mayor said the vote "
    "showed how much the service meant to the people who use it every day."
)
MENU = "\n".join(["Home", "World", "Business", "Sport", "Weather", "Video", "Podcasts", "Shop"])
PAGE = (
    f"{MENU}\n\nSign In\n\nFerry Saved After Council Vote\n\n{PROSE}\n\n{PROSE_2}\n\n"
    "Most Read\nTown Cup final goes to penalties\nNew bridge plan unveiled\n\n"
    "© 2026 Example News Ltd. All rights reserved.\nPrivacy Policy\nTerms of Use\n"
)


def test_the_model_ships_and_runs_without_scikit_learn() -> None:
    code = (
        "import sys; from toolkit.plugins.cleaning import keep_article; "
        f"print(keep_article({PAGE!r}).count('council voted')); "
        "print('sklearn' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.split() == ["1", "False"]
    assert load_model() is not None


def test_compiled_trees_score_exactly_as_walked_trees() -> None:
    from toolkit.plugins.cleaning import features
    from toolkit.plugins.cleaning.model import COMPILE_AFTER, Forest

    model = load_model()
    assert model is not None
    rows = features.features(PAGE)
    walked = [model.line.probability(row) for row in rows]
    forest = Forest(json.loads(json.dumps(_forest_data(model.line))))
    forest.probabilities([rows[0]] * COMPILE_AFTER)  # a batch: compiles
    assert forest._compiled is not None
    assert forest.probabilities(rows) == walked
    assert 0.0 < min(walked) < 0.5 < max(walked) < 1.0


def _forest_data(forest) -> dict:  # type: ignore[no-untyped-def]
    keys = ("feature", "threshold", "left", "right", "value")
    trees = [dict(zip(keys, tree, strict=True)) for tree in forest.trees]
    return {"bias": forest.bias, "rate": forest.rate, "trees": trees}


def test_the_kept_run_grows_over_the_prose_lines_next_to_it() -> None:
    from toolkit.plugins.cleaning.model import decide

    scores = [0.05, 0.3, 0.9, 0.9, 0.3, 0.05, 0.3]
    log_words = [1.0, 3.0, 3.0, 3.0, 3.0, 1.0, 3.0]
    prose = [False, True, True, True, True, False, True]
    assert decide(scores, log_words, 0.4) == [False, False, True, True, False, False, False]
    # a lead and a last paragraph next to the body join it; prose past a
    # non-prose line (a teaser below a menu) does not
    grown = decide(scores, log_words, 0.4, prose)
    assert grown == [False, True, True, True, True, False, False]


def test_one_odd_line_is_not_a_page_s_furniture() -> None:
    from toolkit.plugins.cleaning import features
    from toolkit.plugins.cleaning.model import FURNITURE_SCORE, keep_lines, keep_scores

    model = load_model()
    assert model is not None
    wire = f"{PROSE}\n\n{PROSE_2}\n\n{PROSE}\n\nREUTER"
    rows = features.features(wire)
    assert sum(score < FURNITURE_SCORE for score in keep_scores(model, rows)) <= 1
    assert keep_lines(model, rows) is None
    assert keep_lines(model, features.features(PAGE)) is not None


def test_a_page_loses_its_menus_and_link_lists_and_keeps_its_article() -> None:
    cleaned = toolkit.clean(PAGE)
    assert PROSE in cleaned.text and PROSE_2 in cleaned.text
    for furniture in ("Podcasts", "Most Read", "New bridge plan unveiled", "Privacy Policy"):
        assert furniture not in cleaned.text
    assert cleaned.title == "Ferry Saved After Council Vote"


def test_kept_and_dropped_spans_cover_the_input_lines() -> None:
    cleaned = toolkit.clean(PAGE)
    kept = [PAGE[start:end] for start, end in cleaned.kept]
    dropped = [PAGE[start:end] for start, end in cleaned.dropped]
    assert PROSE in kept and "Podcasts" in dropped
    assert len(kept) + len(dropped) == len([line for line in PAGE.split("\n") if line.strip()])
    assert json.loads(json.dumps(cleaned.to_dict()))["kept"][0] == list(cleaned.kept[0])


def test_an_article_without_furniture_keeps_every_line() -> None:
    article = f"{PROSE}\n\nShort line here\n\n- a list item\n- another item\n\n{PROSE_2}\n"
    assert toolkit.clean(article).text == article.strip()


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Moscow, Sep 15 (IANS/EFE) The talks went on.", "--09-15"),
        ("CHICAGO, Oct. 9 (Xinhua) -- Union workers went on strike.", "--10-09"),
        ("BEIJING, March 3, 2015 - China said.", "2015-03-03"),
        ("MUNICH (Reuters) - Newly-crowned world number one", None),
        ("NEW YORK — Companies across the tech industry", None),
    ],
)
def test_datelines_are_read(line: str, date: str | None) -> None:
    found = dates.dateline(line)
    assert found is not None and found[1] == date
    assert line[found[0] :][:1].isupper()


@pytest.mark.parametrize(
    "line", ["Putin met Assad on Monday.", "Mr Smith (Labour) said so.", "January 5 was cold."]
)
def test_sentences_are_not_datelines(line: str) -> None:
    assert dates.dateline(line) is None


def test_a_dateline_never_starts_the_first_sentence() -> None:
    text = f"Moscow, Sep 15 (IANS/EFE) {PROSE}\n\n{PROSE_2}"
    report = toolkit.summarize(text)
    assert report.date == "--09-15"
    first = report.sentences[0]
    assert text[first.start : first.end].startswith("The council voted")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # B05 (BBC News): the date inside a longer stamp line
        (
            "Page last updated at 18:25 GMT, Monday, 3 November 2008\n\n"
            f"Judge unaware of 'bogus' claims\n\n{PROSE}",
            {"title": "Judge unaware of 'bogus' claims", "date": "2008-11-03"},
        ),
        # A01 (The Asia Today): a sentence-case headline alone over the text
        (
            f"Kremlin: No peace until Kiev accepts new reality\n\n\n{PROSE}",
            {"title": "Kremlin: No peace until Kiev accepts new reality"},
        ),
        # C10 (KSL.com): a section crumb, then the headline, then "Posted - ..."
        (
            "News / \n\nFDA warnings on five drugs prompt worries\n\n"
            f"Posted - Nov. 20, 2004 at 7:20 a.m.\n\n{PROSE}",
            {"title": "FDA warnings on five drugs prompt worries", "date": "2004-11-20T07:20"},
        ),
        ("Updated : 19 November 2019, 09:01 AM\n\n" + PROSE, {"date": "2019-11-19T09:01"}),
    ],
)
def test_title_and_date_of_real_page_openings(text: str, expected: dict[str, str]) -> None:
    assert extract_metadata(text) == expected


def test_offsets_point_into_the_input_as_given() -> None:
    text = f'{PAGE}\n\n  The mayor said:   "We  kept  our promise."  \n\n{PROSE}'
    report = toolkit.summarize(text)
    assert report.text == text
    assert report.quotes, "the quote is found"
    for quote in report.quotes:
        for start, end in quote.spans():
            assert " ".join(text[start:end].split()) in " ".join(quote.text.split())
        assert " ".join(text[quote.start : quote.end].split()) == " ".join(quote.text.split())
    for sentence in report.sentences:
        assert " ".join(text[sentence.start : sentence.end].split()) == " ".join(
            sentence.text.split()
        )


def test_alignment_maps_every_kept_character_to_the_same_character() -> None:
    original = "Menu\n\n  Caf\u0065\u0301 owner  said\u00a0it.\u200b\nSign In\nEnd of  story.\n"
    cleaned = "Caf\u00e9 owner said it.\nEnd of story."
    mapping = offsets.align(cleaned, original)
    assert original[mapping[0] : mapping[0] + 3] == "Caf"
    start = cleaned.index("owner")
    assert original[mapping[start] : mapping[start] + 5] == "owner"
    start = cleaned.index("End")
    assert original[offsets.map_span(mapping, start, len(cleaned))[0] :].startswith("End of")


def test_real_news_pages_quotes_point_into_the_files() -> None:
    folder = shared_data_file("real_news/articles")
    checked = 0
    for path in sorted(folder.glob("*.txt"))[::3]:
        text = path.read_text(encoding="utf-8")
        report = toolkit.summarize(text)
        for quote in report.quotes:
            # a split quote's text is its parts joined: each part is cut from the file
            pieces = " ".join(text[start:end] for start, end in quote.spans())
            assert " ".join(pieces.split()) == " ".join(quote.text.split()), (
                path.name,
                quote.text,
            )
            checked += 1
    assert checked > 20


def test_cli_clean_prints_title_date_and_article(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.txt"
    page.write_text(f"Updated : 19 November 2019, 09:01 AM\n\n{PAGE}", encoding="utf-8")
    result = run_cli("clean", str(page))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == ["Ferry Saved After Council Vote", "2019-11-19T09:01"]
    assert PROSE in result.stdout and "Podcasts" not in result.stdout
    as_json = json.loads(run_cli("clean", str(page), "--format", "json").stdout)
    assert as_json["title"] == "Ferry Saved After Council Vote"
    assert {"kept", "dropped", "text", "date"} <= as_json.keys()


def test_cli_clean_reports_a_missing_file_in_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("clean", str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "missing.txt" in result.stderr


def test_html_input_json_includes_the_text_its_offsets_point_into(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry</title></head><body><nav><a href='/'>Home</a></nav>"
        f'<article><h1>Ferry Saved</h1><p>{PROSE}</p><p>The mayor said: "We kept our '
        f'promise to the town."</p><p>{PROSE_2}</p></article></body></html>',
        encoding="utf-8",
    )
    result = run_cli("summarize", str(page), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema"] == 2 and PROSE in report["text"]
    for quote in report["quotes"]:
        assert report["text"][quote["start"] : quote["end"]] == quote["text"]
