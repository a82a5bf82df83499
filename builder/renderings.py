"""The renderings of a remark: each source's wording, as the source prints it, diffed word by word against the
first (punctuation beside a word aside)."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from builder.model import ELLIPSIS, Account, Fact, Speaker
from builder.naming import DENIAL, SPEECH, names
from builder.quotes import normalise, plain


@dataclass(frozen=True, slots=True)
class Variant:
    """One rendering of a remark, as word segments ('same', 'added', 'removed') against the first rendering."""

    account: Account
    segments: tuple[tuple[str, str], ...]


_WORD = re.compile(r"\S+")


def variants(fact: Fact, speaker: Speaker | None = None) -> tuple[Variant, ...]:
    """Distinct renderings of the card's speaker's remark by different sources, each diffed word by word against
    the first.

    A source's first affirming account of that speaker is its rendering (another person's remark is none: the
    landowner's "30 per cent" is not a wording of the finder's "fifty-fifty"); further quotes from the same source
    are other parts of its report, not other renderings; nor is one that reports the remark in the source's own
    words (``_paraphrase``; ``speaker`` is the card's, whom such a report names). Only the quoted words are compared,
    never what a quote in pieces leaves out.
    """
    if not fact.speaker:
        return ()
    renderings: dict[str, Account] = {}
    sources = set()
    for account in fact.accounts:
        if account.affirms and fact.speaker in account.speakers and account.source not in sources:
            sources.add(account.source)
            if not _paraphrase(account, speaker):
                renderings.setdefault(_key(account), account)
    if len(renderings) < 2:
        return ()
    base, *others = renderings.values()
    base_words = _words(base)
    variants = [Variant(base, (("same", " ".join(base_words)),))]
    for account in others:
        words = _words(account)
        segments = []
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, [_same(w) for w in base_words],
                                                          [_same(w) for w in words], autojunk=False).get_opcodes():
            if op == "equal":
                segments.append(("same", " ".join(words[j1:j2])))
                continue
            if i2 > i1:
                segments.append(("removed", " ".join(base_words[i1:i2])))
            if j2 > j1:
                segments.append(("added", " ".join(words[j1:j2])))
        variants.append(Variant(account, tuple(segments)))
    return tuple(variants)


def _words(account: Account) -> list[str]:
    """The quoted words, piece after piece, in the source's own text as readers see it (a spaced dash stays a word
    of its own): the words in quotation marks where a piece holds some, not the "Zaytsev told reporters" around."""
    return [w for piece in account.excerpts for w in _WORD.findall(_spoken(plain(piece)))]


def _paraphrase(account: Account, speaker: Speaker | None) -> bool:
    """Whether the account reports the remark in the source's own words: no words in quotation marks, and a verb or
    noun of saying, asking or denying ("Pillai estimated the repair costs at 3.2 million pounds", "Prosecutors had
    sought 12 years", "the U.S. intelligence conclusion that…"), whose account it is ("by the auction house's
    account", "according to") or the speaker's name ("The museum has put a
    provisional value of £180,000 on the hoard"), which a remark's own words ("The guns will fall silent on
    Friday") do not hold."""
    text = " ".join(account.excerpts)
    return not _MARK.search(plain(text)) and bool(_REPORTED.search(text) or speaker and names(text, speaker))


_REPORTED = re.compile(rf"\b(?:{SPEECH}|{DENIAL}|estimated|estimates|promised|promises|pledged|vowed|predicted|"
                       r"forecast|expects|expected|accused|blamed|urged|called\s+(?:for|on)|sought|seeks|demanded|"
                       r"demands|requested|asked\s+for|request|statements?|conclusion|assessment|according\s+to|"
                       r"(?:by|on)\s+(?:[\w'’-]+\s+){1,4}?account)\b", re.I)
_QUOTATION = re.compile(r'"([^"]+)"|«([^»]+)»')
_MARK = re.compile(r'["«»]')


def _spoken(piece: str) -> str:
    """The words of a piece in quotation marks (the speaker's), else the piece, without its quotation marks; of a
    piece with one mark, a quotation's end or start, the side that is not the attribution ('…I am proud of them,"
    Ms Lind said.' is hers before the mark)."""
    spoken = [a or b for a, b in _QUOTATION.findall(piece)]
    if spoken:
        return " ".join(spoken).strip()
    marks = _MARK.findall(piece)
    if len(marks) == 1:
        before, after = piece.split(marks[0])
        said = [bool(_REPORTED.search(side)) for side in (before, after)]
        piece = before.rstrip(" ,") if said == [False, True] or said[0] == said[1] and len(before) >= len(after) \
            else after.lstrip(" :")
    return piece.strip(" \"'")


def _same(word: str) -> str:
    """A word as renderings are compared: without the punctuation beside it ("other," is "other"), any case."""
    return re.sub(r"^\W+|\W+$", "", word).casefold() or word


def _key(account: Account) -> str:
    """What makes two renderings one: the same words in the form quotes are compared in, whatever the case and the
    punctuation beside them."""
    return ELLIPSIS.join(" ".join(map(_same, _WORD.findall(_spoken(normalise(piece))))) for piece in account.excerpts)
