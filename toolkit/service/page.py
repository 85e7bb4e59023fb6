"""The page at ``/``: paste an article or give a URL, pick the summary
length, read the HTML report below the form.

A plain form post, no JavaScript: the report comes back inside the page in
an ``<iframe srcdoc>`` (the report is a whole document with its own
Content-Security-Policy; ``sandbox`` without ``allow-scripts`` keeps it from
running anything, and ``allow-same-origin`` keeps it in the page's process,
where headless Chromium draws it). Every value from the person is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

PAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "form-action 'self'; base-uri 'none'"
)  # no frame-ancestors: the report's srcdoc frame inherits the policy, and would be refused
MAX_SENTENCES = 50

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f5f1;color:#1d1d1b}
main{max-width:1100px;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;margin:.2rem 0 1rem}
form{display:grid;gap:.8rem;background:#fff;border:1px solid #d9d6cc;padding:1rem;border-radius:6px}
label{font-weight:600;display:block;margin-bottom:.2rem}
textarea{width:100%;min-height:12rem;box-sizing:border-box;font:inherit}
input[type=url]{width:100%;box-sizing:border-box;font:inherit}
.row{display:flex;gap:1rem;align-items:end;flex-wrap:wrap}
button{font:inherit;padding:.4rem 1.2rem;background:#1d4e89;color:#fff;border:0;border-radius:4px}
.hint{color:#5c5a52;font-size:.9rem;margin:.2rem 0 0}
.error{background:#fdecea;border:1px solid #e0a39c;padding:.6rem 1rem;border-radius:6px}
iframe{width:100%;height:2400px;border:1px solid #d9d6cc;background:#fff;margin-top:1rem}
"""


@dataclass
class Form:
    text: str | None = None
    url: str | None = None
    sentences: int = 3
    problem: str | None = None

    @classmethod
    def parse(cls, fields: dict[str, list[str]], default_sentences: int) -> Form:
        text = (fields.get("text") or [""])[0]
        url = (fields.get("url") or [""])[0].strip()
        form = cls(text or None, url or None, default_sentences)
        raw = (fields.get("sentences") or [""])[0].strip()
        if raw:
            if not raw.isdigit() or not 1 <= int(raw) <= MAX_SENTENCES:
                form.problem = f"sentences: give a whole number from 1 to {MAX_SENTENCES}"
                return form
            form.sentences = int(raw)
        if not text.strip() and not url:
            form.problem = "paste an article or give its URL"
        elif text.strip() and url:
            form.problem = "give either an article or a URL, not both"
        return form


def _form(default_sentences: int, form: Form | None) -> str:
    form = form or Form(sentences=default_sentences)
    return (
        '<form method="post" action="/">'
        '<div><label for="text">Article text (or HTML)</label>'
        f'<textarea id="text" name="text">{escape(form.text or "")}</textarea></div>'
        '<div><label for="url">or the article\'s URL</label>'
        f'<input id="url" name="url" type="url" placeholder="https://" '
        f'value="{escape(form.url or "")}">'
        '<p class="hint">The server fetches this address (http or https only) and nothing '
        "else; pasted text never leaves this machine.</p></div>"
        '<div class="row"><div><label for="sentences">Summary sentences</label>'
        f'<input id="sentences" name="sentences" type="number" min="1" max="{MAX_SENTENCES}" '
        f'value="{form.sentences}"></div>'
        '<button type="submit">Summarise</button></div></form>'
    )


def render(
    default_sentences: int,
    form: Form | None = None,
    *,
    report: str | None = None,
    error: str | None = None,
) -> str:
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{PAGE_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>toolkit: news report</title><style>{_STYLE}</style></head><body><main>",
        "<h1>Summary, quotes and tone of a news article</h1>",
        _form(default_sentences, form),
    ]
    if error:
        parts.append(f'<p class="error" role="alert">{escape(error)}</p>')
    if report:
        parts.append(
            '<iframe title="Report" sandbox="allow-same-origin" '
            f'srcdoc="{escape(report, quote=True)}"></iframe>'
        )
    parts.append("</main></body></html>\n")
    return "".join(parts)


HEADERS = {
    "Content-Security-Policy": PAGE_POLICY,
    "X-Frame-Options": "DENY",  # the page itself is never framed
    "X-Content-Type-Options": "nosniff",
}
