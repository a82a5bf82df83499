"""A transcript copied from a video site's page as text: the page's lines (the video's title, its channel over "48.2K
subscribers", its views and day, its description), then the transcript panel, each caption line under its time alone
on a line ("0:04", "1:02:10"). Read as the WebVTT file it stands for, each line a cue until the next time, and the
page's lines its notes (title, channel, day, description), so that it is joined into the paragraphs a subtitle file is
(subtitles.py) rather than kept a line a paragraph with its times."""
from __future__ import annotations

import itertools
import re

_TIME = re.compile(r"(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2})")  # "0:04", "12:31", "1:02:10"
_SUBSCRIBERS = re.compile(r"[\d.,]+\s*[KMB]?\s+subscribers?", re.I)  # the line under the channel's name
_VIEWS = re.compile(r"[\d.,]+\s*[KMB]?\s+views?\s+(?:(?:Streamed live|Premiered)(?: on)?\s+)?(?P<day>[^#]+?)\s*(?:#.*)?",
                    re.I)  # "1,204 views  17 Mar 2026  #Dunmere #wolves": the day the video was published
_PANEL = re.compile(r"Transcript|Search (?:in )?(?:video|transcript)|Show transcript|Sort by|Subscribe|Share|Save"
                    r"|Download|Clip|Thanks|\.\.\.more|Show less|Comments(?:\s+[\d,.]+[KM]?)?|Chapters|Follow along"
                    r"(?: using the transcript)?", re.I)  # the page's buttons and the panel's labels
_MIN_TIMES = 6  # times alone on their lines, each over a caption, that make a transcript panel
_LAST = 4.0  # seconds the last line is shown, which no time after it ends


def webvtt(text: str) -> str | None:
    """The WebVTT file transcript ``text`` stands for, its page's lines in a NOTE; None when ``text`` is no such
    transcript (fewer than _MIN_TIMES times alone on a line, each followed by words, or times out of order)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    times = [n for n, line in enumerate(lines) if _TIME.fullmatch(line)]
    timed = [n for n in times if n + 1 < len(lines) and lines[n + 1] and not _TIME.fullmatch(lines[n + 1])]
    seconds = [_seconds(lines[n]) for n in times]
    if len(timed) < _MIN_TIMES or seconds != sorted(seconds):
        return None
    header = [line for line in lines[:times[0]] if line and not _PANEL.fullmatch(line)]
    channel = next((header[n - 1] for n, line in enumerate(header) if n and _SUBSCRIBERS.fullmatch(line)), None)
    told = [f"Title: {header[0].split(' | ')[0]}"] if header and header[0] != channel else []
    told += [f"Channel: {channel}"] if channel else []
    told += [f"Published: {m['day']}" if (m := _VIEWS.fullmatch(line)) else line for line in header[1:]
             if line != channel and not _SUBSCRIBERS.fullmatch(line)]
    cues = []
    for n, (at, start) in enumerate(zip(times, seconds)):
        end = seconds[n + 1] if n + 1 < len(seconds) else start + _LAST
        after = lines[at + 1:times[n + 1]] if n + 1 < len(times) else \
            list(itertools.takewhile(lambda line: not _PANEL.fullmatch(line), lines[at + 1:]))  # not the comments
        words = [line for line in after if line and not _PANEL.fullmatch(line)]
        if words:
            cues.append(f"{_stamp(start)} --> {_stamp(max(end, start + 0.001))}\n" + "\n".join(words))
    note = ["NOTE\n" + "\n".join(told)] if told else []
    return "\n\n".join(["WEBVTT", *note, *cues]) + "\n"


def _seconds(time: str) -> float:
    m = _TIME.fullmatch(time)
    return int(m["h"] or 0) * 3600 + int(m["m"]) * 60 + int(m["s"])


def _stamp(seconds: float) -> str:
    """WebVTT's cue time: '00:01:02.000'."""
    return f"{int(seconds) // 3600:02d}:{int(seconds) // 60 % 60:02d}:{seconds % 60:06.3f}"
