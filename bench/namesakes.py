"""Which person a bare surname names when two people share it (Bill and Hillary Clinton).

    python bench/namesakes.py [--data PATH]

``bench/data/namesake_labels.json`` holds quotes of PolNeAR train articles
(``../shared/data/quotes/polnear_train.jsonl``) whose speaker is named by a bare
surname that two or more people of the article share, each labelled here by
reading the article: the document id, the quote's first 20 characters (a tiny
excerpt of PolNeAR, Newell et al., LREC 2018, to find the quote again), and the
acceptable canonical names. The ``tuning`` cases were read before the namesake
rule was written (they shaped it); the ``held-out`` ones were read afterwards,
among the quotes whose speaker the rule changed. The labels are this project's;
the texts stay in the shared data folder.

Prints, per set, how many quotes the quotes analyzer gives the right person.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"
LABELS = Path(__file__).resolve().parent / "data" / "namesake_labels.json"


def quote_speakers(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker) of every quote the whole pipeline finds in ``text``."""
    from toolkit import summarize

    return [(quote.text, quote.speaker) for quote in summarize(text).quotes]


def speaker_of(quotes: list[tuple[str, str | None]], start: str) -> str | None:
    """The speaker of the quote whose first 20 characters are those of ``start``."""
    return next((speaker for text, speaker in quotes if text[:20] == start[:20]), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    wanted = {label["id"] for label in labels}
    texts = {}
    with args.data.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                texts[record["id"]] = record["text"]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    produced = {doc: quote_speakers(text) for doc, text in texts.items()}
    for label in labels:
        total[label["set"]] += 1
        speaker = speaker_of(produced.get(label["id"], []), label["quote"])
        if speaker in label["speaker"]:
            right[label["set"]] += 1
        else:
            print(
                f"  wrong: {label['id'][:48]} {label['quote'][:20]!r}: {speaker!r}, "
                f"want {label['speaker'][0]!r}"
            )
    print("| labels | quotes | right |")
    print("| --- | ---: | ---: |")
    for name in sorted(total):
        print(
            f"| {name} | {total[name]} | {right[name]} ({100 * right[name] / total[name]:.0f}%) |"
        )


if __name__ == "__main__":
    main()
