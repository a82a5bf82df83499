"""An agency's news item read as its article: IPTC NewsML-G2 (a <newsItem>, or a <newsMessage> of several: --item
N), IPTC NITF (an <nitf> document) or IPTC ninjs (JSON). Its text is its inline XHTML (or HTML: ninjs's body_html) read as a saved page's article
is, else its plain text; its headline the title, its byline the author ("By " left out), the day it was first
created the published day (a later version's day in a note), its provider (else its copyright holder, else its
credit line) the outlet, its language; its dateline, slugline and editor's note are named in a note, not put in its
text."""
from __future__ import annotations

import copy as copy_module
import html
import re
from pathlib import Path

from lxml import etree

from builder import article, news_xml
from builder.article import Found

_ORIGINS = {"title": "headline", "author": "byline", "published": "first version", "language": "language",
            "outlet": "provider (else its copyright holder, its credit line)", "url": "uri"}


def read(path: Path, root: etree._Element, item: int | None) -> news_xml.Story:
    """Item ``item`` (1-based; default the first) of the NewsML-G2 file whose root is ``root``."""
    items = [root] if _local(root) == "newsItem" else [e for e in root.iter() if _local(e) == "newsItem"]
    at, notes = news_xml.chosen(path, [(_text(i, "contentMeta", "headline") or "(no headline)",
                                        news_xml.day(_text(i, "itemMeta", "firstCreated"))) for i in items],
                                item, "news message")
    news = items[at]
    title = _text(news, "contentMeta", "headline")
    story = _body(path, title, news)
    stated = {"title": title, "author": _byline(_text(news, "contentMeta", "by")
                                                or _named(news, "contentMeta", "creator")),
              "published": news_xml.day(_text(news, "itemMeta", "firstCreated")
                                        or _text(news, "contentMeta", "contentCreated")
                                        or _text(news, "itemMeta", "versionCreated")),
              "outlet": _named(news, "itemMeta", "provider") or _named(news, "rightsInfo", "copyrightHolder")
              or _text(news, "contentMeta", "creditline"),
              "language": news_xml.language(_attribute(news, "contentMeta", "language", "tag")
                                            or news.get("{http://www.w3.org/XML/1998/namespace}lang"))}
    version = news_xml.day(_text(news, "itemMeta", "versionCreated"))
    told = {"dateline": _text(news, "contentMeta", "dateline"), "slugline": _text(news, "contentMeta", "slugline"),
            "editor's note": _text(news, "itemMeta", "edNote"), "version": version
            if version and version != stated["published"] else None}
    return _story(story, stated, told, notes, "a NewsML-G2 news item")


def read_ninjs(path: Path, data: dict, item: int | None) -> news_xml.Story:
    """The ninjs item ``data`` (one item: --item beyond 1 refused), of ninjs 1.x (``headline``, ``body_html``), 2.x
    (``headlines``, ``bodies``, ``bylines``) or 3.x (the same in camelCase: ``firstCreated``)."""
    if item not in (None, 1):
        news_xml.fail(path, f"--item {item}: the ninjs file holds one item; leave --item out")
    data = {key.lower(): value for key, value in data.items()}
    title = _string(data.get("headline")) or _role(data.get("headlines"), "main")
    body = data["body_html"] if _string(data.get("body_html")) else ""
    text = data["body_text"] if _string(data.get("body_text")) else ""
    for part in data.get("bodies") if isinstance(data.get("bodies"), list) else []:
        if isinstance(part, dict) and _string(part.get("value")):
            if "html" in _string(part.get("contenttype") or part.get("contentType") or part.get("role")):
                body = body or part["value"]
            else:
                text = text or part["value"]
    if body:
        story = news_xml.read_html(path, title, body)
    else:
        story = news_xml.Story(([title] if title else []) + news_xml.text_paragraphs(text or ""))
    by = data.get("by") or data.get("byline") or data.get("bylines")
    holder = data.get("copyrightholder")
    stated = {"title": title, "author": _byline(_string(by if not isinstance(by, list) else ", ".join(
        _string(b.get("byline") or b.get("name") if isinstance(b, dict) else b) for b in by))),
              "published": news_xml.day(_string(data.get("firstcreated") or data.get("versioncreated"))),
              "outlet": _string(holder.get("name") if isinstance(holder, dict) else holder),
              "language": news_xml.language(_string(data.get("language"))),
              "url": _string(data.get("uri")) if re.match(r"https?://\S+$", _string(data.get("uri"))) else None}
    version = news_xml.day(_string(data.get("versioncreated")))
    located = data.get("located")
    told = {"dateline": _string(located.get("name") if isinstance(located, dict) else located),
            "slugline": _string(data.get("slugline")) or _role(data.get("headlines"), "slugline", only=True),
            "editor's note": _string(data.get("ednote")),
            "version": version if version and version != stated["published"] else None}
    return _story(story, stated, told, [], "a ninjs news item")


def read_nitf(path: Path, root: etree._Element, item: int | None) -> news_xml.Story:
    """The NITF document whose root is ``root``: its <body.content>, its headline (else its <title>), its byline's
    person (not its title, <byttl>), its day of issue, its publication (else its copyright holder, its distributor)."""
    if item not in (None, 1):
        news_xml.fail(path, f"--item {item}: an NITF file holds one item; leave --item out")
    docdata = _find(root, "head", "docdata")
    byline = _find(root, "body", "body.head", "byline")
    person = byline is not None and (_text(byline, "person") or " ".join((byline.text or "").split()))
    title = _text(root, "body", "body.head", "hedline", "hl1") or _text(root, "head", "title")  # its <title> may
    # carry the wire's slug: "HORSERACING-BALLINVEEN/ (UPDATE 2) Regulator opens…"
    stated = {"title": title, "author": _byline(person or ""),
              "published": news_xml.day(_basic_iso(_attribute(docdata, "date.issue", "norm")
                                                   or _attribute(docdata, "date.release", "norm"))),
              "outlet": _attribute(root, "head", "pubdata", "name") or _attribute(docdata, "doc.copyright", "holder")
              or _text(root, "body", "body.head", "distributor"),
              "language": news_xml.language(root.get("{http://www.w3.org/XML/1998/namespace}lang"))}
    told = {"dateline": _text(root, "body", "body.head", "dateline"),
            "slugline": _attribute(docdata, "du-key", "key"), "editor's note": _attribute(docdata, "ed-msg", "info")
            or _text(root, "body", "body.head", "note"), "version": None}
    return _story(_body(path, title, root), stated, told, [], "an NITF news item")


def _basic_iso(value: str) -> str:
    """NITF's day and time, ISO 8601's basic form ("20260317T124500Z"), in its extended form: "2026-03-17T…"."""
    match = re.match(r"(\d{4})(\d{2})(\d{2})(?=T|$)", value.strip())
    return f"{match[1]}-{match[2]}-{match[3]}{value.strip()[8:]}" if match else value


def _role(parts, role: str, only: bool = False) -> str:
    """The value of the ninjs 2.x part (a headline) of ``role``, else (unless ``only``) of the first part."""
    parts = [p for p in parts if isinstance(p, dict) and _string(p.get("value"))] if isinstance(parts, list) else []
    chosen = next((p for p in parts if p.get("role") == role), None if only else next(iter(parts), None))
    return _string(chosen["value"]) if chosen else ""


def _story(story: news_xml.Story, stated: dict, told: dict, notes: list[str], what: str) -> news_xml.Story:
    """The story with the fields the item states and notes on what it says beside its text."""
    fields = story.fields | {name: Found(value, f"the news item's {_ORIGINS[name]}") for name, value in stated.items()
                             if value}
    said = [f"its {name}, “{value}”" if name != "version" else f"its latest version is of {value}"
            for name, value in told.items() if value]
    notes = [f"{what}: its text read as a page's article is; its headline, byline, day, provider and language"
             + (f"; beside its text, {', '.join(said)}" if said else ""), *notes]
    return news_xml.Story(story.paragraphs, fields, notes + story.notes, story.displayed)


def _body(path: Path, title: str, news) -> news_xml.Story:
    """The item's text: its inline XML (XHTML's, NITF's body) read as a page's article is, else its inline text."""
    content = news if _local(news) == "nitf" else \
        next((e for e in news.iter() if _local(e) in ("inlineXML", "inlineData")), None)
    if content is None:
        news_xml.fail(path, "the news item holds no text of its own (no inlineXML nor inlineData: a picture, or "
                            f"a reference to content elsewhere?); {news_xml.AGAIN}")
    if _local(content) == "inlineData":
        return news_xml.Story(([title] if title else []) + news_xml.text_paragraphs(content.text or ""))
    body = _unprefixed(next((e for e in content.iter() if _local(e) in ("body", "body.content")), content))
    markup = (body.text and html.escape(body.text) or "") + "".join(
        etree.tostring(c, encoding="unicode", with_tail=True) for c in body
        if _local(c) not in ("h1", "body.head", "body.end"))  # its headline is the title; NITF's byline and tagline
    return news_xml.read_html(path, title, markup)


def _unprefixed(element):
    """A copy of ``element`` whose tags are their local names: XHTML on a prefix ("xhtml:p", valid XML) is read as
    HTML's "p" (its paragraphs had been no markup the page reader knows, and the item was refused)."""
    copy = copy_module.deepcopy(element)
    for e in copy.iter():
        if isinstance(e.tag, str):
            e.tag = etree.QName(e).localname
    etree.cleanup_namespaces(copy)
    return copy


def _byline(value: str) -> str | None:
    """A byline's writer: "By Mira Odegaard" → 'Mira Odegaard', "By Daniel Crewe, Health Correspondent" → 'Daniel
    Crewe'; none for a body's office ("By Media Office, Valderra Cantonal Police")."""
    value = re.sub(r"^by\s+", "", value.strip(), flags=re.I)
    if not value or article.issued_by_body(value):
        return None
    return article.untitled(article.byline(f"By {value}") or value)


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _find(element, *path: str):
    """The first descendant along ``path`` of child names (any namespace), or None."""
    for name in path:
        element = next((c for c in element if _local(c) == name), None) if element is not None else None
    return element


def _text(element, *path: str) -> str:
    found = _find(element, *path)
    return " ".join("".join(found.itertext()).split()) if found is not None else ""


def _attribute(element, *path_and_name: str) -> str:
    found = _find(element, *path_and_name[:-1])
    return found.get(path_and_name[-1], "") if found is not None else ""


def _named(element, *path: str) -> str:
    """A NewsML-G2 party's name: its literal, else its <name>."""
    found = _find(element, *path)
    return "" if found is None else " ".join((found.get("literal") or _text(found, "name")).split())


def _string(value) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""
