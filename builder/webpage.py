"""A web page saved from a browser ("Save page as…", .html): the article's text, paragraph by paragraph, found by
trafilatura, and what the page's markup says about it (JSON-LD, meta tags, the canonical link), each value with
where it was found."""
from __future__ import annotations

import codecs
import datetime
import html
import itertools
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html
import trafilatura
from trafilatura.utils import load_html, repair_faulty_html

from builder import (article, boxes, chrome, forum_thread, messaging, page_json, positioned, saved_document,
                     social_post)
from builder.article import Found
from builder.load import TooBig, read_bytes
from builder.quotes import normalise
from builder.problems import DossierError, Located, Problem
from builder.yaml_values import FORBIDDEN, clip

MAX_PAGE_BYTES = 20_000_000  # a big outlet's saved page carries megabytes of scripts and inline data
FAST_ABOVE = 10_000  # elements: trafilatura's fallback extractors take 3.5 s at 10,000, 20 s at 30,000
AGAIN = ("save the page again from the browser (\"Save page as…\", \"Webpage, HTML only\"), or copy the article's "
         "text into a .txt file and import that")
_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_CHARSET_WITHIN = 64 * 1024  # bytes: a saved page declares its charset in its head
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819", "ibm819"}
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+)\s*-->", re.I)  # what some browsers write
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_ARTICLE_TYPES = {"BlogPosting", "LiveBlogPosting", "Report"}  # and every type named "…Article"
_DATE = re.compile(r"\s*(\d{4}[-/]\d{2}[-/]\d{2})")  # a journal's citation tags write "2026/03/17"
_TRAFILATURA = "guessed by trafilatura"
_COPIED = "guessed from the page's text, as for a .txt article"
_LINE_BREAKING = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table",
                  "section", "article", "header", "footer", "nav", "aside", "main", "figure", "figcaption",
                  "blockquote", "address", "dd", "dt", "hr", "pre", "form"}
_INVISIBLE = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "button", "select"}
_BLOCK_TAGS = {"p", "div", "li", "table", "blockquote", "h2", "h3", "h4", "section"}  # a standfirst holds none: the
# article's body does, whose first words the page's description gives too
_BLOCKS = {"p", "head", "item", "quote", "list", "code"}  # what trafilatura's result is made of, besides images
_SOFT_HYPHEN = "\u00ad"
_WHITE = re.compile(r"[ \t\n\f\r]+")
_SPACE = re.compile(r"[ \t\f\r]+")  # what HTML collapses into a space (a no-break space stays)
_HELD = {0xa0: "\ue000", 0x202f: "\ue001"}  # no-break space, narrow no-break space
_BETWEEN = "\ue002"  # white space alone between two elements
_RESTORED = {0xe000: "\u00a0", 0xe001: "\u202f", 0xe002: " "}
_VERBATIM = ("pre", "textarea")  # where white space is the page's text as it is
_PROSE = {"p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "td"}  # what holds a text's words
# Inline elements whose words trafilatura loses: it deletes a <time>, <label> or <math> with them, and makes a <q> or a
# <code> a block of its own, cutting the paragraph short after it ("He said that <q>no</q> was…" → "He said that").
_UNWRAPPED = ("time", "label", "math", "q", "code")
_STAMP = re.compile(r"\s*\d{1,2}(?:[:.h]\d\d\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)\s*(?:[A-Z]{2,4})?\s*", re.I)
_STAMP_CLASS = re.compile(r"time|stamp", re.I)
_LANGUAGE = re.compile(r"([a-zA-Z]{2,3})(?:[-_][A-Za-z0-9]+)*")
for _name in ("trafilatura", "htmldate", "courlan"):  # their warnings ("empty HTML tree") mean nothing to an editor
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# Where each field is read, in order: (what the page calls it, meta tag names).
_BODY_TEAM = re.compile(r"(?:[A-Z][\w&'’-]*\s+){1,5}(?:Press\s+Office|Incidents?\s+Team|News\s+Desk|Newsdesk"
                   r"|Communications(?:\s+Team)?|Media\s+(?:Office|Team|Relations))")  # a body's team signing for it
_META = {
    "title": ("og:title", "twitter:title", "citation_title"),
    "author": ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
               "byl", "byline", "citation_author"),
    "published": ("article:published_time", "og:article:published_time", "datepublished", "parsely-pub-date",
                  "pubdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
                  "dcterms.created", "sailthru.date", "citation_publication_date", "citation_online_date",
                  "citation_date"),
    "outlet": ("og:site_name", "dc.publisher", "dcterms.publisher",  # Dublin Core: a record's, a library's page
               "citation_journal_title", "citation_publisher"),  # a journal's tags for scholars' indexes
}


@dataclass(frozen=True)
class Page:
    """The article's paragraphs (each may hold line breaks), the fields found (title, author, published, outlet,
    url, language), notes for the editor about what was skipped, and the words of the quotations the page displays
    apart (its pull quotes: ``<aside class="pull-quote">``, ``<blockquote class="pullquote">``)."""

    paragraphs: list[str]
    fields: dict[str, Found]
    notes: list[str] = field(default_factory=list)
    displayed: set[str] = field(default_factory=set)


def read(path: Path, raw: bytes | None = None, charset: str | None = None, address: str | None = None) -> Page:
    """The saved page at ``path`` (or ``raw``, its bytes, as an email or a web archive holds them, in the ``charset``
    the archive declares, at the ``address`` it gives, the url when the page names none); refuses (DossierError) a
    file too big, not text, in an unknown or wrong charset, or with no article text in it."""
    try:
        raw = read_bytes(path, MAX_PAGE_BYTES) if raw is None else raw
    except OSError as exc:
        _fail(path, f"cannot read the file ({exc.strerror or exc}); check that it exists and is readable")
    except TooBig as exc:
        _fail(path, f"file is {exc.size:,} bytes, over the limit of {MAX_PAGE_BYTES:,}; {AGAIN}")
    notes: list[str] = []
    text = _decode(raw, path, notes, charset)
    tree = load_html(text)
    if tree is None:
        _fail(path, f"the file is not a web page (no HTML could be read from it); {AGAIN}")
    parts, prompts = _walled(tree)
    if parts:
        first = next((t for part in parts for e in part.iter(*_PROSE) if (t := " ".join(e.text_content().split()))),
                     "")
        notes.append(f"{len(parts)} part(s) of the article that the page hides until a subscriber signs in (its "
                     "JSON-LD names them as not free to read) were read as its text, the first paragraph "
                     f"“{clip(first, 80)}”" + (f"; the box(es) asking the reader to subscribe left out: “"
                                               + "”, “".join(clip(" ".join(p.text_content().split()), 60)
                                                            for p in prompts) + "”" if prompts else ""))
    tree = _shown(tree)
    fields = _markup(tree, text, notes, address)
    if _too_deep(text):
        notes.append("the page's elements nest more than 255 deep (a tag such as <font> left open in each paragraph?), "
                     "so its text is cut where they do: check the article's end, and if paragraphs are missing, copy "
                     "its text into a .txt file and import that")
    paragraphs, document, post, export = positioned.paragraphs(tree), None, social_post.read(tree), messaging.read(tree)
    thread = forum_thread.read(tree)
    saved = saved_document.read(tree, text)
    if saved:  # a word processor's document: its own blocks, which an extractor thins (its short headings)
        paragraphs = saved.paragraphs
        fields |= {"title": Found(saved.title, "the document's <title>, its first lines' heading")} if saved.title \
            else {}
        notes.append("a word processor's document saved as a web page: each of its paragraphs and headings read as it "
                     "is" + (f", its {saved.comments} comment(s) and their markers left out" if saved.comments else ""))
    elif export:  # a messaging app's export of a channel: named in its header, its messages its sender's
        paragraphs = export.paragraphs
        fields |= {"title": Found(export.channel, "the export's page header, the channel's name")}
        fields |= {"outlet": Found(export.sender, "the sender of most of the channel's messages")} if export.sender \
            else {}
        fields |= {"published": Found(export.last_day, "the channel's last message")} if export.last_day else {}
        notes.append("a messaging app's export: each message a paragraph opening with its full time stamp and its "
                     "sender, a forwarded one naming whom it is from; the app's notices (its day lines, which the "
                     "stamps give), avatars and reaction counts left out")
    elif post:  # the page is titled by the account that posted: it is the outlet, the platform is not
        paragraphs = post.paragraphs
        fields.pop("title", None)
        fields["outlet"] = Found(post.account, "the account that posted it, which the page's title names")
        fields |= {"title": Found(post.heading, "the post's heading")} if post.heading else {}
        fields |= {"author": Found(post.signer, "the name the post is signed with")} if post.signer else {}
        notes.append(f"a post saved from a platform's page: its outlet the account that posted it, not the platform; "
                     f"its {post.comments} comment(s) kept under it, each opening with its writer's name; delete them "
                     "unless the source needs them")
    elif thread:  # a forum's thread: every post under its poster's name (an extractor keeps the first alone)
        paragraphs = thread.paragraphs
        fields |= {"author": Found(thread.starter, "the poster who started the thread")}
        fields |= {"title": Found(thread.title, "the thread's topic")} if thread.title else {}
        fields |= {"outlet": Found(thread.forum, "the forum's name, after the thread's in the page's title")} \
            if thread.forum else {}
        notes.append(f"a forum thread: its {thread.posts} posts, each under its poster's name in bold and the time it "
                     "was posted (read as the poster's own words, never the forum's); profiles and signatures left out")
    elif paragraphs:
        notes.append("the page is a document converted from a PDF, each line placed where the page has it: its lines "
                     "were joined into the paragraphs their spacing shows, as they are (a word hyphenated at a line's "
                     "end stays so), its page numbers and running heads left out")
    else:
        document = _extracted(text, tree, path, notes)
        found = document.body if document is not None and document.body is not None else ()
        paragraphs = list(_paragraphs(found))
    headline = (thread.title if thread else None) or _headline(tree)  # a thread's topic, not the board's banner
    paragraphs = _rejoined_rows(tree, paragraphs)
    paragraphs, sponsored = _unsponsored(tree, paragraphs)
    if sponsored:
        notes.append(f"{len(sponsored)} paragraph(s) of a sponsored box beside the article, which the extractor took "
                     f"for its text, were left out, the first “{clip(sponsored[0], 80)}”")
    paragraphs, scripted, cut = _article_body(tree, paragraphs)
    if scripted:
        notes.append("the article's text is the page's JSON-LD articleBody (the page shows "
                     + ("only its start, a paywall's teaser?" if cut else "it only through its scripts")
                     + f"), parted into its {len(scripted) - 1} paragraphs"
                     + (" and led by its description, the standfirst" if scripted[0] else "")
                     + (f"; what the page shows after its start was left out: “{'”, “'.join(clip(p, 60) for p in cut)}”"
                        if cut else ""))
    paragraphs, story, instead = _scripted(tree, paragraphs)
    if story:
        headline = story.headline or headline
        fields = _json_fields(tree, story) | fields  # what the markup states first
        notes.append(f"the article's text is the JSON a script of the page carries ({story.where}), read by its keys"
                     f" ({len(story.paragraphs)} paragraphs): the page shows "
                     + (f"only “{'”, “'.join(clip(p, 60) for p in instead)}”" if instead else "none of it")
                     + " (its scripts fill it in when it is opened); check the text against the page in a browser")
    if not any(len(p.split()) >= STANDFIRST_WORDS for p in paragraphs if p != headline):
        _fail(path, _nothing(tree, paragraphs))
    paragraphs, kicker = _kicker(tree, paragraphs)
    if kicker:
        notes.append(f"the kicker over the headline (a section's label and a topic: “{kicker}”) was left out of the "
                     "text")
    standfirst = _standfirst(tree, paragraphs)
    if standfirst:  # the summary under the headline, which extractors take for furniture, or put after a live
        rest = [p for p in paragraphs if p != standfirst]  # page's first entry
        at = rest.index(headline) + 1 if headline in rest else 0
        paragraphs = [*rest[:at], standfirst, *rest[at:]]
    if headline and paragraphs and paragraphs[0].startswith(headline + "\n"):  # the extractor's one paragraph,
        paragraphs[0] = paragraphs[0][len(headline) + 1:]  # headline first: a paragraph of its own
    if headline and headline not in paragraphs:
        paragraphs.insert(0, headline)  # as an article copied from the page starts
    note = None if article.translation(paragraphs) else next(  # a short line of the page: "Translated from
        (line for line in _visible_lines(tree) if len(line) <= 200 and article.translation([line])), None)  # Vestranian."
    if note:  # in the page's header, which the extractor leaves out: the article's own sentence, after its headline
        note = re.match(r".*?[.!?)\]](?=\s|$)|.*", note).group()  # (not its link's words, "Read the original")
        paragraphs.insert(paragraphs.index(headline) + 1 if headline in paragraphs else 0, note)
    paragraphs, noted = _notes(tree, paragraphs)
    if noted:
        notes.append(f"{len(noted)} note(s) the text marks, which the extractor left out, were put back after the "
                     f"text, the first “{clip(noted[0], 80)}”; their markers were left out of the sentences")
    paragraphs, folded = _unfolded(tree, paragraphs)
    if folded:
        notes.append(f"{len(folded)} folded box(es) beside the article's text (a <details> the reader opens, outside the "
                     f"element holding the text) left out: “{'”, “'.join(clip(f, 60) for f in folded)}”; copy in any "
                     "that belongs to the article")
    paragraphs, restored = _restored(tree, paragraphs) if not thread else (paragraphs, [])  # (a thread's posts are
    # read whole: what it leaves out is its posters' signatures)
    if restored:
        first = clip(restored[0].strip("“”\""), 80)  # its own quotation marks aside
        notes.append(f"{len(restored)} paragraph(s) of the article the extractor left out were put back where the page "
                     f"has them, the first “{first}” (a warning, a list of facts, a quotation set apart); delete any "
                     "that is no part of the article")
    shown = _visible_lines(tree) if document else "\n\n".join(paragraphs).split("\n")  # a converted PDF's: as joined
    for name, candidates in _guesses(shown, document, fields.get("url"), text).items():
        for value, origin in candidates:
            if name not in fields and value and value.strip():
                fields[name] = Found(value.strip(), origin)
    author, outlet = fields.get("author"), fields.get("outlet")
    if author and outlet and set(author.value.casefold().split()) <= set(outlet.value.casefold().split()):
        del fields["author"]  # "VNB News | Published 10 March 2026": the outlet on the byline's line, no writer; a
        # wire's "PACIFIC WIRE" of "Pacific Wire News"
    elif author and outlet and (at := re.search(rf"\s+{re.escape(outlet.value)}\b", author.value, re.I)
                                or re.search(rf"(?<=[a-z]){re.escape(outlet.value)}\b", author.value)):
        fields["author"] = Found(author.value[:at.start()], author.origin)  # "Lena Hartwig SBC News, Veltrava": the
        # writer's name, then the outlet of a byline's role ("Anna BrechtVBC News": two spans run together)
    notes += [f"a quotation {'beside the article, in a box,' if boxed else 'set apart in the article'} was left out: "
              f"“{quote}”; if the article does not give it elsewhere, copy it into the text where it stands, with who "
              "said it" for quote, boxed in (_set_apart(tree, paragraphs) if not thread else ())]  # (a post's
    # quotation of another is in the text, "> … said: …")
    left = _labelled_left_out(tree, paragraphs)
    if left:
        notes.append(f"{len(left)} labelled paragraph(s) of the article were left out, the first “{left[0]}”; if they "
                     "belong to it (a fact check's claim and verdict, a box of key figures), copy them into the text")
    if any(_SOFT_HYPHEN in p for p in paragraphs):  # "wheel\u00adchair": where a line may break, no letter of its
        paragraphs = [p.replace(_SOFT_HYPHEN, "") for p in paragraphs]  # words, and unseen in a quote copied
        notes.append("the page's soft hyphens (invisible marks where a word may break) were left out of its words")
    return Page(paragraphs, fields, notes, {_quotation(e) for e in tree.iter() if isinstance(e.tag, str)
                                            and _PULL_QUOTE.search(e.get("class") or "")})


_PULL_QUOTE = re.compile(r"pull-?quote|pull-?out|(?:^|[\s_-])pull(?:$|[\s_-])", re.I)  # a pull quote's class


def _quotation(element) -> str:
    """The words of a quotation's element, not the credit under them (its ``<footer>`` or ``<cite>``)."""
    return " ".join("".join(element.xpath(".//text()[not(ancestor::footer) and not(ancestor::cite)]")).split())


def _labelled_left_out(tree, paragraphs: list[str]) -> list[str]:
    """The paragraphs opening with a label ("Claim: …", "Verdict: …") inside the page's ``<article>`` or ``<main>``,
    outside its navigation, header, footer, asides and forms, that the extractor left out (a fact check's boxes); not
    another article's headline, a link's words or in a box of related or promoted links ("Opinion: …" in a carousel)."""
    held = " ".join(normalise(p) for p in paragraphs)
    found = []
    for p in tree.iter("p"):
        around = {a.tag for a in p.iterancestors()}
        text = " ".join(p.text_content().split())
        if around & {"article", "main"} and not around & {"nav", "header", "footer", "aside", "form", "figure", "a"} \
                and not any(_PROMOTION.search(f"{a.get('class', '')} {a.get('id', '')}") for a in p.iterancestors()) \
                and _LABELLED.match(text) and normalise(text)[:80] not in held and not chrome.find([text]):
            found.append(text)
    return found


def _restored(tree, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs, with the blocks of the page's ``<article>`` or ``<main>`` that the extractor left out put back
    before the paragraph that follows them in the page, and those blocks: a list of facts (``<dl>``: "Reference
    R-2026-0417", "Hazard Fire", each term and its description a row between tabs) and a sentence of five words or more
    in a block of its own (a notice's "Stop using these batteries immediately. …" in its ``<div
    class="warning-text">``), outside the page's navigation, header, footer, asides, figures and forms, in no box that
    sells or sends elsewhere."""
    held = [normalise(p) for p in paragraphs]
    joined = " ".join(held)
    before: dict[int, list[str]] = {}
    lost: list[str] = []
    for element in tree.iter(*_PROSE, "div", "dl", "figcaption"):
        text = " ".join(element.text_content().split())
        if normalise(text) in held:
            before.setdefault(held.index(normalise(text)), []).extend(lost)
            lost = []
        elif text and _restorable(element, text) and normalise(text) not in (held if _boxed(element) else joined):
            # (a box's item may say what a sentence of the text says: "About 640 vehicles were stranded overnight")
            lost += ["\t".join(" ".join(e.text_content().split()) for e in row) for row in _terms(element)] \
                if element.tag == "dl" else [text]
    restored = [block for blocks in before.values() for block in blocks]
    return [block for n, p in enumerate(paragraphs) for block in (*before.get(n, ()), p)], restored


def _unfolded(tree, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """``paragraphs`` without those of a folded box (a ``<details>`` outside any figure) that stands outside the
    element holding the article's other paragraphs (an appeal's "How to report information about this appeal" after
    its text's ``<div>``; not a page's questions and answers set among its paragraphs, nor a video's transcript, a box
    its summary or class calls one: the report's words), and those boxes' summaries."""
    texts = set(paragraphs)
    folds = [d for d in tree.iter("details") if not any(a.tag == "figure" for a in d.iterancestors())
             and not _TRANSCRIPT.search(" ".join([d.get("class", ""), d.get("id", ""),
                                                  *(s.text_content() for s in d.iter("summary"))]))]
    placed = [p for p in tree.iter("p") if " ".join(p.text_content().split()) in texts
              and not any(a.tag == "details" for a in p.iterancestors())]
    if not folds or len(placed) < 2:
        return paragraphs, []
    holder = next((a for a in placed[0].iterancestors() if all(a in set(p.iterancestors()) for p in placed)), None)
    apart = [d for d in folds if holder is not None and holder not in set(d.iterancestors())]
    inside = {" ".join(e.text_content().split()) for d in apart for e in d.iter("summary", *_PROSE)}
    return [p for p in paragraphs if p not in inside], [
        " ".join(s.text_content().split()) for d in apart for s in d.iter("summary")]


_TRANSCRIPT = re.compile(r"transcript", re.I)


def _restorable(element, text: str) -> bool:
    """Whether a block the extractor left out is the article's: a list of facts, or a sentence of five words or more
    in an element holding no block, in the article, outside its furniture."""
    around = list(element.iterancestors())
    tags = {a.tag for a in around}
    filmed = any(a.tag == "figure" and (a.find(".//details") is not None or _VIDEO.search(" ".join(
        f"{e.get('class', '')} {e.tag}" for e in a.iter() if isinstance(e.tag, str)))) for a in around)  # a video's
    # caption and its transcript under it (a <details> the reader opens): a broadcaster's report, told in its caption
    if not tags & {"article", "main"} or tags & {"nav", "header", "footer", "form", "dl"} or any(
            a.tag == "aside" and not _own_box(a) for a in around) or any(
            _PROMOTION.search(e.get("class", "") + " " + e.get("id", "")) for e in (element, *around)) \
            or ("figure" in tags or element.tag == "figcaption") and not filmed \
            or next(element.iter(*_CONTROLS), None) is not None \
            or not filmed and any(_PLAYER.search(e.get("class", "") + " " + e.get("id", ""))
                                       for e in (element, *around)):  # an audio player's label, not a video's words
        return False
    if element.tag == "dl":  # a list of facts, not the page's record of its publishing ("Published" 7 October 2026,
        return not any(_PUBLISHING.fullmatch(" ".join(t.text_content().split())) for t in element.iter("dt"))  # "Area"
    if filmed and element.tag == "figcaption":
        return True
    return not any(isinstance(e.tag, str) and e.tag in _LINE_BREAKING for e in element.iterdescendants()) \
        and (_boxed(element) or len(text.split()) >= 5 and bool(re.search(r"[.!?][\"”’)]*$", text))) \
        and not chrome.find([text])


_VIDEO = re.compile(r"video", re.I)  # a figure holding a <video>, or a video player's element ("video-player")
_CONTROLS = ("button", "audio", "video", "input", "select")  # a player's or a form's: no text of the article
_PLAYER = re.compile(r"player|audio|listen|podcast|(?:^|[\s_-])tts(?:$|[\s_-])", re.I)  # "audio-player", "listen-bar"
_PUBLISHING = re.compile(r"(?:first\s+|last\s+)?(?:published|posted|updated|modified|issued)(?:\s+on)?:?", re.I)


def _boxed(element) -> bool:
    """Whether ``element`` is in a box of the article's own that its heading labels as one ("Key points", "Key
    facts", "At a glance", see boxes.py): the nearest section or division around it opens with that heading."""
    box = next(element.iterancestors("section", "div", "aside"), None)
    heading = next(box.iter("h2", "h3", "h4", "strong"), None) if box is not None else None
    return heading is not None and boxes.label(heading.text_content())


def _terms(dl) -> list[list]:
    """A description list's rows: each term with its descriptions."""
    rows: list[list] = []
    for child in dl:
        if child.tag == "dt" or not rows:
            rows.append([child])
        elif child.tag == "dd":
            rows[-1].append(child)
    return rows


_LABELLED = re.compile(r"(?!(?:tags|topics|filed under|categories|share|related|read more|see also|photo|video)\b)"
                       r"[A-Z][\w’' ]{1,24}:\s+\S+(?:\s+\S+){3}", re.I)


def _set_apart(tree, paragraphs: list[str]) -> list[tuple[str, bool]]:
    """The quotations set apart (a ``<blockquote>`` outside the page's navigation, header, footer and forms) that the
    extractor left out and its paragraphs do not hold, each with whether it is in a box beside the article (an
    ``<aside>`` or ``<figure>``): a pull quote repeats the text, a quote box may not, and a chief executive's message in
    a section of its own had been lost without a word."""
    held = _letters(" ".join(normalise(p) for p in paragraphs))
    found: dict[str, bool] = {}
    for q in tree.iter("blockquote"):
        around = {a.tag for a in q.iterancestors()}
        text = _quotation(q).strip("“”\"' ")
        if not around & {"nav", "header", "footer", "form"} and len(text.split()) >= 5 \
                and _letters(normalise(text))[:64] not in held:  # its words, however spaced and punctuated
            found.setdefault(text, bool(around & {"aside", "figure"}))
    return list(found.items())


def _letters(text: str) -> str:
    """``text``'s letters and digits alone."""
    return re.sub(r"[\W_]+", "", text)


def _extracted(text: str, tree, path: Path, notes: list[str]):
    """trafilatura's result for the page (see _extract), its tables read apart from a table that lays the page out;
    without its fallback extractors on a page of over FAST_ABOVE elements, with a note."""
    elements = sum(1 for _ in tree.iter())
    if elements > FAST_ABOVE:
        notes.append(f"the page has {elements:,} elements: its article was found without trafilatura's second "
                     "opinions (jusText, readability), which would take long; check that no paragraph is missing")
    document = _extract(text, elements > FAST_ABOVE, path, tables=True)
    if document is not None and document.body is not None and _laid_out(document.body):
        document = _extract(text, elements > FAST_ABOVE, path, tables=False)
    return document


def _too_deep(text: str) -> bool:
    """Whether libxml2 stops reading the page where its elements nest more than 255 deep (an old page's `<font>` left
    open in each paragraph nests them all): what follows is lost, and trafilatura's parser says nothing of it."""
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                                  remove_pis=True)
    try:
        lxml.html.fromstring(repair_faulty_html(text, text[:50].lower()), parser=parser)
    except Exception:  # noqa: BLE001 - lxml's own errors on hostile markup: load_html reports what it cannot read
        return False
    return any("Excessive depth" in error.message for error in parser.error_log)


def _extract(text: str, fast: bool, path: Path, tables: bool):
    """trafilatura's result for the page, with its guesses of the metadata when it can make them (its date finder
    fails on some broken markup: then without); ``fast``: without its fallback extractors; ``tables``: with the
    page's tables."""
    for metadata in (True, False):
        try:
            return trafilatura.bare_extraction(_held(_shown(load_html(text))), fast=fast, with_metadata=metadata,
                                               include_comments=False, include_tables=tables, include_images=False,
                                               include_formatting=False, include_links=False, deduplicate=False,
                                               date_extraction_params={"original_date": True,
                                                                       "extensive_search": True})
        except Exception:  # noqa: BLE001 - a library's failure on hostile markup is no traceback for the editor
            continue
    _fail(path, f"the page's markup is too broken to find the article in; {AGAIN}")


def _guesses(lines: list[str], document, url: Found | None, text: str) -> dict[str, list[tuple[str | None, str]]]:
    """For each field, what the page's text shows (as for a .txt article) and what trafilatura guesses, in order;
    its date only when the page (``text``, its markup) writes that day."""
    skip = {c.line for c in chrome.find(lines)}
    first = article.headline(lines, skip)
    if document is None:  # a document exported or converted as a page: its
        # <title> is the file's name, no headline nor site ("Letter to parents 19.09.25 - roof closure update"): what
        top = next(((n, line.strip()) for n, line in enumerate(lines, 1) if line.strip()), (0, ""))  # its text
        letterhead = article.publisher_heading(top[1])  # shows, the title under its letterhead's body's name
        outlet = letterhead or article.outlet(lines)
        first = article.headline(lines, skip | {top[0]}) if letterhead else first
        label = next((line.strip() for line in lines[top[0]:] if line.strip()), "")
        if letterhead and _LABEL.fullmatch(label) and not article.date_in(label) and (
                not first or re.search(r"[.!?][\"”’)]*$", first[1])):  # "Club statement" under it, no headline but
            first = (top[0] + 1, f"{article.full_name(letterhead)}: {label}")  # its text's first sentence: the
            # document's kind, the body's
        return {"title": [(first[1] if first else None, _COPIED)], "author": [(article.author(lines), _COPIED)],
                "published": [(article.published(lines, url.value if url else None), _COPIED)],
                "outlet": [(outlet, _COPIED)]}
    return {"title": [(document.title, _TRAFILATURA), (first[1] if first else None, _COPIED)],
            "author": [(article.author(lines), _COPIED),
                       (_names([n for n in document.author.split("; ") if len(n.split()) > 1 and all(
                           w[:1].isupper() or w in article.PARTICLES for w in n.split())])  # a person's names: not
                        if document.author else None, _TRAFILATURA)],  # "Issued" of "Issued on: 07/07/2017", nor a
            # label, "Club statement"
            "published": [(article.published(lines, url.value if url else None), _COPIED),
                          (document.date if _written(document.date, lines, text) else None, _TRAFILATURA)],
            "outlet": [(document.sitename, _TRAFILATURA)]}


_LABEL = re.compile(rf"[A-Z][\w’'-]*(?:\s+[\w’'-]+){{0,{article.MIN_HEADLINE_WORDS - 2}}}")  # a document's kind: "Club
# statement", "Media release" (fewer words than a headline, no stop)


def _written(day: str | None, lines: list[str], text: str) -> bool:
    """Whether the page writes the day ``day`` (YYYY-MM-DD) in figures in its markup or in words in its text:
    trafilatura's date finder makes a day of a month or a year ("2017-07" → 2017-07-02), which the page never gives."""
    if not day:
        return False
    year, month, date = day[:4], int(day[5:7]), int(day[8:10])
    figures = (rf"(?<!\d){year}[-/.]0?{month}[-/.]0?{date}(?!\d)|(?<!\d)0?{date}[-/.]0?{month}[-/.]{year}(?!\d)"
               rf"|(?<!\d)0?{month}/0?{date}/{year}(?!\d)")
    return bool(re.search(figures, text)) or any(article.date_in(line) == day for line in lines)


_NOTES = "data-dossier-notes"  # set by _shown on a list of notes the text marks


def _notes(tree, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs with the notes the text marks (an ``<ol>`` of them after it, which the extractor left out: a
    print page's sources) put back after the paragraph the page has before them, each item a paragraph; and those
    notes."""
    held = [normalise(p) for p in paragraphs]
    at, found = len(paragraphs), []
    for element in tree.iter(*_PROSE, "ol", "ul"):
        text = normalise(" ".join(element.text_content().split()))
        if text in held:
            at = held.index(text) + 1
        elif element.get(_NOTES) is not None:
            items = [" ".join(li.text_content().split()) for li in element.iter("li")]
            items = [item for item in items if item and normalise(item) not in held]
            paragraphs = [*paragraphs[:at], *items, *paragraphs[at:]]
            held = [*held[:at], *map(normalise, items), *held[at:]]
            at, found = at + len(items), found + items
    return paragraphs, found


_NOTE_MARK = re.compile(r"\[?\(?(?:\d{1,3}|[a-z]|[*†‡§])\)?\]?|[↩↑^]")  # a note's marker, "1", "[2]", "*"; its link back


def _shown(tree):
    """The page's tree without what a browser never shows: elements with the ``hidden`` attribute (not
    "until-found", which the browser's search opens) or styled ``display: none``, and the content of ``<template>``s
    (trafilatura's last resort for a short article, under 250 characters, would keep them); and a note's marker (a
    ``<sup>`` linking to the note, "<sup><a href="#fn1">1</a></sup>"), which the text would glue to a figure ("began at
    19:00.1"), and a note's link back to it ("↩")."""
    if tree is None:
        return tree
    ids = {e.get("id") for e in tree.iter() if isinstance(e.tag, str) and e.get("id")}
    marks = [a for a in tree.iter("a") if (a.get("href") or "").startswith("#") and a.get("href")[1:] in ids
             and _NOTE_MARK.fullmatch(a.text_content().strip())]
    parts, prompts = _walled(tree)
    for part in parts:
        part.attrib.pop("hidden", None)
        part.attrib.pop("style", None)
    for element in [e for e in tree.iter() if e.tag == "template" or e.get("hidden", "until-found") != "until-found"
                    or _NOT_SHOWN.search(e.get("style") or "")] + prompts + [
            next((s for s in a.iterancestors("sup")), a) for a in marks
            if a.text_content().strip() in "↩↑^" or next(a.iterancestors("sup"), None) is not None]:
        if element.tag == "sup" and (note := tree.get_element_by_id(element.find(".//a").get("href")[1:], None)) \
                is not None and (listed := next(note.iterancestors("ol", "ul"), None)) is not None:
            listed.set(_NOTES, "")  # the list of the notes it marks
        if element.getparent() is not None:
            element.drop_tree()  # its tail, the text after it, stays
    return tree


_NOT_SHOWN = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)


def _walled(tree) -> tuple[list, list]:
    """The parts of the article that its JSON-LD declares are for subscribers (``hasPart`` of
    ``isAccessibleForFree: false``, found by its ``cssSelector``: ".subscriber-only"), which the page hides until a
    subscriber signs in: its text, though hidden; and, when there are, the boxes outside them asking the reader to
    subscribe (of a paywall's class or id, "paywall-prompt", of PROMPT_WORDS words at most): no part of the text."""
    nodes, _ = _json_ld(tree, [])
    selectors = [selector.strip() for node in nodes if _is_article(node) for part in _listed(node.get("hasPart"))
                 if isinstance(part, dict) and str(part.get("isAccessibleForFree")).strip().lower() == "false"
                 for listed in _listed(part.get("cssSelector")) if isinstance(listed, str)
                 for selector in listed.split(",")]
    parts = [e for e in tree.iter() if isinstance(e.tag, str) and any(_selected(e, s) for s in selectors)]
    if not parts:
        return [], []
    around = {e for part in parts for e in (part, *part.iterancestors(), *part.iterdescendants())}
    prompts: list = []
    for element in tree.iter():
        if isinstance(element.tag, str) and element not in around and _PAYWALL.search(
                f"{element.get('class', '')} {element.get('id', '')}") \
                and len(element.text_content().split()) <= PROMPT_WORDS \
                and not any(a in prompts for a in element.iterancestors()):
            prompts.append(element)
    return parts, prompts


_PAYWALL = re.compile(r"pay-?wall|reg-?wall|subscri|(?:^|[\s_-])(?:meter|piano|tp-container)(?:$|[\s_-])", re.I)
PROMPT_WORDS = 80  # a subscription prompt's, at most: an offer and a sign-in link, never an article's text
_SIMPLE_SELECTOR = re.compile(r"(?P<tag>[a-zA-Z][\w-]*)?(?P<rest>(?:[.#][\w-]+)+)|(?P<only>[a-zA-Z][\w-]*)")


def _selected(element, selector: str) -> bool:
    """Whether ``element`` is what a simple CSS selector picks: "div.subscriber-only", ".locked.premium", "#rest"
    (descendant and attribute selectors pick nothing here)."""
    match = _SIMPLE_SELECTOR.fullmatch(selector)
    if not match:
        return False
    tag = match["tag"] or match["only"]
    classes = set((element.get("class") or "").split())
    return (not tag or element.tag == tag.lower()) and all(
        name[1:] in classes if name[0] == "." else element.get("id") == name[1:]
        for name in re.findall(r"[.#][\w-]+", match["rest"] or ""))


def _held(tree):
    """The page's tree for trafilatura, with private-use characters holding what it would change: white space alone
    between two elements ("<a>Whitfield’s</a> <b>motorcade</b>"), which its fallback extractors drop, and no-break
    spaces, which it makes plain spaces (French typography puts them inside guillemets and before : ; ! ?); and
    the words of the elements in a text that it would lose (_UNWRAPPED), as text (and of a <time> of day outside
    one, a live blog entry's)."""
    if tree is None:
        return tree
    for name in ("entry", "post"):  # a live page's entries, each class="entry": trafilatura took the first such
        entries = tree.xpath(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]")  # element for
        for element in entries if len(entries) > 1 else ():  # the article's body, and lost a pinned summary before
            del element.attrib["class"]  # them; a forum's posts, class="post bg2", all but its first
    for box in list(tree.iter("aside")):  # a box of the article's own ("What we know so far")
        if _own_box(box):
            box.tag = "div"
    for element in tree.iter("p", "div", "span"):  # a record's time stamp alone, class "timestamp", which trafilatura
        if _STAMP_CLASS.search(element.get("class") or "") and _STAMP.fullmatch(element.text_content()):  # discards:
            del element.attrib["class"]  # the times of a sitting's speeches ("15:12"), kept as a live blog's are
    for quote in list(tree.iter("blockquote")):  # an embedded post's credit under its words ("— Vessendale Police
        _credit_apart(quote)  # (@VessPolice) September 14, 2026"), which trafilatura dropped: a paragraph of its own
    for element in list(tree.iter(*_UNWRAPPED)):
        if any(a.tag in _PROSE for a in element.iterancestors()):
            element.drop_tag()  # its words stay, in their place
        elif element.tag == "time" and element.getparent().tag != "header" and (
                _STAMP.fullmatch(stamp := element.text_content()) or article.time_in(stamp) and article.banner(
                    stamp)):  # a live blog entry's time of day, its day too ("10 March, 14:05"; not a byline's
            # date): a paragraph of its
            element.tag = "p"  # own (in a post's <header>, left out with it: made a paragraph there, it had
            # trafilatura drop the page's summary of key events)
    if any(chr(c) in tree.text_content() for c in _RESTORED):  # the page uses these characters itself
        return tree
    verbatim = {e for v in tree.iter(*_VERBATIM) for e in v.iter()}
    for element in tree.iter():
        if isinstance(element.tag, str):  # not a comment, whose tail is all that shows
            element.text = _holding(element.text, element in verbatim)
        element.tail = _holding(element.tail, element.getparent() in verbatim)
    return tree


def _own_box(box) -> bool:
    """Whether an ``<aside>`` is a box of the article's own ("What we know so far", "Key facts"): in its
    ``<article>`` or ``<main>``, of eight words or more, mostly not links, holding no button, form or quotation (noted
    apart) and no newsletter's, promotion's or related links' box."""
    text = len(box.text_content().split())
    return any(a.tag in ("article", "main") for a in box.iterancestors()) and text >= 8 \
        and sum(len(a.text_content().split()) for a in box.iter("a")) * 2 < text \
        and next(box.iter("button", "form", "input", "iframe", "blockquote"), None) is None \
        and not _PROMOTION.search(" ".join(e.get("class", "") + " " + e.get("id", "") for e in box.iter()))


def _credit_apart(quote) -> None:
    """Make the loose text and links after a quotation's last paragraph, when they credit it (a dash, or a handle),
    a paragraph of the quotation."""
    paragraphs = [child for child in quote if child.tag == "p"]
    if not paragraphs:
        return
    last = paragraphs[-1]
    rest = list(last.itersiblings())
    credit = (last.tail or "") + " ".join(e.text_content() for e in rest if isinstance(e.tag, str))
    if not _CREDIT.match(credit) or any(e.tag in _PROSE for e in rest if isinstance(e.tag, str)):
        return
    line = lxml.html.Element("p")
    line.text, last.tail = last.tail, None
    for element in rest:
        line.append(element)  # moved
    last.addnext(line)


_CREDIT = re.compile(r"\s*(?:[—–-]|&mdash;)\s*\S.{0,80}?(?:@\w{1,30}|\d{4})", re.S)  # "— Jo (@millane_jo) September…"
_PROMOTION = re.compile(r"newsletter|sign-?up|subscri|promo|advert|\bads?\b|sponsor|related|share|social|donat",
                        re.I)  # a box beside the article that sells or sends elsewhere


def _holding(text: str | None, verbatim: bool) -> str | None:
    if not text:
        return text
    if not verbatim and not _WHITE.sub("", text):
        return _BETWEEN
    return text.translate(_HELD)


def _decode(raw: bytes, path: Path, notes: list[str], charset: str | None = None) -> str:
    """The page's text, by its byte-order mark, else by the ``charset`` a web archive declares for it or the one it
    declares itself (but as UTF-8 when its bytes are UTF-8's, beyond ASCII: a page saved again as UTF-8 that kept its
    old declaration; noted), else as UTF-8; without the characters no browser shows (a bell, a noncharacter), which a
    source's file may not hold."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return _decoded(raw[len(bom):], codec, f"it starts with a {codec.upper()} byte-order mark", path)
    if b"\x00" in raw:
        _fail(path, "the file holds NUL characters, so it is not a web page saved as HTML; " + AGAIN)
    match = None if charset else _CHARSET.search(raw[:_CHARSET_WITHIN])
    if not charset and not match:
        return _decoded(raw, "utf-8", "the page declares no charset", path)
    declared = (charset or match.group(1).decode("ascii")).lower()
    who = "the web archive declares the page's charset" if charset else "the page declares charset"
    try:
        codec = codecs.lookup("cp1252" if declared in _WINDOWS_1252 else declared).name  # as browsers read it
    except LookupError:
        _fail(path, f"{who} {declared}, which is not a known character encoding; {AGAIN}")
    if codec.startswith("utf-16") and not charset:  # a page read as ASCII to find this cannot be UTF-16: browsers
        codec = "utf-8"  # read UTF-8
    if codec != "utf-8" and not raw.isascii() and _is_utf8(raw):
        notes.append(f"{who} {declared}, but its bytes are UTF-8's (a page saved again as UTF-8): it was read as "
                     "UTF-8; check a few accented words")
        codec = "utf-8"
    return _decoded(raw, codec, f"{who} {declared}", path)


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decoded(raw: bytes, codec: str, why: str, path: Path) -> str:
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        start = raw.rfind(b"\n", 0, exc.start) + 1
        shown = raw[start:].split(b"\n", 1)[0].decode(codec, "replace").strip()
        column = len(raw[start:exc.start].decode(codec, "replace")) + 1
        raise DossierError([Problem(Located(path, line, column),
                                    f"not valid {codec} (byte 0x{raw[exc.start]:02x}) in `{clip(shown)}`, and "
                                    f"{why}; {AGAIN}")]) from None
    return _REFERENCE.sub(_unless_forbidden, FORBIDDEN.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))


_REFERENCE = re.compile(r"&#(?:[xX](?P<hex>[0-9a-fA-F]{1,8})|(?P<dec>\d{1,10}));?")  # "&#1;", "&#xFFFE;"


def _unless_forbidden(reference: re.Match) -> str:
    """A character reference to a character no page can show (a control character, a noncharacter) left out, as
    the character itself is; any other kept for the parser."""
    code = int(reference["hex"], 16) if reference["hex"] else int(reference["dec"])
    return "" if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or FORBIDDEN.match(chr(code)) else reference.group()


def _markup(tree, text: str, notes: list[str], address: str | None = None) -> dict[str, Found]:
    """The fields the page's markup states: JSON-LD's article first, then the <h1> (a title), meta tags and links,
    the web archive's ``address`` of the page last."""
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key and content:
            meta.setdefault(key, content)
    nodes, ids = _json_ld(tree, notes)
    story = next((n for n in nodes if _is_article(n) and n.get("headline")), None) or next(
        (n for n in nodes if _is_article(n)), {})
    found = _stated(story, ids)
    headline = _headline(tree)
    if "title" not in found and headline and not article.publisher_heading(headline):  # not a body's name over its
        # record, "Public Accounts and Pensions Committee": og:title is the document's
        h1s = [_WHITE.sub(" ", h.text_content()).strip(" ") for h in tree.iter("h1")]
        found["title"] = Found(headline, "the page's <h1>" if headline in h1s else
                               "the page's <h2>, under a show's name in capitals, its <h1>")
    for name, keys in _META.items():
        for key in keys:
            value = meta.get(key, "")
            if name == "published":
                value = _date(value)
            elif name == "author":  # a person, or a body's team that writes for it: "NFSA Incidents Team"
                value = re.sub(r"^([^,\s][^,]*),\s*([^,]+)$", r"\2 \1", value.strip()) if key == "citation_author" \
                    else value  # a journal's "Reyne, Tomas"
                value = _names([value]) or (value.strip() if _BODY_TEAM.fullmatch(value.strip()) else "")
            elif name == "outlet":  # "Bloomberg.com": the site's address for its name
                value = re.sub(r"^([A-Z][\w-]+)\.(?:com|org|net|co\.uk|com\.au)$", r"\1", value)
            if name not in found and value and not value.startswith(("http://", "https://")):
                found[name] = Found(html.unescape(value), f"meta {key}")
    site = meta.get("og:site_name", "")
    if "outlet" in found and found["outlet"].origin.startswith("JSON-LD") and site.casefold().startswith(
            found["outlet"].value.casefold() + " ") and site in " ".join(_visible_lines(tree)):
        found["outlet"] = Found(site, "meta og:site_name, the JSON-LD publisher's fuller name, which the page's text "
                                      "gives")  # "Vale Six News has learned": not the company's "Vale Six"; not an
        # edition's name that only the <title> and the logo give ("Hlas Vestrany English")
    if "published" not in found and (day := _time_published(tree)):
        found["published"] = Found(day, "the page's <time datetime>, over the article")
    if "outlet" not in found and (site := _titled_site(tree, found.get("title"))):
        found["outlet"] = Found(site, "the page's <title>, after the headline")
    bylines = [" ".join(" ".join(e.itertext()).split()) for e in tree.iter() if isinstance(e.tag, str)
               and _BYLINE_CLASS.search(e.get("class") or "")]
    signed = next((b for t in bylines if (b := article.byline(t) or article.names(t))), None)
    if "outlet" not in found and (named := next((o for t in bylines if (o := article.outlet([t]))
                                                 in re.split(r"\s+[·|•]\s+", t)[1:]), None)):
        found["outlet"] = Found(named, "the page's byline, after its writer")  # "Kirsty Vaughan, Environment
        # Correspondent · The Albion Herald" on a read-it-later app's copy
    if signed and "author" in found and found["author"].value in signed.split(" and ")[:1] and " and " in signed:
        found["author"] = Found(signed, "the page's byline")  # "By Alek Morrow and Jana Sebek": the meta tag names
        # only the first
    reader, writer = _reader_view(tree)
    if writer and "author" not in found:
        found["author"] = Found(writer, "the Reader View's credits line")
    links = [(element.get("href") or "").strip() for element in tree.iter("link")
             if "canonical" in (element.get("rel") or "").lower().split()]
    main = ids.get(_id(story.get("mainEntityOfPage")), story.get("mainEntityOfPage"))
    for value, origin in [(link, "link rel=canonical") for link in links] + [
            (meta.get("og:url"), "meta og:url"), (_text(story.get("url")), f"JSON-LD {_kind(story)} url"),
            (_doi(meta.get("citation_doi")), "meta citation_doi, the article's DOI"),
            (_text(main.get("@id") if isinstance(main, dict) else main), f"JSON-LD {_kind(story)} mainEntityOfPage"),
            (next(iter(_SAVED_FROM.findall(text[:4096])), None), "the browser's \"saved from\" note"),
            (_saved_from(tree), "the read-it-later app's \"Saved from\" link"),
            (reader, "the Reader View's link to the original page"),
            (address, "the web archive's address of the page")]:
        if value and re.match(r"https?://\S+$", value):
            archived = _ARCHIVED.match(value)
            found["url"] = Found(archived["original"], f"{origin}, the address a web archive's capture gives") \
                if archived else Found(value, origin)
            break
    for value, origin in ((tree.get("lang"), "html lang"), (meta.get("og:locale"), "meta og:locale")):
        if "language" not in found and _language(value):
            found["language"] = Found(_language(value), origin)
    return found


# A web archive's address of its capture of a page, the page's own address after the capture's time:
# "https://archive.example.org/web/20261015083012/https://www.courier.example/sport/…"
_ARCHIVED = re.compile(r"https?://[^/\s]+/(?:web/|wayback/)?\d{8,14}(?:[a-z]{2}_)?/(?P<original>https?://\S+)")


def _saved_from(tree) -> str | None:
    """The article's address a read-it-later app's page gives over it: "Saved from <a href=…>courier.example</a>"."""
    for element in tree.iter("div", "p", "span", "header"):
        link = element.find(".//a[@href]")
        if link is not None and re.match(r"\s*saved\s+from\b", element.text_content(), re.I):
            return link.get("href").strip()
    return None


def _reader_view(tree) -> tuple[str | None, str | None]:
    """What a browser's Reader View (Firefox's, saved as a page) writes over the article: the original page's address
    (its header's ``reader-domain`` link) and the writer its credits line names (the page's byline as the Reader
    found it: "Rob Tennant, Northmere Farmer", "By Rob Tennant | Farm desk"); None for each it does not give."""
    def classed(element, name: str) -> bool:
        return name in (element.get("class") or "").split()

    address = next((a.get("href").strip() for a in tree.iter("a") if classed(a, "reader-domain") and a.get("href")),
                   None)
    credits = next((" ".join(e.text_content().split()) for e in tree.iter() if isinstance(e.tag, str)
                    and classed(e, "reader-credits")), "")
    first = re.split(r"\s*[,|·•]\s*", credits)[0]
    return address, article.byline(credits) or (_names([first]) if first and article.names(first) == first else None)


def _stated(story: dict, ids: dict[str, dict]) -> dict[str, Found]:
    """What the JSON-LD article ``story`` states (its author and publisher may be @id references into ``ids``)."""
    def resolved(value):
        return ids.get(_id(value), value)

    stated = [("title", "headline", _text(story.get("headline"))), ("title", "name", _text(story.get("name"))),
              ("author", "author", _names(_name(a) for a in map(resolved, _listed(story.get("author")))
                                          if not _organisation(a))),
              ("published", "datePublished", _date(_text(story.get("datePublished")))),
              ("outlet", "author", _issuer(story, resolved)),
              ("outlet", "publisher", next(filter(None, map(_name, map(resolved, _listed(story.get("publisher"))))),
                                           None)),
              ("language", "inLanguage", _language(_text(story.get("inLanguage"))))]
    found: dict[str, Found] = {}
    for name, key, value in stated:
        if value and name not in found:
            found[name] = Found(value, f"JSON-LD {_kind(story)} {key}")
    return found


def _issuer(story: dict, resolved) -> str | None:
    """The organisation a JSON-LD article names as its author, when another publishes it: the issuer of an
    announcement a news service carries ("Aldrane Chemicals plc", published by "VSX Regulatory News Service"); not
    the publisher under a shorter name ("PACIFIC WIRE" of "Pacific Wire News")."""
    publisher = " ".join(filter(None, map(_name, map(resolved, _listed(story.get("publisher")))))).casefold().split()
    return next((name for a in map(resolved, _listed(story.get("author"))) if _organisation(a) and (name := _name(a))
                 and not set(name.casefold().split()) <= set(publisher)
                 and not (publisher and article.DEPARTMENT.search(name))), None)  # not the publisher's own press
    # office ("ATU Press Office" of "Allied Teachers' Union")


def _id(value) -> str | None:
    """The @id of a reference ({"@id": "…"}), else None."""
    return value["@id"] if isinstance(value, dict) and isinstance(value.get("@id"), str) else None


def _kind(story: dict) -> str:
    """The article's JSON-LD type, as the output names it: 'NewsArticle'."""
    return next((t for t in _types(story) if t in _ARTICLE_TYPES or t.endswith("Article")), "article")


_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|byl|authors?)(?:$|[\s_-])", re.I)  # the byline's element:
# "byline", "article-byline", "story-meta__authors", "lede-text-v2__byline"
# What sites call the summary under a headline, in its element's class: "standfirst", "dek", "subheadline", "lead".
_STANDFIRST = re.compile(r"stand-?first|\bdeck?\b|dek|sub-?head|strap|summary|lede|lead(?!er)|intro|teaser|desc", re.I)
STANDFIRST_WORDS = 6


def _unsponsored(tree, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """``paragraphs`` without those the page has only in a box that its class or id calls sponsored, promoted or an
    advert ("sponsored", "partner-content", "promo"), a box smaller than the rest of the text; and those."""
    total = sum(len(p) for p in paragraphs)
    boxed = set()
    for box in tree.iter():
        if isinstance(box.tag, str) and _SPONSORED.search(f"{box.get('class', '')} {box.get('id', '')}") \
                and len(box.text_content()) * 3 < total:
            boxed |= {" ".join(e.text_content().split()) for e in box.iter(*_PROSE, "div")}
    elsewhere = {" ".join(e.text_content().split()) for e in tree.iter(*_PROSE)
                 if not any(_SPONSORED.search(f"{a.get('class', '')} {a.get('id', '')}") for a in (e, *e.iterancestors()))}
    left = [p for p in paragraphs if p in boxed and p not in elsewhere]
    return [p for p in paragraphs if p not in left], left


_SPONSORED = re.compile(r"sponsor|promot(?:ed|ion)|\bpromo\b|advert|partner-?content|paid-?(?:content|post)", re.I)


def _rejoined_rows(tree, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with a table's row that the extractor gave cell by cell (a fallback extractor's "Length
    overall" / "334 m") one paragraph again, its cells between tabs, as a row is imported (_rows); and so a
    definition list's term and its value ("Time of call" / "19:47", which alone had been taken for a video's length
    and deleted)."""
    terms = [[element, element.getnext()] for element in tree.iter("dt")
             if element.getnext() is not None and element.getnext().tag == "dd"]
    for row in [*tree.iter("tr"), *terms]:
        cells = [" ".join(c.text_content().split()) for c in row if c.tag in ("th", "td", "dt", "dd")]
        cells = [c for c in cells if c]
        if len(cells) < 2:
            continue
        at = next((n for n in range(len(paragraphs) - len(cells) + 1) if paragraphs[n:n + len(cells)] == cells), None)
        if at is not None:
            paragraphs = [*paragraphs[:at], "\t".join(cells), *paragraphs[at + len(cells):]]
    return paragraphs


def _article_body(tree, paragraphs: list[str]) -> tuple[list[str], list[str], list[str]]:
    """``paragraphs`` with the JSON-LD article's articleBody (or its ``text``) as the article's text, parted as it
    parts it (see _body_parts), when the page shows no more of it than the extractor's one paragraph of it (a page
    that shows its text only through its scripts: a Next.js shell) or than its start (a paywall's teaser, the rest
    in articleBody alone: the body holds a paragraph the page shows and at least BODY_SHARE times the page's words),
    led by the article's description, its standfirst, when the text does not give it; what was put in: the
    description (or "") and the parts, or none; and what the page showed after the start it cut, left out (a
    paywall's offer)."""
    nodes, _ = _json_ld(tree, [])
    story = next((n for n in nodes if _is_article(n) and _text(n.get("articleBody") or n.get("text"))), None)
    if story is None:
        return paragraphs, [], []
    body = html.unescape(next(filter(None, _listed(story.get("articleBody") or story.get("text")))))
    letters = _letters(normalise(body))
    held = [n for n, p in enumerate(paragraphs)
            if len(p.split()) >= STANDFIRST_WORDS and _letters(normalise(p)) in letters]
    at = next((n for n, p in enumerate(paragraphs) if _letters(normalise(p)) == letters), None)
    cut = at is None and held and len(body.split()) >= BODY_SHARE * sum(len(p.split()) for p in paragraphs)
    parts = _body_parts(body, [paragraphs[n] for n in held])
    if at is None and not cut or at is not None and len(parts) < 2:
        return paragraphs, [], []
    described = _text(story.get("description")) or ""
    if cut:  # after the teaser: the headline and the standfirst, put before it, or what the page shows in its stead
        heads = [p for p in paragraphs[held[0] + 1:] if p in (_headline(tree), described)]
        left = [p for p in paragraphs[held[0] + 1:] if p not in heads and _letters(normalise(p)) not in letters]
        paragraphs, at = [*paragraphs[:held[0]], *heads, body], held[0] + len(heads)
    described = "" if len(described.split()) < STANDFIRST_WORDS or any(described in p for p in paragraphs) else described
    return [*paragraphs[:at], *filter(None, [described]), *parts, *paragraphs[at + 1:]], [described, *parts], \
        left if cut else []


def _scripted(tree, paragraphs: list[str]):
    """``paragraphs``, or the article the JSON of the page's scripts carries (page_json.py: a client-rendered page
    shows an empty root and "Loading…", its text only in Next.js's __NEXT_DATA__ or Nuxt's payload), led by its
    headline, when it holds BODY_SHARE times the words the page shows and the page shows no sentence that it does not
    hold (its teaser, or none); that story (or None); and what the page showed instead."""
    story = page_json.read(tree)
    if story is None or story.words < BODY_SHARE * sum(len(p.split()) for p in paragraphs):
        return paragraphs, None, []
    held = _letters(normalise(" ".join(story.paragraphs)))
    if any(_letters(normalise(p)) not in held for p in paragraphs
           if len(p.split()) >= STANDFIRST_WORDS and re.search(r"[.!?][\"”’)]*$", p)):
        return paragraphs, None, []  # the page shows another text: a section's page
    return [*filter(None, [story.headline]), *story.paragraphs], story, [
        p for p in paragraphs if _letters(normalise(p)) not in held]


def _json_fields(tree, story: page_json.Story) -> dict[str, Found]:
    """The fields the article in the page's JSON gives (its headline, byline and date), and the outlet a client-rendered
    shell's <title> names (the site's, before its scripts write the headline's: "Nordline News")."""
    found = {name: Found(value, f"the page's JSON ({story.where}): its {key}") for name, key, value in (
        ("title", "headline", story.headline), ("author", "byline", _names([story.byline or ""])),
        ("published", "date", _date(story.published))) if value}
    named = _title(tree)
    if 2 <= len(named.split()) <= 5 and all(w[:1].isupper() for w in named.split()) \
            and named.casefold() not in (story.headline or "").casefold():  # (not the headline, in capitals)
        found["outlet"] = Found(named, "the page's <title>, the site's name over the article its JSON gives")
    return found


def _nothing(tree, paragraphs: list[str]) -> str:
    """Why a page holding no article text is refused, naming what was read: what it shows, its JSON-LD, its scripts'
    JSON."""
    carried = len(page_json.scripts(tree))
    shown = [p for p in paragraphs if re.search(r"[^\W\d_]", p)]
    return ("found no article text in the page: it shows "
            + (f"only “{'”, “'.join(clip(p, 60) for p in shown[:3])}”" if shown else "no text the extractor found")
            + ", its JSON-LD gives no articleBody, and "
            + (f"none of the JSON its scripts carry ({carried} block(s)) holds an article's body" if carried
               else "no script of it carries JSON")
            + f" (a paywall, a section's page, or a page its scripts fill in from elsewhere?); {AGAIN}")


BODY_SHARE = 1.5  # times the words the page shows: a JSON-LD body holding that many more is the article the page cuts
_GLUED = re.compile(r"(?<=[^\W\d_]{2}[.!?])(?=[A-Z])|(?<=[^\W\d_]{2}[.!?][\"”’])(?=[A-Z“\"‘])")  # "…day.The race…"


def _body_parts(body: str, shown: list[str]) -> list[str]:
    """A JSON-LD body's paragraphs: parted by its blank lines, else by its lines, else where a paragraph's last
    sentence is glued to the next one's first ("…a second day.The race started…", its paragraphs' texts joined with
    nothing between them); and after each paragraph the page shows (``shown``) that begins one of them (a body whose
    paragraphs are joined by spaces)."""
    body = body.replace("\r\n", "\n").strip()
    parted = re.split(r"\n\s*\n", body) if "\n\n" in body else body.split("\n") if "\n" in body else _GLUED.split(body)
    parts = [_WHITE.sub(" ", p).strip() for p in parted if p.strip()]
    for start in (_WHITE.sub(" ", p).strip() for p in shown):
        at = next((n for n, p in enumerate(parts) if p.startswith(start) and len(p) > len(start) + 1), None)
        if at is not None:
            parts[at:at + 1] = [start, parts[at][len(start):].strip()]
    return parts


def _standfirst(tree, paragraphs: list[str]) -> str | None:
    """The standfirst the extractor left out, or put further down (after a live page's first entry): the first
    element after the page's <h1> and before the article's first paragraph, of STANDFIRST_WORDS words or more, that
    its class calls one ("standfirst", "dek", "subheadline", "leadtext", "article__desc") or that the page's
    description begins."""
    h1 = next((h for h in tree.iter("h1") if len(h.text_content().split()) >= article.MIN_HEADLINE_WORDS), None)
    if h1 is None or not paragraphs:
        return None
    described = [" ".join(d.split())[:60] for d in tree.xpath(
        '//meta[@name="description" or @property="og:description"]/@content') if len(d.split()) >= 3]
    inside = set(h1.iterdescendants())
    after = itertools.dropwhile(lambda e: e is not h1, tree.iter())
    for element in itertools.islice((e for e in after if e is not h1 and e not in inside), 40):
        if not isinstance(element.tag, str):
            continue
        text = _WHITE.sub(" ", element.text_content()).strip()
        if text == paragraphs[0]:
            return None  # the article began
        summary = element.tag in ("p", "div", "h2", "h3") and len(text.split()) >= STANDFIRST_WORDS and not any(
            isinstance(e.tag, str) and e.tag in _BLOCK_TAGS for e in element.iterdescendants()) and (
            _STANDFIRST.search(element.get("class") or "") or any(text.startswith(d) for d in described))
        if summary or text in paragraphs:
            return text if summary else None  # the extractor has the article, or has the summary further down
    return None


def _time_published(tree) -> str | None:
    """The day of the page's first ``<time datetime>`` over the article's text (before its first paragraph of
    STANDFIRST_WORDS words or more that holds no time: not a dateline), outside its navigation, boxes and figures, that
    says no update ("Updated <time …>"): "<time datetime="2026-08-10T19:30:00+03:00">10 August 2026, 19:30</time>"
    under a broadcaster's headline."""
    framed = tree.find(".//article") is not None or tree.find(".//main") is not None
    for element in tree.iter("time", "p"):
        around = {a.tag for a in element.iterancestors()}
        if element.tag == "p" and len(element.text_content().split()) >= STANDFIRST_WORDS \
                and element.find(".//time") is None and not around & {"nav", "aside", "footer", "figure"} \
                and (around & {"article", "main"} or not framed):  # (not a cookie banner's, over an article)
            return None  # the text began
        if element.tag == "time" and (day := _date(element.get("datetime"))) \
                and not around & {"nav", "aside", "footer", "figure", "li", "blockquote"} \
                and not re.search(r"updat|modif|edit", " ".join([element.get("class", ""), element.get("itemprop", ""),
                                                                 element.text_content(), _before(element)]), re.I):
            return day
    return None


def _before(element) -> str:
    """The text just before ``element`` in its parent: "Updated " before a <time>."""
    previous = element.getprevious()
    return (previous.tail if previous is not None else element.getparent().text) or ""


def _kicker(tree, paragraphs: list[str]) -> tuple[list[str], str | None]:
    """``paragraphs`` without the kicker over the headline (an element just before the page's <h1> whose class calls
    it one, "kicker", "eyebrow", "overline", of a few words and no sentence: an e-paper's "VARNHOLT | THEATRE
    COLLAPSE", the section's label and the story's topic), and that kicker (or None)."""
    h1 = next((h for h in tree.iter("h1") if len(h.text_content().split()) >= article.MIN_HEADLINE_WORDS), None)
    for element in h1.itersiblings(preceding=True) if h1 is not None else ():
        text = _WHITE.sub(" ", element.text_content()).strip(" ") if isinstance(element.tag, str) else ""
        if text and _KICKER.search(element.get("class") or "") and len(text.split()) <= KICKER_WORDS \
                and not re.search(r"[.!?][\"”’)]*$", text) and text in paragraphs:
            return [p for p in paragraphs if p != text], text
        if text:
            return paragraphs, None  # only the element just before it
    return paragraphs, None


_KICKER = re.compile(r"kicker|eyebrow|overline|topper|rubric|(?:^|[\s_-])flag(?:$|[\s_-])", re.I)
KICKER_WORDS = 8  # a kicker's, at most: a section's and a topic's names


def _title(tree) -> str:
    """The page's <title>, its white space collapsed."""
    title = tree.find(".//title")
    return _WHITE.sub(" ", title.text_content()).strip() if title is not None else ""


def _titled_site(tree, headline: Found | None) -> str | None:
    """The site's name a page's <title> gives after its headline, or after the headline's first words (a print page's
    "After the record, the questions: what … cost | The Valdmere Courier"): "Communiqué on the talks | Ministry of
    Foreign Affairs of the Kingdom of Aldmark"; None when the title is not the headline and a name."""
    text = _title(tree)
    for separator in (" | ", " – ", " — ", " - "):
        head, _, site = text.rpartition(separator)
        if head and headline is not None and (head.strip().casefold() == headline.value.strip().casefold() or len(
                head.split()) >= article.MIN_HEADLINE_WORDS and headline.value.casefold().startswith(head.casefold())) \
                and re.fullmatch(r"[A-Z][\w&.'’ -]{1,80}", site.strip()):
            return site.strip()
    return None


def _headline(tree) -> str | None:
    """The text of the page's first <h1> of at least three words (a logo's <h1> has fewer); when it is in capitals
    and an <h2> not in capitals follows it before any paragraph, that heading, without the time it was aired (a
    transcript page's show, "EVENING WATCH WITH …", over its episode's headline, "Family Of Missing Skipper Speaks Out;
    … Aired 10-11p GMT")."""
    h1 = next((h for h in tree.iter("h1") if len(h.text_content().split()) >= article.MIN_HEADLINE_WORDS), None)
    if h1 is None:
        return None
    text = _WHITE.sub(" ", h1.text_content()).strip(" ")
    inside = set(h1.iterdescendants())
    after = (e for e in itertools.dropwhile(lambda e: e is not h1, tree.iter()) if e is not h1 and e not in inside)
    for element in itertools.islice((e for e in after if isinstance(e.tag, str)), 20):
        heading = _WHITE.sub(" ", element.text_content()).strip(" ")
        if element.tag == "h2" and text.isupper() and not heading.isupper() \
                and len(heading.split()) >= article.MIN_HEADLINE_WORDS:
            return _AIRED.sub("", heading)
        if element.tag in _PROSE and heading:
            break
    return text


_AIRED = re.compile(r"(?:\.|(?<=[!?]))\s+Aired\s+\S.*$|\s+[-–—|]\s+Aired\s+\S.*$")  # a transcript's air time
# after its headline, and the stop before it


def _json_ld(tree, notes: list[str]) -> tuple[list[dict], dict[str, dict]]:
    """Every JSON-LD node of the page, in order (lists and @graph opened, nested nodes after their parent), and
    the nodes by @id. JSON-LD that is not JSON, even with its trailing commas removed, is skipped and noted."""
    nodes: list[dict] = []
    for number, script in enumerate(tree.xpath('//script[@type="application/ld+json"]'), 1):
        source = (script.text or "").strip()
        try:
            data = json.loads(source, strict=False)
        except (ValueError, RecursionError):  # not JSON, or nested past what the parser follows
            try:
                data = json.loads(_TRAILING_COMMA.sub(r"\1", source), strict=False)
            except (ValueError, RecursionError):
                notes.append(f"JSON-LD block {number} is not valid JSON and was skipped")
                continue
        _walk(data, nodes, depth=0)
    ids = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
    return nodes, ids


def _walk(data, nodes: list[dict], depth: int) -> None:
    if depth > 20:
        return
    if isinstance(data, list):
        for item in data:
            _walk(item, nodes, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data or "@id" in data:
            nodes.append(data)
        for value in data.values():
            if isinstance(value, (dict, list)):
                _walk(value, nodes, depth + 1)


def _types(node: dict) -> list[str]:
    return [t for t in _listed(node.get("@type")) if isinstance(t, str)]


def _is_article(node: dict) -> bool:
    return any(t in _ARTICLE_TYPES or t.endswith("Article") for t in _types(node))


def _organisation(node) -> bool:
    """An author that is an organisation (a broadcaster with no bylines) names the outlet, not a writer."""
    return isinstance(node, dict) and any(t.endswith("Organization") for t in _types(node))


def _listed(value) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _text(value) -> str | None:
    """A JSON-LD string value (the first of a list), its entities decoded and spaces collapsed."""
    value = next(iter(_listed(value)), None)
    return _WHITE.sub(" ", html.unescape(value)).strip(" ") or None if isinstance(value, str) else None


def _name(value) -> str | None:
    return _text(value.get("name")) if isinstance(value, dict) else _text(value)


_TEAM = re.compile(r"(?:the\s+)?(?:[\w&'’-]+\s+){0,3}(?:team|desk|unit|newsroom|staff)", re.I)  # no one's name:
# "Communications Team", "Digital Desk" (a union's "ATU Press Office" signs its releases, as its editor keeps it)


def _names(names) -> str | None:
    """"Ann Lee", "By Bo Chan" → 'Ann Lee and Bo Chan'; addresses and empty names left out."""
    kept = [re.sub(r"(?i)^by\s+", "", n.strip()) for n in names if n and n.strip()]
    kept = list(dict.fromkeys(n for n in kept if n and not re.match(r"https?://", n) and not _TEAM.fullmatch(n)))
    return None if not kept else kept[0] if len(kept) == 1 else ", ".join(kept[:-1]) + " and " + kept[-1]


def _doi(value: str | None) -> str | None:
    """A DOI's address: "10.5555/trj.2026.n412" (or "doi:10.5555/…") → 'https://doi.org/10.5555/trj.2026.n412'."""
    match = re.fullmatch(r"\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)\s*", value or "", re.I)
    return f"https://doi.org/{match[1]}" if match else None


def _date(value: str | None) -> str | None:
    """"2025-07-07T21:34:10+02:00" → '2025-07-07' (the day as the page writes it); a date in words too; None for
    no date or one that is not in the calendar."""
    match = _DATE.match(value or "")
    day = match.group(1).replace("/", "-") if match else article.date_in(value or "")
    try:
        return datetime.date.fromisoformat(day).isoformat() if day else None
    except ValueError:
        return None


def _language(value: str | None) -> str | None:
    match = _LANGUAGE.fullmatch((value or "").strip())
    return match.group(1).lower() if match else None


def _paragraphs(body):
    """The text of each block of trafilatura's result (paragraph, heading, list item, quotation, code) as the
    reader sees it, a line break kept as a new line; a block that holds blocks (a list, a quotation of paragraphs,
    an item with a list in it) gives its own text, then theirs."""
    for element in body:
        if element.tag == "table":
            yield from _rows(element)
        elif any(child.tag in _BLOCKS for child in element):
            yield from filter(None, [_lines(element.text or "")])
            yield from _paragraphs(element)
        else:
            yield from filter(None, [_lines(_plain(element))])


def _laid_out(body) -> bool:
    """Whether a table of trafilatura's result lays out the page rather than holding data: a cell of it holds
    paragraphs (an old page's columns, the article in one of them)."""
    return any(child.tag in _BLOCKS for table in body.iter("table") for cell in table.iter("cell") for child in cell)


def _rows(table):
    """A table's rows, each a paragraph of its cells' texts between tabs, as a browser copies them (a row of no text
    is none)."""
    for row in table.iter("row"):
        cells = [" ".join(_lines(_plain(cell)).split("\n")) for cell in row.iter("cell")]
        yield from filter(None, ["\t".join(filter(None, cells))])


def _lines(text: str) -> str:
    """A block's text, what _held held restored, each line's spaces collapsed, no empty line."""
    lines = text.translate(_RESTORED).split("\n")
    return "\n".join(filter(None, (_SPACE.sub(" ", line).strip(" ") for line in lines)))


def _visible_lines(tree) -> list[str]:
    """The page's text as a reader copying all of it would get it: a line for each block, markup and scripts
    left out."""
    parts: list[str] = []

    def visit(element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag.lower() not in _INVISIBLE and tag:
            breaks = tag.lower() in _LINE_BREAKING
            parts.append("\n" if breaks else "")
            parts.append(_WHITE.sub(" ", element.text or ""))
            for child in element:
                visit(child)
            parts.append("\n" if breaks else "")
        parts.append(_WHITE.sub(" ", element.tail or ""))
    visit(tree)
    return [line.strip(" ") for line in "".join(parts).split("\n") if line.strip(" ")]


def _plain(element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _plain(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _fail(path: Path, message: str):
    raise DossierError([Problem(Located(path), message)])
