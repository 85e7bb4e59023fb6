"""Shared text knowledge, used by every family that reads words: no plugin here.

``tokens``      word and punctuation tokens with their offsets (one pass per
                document), and ``TokenIndex`` to find them by offset
``people``      words about people: pronouns, titles and honorifics, role
                nouns, gendered words, organisation words, demonyms
``name_words``  which capitalised words make a personal name, where it starts
                and ends, and the gender its words suggest (built on ``people``)

Nothing here imports another family, so any family may import from here.
"""
