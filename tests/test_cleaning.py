"""The built-in cleaning plugin: metadata, boilerplate and whitespace rules,
the seed page, the sample corpus, real BBC / Reuters text, and properties."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import SHARED_DATA
from toolkit.plugins import cleaning
from toolkit.plugins.cleaning import (
    extract_metadata,
    normalize_whitespace,
    parse_date_line,
    remove_boilerplate,
)
from toolkit.plugins.sentences import split_spans

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SEED = CORPUS / "putin-al-sharaa-kremlin.txt"
BBC = SHARED_DATA / "summarization" / "bbc_news_summary_dev.jsonl"
REUTERS = SHARED_DATA / "news" / "reuters21578_lewis_test_articles.jsonl"

SEED_SHA256 = "42b7adaf94aeda7129c6f826d13bc7ff86d272eb63116cecc37c62a5102dad58"
SEED_TITLE = "Putin, al-Sharaa Meet in Kremlin to Relaunch Syria Ties"
SEED_PAGE_TITLE = "Putin Meets Syria's al-Sharaa to Relaunch Ties"

PROSE = "The council met on Monday to discuss the budget for next year."
PROSE_2 = "Residents said they were worried about the cost of the new bridge."


def clean(text: str) -> str:
    return normalize_whitespace(remove_boilerplate(text))


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_spans(text)]


def squash(text: str) -> str:
    return " ".join(text.split())


# --- the seed page ----------------------------------------------------------


def test_seed_file_is_byte_identical() -> None:
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == SEED_SHA256


def test_seed_metadata_is_the_article_headline_and_iso_date(seed_text: str) -> None:
    assert extract_metadata(seed_text) == {"title": SEED_TITLE, "date": "2025-10-15T12:20"}


def test_seed_cleaning_removes_page_furniture_and_headlines(seed_text: str) -> None:
    cleaned = clean(seed_text)
    for junk in ("Sign Up", "Related Reads", "Sign in or create", "15 OCT 2025"):
        assert junk not in cleaned
        assert not any(junk in sentence for sentence in sentences(cleaned))
    for headline in (SEED_TITLE, SEED_PAGE_TITLE):
        assert headline not in cleaned
    assert cleaned.startswith("Syria's transitional president, Ahmed al-Sharaa, met")


def test_seed_cleaning_keeps_every_body_sentence_intact(seed_text: str) -> None:
    paragraphs = [line for line in seed_text.split("\n") if len(line) > 200]
    assert len(paragraphs) == 4
    cleaned_sentences = set(sentences(clean(seed_text)))
    body_sentences = [s for paragraph in paragraphs for s in sentences(paragraph)]
    assert len(body_sentences) >= 10
    assert [s for s in body_sentences if s not in cleaned_sentences] == []


def test_plugin_registers_the_documented_components() -> None:
    seen: list[tuple[str, object, int | None]] = []
    cleaning.toolkit_register_cleaners(
        lambda name, fn, order=None, pages_only=False: seen.append((name, fn, order))
    )
    cleaning.toolkit_register_metadata_extractors(
        lambda name, fn, order=None: seen.append((name, fn, order))
    )
    assert seen == [
        ("article", cleaning.keep_article, 5),
        ("boilerplate", remove_boilerplate, 10),
        ("whitespace", normalize_whitespace, 90),
        ("headline", extract_metadata, None),
    ]


# --- boilerplate rules ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sign Up",
        "Subscribe",
        "Share this",
        "Share this article",
        "Advertisement",
        "ADVERTISEMENT",
        "Read more",
        "Log in",
        "Log in | Register",
        "Home › News › Politics",
        "Share on Facebook · Share on WhatsApp · Copy link",
        "Email | Print | 12 comments",
        "Subscribe to our newsletter for the latest local news",
        "Sign in or create a free Gazette account to post comments",
        "Read more: Council delays bridge vote again",
    ],
)
def test_call_to_action_line_between_paragraphs_is_removed(line: str) -> None:
    text = f"{PROSE}\n\n{line}\n\n{PROSE_2}"
    assert clean(text) == f"{PROSE}\n\n{PROSE_2}"


@pytest.mark.parametrize(
    "line",
    [
        '"We will win," he said.',
        "MOSCOW (Reuters) -",
        "More than 200 people attended.",
        "Share prices fell sharply on Monday.",
        "Subscribers complained about the new prices.",
        "Register to vote by Friday, the council said.",
        "Home is where the heart is, she said.",
        "Watch out for the new rules, he warned.",
    ],
)
def test_legitimate_short_line_is_kept(line: str) -> None:
    text = f"{PROSE}\n\n{line}\n\n{PROSE_2}"
    assert remove_boilerplate(text) == text


def test_wrapped_sentence_tail_that_looks_like_a_button_is_kept() -> None:
    text = "The minister declined to\ncomment.\nHe said more would be known\nMore\n"
    assert "comment." in remove_boilerplate(text)
    wire = "Officials expect the deal to close\nNovember 15, 2026.\n"
    assert remove_boilerplate(wire) == wire


def test_header_headlines_dates_and_byline_leave_the_text_and_become_metadata() -> None:
    text = (
        "Council Backs Bridge\nSign Up\nCouncil Backs New Bridge Plan\nBy Jane Doe\n"
        f"Published March 3, 2026\n\n{PROSE}\n\nCouncil Backs New Bridge Plan\n{PROSE_2}"
    )
    assert extract_metadata(text) == {
        "title": "Council Backs New Bridge Plan",
        "date": "2026-03-03",
    }
    assert clean(text) == f"{PROSE}\n\n{PROSE_2}"


def test_without_a_date_the_first_title_case_headline_is_the_title() -> None:
    text = f"Mayor Wins Second Term\n\n{PROSE}"
    assert extract_metadata(text) == {"title": "Mayor Wins Second Term"}
    assert clean(text) == PROSE


@pytest.mark.parametrize(
    "text",
    [
        # a question as the opening paragraph
        f"So what is the gap between the parties now?\n\n{PROSE}",
        # hard-wrapped wire copy whose first line is title case
        "Venezuelan Central Bank President Hernan\nAnzola has resigned, officials said.\n",
        "Shr 57 cts vs 54 cts\n    Net 39.3 mln vs 37.3 mln\n",
    ],
)
def test_opening_line_that_is_text_is_not_taken_as_headline(text: str) -> None:
    assert extract_metadata(text) == {}
    assert remove_boilerplate(text) == text


def test_sentence_case_headline_alone_is_the_title_and_stays_in_the_text() -> None:
    # real pages print "Kremlin: No peace until Kiev accepts new reality" this way;
    # the line stays in the text (it may be a short opening paragraph)
    text = f"Ad sales boost media profit\n\n{PROSE}"
    assert extract_metadata(text) == {"title": "Ad sales boost media profit"}
    assert remove_boilerplate(text) == text


def test_second_short_paragraph_is_a_standfirst_not_a_headline() -> None:
    text = f"Arsenal Reach Quarter-Finals\n\nArsenal win 4-2 on penalties\n\n{PROSE}"
    assert extract_metadata(text) == {"title": "Arsenal Reach Quarter-Finals"}
    assert clean(text) == f"Arsenal win 4-2 on penalties\n\n{PROSE}"


def test_text_made_only_of_header_like_lines_is_kept() -> None:
    assert remove_boilerplate("Hello World Again") == "Hello World Again"
    assert extract_metadata("Hello World Again\n15 OCT 2025") == {}
    assert remove_boilerplate("Breaking News Tonight\nSign Up\n") == "Breaking News Tonight\n"


def test_related_box_drops_its_links_but_not_the_prose_after_it() -> None:
    text = f"{PROSE}\n\nRelated Reads\nBridge Costs Rise Again\nWhy the Ferry Matters\n\n{PROSE_2}"
    assert clean(text) == f"{PROSE}\n\n{PROSE_2}"


def test_comments_heading_drops_everything_after_it() -> None:
    text = f"{PROSE}\n\nComments (3)\nGreat article, thanks.\nI disagree with the mayor."
    assert clean(text) == PROSE


def test_call_to_action_glued_to_a_line_end_is_cut() -> None:
    text = f"{PROSE}\nSign in or create a free Example account to post commentsSign Up"
    assert clean(text) == PROSE
    assert remove_boilerplate(f"{PROSE}Advertisement") == PROSE
    page = f"Council Backs New Bridge PlanShare\n15 OCT 2025\n\n{PROSE}"
    assert extract_metadata(page)["title"] == "Council Backs New Bridge Plan"
    assert clean(page) == PROSE


def test_repeated_title_case_line_in_the_body_keeps_only_the_first_copy() -> None:
    text = f"{PROSE}\nKey Points From The Budget\n{PROSE_2}\nKey Points From The Budget"
    assert clean(text) == f"{PROSE}\nKey Points From The Budget\n{PROSE_2}"


def test_repeated_ordinary_lines_are_kept() -> None:
    text = "Note - prices in dlrs per ton\nWheat 120\nNote - prices in dlrs per ton\n"
    assert remove_boilerplate(text) == text


# --- dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("15 OCT 2025 12:20", "2025-10-15T12:20"),
        ("15 October 2025", "2025-10-15"),
        ("Wednesday, 15 October 2025, 12:20 GMT", "2025-10-15T12:20"),
        ("October 15, 2025 at 3:05 p.m. ET", "2025-10-15T15:05"),
        ("Oct. 5, 2025 12:00 AM", "2025-10-05T00:00"),
        ("Updated: 1st March 2026", "2026-03-01"),
        ("Published on Jan 2, 2026 09:15:30", "2026-01-02T09:15:30"),
        ("2025-10-15T12:20:00Z", "2025-10-15T12:20:00"),
        ("2025-10-15", "2025-10-15"),
        ("15\u00a0Oct 2025", "2025-10-15"),
    ],
)
def test_date_stamp_lines_are_read_as_iso(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "31 February 2025",
        "15 OCT",
        "May 2026 be a better year",
        "15 Oct 2025 25:10",
        "13:00 pm 15 Oct 2025",
        "The vote on 15 October 2025 was close.",
        "Tuesday, 1 March",
        "15 \u017fep 2025",
        "",
    ],
)
def test_non_dates_are_not_date_stamps(line: str) -> None:
    assert parse_date_line(line) is None


# --- whitespace and Unicode ---------------------------------------------------


def test_whitespace_normalisation_rules() -> None:
    raw = (
        "\ufeff  Cafe\u0301  costs \u00a0 \u20ac3.\u200b \r\n"
        "second\x00 line\twith\t\ttab\x07\r\n\r\n\r\n\u2028"
        "next   paragraph\u2029last\n\n"
    )
    assert normalize_whitespace(raw) == (
        "Caf\u00e9 costs \u20ac3.\nsecond line\twith\ttab\n\nnext paragraph\n\nlast"
    )


def test_deeper_indent_after_a_sentence_starts_a_paragraph() -> None:
    wire = (
        "Shr 10 cts\n    Net 1,000\n    Revs 2,000\n"
        "The company said sales rose.\n    It did not give a\nforecast for the year.\n"
    )
    assert normalize_whitespace(wire) == (
        "Shr 10 cts\nNet 1,000\nRevs 2,000\n"
        "The company said sales rose.\n\nIt did not give a\nforecast for the year."
    )


def test_clean_plain_text_passes_through_unchanged() -> None:
    text = f"{PROSE} {PROSE_2}\n\n\u201cWe will win,\u201d he said.\nIt was late."
    assert remove_boilerplate(text) == text
    assert normalize_whitespace(text) == text
    assert extract_metadata(text) == {}


# --- the sample corpus --------------------------------------------------------

WRITTEN = sorted(p for p in CORPUS.glob("*.txt") if p != SEED)


def test_corpus_has_the_written_articles() -> None:
    assert len(WRITTEN) >= 3
    assert (CORPUS / "README.md").read_text(encoding="utf-8").count(".txt") >= len(WRITTEN) + 1


@pytest.mark.parametrize("path", WRITTEN, ids=lambda p: p.name)
def test_written_article_cleans_to_its_paragraphs(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    metadata = extract_metadata(raw)
    assert metadata["title"] == lines[0]
    assert metadata["date"][:4] in ("2025", "2026")
    cleaned = clean(raw)
    assert lines[0] not in cleaned
    assert 300 <= len(cleaned.split()) <= 600
    for paragraph in (line for line in lines if len(line.split()) >= 12):
        assert paragraph in cleaned.split("\n")
    assert cleaned.count('"') + cleaned.count("\u201c") >= 8


def test_corpus_boilerplate_article_loses_its_furniture() -> None:
    cleaned = clean((CORPUS / "calder-ford-ferry-vote.txt").read_text(encoding="utf-8"))
    for junk in ("Share this", "Advertisement", "More from", "Sign in", "By Wenna", "Published"):
        assert junk not in cleaned
    assert cleaned.endswith("The new parking charge is due to start on the first of May.")
