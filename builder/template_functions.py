"""Template functions written in Python rather than as macros, for what a page asks many times (a fact page asks
whose voice an account is in ten times an account): a Jinja macro call costs more than the work of these. They look
records up through the page's context, so that the page notes what it showed (builder/depends.py)."""
from __future__ import annotations

import jinja2
from markupsafe import Markup, escape

from builder.formatting import apposed, in_sentence


@jinja2.pass_context
def own_statement(context, account) -> bool:
    """Whether the one speaker ``account`` reports is its source's outlet itself, by name or spelling (a ministry's
    press release)."""
    if len(account.speakers) != 1:
        return False
    outlet = context["sources"][account.source].outlet
    speaker = context["speakers"][account.speakers[0]]
    return outlet == speaker.name or outlet in speaker.spellings


@jinja2.pass_context
def own_statements(context, accounts) -> bool:
    """Whether every one of ``accounts`` is its source's outlet's own statement (a council's notice giving the
    council's figure): "the council publishes … in its own name", not "the council reports the council giving …"."""
    return bool(accounts) and all(own_statement(context, account) for account in accounts)


@jinja2.pass_context
def as_body(context, account) -> bool:
    """Whether ``account`` is its one body's own statement from an outlet of the body's very name."""
    return own_statement(context, account) and \
        context["sources"][account.source].outlet == context["speakers"][account.speakers[0]].name


@jinja2.pass_context
def speaker_list(context, ids, linked: bool = True, ends: bool = False) -> Markup:
    """"A, B and the C", inside a sentence, each name linked unless not ``linked``; a name with an apposition closed
    by a comma unless the list ``ends`` its sentence ("reports Dave, a caller from Ashby, saying it"), and three
    names or more parted by semicolons when one has one."""
    speakers = context["speakers"]
    named = [apposed(speakers[ident].name) for ident in ids]
    semi = len(ids) > 2 and any(named)
    link = context["speaker_link"]
    parts = []
    for n, (ident, has_apposition) in enumerate(zip(ids, named)):
        parts.append(link(context, ident, in_sentence=True) if linked else escape(in_sentence(speakers[ident])))
        left = len(ids) - n  # loop.revindex
        if left == 1:
            parts.append("," if has_apposition and not ends else "")
        elif semi:
            parts.append("; " if left > 2 else "; and ")
        else:
            parts.append(", " if left > 2 else ", and " if has_apposition else " and ")
    return Markup("").join(parts)


GLOBALS = {"own_statement": own_statement, "own_statements": own_statements, "as_body": as_body,
           "speaker_list": speaker_list}
