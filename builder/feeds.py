"""A news feed saved as a file read as one of its items: RSS 2.0's (or 1.0's) items, Atom's entries. The item's full
text (RSS's content:encoded, else its description; Atom's content, else its summary) is read as a saved page's
article is (webpage.py), without the line a blog's feed adds under it ("The post … appeared first on …"); its title,
author (dc:creator, author, author/name), day (pubDate, dc:date, published, else updated) and link, and the feed's
own title, without its section ("The Orlby Post – News"), as the outlet (an item taken from another feed: that
feed's, its <source>). The first item unless --item N; the note
names it and the others by title and day. A WordPress export (WXR) is such a feed: its items its published posts (not
its attachments, pages, menu items or drafts), each one's writer the name the site shows for its login."""
from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from lxml import etree

from builder import article, news_xml
from builder.article import Found

_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SUMMARY_WORDS = 120  # words of an item without its full text: fewer, and it is taken for a summary
_FOOTER = re.compile(r"(?:The post .{1,300} appeared first on .{1,200}|(?:Continue reading|Read more)\b.{0,100})",
                     re.S | re.I)  # what a blog's feed adds under an item
_SECTION = re.compile(r"\s+[–—|·-]\s+|:\s+")  # between a feed title's parts: "The Orlby Post – News"
_GENERIC = set("news latest top stories headlines updates update feed rss all articles and public notices press "
               "releases blog posts from the home world local breaking".split())


def read(path: Path, root: etree._Element, item: int | None) -> news_xml.Story:
    """Item ``item`` (1-based; default the first) of the feed whose root is ``root``."""
    atom = _local(root) == "feed"
    channel = root if atom or _child(root, "channel") is None else _child(root, "channel")
    wanted = "entry" if atom else "item"  # the channel's (RSS 1.0's: its siblings), none nested deeper
    entries = [e for e in [*channel, *(root if channel is not root else [])] if _local(e) == wanted]
    entries, skipped = _articles(path, entries)
    at, notes = news_xml.chosen(path, [(_title(e) or "(untitled)", _published(e)[0]) for e in entries], item,
                                "WordPress export" if skipped is not None else "feed")
    if skipped:
        notes.append("the export's items that are no article left out (not counted by --item): "
                     + ", ".join(f"{count} {what}" for what, count in skipped.items()))
    entry, title = entries[at], _title(entries[at])
    body, full = _body(entry, atom)
    if not body or not body.strip():
        link = _link(entry, atom)
        news_xml.fail(path, f"the feed's item {at + 1}, “{title}”, holds no text (no content, description nor "
                            f"summary): save the article's page{f' ({link})' if link else ''} as .html and import "
                            "that, or copy its text into a .txt file")
    story = news_xml.read_html(path, title, body)
    kept = [p for p in story.paragraphs if not _FOOTER.fullmatch(p.strip())]
    if len(kept) < len(story.paragraphs):
        left = next(p for p in story.paragraphs if p not in kept)
        notes.append(f"the feed's line under the item left out: “{left}”")
    fields = {"title": Found(title, "the feed item's title")} if title else {}
    link = _link(entry, atom)
    if link:
        fields["url"] = Found(link, "the feed item's link")
    author = _author(entry, channel, atom, _display_names(channel))
    if author:
        fields["author"] = Found(author, "the feed item's author")
    day, named = _published(entry)
    if day:
        fields["published"] = Found(day, f"the feed item's {named}")
    if named == "updated":
        notes.append(f"the entry says only when it was last updated, {day}: check the day it was published")
    origin = _child(entry, "source")  # an item a feed took from another: RSS's <source>, Atom's <source><title>
    quoted = origin is not None and (_title(origin) if atom else " ".join("".join(origin.itertext()).split()))
    outlet = quoted or _outlet(_title(channel))
    if outlet:
        fields["outlet"] = Found(outlet, "the item's source, the feed it was taken from" if quoted
                                 else "the feed's title")
    spoken = news_xml.language(_text(channel, "language") or entry.xpath("string(ancestor-or-self::*[@xml:lang][1]"
                                                                         "/@xml:lang)"))
    if spoken:
        fields["language"] = Found(spoken, "the feed's language")
    words = len(" ".join(kept).split())
    if not full and words < SUMMARY_WORDS:
        notes.append(f"the feed gives only a summary of this item ({words} words), not its article: save the "
                     f"article's page{f' ({link})' if link else ''} as .html and import that, or paste its text")
    notes.insert(0, f"a news feed ({'Atom' if atom else 'RSS'}): the item's text read as a saved page's article is; "
                    "its title, author, day and link, and the feed's title as its outlet")
    return news_xml.Story(kept, story.fields | fields, notes + story.notes, story.displayed)


def _local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _child(element, name: str, namespace: str | None = None):
    """The first child named ``name`` (in ``namespace``, when given), or None."""
    return next((c for c in element if _local(c) == name
                 and (namespace is None or etree.QName(c).namespace == namespace)), None)


def _text(element, name: str) -> str:
    found = _child(element, name)
    return " ".join("".join(found.itertext()).split()) if found is not None else ""


def _published(entry) -> tuple[str | None, str | None]:
    """The item's day as written and the element giving it: pubDate, dc:date, published, else updated."""
    return next(((day, name) for name in ("pubDate", "date", "published", "updated")
                 if (day := news_xml.day(_text(entry, name)))), (None, None))


def _title(element) -> str:
    """An item's or a feed's title as a reader sees it: an Atom title of type html without its tags."""
    found = _child(element, "title")
    if found is None:
        return ""
    text = "".join(found.itertext())
    if found.get("type") == "html" or re.search(r"<[a-z][^>]*>", text):
        text = lxml.html.fromstring(f"<div>{text}</div>").text_content() if text.strip() else ""
    return " ".join(text.split())


def _body(entry, atom: bool) -> tuple[str | None, bool]:
    """The item's text as HTML, and whether it is its full text (not a description or a summary)."""
    if not atom:
        encoded = _child(entry, "encoded", _CONTENT)
        if encoded is not None and _markup(encoded).strip():
            return _markup(encoded), True
        description = _child(entry, "description")
        return (_markup(description) if description is not None else None), False
    for name in ("content", "summary"):
        found = _child(entry, name)
        if found is None or found.get("src"):
            continue
        kind = (found.get("type") or "text").lower()
        if kind in ("xhtml", "application/xhtml+xml", "html", "text/html"):
            markup = _markup(found)
        else:
            markup = news_xml.as_html("".join(found.itertext()))
        if markup.strip():
            return markup, name == "content"
    return None, False


def _markup(element) -> str:
    """An element's HTML: its text (escaped HTML, or CDATA) and the elements it holds (XHTML, or HTML a feed wrote
    as elements instead of escaping it)."""
    return (element.text or "") + "".join(etree.tostring(c, encoding="unicode", with_tail=True) for c in element)


def _link(entry, atom: bool) -> str | None:
    """The item's address: RSS's link (else a guid that is one), Atom's alternate link."""
    if atom:
        links = [c.get("href", "") for c in entry if _local(c) == "link" and c.get("rel", "alternate") == "alternate"]
    else:
        guid = _child(entry, "guid")
        links = [_text(entry, "link")] + ([_text(entry, "guid")] if guid is not None
                                          and guid.get("isPermaLink", "true") != "false" else [])
    return next((link.strip() for link in links if re.match(r"https?://\S+$", link.strip())), None)


def _author(entry, channel, atom: bool, shown: dict[str, str]) -> str | None:
    """The item's writers: dc:creator (a WordPress export's login, the name ``shown`` for it), RSS's author
    ("desk@orlby.example (Tam Roke)": the name, not the address), Atom's author names (the feed's when the entry has
    none); not a body's name, its press office's."""
    if atom:
        names = [_text(a, "name") for a in entry if _local(a) == "author"] or \
            [_text(a, "name") for a in channel if _local(a) == "author"]
    else:
        names = [" ".join("".join(c.itertext()).split()) for c in entry if _local(c) in ("creator", "author")]
        names = [shown.get(name) or re.sub(r"^\S+@\S+\s*\((.+)\)$", r"\1", name) for name in names]
    names = [article.untitled(name) for name in dict.fromkeys(names) if name and "@" not in name
             and not article.issued_by_body(name)]  # not "Vessmere Water Authority Press Office": no one
    return " and ".join(names) if names else None


def _outlet(title: str) -> str | None:
    """A feed's title without its section or what it lists: "The Carrowmere Courier – News" is the Courier's."""
    parts = [p for p in _SECTION.split(title) if p.strip()]
    named = [p for p in parts if not set(re.findall(r"\w+", p.casefold())) <= _GENERIC]
    return (named or parts or [None])[0]


_WXR = "http://wordpress.org/export/"  # a WordPress export's namespace, its version after it ("…/export/1.2/")
# What a WordPress export holds besides its posts: no article ("attachment": an uploaded picture's entry).
_NOT_ARTICLES = {"attachment": "attachment", "page": "page", "nav_menu_item": "menu item", "revision": "revision",
                 "wp_block": "reusable block", "wp_template": "template", "wp_template_part": "template part",
                 "wp_navigation": "menu", "wp_global_styles": "style", "custom_css": "style sheet",
                 "customize_changeset": "change set", "oembed_cache": "embed cache", "user_request": "request"}


def _wp(element, name: str) -> str:
    """The text of an element's child ``name`` in a WordPress export's namespace ("" when it has none)."""
    found = next((c for c in element if _local(c) == name and (etree.QName(c).namespace or "").startswith(_WXR)),
                 None)
    return " ".join("".join(found.itertext()).split()) if found is not None else ""


def _articles(path: Path, entries: list) -> tuple[list, dict[str, int] | None]:
    """A WordPress export's items that are published articles (of a type no attachment, page or menu item, of the
    status "publish") and how many of each other kind it holds; a feed's items as they are (and None). Refuses an
    export of no article."""
    if not any(_wp(e, "post_type") or _wp(e, "status") for e in entries):
        return entries, None
    kinds = [_NOT_ARTICLES.get(_wp(e, "post_type")) or (f"{_wp(e, 'status')} post"
                                                          if _wp(e, "status") not in ("", "publish") else None)
             for e in entries]
    skipped = {what: kinds.count(what) for what in dict.fromkeys(k for k in kinds if k)}
    kept = [e for e, k in zip(entries, kinds) if not k]
    if entries and not kept:
        news_xml.fail(path, "the WordPress export holds no published article, only "
                            + ", ".join(f"{count} {what}(s)" for what, count in skipped.items())
                            + "; export the site's posts again, or save the article's page as .html and import that")
    return kept, skipped


def _display_names(channel) -> dict[str, str]:
    """A WordPress export's writers' names as its site shows them, by their logins ("jmarlow": "Jess Marlow")."""
    return {login: shown for a in channel if _local(a) == "author" and (etree.QName(a).namespace or "").startswith(_WXR)
            and (login := _wp(a, "author_login")) and (shown := _wp(a, "author_display_name"))}
