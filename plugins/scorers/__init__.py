"""Sentence scorers for extractive summaries, one plugin per scorer, and the
``mmr`` selector.

Each scorer module is a plugin named like the scorer it registers
(``toolkit.hookspecs.toolkit_register_scorers``): ``tfidf``, ``textrank``,
``lexrank``, ``luhn``, ``position``, ``length``. A scorer maps a document to one
score per sentence; the pipeline min-max normalises each scorer's scores and
sums them with the mix's weights. A scorer registered with a ``weight`` above 0
is in the default mix (tfidf 1, textrank 1, position 0.3, length 0.3, chosen
on the BBC dev set, docs/summarization.md), summed in ascending ``order``.
With ``--diversity`` above 0, ``mmr`` picks the summary among the scored
sentences (``toolkit_register_selectors``).

document.sentences --similarity.sentence_terms--> content terms per sentence
                   --similarity (IDF with the background collection, TF-IDF
                     vectors, centrality)--> tfidf, textrank, lexrank, luhn
                   (textrank on up to 40 sentences: plain_graph, no numpy)
document.sentences --> position, length (no terms needed)
scores --mmr (similarity.content_words, STOPWORDS)--> summary (--diversity)

To add a scorer: a module here with ``score_x(document) -> list[float]`` and a
hook ``toolkit_register_scorers(register: RegisterScorer) -> None`` that calls
``register("x", score_x)`` (``weight=`` to join the default mix);
``position.py`` is the smallest example. Then one line under
``[project.entry-points.toolkit]`` in pyproject.toml (``x =
"toolkit.plugins.scorers.x"``) and ``pip install -e .``: it loads, lists and
turns off like every other plugin.
"""
