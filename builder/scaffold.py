"""dossier new: write a content file that passes check as it is, or import a plain-text article as a source."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from builder import chrome, write
from builder.config import Config
from builder.load import read_text, split_front_matter
from builder.problems import DossierError, Located, Problem, Problems
from builder.schema import slug

FOLDERS = {"source": "sources", "speaker": "speakers", "summit": "summits", "fact": "facts"}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ID_WORDS = 6
QUOTE_WORDS = 25
_SENTENCE = re.compile(r".*?[a-z0-9)\"”’'][.!?](?=\s|$)")


@dataclass(frozen=True)
class Created:
    """A new content file, the notes for the editor (lines that look like page chrome), and what to do next."""

    path: Path
    next_step: str
    notes: list[Problem] = field(default_factory=list)


def new(config: Config, kind: str, name: str, ident: str | None = None, strip_chrome: bool = False) -> Created:
    """Write content/<kind>s/<name> (or import the text file ``name`` as a source); never overwrite a file."""
    folder = config.content / FOLDERS[kind]
    if kind == "source" and ("." in name or "/" in name):
        return import_source(config, Path(name), ident, strip_chrome)
    if ident is not None or strip_chrome:
        _fail(folder, "--id and --strip-chrome go with `dossier new source FILE.txt`; give the id as the argument")
    _check_id(name, folder)
    if kind == "source":
        path, text = folder / f"{name}.md", _SOURCE.format(title=json.dumps("TODO: the article's headline"), seed="",
                                                           body="TODO: paste the article's text here, exactly as "
                                                                "published, paragraphs separated by blank lines.\n")
    elif kind == "fact":
        path, text = folder / f"{name}.yml", _fact(config)
    else:
        text = (_SPEAKER if kind == "speaker" else _SUMMIT).format(name=json.dumps(name.replace("-", " ").title()))
        path = folder / f"{name}.yml"
    _create(path, text)
    write_schemas(config)
    return Created(path, "Replace the placeholder values (grep for TODO), then run `dossier check`.")


def import_source(config: Config, text_file: Path, ident: str | None, strip_chrome: bool) -> Created:
    """A source from a plain-text article: id and title from its first line, the text verbatim, chrome flagged."""
    problems = Problems()
    text = read_text(text_file, problems)
    if text is None:
        raise DossierError(problems.errors)
    lines = text.rstrip().split("\n")
    flagged = chrome.find(lines)
    skip = {c.line for c in flagged}
    title = next((line.strip() for n, line in enumerate(lines, 1) if line.strip() and n not in skip), None)
    if title is None:
        _fail(text_file, "the file holds no article text")
    folder = config.content / "sources"
    ident = ident or propose_id(title)
    _check_id(ident, folder)
    if strip_chrome:
        lines = _collapse([line for n, line in enumerate(lines, 1) if n not in skip])
    front = _SOURCE.format(title=json.dumps(title, ensure_ascii=False), body="",
                           seed=f"seed: {json.dumps(text_file.name, ensure_ascii=False)}\n")
    path = folder / f"{ident}.md"
    _create(path, front + "\n".join(lines) + "\n")
    write_schemas(config)
    offset = front.count("\n")
    if strip_chrome:
        notes = [Problem(Located(text_file, c.line), f"removed as page chrome ({c.reason}): `{_clip(c.text)}`", True)
                 for c in flagged]
    else:
        notes = [Problem(Located(path, offset + c.line), f"looks like page chrome ({c.reason}), line {c.line} of "
                                                         f"{text_file.name}: `{_clip(c.text)}`; delete it unless it "
                                                         "is part of the article", True) for c in flagged]
    return Created(path, "Fill in outlet, author and published from what the text establishes (or keep `unknown` "
                         "and say why in `notes`), then run `dossier check`.", notes)


def propose_id(title: str) -> str:
    """An id from a headline's first words: "Trump to Putin: Please Don't ..." → 'trump-to-putin-please-dont-...'."""
    words = slug(re.sub(r"['’]", "", title)).split("-")
    return "-".join(words[:ID_WORDS])


def write_schemas(config: Config) -> None:
    """Copy the schemas into content/schemas/ where missing, so the schema lines resolve in editors."""
    write.copy_schemas(config.content / "schemas")


def _fact(config: Config) -> str:
    """A fact card on the first summit, quoting the first sentence of the first source."""
    summits = sorted(p.stem for p in (config.content / "summits").glob("*.yml"))
    sources = sorted((config.content / "sources").glob("*.md"))
    if not summits:
        _fail(config.content / "summits", "a fact needs a summit and there is none yet; create one first: "
                                          "`dossier new summit ID`")
    quote = next(filter(None, map(first_sentence, sources)), None)
    if quote is None:
        _fail(config.content / "sources", "a fact quotes a source and there is none with text yet; import one "
                                          "first: `dossier new source FILE.txt`")
    source, sentence = quote
    return _FACT.format(summit=summits[0], source=source, quote=json.dumps(sentence, ensure_ascii=False))


def first_sentence(path: Path) -> tuple[str, str] | None:
    """(source id, the first sentence of its text, at most QUOTE_WORDS words), or None when it has no text."""
    problems = Problems()
    text = read_text(path, problems)
    parts = split_front_matter(text, Located(path), problems) if text is not None else None
    line = next((line.strip() for line in (parts[1] if parts else "").split("\n") if line.strip()), None)
    if line is None:
        return None
    match = _SENTENCE.match(line)
    words = (match.group() if match else line).split()
    return path.stem, " ".join(words[:QUOTE_WORDS])


def _check_id(ident: str, folder: Path) -> None:
    if not ID.match(ident):
        _fail(folder, f"'{ident}' is not a valid id; use lowercase letters, digits and single hyphens, "
                      f"e.g. '{propose_id(ident)}'")


def _create(path: Path, text: str) -> None:
    """Write a new file; refuse to replace one that exists."""
    try:
        write.create_new(path, text)
    except FileExistsError:
        _fail(path, "the file exists and was left as it is; choose another id (or --id)")


def _collapse(lines: list[str]) -> list[str]:
    """Lines without leading, trailing or repeated blank lines (what is left after removing chrome)."""
    kept = [line for n, line in enumerate(lines) if line.strip() or (n and lines[n - 1].strip())]
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _fail(where: Path, message: str):
    raise DossierError([Problem(Located(where), message)])


_SOURCE = """---
title: {title}
outlet: unknown           # the publisher, or unknown
author: unknown           # a name, or unknown
published: unknown        # YYYY-MM-DD, or unknown
language: en
url: null                 # the article's address when known
{seed}---
{body}"""

_SPEAKER = """# yaml-language-server: $schema=../schemas/speaker.schema.json
name: {name}
kind: person              # person | institution | group
# spellings: [Other Spelling]   # other spellings the sources use
# country: Russia
# roles:
#   - title: Foreign Minister of Russia
#     summit: hamburg-2017   # the summit at which the sources give this role
"""

_SUMMIT = """# yaml-language-server: $schema=../schemas/summit.schema.json
name: {name}
kind: summit              # summit | meeting | speech | event
# city: Hamburg
# country: Germany
# start: 2017-07-07       # YYYY-MM-DD
# end: 2017-07-08
# meetings:
#   - id: trump-putin
#     title: Trump–Putin bilateral meeting
#     date: 2017-07-07
#     participants: [donald-trump, vladimir-putin]
"""

_FACT = """# yaml-language-server: $schema=../schemas/fact.schema.json
summit: {summit}
# meeting: trump-putin    # a meeting id of that summit
statement: "TODO: what happened, in your own words."
topics: []
# speaker: vladimir-putin # when the card is a remark by someone
accounts:
  - source: {source}
    quote: {quote}
    stance: states        # states | attributes | disputes | contradicts
"""
