"""A broadcast's subtitle file (SubRip .srt, WebVTT .vtt) read as the transcript it is: its cues' words joined into
paragraphs, each led by the time of its first cue ("[00:00:19]"), a new one at each change of speaker ("(REPORTER):",
"- ", ">>", a WebVTT voice, named once at its paragraph's start: "Host: …"), after a pause of PAUSE seconds at a
sentence's end, and around a sponsor's read (for --strip-chrome to take it out whole). Cue numbers, timings, styling
tags, sounds ("[MUSIC]"; not "[INAUDIBLE]", words not made out) and WebVTT's notes are left out of it: no card
quotes them, and each line of a cue was a paragraph of its own; the notes and the header say what the broadcast is
(``notes``). A subtitler's credit ("Subtitles by …") is a paragraph of its own, for --strip-chrome to take out.
Character references ("&amp;") are the characters they stand for."""

import html
import re

from builder import chrome

PAUSE = 2.0  # seconds between two cues, after a sentence's end, that end a paragraph

_TIMING = re.compile(r"^\s*(?P<start>(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3})\s+-->\s+(?P<end>(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3})"
                     r"(?:[ \t]+[^\n]*)?$", re.M)  # "00:00:04,550 --> 00:00:07,640", WebVTT's "00:04.550 --> …" with settings
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")  # WebVTT's "<v Lotte Bramm>"
_TAG = re.compile(r"</?[a-z][^>]*>|<\d{2}:[\d:.]+>|\{\\[^}]*\}", re.I)  # <i>, <c.yellow>, <00:00:01.000>, {\an8}
_SPEAKER = re.compile(r"(?:\([A-Z][^()\n]{0,40}\)|\[[A-Z][^\[\]\n]{0,40}\]|[A-Z][A-Z.'’ -]{1,40}):\s|-\s|>>")
_SOUND = re.compile(r"\s*[\[(](?!(?:INAUDIBLE|UNINTELLIGIBLE|INDISTINCT|CROSSTALK|UNCLEAR)\b)(?:[A-Z][A-Z’' -]{1,30}"
                    r"|♪[^\])\n]*)[\])](?!:)\s*")  # a sound, no words: "[MUSIC]", "[TRAFFIC NOISE]", "(APPLAUSE)"; not
# a speaker's label, "[REPORTER]:", nor a mark of words not made out, "by [INAUDIBLE] the finance team", which keeps a
# quote from reading as the speaker's whole sentence
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
STAMP = re.compile(r"\[\d{2}:\d{2}:\d{2}\]")  # a paragraph's time, as ``transcript`` writes it: "[00:01:02]"


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
    last_end, voice = None, None
    for timing, words in _new_lines(_cues(text)):
        start = _seconds(timing["start"])
        said = [(m[1].strip() if (m := _VOICE.search(line)) else None,  # each line's WebVTT voice, and its words
                 html.unescape(_SOUND.sub(" ", _TAG.sub("", line)))) for line in words]
        for n, (speaker, line) in enumerate((speaker, part) for speaker, line in said for part in _parts(line) if part):
            told = paragraphs[-1][1] if paragraphs else []
            pause = n == 0 and last_end is not None and start - last_end >= PAUSE
            if not told or speaker and speaker != voice or _SPEAKER.match(line) \
                    or pause and _SENTENCE_END.search(told[-1]) or chrome.SPONSOR_READ.match(line) \
                    or chrome.SUBTITLER.match(line) \
                    or chrome.RESUMED.search(told[-1]):  # a sponsor's read; the words back to the programme after it
                paragraphs.append((_stamp(start), [f"{speaker}: {line}" if speaker else line]))
            else:
                paragraphs[-1][1].append(line)
            voice = speaker or voice
        last_end = _seconds(timing["end"])
    lines: list[str] = []
    for stamp, words in paragraphs:
        lines += [stamp, "", " ".join(words), ""]
    return lines[:-1]


def _cues(text: str) -> list[tuple[re.Match, list[str]]]:
    """Subtitle file ``text``'s cues, each its timing and its lines; not WEBVTT's header, a NOTE or STYLE block, a cue
    without its timing."""
    found = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").lstrip("\ufeff")):
        if timing := _TIMING.search(block):
            found.append((timing, block[timing.end():].strip("\n").split("\n")))
    return found


def _new_lines(cues: list[tuple[re.Match, list[str]]]) -> list[tuple[re.Match, list[str]]]:
    """The cues of roll-up captions (live subtitles, each cue showing the last line of the one before over its new
    one: most cues of two lines or more open with the line the one before ends with) without the lines they repeat,
    each spoken line once, in order; other captions' cues as they are (a line said twice is said twice)."""
    repeats = [cue[:1] == before[-1:] for (_, before), (_, cue) in zip(cues, cues[1:]) if len(cue) > 1 and before]
    if len(repeats) < 2 or sum(repeats) < 0.7 * len(repeats):
        return cues
    return cues[:1] + [(timing, cue[_overlap(before, cue):]) for (_, before), (timing, cue) in zip(cues, cues[1:])]


def _overlap(before: list[str], cue: list[str]) -> int:
    """How many of ``cue``'s first lines are the last lines of the cue ``before`` it."""
    return max((k for k in range(1, min(len(before), len(cue)) + 1) if before[-k:] == cue[:k]), default=0)


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
