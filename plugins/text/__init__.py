"""Shared text knowledge, used by every family that reads words: no plugin here.

``tokens``           word and punctuation tokens with their offsets (one pass per
                     document), and ``TokenIndex`` to find them by offset
``quotation_marks``  which characters are quotation marks, in groups
``people``           words about people: pronouns, titles and honorifics (and
                     their abbreviations), role nouns, gendered words,
                     organisation words, demonyms
``name_words``       which capitalised words make a personal name, where it
                     starts and ends, the gender its words suggest (on ``people``)
``dates``            the date parser: stamps in scraped text, declared dates
``patterns``         regular expressions compiled on first use

The words of a text as counted for IDF (``words``, ``tokenize``) belong to the
core's background statistics (``toolkit.background``), which every scorer reads.
Nothing here imports another family, so any family may import from here.
"""
