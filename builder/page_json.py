"""An article read from JSON (a page's scripts: Next.js's __NEXT_DATA__, Nuxt's __NUXT_DATA__ or window.__NUXT__, a
state object; or a bare JSON file): its headline, byline, date and body's paragraphs, found by key names and shape."""
from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

MAX_DEPTH = 60  # levels of nesting followed: a CMS's body is a few levels down, never sixty
HYDRATED = 200_000  # values of a Nuxt payload read back, at most: a page's runs to a few thousand
_HEADLINE = ("headline", "headlines", "title", "heading", "hed", "name")
_BYLINE = ("byline", "bylines", "author", "authors", "writer", "writers", "credits", "creator", "creators")
_DATE = ("datePublished", "publishedAt", "published_at", "publishDate", "publish_date", "publishedDate",
         "firstPublished", "first_publish_date", "publicationDate", "display_date", "pubDate", "date", "createdAt")
_STANDFIRST = ("standfirst", "dek", "subheadline", "subheading", "subtitle", "strapline", "description", "summary")
_BODY = ("body", "bodyText", "content", "contents", "content_elements", "blocks", "paragraphs", "articleBody",
         "elements", "components", "richText", "text")
_CHILDREN = ("children", "content", "blocks", "items", "elements", "content_elements", "nodes", "spans", "parts")
_TEXT = ("text", "value", "content", "html", "plaintext", "markdown")
_NAMED = ("basic", "main", "default")  # a headline given in several forms: {"basic": …, "web": …}
_TYPE = ("_type", "type", "nodeType", "__typename", "blockType", "kind")
# A block that is no paragraph of the text: a picture, a player, an advert, links to other stories, an embed.
_SKIPPED = re.compile(r"image|photo|picture|figure|gallery|video|audio|player|advert|\bads?\b|ad[-_]?slot|promo|"
                      r"related|recirc|teaser|newsletter|signup|embed|iframe|oembed|social|tweet|instagram|widget|"
                      r"script|raw_?html|interactive|divider|rule|spacer|break", re.I)
_CONTAINER = re.compile(r"document|root|body|section|list(?![-_]?item)|ul\b|ol\b|quote|group|container", re.I)
_INLINE = re.compile(r"text|span|link|hyperlink|mark|emphasis|strong|italic|bold|inline|entity|mention", re.I)
_ASSIGNS = re.compile(r"(?<![=!<>])=\s*(?=[{\[])")  # "= {", where a script assigns an object
_ASSIGNED = re.compile(r"(?:window\.|self\.|globalThis\.)?"
                       r"(?P<name>__\w{1,60}__|[A-Za-z_$][\w$]{0,60}(?:State|STATE|Data|DATA|Content|Props))\s*$")
# to what: window.__NUXT__={…}, window.__INITIAL_STATE__ = {…}, window.initialData = {…}, Fusion.globalContent = {…}
ASSIGNMENTS = 50  # read in a script at most: an app's bundle assigns objects all the time
_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*$")
_WHITE = re.compile(r"[ \t\n\f\r]+")  # what HTML collapses into a space (a no-break space stays)


@dataclass(frozen=True)
class Story:
    """An article found in JSON: its paragraphs in document order (the standfirst first, when it gives one), its
    headline, byline and date as written (None when not given), and where it was found."""

    paragraphs: list[str]
    headline: str | None
    byline: str | None
    published: str | None
    where: str

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


def scripts(tree) -> list[tuple[str, object]]:
    """The JSON that a page's scripts carry, each with where it is: a ``<script type="application/json">`` (Next.js's
    ``id="__NEXT_DATA__"``, Nuxt's ``__NUXT_DATA__``, its values as indices into one list, read back), or an object
    a script assigns (``window.__NUXT__ = {…}``, ``window.__INITIAL_STATE__ = {…}``); not JSON-LD, read apart."""
    found: list[tuple[str, object]] = []
    for script in tree.iter("script"):
        kind, ident = (script.get("type") or "").strip().lower(), script.get("id") or ""
        source = script.text or ""
        if kind == "application/json":
            data = _loaded(source)
            if data is not None:
                where = f'<script id="{ident}">' if ident else '<script type="application/json">'
                found.append((where, _hydrated(data) if ident == "__NUXT_DATA__" else data))
        elif kind in ("", "text/javascript", "module", "application/javascript") and not script.get("src"):
            for match in itertools.islice(_ASSIGNS.finditer(source), ASSIGNMENTS):
                named = _ASSIGNED.search(source, max(0, match.start() - 80), match.start())
                try:
                    data, _ = json.JSONDecoder(strict=False).raw_decode(source, match.end()) if named else (None, 0)
                except (ValueError, RecursionError):
                    continue
                if data is not None:
                    found.append((f"the object a script assigns to {named['name']}", data))
    return found


def article(data, where: str) -> Story | None:
    """The article ``data`` holds: the object whose body (a key such as ``body``, ``content`` or ``blocks`` holding
    text: a string, a list of strings, blocks of type paragraph or text, rich-text nodes, HTML) gives the most words of
    sentences, its headline, byline and date read beside it (or in the objects around it); None when none does."""
    best: tuple[int, list[str], list[dict]] | None = None
    for node, around in _objects(data, []):
        for key in _BODY:
            if key in node and (not isinstance(node[key], str) or key != "text" or len(node) > 2):
                paragraphs = _blocks(node[key], 0)
                score = sum(len(p.split()) for p in paragraphs if _SENTENCE.search(p))
                if score and (best is None or score >= best[0]):  # an inner object on a tie
                    best = (score, paragraphs, [node, *reversed(around)])
                break
    if best is None:
        return None
    _, paragraphs, owners = best
    headline = _first(owners, _HEADLINE, _plain_text)
    standfirst = _first(owners[:1], _STANDFIRST, _plain_text)
    if standfirst and standfirst not in paragraphs and standfirst != headline:
        paragraphs = [standfirst, *paragraphs]
    return Story(paragraphs, headline, _first(owners, _BYLINE, _byline), _first(owners, _DATE, _plain_text), where)


def read(tree) -> Story | None:
    """The article the page's scripts carry (see scripts and article) that gives the most words, or None."""
    stories = [s for where, data in scripts(tree) if (s := article(data, where))]
    return max(stories, key=lambda s: s.words, default=None)


def _loaded(source: str):
    try:
        return json.loads(source, strict=False)
    except (ValueError, RecursionError):  # not JSON, or nested past what the parser follows
        return None


def _hydrated(values):
    """Nuxt's payload (``__NUXT_DATA__``): a flat list whose first item is the root, each value of an object or a
    list the index of its own item; a reactive wrapper, ``["Reactive", 3]``, stands for what it wraps."""
    if not isinstance(values, list) or not values:
        return values
    left = [HYDRATED]  # values still to read back: a payload whose items point back at one another ends there

    def value(index, depth):
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(values) or depth > MAX_DEPTH \
                or left[0] <= 0:
            return None
        left[0] -= 1
        item = values[index]
        if isinstance(item, list) and len(item) == 2 and item[0] in ("Reactive", "ShallowReactive", "Ref",
                                                                     "ShallowRef", "Date"):
            return item[1] if item[0] == "Date" else value(item[1], depth + 1)
        if isinstance(item, list):
            return [value(i, depth + 1) for i in item]
        if isinstance(item, dict):
            return {k: value(i, depth + 1) for k, i in item.items()}
        return item
    return value(0, 0)


def _objects(data, around: list[dict], depth: int = 0):
    """Each object in ``data`` with the objects around it, outermost first."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, dict):
        yield data, around
        for value in data.values():
            yield from _objects(value, [*around, data], depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from _objects(item, around, depth + 1)


def _blocks(value, depth: int) -> list[str]:
    """The paragraphs of a body: a string (HTML's blocks, else its parts between blank lines), a list of them, a
    block of text (its inline children joined), or a container of blocks; pictures, players, adverts and embeds
    left out."""
    if depth > MAX_DEPTH:
        return []
    if isinstance(value, str):
        return _strings(value)
    if isinstance(value, list):
        return [p for item in value for p in _blocks(item, depth + 1)]
    if not isinstance(value, dict):
        return []
    kind = _type(value)
    if kind and _SKIPPED.search(kind):
        return []
    children = next((value[k] for k in _CHILDREN if isinstance(value.get(k), list)), None)
    if children is not None and (kind and _CONTAINER.search(kind) or any(
            isinstance(c, (dict, str)) and not _inline_node(c) for c in children) and not any(
            isinstance(value.get(k), str) for k in _TEXT)):
        return _blocks(children, depth + 1)
    text = _inline(value, depth)
    return _strings(text) if text else []


def _inline_node(node) -> bool:
    """Whether a child is inline (a span, a link, a run of text), not a block of its own."""
    if isinstance(node, str):
        return False
    kind = _type(node) if isinstance(node, dict) else ""
    return bool(kind and _INLINE.search(kind)) or (isinstance(node, dict) and not kind and not any(
        isinstance(node.get(k), list) for k in _CHILDREN))


def _inline(node, depth: int) -> str:
    """A block's text: its own text, else its children's joined as they run (a span's, a link's)."""
    if depth > MAX_DEPTH:
        return ""
    if isinstance(node, str):
        return node
    if isinstance(node, list):
        return "".join(_inline(n, depth + 1) for n in node)
    if not isinstance(node, dict) or (_type(node) and _SKIPPED.search(_type(node))):
        return ""
    own = next((node[k] for k in _TEXT if isinstance(node.get(k), str)), None)
    if own is not None:
        return own
    return next((_inline(node[k], depth + 1) for k in _CHILDREN if isinstance(node.get(k), list)), "")


def _strings(text: str) -> list[str]:
    """A string's paragraphs: its HTML's blocks when it holds markup, else its parts between blank lines (else its
    lines), each one's white space collapsed."""
    root = _fragment(text)
    if root is None:
        parts = re.split(r"\n\s*\n", text) if "\n\n" in text else text.split("\n")
    else:
        for br in root.iter("br"):
            br.tail = "\n" + (br.tail or "")
        blocks = [e for e in root.iter("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
                  if not any(a.tag in ("p", "li", "blockquote") for a in e.iterancestors())]
        parts = [e.text_content() for e in blocks] or [root.text_content()]
    return [_WHITE.sub(" ", p).strip(" ") for p in parts if _WHITE.sub("", p)]


def _fragment(text: str):
    """The HTML a string holds, in a <div>, or None when it holds no tag (or none lxml reads)."""
    if not re.search(r"</?[a-z][^>]*>", text, re.I):
        return None
    try:
        return lxml.html.fragment_fromstring(text, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return None


def _type(node: dict) -> str:
    return next((node[k] for k in _TYPE if isinstance(node.get(k), str)), "")


def _first(owners: list[dict], keys: tuple[str, ...], read) -> str | None:
    """The first of ``keys`` that an owner (nearest first) gives a value of, read by ``read``."""
    for owner in owners:
        for key in keys:
            if key in owner and (value := read(owner[key])):
                return value
    return None


def _plain_text(value) -> str | None:
    """A string value, or the text of a rich one ({"text": …}, HTML), its white space collapsed."""
    if isinstance(value, dict):
        value = next((value[k] for k in (*_TEXT, *_NAMED) if isinstance(value.get(k), str)), None)
    if not isinstance(value, str) or not _WHITE.sub("", value):
        return None
    root = _fragment(value)
    return _WHITE.sub(" ", value if root is None else root.text_content()).strip(" ") or None


def _byline(value) -> str | None:
    """The names a byline gives: a string, a person ({"name": …}, {"displayName": …}) or a list of them."""
    if isinstance(value, list):
        names = list(dict.fromkeys(filter(None, (_byline(v) for v in value))))
        return None if not names else names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if isinstance(value, dict):
        return next((n for k in ("name", "displayName", "fullName", "full_name", "title") if (n := _plain_text(
            value.get(k)))), None) or (" ".join(filter(None, (_plain_text(value.get("firstName")),
                                                               _plain_text(value.get("lastName"))))) or None)
    return _plain_text(value)
