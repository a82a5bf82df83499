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
