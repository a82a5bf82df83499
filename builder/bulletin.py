"""A radio newsroom's bulletin script of several stories saved as text, each under its slug ("SLUG: HOSPITAL DOSE
0700", "STORY 2   A39 CLOSURE"): one story is the article (the first, else the one `--item N` chooses), titled by its
slug and written by its writer ("WRITER: JH", spelled out where the script gives the name: "WRITER: JH (Jonah
Hesketh)"); the other stories and the script's header in capitals are its furniture."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from builder import article, items

_SLUG = re.compile(r"\s*(?:SLUG\s*:\s*(?P<slug>[^/\n]*[A-Z][^/\n]*)|STORY\s+\d{1,2}\b[:\s]\s*(?P<story>[A-Z][^a-z\n]*))")
# a story's slug, one name ("SLUG: HOSPITAL DOSE 0700", not a running order's "SLUG: SCHOOL ROOFS / A39 CLOSURE"), or
# its number and name ("STORY 2   A39 CLOSURE")
_WRITER = re.compile(r"(?<![A-Z])WRITER\s*:\s*(?P<initials>[A-Z]{2,4})\b(?:\s*\((?P<name>[^()\n]{3,60})\))?")
_LOWER = re.compile(r"[a-z]")
_GUIDE = re.compile(r"\[[^\]\n]*\]")  # a pronunciation guide, "[OLL-er-en-shaw]": no words of the line's own


@dataclass(frozen=True)
class Script:
    """The story chosen (its fields: title, author), the lines that are no part of it, with why, and the note naming
    the script's other stories."""

    fields: dict[str, article.Found]
    furniture: dict[int, str]
    note: str


def read(path: Path, lines: list[str], item: int | None) -> Script | None:
    """The story ``item`` (from 1; None: the first) of a bulletin script of two stories or more, None for any other
    text; refuses (DossierError) a story it does not hold."""
    starts = [(n, " ".join((m["slug"] or m["story"]).split())) for n, line in enumerate(lines, 1)
              if (m := _SLUG.fullmatch(line.rstrip()))]
    if len(starts) < 2:
        return None
    index, notes = items.choose(path, len(starts), item, "bulletin script", "item", lambda k: starts[k][1])
    ends = [n - 1 for n, _ in starts[1:]] + [len(lines)]
    start, end = starts[index][0], ends[index]
    furniture = {n: "another story of the bulletin script (import it with --item N)"
                 for n in range(starts[0][0], len(lines) + 1) if not start <= n <= end and lines[n - 1].strip()}
    furniture |= {n: "the bulletin script's header" for n in range(1, starts[0][0])
                  if lines[n - 1].strip() and not _LOWER.search(_GUIDE.sub("", lines[n - 1]))}
    furniture[start] = "the story's slug, its title"
    fields = {"title": article.Found(starts[index][1], "the story's slug in the bulletin script")}
    if writer := _writer(lines, range(start, end + 1)):
        fields["author"] = article.Found(writer, "the bulletin script's WRITER field")
    return Script(fields, furniture, notes[0])


def _writer(lines: list[str], story: range) -> str | None:
    """The name of the story's writer: the story's own "WRITER: JH", else the header's, spelled out where a writer's
    field in the script gives it in brackets ("WRITER: JH (Jonah Hesketh)"); None when the script gives initials
    alone."""
    named = {m["initials"]: m["name"].strip() for line in lines for m in _WRITER.finditer(line) if m["name"]}
    own = next((m["initials"] for n in story for m in _WRITER.finditer(lines[n - 1])), None)
    first = next((m["initials"] for line in lines for m in _WRITER.finditer(line)), None)
    name = named.get(own or first or "")
    return name if name and article.names(name) else None
