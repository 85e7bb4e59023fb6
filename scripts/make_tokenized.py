"""Write copies of JSONL summarization sets in the form CNN/DailyMail is distributed
for research: lower-cased and Penn-Treebank tokenized, one line, no paragraphs.

Each text is cut into sentences by the toolkit's splitter (on the original
casing), each sentence tokenized by NLTK's ``TreebankWordTokenizer``
(brackets written ``-lrb-``/``-rrb-``, quotes as ``\\`\\``` and ``''``), and the
tokens are joined by single spaces and lower-cased, so no sentence boundary
survives except as punctuation tokens; a sentence without final punctuation
(a caption line) gets " ." as in See et al.'s distributed files. References are left as they are
(ROUGE lower-cases and drops punctuation anyway).

    python scripts/make_tokenized.py [FILE ...] [--out DIR]

Default files: the CNN/DM dev sets in ../shared/data/summarization/; default
output folder: $TMPDIR/toolkit-tokenized/ (the data must not enter the repo).
``bench/human_summaries.py --tokenized`` makes the same texts in memory.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
FILES = ("cnndm_dev.jsonl", "cnndm_frank_dev.jsonl", "summeval_dev.jsonl")
# As See et al.'s make_datafiles.py (fix_missing_period): a line without final
# punctuation (a caption, a subheading) gets " ." in the distributed files.
_END_TOKENS = (".", "!", "?", "...", "'", "`", '"', "''", ")", "-rrb-", "\u2019", "\u201d")
_BRACKETS = {"(": "-lrb-", ")": "-rrb-", "[": "-lsb-", "]": "-rsb-", "{": "-lcb-", "}": "-rcb-"}


def tokenize_text(text: str) -> str:
    from nltk.tokenize.treebank import TreebankWordTokenizer

    from toolkit.plugins.sentences import split

    tokenizer = TreebankWordTokenizer()
    tokens: list[str] = []
    for sentence in split(text):
        words = [_BRACKETS.get(t, t) for t in tokenizer.tokenize(" ".join(sentence.split()))]
        if words and not words[-1].endswith(_END_TOKENS):
            words.append(".")
        tokens.extend(words)
    return " ".join(tokens).lower()


def tokenize_record(record: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``record`` whose ``text`` is lower-cased and PTB-tokenized."""
    return {**record, "text": tokenize_text(record["text"])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "toolkit-tokenized"
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in args.files or [SHARED / "summarization" / name for name in FILES]:
        target = args.out / path.name
        with path.open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as sink:
            for line in source:
                if line.strip():
                    sink.write(json.dumps(tokenize_record(json.loads(line))) + "\n")
        print(f"{path} -> {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
