"""A Reddit thread saved as its JSON (the pair of listings the site serves for a thread's address with ".json": the
post, then its comments) read as the post: its title, its poster ("u/…"), its forum ("r/…") as the outlet, its day
and its address; its text (Markdown) as a page shows it, as a Markdown article's is read. The comments are readers'
words, no part of the post: left out, counted in a note. A link post, whose article is the page it links to, is
refused with that page's address."""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

from builder import addresses, markdown_article
from builder.article import Found
from builder.load import TooBig, read_bytes, read_start
from builder.office import Document
from builder.problems import DossierError, Located, Problem

MAX_BYTES = 20_000_000  # a long thread's comments
_THREAD = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\[\s*\{\s*"kind"\s*:\s*"Listing"')
_ESCAPED = {"&lt;": "<", "&gt;": ">", "&amp;": "&"}  # the three characters Reddit's JSON escapes in a post's text


def kind(path: Path) -> str | None:
    """'reddit' for a thread's JSON (a list opening with a listing, holding a post: "t3"), None for any other file."""
    try:
        head = read_start(path, 4096)
    except OSError:
        return None
    return "reddit" if _THREAD.match(head) and b'"t3"' in head else None


def read(path: Path) -> Document:
    """The thread's post as paragraphs, the fields it gives and notes for the editor; refuses (DossierError) a file
    that cannot be read, holds no post, or a post of no text."""
    try:
        data = json.loads(read_bytes(path, MAX_BYTES).decode("utf-8-sig"))
    except (OSError, TooBig, UnicodeDecodeError, ValueError, RecursionError) as exc:
        _refuse(path, "cannot read the thread's JSON (" + (
            "its values nest too deep" if isinstance(exc, RecursionError) else str(exc)) + ")")
    post = _children(data[0] if isinstance(data, list) and data else None, "t3")
    if not post:
        _refuse(path, "the JSON holds no post (a listing's \"t3\")")
    post = post[0]
    text = _unescaped(str(post.get("selftext") or ""))
    link = str(post.get("url") or "")
    if not text.strip():
        _refuse(path, "the post has no text" + (f": it links to {link}, whose page is the article; save that page, "
                                                "or import it" if link and not post.get("is_self") else ""))
    lines = text.split("\n")
    plain = markdown_article.shown(lines)
    paragraphs = re.split(r"\n\s*\n", "\n".join(out for n, line in enumerate(lines, 1)
                                                for out in plain.get(n, [line])).strip())
    comments = _count(data[1] if isinstance(data, list) and len(data) > 1 else None)
    document = Document([p for p in paragraphs if p.strip()], notes=[
        "a Reddit thread's JSON: the post's text (Markdown, read as a page shows it) is the article" + (
            f"; its {comments} comment{'s' * (comments != 1)} (readers' words, not the post's) left out"
            if comments else "")])
    fields = {"title": (_unescaped(" ".join(str(post.get("title") or "").split())), "the post's title"),
              "author": (f"u/{post['author']}" if str(post.get("author") or "[deleted]") != "[deleted]" else None,
                         "the post's poster"),
              "outlet": (str(post.get("subreddit_name_prefixed") or "") or (
                  f"r/{post['subreddit']}" if post.get("subreddit") else None), "the forum it was posted to"),
              "published": (_day(post.get("created_utc")), "the day it was posted (UTC)"),
              "url": (link if post.get("is_self") and not addresses.problem(link) else None, "the post's address")}
    document.fields = {name: Found(value, f"{origin}, in the thread's JSON") for name, (value, origin) in fields.items()
                       if value}
    return document


def _refuse(path: Path, what: str):
    raise DossierError([Problem(Located(path), f"{what}; save the thread's JSON again, or copy the post's title and "
                                               "text into a .txt file")])


def _children(listing, kind_: str) -> list[dict]:
    """The data of ``listing``'s children of kind ``kind_`` ("t3" a post, "t1" a comment)."""
    data = listing.get("data") if isinstance(listing, dict) else None
    children = data.get("children") if isinstance(data, dict) else None
    return [c["data"] for c in children if isinstance(c, dict) and c.get("kind") == kind_
            and isinstance(c.get("data"), dict)] if isinstance(children, list) else []


def _count(listing, depth: int = 0) -> int:
    """How many comments ``listing`` holds, the replies nested in them too (to a depth the site never nests to)."""
    if depth > 200:
        return 0
    comments = _children(listing, "t1")
    return len(comments) + sum(_count(c.get("replies"), depth + 1) for c in comments)


def _unescaped(text: str) -> str:
    return re.sub("|".join(_ESCAPED), lambda m: _ESCAPED[m.group()], text)


def _day(stamp) -> str | None:
    """The UTC day of a post's "created_utc" (seconds), YYYY-MM-DD; None when it is none."""
    try:
        return datetime.fromtimestamp(float(stamp), timezone.utc).strftime("%Y-%m-%d")
    except (TypeError, ValueError, OverflowError, OSError):
        return None
