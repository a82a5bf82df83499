"""Broadcast subtitles in TTML (DFXP, EBU-TT, IMSC: a <tt> document) written as the WebVTT cues they are, which the
subtitle import reads as a transcript (subtitles.py: cues joined into paragraphs, a new one at a change of speaker,
sounds left out). Each <p> is a cue (each timed <span> of a <p> timed nowhere else, as live subtitles time words), timed
by its begin and end (or dur; in clock time, frames or ticks, offset by its <div>'s and <body>'s begin), its <br/>s its
lines (a line in italics and capitals, an on-screen caption naming who speaks or where, none); a ttm:agent's name is a
WebVTT voice, a line's colour (tts:color on it, its styles or its parents') a speaker's colour when the file has
several; its title, description, copyright and EBU-TT's programme and episode titles are the file's notes."""
from __future__ import annotations

import html
import re
from pathlib import Path

from lxml import etree

from builder import news_xml
from builder.article import Found

_TTS = "{http://www.w3.org/ns/ttml#styling}"
_TTP = "{http://www.w3.org/ns/ttml#parameter}"
_TTM = "{http://www.w3.org/ns/ttml#metadata}"
_OLD = re.compile(r"http://www\.w3\.org/2006/(?:10|04)/ttaf1")  # DFXP's namespaces of before TTML 1.0
_ID = "{http://www.w3.org/XML/1998/namespace}id"
_CLOCK = re.compile(r"(\d+):(\d\d):(\d\d)(?:(\.\d+)|:(\d+)(?:\.\d+)?)?")  # "00:00:01.000", "00:00:01:12" (frames)
_OFFSET = re.compile(r"(\d+(?:\.\d+)?)(h|ms|m|s|f|t)")  # "1.5s", "40f", "10000000t"
_SCALE = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
_NOTED = {"title": "Title", "documentOriginalProgrammeTitle": "Programme", "documentOriginalEpisodeTitle": "Episode",
          "documentPublisher": "Broadcaster", "desc": "", "copyright": "", "documentCopyright": ""}


def read(path: Path, root: etree._Element, item: int | None) -> news_xml.Story:
    """The subtitles of TTML document ``root`` as WebVTT, and its language; refuses --item beyond 1."""
    if item not in (None, 1):
        news_xml.fail(path, f"--item {item}: the subtitle file holds one broadcast; leave --item out")
    root = _current(root)
    rates = _rates(root)
    styles = {s.get(_ID): s for s in root.iter(f"{{{_namespace(root)}}}style") if s.get(_ID)}
    agents = {a.get(_ID): " ".join(_first(a, "name").split()) for a in root.iter(f"{_TTM}agent")
              if a.get(_ID) and _first(a, "name").strip()}
    cues = [(begin, end, lines) for begin, end, lines in _cues(root, rates, styles, agents) if lines]
    if not cues:
        news_xml.fail(path, "the subtitle file holds no cue with words (no <p> in its body); export the subtitles "
                            "again, or copy what was said into a .txt file")
    coloured = len({colour for _, _, lines in cues for _, colour, _ in lines}) > 1
    told = [f"{label}: {text}" if label else text for element in root.iter() if isinstance(element.tag, str)
            and (label := _NOTED.get(etree.QName(element).localname)) is not None
            and (text := " ".join("".join(element.itertext()).split()))]
    vtt = ["WEBVTT", ""] + [f"NOTE\n{html.escape(line, quote=False)}\n" for line in told]
    for begin, end, lines in cues:
        vtt += [f"{_stamp(begin)} --> {_stamp(max(end, begin))}"] + [
            (f"<v {voice.replace('>', '')}>" if voice else "") + (f'<font color="{colour}">' if coloured and colour
                                                                 else "") + html.escape(text, quote=False)
            for voice, colour, text in lines] + [""]
    spoken = news_xml.language(root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    return news_xml.Story([], {"language": Found(spoken, "the subtitle file's language")} if spoken else {},
                          ["TTML subtitles: their cues read as a subtitle file's"
                           + (", a ttm:agent's name as its speaker's" if agents else "")
                           + (", a change of colour as a change of speaker" if coloured else "")],
                          subtitles="\n".join(vtt))


def _current(root):
    """A DFXP document of before TTML 1.0 in TTML's namespaces, as they are the same elements."""
    text = etree.tostring(root, encoding="unicode")
    return etree.fromstring(_OLD.sub("http://www.w3.org/ns/ttml", text), etree.XMLParser(
        resolve_entities=False, no_network=True)) if _OLD.search(text) else root


def _namespace(root) -> str:
    return etree.QName(root).namespace or ""


def _first(element, name: str) -> str:
    return next(("".join(c.itertext()) for c in element if isinstance(c.tag, str)
                 and etree.QName(c).localname == name), "")


def _rates(root) -> tuple[float, float]:
    """The document's frames and ticks a second (ttp:frameRate × its multiplier; ttp:tickRate)."""
    try:
        frames = float(root.get(f"{_TTP}frameRate") or 30)
        numerator, denominator = (root.get(f"{_TTP}frameRateMultiplier") or "1 1").split()
        frames *= float(numerator) / float(denominator)
        ticks = float(root.get(f"{_TTP}tickRate") or (frames if root.get(f"{_TTP}frameRate") else 1))
    except (ValueError, ZeroDivisionError):
        frames, ticks = 30.0, 1.0
    return frames or 30.0, ticks or 1.0


def _seconds(value: str | None, rates: tuple[float, float]) -> float | None:
    """A TTML time expression in seconds: clock time (with frames) or an offset; None for none or one unread."""
    value = (value or "").strip()
    if clock := _CLOCK.fullmatch(value):
        hours, minutes, seconds, fraction, frames = clock.groups()
        return int(hours) * 3600 + int(minutes) * 60 + int(seconds) + float(fraction or 0) \
            + (int(frames) / rates[0] if frames else 0)
    if offset := _OFFSET.fullmatch(value):
        number, unit = float(offset[1]), offset[2]
        return number / rates[0] if unit == "f" else number / rates[1] if unit == "t" else number * _SCALE[unit]
    return None


def _cues(root, rates, styles, agents):
    """Each cue's begin and end in seconds and its lines: (voice, colour, words). A cue is a <p>, or each timed
    <span> of a <p> timed nowhere else (as live subtitles time their words)."""
    last, namespace = 0.0, _namespace(root)
    for p in root.iter(f"{{{namespace}}}p"):
        spans = [s for s in p.iter(f"{{{namespace}}}span") if s.get("begin")] if p.get("begin") is None else []
        for cue in spans or [p]:
            offset = sum(_seconds(a.get("begin"), rates) or 0 for a in cue.iterancestors())
            begin = _seconds(cue.get("begin"), rates)
            begin = last if begin is None else offset + begin
            end = _seconds(cue.get("end"), rates)
            end = offset + end if end is not None else begin + (_seconds(cue.get("dur"), rates) or 0)
            last = end
            colour = next(filter(None, (_colour(e, styles) for e in [cue, *cue.iterancestors()])), None)
            agent = next(filter(None, (e.get(f"{_TTM}agent") for e in [cue, *cue.iterancestors()])), None)
            yield begin, end, _lines(cue, colour, agent, styles, agents)


def _lines(cue, colour, agent, styles, agents) -> list[tuple[str | None, str | None, str]]:
    """A cue's lines (a <p>'s or a <span>'s), parted at its <br/>s, each with its first words' speaker and colour."""
    runs: list = []

    def walk(element, colour, agent, italic=False):
        if element.text:
            runs.append((element.text, colour, agent, italic))
        for child in element:
            name = etree.QName(child).localname if isinstance(child.tag, str) else ""
            if name == "br":
                runs.append(None)
            elif name == "span":
                walk(child, _colour(child, styles) or colour, child.get(f"{_TTM}agent") or agent,
                     italic or _italic(child, styles))
            if child.tail:
                runs.append((child.tail, colour, agent, italic))
    walk(cue, colour, agent)
    lines, line = [], []
    for run in [*runs, None]:
        if run is not None:
            line.append(run)
            continue
        text = " ".join("".join(words for words, *_ in line).split())
        said = next((r for r in line if r[0].strip()), (None, None, None, None))
        if text and not (all(r[3] for r in line if r[0].strip()) and _CAPTION.fullmatch(text)):
            lines.append((_voice(said[2], agents), said[1], text))
        line = []
    return lines


# An on-screen caption in italics, in capitals up to its first comma: who speaks or where ("DR HELEN MARSH-OKAFOR,
# Chief Nurse, North Wendmoor Hospitals NHS Trust", "CALDERBROOK GENERAL HOSPITAL, THURSDAY"), no words said.
_CAPTION = re.compile(r"[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*)+(?:,.*)?")


def _italic(element, styles) -> bool:
    """Whether a span is set in italics (its tts:fontStyle, or its styles')."""
    return "italic" in {element.get(f"{_TTS}fontStyle"), *(styles[s].get(f"{_TTS}fontStyle")
                                                          for s in (element.get("style") or "").split() if s in styles)}


def _voice(agent: str | None, agents: dict[str, str]) -> str | None:
    return next((agents[a] for a in (agent or "").split() if a in agents), None)


def _colour(element, styles, depth: int = 0) -> str | None:
    """The colour an element sets on its words: its tts:color, else its styles' (which may refer to styles)."""
    if depth > 8:
        return None
    if element.get(f"{_TTS}color"):
        return re.sub(r"[^#\w]", "", element.get(f"{_TTS}color")) or None
    return next(filter(None, (_colour(styles[s], styles, depth + 1) for s in (element.get("style") or "").split()
                              if s in styles)), None)


def _stamp(seconds: float) -> str:
    """Seconds as a WebVTT cue's time: '00:01:02.500'."""
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
