"""A forum thread saved as a web page (phpBB, vBulletin, XenForo and their like: two posts or more, each an element of
class "post" holding its poster's name and its message): every post, under its poster's name in bold and the time it
was posted, as a thread copied as text prints them, so that a reply is read as its poster's (an extractor had kept the
opening post alone and dropped every reply); profiles and signatures left out."""
from __future__ import annotations

import re
from dataclasses import dataclass

_HAS_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
_POSTS = f"//*[{_HAS_CLASS.format('post')}]"
_MESSAGE = ("content", "message-body", "post-content", "postcontent", "post-body", "cooked", "bbWrapper",
            "message")  # its words
_POSTER = ("author", "username", "postprofile", "poster", "message-name", "user")  # an element naming who posted
_PROFILE = ("postprofile", "signature", "author", "username", "user")  # no part of the message
_WHEN = re.compile(r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?P<when>(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?"
                   r"\s+\d{1,2}),?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?)?)", re.I)  # "Mon Jun 15,
# 2026 9:12 pm": the day of the week left out, as a thread copied as text stamps its posts ("Jun 15, 2026 9:12 pm")


_TITLE_PARTS = re.compile(r"\s+[|•·»\-–—]\s+")


@dataclass(frozen=True)
class Thread:
    """The thread's paragraphs (its title, then each post's header, its time and its message's paragraphs), how many
    posts, who started it, its title (the topic's heading, else the opening post's subject) and the forum's name (the
    page's <title> after the thread's)."""

    paragraphs: list[str]
    posts: int
    starter: str
    title: str | None
    forum: str | None


def read(tree) -> Thread | None:
    """The thread the page shows, when it holds two posts or more, each naming its poster and holding a message; None
    otherwise."""
    found = [p for p in tree.xpath(_POSTS) if isinstance(p.tag, str)]
    posts = [p for p in found if not any(a in found for a in p.iterancestors())]  # not a post quoted inside one
    read_posts = [post for p in posts if (post := _post(p))]
    if len(read_posts) < 2 or len(read_posts) < len(posts):
        return None
    paragraphs = [line for post in read_posts for line in post]
    titled = tree.xpath(f"//*[self::h1 or self::h2 or self::h3][{_HAS_CLASS.format('topic-title')} or "
                        f"{_HAS_CLASS.format('thread-title')} or {_HAS_CLASS.format('p-title-value')}]") \
        or posts[0].xpath(".//h1|.//h2|.//h3")  # the topic's title, or the opening post's subject
    title = _words(titled[0]) if titled else None
    page = " ".join(" ".join(tree.xpath("//title//text()")).split())
    rest = page[len(title):] if title and page.startswith(title) else ""
    forum = next((part for part in reversed(_TITLE_PARTS.split(rest)[1:]) if 0 < len(part.split()) <= 6), None)  # "Elsen
    # wiped out below Ashcombe - club statement | Wessbury Angling Forum"; the last part, the site's, after a board's:
    # "… | Feeding & Weaning | BumpAndBeyond Forums"; phpBB's after a dash, "… fuming? - Wendmoor Allotment Forum"
    return Thread([*([title] if title else []), *paragraphs], len(read_posts), read_posts[0][0].strip("*"), title,
                  forum)


def _post(element) -> list[str] | None:
    """A post's lines: "**poster**", the time it was posted, and its message's paragraphs (a quotation of another post
    opening with "> "); None when it names no poster or holds no message."""
    message = next((e for name in _MESSAGE for e in element.xpath(f".//*[{_HAS_CLASS.format(name)}]")), None)
    named = next((e for name in _POSTER for e in element.xpath(f".//*[{_HAS_CLASS.format(name)}]")), None)
    poster = next((words for e in (*named.iter("strong", "b", "a"), named) if (words := _words(e))), "") \
        if named is not None else ""  # not phpBB's link to the post, an icon without words, before the poster's
    if message is None or not poster:
        return None
    stamps = [stamp for e in element.iter("time") for stamp in (e.get("datetime"), _words(e)) if stamp]
    stamps += [_words(e) for name in _POSTER for e in element.xpath(f".//*[{_HAS_CLASS.format(name)}]")]
    when = next((m["when"] for text in stamps if (m := _WHEN.search(text))), None)
    lines = [f"**{poster}**", *([when] if when else []), *_paragraphs(message)]
    return lines if len(lines) > 1 + bool(when) else None


_EXPAND = re.compile(r"\s*Click to expand\.\.\.$")  # XenForo's link under a quotation it cuts short
_BLOCK = {"p", "div", "blockquote", "ul", "ol", "li", "pre", "table", "h1", "h2", "h3", "h4", "h5", "h6"}


def _paragraphs(message) -> list[str]:
    """The message's paragraphs, in order: its blocks, a quotation of another post as one paragraph opening with "> "
    (its "ADAC_Secretary wrote:" kept), and its loose text, parted where two line breaks follow each other."""
    out, loose = [], []

    def flush() -> None:
        if words := " ".join(" ".join(loose).split()):
            out.append(words)
        loose.clear()

    loose.append(message.text or "")
    previous = None
    for child in message:
        if not isinstance(child.tag, str) or any(name in (child.get("class") or "").split() for name in _PROFILE):
            pass
        elif child.tag in _BLOCK:
            flush()
            quoted = child.tag == "blockquote"  # its "<cite>ADAC_Secretary wrote:</cite>" a word apart from its text
            if words := _EXPAND.sub("", " ".join(" ".join(child.itertext()).split())) if quoted else _words(child):
                out.append(f"> {words}" if quoted else words)
        elif child.tag == "br":
            if previous == "br" and not (child.getprevious().tail or "").strip():
                flush()
        else:
            loose.append(child.text_content())
        previous = child.tag if isinstance(child.tag, str) else previous
        loose.append(child.tail or "")
    flush()
    return out


def _words(element) -> str:
    """An element's words, a line break (<br>) between lines ("…all the 800g tins:<br>L260214<br>L260221")."""
    lines = "".join(part if isinstance(part, str) else "\n" for part in _text_and_breaks(element))
    return "\n".join(" ".join(line.split()) for line in lines.split("\n") if line.strip())


def _text_and_breaks(element):
    """The element's text in order, a None for each <br>."""
    yield element.text or ""
    for child in element:
        if child.tag == "br":
            yield None
        elif isinstance(child.tag, str):
            yield from _text_and_breaks(child)
        yield child.tail or ""
