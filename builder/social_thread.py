"""Posts saved from a social platform's API as JSON (a Bluesky thread's view, post views or an account's feed; a
Mastodon status or an account's statuses; an ActivityPub Note or an account's outbox) read as the thread an account
wrote: its posts replying to its own, in order, each post's text a paragraph; others' replies, boosts and reposts no
part of it, counted in a note. A file of several threads (an account's statuses) holds each as an item (`--item N`).
Its outlet is the account, its title the first post's first sentence, its day and address the first post's."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from builder import addresses, items
from builder.article import Found
from builder.load import TooBig, read_bytes, read_start
from builder.office import Document
from builder.problems import DossierError, Located, Problem

MAX_BYTES = 20_000_000  # an account's archive of years of posts
_HEAD = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*[\[{]")
_MARKS = (rb'"app\.bsky\.feed\.', rb'"at://did:', rb'"in_reply_to_id"\s*:',  # Bluesky's, Mastodon's, ActivityPub's
          rb'"https://www\.w3\.org/ns/activitystreams"')
_DAY = re.compile(r"(\d{4}-\d\d-\d\d)T\d\d:\d\d")
_RKEY = re.compile(r"at://(?P<who>did:[a-z]+:[A-Za-z0-9._:%-]+)/app\.bsky\.feed\.post/"
                   r"(?P<rkey>[A-Za-z0-9._:~-]{1,512})")  # a post's uri: its account's DID, its record's key
_HANDLE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]", re.I)
_NUMBERED = re.compile(r"\A\(?(?P<n>\d{1,3})\s*/\s*(?P<of>\d{1,3})?\)?(?=\s|\Z)"
                       r"|\s\((?P<m>\d{1,3})/(?P<all>\d{1,3})\)\Z")
# a thread's numbering opening a post ("1/6", "(2/3)", "1/") or closing it in brackets (" (1/3)"); not "24/7"
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=\W*[A-Z0-9])")
TITLE_WORDS = 20  # a first sentence longer than this is cut for the title, at a clause's end if one comes soon enough
_BLOCKS = {"p", "div", "blockquote", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}


@dataclass
class _Post:
    """A post as every platform's JSON gives it: its id and the id of the post it replies to, its account (a stable
    key, its name and its handle), its paragraphs, when it was written (ISO 8601), its address, and what the note
    tells: its content warning, its media's descriptions, its platform's labels, whether it was edited."""

    key: str
    parent: str | None
    account: str
    name: str
    handle: str
    paragraphs: list[str]
    created: str
    url: str | None
    warning: str = ""
    alts: int = 0
    labels: tuple[str, ...] = ()
    edited: bool = False


def kind(path: Path) -> str | None:
    """'social' for JSON a social platform's API gives (a Bluesky post's view, a Mastodon status, an ActivityPub
    activity), by its first bytes; None for any other file."""
    try:
        head = read_start(path, 16384)
    except OSError:
        return None
    return "social" if _HEAD.match(head) and any(re.search(mark, head) for mark in _MARKS) else None


def read(path: Path, item: int | None = None) -> Document:
    """The thread ``item`` (the first by default) as paragraphs, the fields it gives and notes for the editor; refuses
    (DossierError) a file that cannot be read, holds no post with words, or an item it does not hold."""
    try:
        data = json.loads(read_bytes(path, MAX_BYTES).decode("utf-8-sig"))
    except (OSError, TooBig, UnicodeDecodeError, ValueError, RecursionError) as exc:
        _refuse(path, "cannot read the posts' JSON (" + (
            "its values nest too deep" if isinstance(exc, RecursionError) else str(exc)) + ")")
    platform, posts, shared, above = _posts(data)
    threads, loose = _threads(posts)
    if not threads:
        _refuse(path, f"the file is {platform}, of no post with words" if platform else
                "the JSON holds no post a social platform's API gives (a Bluesky post's view, a Mastodon status, an "
                "ActivityPub note)")
    if len(threads) > 1:
        index, notes = items.choose(path, len(threads), item, "list", "thread", lambda n: _label(threads[n]))
    else:
        items.one(path, item, "thread")
        index, notes = 0, []
    thread = threads[index]
    first, worded = thread[0], next(post for post in thread if post.paragraphs)
    document = Document([p for post in thread for p in post.paragraphs], notes=notes + [
        f"{platform}: the thread of {len(thread)} post{'s' * (len(thread) > 1)} by "
        f"{first.name or first.handle or 'an account it does not name'}, each post's text a paragraph, in order"] + _left_out(thread, loose, shared, above))
    day = _DAY.match(first.created)
    url = first.url if first.url and not addresses.problem(first.url) else None
    fields = {"title": (_title(worded.paragraphs[0]), "its first post's first sentence"),
              "outlet": (first.name or first.handle, "the account that posted it"),
              "published": (day[1] if day else None, "its first post's day (UTC)"),
              "url": (url, "its first post's address")}
    document.fields = {name: Found(value, f"{origin}, in the posts' JSON") for name, (value, origin) in fields.items()
                       if value}
    if not first.name and not first.handle:
        document.notes.append("the file names no account: write the outlet (--outlet)")
    return document


def _refuse(path: Path, what: str):
    raise DossierError([Problem(Located(path), f"{what}; save the thread's JSON again from the platform, or copy the "
                                               "posts' text into a .txt file")])


def _posts(data) -> tuple[str | None, list[_Post], int, int]:
    """The platform the JSON is from, its posts (the file's order), how many boosts or reposts it holds, and how many
    posts above a thread's view were another account's (the post it replies to)."""
    listed = [d for d in (data if isinstance(data, list) else [data]) if isinstance(d, dict)]
    if isinstance(_get(data, "thread"), dict):
        posts, above = _bluesky_thread(data["thread"])
        return "a Bluesky thread's view", posts, 0, above
    entries = _list(_get(data, "feed")) or _list(_get(data, "posts"))
    if entries or _get(data, "record"):
        kept = [e for e in entries or [data] if isinstance(e, dict)  # not a repost (a pinned post is the account's)
                and not str(_get(e, "reason", "$type")).endswith("#reasonRepost")]
        return "a Bluesky post's view" if not entries else "a Bluesky account's posts", \
            [p for p in map(_bluesky, (e.get("post", e) for e in kept)) if p], len(entries) - len(kept), 0
    statuses = [s for s in listed if "account" in s and "content" in s]
    if statuses:
        kept = [s for s in statuses if not s.get("reblog")]
        return "a Mastodon status" if isinstance(data, dict) else "a Mastodon account's statuses", \
            [p for p in map(_mastodon, kept) if p], len(statuses) - len(kept), 0
    activities = [a for a in _list(_get(data, "orderedItems")) or _list(_get(data, "first", "orderedItems"))
                  or listed if isinstance(a, dict)]
    notes = [_get(a, "object") if a.get("type") == "Create" else a for a in activities]
    shared = sum(a.get("type") == "Announce" for a in activities)
    if shared or any(_get(n, "type") == "Note" for n in notes):
        return "an ActivityPub note" if isinstance(data, dict) and data.get("type") in ("Note", "Create") else \
            "an ActivityPub outbox", [p for n in notes if _get(n, "type") == "Note" and (p := _note(n))], shared, 0
    return None, [], 0, 0


def _get(data, *keys):
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _bluesky_thread(node: dict) -> tuple[list[_Post], int]:
    """A thread view's posts: its post, the posts above it by the same account (the others above it counted), and
    every reply under them, walked without recursion (a thread nests as deep as the parser allows)."""
    anchor = _bluesky(node.get("post"))
    if not anchor:
        return [], 0
    chain, above, parent = [anchor], 0, node.get("parent")
    while isinstance(parent, dict):
        post = _bluesky(parent.get("post"))
        if post and post.account == anchor.account and not above:
            chain[0].parent = post.key
            chain.insert(0, post)
        elif post:
            above += 1
        parent = parent.get("parent")
    chain[0].parent = None  # the view's nesting says what replies to what (a record may not)
    posts, stack = chain, [(reply, anchor.key) for reply in reversed(_list(node.get("replies")))]
    while stack:
        reply, parent = stack.pop()
        post = _bluesky(_get(reply, "post"))
        if post:
            post.parent = parent
            posts.append(post)
            stack += [(r, post.key) for r in reversed(_list(reply.get("replies")))]
    return posts, above


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _bluesky(view) -> _Post | None:
    """A Bluesky post's view (its uri, author and record); None when it is none."""
    record, author = _get(view, "record"), _get(view, "author")
    if not isinstance(record, dict) or not isinstance(author, dict) or not _text(view.get("uri")):
        return None
    handle = _text(author.get("handle")).replace("handle.invalid", "")  # the platform's word for one it cannot verify
    found = _RKEY.fullmatch(view["uri"])
    url = f"https://bsky.app/profile/{handle if _HANDLE.fullmatch(handle) else found['who']}/post/{found['rkey']}" \
        if found and found["who"] == author.get("did") else None
    images = [i for embed in (_get(view, "embed"), _get(record, "embed"), _get(record, "embed", "media"))
              for i in _list(_get(embed, "images"))]
    labels = [_text(label.get("val")) for label in _list(view.get("labels")) + _list(_get(record, "labels", "values"))
              if isinstance(label, dict)]
    return _Post(view["uri"], _text(_get(record, "reply", "parent", "uri")) or None,
                 _text(author.get("did")) or handle, " ".join(_text(author.get("displayName")).split()), handle,
                 _paragraphs(_text(record.get("text"))), _text(record.get("createdAt")), url,
                 alts=sum(bool(_get(i, "alt")) for i in images), labels=tuple(sorted(set(filter(None, labels)))))


def _mastodon(status: dict) -> _Post | None:
    """A Mastodon status (its id, account and HTML content); None when it is none."""
    account = status.get("account")
    if not isinstance(account, dict) or status.get("id") in (None, "") or not isinstance(status.get("content"), str):
        return None
    acct = _text(account.get("acct")) or _text(account.get("username"))
    codes = {_text(_get(e, "shortcode")) for e in _list(account.get("emojis"))} - {""}  # its custom emoji: ":verified:"
    name = re.sub(r":(\w+):", lambda m: "" if m[1] in codes else m[0], _text(account.get("display_name")))
    return _Post(str(status["id"]), str(status["in_reply_to_id"]) if status.get("in_reply_to_id") else None,
                 str(account.get("id") or acct), " ".join(name.split()),
                 f"@{acct}" if acct else "", _html(status["content"]), _text(status.get("created_at")),
                 _text(status.get("url")) or None, warning=_text(status.get("spoiler_text")).strip(),
                 alts=sum(bool(_get(m, "description")) for m in _list(status.get("media_attachments"))),
                 edited=bool(status.get("edited_at")))


def _note(note: dict) -> _Post | None:
    """An ActivityPub Note (its id, HTML content, writer and the note it replies to); None when it is none."""
    writer, url = note.get("attributedTo"), note.get("url")
    writer = _text(writer) or _text(_get(writer, "id"))
    if not _text(note.get("id")) or not isinstance(note.get("content"), str):
        return None
    url = _text(url) or _text(_get(url, "href")) or next((_text(_get(u, "href")) or _text(u) for u in _list(url)), "")
    return _Post(note["id"], _text(note.get("inReplyTo")) or _text(_get(note, "inReplyTo", "id")) or None, writer,
                 " ".join(_text(_get(note, "attributedTo", "name")).split()),
                 _text(_get(note, "attributedTo", "preferredUsername")), _html(note["content"]),
                 _text(note.get("published")), url or None, warning=_text(note.get("summary")).strip(),
                 alts=sum(bool(_get(a, "name")) for a in _list(note.get("attachment"))),
                 edited=bool(note.get("updated")))


def _threads(posts: list[_Post]) -> tuple[list[list[_Post]], list[_Post]]:
    """The threads of ``posts`` in the file's order (each a post replying to none the file holds, a loop's first post
    too, then its account's replies under it, depth first, each post's in the order they were written), and the posts
    in none (replies by other accounts, or to them)."""
    by_key: dict[str, _Post] = {}
    for post in posts:
        by_key.setdefault(post.key, post)
    order = {key: n for n, key in enumerate(by_key)}
    roots, walked = {key for key, post in by_key.items() if post.parent not in by_key}, set()
    for key in by_key:  # a post replying to itself, or in a loop of replies, starts a thread: the loop's first listed
        path, up = {}, key  # (each post walked up from once)
        while up in by_key and up not in walked and up not in path:
            path[up] = len(path)
            up = by_key[up].parent
        if up in path:
            roots.add(min(list(path)[path[up]:], key=order.get))
        walked.update(path)
    under: dict[str, list[_Post]] = {}
    for post in by_key.values():
        if post.key not in roots and post.parent in by_key and by_key[post.parent].account == post.account:
            under.setdefault(post.parent, []).append(post)
    threads, placed = [], set()
    for root in (p for p in by_key.values() if p.key in roots):
        thread, stack = [], [root]
        while stack:
            post = stack.pop()
            if post.key not in placed:
                placed.add(post.key)
                thread.append(post)
                stack += sorted(under.get(post.key, []), key=lambda p: (p.created, order[p.key]), reverse=True)
        threads.append(thread)
    threads.sort(key=lambda thread: min(order[p.key] for p in thread))  # where its first post is listed: a list
    # newest first holds the thread last posted to first
    return [t for t in threads if any(p.paragraphs for p in t)], [p for p in by_key.values() if p.key not in placed]


def _left_out(thread: list[_Post], loose: list[_Post], shared: int, above: int) -> list[str]:
    """The notes on what the thread's text leaves out or the export changed: others' replies, boosts, the posts it
    replies to, content warnings, media descriptions, labels, edits."""
    counted = [(len(loose), "reply by another account or to one", "replies by other accounts or to them",
                "readers' words, not the thread's"),
               (shared, "boost or repost", "boosts or reposts", "another account's post shared"),
               (above, "post above the thread", "posts above the thread", "another account's, which it replies to")]
    notes = [f"{n} {one if n == 1 else several} ({why}) left out" for n, one, several, why in counted if n]
    numbered = list(enumerate(thread, 1))
    notes += [f"post {n} is behind a content warning, left out of the text: “{p.warning}”" for n, p in numbered
              if p.warning]
    if alts := sum(p.alts for p in thread):
        notes.append(f"{alts} image description{'s' * (alts != 1)} (alt text, not the post's words) left out")
    notes += [f"post {n} carries the platform's labels: {', '.join(p.labels)}" for n, p in numbered if p.labels]
    if edited := [str(n) for n, p in numbered if p.edited]:
        notes.append(f"post {', '.join(edited)} {'was' if len(edited) == 1 else 'were'} edited after it was posted: "
                     "the export gives the last words")
    return notes


def _label(thread: list[_Post]) -> str:
    """A thread as the note naming a list's others gives it: its title, its day and how many posts it holds."""
    head = _title(next(post for post in thread if post.paragraphs).paragraphs[0])
    day = _DAY.match(thread[0].created)
    return f"“{head if len(head) <= 60 else head[:59].rstrip() + '…'}” ({day[1] if day else 'no day'}" + (
        f", {len(thread)} posts)" if len(thread) > 1 else ")")


def _paragraphs(text: str) -> list[str]:
    """A post's text in paragraphs: split at its blank lines, its lines kept."""
    return [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]


class _Text(HTMLParser):
    """An HTML post's text: each block a paragraph, a <br> a line, a link its words (the address's parts Mastodon
    hides, "https://", kept: the address reads whole)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.blocks[-1] += "\n"
        elif tag in _BLOCKS:
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag in _BLOCKS:
            self.blocks.append("")

    def handle_data(self, data):
        self.blocks[-1] += re.sub(r"\s+", " ", data)


def _html(content: str) -> list[str]:
    parser = _Text()
    parser.feed(content)
    parser.close()
    return [p for block in parser.blocks
            if (p := "\n".join(" ".join(line.split()) for line in block.strip().split("\n")).strip())]


def _title(paragraph: str) -> str:
    """A title from a post's first paragraph: its first sentence, without the thread's numbering ("1/6", "(1/3)",
    "🧵") or a symbol opening it, its full stop, and cut at a clause's end (else after TITLE_WORDS words, "…") when
    long."""
    line = paragraph.split("\n")[0]
    sentence = _SENTENCE_END.split(_bare(line), maxsplit=1)[0]
    sentence = _bare(sentence).rstrip(".").strip() or " ".join(line.split())
    words = sentence.split()
    if len(words) <= TITLE_WORDS:
        return sentence
    cut = " ".join(words[:TITLE_WORDS])
    clause = max(cut.rfind(mark) for mark in (", ", "; ", ": ", " – ", " — ", " - "))
    return cut[:clause].rstrip() if clause > len(cut) // 3 else cut.rstrip(",;:") + "…"


def _bare(text: str) -> str:
    """``text`` without the thread's numbering or symbols (emoji) at either end."""
    previous = None
    while previous != text:
        previous = text
        text = text.strip()
        text = next((text[:m.start()] + text[m.end():] for m in [_NUMBERED.search(text)] if m and (
            int(m["n"] or m["m"]) <= int(m["of"] or m["all"] or 999))), text).strip()
        while text and unicodedata.category(text[0]) in ("So", "Sk", "Cf", "Mn"):
            text = text[1:]
        while text and unicodedata.category(text[-1]) in ("So", "Sk", "Cf", "Mn"):
            text = text[:-1]
    return text
