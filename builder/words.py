"""Words as suggest compares them: content words, lemmatised (simplemma: "met", "spoke", "told" → "meet", "speak",
"tell") then Snowball-stemmed ("meeting", "meet" → "meet"), a compound
written in two words or one taken as one ("cease-fire", "ceasefire"; "Cyber Security", "cybersecurity"), and a
stem that begins with another known stem of at least PREFIX letters taken as that one ("presidential" → "presid",
"Ukrainian" → "ukrain"), and the words news prose uses for one thing taken as one ("killed", "died", "dead",
"deaths", "fatalities", "lost their lives"; "injured", "injuries", "wounded"; "boats", "vessels", "trawlers"; "rose",
"increased")."""
from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable

import snowballstemmer

from builder.quotes import normalise

PREFIX = 5  # the shortest stem another stem is folded into
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d{1,2}:\d\d(?!\d)|\d+(?:[.,]\d+)*")  # a time of day one word: "16:00" is no "16"
_CLOCK_ZERO = re.compile(r"^0(?=\d:)")  # "04:12" is "4:12"
_STOP = frozenset("""a about above after again against all also am an and any are as at be because been before
being between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my no nor not now of off
on once only or other our ours out over own said same says she should so some such than that the their theirs them
then there these they this those through to too under until up very was we were what when where which while who
whom why will with would you your told one two mr ms new per""".split())
_STEMMERS = threading.local()  # Snowball's stemmer keeps its word while it works: one per thread
_BROKEN = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")


def tokens(text: str) -> list[str]:
    """The words of ``text``, lower-cased, possessive 's dropped, numbers kept."""
    text = _BROKEN.sub("", text)  # a word a hard-wrapped text splits at a line's end ("negoti-\nations")
    return [_CLOCK_ZERO.sub("", word.lower().replace("’", "'").removesuffix("'s"))
            for word in _WORD.findall(normalise(text))]


def words(text: str) -> list[str | None]:
    """The words of ``text`` (see ``tokens``); None for a stop word."""
    return [None if w in _STOP or len(w) < 2 else w for w in tokens(text)]


class Vocabulary:
    """The stems of a body of text, to join compounds and fold longer stems into shorter ones."""

    def __init__(self, texts: Iterable[str]):
        self.forms: dict[str, set[str]] = {}
        for text in texts:
            for w in words(text):
                if w:
                    self.forms.setdefault(stem(w), set()).add(w)
        self.stems = set(self.forms)
        self._folded: dict[str, str] = {}
        self._terms: dict[str, tuple[str, ...]] = {}  # each text's terms: suggest reads a card's quotes, a passage's
        # words, again and again

    def terms(self, text: str) -> list[str]:
        """The stems of ``text``'s content words; two words whose joining is a known stem are that one, the second
        a particle or not ("walked out" and "walkout", "cease fire" and "ceasefire")."""
        if text not in self._terms:
            self._terms[text] = tuple(self._found(text))
        return list(self._terms[text])

    def _found(self, text: str) -> list[str]:
        for idiom, plain in _IDIOMS:
            text = idiom.sub(plain, text)
        found, raw = words(text), tokens(text)
        out, i = [], 0
        while i < len(found):
            word, after = found[i], raw[i + 1] if i + 1 < len(raw) else None
            if word and after and (stem(word + after) in self.stems or stem(lemma(word) + after) in self.stems):
                word, i = lemma(word) + after, i + 1
            if word:
                out.append(self.fold(stem(word)))
            i += 1
        return out

    def commonness(self, term: str) -> float:
        """How common the word is in English at large: the Zipf frequency (wordfreq, 0 to 8; "the" is 7.7,
        "president" 5.5, "ceasefire" 3.3) of its commonest form met."""
        from wordfreq import zipf_frequency  # here: 0.1–0.2 s to import, for `dossier suggest` only

        return max((zipf_frequency(w, "en") for w in self.forms.get(term, (term,))), default=0.0)

    def fold(self, term: str) -> str:
        """The shortest known stem of at least PREFIX letters that ``term`` begins with, else ``term``."""
        if term not in self._folded:
            self._folded[term] = next((term[:n] for n in range(PREFIX, len(term)) if term[:n] in self.stems), term)
        return self._folded[term]


@functools.lru_cache(maxsize=1 << 16)  # a text says the same words again and again: stemming was most of suggest's time
def stem(word: str) -> str:
    """Snowball's English stem of the word's lemma: "meeting" → "meet", "agreed" → "agre", "met" → "meet"."""
    stemmer = getattr(_STEMMERS, "english", None)
    if stemmer is None:
        stemmer = _STEMMERS.english = snowballstemmer.stemmer("english")
    found = stemmer.stemWord(lemma(word))
    return _SAME_SENSE.get(found, found)


# Words news prose uses for one thing, taken as one (stems, the first of each family for all): a toll "killed 10
# people", "10 died", "ten dead", "10 deaths", "10 fatalities"; "four injured", "four injuries", "four wounded"; "nine
# trawlers" for "seven boats"; "rose", "increased", "climbed"; "reductions" for "cuts"; "the typical patient waits"
# for "the median wait"; "plunged", "plummeted" for "fell"; "the first crash" for "the first collision"; "300 residents
# fled" for "180 residents were evacuated"; "tugboats" for "tugs"; "the first 999 call" for "the first emergency call"; "a stoppage of 19 minutes" for "play was suspended"; "power did not return until 6.35pm" for "power was restored at 17:52"; "the mistake was spotted" for "the error was found"…
_FAMILIES = ("die kill dead death fatal", "injur injuri wound", "boat vessel ship trawler", "rise rose increas climb",
             "cut reduct", "seiz impound confisc", "fine penalti", "plane aircraft",
             "worker employe", "fire blaze", "median typic", "fall plung plummet tumbl",
             "collis collid crash smash", "evacu evacue flee", "tug tugboat", "emergenc 999 911",
             "suspend suspens stoppag halt", "restor return reconnect", "error mistak blunder",
             "find discov detect notic spot")
_SAME_SENSE = {word: family.split()[0] for family in _FAMILIES for word in family.split()[1:]}
# Phrases for plain words: "Two of our passengers lost their lives." is a toll, "Brightfold pulled the plug at
# twenty to four." called the day off, "Power came back at 5.52pm." (or "was back on") was restored.
_IDIOMS = ((re.compile(r"\b(?:lost\s+(?:his|her|their|its|our|your|my)\s+li(?:fe|ves?)|passed\s+away)\b", re.I), "died"),
           (re.compile(r"\bpull(?:s|ed|ing)?\s+the\s+plug\b", re.I), "called off"),
           (re.compile(r"\b(?:c[ao]me|comes|coming)\s+back(?:\s+on)?\b|\b(?:was|were|is|are)\s+back\s+on\b", re.I),
            "restored"))


def lemma(word: str) -> str:
    """The word's dictionary form (simplemma's English lemmatiser): "met" → "meet", "spoke" → "speak", "ran" →
    "run"; loaded on first use (0.3–0.4 s), for `dossier suggest` only."""
    import simplemma

    return simplemma.lemmatize(word, lang="en").lower()
