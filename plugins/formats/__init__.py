"""Output formats: a report in, a string out.

``plain`` (plugin ``formatters``)
    ``text`` for a terminal, ``markdown``, and ``json`` (``Report.to_dict``,
    the documented, versioned structure).
``report`` (plugin ``html_report``)
    ``html``: one self-contained page; ``report.article`` marks the summary and
    the quotes in the text, ``report.chart`` draws each speaker's tone,
    ``report.style`` holds the colour scale and the style sheet.
"""
