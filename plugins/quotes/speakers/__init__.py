"""Speakers of the quotes: one canonical entity per person or organisation.

Used by the ``quotes`` analyzer (no plugin of its own). The flow, per document:

``mentions``  read a mention from a short window of tokens: a pronoun, a
              personal name with its titles, a description, a group
``reading``   read every personal name of the document, with the titles and
              appositions around it, into the entity registry
``entity``    one canonical speaker (``Entity``)
``entities``  the registry that maps names, surnames and descriptions to them
``matching``  descriptions to the person they describe (a registry mixin)
``gender``    a person's gender from the article itself (never from given names)
``resolve``   turn each quote's mention into an entity, in document order
              (pronouns take the most recent compatible speaker)
``subjects``  who speaks a report whose cue had no subject read (a resolver mixin)

This package imports nothing from the rest of ``quotes`` at import time except
``quotes.clauses`` (word lists), and ``quotes.candidate``, ``quotes.context`` and
``quotes.cues`` (in ``resolve`` and ``subjects``).
"""
