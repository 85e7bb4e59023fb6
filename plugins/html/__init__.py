"""HTML extractors: the main text (and title/date) of an HTML page.

Two plugins, each a module with its own registration hook, tried from the
highest priority down (``toolkit.hookspecs.toolkit_register_html_extractors``):

``trafilatura_extractor`` (plugin ``html_trafilatura``, priority 10)
    the text by trafilatura, when that package is installed; else nothing.
``fallback`` (plugin ``html_fallback``, priority 0)
    standard library only: ``scan`` tokenizes the page in linear time,
    ``page_text`` gathers text blocks with their context and picks the
    article's, ``page_meta`` reads the title and date from the page's tags.

page --scan--> tokens --page_text--> blocks --> main text
                       --page_meta--> title, date
"""
