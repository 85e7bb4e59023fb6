"""Built-in plugins, installed as ``toolkit.plugins``: one package per family.

Each plugin registers its components through the same hooks as third-party
plugins (see ``toolkit.hookspecs``), so any of them can be replaced or
turned off by name.

``text``       shared text knowledge: tokens, name words, words about people
``sentences``  the sentence splitter (plugin ``sentences``)
``cleaning``   scraped-text cleaning and headline metadata (plugin ``cleaning``)
``html``       HTML main-text extractors (plugins ``html_trafilatura``, ``html_fallback``)
``scorers``    sentence scorers (plugins ``tfidf``, ``textrank``, ``lexrank``, ``luhn``,
               ``position``, ``length``)
``quotes``     quotes and their speakers (plugin ``quotes``; ``quotes.speakers`` inside)
``tone``       each speaker's tone (plugin ``tone``)
``formats``    output formats (plugins ``formatters``, ``html_report``)
"""
