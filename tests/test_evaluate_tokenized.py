"""``toolkit evaluate`` on CNN/DailyMail as distributed: lower-cased, PTB-tokenized text."""

from __future__ import annotations

from toolkit.evaluate import evaluate

# Written for this test in the distributed form (one line, punctuation apart).
TEXT = (
    "-lrb- cnn -rrb- the ferry sank off the coast on monday , officials said . "
    "`` we searched all night , '' a coast guard captain told reporters . "
    "all 40 passengers were rescued by fishing boats . "
    "the cause of the accident is not yet known ."
)
RECORD = {"text": TEXT, "reference": ["the ferry sank off the coast on monday ."]}


def lead(result: dict) -> dict:
    return next(row for row in result["systems"] if row["system"] == "lead-k")


def test_tokenized_text_is_split_into_sentences_detected_or_declared() -> None:
    for splitter in (None, "tokenized"):
        result = evaluate(
            [RECORD], configs=["position"], sentences=1, baselines=("lead",),
            background=None, splitter=splitter,
        )  # fmt: skip
        # Lead-1 is the first sentence only, not the whole article.
        assert lead(result)["mean_words"] == len(TEXT.split(" . ")[0].split()) + 1
        assert lead(result)["rouge1"] > 0.7  # the whole article: 0.3


def test_the_default_summary_of_tokenized_text_is_sentences_of_it() -> None:
    result = evaluate([RECORD], sentences=2, baselines=("lead",), background=None)
    system = result["systems"][0]
    assert system["mean_words"] < 0.7 * len(TEXT.split())  # not the whole article
