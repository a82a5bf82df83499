"""A broadcast's subtitle file (SubRip .srt, WebVTT .vtt, SubViewer .sbv as a video site's captions download) read as
the transcript it is: its cues' words joined into paragraphs, each led by the time of its first cue ("[00:00:19]"), a
new one at each change of speaker ("(REPORTER):", "- ", ">>", a WebVTT voice, named once at its paragraph's start:
"Host: …"; a change of colour, in a file that colours its lines: SubRip's <font color=…>, WebVTT's <c.yellow> against
lines without one), at a chapter's note between cues (WebVTT's "NOTE Chapter 2 - …"), after a pause of PAUSE seconds at
a sentence's end (in automatic captions, which end none, after UNPUNCTUATED_SPAN seconds), and around a sponsor's read
(for --strip-chrome to take it out whole). Cue numbers, timings, styling tags, sounds ("[MUSIC]", a cue's "[applause
from the gallery]"; not "[INAUDIBLE]", words not made out), the ">>" marking a change of speaker and WebVTT's notes are
left out of it: no card quotes them, and each line of a cue was a paragraph of its own; the notes and the header say
what the broadcast is (``notes``). A subtitler's credit ("Subtitles by …") is a paragraph of its own, for --strip-chrome
to take out. Character references ("&amp;") are the characters they stand for. A reporter's sign-off ending the
transcript ("Ilse Marrow, KTV News, Skerrow.") names its author and outlet (``signed_off``)."""

import html
import re

from builder import article, chrome

PAUSE = 2.0  # seconds between two cues, after a sentence's end, that end a paragraph

_TIMING = re.compile(r"^\s*(?P<start>(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,4})(?:\s+-->\s+|,)"
                     r"(?P<end>(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{1,4})(?:[ \t]+[^\n]*)?$", re.M)  # "00:00:04,550 -->
# 00:00:07,640", WebVTT's "00:04.550 --> …" with settings, SubViewer's "0:00:04.550,0:00:07.640"; a tool's slip,
# "00:06:52,1000" (its cue number and timing had been read as words of the cue before)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")  # WebVTT's "<v Lotte Bramm>"
_TAG = re.compile(r"</?[a-z][^>]*>|<\d{2}:[\d:.]+>|\{\\[^}]*\}", re.I)  # <i>, <c.yellow>, <00:00:01.000>, {\an8}
_COLOUR = re.compile(r"<font\s[^>]*?color\s*=\s*[\"']?(?P<font>[#\w]+)|<c(?:\.[\w-]+)*?\.(?P<class>(?!(?:i|b|u)\b)[\w-]+)"
                     r"(?=[.>\s])", re.I)  # a speaker's colour: SubRip's <font color="#ffff00">, WebVTT's <c.yellow>
_SPEAKER = re.compile(r"(?:\([A-Z][^()\n]{0,40}\)|\[[A-Z][^\[\]\n]{0,40}\]|[A-Z][A-Z.'’ -]{1,40}):\s|-\s|>>")
_SOUND = re.compile(r"\s*[\[(](?!(?:INAUDIBLE|UNINTELLIGIBLE|INDISTINCT|CROSSTALK|UNCLEAR)\b)(?:[A-Z][A-Z’' -]{1,30}"
                    r"|♪[^\])\n]*)[\])](?!:)\s*")  # a sound, no words: "[MUSIC]", "[TRAFFIC NOISE]", "(APPLAUSE)"; not
# a speaker's label, "[REPORTER]:", nor a mark of words not made out, "by [INAUDIBLE] the finance team", which keeps a
# quote from reading as the speaker's whole sentence
_DESCRIBED = re.compile(r"\s*[\[(](?!(?i:inaudible|unintelligible|indistinct|crosstalk|unclear|sic)\b)[a-z][a-z’' -]{1,60}"
                        r"[\])]\s*")  # a cue of a sound described, no words: "[applause from the public gallery]"
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
UNPUNCTUATED_SPAN = 30.0  # seconds of captions without a sentence's end that make a paragraph
STAMP = re.compile(r"\[\d{2}:\d{2}:\d{2}\]")  # a paragraph's time, as ``transcript`` writes it: "[00:01:02]"
# A reporter's sign-off ending a report: their name, their outlet and where they report from ("Ilse Marrow, KTV News,
# Skerrow."), or their name and outlet alone.
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+"
                       r"(?P<outlet>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
                       r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\.\s*$")


def is_subtitles(text: str) -> bool:
    """Whether ``text`` is a subtitle file: it opens with WEBVTT, or its first three blocks are timed cues."""
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return True
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()][:3]
    return len(blocks) == 3 and all(_TIMING.search(b) for b in blocks)


def notes(text: str) -> list[str]:
    """The lines of WebVTT file ``text``'s notes ("NOTE" blocks) and the text its header line gives after "WEBVTT",
    which say what the broadcast is: 'Under the Plough, episode 41: "The Brackwater Hoard"'."""
    found = []
    for n, block in enumerate(re.split(r"\n\s*\n", text.replace("\r\n", "\n").lstrip("\ufeff").strip())):
        opening = re.match(r"WEBVTT[ \t]*[-–—:]?[ \t]*" if n == 0 else r"NOTE\b[ \t]*", block)
        if opening and not _TIMING.search(block):
            told = block[opening.end():].split("\n")[:1 if n == 0 else None]  # the header's line alone
            found += [html.unescape(line.strip()) for line in told if line.strip()]
    return found


def transcript(text: str) -> list[str]:
    """The lines of the transcript of subtitle file ``text``: each paragraph under its time, a blank line between."""
    paragraphs: list[tuple[str, list[str]]] = []  # (its first cue's time, its words)
    last_end, voice, colour, chapter = None, None, None, False
    coloured = bool(_COLOUR.search(text))
    unpunctuated, opened = not punctuated(text), 0.0
    for timing, words, noted in _new_lines(_cues(text)):
        start, chapter = _seconds(timing["start"]), chapter or noted
        said, shade = [], None
        for line in words:
            shade = next((m["font"] or m["class"] for m in _COLOUR.finditer(line)), None) or shade
            words = html.unescape(_SOUND.sub(" ", _TAG.sub("", line)))
            said.append((m[1].strip() if (m := _VOICE.search(line)) else None,  # each line's WebVTT voice, its colour
                         shade, "" if _DESCRIBED.fullmatch(words) else words))  # and its words
        for n, (speaker, shade, line) in enumerate((speaker, shade, part) for speaker, shade, line in said
                                                   for part in _parts(line) if part):
            told = paragraphs[-1][1] if paragraphs else []
            pause = n == 0 and last_end is not None and start - last_end >= PAUSE \
                or n == 0 and unpunctuated and told and start - opened >= UNPUNCTUATED_SPAN
            recoloured, colour = coloured and shade != colour, shade
            if not told or speaker and speaker != voice or _SPEAKER.match(line) or recoloured or chapter \
                    or pause and (unpunctuated or _SENTENCE_END.search(told[-1])) or chrome.SPONSOR_READ.match(line) \
                    or chrome.SUBTITLER.match(line) \
                    or chrome.RESUMED.search(told[-1]):  # a sponsor's read; the words back to the programme after it
                paragraphs.append((_stamp(start), [f"{speaker}: {line}" if speaker else line]))
                opened = start
            else:
                paragraphs[-1][1].append(line)
            voice, chapter = speaker or voice, False
        last_end = _seconds(timing["end"])
    lines: list[str] = []
    for stamp, words in paragraphs:
        lines += [stamp, "", re.sub(r"^>>\s*", "", _joined(words)), ""]  # a change of speaker's mark, read
    return lines[:-1]


def _joined(lines: list[str]) -> str:
    """A paragraph's lines joined by spaces, but for a compound a line's end parts at its hyphen ("set-" / "top
    boxes" is "set-top boxes")."""
    text = lines[0]
    for line in lines[1:]:
        text += ("" if re.search(r"\w-$", text) else " ") + line
    return text


def signed_off(lines: list[str], notes: str = "") -> tuple[str, str] | None:
    """The reporter's name and outlet of the sign-off ending transcript ``lines`` ("Ilse Marrow, KTV News,
    Skerrow."), or ending a paragraph before the presenter goes on when the file's ``notes`` name its programme
    ("Tom Baird, Calder Tonight, Mereford." under "Calder TV - Calder Tonight"); None otherwise."""
    said = [line for line in lines if line.strip() and not STAMP.fullmatch(line)]
    for n, line in enumerate(reversed(said)):
        found = _SIGN_OFF.search(line)
        if found and article.names(found["name"]) and (n == 0 or found["outlet"] in notes):
            return found["name"], found["outlet"]
    return None


def punctuated(text: str) -> bool:
    """Whether subtitle file ``text``'s cues end a sentence anywhere (automatic captions end none)."""
    return any(_SENTENCE_END.search(_TAG.sub("", line).strip()) for _, lines, _ in _cues(text) for line in lines)


def _cues(text: str) -> list[tuple[re.Match, list[str], bool]]:
    """Subtitle file ``text``'s cues, each its timing, its lines and whether a chapter's note comes between it and the
    cue before (WebVTT's "NOTE Chapter 2 - …"); not WEBVTT's header, a NOTE or STYLE block, a cue without its
    timing; a cue's line of spaces, as automatic captions write one, does not end it."""
    found, noted = [], False
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").lstrip("\ufeff")):
        if timing := _TIMING.search(block):
            found.append((timing, [line for line in block[timing.end():].split("\n") if line.strip()], noted))
            noted = False
        elif found and block.strip() and not re.match(r"NOTE|STYLE|REGION", block):  # a cue's words after a line
            found[-1][1].extend(line for line in block.split("\n") if line.strip())  # of spaces only
        else:
            noted = noted or bool(found and block.startswith("NOTE"))  # a chapter's note between cues
    return found


def _new_lines(cues: list[tuple[re.Match, list[str], bool]]) -> list[tuple[re.Match, list[str], bool]]:
    """The cues of roll-up captions (live subtitles and automatic captions, each cue showing the last line of the one
    before over its new one: most cues of two lines or more open with the line the one before ends with, its words'
    times and tags aside) without the lines they repeat,
    each spoken line once, in order; other captions' cues as they are (a line said twice is said twice)."""
    repeats = [_plain(cue[:1]) == _plain(before[-1:]) for (_, before, _), (_, cue, _) in zip(cues, cues[1:])
               if len(cue) > 1 and before]
    if len(repeats) < 2 or sum(repeats) < 0.7 * len(repeats):
        return cues
    return cues[:1] + [(timing, cue[_overlap(before, cue):], noted)
                       for (_, before, _), (timing, cue, noted) in zip(cues, cues[1:])]


def _overlap(before: list[str], cue: list[str]) -> int:
    """How many of ``cue``'s first lines are the last lines of the cue ``before`` it."""
    return max((k for k in range(1, min(len(before), len(cue)) + 1) if _plain(before[-k:]) == _plain(cue[:k])),
               default=0)


def _plain(lines: list[str]) -> list[str]:
    """A cue's lines as they read, without their tags: automatic captions show a line timed word by word
    ("good<00:00:01.480><c> evening</c>"), then again plain."""
    return [" ".join(_TAG.sub("", line).split()) for line in lines]


def _parts(line: str) -> list[str]:
    """A cue's line, parted where a sponsor's read begins and after the words back to the programme ("Bo, stay with
    us." / "This episode is brought to you by…"; "Now, back to Bo." / "The council says…")."""
    cuts = [m.end() for m in re.finditer(r"[.!?][\"”’)]*\s+", line)
            if chrome.SPONSOR_READ.match(line, m.end()) or chrome.RESUMED.search(line, 0, m.end())]
    return [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)])]


def _seconds(time: str) -> float:
    """'00:01:02,500' (or WebVTT's '01:02.500') in seconds."""
    *hours, minutes, seconds = time.replace(",", ".").split(":")
    return int(hours[0] if hours else 0) * 3600 + int(minutes) * 60 + float(seconds)


def _stamp(seconds: float) -> str:
    """A paragraph's time as the captions of a broadcast print it: '[00:01:02]'."""
    whole = int(seconds)
    return f"[{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}]"
