"""Train the cleaning plugin's line classifier on real scraped pages.

Data: ``../shared/data/web/pages_dev.jsonl`` (91 pages of the Zyte/Scrapinghub
article-extraction benchmark, MIT; see its PROVENANCE.md): each page's text as
scraped and its article body marked by people. A scraped line is labelled
article text when its words occur, in order, in the marked body (a line of
three words or fewer also needs a neighbour that continues it there, so a lone
"Share" or "Politics" is not article text because the word occurs somewhere).

Model: two gradient-boosted tree ensembles (scikit-learn), a line model on
``toolkit.plugins.cleaning.features`` and a context model on the line scores around each line
(``cleaning.model.context_features``); the context model is trained on
out-of-fold line scores so it sees the line model as it behaves on new pages.
Both are exported to ``plugins/cleaning/data/cleaning_model.json`` (trees as arrays), which
``cleaning.model`` evaluates at run time without scikit-learn.

Evaluation: 5-fold cross-validation grouped by page (``GroupKFold``): every
page is scored by models that never saw it, with the benchmark's metric
(``bench/web_pages.py``). The keep threshold is chosen on the training folds
only. The figure printed is the held-out one; the training fit is not reported.

Usage (from the repository root; needs scikit-learn, the ``train`` extra)::

    nice .venv/bin/python scripts/train_cleaning.py [--data ../shared/data] [--folds 5]
        [--trees 120] [--limit N] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from web_pages import DATA, load_pages, page_counts, summary  # noqa: E402

from toolkit.plugins import cleaning  # noqa: E402
from toolkit.plugins.cleaning import features as cf  # noqa: E402
from toolkit.plugins.cleaning import model as cm  # noqa: E402

OUT = REPO / "plugins" / "cleaning" / "data" / cm.MODEL_FILE
_TOKEN = re.compile(r"\w+")
THRESHOLDS = [round(0.05 * i, 2) for i in range(4, 16)]


def label_lines(lines: list[cf.Line], gold: str) -> list[int]:
    """1 for a line whose tokens occur contiguously in the gold body."""
    gold_tokens = " " + " ".join(_TOKEN.findall(gold)) + " "
    tokens = [" ".join(_TOKEN.findall(line.text)) for line in lines]

    def inside(*parts: str) -> bool:
        joined = " ".join(p for p in parts if p)
        return bool(joined) and f" {joined} " in gold_tokens

    labels = []
    for index, own in enumerate(tokens):
        if not own or not inside(own):
            labels.append(0)
            continue
        if len(own.split()) > 3:
            labels.append(1)
            continue
        before = tokens[index - 1] if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        labels.append(int(inside(before, own) or inside(own, after)))
    return labels


def page_data(pages: list[dict[str, str]]) -> list[dict[str, Any]]:
    prepared = []
    for page in pages:
        text = page["scraped_text"]
        lines = cf.page_lines(text)
        prepared.append(
            {
                "id": page["id"],
                "text": text,
                "gold": page["article_body"],
                "lines": lines,
                "rows": cf.features(text, lines),
                "labels": label_lines(lines, page["article_body"]),
            }
        )
    return prepared


def fit(rows: list[list[float]], labels: list[int], trees: int):  # type: ignore[no-untyped-def]
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(
        n_estimators=trees, max_depth=3, learning_rate=0.1, subsample=0.8, random_state=0
    )
    return model.fit(rows, labels)


def export(model) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The ensemble as arrays: leaves have left == -1; ``bias`` is the prior log-odds."""
    import numpy as np

    prior = float(model.init_.class_prior_[1])
    trees = []
    for (estimator,) in model.estimators_:
        tree = estimator.tree_
        trees.append(
            {
                "feature": [int(f) if f >= 0 else 0 for f in tree.feature],
                "threshold": [round(float(t), 6) for t in tree.threshold],
                "left": [int(c) for c in tree.children_left],
                "right": [int(c) for c in tree.children_right],
                "value": [round(float(v), 6) for v in np.ravel(tree.value[:, 0, 0])],
            }
        )
    return {"bias": float(np.log(prior / (1 - prior))), "rate": model.learning_rate, "trees": trees}


def flat(data: list[dict[str, Any]], key: str) -> list[Any]:
    return [item for page in data for item in page[key]]


def line_scores_oof(data: list[dict[str, Any]], folds: int, trees: int) -> list[list[float]]:
    """Out-of-fold line-model scores for every page of ``data``."""
    from sklearn.model_selection import GroupKFold

    scores: list[list[float]] = [[] for _ in data]
    for train, test in GroupKFold(n_splits=folds).split(data, groups=range(len(data))):
        part = [data[i] for i in train]
        forest = cm.Forest(export(fit(flat(part, "rows"), flat(part, "labels"), trees)))
        for i in test:
            scores[i] = forest.probabilities(data[i]["rows"])
    return scores


def train(data: list[dict[str, Any]], folds: int, trees: int) -> dict[str, Any]:
    """Both models and the threshold, from ``data`` only."""
    line = export(fit(flat(data, "rows"), flat(data, "labels"), trees))
    oof = line_scores_oof(data, min(folds, 3), trees)
    names = cf.FEATURE_NAMES
    context_rows = [
        cm.context_features(page["rows"], scores, names)
        for page, scores in zip(data, oof, strict=True)
    ]
    context = export(fit([r for rows in context_rows for r in rows], flat(data, "labels"), trees))
    forest = cm.Forest(context)
    scores = [forest.probabilities(rows) for rows in context_rows]
    threshold = max(THRESHOLDS, key=lambda t: _f1(data, scores, t))
    return {
        "version": 1,
        "feature_names": list(names),
        "context_names": list(cm.CONTEXT_NAMES),
        "threshold": threshold,
        "line": line,
        "context": context,
    }


def kept_text(page: dict[str, Any], scores: list[float], threshold: float) -> str:
    text = page["text"]
    log_words = [row[cf.FEATURE_NAMES.index("log_words")] for row in page["rows"]]
    prose = [row[cf.FEATURE_NAMES.index("prose")] > 0 for row in page["rows"]]
    keep = cm.decide(scores, log_words, threshold, prose)
    return "\n".join(
        text[line.start : line.end] for line, kept in zip(page["lines"], keep, strict=True) if kept
    )


def _f1(data: list[dict[str, Any]], scores: list[list[float]], threshold: float) -> float:
    counts = [
        page_counts(page["gold"], kept_text(page, page_scores, threshold))
        for page, page_scores in zip(data, scores, strict=True)
    ]
    return summary(counts)["f1"]


def cleaned_text(text: str, model: cm.Model) -> str:
    """The built-in cleaners in pipeline order, with ``model`` as the classifier."""
    kept = cleaning.keep_article(text, model)
    return cleaning.normalize_whitespace(cleaning.remove_boilerplate(kept))


def cross_validate(
    data: list[dict[str, Any]], folds: int, trees: int, held_out: dict[str, str] | None = None
) -> tuple[dict[str, float], dict[str, float]]:
    """Held-out scores of the classifier alone and of the whole cleaning; each
    page's held-out cleaned text goes into ``held_out`` (by page id) if given."""
    from sklearn.model_selection import GroupKFold

    counts: list[tuple[float, float, float]] = []
    full: list[tuple[float, float, float]] = []
    for number, (train_idx, test_idx) in enumerate(
        GroupKFold(n_splits=folds).split(data, groups=range(len(data))), 1
    ):
        model = cm.Model(train([data[i] for i in train_idx], folds, trees))
        for i in test_idx:
            page = data[i]
            scores = cm.keep_scores(model, page["rows"])
            counts.append(page_counts(page["gold"], kept_text(page, scores, model.threshold)))
            cleaned = cleaned_text(page["text"], model)
            full.append(page_counts(page["gold"], cleaned))
            if held_out is not None:
                held_out[page["id"]] = cleaned
        print(f"  fold {number}: threshold {model.threshold}", file=sys.stderr)
    return summary(counts), summary(full)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--trees", type=int, default=60)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N pages.")
    parser.add_argument("--no-cv", action="store_true", help="Skip the cross-validation.")
    parser.add_argument("--no-write", action="store_true", help="Do not write the model file.")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--held-out", type=Path, default=None, help="Write each page's held-out text (JSON)."
    )
    args = parser.parse_args()
    started = time.perf_counter()
    data = page_data(load_pages(args.data, args.limit))
    print(f"{len(data)} pages, {len(flat(data, 'labels'))} lines", file=sys.stderr)
    if not args.no_cv:
        held_out: dict[str, str] = {}
        alone, whole = cross_validate(data, args.folds, args.trees, held_out)
        if args.held_out:
            args.held_out.write_text(json.dumps(held_out, ensure_ascii=False), encoding="utf-8")
        for name, result in (("classifier alone", alone), ("whole cleaning", whole)):
            print(
                f"held-out ({args.folds}-fold GroupKFold by page), {name}: precision "
                f"{result['precision']:.3f} recall {result['recall']:.3f} F1 {result['f1']:.3f}"
            )
    if not args.no_write:
        model = train(data, args.folds, args.trees)
        args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {args.out} (threshold {model['threshold']})")
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
