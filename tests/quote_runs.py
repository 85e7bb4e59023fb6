"""The quotes analyzer alone on an invented text, for the attribution and speaker tests:
sentences from the built-in splitter, no cleaning, no summary."""

from __future__ import annotations

from toolkit.models import Document, Report, Sentence
from toolkit.plugins.quotes import analyze_quotes
from toolkit.plugins.sentences import split_spans


def run(text: str) -> Report:
    sentences = [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(split_spans(text))]
    report = Report(None, None, None, text)
    analyze_quotes(Document(text=text, sentences=sentences, options={}), report)
    return report


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the record holding ``words``."""
    report = run(text)
    found = [q.speaker for q in report.quotes if words in q.text]
    assert found, [q.text for q in report.quotes]
    return found[0]
