"""Speakers of the quotes: one canonical entity per person or organisation.

Used by the ``quotes`` analyzer (no plugin of its own). The flow, per document:

``mentions``  read a mention from a short window of tokens: a pronoun, a
              personal name with its titles, a description, a group
``reading``   read every personal name of the document, with the titles and
              appositions around it, into the entity registry
``entities``  the canonical entities and the registry that maps names,
              surnames and descriptions to them
``resolve``   turn each quote's mention into an entity, in document order
              (pronouns take the most recent compatible speaker)

This package imports nothing from the rest of ``quotes`` at import time except
``quotes.candidate``, ``quotes.context`` and ``quotes.cues`` (in ``resolve``).
"""
