"""The preview's page of pending suggestions: for each source, the accounts `dossier suggest` would propose."""
from __future__ import annotations

from html import escape

from builder.model import Dossier
from builder.suggest import THRESHOLD, Retriever

PATH = "/__dossier__/suggestions"


def html(dossier: Dossier | None, threshold: float = THRESHOLD) -> bytes:
    """A page of its own: each source of the checked ``dossier`` (None: the build failed) with its pending suggestions
    at or above ``threshold``, best first."""
    if dossier is None:
        return _page("<p>The dossier has errors; fix them and this page shows the suggestions again.</p>")
    retriever = Retriever(dossier)
    parts = [f"<p>What <code>dossier suggest SOURCE</code> would propose (confidence {threshold:.2f} or more). "
             "Run it in a terminal to accept, skip or edit each one.</p>"]
    for source in dossier.sources.values():
        report = retriever.read(source)
        pending = report.proposed(threshold)
        parts.append(f'<section aria-labelledby="s-{escape(source.id)}"><h2 id="s-{escape(source.id)}">'
                     f"{escape(source.title)}</h2><p><code>dossier suggest {escape(source.id)}</code>: "
                     f"{len(pending)} pending</p>")
        if pending:
            parts.append("<ol>")
            for s in pending:
                fact = dossier.facts[s.fact]
                value = f", value {escape(str(s.value))}" + (f" (“{escape(s.qualifier)}”)" if s.qualifier else "") \
                    + (f" as of {escape(s.as_of)}" if s.as_of else "") if s.value else ""
                speaker = f", speaker {escape(s.speaker)}" if s.speaker else ""
                parts.append(f'<li><a href="/facts/{escape(s.fact)}.html">{escape(fact.statement)}</a> '
                             f"<span>(confidence {s.confidence:.2f})</span><blockquote>{escape(s.quote)}</blockquote>"
                             f"<p>{escape(s.stance)}{speaker}{value}. Why: {escape('; '.join(s.why))}</p></li>")
            parts.append("</ol>")
        parts.append("</section>")
    return _page("".join(parts))


def _page(body: str) -> bytes:
    return ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="icon" href="data:,"><title>Pending suggestions · dossier preview</title>'
            "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:auto;padding:1rem;color:#1b1b1b}"
            "blockquote{margin:.25rem 0 .25rem 1rem;border-left:3px solid #767676;padding-left:.75rem}"
            "li{margin-bottom:1rem}a{color:#0b57a4}</style></head>"
            f"<body><main><h1>Pending suggestions</h1>{body}</main></body></html>\n").encode()
