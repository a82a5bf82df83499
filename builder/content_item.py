"""A government publishing platform's content item, as its content API gives it in JSON (GOV.UK's: a press release,
a news story, a notice): its ``details.body`` read as a page's article is, its title, its description (the
standfirst) under it, the day it was first published, its organisation the outlet, its locale the language."""
from __future__ import annotations

import html
from pathlib import Path

from builder import news_xml
from builder.article import Found

_KEYS = {"base_path", "schema_name", "document_type"}  # what marks an item of the API, with its details' body


def matches(data) -> bool:
    """Whether parsed JSON ``data`` is a content item with a body of its own."""
    return isinstance(data, dict) and len(_KEYS & set(data)) >= 2 and isinstance(data.get("details"), dict) \
        and isinstance(data["details"].get("body"), str) and bool(data["details"]["body"].strip())


def read(path: Path, data: dict, item: int | None) -> news_xml.Story:
    """The content item ``data`` (one item: --item beyond 1 refused)."""
    if item not in (None, 1):
        news_xml.fail(path, f"--item {item}: the content item is one article; leave --item out")
    title = _string(data.get("title"))
    description = _string(data.get("description"))
    body = (f"<p>{html.escape(description)}</p>" if description else "") + data["details"]["body"]
    story = news_xml.read_html(path, title, body)
    organisations = (data.get("links") or {}).get("organisations") if isinstance(data.get("links"), dict) else None
    organisations = organisations or data.get("organisations")
    first = organisations[0] if isinstance(organisations, list) and organisations else None
    published = news_xml.day(_string(data.get("first_published_at") or data["details"].get("first_public_at")
                                     or data.get("public_updated_at")))
    stated = {"title": (title, "title"), "published": (published, "first day published"),
              "outlet": (_string(first.get("title")) if isinstance(first, dict) else "", "first organisation"),
              "language": (news_xml.language(_string(data.get("locale"))), "locale")}
    fields = story.fields | {name: Found(value, f"the content item's {origin}") for name, (value, origin)
                             in stated.items() if value}
    updated = news_xml.day(_string(data.get("public_updated_at")))
    notes = ["a content item of a publishing platform's API (JSON): its body read as a page's article is, under its "
             "title and its description; its day, organisation and locale"
             + (f"; it was updated on {updated}" if updated and updated != published else "")]
    return news_xml.Story(story.paragraphs, fields, notes + story.notes, story.displayed)


def _string(value) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""

