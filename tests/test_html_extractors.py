"""The HTML extractor hook: which extractor's text and metadata a page gets.

Built-ins: ``trafilatura`` (priority 10, when installed) and ``fallback``
(priority 0, stdlib). The third-party path (a pip-installed plugin whose
extractor runs first) is in test_third_party.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from toolkit import web
from toolkit.errors import PluginError, UnknownComponentError
from toolkit.registry import Component, Registry, load_registry

PAGE = (
    "<html><head><title>Ferry plan</title></head><body><nav>Home News</nav>"
    "<article><p>The ferry will run every hour from May, the council said.</p>"
    "<p>Islanders had asked for it for years.</p></article></body></html>"
)


BUILTINS = ("html_trafilatura", "html_fallback")


def _with(
    *extractors: tuple[str, int, Callable[[str], Any]], disable: tuple[str, ...] = ()
) -> Registry:
    registry = load_registry(disable=disable)
    for name, priority, function in extractors:
        registry.components["html_extractor"][name] = Component(
            "html_extractor", name, function, plugin="test", priority=priority
        )
    return registry


def _raise(_: str) -> Any:
    raise RuntimeError("extractor broke on purpose")


def test_builtins_are_registered_by_priority() -> None:
    chain = web.extractor_chain(registry=load_registry())
    assert [(c.name, c.plugin, c.priority) for c in chain] == [
        ("trafilatura", "html_trafilatura", 10),
        ("fallback", "html_fallback", 0),
    ]


def test_engine_starts_the_chain_at_the_named_extractor() -> None:
    registry = load_registry()
    assert [c.name for c in web.extractor_chain("fallback", registry)] == ["fallback"]
    assert [c.name for c in web.extractor_chain("trafilatura", registry)] == [
        "trafilatura",
        "fallback",
    ]
    with pytest.raises(UnknownComponentError):
        web.extractor_chain("magic", registry)


def test_text_from_the_first_extractor_that_finds_some_metadata_from_any() -> None:
    registry = _with(
        ("empty", 30, lambda html: None),
        ("text-only", 20, lambda html: ("Text from the plugin.", {})),
    )
    text, metadata = web.extract(PAGE, registry=registry)
    assert text == "Text from the plugin."
    assert metadata == {"title": "Ferry plan"}  # from the built-in fallback, further down


def test_a_raising_extractor_is_skipped_when_another_finds_text() -> None:
    registry = _with(("broken", 30, _raise))
    text, _ = web.extract(PAGE, registry=registry)
    assert "every hour" in text


def test_a_raising_extractor_is_reported_when_nothing_finds_text() -> None:
    registry = _with(
        ("broken", 30, _raise), ("empty", 20, lambda html: ("  ", {})), disable=BUILTINS
    )
    with pytest.raises(PluginError, match="plugin 'test' failed in html_extractor 'broken'"):
        web.extract(PAGE, registry=registry)


def test_with_no_extractor_finding_text_a_page_has_none() -> None:
    registry = _with(("empty", 20, lambda html: None), disable=BUILTINS)
    assert web.extract(PAGE, registry=registry) == ("", {})


def test_disabling_a_builtin_extractor_plugin_removes_it() -> None:
    registry = load_registry(disable=["html_trafilatura"])
    assert [c.name for c in web.extractor_chain(registry=registry)] == ["fallback"]
    text, metadata = web.extract(PAGE, registry=registry)
    assert "every hour" in text and metadata["title"] == "Ferry plan"


# --- page furniture among the blocks (texts written for these tests) --------

_STORY = (
    "<p>The council voted on Monday to keep the ferry running for two more years, "
    "ending a six-month row over its cost.</p>"
    "<p>Residents packed the chamber for the debate, and the mayor said the vote "
    "showed how much the service meant to the town.</p>"
)


def _extract(body: str) -> str:
    from toolkit.plugins.html.page_text import extract_fallback

    return extract_fallback(f"<html><body><article>{body}</article></body></html>")[0]


def test_date_stamps_addresses_and_navigation_blocks_are_not_text() -> None:
    furniture = [
        "Updated 5:27 am CST, Wednesday, November 20, 2019",
        "https://news.example.com/2019/11/20/ferry-vote",
        "Close",
    ]
    text = _extract("".join(f"<div>{line}</div>" for line in furniture) + _STORY)
    assert "council voted" in text and "packed the chamber" in text
    for line in furniture:
        assert line not in text


def test_a_comments_heading_ends_the_article() -> None:
    comments = "<h3>2 thoughts on “Ferry saved”</h3><p>Great news for the island, well done.</p>"
    text = _extract(_STORY + comments)
    assert "packed the chamber" in text
    assert "thoughts on" not in text and "Great news" not in text


def test_a_sentence_with_a_date_stays() -> None:
    line = "The ferry first sailed on June 3, 1921, and has not missed a winter since."
    assert line in _extract(_STORY + f"<p>{line}</p>")
