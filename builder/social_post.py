"""A post saved from a social platform's page (the page titled by the account that posted it, the post an element of
role "article" under that account's name): the post's paragraphs, each block of its message one, and its comments
under it, each opening with its writer's name ("Maureen Tiller: More like 40 days…"), so that none reads as the
post's; its outlet the account, never the platform."""
from __future__ import annotations

import re
from dataclasses import dataclass

from builder import article

_COMMENT = re.compile(r"\s*(?:comment|reply)\s+(?:by|from)\s+(?P<name>.+?)(?:\s+\d+\s*[smhdwy]\w*(?:\s+ago)?)?\s*$",
                      re.I)  # a comment's label: "Comment by Maureen Tiller 3h ago"
_BLOCKS = ("div", "p", "li", "blockquote")
_SIGNED = re.compile(r"[-–—]?\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+\S")  # its last line: "Delphine Rusk,
# chair, for the committee of …"
_FURNITURE_ROLES = {"button", "toolbar", "navigation", "img", "banner", "complementary", "contentinfo", "dialog"}
MESSAGE_SHARE = 0.6  # of a post's words: the element holding its message holds this many at least


HEADING_WORDS = 20  # a post's first paragraph of at most this many, ending no sentence: its heading, the title


@dataclass(frozen=True)
class Post:
    """The account that posted, the post's paragraphs (its comments' after them), how many comments, the post's
    heading (its first paragraph, when it is one) and who signed it ("Delphine Rusk, chair, for the committee…")."""

    account: str
    paragraphs: list[str]
    comments: int
    heading: str | None
    signer: str | None


def read(tree) -> Post | None:
    """The post the page shows, when its title (``og:title``) is the name of the account heading its first element
    of role "article" (a heading under the page's headline level, its words a link to the account's page); None
    otherwise."""
    titled = next(iter(tree.xpath('//meta[@property="og:title"]/@content')), "").strip()
    post = next((e for e in tree.iter() if isinstance(e.tag, str) and e.get("role") == "article"), None)
    if not titled or post is None:
        return None
    heading = next(post.iter("h1", "h2", "h3", "h4"), None)  # the account's name, linking to its page: no story's
    link = next(heading.iter("a"), None) if heading is not None and heading.tag != "h1" else None  # <h1> headline
    if link is None or not _words(heading) == _words(link) == " ".join(titled.split()):
        return None
    comments = [e for e in post.iterdescendants() if isinstance(e.tag, str) and e.get("role") == "article"]
    paragraphs = _message(post, comments + [heading])
    first = paragraphs[0] if paragraphs else ""
    titled = first if len(first.split()) <= HEADING_WORDS and not re.search(r"[.!?:]$", first) else None
    signed = _SIGNED.match(paragraphs[-1]) if paragraphs and len(paragraphs[-1].split()) <= HEADING_WORDS else None
    signer = signed["name"] if signed and article.names(signed["name"]) else None
    for comment in comments:
        label = _COMMENT.match(comment.get("aria-label") or "")
        name = label["name"] if label else _words(next(comment.iter("a"), comment))
        said = _message(comment, [])
        if said:
            paragraphs.append(f"{name}: {said[0]}")
            paragraphs += said[1:]
    return Post(_words(heading), paragraphs, len(comments), titled, signer)


def _message(element, apart: list) -> list[str]:
    """The paragraphs of the message ``element`` holds (the smallest element in it holding MESSAGE_SHARE of its
    words, outside ``apart``): each block of it holding no block, outside the page's buttons, toolbars and images."""
    def own(e) -> bool:
        return not any(a is e or a in set(e.iterancestors()) for a in apart) and not any(
            (x.get("role") or "") in _FURNITURE_ROLES for x in (e, *e.iterancestors()) if isinstance(x.tag, str))

    leaves = [e for e in element.iter(*_BLOCKS) if own(e) and _words(e)
              and not any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in e.iterdescendants())]
    total = sum(len(_words(e).split()) for e in leaves)
    holder = element
    for candidate in element.iter(*_BLOCKS):
        inside = [e for e in leaves if e is candidate or candidate in set(e.iterancestors())]
        if sum(len(_words(e).split()) for e in inside) >= MESSAGE_SHARE * total:
            holder = candidate  # the deepest such, as iteration goes down the tree
    return [_words(e) for e in leaves if e is holder or holder in set(e.iterancestors())]


def _words(element) -> str:
    """An element's words as the page shows them, its white space collapsed."""
    return " ".join(element.text_content().split())


# A post copied as text from the platform's page: the account's name on its first line, over the time it was posted,
# a dot and who may see it ("18 October at 21:47 · 🌍", "3 h · Shared with Public", "March 4, 2026 at 9:12 PM ·
# 👥").
_WHEN = (rf"(?:(?:\d{{1,2}}\s+{article.MONTH_NAME}|{article.MONTH_NAME}\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?"
         r"|yesterday|today)(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?|\d{1,2}\s?(?:min|[mhdw])|just\s+now")
_POSTED = re.compile(rf"(?P<when>{_WHEN})\s*[·•]\s*(?:[^\w\s]{{1,3}}|shared\s+with\s+[\w ]{{1,30}})?", re.I)
_COMMENT_STAMP = re.compile(rf"(?:{_WHEN})(?:\s*[·•]\s*(?:like|reply|edited|\d+))+\s*", re.I)  # under a comment
_TEXT_FURNITURE = [(reason, re.compile(pattern, re.I)) for reason, pattern in (
    ("the platform's translation button", r"see (translation|original)|rate this translation"),
    ("a post's counters", r"[^\w\s]{0,12}\s*[\d.,]+[km]?"
                          r"(\s*[·•]\s*[\d.,]+[km]?\s+(comments?|shares?|reposts?|views?))+"),
    ("a post's buttons", r"(like|comment|share|send|reply)(\s*[·•]\s*(like|comment|share|send|reply))+"),
    ("a post's comments' order", r"(most relevant|newest|all comments|top comments)\s*[▾▼⌄]?"),
    ("a post's comments' prompts", r"view (\d+ )?(more|previous|all) (comments|replies)|write a (comment|reply)\W*"))]
_PICTURES = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")  # emoji: no words of a title

# A picture post copied as text from its platform's page (Instagram's): the account's handle alone on the first line
# (then "Verified", a place, the picture's description), the caption opening with the handle again, its hashtags, then
# "View all 412 comments", "4,318 likes", the day ("MARCH 14"), each comment its writer's handle and words over "46
# likes  Reply", and "Add a comment…".
_HANDLE = re.compile(r"[A-Za-z0-9._]{3,30}")


def _posted(lines: list[str]) -> re.Match | None:
    """The stamp on the second line of a post copied as text, under its account's name on the first; None for any
    other text."""
    filled = [line.strip() for line in lines if line.strip()][:2]
    return _POSTED.fullmatch(filled[1]) if len(filled) == 2 and article.names(filled[0]) else None


# A forum's thread copied as text (Reddit's page): the forum ("r/Harbourside") and the poster ("Posted by
# u/Orlby_Board", "u/Orlby_Board · 5h") among its first lines, over the day it was posted and the post's title; its
# points ("212 points") under the post and each comment, and the count of its comments ("4 comments") over them.
_FORUM = re.compile(r"r/(?P<forum>[A-Za-z0-9_]{2,21})")
_POSTER = re.compile(r"(?:posted\s+by\s+)?u/(?P<user>[\w-]{3,20})(?:\s*[·•]\s*.{0,40}|\s+\d+\s+\w+\s+ago)?", re.I)
_POINTS = re.compile(r"[-−]?\d[\d.,]*k?\s+(?:points?|votes?|upvotes?)", re.I)
_COMMENTS = re.compile(r"\d[\d.,]*k?\s+comments?", re.I)
_BOT = re.compile(r"\bI\s+am\s+a\s+bot\b", re.I)  # a bot's note under a post: "*I am a bot, and this action…*"
_AGO = re.compile(r"(?:[·•]\s*)?(?:\d{1,3}\s*(?:min|mins|minutes?|hr|hrs|hours?|h|d|days?|mo|months?|y|years?)\.?\s+ago"
                  r"|just\s+now)", re.I)  # when it was posted, as the page counts back: "5 hr. ago"
THREAD_HEAD = 4  # non-blank lines: the poster's among them


def _thread(lines: list[str]) -> dict[str, int | str] | None:
    """A forum's thread copied as text (its poster "Posted by u/…", or "u/…" under its forum "r/…"): the 1-based
    lines of its forum (0: none), its poster, its day (0: none) and its title, and the poster's name, the forum's and
    the day; None for any other text."""
    head = [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()][:THREAD_HEAD + 2]
    poster = next(((k, n, m) for k, (n, line) in enumerate(head[:THREAD_HEAD]) if (m := _POSTER.fullmatch(line))),
                  None)
    if not poster:
        return None
    k, n, user = poster
    forum = next(((n, m["forum"]) for n, line in head[:k + 2] if (m := _FORUM.fullmatch(line))), (0, None))
    if not forum[0] and not user.group().casefold().startswith("posted"):  # a user named alone: no thread's header
        return None
    below = [(n, line) for n, line in head[k + 1:] if n != forum[0]]
    dated = below[0] if below and (article.date_in(below[0][1]) and len(below[0][1].split()) <= 6
                                   or _AGO.fullmatch(below[0][1])) else (0, None)
    title = next((n for n, _ in below if n != dated[0]), 0)
    if not title:
        return None
    return {"forum": forum[0], "poster": n, "dated": dated[0], "title": title, "user": f"u/{user['user']}",
            "name": f"r/{forum[1]}" if forum[1] else "", "day": article.date_in(dated[1] or user.group()) or ""}


def _thread_furniture(lines: list[str], thread: dict) -> dict[int, str]:
    """The 1-based lines of a forum's thread copied as text that are no words of its post: its forum, poster and day
    (the front matter gives them), the points under the post and its comments, the count of its comments and each
    comment under it (its writer's name, words and points), a bot's note among them."""
    found = {thread["forum"]: "the post's forum, in the front matter", thread["poster"]: "the post's poster, in the "
             "front matter", thread["dated"]: "the post's day, in the front matter"}
    found |= {n: "a post's points" for n, line in enumerate(lines, 1) if _POINTS.fullmatch(line.strip())}
    count = next((n for n, line in enumerate(lines, 1) if n > thread["title"] and _COMMENTS.fullmatch(line.strip())), 0)
    block: list[int] = []
    for n in range(count + 1, len(lines) + 2) if count else ():  # each comment a block, down to a blank line
        if n <= len(lines) and lines[n - 1].strip():
            block.append(n)
        elif block:
            found |= dict.fromkeys(block, "a bot's note under the post" if _BOT.search(
                " ".join(lines[k - 1] for k in block)) else "a comment under the post: not the post's words")
            block = []
    found.pop(0, None)
    return found | ({count: "a post's counters"} if count else {})


def _gram(lines: list[str]) -> dict[str, int | str] | None:
    """A picture post copied as text: its handle, the 1-based lines of its caption (the handle again, then its words)
    and of its likes, and the day under them as written ("MARCH 14"); None for any other text."""
    filled = [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()]
    if not filled or not _HANDLE.fullmatch(filled[0][1]):
        return None
    handle = filled[0][1]
    caption = next((n for n, line in filled[1:8] if re.match(rf"{re.escape(handle)}(?:\s{{2,}}|\t)\S", line)), 0)
    likes = next((k for k, (n, line) in enumerate(filled) if n > caption and re.fullmatch(r"[\d.,]+[KkMm]?\s+likes?",
                                                                                         line, re.I)), None)
    if not caption or likes is None:
        return None
    day = filled[likes + 1][1] if likes + 1 < len(filled) and re.search(
        rf"\d|{article.MONTH_NAME}|\bago\b", filled[likes + 1][1], re.I) else ""
    return {"handle": handle, "caption": caption, "likes": filled[likes][0], "day": day}


def _gram_furniture(lines: list[str], gram: dict) -> dict[int, str]:
    """The 1-based lines of a picture post copied as text that are no words of its caption: the lines over it (its
    handle, "Verified", its place, its picture's description), its hashtags, its counters and day, and each comment
    under it (a writer's handle and words, over "46 likes  Reply")."""
    found = {n: "the post's account and place, over its caption" for n in range(1, gram["caption"])
             if lines[n - 1].strip()}
    below = min((n for n, line in enumerate(lines, 1) if n > gram["caption"] and (
        re.fullmatch(r"View all [\d.,]+[KkMm]? comments", line.strip(), re.I) or n == gram["likes"])),
        default=gram["likes"])
    found |= {n: "the post's hashtags" for n, line in enumerate(lines, 1)
              if gram["caption"] < n < below and re.fullmatch(r"(?:#\w+\s*)+", line.strip())}
    found |= {n: "a comment under the post, or its counters: not the post's words" for n, line in enumerate(lines, 1)
              if n >= below and line.strip()}
    return found


def text_furniture(lines: list[str]) -> dict[int, str]:
    """The 1-based lines of a post copied as text that are no words of it, with why: its account's name and its stamp
    (the front matter gives them), the platform's buttons and counters, and each comment (a block, down to a blank
    line, ending with the comment's stamp and buttons: "18 October at 22:03 · Like · Reply · 41"), its writer's name
    and words no part of the post, under the post's buttons or counters; a forum's thread's (_thread_furniture)."""
    if thread := _thread(lines):
        return _thread_furniture(lines, thread)
    if gram := _gram(lines):
        return _gram_furniture(lines, gram)
    if not _posted(lines):
        return {}
    filled = [n for n, line in enumerate(lines, 1) if line.strip()]
    found = {filled[0]: "the post's account, in the front matter", filled[1]: "the post's time, in the front matter"}
    found |= {n: reason for n, line in enumerate(lines, 1) for reason, rule in _TEXT_FURNITURE
              if rule.fullmatch(line.strip())}
    buttons = min((n for n in found if n > filled[1]), default=len(lines))  # the comments are under them
    for n in (n for n, line in enumerate(lines, 1) if n > buttons and _COMMENT_STAMP.fullmatch(line.strip())):
        start = next((k for k in range(n - 1, 0, -1) if not lines[k - 1].strip()), 0) + 1
        if start > buttons:
            found |= dict.fromkeys(range(start, n + 1), "a comment under the post: not the post's words")
    return found


def text_fields(lines: list[str]) -> dict[str, article.Found]:
    """What a post copied as text gives of the front matter: its account as the author and the outlet, its day when
    its stamp gives the year, and a title of its first sentence without its emoji (a post has no headline); a forum's
    thread's poster as the author, its forum as the outlet, its day and its title (_thread)."""
    if thread := _thread(lines):
        return {name: article.Found(value, origin) for name, value, origin in (
            ("author", thread["user"], "the post's poster"), ("outlet", thread["name"], "the post's forum"),
            ("title", lines[thread["title"] - 1].strip(), "the line under the post's poster and day"),
            ("published", thread["day"], "the post's day")) if value}
    if gram := _gram(lines):
        caption = lines[gram["caption"] - 1].strip()[len(gram["handle"]):]
        sentence = re.split(r"(?<=[.!?])\s+", " ".join(_PICTURES.sub(" ", caption).split()))[0].rstrip(".")
        found = {name: article.Found(value, origin) for name, value, origin in (
            ("author", gram["handle"], "the account that posted it"), ("outlet", gram["handle"], "the account that "
             "posted it"), ("title", sentence, "the caption's first sentence"))}
        if day := article.date_in(gram["day"]):
            found["published"] = article.Found(day, "the day under its likes")
        return found
    posted = _posted(lines)
    if not posted:
        return {}
    account = next(line.strip() for line in lines if line.strip())
    furniture = text_furniture(lines)
    first = next((line for n, line in enumerate(lines, 1) if line.strip() and n not in furniture), "")
    sentence = re.split(r"(?<=[.!?])\s+", " ".join(_PICTURES.sub(" ", first).split()))[0].rstrip(".")
    found = {"author": article.Found(account, "the name over the post's time"),
             "outlet": article.Found(account, "the name over the post's time")}
    if sentence:
        found["title"] = article.Found(sentence, "the post's first sentence")
    if day := article.date_in(posted["when"]):
        found["published"] = article.Found(day, "the post's time")
    return found


def text_day(lines: list[str]) -> str | None:
    """The day a post copied as text gives without its year ("18 October at 21:47"), for the editor's note."""
    gram = _gram(lines)
    if gram:
        return gram["day"] if gram["day"] and not article.date_in(gram["day"]) else None
    posted = _posted(lines)
    return posted["when"] if posted and not article.date_in(posted["when"]) else None
