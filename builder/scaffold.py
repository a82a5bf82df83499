"""dossier new: write a content file that passes check as it is, or import a plain-text article as a source."""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import sys

from builder import (addresses, article, boxes, bulletin, cards, chat_export, chrome, columns, items, layout, lynx,
                     markdown_article, news_xml, office, pdf_article, reddit, rtf, social_post, social_thread,
                     subtitles, teletext, video_transcript, write)
from builder.config import QUANTITIES, Config
from builder.load import MAX_BYTES, RawDoc, TooBig, _load_file, read_bytes, read_text, split_front_matter
from builder.model import AFFIRMING
from builder.problems import DossierError, Located, Problem, Problems
from builder.quotes import closest, elided, locate
from builder.schema import MAX_ID_LENGTH, check, device_name, slug
from builder.validate import RESERVED
from builder.yaml_values import parse_yaml

FOLDERS = {"source": "sources", "speaker": "speakers", "summit": "summits", "fact": "facts"}
SOURCE_OPTIONS = ("title", "url", "outlet", "author", "published", "item")  # and the language, from a web page
FACT_OPTIONS = ("summit", "meeting", "source", "quote", "occurrence", "speaker", "stance", "statement", "quantity")
ENTRY_OPTIONS = ("full_name", "entry_kind")  # a speaker's or summit's --name and --kind
OPTIONS = SOURCE_OPTIONS + FACT_OPTIONS + ENTRY_OPTIONS
FLAGS = {"full_name": "--name", "entry_kind": "--kind"}  # an option's flag, where it is not --<its name>
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_ENTITY = re.compile(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
ID_WORDS = 6
MAX_TITLE = 300  # the source schema's maxLength of a title
PAGE_SUFFIXES = (".html", ".htm")  # a saved web page (webpage.py), not a plain-text article
ARCHIVE_SUFFIXES = (".mhtml", ".mht", ".webarchive")  # a page and its images in one file (web_archive.py)
WRAPPED = 110  # characters: the longest line of a hard-wrapped text


@dataclass(frozen=True)
class Created:
    """A new content file, the notes for the editor (lines that look like page chrome), where the values read
    from a web page came from, and what to do next."""

    path: Path
    next_step: str
    notes: list[Problem] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)  # "title: JSON-LD NewsArticle headline": what a page gave


def new(config: Config, kind: str, name: str, ident: str | None = None, strip_chrome: bool = False,
        options: dict | None = None) -> Created:
    """Write content/<kind>s/<name> (or import the text file ``name`` as a source); never overwrite a file.

    ``options``: a source's title, url, outlet, author, published, and the item of a file of several; a fact's
    summit, meeting, source, quote, speaker, stance and statement; a speaker's or summit's full_name and entry_kind."""
    options = options or {}
    folder = config.content / FOLDERS[kind]
    allowed = {"source": SOURCE_OPTIONS, "fact": FACT_OPTIONS}.get(kind, ENTRY_OPTIONS)
    stray = [FLAGS.get(o, f"--{o}") for o in options if o not in allowed]
    if stray:
        _fail(folder, f"`dossier new {kind}` takes no {', '.join(stray)}")
    if kind == "source" and ("." in name or "/" in name):
        return import_source(config, Path(name), ident, strip_chrome, options)
    if ident is not None or strip_chrome or options.keys() & set(SOURCE_OPTIONS):
        _fail(folder, "--id, --strip-chrome, --title, --url, --outlet, --author and --published go with "
                      "`dossier new source FILE.txt` (or FILE.html); give the id as the argument")
    _check_id(name, folder)
    if kind == "fact":
        path = folder / f"{name}.yml"
        if not options and sys.stdin.isatty():
            if path.exists():  # said before the questions, not after them
                _taken(path)
            options = _ask_fact(config)
        if options:
            voice = _voice(config, options) if not options.keys() & {"stance", "speaker"} else None
            text, figure = _complete_fact(config, options, (voice or {}).get("said"))
            _create(path, _passing(path, text))
            _checked_with_the_dossier(config, path)
            write_schemas(config)
            notes = [note for note in ((voice or {}).get("note"), figure) if note]
            return Created(path, "Add topics and, once a second source reports it, its account; then run "
                                 "`dossier check`.", [Problem(Located(path), note, True) for note in notes])
        _create(path, _fact(config))
        write_schemas(config)
        return Created(path, "Fill in the summit, the source and its words (grep for TODO), then run "
                             "`dossier check`; or write the card in one go with "
                             "`dossier new fact ID --summit S --source SRC --quote \"…\"`.")
    if kind == "source":
        path, text = folder / f"{name}.md", _SOURCE.format(title=json.dumps("TODO: the article's headline"), seed="",
                                                           translated=_UNTRANSLATED,
                                                           outlet="unknown", author="unknown", published="unknown",
                                                           url="null", language="en",
                                                           body="TODO: paste the article's text here, exactly as "
                                                                "published, paragraphs separated by blank lines.\n")
    else:
        path = folder / f"{name}.yml"
        text = _passing(path, (_SPEAKER if kind == "speaker" else _SUMMIT).format(
            name=json.dumps(options.get("full_name", name.replace("-", " ").title()), ensure_ascii=False),
            kind=options.get("entry_kind", kind.replace("speaker", "person"))))
    _create(path, text)
    write_schemas(config)
    return Created(path, "Replace the placeholder values (grep for TODO), then run `dossier check`." if kind == "source"
                   else "Check the name, uncomment the fields the sources establish and fill them in, then run "
                        "`dossier check`.")


SENTENCE_WORDS = 6  # words of a line that is a sentence of an article, not a menu's or a button's

_DOCUMENTS = {b"\xd0\xcf\x11\xe0": "an old Word or other office document",
              b"PK\x03\x04": "a zip file but no Word or OpenDocument text that can be read (a spreadsheet, slides, or "
                             "a damaged document)"}


def _json(path: Path) -> bool:
    """Whether ``path`` holds JSON: a site's API response or an app's export saved as a file (an object or a list)."""
    try:
        raw = read_bytes(path, MAX_BYTES)
    except (OSError, TooBig):
        return False
    if raw.lstrip()[:1] not in (b"{", b"["):
        return False
    try:
        json.loads(raw)
    except (ValueError, RecursionError):
        return False
    return True


def _document_kind(path: Path) -> str | None:
    """What kind of document ``path`` is, by its first bytes, when it is one an editor may save an article as but
    no text (an old Word file); None otherwise, or when it cannot be read (reported when its text is read)."""
    try:
        start = read_bytes(path, MAX_BYTES)
    except (OSError, TooBig):
        return None
    return next((kind for magic, kind in _DOCUMENTS.items() if start.startswith(magic)), None)


def import_source(config: Config, text_file: Path, ident: str | None, strip_chrome: bool,
                  options: dict | None = None) -> Created:
    """A source from an article saved as plain text, as a web page (.html, .htm: its article's text and what its
    markup says, see webpage.py; .mhtml, .mht, .webarchive: a web archive's page, web_archive.py), as an email
    (.eml: its text and what its headers say, see mail.py; a mailbox's or a digest's message, mbox.py), as a Word or
    OpenDocument text (office.py), an RTF (rtf.py) or a PDF (pdf_article.py), a chat app's export (chat_export.py),
    a Reddit thread's JSON (reddit.py), social posts' JSON (a Bluesky thread, Mastodon statuses, an ActivityPub
    outbox: social_thread.py), or as a news feed's item, an agency's news item or TTML subtitles
    (news_xml.py): id and title from its headline, the text verbatim, chrome flagged; url, outlet, author and
    published from ``options``, else the page's markup, else the byline and date the text shows; a title from
    ``options`` too, and a headline read longer than a title may be cut, with a note; ``options["item"]`` chooses the
    article of a file of several (items.py)."""
    options = options or {}
    if options.get("published") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", options["published"]):
        _fail(text_file, f"--published {options['published']}: write the date as YYYY-MM-DD")
    document = office.kind(text_file) or rtf.kind(text_file) or pdf_article.kind(text_file) \
        or chat_export.kind(text_file) or reddit.kind(text_file) or social_thread.kind(text_file)  # as paragraphs
    if not document and (kind := _document_kind(text_file)):
        _fail(text_file, f"the file is {kind}, not a web page nor text; copy the article's text into a .txt file, or "
                         "save its web page from the browser as \"Webpage, HTML only\" (.html)")
    if options.get("item") is not None and options["item"] < 1:
        _fail(text_file, f"--item {options['item']}: items are numbered from 1")
    archive = text_file.suffix.lower() in ARCHIVE_SUFFIXES  # a web archive: a property list or a multipart message,
    # no feed and no email
    news = not document and not archive and news_xml.kind(text_file)  # a feed, an agency's item, TTML subtitles: by
    # its content
    if not document and not news and _json(text_file):
        _fail(text_file, "the file is JSON of no kind the import reads (a chat app's export, a Reddit thread's, "
                         "a Bluesky thread's or post's, a Mastodon status or an account's statuses, an ActivityPub "
                         "note or outbox, an agency's ninjs item, a publishing API's content item): "
                         "its text would be imported with its keys and quotes; copy the article's text into a .txt "
                         "file")
    if options.get("url") and (problem := addresses.problem(options["url"], ", as the browser shows it")):
        _fail(text_file, f"--url {options['url']}: {problem}")
    from builder import mail  # the email package takes 7 ms to import: only when a source is imported

    html_page = archive or text_file.suffix.lower() in PAGE_SUFFIXES
    email = not document and not news and not archive and mail.is_email(text_file)  # a mailbox or a digest too: their
    # messages are the items
    item = options.get("item")  # which article of a file of several (a mailbox, a feed, a chat app's full export)
    lines, numbered, found, notes, in_file, displayed = (
        _office_article(text_file, document, item) if document else _news_article(text_file, item) if news
        else _page_article(text_file) if html_page else _mail_article(text_file, item) if email
        else _text_article(text_file))
    script = None if document or news or html_page or email else bulletin.read(text_file, lines, item)  # its stories
    if not email and not news and document not in ("chat", "social") and not script:  # no other file has a second
        items.one(text_file, item, "article")
    if script:
        found, notes = script.fields | found, notes + [Problem(Located(text_file), script.note, True)]
    title = None  # a Markdown article's one heading of the first level, among its first lines: its headline
    masthead = 0  # the line of a Markdown heading that names the body publishing the text, no headline
    written = None  # a Markdown article's lines as written, its marks kept
    if text_file.suffix.lower() in (".md", ".markdown") or _markdown(lines):
        written = lines
        first = [n for n, line in enumerate(lines[:article.HEAD], 1) if re.match(r" {0,3}# ", line)]
        lines = [article.unmarked(line) for line in lines]  # what a Markdown article's lines show, its body kept as
        # written: "# Title", "**By Sofie Lind, …**"
        title = (first[0], article.WIRE_TAG.sub("", lines[first[0] - 1].strip(), count=1)) if len(first) == 1 \
            else None  # without a wire's tag: "# UPDATE 2-Chlorine leak at…"
        if title and (body := article.publisher_heading(title[1])) and "outlet" not in found:  # "# Harrowby County
            found["outlet"] = article.Found(body, "the Markdown heading naming the body")  # Council" atop its minutes:
            masthead, title = title[0], None  # who publishes them; their headline is found below it
    if "url" in found and (problem := addresses.problem(found["url"].value)):
        url = found.pop("url")
        notes.append(Problem(Located(text_file), f"url is left null: the page's {url.origin} gives '{url.value}'; "
                                                 f"{problem}", True))
    flagged, signed = chrome.find(lines, displayed), {}
    if document in ("Word", "OpenDocument", "RTF", "PDF"):  # a statement's head and signature (office.py)
        flagged += [c for c in office.furniture(lines) if c.line not in {f.line for f in flagged}]
    if script:
        flagged = [c for c in flagged if c.line not in script.furniture] + [
            chrome.Chrome(n, lines[n - 1].strip(), reason) for n, reason in script.furniture.items()]
    if email:  # its sign-off and signature: the sender's, not the message's (None: the message's, a forward's headers)
        signed = mail.signature(lines, {c.line for c in flagged if c.reason != chrome.SIGNATURE})
        flagged = [c for c in flagged if c.line not in signed] + [chrome.Chrome(n, lines[n - 1].strip(), reason)
                                                                  for n, reason in signed.items() if reason]
    if written:
        flagged += markdown_article.furniture(written, {c.line for c in flagged})
    flagged = sorted(flagged + _furniture(lines, {c.line for c in flagged} | set(signed), found.get("author")),
                     key=lambda c: c.line)
    if written:
        flagged = sorted(flagged + markdown_article.bare_headings(written, {c.line for c in flagged}),
                         key=lambda c: c.line)
    skip = {c.line for c in flagged}
    lettered = max((c.line for c in flagged if c.reason == layout.LETTERHEAD), default=0)
    headline = title or lettered and layout.heading(lines, skip, lettered) or article.headline(
        lines, skip | {masthead}) if "title" not in found else (0, found["title"].value)  # a letter's or a
    # notice's heading, centred under its letterhead: "ENFORCEMENT NOTICE"
    if headline is None or not any(len(re.findall(r"[^\W\d_]+", line)) >= SENTENCE_WORDS
                                   and (n != headline[0] or re.search(r"\.[\"”’']?$", line.rstrip()))  # a paragraph taken for it
                                   for n, line in enumerate(lines, 1) if n not in skip):
        _fail(text_file, "the subtitle file holds no speech: no cue's words make a line of "
                         f"{SENTENCE_WORDS} words or more, once sounds and cue settings are left out"
              if lines and subtitles.STAMP.fullmatch(lines[0]) else  # a transcript, as a subtitle file is read
              "the email holds no article text: no line of its body is a sentence, once its furniture (a mailing's "
              "links, greeting, sign-off and footer) is left out; copy its text from the mail program into a .txt "
              "file, its subject on the first line" if email else
              "the file holds no article text: no line but its headline is a sentence, once its page "
              "chrome is left out (a paywall, or a section's page?); save the article's own page, or copy "
              "its text into a .txt file, its headline on the first line")
    url = options.get("url") or (found["url"].value if "url" in found else None)
    cut = article.flashes(lines)  # a wire's story is read below its flashes, its dateline and byline among its first lines
    story, below = lines[cut:], {n - cut for n in skip if n > cut}
    guesses = {"title": lambda: headline[1], "outlet": lambda: article.outlet(story, below),
               "author": lambda: article.author(story), "published": lambda: article.published(lines, url),
               "url": lambda: None, "language": lambda: None}
    fields, origins = {}, []
    day = article.yearless(lines) or teletext.day(lines) or social_post.text_day(lines)  # a wire's "Sept 14", a
    # teletext header's "Tue 10 Nov", a post's "18 October at 21:47": the
    # day without its year, which the editor knows
    for name, guess in guesses.items():
        if options.get(name):
            fields[name] = options[name]
        elif name in found:
            fields[name] = found[name].value
            origins.append(f"{name}: {found[name].origin}")
        else:
            fields[name] = guess() or {"language": "en", "url": None}.get(name, "unknown")
    if not options.get("title") and "title" in found and found["title"].origin == _NO_TITLE:
        notes.append(Problem(Located(text_file), "it names no title: the file's name is its title; write the "
                                                 "broadcast's, or import it again with --title", True))
    if not options.get("outlet"):
        fields["outlet"] = article.full_name(fields["outlet"])  # "PACU – Paramedics and …", "KELSTOW TOWN COUNCIL"
    if not options.get("title"):
        fields["title"] = re.sub(r"[ \t]{2,}", " ", fields["title"])  # a fixed-width heading's columns:
        # "SEVERE WEATHER WARNING BULLETIN                BULLETIN NO. MW-2026/014"
    if len(fields["title"]) > MAX_TITLE:  # a paragraph taken for the headline: cut, for the editor to write
        notes.append(Problem(Located(text_file, headline[0]), f"the headline read is {len(fields['title'])} characters "
                             f"long, over the {MAX_TITLE} a title may have: it is cut; write the article's own title, or "
                             "import it again with --title", True))
        fields["title"] = _clip(fields["title"], MAX_TITLE)
    if fields["outlet"] != "unknown":  # "The Brennick Courier" on a line of its own, or with its section ("Flightdeck
        named = fields["outlet"].casefold()  # Weekly | Safety"): the masthead, no part of the article
        flagged = sorted(flagged + [chrome.Chrome(n, line.strip(), "the outlet's name")
                                    for n, line in enumerate(lines[:article.HEAD], 1)
                                    if n not in skip and n != headline[0] and (named in (
                                        line.strip().casefold(), (article.masthead_line(line) or "").casefold(),
                                        re.sub(r"^the\s+", "", line.strip().casefold())) or _named_issue(line, named))]
                         + (markdown_article.blurb(written, named, skip) if written else []), key=lambda c: c.line)
        skip = {c.line for c in flagged}
    folder = config.content / "sources"
    ident = ident or propose_id(fields["title"])
    _check_id(ident, folder)
    if written:  # a Markdown article as a page shows it: "## Update (14:20)", "**Total**" without their marks
        plain, going_on = markdown_article.shown(written), markdown_article.continuing(written)
        numbered = [(n, out) for k, (n, line) in enumerate(numbered) for out in (plain.get(n, [line]) if n else [line])
                    if n or k + 1 == len(numbered) or numbered[k + 1][0] not in going_on]  # not between a paragraph's lines
    numbered = _parties(numbered, skip)
    if strip_chrome:
        numbered = [(n, line) for n, line in numbered if n not in skip]
    where = {n: i for i, (n, _) in enumerate(numbered, 1) if n}  # each line of the file: its line in the body
    lines = [_LINK.sub(r"\g<text>", line) for _, line in numbered]  # a Markdown link's words, not its address
    if strip_chrome:
        lines = _collapse(lines)
        guides = sorted({m.group().strip() for m in _PRONOUNCED.finditer("\n".join(lines))})
        if guides:  # (one wrapped onto the next line goes with its line break: "Moira Tallentyre" / "[TAL-en-tyre], told")
            lines = _unpronounced("\n".join(lines)).split("\n")
            notes.append(Problem(Located(text_file), f"pronunciation guides left out of the text: "
                                                     f"{', '.join(guides[:6])}{', …' if len(guides) > 6 else ''}", True))
    note = article.translation(lines)
    if note:
        origins.append(f"translated: the article's note {_clip(note)!r}")
    front = _SOURCE.format(title=json.dumps(fields["title"], ensure_ascii=False), body="",
                           seed=f"seed: {json.dumps(text_file.name, ensure_ascii=False)}\n",
                           translated=_UNTRANSLATED if note is None else
                           f"translated: true           # {json.dumps(_clip(note), ensure_ascii=False)}",
                           url=json.dumps(fields["url"], ensure_ascii=False) if fields["url"] else "null",
                           **{k: _scalar(fields[k]) for k in ("outlet", "author", "published", "language")})
    path = folder / f"{ident}.md"
    _create(path, front + "\n".join(lines) + "\n")
    _refused_unless_checked(path)
    write_schemas(config)
    offset = front.count("\n")
    if strip_chrome:
        listed = [Problem(Located(text_file, in_file.get(c.line, 0)),
                          f"removed as page chrome ({c.reason}): `{_clip(c.text)}`", True) for c in flagged]
    else:
        listed = []
        for c in flagged:
            of = f", line {in_file[c.line]} of {text_file.name}" if c.line in in_file else ""  # a page's lines are
            # not the body's, nor an encoded email's
            listed.append(Problem(Located(path, offset + where[c.line]), f"looks like page chrome ({c.reason}){of}: "
                                  f"`{_clip(c.text)}`; delete it unless it is part of the article", True))
    if fields["author"] == "unknown" and article.issued_by_body(fields["outlet"]) \
            and not article.court(fields["outlet"]) and fields["outlet"].casefold() not in _speaker_names(config):
        notes.append(Problem(Located(path, 0), f"outlet '{fields['outlet']}' issued this text itself: add it as a "
                                               "speaker (`dossier new speaker`), or as a spelling of the speaker it "
                                               "is, so that `dossier suggest` reads its sentences as that body's "
                                               "claims, not an outlet's own reporting", True))
    unknown = [k for k in ("outlet", "author", "published") if fields[k] == "unknown"]
    if "published" in unknown and day:
        unknown[unknown.index("published")] = f"published (its dateline gives the day without the year: {day})"
    step = (f"Fill in {', '.join(unknown)} from what the text establishes (or keep `unknown` and say why in "
            "`notes`), then run `dossier check`." if unknown else "Check the front matter, then run `dossier check`.")
    return Created(path, step + f" Then `dossier suggest {ident}` proposes the accounts it gives to the cards.",
                   listed + notes, origins)


# A script's pronunciation guide after a name, in brackets: "Moira Tallentyre [TAL-en-tyre]", "Hesketh Oduya [HESS-kith
# oh-DOO-yuh]" (syllables between hyphens, in capitals and not), "RAAC [RACK]" (a word in capitals after initials, its
# first letter theirs); not "[INAUDIBLE]", "UN [UNCLEAR]", "[sic]", "[LAUGHS]" or "[MUSIC-BED]".
_PRONOUNCED = re.compile(r"(?<=[\w’'])\s+\[(?=[^\]]*[A-Z]{2})(?=[^\]]*[a-z])[A-Za-z]+-[A-Za-z]+(?:[- ][A-Za-z]+)*\]"
                         r"|\b(?P<initials>(?P<initial>[A-Z])[A-Z]{1,5})\s\[(?!(?:INAUDIBLE|UNINTELLIGIBLE|INDISTINCT"
                         r"|CROSSTALK|UNCLEAR)\])(?P=initial)[A-Z]{1,8}\]")


def _unpronounced(text: str) -> str:
    """``text`` without its pronunciation guides (_PRONOUNCED)."""
    return _PRONOUNCED.sub(lambda m: m["initials"] or "", text)


def _named_issue(line: str, named: str) -> bool:
    """Whether ``line`` is a newsletter's masthead: the outlet's name (casefolded: ``named``) and a word or two more,
    each capitalised ("FAIR DEAL WEEKLY", "Fair Deal Weekly" of Fair Deal's)."""
    words = line.split()
    return line.strip().casefold().startswith(named + " ") and len(words) <= len(named.split()) + 2 \
        and all(w[:1].isupper() for w in words)


# A Markdown link, "[the union](https://…)", "[what we know](#)"; not an image, "![…](…)".
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\[\]\n]{1,300})\]\((?:https?://|mailto:|/|#)(?:[^()\s]|\([^()\s]*\))*"
                   r"(?:\s+\"[^\"\n]*\")?\)")


def _markdown(lines: list[str]) -> bool:
    """A text in Markdown, whatever its name: one heading of the first level among its first lines ("# Kestrel Dawn:
    what went wrong on Ravensgate Bank") and Markdown's links or strong emphasis in it ("[Catch & Fleet](https://…)",
    "**By Orla Feeney**")."""
    return sum(bool(re.match(r" {0,3}# ", line)) for line in lines[:article.HEAD]) == 1 \
        and any(re.search(r"\]\(\S+\)|\*\*\S", line) for line in lines)


def _speaker_names(config: Config) -> set[str]:
    """The names and spellings of the dossier's speakers, casefolded, as far as their files can be read."""
    names = set()
    for path in (config.content / "speakers").glob("*.yml"):
        data, _ = parse_yaml(read_text(path, Problems()) or "", Located(path), Problems())
        if isinstance(data, dict):
            names |= {str(n).casefold() for n in [data.get("name"), *(data.get("spellings") or [])] if n}
    return names


def _furniture(lines: list[str], skip: set[int], author) -> list[chrome.Chrome]:
    """Lines of an article that are its furniture (a page's, left in by the extractor): a dateline, a section label, a
    byline ("By …", or the author's name with at most three words after it: "Jennifer Marsh in Helsinki"; not a
    programme's line naming its guest too, "Host: Mira Solvang | Guest: Jonas Brekke, …"); not a
    live blog's stamps, which say when each entry was posted ("09:12", or "Thursday 16 July, 17:40" when there are
    several such lines: `dossier suggest` reads the day and time of each account from them), nor a transcript's times
    ("[00:01:02]", as a subtitle file's import writes them, or several of another form: "(01:02)"); not a table's
    row (_table_rows), nor a day alone on its line that no other line gives ("Wednesday, 4 February 2026" under a
    record's heading: the day of its sitting, which the text states nowhere else), nor a stamp of when the text was
    updated or issued, to the minute (an entry's "Updated 18:25", a page's "16:20, Thursday 9 October 2025 | Updated
    12:15, Friday 10 October 2025", a bulletin's "ISSUED: 0715 LOCAL SAT 17 JAN 2026"): what a card's `as_of` is
    read from; nor a letter's or a notice's reference and the date beside it (_references), nor its signature
    (_signed); nor the last line of a sentence wrapped over lines ("…RECEIVED EACH ISSUE" / "BY THE STANDARD
    WARNINGS FEED."); and a report's cover sheet's title and author fields, which the front matter gives ("Title:
    Winter Performance …")."""
    timed = {line.strip() for line in lines if article.banner(line) and article.time_in(line)
             and not _UPDATED.match(line.strip())}
    stamped = sum(line.strip() in timed for line in lines) >= chrome.LIVE_STAMPS
    coded = {line.strip() for line in lines if _TIME_CODE.fullmatch(line.strip())}  # a transcript's times, "[00:01:02]"
    coded = coded if sum(line.strip() in coded for line in lines) >= chrome.LIVE_STAMPS \
        else set(filter(subtitles.STAMP.fullmatch, coded))
    name, stamps = (author.value if author else None), chrome.live_stamps(lines) | (timed if stamped else set()) | coded
    days = [article.date_in(line) for line in lines]
    kept = _table_rows(lines) | {n for n, (line, day) in enumerate(zip(lines, days), 1)
                                 if day and article.day_alone(line) and days.count(day) == 1 or article.as_of(line)
                                 or layout.column_days(line)
                                 } | _references(lines) | _signed(lines) | layout.continued(lines)
    cover = [chrome.Chrome(found[0], lines[found[0] - 1].strip(), f"the cover sheet's {name}, in the front matter")
             for name in ("title", "author") if (found := article.cover_field(lines, name)) and found[0] not in skip]
    kept |= {c.line for c in cover}
    return cover + [chrome.Chrome(n, line.strip(), "dateline, byline or section label")
                    for n, line in enumerate(lines, 1)
                    if n not in skip | kept and line.strip() and line.strip() not in stamps
                    and not _wrapped_end(lines, n) and (
                        article.banner(line) or article.byline(line) and not _GUEST.search(line) or (
                            name and line.strip().startswith(name) and len(line.split()) <= len(name.split()) + 3))]


def _wrapped_end(lines: list[str], n: int) -> bool:
    """Whether the 1-based line ``n`` ends a sentence the line above runs on into: the line above is no blank and
    ends without a stop, and this one ends with one ("RECEIVED EACH ISSUE" / "BY THE STANDARD WARNINGS FEED.")."""
    above = lines[n - 2].rstrip() if n > 1 else ""
    return bool(above.strip()) and not re.search(r"[.!?:;,\"”’)\]|]$", above) and lines[n - 1].rstrip().endswith(".") \
        and len(above) > len(lines[n - 1].strip())


def _signed(lines: list[str]) -> set[int]:
    """The 1-based lines of a letter's or a decision's signature: the name under its sign-off ("Yours sincerely," /
    "Annelise Brackwater" / "Headteacher"), and a block of a name and office over the day it was signed ("Rhona
    Achterberg" / "Chair, Independent Disciplinary Commission" / "1 April 2026"): who signed, and when."""
    blocks, start = [], None
    for n, line in enumerate([*lines, ""], 1):
        if line.strip() and start is None:
            start = n
        elif not line.strip() and start is not None:
            blocks.append(range(start, n))
            start = None
    found = set()
    for i, block in enumerate(blocks):
        signed_off = _SIGN_OFF.fullmatch(lines[block[0] - 1].strip())
        if signed_off and len(block) > 1:
            found |= set(block[1:5])
        elif signed_off and i + 1 < len(blocks) and len(blocks[i + 1]) <= 4:
            found |= set(blocks[i + 1])
        elif article.signed_day([lines[k - 1] for k in block]):
            found |= set(block)
    return found


_SIGN_OFF = re.compile(r"(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+(?:regards|wishes)"
                       r"|signed|sincerely)\s*[,:.]?", re.I)


def _references(lines: list[str]) -> set[int]:
    """The 1-based lines of a document's reference ("Our reference:   FOI/2025/1187", what a reply is asked to quote)
    and of the "Date:" field in its block ("Date:            3 November 2025"): the document's identity and day."""
    found = set()
    for n, line in enumerate(lines, 1):
        if any(map(article.reference, re.split(r"\s{6,}", line.strip()))):  # a letterhead's column too: "Fellgate
            # House        Your ref:  HW/OPS/SO14"
            start = next((k for k in range(n - 1, 0, -1) if not lines[k - 1].strip()), 0) + 1
            end = next((k for k in range(n + 1, len(lines) + 1) if not lines[k - 1].strip()), len(lines) + 1)
            found |= {k for k in range(start, end) if k == n or _DATE_FIELD.match(lines[k - 1])}
    return found


_DATE_FIELD = re.compile(r"(?:\s*|.*\S\s{3,})date\s*:\s*\S", re.I)  # a column's too: "Quarry Road      Date:  14 …"


def _table_rows(lines: list[str]) -> set[int]:
    """The 1-based lines of a table: three cells or more, between "|" (Markdown's "| Item | Motion | For |") or set
    apart by tabs or runs of spaces ("Month        Cat 1       Cat 2"), as many as on one of the two lines above or
    below it in its block (a header's rule, "------  ------   ------", or its second line, "24 H    KM/H", between it and
    its first row); its header is no navigation bar, its rows no datelines."""
    cells = [len(_CELLS.split(line.strip().strip("|"))) if re.search(r"\S(\t|   )|\s\|\s|^\s*\|", line) else 0
             for line in lines]
    return {n for n, count in enumerate(cells, 1) if count >= 3 and any(
        cells[k] == count and all(lines[j].strip() for j in range(min(k, n - 1), max(k, n - 1)))
        for k in (n - 3, n - 2, n, n + 1) if 0 <= k < len(cells))}


_CELLS = re.compile(r"\s*\|\s*|\t+|\s{3,}")
_GUEST = re.compile(r"\bguests?\s*:", re.I)  # a programme's "Host: Mira Solvang | Guest: Jonas Brekke, …": whom it hears
_TIME_CODE = re.compile(r"[(\[](?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]")  # a recording's time alone on its line
_UPDATED = re.compile(r"(?:last\s+)?updated\b", re.I)  # a page's "Updated 16 July 2026, 17:40": no entry's


def _text_article(text_file: Path):
    """A plain-text article (or a Markdown one): its lines, each numbered in the body (a blank line added between
    one-line paragraphs, see _paragraphs), each body line's line in the file, the fields its front matter gives (see
    markdown_article.py), and notes: the HTML entities (copied from a page's source or a feed) it decoded, what was
    read of the front matter. A subtitle file is read as its transcript (_transcript), a chat's export as its messages
    (chat_export.py)."""
    problems = Problems()
    text = read_text(text_file, problems)
    if text is None:
        raise DossierError(problems.errors)
    if subtitles.is_subtitles(text):
        return _transcript(text_file, text)
    if cues := video_transcript.webvtt(text):
        return _transcript(text_file, cues, "a video site's transcript copied as text, read as its captions")
    entities = sorted(set(_ENTITY.findall(text)))
    notes = [Problem(Located(text_file), f"HTML entities written as the characters they stand for: "
                                         f"{', '.join(entities[:6])}{', …' if len(entities) > 6 else ''}", True)
             ] if entities else []
    front = markdown_article.front_matter(text)
    notes += [Problem(Located(text_file, 1), note, True) for note in front.notes]
    lines = layout.dedented(_ENTITY.sub(lambda m: html.unescape(m.group()), text).rstrip().split("\n")[front.lines:])
    lines, rows, read = columns.read(lines, front.lines + 1)  # a print page set in columns: in reading order
    notes += [Problem(Located(text_file, n), note, True) for n, note in read]
    lines, page = lynx.read(lines)  # a text browser's dump: without its links' numbers and list
    if page:
        front.fields["url"] = article.Found(page, "the dump's \"Skip to main content\" link")
    chat = chat_export.text_fields(text_file.stem, lines)  # a chat's text export: a paragraph a message
    body = [(n, line.replace("\f", "")) for n, line in (chat_export.text_paragraphs(lines) if chat
                                                         else _paragraphs(lines))]  # no page's form feed
    return (lines, body, front.fields | chat | teletext.fields(lines) | social_post.text_fields(lines), notes,
            {n: row + 1 + front.lines for n, row in enumerate(rows, 1)}, set())


# A subtitle file's note of fields ("Item: Tarnau Pass - studio interview …", "Channel: Channel 7 Merrowland",
# "Presenter: Kasia Delmont"): the broadcast's item (else its programme) is its title, its channel the outlet and its
# presenter the author; the label is no part of them ("Programme: The Evening Report" had been the title).
_NOTE_FIELD = re.compile(r"(?P<label>[A-Za-z]+)\s*:\s*(?P<value>\S.{0,200}?)[.;|]?")
# fields run together on a note's line: "Item 1: Copsley Lane landfill fire. Reporter: Sunil Varma"
_NOTE_FIELDS_RUN_ON = re.compile(r"(?<=[.;|])\s+(?=[A-Z][A-Za-z]*\s*:)")
_NOTE_FIELDS = {"title": ("item", "episode", "title", "programme", "program", "show"),
                "outlet": ("channel", "station", "network", "broadcaster"), "author": ("presenter", "host", "reporter")}


_NO_TITLE = "the file's name: the subtitle file names no title"  # a transcript's title when its notes give none


def _transcript(text_file: Path, text: str, what: str = "a subtitle file"):
    """A broadcast's subtitle file (.srt, .vtt) read as its transcript (subtitles.py): its cues' words joined into
    paragraphs, none a line of the file; the title, outlet, author and date its notes give ('Under the Plough, episode
    41: "The Brackwater Hoard"', "Published Thursday 30 October 2025. Host: Nell Ambrose.", a note of parts: see
    article.programme_note), its title else the file's name (never its first words, which are no headline); and a
    note on what was left out."""
    lines, told = subtitles.transcript(text), subtitles.notes(text)
    opening = next((line for line in lines if line.strip() and not subtitles.STAMP.fullmatch(line)), "")
    told += [opening.strip()] if re.fullmatch(r"\[[^][]{5,120}\]", opening.strip()) and not told else []  # a first
    # cue naming the programme in brackets, where the file has no notes: "[Evening News, NBC Norvania, Friday …]"
    skip = {c.line for c in chrome.find(told)}
    fields = {m["label"].casefold(): m["value"].strip() for line in told for part in _NOTE_FIELDS_RUN_ON.split(line)
              if (m := _NOTE_FIELD.fullmatch(part))}
    labelled = {name: next((fields[k] for k in keys if fields.get(k)), None) for name, keys in _NOTE_FIELDS.items()}
    found = {name: article.Found(value, "the subtitle file's notes") for name, value in (
        ("title", labelled["title"] or (article.headline(told, skip) or (0, None))[1]),
        ("outlet", labelled["outlet"] or article.outlet(told, skip)
                   or next(filter(None, map(article.publisher_heading, told[:1])), None)  # "Brennock Borough
                   or next(filter(None, map(article.station_heading, told[:1])), None)),  # Council - Housing
         # Committee" atop the notes; "Calder TV - Calder Tonight, 18:30 bulletin"
        ("author", labelled["author"] or article.author(told)),
        ("published", article.published(told) or labelled["title"] and article.published([labelled["title"]])))
        if value} | {  # the day in a title of parts: "Wendmoor Tonight - Friday 27 February 2026 - 18:30 - …"
        name: article.Found(value, "the subtitle file's note of parts") for name, value in
        article.programme_note(told).items() if not labelled.get(name)}  # "Dales TV live stream -- Skellan Deep …"
    if signed := subtitles.signed_off(lines, " ".join(told)):  # "Ilse Marrow, KTV News, Skerrow.": the report's
        # reporter and outlet
        found = {k: article.Found(v, "the reporter's sign-off") for k, v in zip(("author", "outlet"), signed)} | found
    read = list(found)
    found.setdefault("title", article.Found(text_file.stem, _NO_TITLE))
    count = sum(map(bool, map(subtitles.STAMP.fullmatch, lines)))
    note = (f"{what}: its words joined into {count} {'paragraph' if count == 1 else 'paragraphs'}, each under "
            "its first cue's time; cue numbers, timings and styles left out")
    if told:
        note += f"; its notes too{', read for ' + ', '.join(read) if read else ''}: " \
                + "; ".join(f"`{_clip(line, 60)}`" for line in told)
    if not subtitles.punctuated(text):  # automatic captions: no stop, no capital
        note += f". Its cues end no sentence (automatic captions?): a paragraph is about " \
                f"{subtitles.UNPUNCTUATED_SPAN:.0f} seconds of speech; quote its words as they are"
    return lines, list(enumerate(lines, 1)), found, [Problem(Located(text_file), note, True)], {}, set()


def _page_article(page_file: Path):
    """A saved web page's article (webpage.py), or a web archive's (web_archive.py): its lines, each numbered as in
    the body, none a line of the file, the fields its markup and text give, notes on what was skipped, and the
    quotations its markup displays apart (pull quotes)."""
    from builder import web_archive, webpage  # trafilatura takes 0.2 s to import: only when a page is imported

    page = web_archive.read(page_file) if page_file.suffix.lower() in ARCHIVE_SUFFIXES else webpage.read(page_file)
    lines = "\n\n".join(page.paragraphs).split("\n")
    return (lines, list(enumerate(lines, 1)), page.fields, [Problem(Located(page_file), n, True) for n in page.notes],
            {}, page.displayed)


def _office_article(document_file: Path, kind: str, item: int | None):
    """A Word or OpenDocument text (office.py), a rich-text document (rtf.py), a PDF (pdf_article.py), a chat's JSON
    export (chat_export.py, the chat ``item`` of several), a Reddit thread's (reddit.py) or social posts'
    (social_thread.py, the thread ``item`` of several): its paragraphs' lines,
    each numbered as in the body, the fields its properties give, and notes on what was read."""
    document = rtf.read(document_file) if kind == "RTF" else chat_export.read(document_file, item) if kind == "chat" \
        else pdf_article.read(document_file) if kind == "PDF" else reddit.read(document_file) if kind == "reddit" \
        else social_thread.read(document_file, item) if kind == "social" else office.read(document_file)
    lines = "\n\n".join(document.paragraphs).split("\n")
    return (lines, list(enumerate(lines, 1)), document.fields,
            [Problem(Located(document_file), n, True) for n in document.notes], {}, set())


def _news_article(news_file: Path, item: int | None):
    """A news feed's item, an agency's NewsML-G2 or ninjs item, or TTML subtitles (news_xml.py): its paragraphs'
    lines, each numbered as in the body, none a line of the file (subtitles read as a subtitle file is:
    _transcript), the fields it states, and notes on what was read."""
    story = news_xml.read(news_file, item)
    notes = [Problem(Located(news_file), n, True) for n in story.notes]
    if story.subtitles is not None:
        lines, numbered, found, told, in_file, displayed = _transcript(news_file, story.subtitles)
        return lines, numbered, story.fields | found, told + notes, in_file, displayed
    lines = "\n\n".join(story.paragraphs).split("\n")
    return lines, list(enumerate(lines, 1)), story.fields, notes, {}, story.displayed


def _lines_in_file(mail_file: Path, lines: list[str]) -> dict[int, int]:
    """Each line of an email's body (1-based) that its file holds as it is, by its line in the file (past its headers,
    in order): a warning names the line an editor finds in the .eml, not the decoded body's (an encoded line has
    none)."""
    raw = mail_file.read_bytes().decode("utf-8", "replace").splitlines()
    found, at = {}, next((k for k, line in enumerate(raw) if not line.strip()), 0)
    for n, line in enumerate(lines, 1):
        k = next((k for k in range(at, len(raw)) if line.strip() and raw[k].rstrip() == line.rstrip()), None)
        if k is not None:
            found[n], at = k + 1, k + 1
    return found


def _mail_article(mail_file: Path, item: int | None):
    """An email saved as a file (mail.py), or the message ``item`` of a mailbox or a digest (mbox.py): its body's
    lines, each numbered as in the body, each one's line in the file (_lines_in_file; none for one message of
    several), the fields its headers give, and notes on what was read."""
    from builder import mail

    lines, found, notes, whole = mail.read(mail_file, item)
    return (lines, _paragraphs(lines), found, [Problem(Located(mail_file), n, True) for n in notes],
            _lines_in_file(mail_file, lines) if whole else {}, set())


def propose_id(title: str) -> str:
    """An id from a headline's first words but its articles, conjunctions and short prepositions: "Trump and Putin
    Meet for Over Two Hours in Hamburg" → 'trump-putin-meet-over-two-hours'; an abbreviation with full stops is a
    word ("U.S." → 'us'); a headline of such words alone keeps them."""
    title = re.sub(r"\b(?:[A-Za-z]\.){2,}", lambda m: m.group().replace(".", ""), title)
    words = slug(re.sub(r"['’]", "", title)).split("-")
    return "-".join(([w for w in words if w not in _LINKING] or words)[:ID_WORDS])


_LINKING = set("a an the and or but nor of for to in on at by as with from".split())  # left out of proposed ids


def write_schemas(config: Config) -> None:
    """Copy the schemas into content/schemas/ where missing, so the schema lines resolve in editors."""
    write.copy_schemas(config.content / "schemas")


def _fact(config: Config) -> str:
    """A fact card to fill in: every value the editor must choose is a TODO, with the choices listed."""
    summits = sorted(p.stem for p in (config.content / "summits").glob("*.yml"))
    sources = sorted(p.stem for p in (config.content / "sources").glob("*.md"))
    if not summits:
        _fail(config.content / "summits", "a fact needs a summit and there is none yet; create one first: "
                                          "`dossier new summit ID`")
    if not sources:
        _fail(config.content / "sources", "a fact quotes a source and there is none with text yet; import one "
                                          "first: `dossier new source FILE.txt`")
    return _FACT.format(summits=", ".join(summits), sources=", ".join(sources))


def _voice(config: Config, options: dict) -> dict | None:
    """The speaker the quote's passage reports, as `dossier suggest` reads it ("…, Mayor Drusko said": elian-drusko),
    whom the account attributes it to, and a note saying so; or only a note when it names someone who is no
    speaker, or reports a denial (the card's statement says whether it is what they deny); None when it names no
    one, or when the dossier does not check yet."""
    from builder import pipeline
    from builder.suggest import Retriever  # here: only a new card from a quote reads its wording
    try:
        dossier = pipeline.check(config).site.dossier
    except DossierError:
        return None
    source = dossier.sources.get(options.get("source"))
    span = locate(options.get("quote") or "", source.body) if source else None
    said = Retriever(dossier).said_at(source, span.start) if span else None
    if said is None or said.whole and said.speaker is None:
        return None
    if said.speaker is None:
        return {"note": f"the quote's passage reports someone's words (\"{_clip(said.words)}\") who is no speaker of "
                        "the dossier: add them (`dossier new speaker ID`) and give the account `speaker: ID` and "
                        "`stance: attributes`"}
    if said.denial:
        return {"note": f"the quote's passage reports {said.speaker} denying something (\"{_clip(said.words)}\"): "
                        "give the account `stance: disputes` and `speaker:` if the card states what they deny"}
    return {"said": said.speaker,
            "note": f"stance: attributes, speaker: {said.speaker}, from the quote's passage (\"{_clip(said.words)}\"); "
                    "give --stance states to make it the outlet's own"}


def _complete_fact(config: Config, options: dict, said: str | None = None) -> tuple[str, str | None]:
    """A whole fact card from the editor's options, each reference checked before anything is written, and a note on
    its figure; ``said``: the speaker the quote's passage reports, whom its account attributes it to (the card is no
    remark of theirs unless --speaker says so). With --quantity, the quote's figure of that kind is its value; without
    --summit, the dossier's one summit when it has only one."""
    summits = sorted((config.content / "summits").glob("*.yml"))
    if not options.get("summit") and len(summits) == 1:
        options = {**options, "summit": summits[0].stem}
    missing = [f"--{o}" for o in ("summit", "source", "quote") if not options.get(o)]
    if missing:
        _fail(config.content / "facts", f"a new fact needs {', '.join(missing)} as well")
    for option, folder, ext in (("summit", "summits", "yml"), ("source", "sources", "md"),
                                ("speaker", "speakers", "yml")):
        ident = options.get(option)
        if ident and not (config.content / folder / f"{ident}.{ext}").is_file():
            known = ", ".join(sorted(p.stem for p in (config.content / folder).glob(f"*.{ext}"))) or "none yet"
            _fail(config.content / folder, f"--{option} {ident}: there is no {folder[:-1]} '{ident}'; "
                                           f"choose one of: {known}")
    source = config.content / "sources" / f"{options['source']}.md"
    problems = Problems()
    parts = split_front_matter(read_text(source, problems) or "", Located(source), problems)
    if not parts or not locate(options["quote"], parts[1]):
        _fail(source, f"--quote: the words are not in source '{options['source']}'{_why_not(options['quote'], parts)}")
    speaker = options.get("speaker")
    stance = options.get("stance") or ("attributes" if speaker else "states")
    if stance not in STANCES:
        _fail(config.content / "facts", f"--stance {stance}: choose one of {', '.join(STANCES)}")
    account = {"source": options["source"], "quote": options["quote"], "stance": "attributes" if said else stance}
    if options.get("occurrence") is not None:
        account["occurrence"] = options["occurrence"]
    if (speaker or said) and account["stance"] != "states":
        account["speaker"] = speaker or said
    quantity, note, currency = options.get("quantity"), None, None
    if quantity and quantity not in QUANTITIES:
        _fail(config.content / "facts", f"--quantity {quantity}: choose one of {', '.join(QUANTITIES)}")
    if quantity:
        from builder.prose_figures import read  # here: only a card with a figure reads one
        figure = read(options["quote"], quantity, today=_day_of(parts, locate(options["quote"], parts[1]).start))
        if figure:
            account["value"] = figure.value
            written = ", ".join(f"{k}: {v}" for k, v in figure.value.items())
            currency = figure.currency or None
            note = f"value {{{written}}}" + (f" and currency {currency}" if currency else "") + \
                f" read from '{figure.text}' in the quote; check it"
        else:
            note = f"the quote gives no {quantity} that `dossier suggest` reads: give the account its `value:`"
    remark = speaker if account["stance"] in AFFIRMING else None  # a speaker who denies the card said no remark
    return cards.card(options["summit"], options.get("statement") or options["quote"], account,
                      meeting=options.get("meeting"), speaker=remark, quantity=quantity, currency=currency), note


def _day_of(parts: tuple, at: int) -> str | None:
    """The day the words at ``at`` of a source (its front matter text and body: ``parts``) were written, from which
    "on Monday" or "last night" is read: a live blog's entry's, else the source's `published`."""
    from builder.suggest import entry_day
    published = re.search(r"^published:\s*['\"]?(\d{4}-\d\d-\d\d)", parts[0], re.M)
    day = entry_day(parts[1], at, published.group(1) if published else "unknown")
    if day:
        return day[:10]
    return published.group(1) if published else None


def _passing(path: Path, card: str) -> str:
    """The ``card`` to write at ``path``, or DossierError with what `dossier check` would refuse in it (a blank or
    over-long --statement or --name, a --kind it does not know, a control character): nothing is written."""
    problems = Problems()
    data, lines = parse_yaml(card, Located(path), problems)
    if data is not None:
        check(RawDoc(path.parent.name, path.stem, Located(path), data, lines), problems)
    refused = [p for p in problems.sorted() if not p.warning]
    if refused:
        raise DossierError([Problem(Located(path), f"`dossier check` would refuse this card: {p.message}")
                            for p in refused])
    return card


def _refused_unless_checked(path: Path) -> None:
    """Check the new source at ``path`` as `dossier check` reads it (its front matter from the page's markup or the
    options: a control character, a blank author, an over-long title, a date that does not exist); when it refuses
    it, delete it and raise DossierError with why."""
    problems = Problems()
    doc = _load_file("sources", path, problems)
    if not doc.broken:
        check(doc, problems)
    refused = [p for p in problems.sorted() if not p.warning]
    if refused:
        path.unlink(missing_ok=True)
        raise DossierError([Problem(p.where, f"`dossier check` would refuse this source: {p.message}")
                            for p in refused])


def _checked_with_the_dossier(config: Config, path: Path) -> None:
    """Check the new card at ``path`` with the whole dossier (its meeting, a stance's speaker, the quote's words and
    place); when `dossier check` refuses it, delete it and raise DossierError with why: nothing is left written.
    Problems of other files are theirs, not the new card's."""
    from builder import pipeline  # here: the whole pipeline for this one command
    try:
        pipeline.check(config)
    except DossierError as exc:
        mine = [p for p in exc.problems if p.where.path == path]
        if mine:
            path.unlink(missing_ok=True)
            raise DossierError([Problem(p.where, "`dossier check` would refuse this card: "
                                        + p.message.replace("add `occurrence: N`", "pass --occurrence N"))
                                for p in mine]) from None


def _why_not(quote: str, parts) -> str:
    """What the editor can do about a --quote not in the source: the pieces it leaves words out between, or the
    closest passage and its first difference."""
    body = parts[1] if parts else ""
    pieces = elided(quote, body)
    if pieces:
        listed = ", ".join(json.dumps(p, ensure_ascii=False) for p in pieces)
        return (": it leaves words out with an ellipsis the article has not there; --quote takes one passage, so "
                f"write the card with its quote in pieces, `quote: [{listed}]`")
    passage, _, difference = closest(quote, body) if body else (None, 0, "")
    return f"; the closest passage reads \"{passage}\": {difference}. Copy the words exactly" if passage else (
        "; copy them exactly")


def _ask_fact(config: Config) -> dict:
    """The fact's options, asked one by one in the terminal, with the ids to choose from; a required one is asked
    again until answered, an empty answer leaves an optional one out; the end of the input (Ctrl-D) writes nothing."""
    def ask(question: str, choices=(), optional: bool = False) -> str:
        if choices:
            print(f"{question}: " + ", ".join(choices))
        while True:
            try:
                answer = input(f"{question}{' (optional)' if optional else ''}: ").strip()
            except EOFError:  # Ctrl-D
                print()
                _fail(config.content / "facts", "the input ended (Ctrl-D) before every answer was given; run the "
                                                "command again, or write the card in one go with --summit, --source "
                                                "and --quote")
            if answer or optional:
                return answer
            print(f"{question.split(' (')[0]} is needed.")

    def ids(folder: str, ext: str) -> list[str]:
        return sorted(p.stem for p in (config.content / folder).glob(f"*.{ext}"))

    answers = {"summit": ask("Summit", ids("summits", "yml"))}
    meetings = _meetings(config.content / "summits" / f"{answers['summit']}.yml")
    answers |= {"meeting": ask("Meeting", meetings, optional=True) if meetings else "",
                "source": ask("Source", ids("sources", "md")),
                "quote": ask("Quote (the source's words, exactly)"),
                "speaker": ask("Speaker", ids("speakers", "yml"), optional=True),
                "statement": ask("Statement, in your words (default: the quote)", optional=True)}
    return {k: v for k, v in answers.items() if v}


def _meetings(summit: Path) -> list[str]:
    """The ids of the summit's meetings; none when its file cannot be read (the card is checked after)."""
    text = read_text(summit, Problems())
    data = parse_yaml(text, Located(summit), Problems())[0] if text is not None else None
    meetings = data.get("meetings") if isinstance(data, dict) else None
    return [m["id"] for m in meetings if isinstance(m, dict) and isinstance(m.get("id"), str)] \
        if isinstance(meetings, list) else []


def _check_id(ident: str, folder: Path) -> None:
    if not ID.match(ident):
        _fail(folder, f"'{ident}' is not a valid id; use lowercase letters, digits and single hyphens, "
                      f"e.g. '{propose_id(ident)}'")
    if len(ident) > MAX_ID_LENGTH:
        _fail(folder, f"the id '{ident[:20]}…' is {len(ident)} characters long, over the limit of {MAX_ID_LENGTH}; "
                      "choose a shorter one")
    if device_name(ident):
        _fail(folder, f"{device_name(ident)}; choose another")
    if ident in RESERVED.get(folder.name, {}):  # dossier check would refuse it
        _fail(folder, f"the id '{ident}' would replace {RESERVED[folder.name][ident]}, which the builder makes; "
                      "choose another")


def _create(path: Path, text: str) -> None:
    """Write a new file; refuse to replace one that exists."""
    try:
        write.create_new(path, text)
    except FileExistsError:
        _taken(path)


def _taken(path: Path) -> None:
    _fail(path, "the file exists and was left as it is; choose another id" + (
        " (or --id)" if path.parent.name == "sources" else ""))


def _paragraphs(lines: list[str]) -> list[tuple[int | None, str]]:
    """The article's lines, each with its number in the file, and a blank line (numbered None) between two lines
    that each hold a paragraph: text copied from a web page often has no blank line between paragraphs, and the
    body's paragraphs are separated by blank lines. A hard-wrapped text (lines of at most WRAPPED characters, most
    of them long, or most running on into the next: a print page's narrow columns, "lor-" / "ry", automatic captions)
    keeps its lines together, but for a caption's change of speaker (">>"). A table laid out with spaces is a
    paragraph a row, its cells wrapped under themselves in it (layout.table_rows). A box ("IN BRIEF", "Key facts", see
    boxes.py) is set apart however the text is wrapped, and one set in the middle of a sentence is read after it."""
    order = boxes.order(lines)
    lines = [lines[n] for n in order]
    pairs = [(line, after) for line, after in zip(lines, lines[1:]) if line.strip() and after.strip()]
    long = sum(len(line) > WRAPPED // 2 for line, _ in pairs)
    running = sum(line.rstrip().endswith("-") or after.lstrip()[:1].islower() or after.startswith(">>")
                  for line, after in pairs)
    wrapped = pairs and max(map(len, lines)) <= WRAPPED and max(long, running) >= 0.7 * len(pairs)
    boxed = {n for box in boxes.boxes(lines) for n in box}  # read apart from the text around them
    ends = (set() if wrapped else _paragraph_ends(["" if n in boxed else line for n, line in enumerate(lines)])) | {
        n + 1 for n in boxes.ends(lines)} | {n + 1 + under for n in range(len(lines)) if _heading(lines, n)
                                             for under in (0, 1) if under == 0 or _RULE.fullmatch(lines[n + 1].strip())}
    rows, carried = layout.table_rows(lines)  # a table laid out with spaces: a paragraph a row, its wrapped cells in it
    ends = ends - carried | rows
    out: list[tuple[int | None, str]] = []
    for n, line in enumerate(lines, 1):
        if (n - 1 in ends or line.startswith(">>")) and out and out[-1][1].strip() and line.strip():
            out.append((None, ""))
        out.append((order[n - 1] + 1, line))
    return out


def _parties(numbered: list[tuple[int | None, str]], skip: set[int]) -> list[tuple[int | None, str]]:
    """The body's lines with a case's parties on one line ("KESTRELMOOR TRUST v OSKAR BRENNING"), where a "v" alone
    on its line stands between them, blank lines around it or not (``skip``: lines of chrome, left as they are)."""
    filled = [k for k, (n, line) in enumerate(numbered) if line.strip()]
    out, dropped = list(numbered), set()
    for a, v, b in zip(filled, filled[1:], filled[2:]):
        if article.VERSUS.fullmatch(numbered[v][1].strip()) and not {numbered[k][0] for k in (a, v, b)} & skip \
                and a not in dropped and None not in (numbered[a][0], numbered[v][0], numbered[b][0]):
            out[a] = (numbered[a][0], f"{numbered[a][1].strip()} v {numbered[b][1].strip()}")
            dropped |= set(range(a + 1, b + 1))
    return [line for k, line in enumerate(out) if k not in dropped]


def _paragraph_ends(lines: list[str]) -> set[int]:
    """The 1-based lines that end a paragraph in a text not hard-wrapped as a whole: every line, but in a block of
    lines (between blank ones) whose lines mostly run on into the next, as a report's paragraphs wrapped at 110
    characters do (a full line not ending a sentence, or the next beginning in lower case), only a line that ends a
    sentence short of the block's width (a paragraph's last line), and a short label or a transcript's time over them
    ("NOTE:", "[00:00:19]" over a turn "CHIEF SUPT. MARRACK: …", however many lines it runs over), a numbered heading
    in capitals a paragraph of its own ("1. SUMMARY" over the section's wrapped lines); not in a
    table, each row of it a paragraph as a web page's are ("RATING:                 EF3"). A full line that ends a
    sentence before a capital says neither: a wrapped paragraph's sentence may end at its line's end, so it counts
    for no side ("…No concern about" / "my claims was raised … two hotel invoices." / "I answered …" is one
    paragraph). A list item's lines indented under it ("- (c) … Lonbridge, in" / "  September 2024;") are one
    paragraph however the block is read."""
    blocks, start = [], 0
    for n in range(len(lines) + 1):
        if n == len(lines) or not lines[n].strip():
            blocks.append((start, n))
            start = n + 1
    read = [_wrapped_block(lines[a:b]) for a, b in blocks]
    widths = [max(map(len, lines[a:b])) for (a, b), (wrapped, _) in zip(blocks, read) if wrapped and b - a > 1]
    wrap = max(widths) if len(widths) > 1 else 0  # the width the text's paragraphs are wrapped at, if they are
    ends = set()
    for (start, n), (wrapped, either) in zip(blocks, read):
        block = lines[start:n]
        width = max(map(len, block), default=0)
        if either and 0.85 * wrap <= width <= wrap:  # a block of full lines ending sentences, in a wrapped text: one
            wrapped = True  # paragraph ("… as a relief." / "Can't believe it's one of ours.")
        head, timed, heading = _block_head(block)
        if wrapped:
            ends |= {start + k + 1 for k, line in enumerate(block)
                     if _SENTENCE_END.search(line) and len(line) < 0.75 * width}
        else:
            ends |= set(range(start + 1, n + 1))
        ends -= {start + k for k in _item_lines(block[head if heading else 0:], head if heading else 0)} \
            | ({start + 1} if timed else set())
    return ends | chrome.turn_labels(lines)  # a transcript's "Speaker 3  00:00:15", a paragraph of its own


def _block_head(block: list[str]) -> tuple[int, bool, bool]:
    """Whether a block opens with a line over its paragraph (1 if so, else 0): a short label ("NOTE:"), a transcript's
    time ("[00:00:19]") or a numbered heading ("1. SUMMARY"); and whether it is a time, or a heading."""
    width = max(map(len, block), default=0)
    timed = len(block) > 1 and bool(_TIME_CODE.fullmatch(block[0].strip()))
    heading = len(block) > 2 and _heading(block, 0)
    return int(len(block) > 2 and len(block[0]) < 0.75 * width and (block[0].rstrip().endswith(":") or timed
                                                                      or heading)), timed, heading


def _wrapped_block(block: list[str]) -> tuple[bool, bool]:
    """Whether a block's lines mostly run on into the next (see _paragraph_ends), and whether it says neither: each
    of its lines is a full one ending a sentence before a capital."""
    width = max(map(len, block), default=0)
    head = _block_head(block)[0]
    pairs = list(zip(block[head:], block[head + 1:]))
    running = sum(line.rstrip().endswith("-") or after.lstrip()[:1].islower()
                  or len(line) >= 0.75 * width and not _SENTENCE_END.search(line) for line, after in pairs)
    either = sum(len(line) >= 0.75 * width and bool(_SENTENCE_END.search(line)) and after.lstrip()[:1].isupper()
                 for line, after in pairs)
    wrapped = bool(running) and running >= 0.7 * (len(pairs) - either) and not all(map(_ROW.fullmatch, block))
    return wrapped, bool(pairs) and either == len(pairs)


def _heading(lines: list[str], n: int) -> bool:
    """Whether the 0-based line ``n`` is a numbered section's heading in capitals atop a block (or under a rule), over
    its lines ("1. SUMMARY" / "THE HEAVIEST SNOW HAS PASSED. …"): a paragraph of its own (its rule under it too),
    whether the text is wrapped or not."""
    return (n == 0 or not lines[n - 1].strip() or _RULE.fullmatch(lines[n - 1].strip())) and n + 1 < len(lines) \
        and bool(lines[n + 1].strip()) and bool(_HEADING.fullmatch(lines[n].strip())) and lines[n].isupper() \
        and len(lines[n].strip()) < 0.75 * max(len(line) for line in lines[n:n + 6])


def _item_lines(block: list[str], offset: int = 0) -> list[int]:
    """The lines of a block (0-based) that carry on a list item above them: indented further than its marker, with
    no marker of their own ("- (c) … Lonbridge, in" / "  September 2024;", "1. … Kelstow Town" / "   Council.", a
    Markdown note's "[^1]: … those of the" / "    Ostrevia Coastguard …"), or a field's value, indented as far as it
    ("AREAS:          … BRANNOCK DISTRICT," / "                OSTER VELL DISTRICT"); and the rows of a Markdown
    table but its last ("| Issued | 15 October 2025 |"), which a blank line would end."""
    carried, indent = [], None
    for k, line in enumerate(block):
        item = _ITEM.match(line) or _NOTE.match(line)
        depth = len(line) - len(line.lstrip())
        if _MARKDOWN_ROW.fullmatch(line.strip()) and k + 1 < len(block) and _MARKDOWN_ROW.fullmatch(block[k + 1].strip()):
            carried.append(offset + k + 1)  # (the line below it carries it on)
            continue
        if item:
            indent = depth
        elif _ROW.fullmatch(line.strip()):
            indent = len(line) - len(re.split(r":[ \t]{2,}", line, maxsplit=1)[1]) - 1
        elif indent is not None and depth > indent:
            carried.append(offset + k)
        else:
            indent = None
    return carried


_RULE = re.compile(r"[=_~*-]{3,}")  # a rule under a heading or between parts
_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[^.!?]{2,80}")  # a numbered section's heading: "2. OBSERVATIONS, 24 HOURS"
_NOTE = re.compile(r"\[\^\w{1,10}\]:\s")  # a Markdown note: "[^1]: Revision 1 was based on …"
_MARKDOWN_ROW = re.compile(r"\|.*\|")
_SENTENCE_END = re.compile(r"[.!?:][\"”’)\]]*\s*$")
_ROW = re.compile(r"[^:]{1,40}:[ \t]{2,}\S.*")  # a table's row, a paragraph of its own: "RATING:                 EF3"
_ITEM = re.compile(r"\s*(?:[-*+•–]|\d{1,2}[.)]|\(?[a-z][.)])\s+\S")  # a list item's marker: "- ", "1. ", "(a) "


def _collapse(lines: list[str]) -> list[str]:
    """Lines without leading, trailing or repeated blank lines (what is left after removing chrome)."""
    kept = [line for n, line in enumerate(lines) if line.strip() or (n and lines[n - 1].strip())]
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _scalar(text: str) -> str:
    """A front-matter value: bare when the builder's YAML reads it back as the same string ("Reuters", 2017-07-07),
    else JSON-quoted ("No", "On" and "Null" are true/false and null to YAML, "1984" a number)."""
    problems = Problems()
    bare = re.fullmatch(r"[\w][\w .'’/-]*", text) and parse_yaml(f"v: {text}\n", Located(Path("v")), problems)[0] \
        == {"v": text} and not problems.items
    return text if bare else json.dumps(text, ensure_ascii=False)


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _fail(where: Path, message: str):
    raise DossierError([Problem(Located(where), message)])


_UNTRANSLATED = "# translated: true          # when the text reads as a translation"
_SOURCE = """---
title: {title}
outlet: {outlet}           # the publisher, or unknown
author: {author}           # a name, or unknown
published: {published}        # YYYY-MM-DD, or unknown
language: {language}
url: {url}                 # the article's address when known
# reports_on: YYYY-MM-DD    # the day of the events it reports, when the article says
{translated}
# notes: what establishes the metadata, and why any of it is unknown
{seed}---
{body}"""

_SPEAKER = """# yaml-language-server: $schema=../schemas/speaker.schema.json
name: {name}
kind: {kind:<20}# person | institution | group
# spellings: [Other Spelling]   # other spellings the sources use (a government: its country, "Russia says")
# country: Russia
# roles:
#   - title: Foreign Minister of Russia
#     summit: hamburg-2017   # the summit at which the sources give this role
"""

_SUMMIT = """# yaml-language-server: $schema=../schemas/summit.schema.json
name: {name}
kind: {kind:<20}# summit | meeting | speech | event
# city: Hamburg
# country: Germany
# start: 2017-07-07       # YYYY-MM-DD
# end: 2017-07-08
# meetings:
#   - id: trump-putin
#     title: Trump–Putin bilateral meeting
#     date: 2017-07-07
#     participants: [donald-trump, vladimir-putin]
"""

_FACT = """# yaml-language-server: $schema=../schemas/fact.schema.json
summit: todo              # TODO, one of: {summits}
# meeting: ID             # a meeting id of that summit
statement: "TODO: what happened, in your own words."
topics: []
# speaker: ID             # when the card is a remark by someone
accounts:
  - source: todo          # TODO, one of: {sources}
    quote: "TODO: the source's words, copied exactly"
    stance: states        # states | attributes | disputes | contradicts
"""
STANCES = ("states", "attributes", "disputes", "contradicts")
