"""Learn abbreviations and sentence starters for the splitter with NLTK's PunktTrainer.

Rebuilds ``plugins/sentences/data/punkt_news.json``, which ``toolkit.plugins.sentences.lexicon``
merges with its hand-written lists. Only the learned word lists are kept (no
text), filtered to plausible entries. Needs nltk (no NLTK data download): pip install -e '.[train]'.

Usage (from the repository root)::

    .venv/bin/python scripts/train_punkt.py \
        [--corpus ../shared/data/news/reuters21578_lewis_test_articles.jsonl] \
        [--out plugins/sentences/data/punkt_news.json]

The default corpus is the Reuters-21578 newswire (research use; the word
lists learned from it are statistics, not text). The sentence-splitting
evaluation sets (Golden Rules, BBC) are deliberately not used for training.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "news" / "reuters21578_lewis_test_articles.jsonl"
DEFAULT_OUT = REPO / "plugins" / "sentences" / "data" / "punkt_news.json"

_ABBREVIATION = re.compile(r"[a-z](?:[a-z]{0,3}|(?:\.[a-z]){1,3})")
_WORD = re.compile(r"[a-z]+")
_BARE_LOWER = re.compile(r"(?<![\w.])([a-z]+)\b(?!\.)")
# Learned entries that are ordinary words or units (a period after them ends
# sentences), words the splitter handles by its own rules, and the newswire
# signature "Reuter".
_NOT_ABBREVIATIONS = {"am", "pm", "no", "so", "to", "in", "on", "be", "do", "dim", "mph", "ono"}
_NOT_STARTERS = {"reuter"}


def read_texts(corpus: Path) -> list[str]:
    with corpus.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def count_bare_lowercase(texts: list[str]) -> Counter[str]:
    """How often each word is written in lower case and not followed by a period."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_BARE_LOWER.findall(text))
    return counts


def train(texts: list[str]) -> tuple[list[str], list[str]]:
    """Run PunktTrainer over the texts; return filtered abbreviations and starters.

    Filters: an abbreviation must look like one (short, or letters joined by
    periods) and must not also occur as a bare lower-case word (so "mph" or
    "dim" are dropped); a sentence starter must also occur in lower case
    (so names such as "Reagan" are dropped), because after an abbreviation
    the splitter treats a capitalised starter as the opening of a sentence.
    """
    from nltk.tokenize.punkt import PunktTrainer

    trainer = PunktTrainer()
    for text in texts:
        trainer.train(text, finalize=False)
    trainer.finalize_training()
    params = trainer.get_params()
    bare = count_bare_lowercase(texts)
    abbreviations = sorted(
        a
        for a in params.abbrev_types
        if _ABBREVIATION.fullmatch(a) and a not in _NOT_ABBREVIATIONS and len(a) > 1 and bare[a] < 2
    )
    starters = sorted(
        s
        for s in params.sent_starters
        if _WORD.fullmatch(s) and s not in _NOT_STARTERS and bare[s] >= 3
    )
    return abbreviations, starters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    texts = read_texts(args.corpus)
    abbreviations, starters = train(texts)
    payload = {
        "source": f"PunktTrainer on {args.corpus.name} ({len(texts)} texts)",
        "abbreviations": abbreviations,
        "sentence_starters": starters,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"{len(abbreviations)} abbreviations, {len(starters)} sentence starters -> {args.out}")


if __name__ == "__main__":
    main()
