"""Find quotes in source texts, forgiving only typography: quote marks and apostrophes, dashes, ellipses, the
spacing house styles put around them, white space, invisible characters, accents written apart, and a word a
hard-wrapped text splits with a hyphen at a line's end ("negoti-\nations")."""
from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_CHARS = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',  # guillemets: see _RUN
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u02bc": "'", "\u00b4": "'",  # the modifier letter apostrophe, and an acute accent typed for an apostrophe
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Span:
    """A quote's place in a source body: character offsets [start, end)."""

    start: int
    end: int


# soft hyphen, zero-width space, (non-)joiners, word joiner, zero-width no-break space, emoji variation selectors
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f"
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # accents as characters of their own
_GONE = dict.fromkeys(map(ord, INVISIBLE))
_GAP = rf"[\s{INVISIBLE}]*"  # white space and invisible characters, or nothing
# What normalise folds, run by run, with the white space around an ellipsis or a dash, since house styles space them
# differently ("other\u2014and", "other \u2013 and", "miracles ... but", ". . ."): an ellipsis (the character,
# three dots, or three spaced dots) with any dots after it, a run of dashes, guillemets with the space French
# typography puts inside them («\u00a0no\u00a0» is "no"), the space it puts before ; : ! ?, white space, invisible
# characters alone, and a letter followed by its accents as characters of their own (decomposed), composed into one.
_RUN = re.compile(rf"(?=[\s{INVISIBLE}\u2026.\-\u00ab\u00bb\u2039\u203a]|.[{_COMBINING}])"  # a quick test first
                  rf"(?:(?P<ellipsis>{_GAP}(?:\u2026|\.[ \u00a0\u202f]?\.[ \u00a0\u202f]?\.)(?:{_GAP}[.\u2026])*{_GAP})"
                  rf"|(?P<dash>{_GAP}-(?:{_GAP}-)*{_GAP})|(?P<double>\u00ab{_GAP}|{_GAP}\u00bb)"
                  rf"|(?P<single>\u2039{_GAP}|{_GAP}\u203a)|(?P<before>[\s{INVISIBLE}]+(?=[;:!?]))"
                  rf"|(?P<space>[^\S ]{_GAP}| [\s{INVISIBLE}]+)|(?P<invisible>[{INVISIBLE}]+)"
                  rf"|(?P<accented>.[{_COMBINING}]+))")  # space: not a lone " ", which stays as it is
_FOLDS_TO = {"ellipsis": "...", "dash": "-", "double": '"', "single": "'", "before": "", "space": " ", "invisible": ""}
_MARKS = {"ellipsis": ".\u2026", "dash": "-", "double": "\u00ab\u00bb", "single": "\u2039\u203a"}  # a fold's own


def _fold(run: re.Match) -> str:
    return unicodedata.normalize("NFC", run.group()) if run.lastgroup == "accented" else _FOLDS_TO[run.lastgroup]


def normalise(text: str) -> str:
    """Text with typographic variants folded: the form in which quotes are compared."""
    return _RUN.sub(_fold, text.translate(_CHARS)).strip(" ")


def plain(text: str) -> str:
    """Text with curly quote marks, apostrophes and dashes made plain (guillemets kept) and invisible characters
    gone, its spacing kept (one space for each run): how a quote's words are shown side by side with another's."""
    return " ".join(text.translate(_CHARS).translate(_GONE).split())


def normalise_with_map(text: str) -> tuple[str, Sequence[int]]:
    """The normalised text and, for each of its characters, the offset of the original character.

    Runs of white space become one space (none at the ends), runs of dashes one dash and an ellipsis three dots,
    without the white space around them, guillemets plain quotation marks without the space inside them; the space
    before ; : ! ? and invisible characters go. A folded mark points at its own characters, never at the space
    beside it; a composed letter points at its base letter.
    """
    folded = text.translate(_CHARS)
    parts: list[str] = []
    where = array("I")  # 4 bytes an offset, where a list took 36 (360 MB over 2,000 sources)
    done = 0
    for run in _RUN.finditer(folded):
        start, end = run.span()
        parts.append(folded[done:start])
        where.extend(range(done, start))
        kind = run.lastgroup
        if kind in _MARKS:
            marks = [i for i in range(start, end) if folded[i] in _MARKS[kind]]
            parts.append(_FOLDS_TO[kind])
            where.extend([marks[0]] * (len(_FOLDS_TO[kind]) - 1) + [marks[-1]])
        elif kind == "space":
            parts.append(" ")
            where.append(start)
        elif kind == "accented":
            parts.append(_fold(run))
            where.extend([start] * len(parts[-1]))
        done = end
    parts.append(folded[done:])
    where.extend(range(done, len(folded)))
    joined = "".join(parts)
    head, tail = len(joined) - len(joined.lstrip(" ")), len(joined.rstrip(" "))  # no space at the ends
    return joined[head:tail], where[head:tail]


def locate(quote: str, body: str, index: Callable[[], tuple[str, Sequence[int]]] | None = None) -> Span | None:
    """Where ``quote`` occurs in ``body`` (first occurrence), ignoring typographic variants.

    A quote copied exactly is found directly; only other quotes need the normalised body, which
    ``index`` (when given) supplies, computed once per source.
    """
    start = body.find(quote)
    if start >= 0 and quote and quote == quote.strip() and "-" not in quote[-1:] and normalise(quote):  # not a
        # soft hyphen alone: an invisible character is nothing to find
        return Span(start, start + len(quote))
    norm_body, where = index() if index else normalise_with_map(body)
    norm_quote = normalise(quote)
    if not norm_quote:
        return None
    start = norm_body.find(norm_quote)
    for as_read in (False, True):
        if start >= 0:
            break
        norm_body, where = _unbroken(body, as_read) or ("", [])
        start = norm_body.find(norm_quote)
    if start < 0:
        return None
    last = start + len(norm_quote) - 1
    return Span(where[start], _end(body, where[last]))


def occurrences(quote: str, body: str, index: Callable[[], tuple[str, Sequence[int]]] | None = None) -> tuple[Span, ...]:
    """Every place ``quote`` occurs in ``body``, in order, ignoring typographic variants (see ``locate``)."""
    norm_body, where = index() if index else normalise_with_map(body)
    norm_quote = normalise(quote)
    found = []
    start = norm_body.find(norm_quote) if norm_quote else -1
    for as_read in (False, True):  # "negotiations" where a line ends in "negoti-"; as a reader sees the words joined
        if start < 0 and norm_quote and (unbroken := _unbroken(body, as_read)):
            norm_body, where = unbroken
            start = norm_body.find(norm_quote)
    while start >= 0:
        found.append(Span(where[start], _end(body, where[start + len(norm_quote) - 1])))
        start = norm_body.find(norm_quote, start + 1)
    return tuple(found)


# A hyphen at a line's end between letters: a word a hard-wrapped text split ("negoti-\nations"), or a compound whose
# hyphen fell there ("well-\nknown"). The body as printed keeps it (so "well-known" is found), the body with it
# joined finds "negotiations".
_BROKEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")


def rejoined(text: str) -> str:
    """``text`` as a reader should see it: a word a hard-wrapped text split at a line's end joined ("negoti-" /
    "ations" → "negotiations"), a compound whose hyphen fell there kept whole with it ("well-" / "known" →
    "well-known"). Joined when the whole is a common English word, more common than the rarer of its parts (wordfreq's
    Zipf frequency: "negotiations", "international"; not "well-known", "re-election", "cease-fire")."""
    if not _BROKEN.search(text):
        return text
    return _BROKEN.sub(lambda m: "-" if _compound(text, m) else "", text)


def _compound(text: str, cut: re.Match) -> bool:
    """Whether the word a line's end splits at ``cut`` (``_BROKEN``) is a compound keeping its hyphen (``rejoined``)."""
    from wordfreq import zipf_frequency  # here: only for a text with such a break

    left = re.search(r"[^\W\d_]+$", text[:cut.start()]).group()
    right = re.match(r"[^\W\d_]+", text[cut.end():]).group()
    whole = zipf_frequency(left + right, "en")
    return not (whole >= 3 and whole > min(zipf_frequency(left, "en"), zipf_frequency(right, "en")))


@functools.lru_cache(maxsize=8)
def _unbroken(body: str, as_read: bool = False) -> tuple[str, Sequence[int]] | None:
    """The normalised body with the words split at a line's end joined (``as_read``: as a reader sees them,
    ``rejoined``, a compound keeping its hyphen: the words `dossier suggest` quotes, "fixture" beside "hal-ted"), and
    the offset map into ``body``; None when no line ends in a hyphen between letters."""
    if not _BROKEN.search(body):
        return None
    parts, origin, done = [], array("I"), 0
    for cut in [*_BROKEN.finditer(body), None]:
        stop = cut.start() if cut else len(body)
        parts.append(body[done:stop])
        origin.extend(range(done, stop))
        if cut is not None and as_read and _compound(body, cut):
            parts.append("-")
            origin.append(cut.start())
        done = cut.end() if cut else stop
    joined, where = normalise_with_map("".join(parts))
    return joined, array("I", (origin[i] for i in where))


def _end(body: str, last: int) -> int:
    """The end of a span whose last character is at ``last``: past the accents that character carries."""
    end = last + 1
    while end < len(body) and unicodedata.combining(body[end]):
        end += 1
    return end


def elided(quote: str, body: str, index: Callable[[], tuple[str, Sequence[int]]] | None = None) -> list[str]:
    """The parts of a quote that marks left-out words with an ellipsis the body does not print, when each part is
    in the body, in order: the quote in pieces the editor meant; [] otherwise."""
    parts = [p.strip() for p in _ELIDED.split(quote)]
    if len(parts) < 2 or not all(parts):
        return []
    after = 0
    for part in parts:
        span = next((s for s in occurrences(part, body, index) if s.start >= after), None)
        if span is None:
            return []
        after = span.end
    return parts


_ELIDED = re.compile(r"\s*[\[(]?(?:\u2026|\.\s?\.\s?\.)[\])]?\s*")  # "...", "…", "[...]", "(…)"


def word_count(text: str) -> int:
    """The number of words in ``text``."""
    return len(re.findall(r"\w+", text))


# How much of a quote not found is compared with its closest passage. Both comparisons slow down with the quote's
# length far more than in proportion in a source of the same few words over and over (2 MB of 'a a a'): rapidfuzz's
# alignment of a 1,000-character quote took 77 s there, difflib's of 1,500 tokens 39 s; so only the quote's start is
# aligned, and its first words compared.
_ALIGNED = 128  # characters
_COMPARED = 200  # words and marks


def _anchor(norm_quote: str, norm_body: str) -> int:
    """The offset in ``norm_body`` where a passage most like ``norm_quote`` starts: where rapidfuzz aligns the quote's
    start best (milliseconds in a 2 MB source), then the start, a few characters either way, most like it."""
    from rapidfuzz import fuzz  # only when a quote is not found: builds seldom need it
    probe = norm_quote[:_ALIGNED]
    size = len(probe)
    anchor = fuzz.partial_ratio_alignment(probe, norm_body).dest_start if size <= len(norm_body) else 0
    starts = range(max(0, anchor - 12), max(1, min(len(norm_body) - 1, anchor + 12)))
    return max(starts, key=lambda s: difflib.SequenceMatcher(None, norm_body[s:s + size], probe).ratio())


_AROUND = 600  # characters of the body read either side of where a quote not found is most like it


def closest(quote: str, body: str, index: tuple[str, Sequence[int]] | None = None):
    """The passage of ``body`` most like ``quote``, as the source prints it: (passage, its offset in the body, the
    first difference in words), or (None, 0, '') when nothing is even half like it."""
    norm_body, where = index or normalise_with_map(body)
    norm_quote = normalise(quote)
    begin = _anchor(norm_quote, norm_body) if norm_quote and norm_body else -1
    quote_tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm_quote)]
    cut, quote_tokens = len(quote_tokens) > _COMPARED, quote_tokens[:_COMPARED]
    # the body's words around there only (the whole of a 2 MB source took a third of a second for each quote)
    around = max(0, begin) - _AROUND
    around = max(0, norm_body.rfind(" ", 0, around) + 1) if around > 0 else 0  # from a word's start
    body_tokens = [(m.group(), m.start(), m.end())
                   for m in _TOKEN.finditer(norm_body, around, max(0, begin) + 4 * len(norm_quote) + _AROUND)]
    first = next((i for i, t in enumerate(body_tokens) if t[2] > begin), 0) if begin >= 0 else 0
    window = body_tokens[first:first + len(quote_tokens) + 8]
    blocks = [b for b in _matcher(quote_tokens, window).get_matching_blocks() if b.size]
    if 2 * sum(b.size for b in blocks) < len(quote_tokens):  # not even half its words: nothing like it
        return None, 0, ""
    ends = next((k for k in range(blocks[0].b + 1, len(window)) if "\n\n" in body[
        where[window[k - 1][2] - 1]:where[window[k][1]]]), len(window)) if "\n" not in quote else len(window)
    if ends < len(window):  # within the paragraph it starts in: not on into the next entry's stamp and heading
        window = window[:ends]
        blocks = [b for b in _matcher(quote_tokens, window).get_matching_blocks() if b.size]
    last = blocks[-1]
    start = first + max(0, blocks[0].b - blocks[0].a)
    stop = first + min(len(window), last.b + last.size + (len(quote_tokens) - last.a - last.size))
    if body_tokens[start][0] in ")]":  # the passage would start inside the source's own brackets: show the words
        opening = next((i for i in range(start - 1, max(-1, start - 30), -1) if body_tokens[i][0] in "(["), None)
        if opening is not None:  # before them ("They [the Indians] picked up…"), where the quote starts
            start = max(0, opening - blocks[0].a)
    window = body_tokens[start:stop]
    shown = " ".join(body[where[window[0][1]]:_end(body, where[window[-1][2] - 1])].split())  # as the source prints

    def text(tokens, norm, i, j):
        return norm[tokens[i][1]:tokens[j - 1][2]]

    for op, q1, q2, b1, b2 in _matcher(quote_tokens, window).get_opcodes():
        before = f" after '{text(window, norm_body, b1 - 1, b1)}'" if b1 else ""
        if op == "replace":
            quoted, printed = text(quote_tokens, norm_quote, q1, q2), text(window, norm_body, b1, b2)
            if b2 < len(window) and quoted.startswith(printed) and len(quoted) > len(printed):
                printed = text(window, norm_body, b1, b2 + 1)  # "112km" where the source has "112 kilometres"
            difference = f"the quote has '{quoted}' where the source has '{printed}'"
            break
        if op == "delete":
            difference = f"the quote has '{text(quote_tokens, norm_quote, q1, q2)}'{before}, which the source does not"
            break
        if op == "insert":
            difference = f"the source has '{text(window, norm_body, b1, b2)}'{before}, which the quote leaves out"
            break
    else:
        difference = (f"its first {_COMPARED} words and marks are the source's, so the difference is further on; cite "
                      "the passage in pieces (a list of quotes) to find it" if cut else
                      "they differ only in the spacing around punctuation")
    return shown, where[window[0][1]], difference


def _matcher(a: list[tuple], b: list[tuple]) -> difflib.SequenceMatcher:
    return difflib.SequenceMatcher(None, [t[0] for t in a], [t[0] for t in b], autojunk=False)


