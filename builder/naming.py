"""How a text names a speaker: a name in any of its common transliterations ("Zelenskyy", "Lawrow"), and whether a
sentence has the speaker as the one speaking ("…, Lavrov said"); and the verbs of saying and
denying (attribution.py reads with them who a sentence quotes)."""
from __future__ import annotations

import functools
import re

from builder.model import Speaker

# Verbs of saying, and of denying; "recalled" before what was said ("…, she recalled.", "recalled that…"), not a
# product's recall ("Halvern Pharma recalled 14 batches").
SPEECH = (r"said|says|told|tells|added|adds|noted|stated|insisted|insists|claimed|claims|asserted|asserts|"
          r"(?:speaks|spoke|speak)\s+of|"
          r"(?:talks|talked|talk)\s+(?:of|about)(?=\s+(?:some|about|around|nearly|almost|up\s+to|more\s+than|over"
          r"|(?!(?:19|20)\d\d\b)\d|[a-z]+(?:-[a-z]+)?\s+(?:hundred|thousand|million|billion)))|"  # "Tidewell also talks
          # of some fifteen hundred construction jobs", "Westerly talk about 11 vulnerable residents", not "the talks
          # of 2019"
          r"explained|explains|declared|declares|announced|announces|remarked|wrote|writes|tweeted|tweets|argued|"
          r"argues|stressed|stresses|emphasi[sz]ed|acknowledged|acknowledges|admitted|admits|replied|answered|"
          r"responded|recalled(?=\s*(?:[,.;:!?\"“”'‘’]|that\b|how\b|$))|warned|warns|commented|concluded|confirmed|confirms|reported|reports|assured|assures|"
          r"(?<!\bIt\s)(?<!\bit\s)(?<!\bnotice\s)(?<!\bletter\s)"
          r"(?:informed|informs|notified|notifies)(?=\s+(?:[\w'’-]+\s+){0,6}?that\b)|"  # "has informed the Authority
          # that…": what it told them; not "informed the public only on Monday", an act the outlet tells of, nor a
          # notice's own "It informs you that…"
          r"underlined|underlines|cautioned|cautions|estimated|estimates|maintained|maintains|conceded|concedes|"
          r"suggested|suggests|observed|revealed|disclosed|predicted|pledged|vowed|promised|urged|urges|saying|"
          r"say|tell|insist|claim|confirm|estimate|warn|argue|explain|acknowledge|admit|concede|"
          r"critici[sz]ed|critici[sz]es|complained|complains|contended|contends|believes|believe|believed|"
          r"reckons|reckoned|reckon|"
          r"accused|accuses|accuse|blamed|blames|blame|repeated|repeats|reiterated|reiterates|evaluates|assesses|"
          r"puts?\s+a\s+(?:figure|price|value|number|cost)\s+of|"  # "Aldmark has put a figure of €40,000 on it"
          r"puts?\s+(?:it\s+|(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){1,6}?)at"  # "organisers put the crowd at 10,000",
          # "puts the number of eligible depositors at 265,000"
          r"|(?:gives?|gave|given)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){1,2}?as"  # "officials gave the time as…"
          r"|(?:stands?|stood|standing)\s+by\s+(?:his|her|their|its|the)\s+(?:own\s+|earlier\s+|original\s+)?"
          r"(?:figures?|estimates?|count|tally|total|numbers?)\s+of"  # "He stands by his figure of twelve admissions"
          r"|(?:publish(?:ed|es)?|release[sd]?|issue[sd]?|gives?|gave|given)\s+(?:an?|its|their)\s+(?:own\s+)?"
          r"(?:figure|estimate|count|tally|total)\s+of"  # "the fund has published a figure of 265,000"
          r"|(?:publish(?:ed|es)?|release[sd]?|issue[sd]?|update[sd]?|revise[sd]?)\s+(?:its|their|the)\s+(?:(?:latest"
          r"|new|own|official)\s+)?(?:figures|numbers|data|count|tally|total)(?=\s*:)"  # "The ministry has just
          # updated its figures: 11 farms are now confirmed as infected."
          r"|(?:counts|counted)(?=\s+(?:(?:about|some|around|nearly|almost|over|more\s+than)\s+)?\d)"  # "the fund
          # counts 265,000 depositors"
          r"|put\s+it(?=\s*[,.;:!?\u2013\u2014\"”]|\s+(?:to\s+(?:us|me|him|her|them|reporters|the)|bluntly|simply"
          r"|plainly|succinctly|yesterday|today|in\s+(?:a|an|his|her|their)\s))")  # "as Colonel Fenn put it to us"
# Verbs of denying; not a participle after an article or a determiner, an adjective ("near the disputed Tessaly
# Reef", "a long-disputed border", "its rejected bid").
# Rejecting an act is no denial of a claim: "rejected a 265p-a-share takeover proposal", "dismissed the appeal".
_AN_ACT = (r"(?!\s+(?:(?:an?|the|its|their|his|her|this|that|any|every)\s+)?"
           r"(?:(?!(?:reports?|claims?|suggestions?|allegations?|accounts?|figures?|that|of)\b)[\w'’$£€.,-]+\s+){0,4}?"
           r"(?:offers?|bids?|proposals?|approach(?:es)?|deals?|plans?|requests?|applications?|appeals?|motions?"
           r"|demands?|invitations?|resignations?|amendments?|candidates?|candidacy|nominations?|budgets?)\b)")
DENIAL = (r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bhotly\s)(?<!-)"
          rf"(?:denied|denies|deny|(?:rejected|rejects|dismissed|dismisses){_AN_ACT}|refuted|refutes|disputed|disputes"
          r"|contradicted|contradicts|downplayed|downplays|(?:pushed|pushes|push)\s+back|(?:played|plays)\s+down"
          r"|(?:brushed|brushes)\s+(?:aside|off)|rebutted|rebuts|(?:hit|hits)\s+back\s+at"
          r"|(?:does|do|did)\s+not\s+accept|(?:doesn|don|didn)['’]t\s+accept|refused\s+to\s+accept)")

# A name's transliterations: w and v, a word's ending -y, -yy, -iy, -ij, -ii or -i ("Zelenskyy", "Sergei").
_ENDING = re.compile(r"(?:yy|iy|ij|ii|y|i)(?!\w)")


def key(name: str) -> str:
    """A name as its transliterations share it: "Zelenskyy", "Zelenskiy" → "zelensky"; "Lawrow" → "lavrov"."""
    return _ENDING.sub("y", name.casefold().replace("w", "v"))


def names_speaking(text: str, speaker: Speaker) -> bool:
    """Whether ``text`` names ``speaker`` as the one speaking: a verb of saying, denying or calling follows the name
    within three words ("…, Lavrov said", "Merkel called…"), or a colon ("Erik Dahl: the mayor…"), or their count or
    statement ("the ministry's count"), or "according to" comes before it; not a name elsewhere
    ("…that Russia interfered" is about Russia, not by it), nor as the subject of a deed ("Halloran raised the
    case…" is what Halloran claims, not a remark the sources report)."""
    for name in _spellings(speaker):
        found = _named(name)
        if any(_SAYING.match(text, place.end(1)) for place in found.finditer(text)):
            return True
        for according in _ACCORDING_TO.finditer(text):
            at = according.end()
            for _ in range(4):  # the name, or up to three words before it
                if found.match(text, at):
                    return True
                word = _WORD.match(text, at)
                if word is None:
                    break
                at = word.end()
    return False


def names(text: str, speaker: Speaker) -> bool:
    """Whether ``text`` names ``speaker`` anywhere, by its name or a spelling ("The museum's provisional figure…")."""
    return any(_named(name).search(text) for name in _spellings(speaker))


def opening(text: str, speaker: Speaker) -> str | None:
    """The words naming ``speaker`` that ``text`` opens with: their name or a spelling, or two words or more of one
    in a row ("The Electoral Board rejected…" for the Lornemouth Electoral Board); None when it opens otherwise."""
    start = len(_THE.match(text).group())
    for name in _spellings(speaker):
        if found := _named(name).match(text, start):
            return found.group(1)
    words = _CAPITALISED.match(text, start).group().split()
    return " ".join(words) if len(words) > 1 and any(_within(words, n.split()) for n in _spellings(speaker)) else None


def _within(words: list[str], name: list[str]) -> bool:
    """Whether ``words`` run in ``name``, one after the other."""
    return any(name[at:at + len(words)] == words for at in range(len(name) - len(words) + 1))


_THE = re.compile(r"(?:the\s+)?", re.I)
_CAPITALISED = re.compile(r"(?:[A-Z][\w'’-]*(?:\s+|$))*")


# Verbs that report a remark, as a headline's statement names its claimant speaking ("Lavrov said…", "Merkel called
# it a start"): not those that report a deed the claimant may be alone in claiming ("warned Halvik in May", "called
# in the army", "promised each family…"), nor a passive ("Brannock was first told…").
_REPORTING = (r"said|says|told|tells|stated|states|claimed|claims|insisted|insists|asserted|asserts|added|adds|noted|"
              r"notes|declared|declares|announced|announces|remarked|wrote|writes|tweeted|tweets|argued|argues|"
              r"stressed|stresses|acknowledged|acknowledges|admitted|admits|replied|answered|responded|commented|"
              r"confirmed|confirms|maintained|maintains|conceded|concedes|suggested|suggests|estimated|estimates|"
              r"concluded|concludes|assessed|assesses|posted|posts|expected|expects|forecast|forecasts|predicted|"
              r"predicts|measured|measures|recorded|records|counted|counts|registered|registers|"
              r"puts?\s+(?:it|them|(?:the|its|their)(?:\s+[\w-]+){1,6}?)\s+at|"  # "the centre puts them at 205 km/h",
              # "Westerly Homes puts the cost of the lift repairs at £168,000"
              r"welcomed|welcomes|apologi[sz]ed|apologi[sz]es|condemned|condemns|"  # a remark's act: "welcomed the cut"
              r"(?:called|calls|described|describes|hailed|hails|praised|praises|dubbed|termed|labell?ed)"
              r"(?!\s+(?:in|off|up|out|back|on)\b)")
_SAYING = re.compile(rf"\s*:|['’]s?\s+(?:own\s+)?(?:count|estimate|figures?|tally|reckoning|forecast|data|records?|"
                     rf"statement|report|announcement|warning|account)\b"  # "Erik Dahl: the mayor…", "the ministry's count"
                     rf"|(?:,[^,.;]{{1,80}},)?(?:\s+(?!(?:was|were|is|are|be|been|being)\b)[\w'’-]+){{0,3}}?\s+"
                     rf"(?:{_REPORTING}|{DENIAL})\b", re.I)  # "…, Lavrov said", "Holm, head of the authority, said"
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+", re.I)
_WORD = re.compile(r"[\w'’-]+\s+")


# A company's legal form after its name: "Strand Hotels Ltd" is named "Strand Hotels" in a text and in its officers'
# roles.
LEGAL_FORM = re.compile(r"[\s,]+(?:ltd\.?|limited|plc|llp|llc|inc\.?|corp\.?|co\.?|gmbh|ag|s\.a\.|sa|asa|as|nv|b\.?v\.?"
                        r"|pty\.?\s+ltd\.?)$", re.I)


def officer_of(person: Speaker, body: Speaker, spelt: bool = True) -> bool:
    """Whether ``person``'s roles name the institution or group ``body`` ("Chief Financial Officer of Brannock Group",
    "Director of Property Services, Westerly Homes"; "Project director, Kestrel Demolition" of Kestrel Demolition Ltd),
    by one of its spellings too unless ``spelt`` is False
    ("Foreign Minister of Russia", Russia a spelling of the Russian government)."""
    names = [n.casefold() for n in (body.name, *(body.spellings if spelt else ()))]
    names += [short for n in names if (short := LEGAL_FORM.sub("", n)) != n]  # "Kestrel Demolition" of "… Ltd"
    return person.kind == "person" and body.kind != "person" and any(
        re.search(rf"\b{re.escape(n)}\b", role.title.casefold()) for role in person.roles for n in names)


def _spellings(speaker: Speaker) -> list[str]:
    """The speaker's name and spellings, and for a person the last word of each."""
    spelt = [speaker.name, *speaker.spellings]
    return spelt + [name.split()[-1] for name in spelt] if speaker.kind == "person" else spelt


@functools.lru_cache(maxsize=4096)
def _named(name: str) -> re.Pattern:
    """A pattern matching, where ``name`` starts as a whole word in any spelling whose ``key`` is the same, the empty
    string, with the name as group 1 (so that every place is found, however names overlap). Made once per name:
    Python's own cache of 512 patterns was outgrown by the names of a few hundred speakers, each compiled with the
    verbs of saying (a tenth of a reference build)."""
    return re.compile(rf"(?<!\w)(?=({spelled(key(name))})(?!\w))", re.I)


def spelled(folded: str) -> str:
    """A pattern matching every spelling whose ``key`` is ``folded``."""
    out = re.escape(folded).replace("v", "[vw]")
    return re.sub(r"y(?!\w)", "(?:yy|iy|ij|ii|y|i)", out)


_NEWSROOM = re.compile(r"\b(?:Herald|Times|Post|News|Gazette|Courier|Journal|Tribune|Chronicle|Telegraph|Observer|Mail"
                       r"|Express|Mirror|Standard|Guardian|Independent|Review|Magazine|Daily|Weekly|Radio|TV|Television"
                       r"|Broadcasting|Wire|Monitor|Echo|Press|Sentinel|Inquirer)\b")
_NEWSROOM_DESCRIBED = re.compile(r"\b(?:newspaper|broadcaster|magazine|news\s+(?:agency|site|outlet|channel|website)"
                                 r"|radio\s+station|television\s+channel|tabloid)\b", re.I)


def newsroom(speaker: Speaker) -> bool:
    """Whether a speaker is a news outlet (a paper quoted by another), by its name or its description: its own text is
    its reporting, not a party's claims."""
    return bool(_NEWSROOM.search(speaker.name) or _NEWSROOM_DESCRIBED.search(speaker.description or ""))
