"""A Markdown article as a blog writes it (Jekyll, Hugo, Eleventy): the front matter it opens with, read for the
source's title, author, date and address, the furniture its marks give away (an image's caption, a share line of
links, a site generator's markup), and its text as a page shows it, without its marks (``shown``)."""
from __future__ import annotations

import datetime
import itertools
import re
import tomllib
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

import yaml
from markdown_it import MarkdownIt

from builder import addresses, article, chrome, sentences
from builder.article import Found

# "---" over "title: …" (YAML), or Hugo's "+++" over 'title = "…"' (TOML), on the text's first line
_OPENING = re.compile(r"\ufeff?(?P<fence>---|\+\+\+)[ \t]*\n(?=[A-Za-z_][\w-]*[ \t]*[:=])")
_DATES = ("published", "publishDate", "publishdate", "pubDate", "published_at", "date")  # the day it was published,
# before the day it was written or last changed
_ADDRESSES = ("canonical_url", "canonicalURL", "canonical", "url", "permalink")


@dataclass(frozen=True)
class FrontMatter:
    """What a text's front matter gives: the lines it takes at the top (with the blank ones after it), the fields it
    gives, and notes for the editor (a block that is no YAML, an address without its host)."""

    lines: int = 0
    fields: dict[str, Found] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


# A Notion page exported as Markdown: its title as a heading, then its properties, a "Key: value" line each ("Created
# by: Sam Okafor", "Created: March 19, 2026 9:05 AM", "Tags: Blog, Wolves", "Status: Published").
_PROPERTY = re.compile(r"(?P<key>created by|created|created time|last edited by|last edited time|author|owner|date"
                       r"|published|tags|status|category|type)\s*:\s*(?P<value>\S.*)", re.I)
_PROPERTY_FIELDS = {"author": ("author", "created by", "owner"), "published": ("published", "date", "created",
                                                                            "created time")}


def properties(lines: list[str]) -> dict[int, tuple[str, str]]:
    """The 1-based lines of a Notion page's properties under its first heading (two at least), each its key (in
    lower case) and value; none for any other text."""
    heading = next((n for n, line in enumerate(lines, 1) if line.strip()), 0)
    if not heading or not re.match(r"#\s+\S", lines[heading - 1].strip()):
        return {}
    found = {}
    for n in range(heading + 1, len(lines) + 1):
        line = lines[n - 1].strip()
        if not line and not found:
            continue
        if not (m := _PROPERTY.fullmatch(line)):
            break
        found[n] = (m["key"].lower(), m["value"].strip())
    return found if len(found) >= 2 else {}


def _properties_fields(text: str) -> FrontMatter:
    """The author and the day a Notion page's properties give (its lines stay in the text, as page chrome)."""
    found = properties(text.split("\n"))
    values = dict(found.values())
    fields = {}
    for name, keys in _PROPERTY_FIELDS.items():
        value = next((values[k] for k in keys if values.get(k)), None)
        value = (_author(value) if name == "author" else article.date_in(value)) if value else None
        if value:
            fields[name] = Found(value, f"the page's property \"{next(k for k in keys if values.get(k)).capitalize()}\"")
    notes = [f"its properties under its title (lines {min(found)}–{max(found)}, a Notion page's) read for "
             f"{', '.join(fields) or 'nothing the source takes'}: page chrome"] if found else []
    return FrontMatter(0, fields, notes)


def front_matter(text: str) -> FrontMatter:
    """The front matter ``text`` opens with, read for the source (``_fields``); none when the block is no YAML (or
    TOML), which stays text, with a note; a Notion page's properties under its title (``properties``) instead."""
    opening = _OPENING.match(text)
    if not opening:
        return _properties_fields(text)
    fence = opening["fence"]
    closing = re.compile(r"^(?:---|\.\.\.)[ \t]*$" if fence == "---" else r"^\+\+\+[ \t]*$", re.M)
    closing = closing.search(text, opening.end())
    if not closing:
        return FrontMatter(notes=[f"the text opens with '{fence}' and a line of front matter, but no '{fence}' closes "
                                  "it: it is read as text"])
    try:
        data = (yaml.safe_load if fence == "---" else tomllib.loads)(text[opening.end():closing.start()])
    except (yaml.YAMLError, ValueError, RecursionError) as error:  # a day that is none (2025-13-45), deep nesting
        mark = getattr(error, "problem_mark", None)
        why = " ".join(str(getattr(error, "problem", None) or error).split())
        why += f", line {mark.line + 2}" if mark else ""
        return FrontMatter(notes=[f"the front matter between its '{fence}' lines is no valid "
                                  f"{'YAML' if fence == '---' else 'TOML'} ({why}): it is read as text; correct it, or "
                                  "give --title, --author and --published"])
    if not isinstance(data, dict):
        return FrontMatter()
    last = text.count("\n", 0, closing.end()) + 1  # the closing line
    fields, notes, read = _fields(data, text)
    left = ", ".join(sorted(str(k) for k in data if k not in read))
    notes.append(f"its front matter (lines 1–{last}) is no part of the body: read for "
                 f"{', '.join(fields) or 'nothing the source takes'}" + (f"; {left} left out" if left else ""))
    if "url" in fields and (site := site_name(fields["url"].value, text)):
        fields["outlet"] = Found(site, "the name the text gives the site its url is on")
    blank = sum(1 for _ in itertools.takewhile(lambda line: not line.strip(), text.split("\n")[last:]))
    return FrontMatter(last + blank, fields, notes)


def _fields(data: dict, text: str) -> tuple[dict[str, Found], list[str], set]:
    """What front matter ``data`` gives: its title, its author (without a title: "Dr Hana Listrom" is Hana Listrom),
    the day it was published and its address (a path, "/blog/2025/10/09/…", only on the host an address in ``text``
    shows it under, a share link's or a canonical link's); notes; and the keys read."""
    fields, notes = {}, []
    if title := _text(data.get("title")):
        fields["title"] = Found(title, "the front matter's title")
    if author := _author(data.get("author") or data.get("authors")):
        fields["author"] = Found(author, "the front matter's author")
    key = next((k for k in _DATES if data.get(k)), None)
    if key and (day := _day(data[key])):
        fields["published"] = Found(day, f"the front matter's {key}")
    address = next((k for k in _ADDRESSES if _text(data.get(k))), None)
    if address:
        written = _text(data[address])
        if url := _address(written, text):
            fields["url"] = Found(url, f"the front matter's {address}" + (
                "" if url == written else ", on the host the text shows it under"))
        elif written.startswith("/") and ":" not in written:
            notes.append(f"url is left null: the front matter's {address} '{written}' names no host, and no address in "
                         "the text gives one; write the article's address with --url")
    return fields, notes, {"title", "author", "authors", key, address}


def site_name(url: str, text: str) -> str | None:
    """The name ``text`` gives the site at ``url``: two words or more, the first and last in capitals, that spell the
    host's first part however spaced or cased, an article before them or not ("The Harbour Letter" of
    "harbourletter.example.net", "La Gazette du Port" of "www.gazetteduport.example"); None when no name spells it."""
    host = re.sub(r"^www\d?\.", "", urlsplit(url).hostname or "").split(".")[0]
    spelled = re.sub(r"[\W_]", "", host).casefold()
    if len(spelled) < 6:
        return None
    for part in re.split(r"[^\w\s'’&-]+", text):  # a name runs on no punctuation but an apostrophe or a hyphen
        words = part.split()
        for start, end in ((a, b) for a in range(len(words)) for b in range(a + 2, min(a + 6, len(words)) + 1)):
            name = words[start:end]
            if name[0][:1].isupper() and name[-1][:1].isupper() and spelled in (
                    "".join(_letters(w) for w in name), "".join(_letters(w) for w in name[1:])
                    if name[0].casefold() in _ARTICLES else None):
                return " ".join(name)
    return None


def _letters(word: str) -> str:
    return re.sub(r"[\W_]", "", word).casefold()


_ARTICLES = {"the", "la", "le", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "de", "het", "o", "a"}


def _text(value) -> str | None:
    """A front matter's value as one line of text (a title of numbers too: 1984), or None."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return " ".join(str(value).split()) or None


def _author(value) -> str | None:
    """The names a front matter's author or authors give ("Dr Hana Listrom", a list of them, {name: …}), without their
    titles; not a user name ("hlistrom") nor a data file's key."""
    named = [article.untitled(name) for each in (value if isinstance(value, list) else [value])
             if (name := _text(each.get("name") if isinstance(each, dict) else each))
             and article.names(article.untitled(name))]
    return " and ".join([", ".join(named[:-1]), named[-1]] if len(named) > 1 else named) or None


def _day(value) -> str | None:
    """The day a front matter's date gives, as its writer's clock read it (2025-10-09 14:30:00 +01:00 is 9 October)."""
    if isinstance(value, datetime.date):  # a datetime too
        return value.isoformat()[:10]
    return article.date_in(value) if isinstance(value, str) else None


def _address(written: str, text: str) -> str | None:
    """The article's address: ``written`` when it is one, else the address in ``text`` (decoded: a share link's
    "?url=https%3A%2F%2F…") whose path it is; None for a pattern (Jekyll's "/:year/:title/")."""
    if written.startswith(addresses.WEB):
        return written
    if not written.startswith("/") or ":" in written:
        return None
    shown = re.search(rf"https?://[^/\s\"'<>()\[\]]+{re.escape(written.rstrip('/'))}/?(?=[\s\"'<>()\[\]&?#]|$)",
                      unquote(text))
    return shown.group() if shown else None


def furniture(lines: list[str], skip: set[int]) -> list[chrome.Chrome]:
    """The 1-based lines of a Markdown article, as written, that are furniture and not in ``skip``: an image's caption
    in italics under it ("![…](…)" / "*A Harnsford penny, three times its size.*"), a Notion page's properties and its
    callouts' "<aside>" tags, a site generator's markup
    ("{{< figure … >}}", "{% include … %}", "<!--more-->"), a line that shows page chrome once its links and
    emphasis read as they show ("*Share this post:* [Twitter](…) · [Email](…)"), and a line of a paragraph between
    two of its lines that are page chrome (a call to subscribe's box: "**Subscribe to …**" / "Get every issue …" /
    "[Subscribe now](…)")."""
    found, notion = [], properties(lines)
    for n, line in enumerate(lines, 1):
        text = line.strip()
        if n in skip or not text:
            continue
        above = [lines[k].strip() for k in (n - 2, n - 3) if k >= 0]  # the line above; past a blank one, the next
        shown = _shown(text)
        if _ITALICS.fullmatch(text) and above and _IMAGE.fullmatch(above[0] or above[-1]):
            found.append(chrome.Chrome(n, text, "an image's caption"))
        elif n in notion:
            found.append(chrome.Chrome(n, text, "a Notion page's property, read for the front matter"))
        elif _CALLOUT.fullmatch(text):
            found.append(chrome.Chrome(n, text, "an exported callout's tag, no words"))
        elif _GENERATOR.fullmatch(text):
            found.append(chrome.Chrome(n, text, "a site generator's markup"))
        elif shown and shown != text and (chrome_line := chrome.find([shown])):
            found.append(chrome.Chrome(n, text, chrome_line[0].reason))
    flagged = skip | {c.line for c in found}
    return found + [chrome.Chrome(n, lines[n - 1].strip(), "inside a box of page chrome") for n in range(2, len(lines))
                    if n not in flagged and lines[n - 1].strip() and {n - 1, n + 1} <= flagged
                    and lines[n - 2].strip() and lines[n].strip()]


def blurb(lines: list[str], named: str, skip: set[int]) -> list[chrome.Chrome]:
    """The 1-based lines in italics over a Markdown article's first heading that name its outlet (``named``,
    casefolded) and are not in ``skip``: a newsletter's blurb ("*The Harbour Letter is a reader-supported newsletter
    about …*"), no part of the article."""
    heading = next((n for n, line in enumerate(lines, 1) if re.match(r"#\s", line.strip())), 1)
    return [chrome.Chrome(n, line.strip(), "a newsletter's blurb over its headline") for n, line in
            enumerate(lines[:heading - 1], 1) if n not in skip and _ITALICS.fullmatch(line.strip())
            and named in line.casefold()]


def bare_headings(lines: list[str], skip: set[int]) -> list[chrome.Chrome]:
    """The headings of a Markdown article, as written, over nothing but page chrome (the 1-based lines ``skip``):
    "### Links" over its list of links."""
    return [chrome.Chrome(n, line.strip(), "a heading over nothing but page chrome") for n, line in enumerate(lines, 1)
            if n not in skip and _HEADING.match(line.strip()) and _over_chrome(lines, n, skip)]


def _over_chrome(lines: list[str], heading: int, skip: set[int]) -> bool:
    """Whether the lines under the 1-based line ``heading``, down to the next heading or the end, are page chrome
    (``skip``) and there are some: "### Links" over its list of links."""
    under = []
    for n in range(heading + 1, len(lines) + 1):
        if _HEADING.match(lines[n - 1].strip()):
            break
        under += [n] if lines[n - 1].strip() else []
    return bool(under) and all(n in skip for n in under)


_HEADING = re.compile(r"#{1,6}\s")


def _shown(line: str) -> str:
    """A Markdown line as a page shows it: links as their text, without images and emphasis marks."""
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line))
    return re.sub(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)", "", line).strip()


_IMAGE = re.compile(r"\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?")  # "![alt](src)", linked: "[![alt](src)](href)"
_ITALICS = re.compile(r"\*[^*\s](?:.*[^*\s])?\*|_[^_\s](?:.*[^_\s])?_")
_CALLOUT = re.compile(r"</?aside>", re.I)  # a Notion callout's HTML, on its own lines around the callout's words
_GENERATOR = re.compile(r"\{\{[<%].*[%>]\}\}|\{%.*%\}|\{:.*\}|<!--.*-->")  # Hugo's shortcodes, Liquid's tags,
# kramdown's attributes ("{: .caption}"), a comment ("<!--more-->", where an excerpt ends)


_MARKDOWN = MarkdownIt("commonmark").enable("table")  # "~~…~~" stays: a live page's struck-through correction
_FOOTNOTE = re.compile(r"\[\^([^\]\s]{1,40})\](?!:)")  # a footnote's marker in a sentence, "…since 2023.[^1]"
_FOOTNOTE_LABEL = re.compile(r"^(\s*)\[\^([^\]\s]{1,40})\]:\s*")  # the label of its note, "[^1]: Council figures."


def shown(lines: list[str]) -> dict[int, list[str]]:
    """What the body writes for the 1-based lines of a Markdown text that show otherwise than they are written,
    each line's lines as a page shows them: a heading's words without its marks (a setext heading's rule none),
    emphasis, code and link marks gone (a link's words kept), a quotation's ">" gone, a table one paragraph a row, its
    cells between tabs as a web page's tables are imported (its rule none), a footnote's marker as a page shows it
    ("…since 2023.[1]", where a quote may cite it) and its note a paragraph under it ("[1] Council figures."); a
    block holding an image, a site generator's markup or HTML is written as it is (page chrome, flagged so; but the
    words of a Notion callout between "<aside>" lines are read as Markdown), and so
    are a thread's post header ("**u/calvey_kettle** · 842 points") and an interview's questions in bold
    ("**Who gave that advice?**", two or more), which `suggest` reads by their marks."""
    found: dict[int, list[str]] = {}
    tokens = _MARKDOWN.parse("\n".join("" if _CALLOUT.fullmatch(line.strip()) else line for line in lines))  # a
    # callout's words read as Markdown, not as the HTML block its "<aside>" would open
    quoted: set[int] = set()
    rows: list[int] = []
    item = ""  # the mark of the list item whose first paragraph comes next: "- ", "2. "
    for k, token in enumerate(tokens):
        if token.type == "list_item_open":
            item = f"{token.info}{token.markup} " if token.info else f"{token.markup} "
        elif token.type == "blockquote_open" and token.map:
            quoted.update(range(*token.map))
        elif token.type == "table_open" and token.map:
            found.update({n + 1: [] for n in range(*token.map)})  # its rule, "| --- | ---: |"
            rows = []
        elif token.type == "tr_open" and token.map:
            cells = [_plain(t) for t in tokens[k + 1:] if t.type == "inline"][:_cells(tokens, k)]
            found[token.map[0] + 1] = ([""] if rows else []) + ["\t".join(c or "" for c in cells)]
            rows.append(token.map[0])
        elif token.type == "inline" and token.map and tokens[k - 1].type in ("paragraph_open", "heading_open"):
            text = _plain(token)
            if text is None:
                continue
            start, end = token.map
            pieces = text.split("\n")
            pieces[0], item = item + pieces[0], ""
            if len(pieces) == end - start:
                found.update({start + n + 1: [piece] for n, piece in enumerate(pieces)})
            elif tokens[k - 1].type == "heading_open":  # a setext heading: its words over its rule
                found.update({start + 1: [text.replace("\n", " ")], **{n + 1: [] for n in range(start + 1, end)}})
    for n in quoted:  # a quotation's empty line, ">" alone
        if n + 1 not in found and lines[n].strip().strip(">").strip() == "":
            found[n + 1] = [""]
    asked = [n for n, line in enumerate(lines, 1) if _BOLD.fullmatch(line.strip())]
    kept = set(asked) if sum("?" in lines[n - 1] for n in asked) >= 2 else set()  # an interview's questions in bold
    return {n: written for n, written in found.items() if written != [lines[n - 1]] and n not in kept
            and not _post_header(lines[n - 1])}


def _post_header(line: str) -> bool:
    """Whether ``line`` heads a thread's post, its poster in bold and its details after them ("**u/calvey_kettle** ·
    842 points"), whose marks `suggest` reads as a poster's."""
    header = sentences.POSTER.fullmatch(line.strip())
    return bool(header and header["details"])


_BOLD = re.compile(r"(\*\*|__)\S(?:.*\S)?\1")  # a line in bold: "**Who gave that advice?**"


def continuing(lines: list[str]) -> set[int]:
    """The 1-based lines of a Markdown text that go on with the paragraph above them (a paragraph's lines but its
    first, in a quotation or a list too; not a footnote's note, "[^2]: …", under the one before it): no blank line
    goes between, however short the line above."""
    return {n + 1 for token in _MARKDOWN.parse("\n".join(lines)) if token.type == "paragraph_open" and token.map
            for n in range(token.map[0] + 1, token.map[1]) if not _FOOTNOTE_LABEL.match(lines[n])}


def _cells(tokens, row: int) -> int:
    """How many cells the table's row opening at token ``row`` has."""
    end = next(k for k in range(row, len(tokens)) if tokens[k].type == "tr_close")
    return sum(t.type in ("th_open", "td_open") for t in tokens[row:end])


def _plain(inline) -> str | None:
    """An inline token's words as a page shows them, its soft line breaks kept; None when it holds an image or HTML
    (written as it is)."""
    words = []
    for child in inline.children or []:
        if child.type in ("image", "html_inline"):
            return None
        if child.type in ("text", "code_inline"):
            words.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            words.append("\n")
    text = _FOOTNOTE.sub(r"[\1]", "".join(words))
    return "\n".join(_FOOTNOTE_LABEL.sub(r"\1[\2] ", line) for line in text.split("\n"))
