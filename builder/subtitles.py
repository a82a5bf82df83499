"""A broadcast's subtitle file (SubRip .srt, WebVTT .vtt) read as the transcript it is: its cues' words joined into
paragraphs, each led by the time of its first cue ("[00:00:19]"), a new one at each change of speaker ("(REPORTER):",
"- ", ">>", a WebVTT voice) or after a pause of PAUSE seconds at a sentence's end. Cue numbers, timings, styling
tags, sounds ("[MUSIC]") and WebVTT's notes are left out: no card quotes them, and each line of a cue was a paragraph
of its own."""

import re

PAUSE = 2.0  # seconds between two cues, after a sentence's end, that end a paragraph

_TIMING = re.compile(r"^\s*(?P<start>(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3})\s+-->\s+(?P<end>(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3})"
                     r"(?:[ \t]+[^\n]*)?$", re.M)  # "00:00:04,550 --> 00:00:07,640", WebVTT's "00:04.550 --> …" with settings
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")  # WebVTT's "<v Lotte Bramm>"
_TAG = re.compile(r"</?[a-z][^>]*>|<\d{2}:[\d:.]+>|\{\\[^}]*\}", re.I)  # <i>, <c.yellow>, <00:00:01.000>, {\an8}
_SPEAKER = re.compile(r"(?:\([A-Z][^()\n]{0,40}\)|\[[A-Z][^\[\]\n]{0,40}\]|[A-Z][A-Z.'’ -]{1,40}):\s|-\s|>>")
_SOUND = re.compile(r"\s*[\[(](?:[A-Z][A-Z’' -]{1,30}|♪[^\])\n]*)[\])](?!:)\s*")  # a sound, no words: "[MUSIC]",
# "[TRAFFIC NOISE]", "(APPLAUSE)"; not a speaker's label, "[REPORTER]:"
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")


def is_subtitles(text: str) -> bool:
    """Whether ``text`` is a subtitle file: it opens with WEBVTT, or its first three blocks are timed cues."""
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return True
    blocks = [b for b in re.split(r"\n\s*\n", text.strip()) if b.strip()][:3]
    return len(blocks) == 3 and all(_TIMING.search(b) for b in blocks)


def transcript(text: str) -> list[str]:
    """The lines of the transcript of subtitle file ``text``: each paragraph under its time, a blank line between."""
    paragraphs: list[tuple[str, list[str]]] = []  # (its first cue's time, its words)
    last_end = None
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").lstrip("\ufeff")):
        timing = _TIMING.search(block)
        if not timing:
            continue  # WEBVTT's header, a NOTE or STYLE block, a cue without its timing
        start, words = _seconds(timing["start"]), block[timing.end():].strip("\n")
        for n, line in enumerate(line for line in words.split("\n") if line.strip()):
            line = _SOUND.sub(" ", _TAG.sub("", _VOICE.sub(lambda m: f"{m[1].strip()}: ", line))).strip()
            if not line:
                continue
            told = paragraphs[-1][1] if paragraphs else []
            pause = n == 0 and last_end is not None and start - last_end >= PAUSE
            if not told or _SPEAKER.match(line) or pause and _SENTENCE_END.search(told[-1]):
                paragraphs.append((_stamp(start), []))
            paragraphs[-1][1].append(line)
        last_end = _seconds(timing["end"])
    lines: list[str] = []
    for stamp, words in paragraphs:
        lines += [stamp, "", " ".join(words), ""]
    return lines[:-1]


def _seconds(time: str) -> float:
    """'00:01:02,500' (or WebVTT's '01:02.500') in seconds."""
    *hours, minutes, seconds = time.replace(",", ".").split(":")
    return int(hours[0] if hours else 0) * 3600 + int(minutes) * 60 + float(seconds)


def _stamp(seconds: float) -> str:
    """A paragraph's time as the captions of a broadcast print it: '[00:01:02]'."""
    whole = int(seconds)
    return f"[{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}]"
