"""Sentence scorers for extractive summaries: one plugin per scorer.

Each module is a plugin named like the scorer it registers
(``toolkit.hookspecs.toolkit_register_scorers``): ``tfidf``, ``textrank``,
``lexrank``, ``luhn``, ``position``, ``length``. A scorer maps a document to one
score per sentence; the pipeline min-max normalises each scorer's scores and
sums them with the mix's weights.

document.sentences --similarity.sentence_terms--> content terms per sentence
                   --similarity (IDF with the background collection, TF-IDF
                     vectors, centrality)--> tfidf, textrank, lexrank, luhn
document.sentences --> position, length (no terms needed)

To add a scorer: a module with ``score_x(document) -> list[float]`` and a
``toolkit_register_scorers`` hook (``position.py`` is the smallest example),
listed as a plugin like the others.
"""
