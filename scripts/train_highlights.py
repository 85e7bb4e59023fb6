"""Train the ``highlights`` scorer: a logistic regression over sentence features
(``plugins/scorers/features.py``), labels from summaries people wrote.

Training data (``--train``, default below) is read through the toolkit's own
pipeline (cleaning, sentence splitting), so the model sees the sentences it
will score. A sentence's label is the share of the document's references
(every one in ``references_all``; only the first with ``--first-reference``)
whose greedy ROUGE oracle takes it: up to ``--oracle`` sentences added one at
a time while they raise ROUGE-1 + ROUGE-2 F1 against that reference. Furniture lines
are left out (the scorer ranks them last anyway). Any training document whose
id, url or opening also occurs in an evaluation file is dropped, so the
evaluation files stay unseen.

The model is written as JSON (feature names, standardisation, weights): the
scorer evaluates it in plain Python, without scikit-learn.

    pip install -e '.[train]'
    python scripts/train_highlights.py [--train FILE ...] [--eval FILE ...] [--out PATH]
        [--limit N] [--C 0.03] [--first-reference]

Default training files: summeval_dev, llmbench_writers_dev and newsroom_dev
(CNN/DailyMail test articles and Newsroom pages with human summaries);
default evaluation files: cnndm_dev and cnndm_frank_dev.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
DATA = SHARED / "summarization"
TRAIN = ("summeval_dev.jsonl", "llmbench_writers_dev.jsonl", "newsroom_dev.jsonl")
EVAL = ("cnndm_dev.jsonl", "cnndm_frank_dev.jsonl")
OUT = ROOT / "plugins" / "scorers" / "data" / "highlights_model.json"


def read(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return records[:limit] if limit else records


def _keys(record: dict[str, Any]) -> set[str]:
    opening = " ".join(record["text"].lower().split()[:25])
    return {str(record.get("id")), str(record.get("url")), opening} - {"None", ""}


def documents(records: list[dict[str, Any]]) -> list[Any]:
    """Each record's text as the pipeline's Document (cleaned and split)."""
    from toolkit.api import resolve_background
    from toolkit.pipeline import Options, prepare
    from toolkit.registry import get_registry

    registry = get_registry()
    options = Options(background=resolve_background("bundled"))
    return [prepare(r["text"], options, registry) for r in records]


def reference(record: dict[str, Any]) -> str:
    ref = record["reference"]
    return ref if isinstance(ref, str) else "\n".join(ref)


def oracle(sentences: list[str], target: str, scorer: Any, size: int) -> list[int]:
    """Greedy ROUGE-1 + ROUGE-2 oracle (indices into ``sentences``)."""
    picked: list[int] = []
    best = 0.0
    while len(picked) < size:
        gains = []
        for i in range(len(sentences)):
            if i in picked:
                continue
            summary = "\n".join(sentences[j] for j in sorted([*picked, i]))
            scores = scorer.score(target, summary)
            gains.append((scores["rouge1"].fmeasure + scores["rouge2"].fmeasure, i))
        if not gains:
            break
        value, i = max(gains)
        if value <= best:
            break
        best = value
        picked.append(i)
    return picked


def references(record: dict[str, Any], every: bool) -> list[str]:
    """The record's reference, or with ``every`` each of ``references_all``."""
    if every and record.get("references_all"):
        return [r if isinstance(r, str) else "\n".join(r) for r in record["references_all"]]
    return [reference(record)]


def training_rows(
    records: list[dict[str, Any]], size: int, every: bool = False
) -> tuple[list[list[float]], list[float]]:
    """Feature rows of the prose sentences and their labels: the share of the
    document's references whose oracle takes the sentence (0 or 1 with one
    reference)."""
    from rouge_score import rouge_scorer

    from toolkit.plugins.scorers.features import sentence_features

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    rows: list[list[float]] = []
    labels: list[float] = []
    for record, document in zip(records, documents(records), strict=True):
        features, furniture = sentence_features(document)
        prose = [i for i, f in enumerate(furniture) if not f]
        texts = [document.sentences[i].text for i in prose]
        targets = references(record, every)
        votes = dict.fromkeys(prose, 0)
        for target in targets:
            for j in oracle(texts, target, scorer, size):
                votes[prose[j]] += 1
        for i in prose:
            rows.append(features[i])
            labels.append(votes[i] / len(targets))
    return rows, labels


def fit(rows: list[list[float]], labels: list[float], c: float) -> dict[str, Any]:
    """Logistic regression on standardised rows; a label between 0 and 1 (a
    share of references) enters as a positive and a negative copy of the row
    weighted by the share and its complement."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array(rows)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    y = np.array(labels, dtype=float)
    z = (x - mean) / scale
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(
        np.vstack([z, z]),
        np.concatenate([np.ones(len(y)), np.zeros(len(y))]),
        sample_weight=np.concatenate([y, 1 - y]),
    )
    return {
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
    }


def evaluate(path: Path, model: dict[str, Any], limit: int | None, k: int = 3) -> dict[str, Any]:
    """ROUGE of the model's top-k and of Lead-k on one evaluation file."""
    from rouge_score import rouge_scorer

    from toolkit.plugins.scorers.features import sentence_features
    from toolkit.plugins.scorers.highlights import linear_scores

    records = read(path, limit)
    metrics = ["rouge1", "rouge2", "rougeLsum"]
    scorer = rouge_scorer.RougeScorer(metrics, use_stemmer=True)
    totals = {"model": dict.fromkeys(metrics, 0.0), "lead": dict.fromkeys(metrics, 0.0)}
    for record, document in zip(records, documents(records), strict=True):
        features, furniture = sentence_features(document)
        scores = linear_scores(features, furniture, model)
        ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:k]
        texts = [s.text for s in document.sentences]
        for name, picked in (("model", sorted(ranked)), ("lead", list(range(min(k, len(texts)))))):
            result = scorer.score(reference(record), "\n".join(texts[i] for i in picked))
            for m in metrics:
                totals[name][m] += result[m].fmeasure / len(records)
    return {name: {m: round(100 * v, 2) for m, v in row.items()} for name, row in totals.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", nargs="*", type=Path, default=[DATA / n for n in TRAIN])
    parser.add_argument("--eval", nargs="*", type=Path, default=[DATA / n for n in EVAL])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--limit", type=int, default=None, help="first N records of each file")
    parser.add_argument("--eval-limit", type=int, default=None)
    parser.add_argument("--oracle", type=int, default=3, help="oracle sentences per document")
    parser.add_argument("--C", type=float, default=0.03, help="inverse regularisation strength")
    parser.add_argument(
        "--first-reference",
        dest="every_reference",
        action="store_false",
        help="label by each record's first reference only (default: every reference in "
        "references_all, a sentence labelled by the share of references whose oracle takes it)",
    )
    args = parser.parse_args(argv)

    from toolkit.plugins.scorers.features import FEATURES

    held_out: set[str] = set()
    for path in args.eval:
        for record in read(path):
            held_out |= _keys(record)
    records: list[dict[str, Any]] = []
    dropped = 0
    for path in args.train:
        for record in read(path, args.limit):
            if _keys(record) & held_out:
                dropped += 1
            else:
                records.append(record)
    started = time.perf_counter()
    rows, labels = training_rows(records, args.oracle, args.every_reference)
    model = {
        "model": "logistic regression (scikit-learn), standardised features",
        "features": list(FEATURES),
        **fit(rows, labels, args.C),
        "trained_on": [p.name for p in args.train],
        "documents": len(records),
        "dropped_overlapping_eval": dropped,
        "sentences": len(rows),
        "oracle_sentences": args.oracle,
        "C": args.C,
        "every_reference": args.every_reference,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {len(records)} documents ({dropped} dropped: also in an eval file), "
          f"{len(rows)} sentences, {sum(labels)} positive, {time.perf_counter() - started:.0f} s")
    for name, weight in zip(FEATURES, model["weights"], strict=True):
        print(f"  {name:12s} {weight:+.3f}")
    for path in args.eval:
        print(path.name, evaluate(path, model, args.eval_limit))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
