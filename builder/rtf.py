"""A rich-text document (.rtf, as a press office's word processor saves a statement) read as an article: its paragraphs
(\\par) in order, a table's rows as cells between tabs (as office.py reads a Word table), its characters as written
(\\u escapes, \\'xx bytes in the document's or the font's code page); never its font, colour and style tables, hidden
text, a field's instructions (its result is kept), page headers and footers, footnotes, comments, list numbers or
pictures; and what its \\info group says, read as a Word document's properties are."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, replace
from pathlib import Path

from builder import office
from builder.load import TooBig, read_bytes, read_start
from builder.office import Document
from builder.problems import DossierError, Located, Problem

MAX_BYTES = 20_000_000  # a statement with its letterhead's pictures
MAX_DEPTH = 500  # groups nested in groups: no word processor writes more
_TOKEN = re.compile(r"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?|\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<symbol>[^a-zA-Z])"
                    r"|(?P<brace>[{}])|[\r\n]+|(?P<text>[^\\{}\r\n]+)|\\")
# Destinations whose text is no part of the article (a group opening with "\*" is skipped too, unless listed in _READ).
_SKIPPED = {"fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote",
            "annotation", "atnid", "atnauthor", "atndate", "fldinst", "pict", "object", "listtext", "pntext",
            "shprslt", "sp", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "filetbl",
            "nonshppict", "txe", "xe", "tc", "bkmkstart", "bkmkend", "template", "docvar", "userprops"}
_READ = {"shpinst", "shptxt"}  # a text box's words ("{\*\shpinst … {\shptxt …}}"), its fallback (\shprslt) skipped
_INFO = {"title": "title", "author": "creator", "company": "company", "creatim": "created",
         "revtim": "modified"}  # as office.py names them
_CHARACTERS = {"tab": "\t", "line": "\n", "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
               "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "emspace": " ", "enspace": " ",
               "qmspace": " "}
_SYMBOLS = {"~": " ", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}"}  # a non-breaking space, hyphen, a soft one…
_CHARSETS = {77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258,
             177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 850}  # \fcharset → code page;
# ANSI's (0), the default's (1) and a symbol font's (2): the document's


@dataclass(frozen=True)
class _State:
    """What a group inherits from the one holding it: whether its text is skipped (a destination's) or hidden (hidden
    or deleted text), whether it is the font table or the \\info group, the \\info value its text gives, its font
    (in the font table: the one defined) and code page, how many characters stand in for a \\u escape, and whether
    its paragraph is a table's."""

    skip: bool = False
    hidden: bool = False
    fonts: bool = False
    in_info: bool = False
    info: str | None = None
    font: int | None = None
    codepage: int = 1252
    uc: int = 1
    in_table: bool = False


def kind(path: Path) -> str | None:
    """'RTF' for a rich-text document (it opens with "{\\rtf", whatever its name), None for any other file."""
    try:
        return "RTF" if read_start(path, 5) == b"{\\rtf" else None
    except OSError:
        return None


def read(path: Path) -> Document:
    """The document's paragraphs, the fields its \\info group gives and notes for the editor; refuses (DossierError) a
    document that cannot be read."""
    try:
        text = read_bytes(path, MAX_BYTES).decode("latin-1")  # a byte a character: RTF is 7-bit, its bytes escaped
        reader = _Reader()
        paragraphs, info = reader.read(text)
    except TooBig as exc:
        raise DossierError([Problem(Located(path), f"the rich-text document is {exc.size:,} bytes, over the limit of "
                                                   f"{MAX_BYTES:,}; copy its text into a .txt file")]) from None
    except (OSError, ValueError, LookupError) as exc:
        raise DossierError([Problem(Located(path), f"cannot read the rich-text document ({exc}); open it in a word "
                                                   "processor and save it again, or copy its text into a .txt "
                                                   "file")]) from None
    document = Document([p for p in map(office.clean, paragraphs) if p.strip()],
                        notes=["a rich-text (RTF) document: its text imported, its page headers and footers, hidden "
                               "text, fields' instructions, comments and footnotes left out"])
    if reader.unescaped_utf8:
        document.notes.append("its unescaped characters are UTF-8's, not its code page's (a program wrote the file, "
                              "not a word processor): read as UTF-8; check them against the document")
    office.read_properties(document, info)
    return document


class _Reader:
    """An RTF text (a str of its bytes) read token by token into paragraphs and \\info values."""

    def __init__(self):
        self.paragraphs: list[str] = []
        self.out: list[str] = []  # the paragraph being read
        self.pending = bytearray()  # \\'xx bytes, decoded together: a character may take two
        self.info: dict[str, list[str]] = {}
        self.dates: dict[str, dict[str, int]] = {}  # \\creatim's and \\revtim's \\yr, \\mo and \\dy
        self.fonts: dict[int, int] = {}  # a font's code page, by its number
        self.codepage = 1252  # the document's (\\ansicpg)
        self.state, self.stack = _State(), []
        self.standing_in = 0  # characters left to skip after a \\u escape: the stand-in older readers show
        self.unescaped_utf8 = False  # whether some text was read as UTF-8, not in its code page

    def read(self, text: str) -> tuple[list[str], dict[str, str]]:
        at, starred = 0, False
        while at < len(text):
            token = _TOKEN.match(text, at)
            at, word = token.end(), token["word"]
            if not token.group().strip("\r\n"):  # a line break of the file's, none of the text's
                continue
            if self.standing_in and not token["brace"]:
                if token["text"] and len(token["text"]) > self.standing_in:
                    token_text, self.standing_in = token["text"][self.standing_in:], 0
                    self.emit(token_text)
                else:
                    self.standing_in -= len(token["text"]) if token["text"] else 1
                continue
            self.standing_in = 0
            if token["brace"] == "{":
                self.flush()
                self.stack.append(self.state)
                if len(self.stack) > MAX_DEPTH:
                    raise ValueError(f"its groups nest more than {MAX_DEPTH} deep")
            elif token["brace"] == "}":
                self.flush()
                if len(self.stack) <= 1:
                    break  # the document's last brace: nothing after it is the document's
                self.state = self.stack.pop()
            elif token["hex"]:
                if self.shown:
                    self.pending.append(int(token["hex"], 16))
            elif token["text"]:
                for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", token["text"]):
                    if run.isascii():
                        self.emit(run)
                    elif utf8 := _utf8(run):  # bytes a program wrote unescaped, in UTF-8 whatever the code page
                        self.emit(utf8)
                        self.unescaped_utf8 = True
                    elif self.shown:  # bytes the writer did not escape: the code page's
                        self.pending.extend(run.encode("latin-1"))
            elif token["symbol"] == "*":
                starred = True
                continue
            elif token["symbol"] in ("\r", "\n"):  # a backslash ending a line of the file: \\par
                self.control("par", None, False)
            elif token["symbol"] in _SYMBOLS:
                self.emit(_SYMBOLS[token["symbol"]])
            elif word:
                at += self.control(word, int(token["arg"]) if token["arg"] else None, starred)
            starred = False
        self.flush()
        self.paragraphs.append("".join(self.out))
        values = {_INFO[key]: " ".join("".join(parts).split()) for key, parts in self.info.items()}
        values |= {_INFO[key]: f"{d['yr']:04}-{d['mo']:02}-{d['dy']:02}" for key, d in self.dates.items()
                   if {"yr", "mo", "dy"} <= d.keys()}
        return [_paired(p) for p in self.paragraphs], values

    @property
    def shown(self) -> bool:
        return not (self.state.skip or self.state.hidden)

    def flush(self) -> None:
        """Decode the \\'xx bytes read, in the code page of the text they are in."""
        if self.pending:
            self.write(codecs.decode(bytes(self.pending), f"cp{self.state.codepage}", "replace"))
            self.pending.clear()

    def emit(self, chars: str) -> None:
        self.flush()
        if self.shown:
            self.write(chars)

    def write(self, chars: str) -> None:
        (self.info.setdefault(self.state.info, []) if self.state.info else self.out).append(chars)

    def control(self, word: str, number: int | None, starred: bool) -> int:
        """Read a control word (its number ``number``, after "\\*" if ``starred``); the characters to pass over
        after it (\\bin's binary data)."""
        state = self.state
        if word == "bin":
            return max(0, number or 0)
        if starred and word not in _READ or word in _SKIPPED:
            self.state = replace(state, skip=True, fonts=word == "fonttbl")
        elif word == "info":
            self.state = replace(state, skip=True, in_info=True)
        elif word in _INFO and state.in_info:
            self.state = replace(state, skip=word in ("creatim", "revtim"), info=word)
            self.dates.update({word: {}} if word in ("creatim", "revtim") else {})
        elif word in ("yr", "mo", "dy") and state.info in self.dates and number is not None:
            self.dates[state.info][word] = number
        elif word == "u" and number is not None:
            self.emit(chr(number % 65536))  # a negative number for a character past 32767
            self.standing_in = state.uc
        elif word == "uc" and number is not None:
            self.state = replace(state, uc=max(0, number))
        elif word == "ansicpg" and number:
            codecs.lookup(f"cp{number}")  # LookupError for a code page no one knows
            self.codepage = number
            self.state = replace(state, codepage=number)
        elif word == "f" and number is not None:
            self.flush()
            self.state = replace(state, font=number) if state.fonts else \
                replace(state, codepage=self.fonts.get(number, self.codepage))
        elif word == "fcharset" and state.fonts and state.font is not None and number is not None:
            self.fonts[state.font] = _CHARSETS.get(number, self.codepage)
        elif word in ("v", "deleted", "plain"):
            self.flush()
            self.state = replace(state, hidden=word != "plain" and number != 0)
        elif word in ("intbl", "pard"):
            self.state = replace(state, in_table=word == "intbl")
        elif word in ("par", "sect", "page") and self.shown:
            self.flush()
            if state.in_table:  # a cell's paragraphs are one, as office.py reads a Word table's
                self.out.append(" ")
            else:
                self.paragraphs.append("".join(self.out))
                self.out.clear()
        elif word in ("cell", "nestcell") and not state.skip:
            self.emit("\t")
        elif word in ("row", "nestrow") and not state.skip:
            self.flush()
            self.paragraphs.append(re.sub(r"\s*\t\s*$", "", re.sub(r" *\t *", "\t", "".join(self.out))))
            self.out.clear()
        elif word in _CHARACTERS:
            self.emit(_CHARACTERS[word])
        return 0


def _utf8(run: str) -> str | None:
    """A run of unescaped bytes (a str of them) read as UTF-8, when it is that (a code page's letters seldom are)."""
    try:
        return run.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return None


def _paired(text: str) -> str:
    """A text whose \\u escapes wrote a character past U+FFFF as two halves (surrogates): joined."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
