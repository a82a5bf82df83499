"""Load content files into raw documents that remember the file, line and column of every value."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from builder.problems import Located, Problems
from builder.schema import required_fields

KINDS = {"sources": ".md", "speakers": ".yml", "summits": ".yml", "facts": ".yml", "pages": ".md"}
MISNAMED = {".yml": (".yaml", ".YML", ".YAML"), ".md": (".markdown", ".MD")}  # meant as content: an error
MAX_BYTES = 2_000_000
MAX_DEPTH = 20
_FRONT_MATTER_END = re.compile(r"^---[ \t]*$", re.M)


@dataclass(frozen=True)
class RawDoc:
    """One content file: its kind, id, parsed YAML data, and where each value sits.

    A file that exists but could not be read or parsed is kept with ``broken=True`` and no data,
    so that references to it are not reported a second time as unknown ids.
    """

    kind: str
    id: str
    where: Located
    data: dict
    lines: dict[tuple, tuple[int, int]] = field(repr=False, default_factory=dict)
    body: str | None = None
    body_line: int = 0
    broken: bool = False

    def at(self, *path) -> Located:
        """The location of the value at ``path`` (or of its closest parent that has one)."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        line, column = self.lines.get(path, (1, 0))
        return self.where.at(line, column)


class _Refused(yaml.MarkedYAMLError):
    """YAML that is valid but not allowed in content: aliases, tags, deep nesting."""


def _refuse(event, message: str):
    raise _Refused(None, None, message, event.start_mark)


def read_text(path: Path, problems: Problems) -> str | None:
    """A file's text as UTF-8 with LF line endings, or None after reporting why it cannot be read."""
    where = Located(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.error(where.at(1), f"cannot read the file ({exc.strerror or exc}); "
                                    "check that it exists and is readable")
        return None
    if len(raw) > MAX_BYTES:
        problems.error(where.at(1), f"file is {len(raw):,} bytes, over the limit of {MAX_BYTES:,}; "
                                    "shorten it or split it in two")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        line = raw[:exc.start].count(b"\n") + 1
        column = len(raw[line_start:exc.start].decode("utf-8", "replace")) + 1
        shown = raw[line_start:].split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        problems.error(where.at(line, column), f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}) in `{_clip(shown)}`; "
                                               "save the file with the UTF-8 encoding")
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def parse_yaml(text: str, where: Located, problems: Problems, line_offset: int = 0):
    """Parse one YAML document into (data, lines), or (None, {}) after reporting the error."""
    loader = None
    lines: dict[tuple, tuple[int, int]] = {}
    try:
        loader = _Loader(text)  # libyaml's parser; values are built from its events below
        data = _compose(loader, lines, where, problems, line_offset)
    except yaml.MarkedYAMLError as exc:
        mark, explanation = _explain(exc, text)
        lines = text.split("\n")
        shown = lines[mark.line].strip() if mark and mark.line < len(lines) else ""
        place = where.at(mark.line + 1 + line_offset, mark.column + 1) if mark else where.at(1 + line_offset)
        if isinstance(exc, _Refused):  # "what is refused; what to do", shown with the line it is on
            what, fix = explanation.split("; ", 1)
            problems.error(place, f"{what} (in `{_clip(shown)}`); {fix}")
        else:
            line = f" in `{_clip(shown)}`" if shown else " at the end of the file"
            problems.error(place, f"YAML syntax error{line}: {explanation}")
        return None, {}
    except yaml.reader.ReaderError as exc:  # a control character YAML does not allow
        line = text.count("\n", 0, exc.position)
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        problems.error(where.at(line + 1 + line_offset, column),
                       f"the character U+{exc.character:04X} is not allowed in YAML; remove it")
        return None, {}
    except yaml.YAMLError as exc:
        problems.error(where.at(1 + line_offset), f"YAML syntax error: {exc}")
        return None, {}
    finally:
        if loader is not None:
            loader.dispose()
    return data, lines


_EXPLANATIONS = [
    # (context contains, problem contains, use the context's mark, explanation)
    ("quoted scalar", "end of stream", True, "this quoted value is never closed; add the closing quote"),
    ("simple key", "expected ':'", True, "this line has no ':' after its key; write `key: value`"),
    ("flow sequence", "expected ','", True, "this [list] is not closed; add the missing ']' (or a ',' between items)"),
    ("flow mapping", "expected ','", True,
     "this {mapping} is not closed; add the missing '}' (or a ',' between items)"),
    ("", "another document", False, "a second '---' starts another document; one file holds one record, remove it"),
    ("", "character '\\t'", False, "a tab is used for indentation; indent with spaces"),
    ("", "cannot start any token", False, "a value cannot start with this character; put the value in quotes"),
    ("", "mapping values are not allowed", False,
     "unexpected ':'; put a value that contains ': ' in quotes, or fix the indentation"),
    ("block mapping", "expected <block end>", False,
     "this line does not line up with the keys above it; fix its indentation or quote the value"),
    ("block collection", "expected <block end>", False,
     "this line does not line up with the items above it; fix its indentation"),
    # the same errors in libyaml's words
    ("block mapping", "did not find expected key", False,
     "this line does not line up with the keys above it; fix its indentation or quote the value"),
    ("block collection", "did not find expected '-'", False,
     "this line does not line up with the items above it; fix its indentation"),
    ("flow level", "maximum nesting depth", False,
     f"values nested more than {MAX_DEPTH} levels deep are not allowed; flatten the structure"),
]


def _explain(exc: yaml.MarkedYAMLError, text: str):
    """(mark, plain-words explanation with what to do) for a PyYAML error."""
    if isinstance(exc, _Refused):
        return exc.problem_mark, exc.problem
    mark = exc.problem_mark
    line = text.split("\n")[mark.line] if mark and mark.line < text.count("\n") + 1 else ""
    if mark and line[mark.column:mark.column + 1] == "\t":
        return mark, "a tab is used for indentation; indent with spaces"
    context, problem = exc.context or "", exc.problem or ""
    for in_context, in_problem, at_context, explanation in _EXPLANATIONS:
        if in_context in context and in_problem in problem:
            mark = exc.context_mark if at_context and exc.context_mark else exc.problem_mark
            return mark, explanation
    words = ", ".join(part for part in (context, problem) if part) or "invalid YAML"
    return exc.problem_mark or exc.context_mark, f"{words}; check indentation, colons and quotes"


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML was built with it


def _compose(loader, lines: dict, where: Located, problems: Problems, offset: int):
    """Build plain values from the parser's events, recording each value's line and column.

    Works on events rather than nodes so that aliases, tags and deep nesting are refused as soon as they
    are read, and so that no recursion is needed.
    """
    loader.get_event()  # stream start
    if loader.check_event(yaml.StreamEndEvent):
        return None
    first = loader.get_event()  # document start
    root: list = []
    stack: list[list] = [[root, (), None]]  # [container, its path, the pending key of a mapping]
    while not loader.check_event(yaml.DocumentEndEvent):
        event = loader.get_event()
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
            continue
        if isinstance(event, yaml.AliasEvent):
            _refuse(event, f"YAML aliases (*{event.anchor}) are not allowed; write the value out in full")
        if getattr(event, "tag", None) not in (None, "!"):
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            _refuse(event, f"YAML tags such as {tag} are not allowed; remove '{tag}' and write the plain value")
        container, path, key = stack[-1]
        mark = (event.start_mark.line + 1 + offset, event.start_mark.column + 1)
        if isinstance(container, dict) and key is None:  # a mapping's key
            if not isinstance(event, yaml.ScalarEvent):
                problems.error(where.at(*mark), "a key must be a plain word, not a list or mapping; write `key: value`")
                _skip(loader, event)
                stack[-1][2] = _DISCARD
            elif event.value in container:
                first_line = lines[path + (event.value,)][0]
                problems.error(where.at(*mark), f"key '{event.value}' appears twice (first on line {first_line}); keep one")
                stack[-1][2] = _DISCARD
            else:
                stack[-1][2] = event.value
                lines[path + (event.value,)] = mark
            continue
        if key is _DISCARD:
            _skip(loader, event)
            stack[-1][2] = None
            continue
        here = path + ((key,) if isinstance(container, dict) else (len(container),))
        if isinstance(container, list) and container is root:
            here = ()
        lines.setdefault(here, mark)
        if isinstance(event, yaml.ScalarEvent):
            value = _scalar(loader, event)
        else:
            if len(stack) > MAX_DEPTH:
                _refuse(event, f"values nested more than {MAX_DEPTH} levels deep are not allowed; "
                               "flatten the structure")
            value = {} if isinstance(event, yaml.MappingStartEvent) else []
        if isinstance(container, dict):
            container[key] = value
            stack[-1][2] = None
        else:
            container.append(value)
        if not isinstance(event, yaml.ScalarEvent):
            stack.append([value, here, None])
    loader.get_event()  # document end
    if not loader.check_event(yaml.StreamEndEvent):
        raise yaml.composer.ComposerError("expected a single document in the stream", first.start_mark,
                                          "but found another document", loader.peek_event().start_mark)
    return root[0] if root else None


_DISCARD = object()


def _skip(loader, event) -> None:
    """Read past the rest of a collection whose start ``event`` was just read (nothing for a scalar)."""
    depth = 0 if isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)) else 1
    while depth:
        event = loader.get_event()
        if isinstance(event, yaml.AliasEvent):
            _refuse(event, f"YAML aliases (*{event.anchor}) are not allowed; write the value out in full")
        depth += isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent))
        depth -= isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent))


def _scalar(loader, event: yaml.ScalarEvent):
    """A scalar's value; dates and times stay as the text the editor wrote."""
    tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    kind = tag.rsplit(":", 1)[-1]
    if kind in ("null", "bool", "int", "float"):
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        return getattr(_CONSTRUCTOR, f"construct_yaml_{kind}")(node)
    return event.value


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def split_front_matter(text: str, where: Located, problems: Problems):
    """(front matter text, body, body's first line) of a Markdown file, or None if it has none."""
    if not text.startswith("---\n"):
        problems.error(where.at(1), "file has no front matter; start the file with a line '---', "
                                    "the metadata (title, ...), and another '---' before the text")
        return None
    end = _FRONT_MATTER_END.search(text, 4)
    if end is None:
        problems.error(where.at(1), "front matter is not closed; add a line '---' after the metadata")
        return None
    front = text[4:end.start()]
    body_line = text.count("\n", 0, end.end()) + 2
    return front, text[end.end() + 1:], body_line


def load(content_dir: Path, problems: Problems) -> list[RawDoc]:
    """Every content file under ``content_dir``, parsed; problems are collected, not raised."""
    if not content_dir.is_dir():
        problems.error(Located(content_dir), "the content folder does not exist; create it (with sources/, "
                                             "speakers/, summits/ and facts/) or fix content_dir in site_config.yml")
        return []
    docs = []
    for kind, suffix in KINDS.items():
        folder = content_dir / kind
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.name.startswith(".") or path.is_dir():
                continue
            if path.suffix in MISNAMED[suffix]:
                problems.error(Located(path, 1), f"{_SINGULAR[kind]} files end in '{suffix}'; "
                                                f"rename it to '{path.stem}{suffix}'")
                continue
            if path.suffix != suffix:
                problems.warn(Located(path, 1), f"ignored: {_SINGULAR[kind]} files end in '{suffix}'; "
                                                "move this file out of the content folder")
                continue
            docs.append(_load_file(kind, path, problems))
    return docs


def _load_file(kind: str, path: Path, problems: Problems) -> RawDoc:
    where = Located(path)
    broken = RawDoc(kind, path.stem, where, {}, broken=True)
    text = read_text(path, problems)
    if text is None:
        return broken
    body, body_line, offset = None, 0, 0
    if KINDS[kind] == ".md":
        parts = split_front_matter(text, where, problems)
        if parts is None:
            return broken
        text, body, body_line = parts
        offset = 1
    reported = len(problems.items)
    data, lines = parse_yaml(text, where, problems, offset)
    if data is None:
        if len(problems.items) == reported:  # valid YAML, but nothing in it
            problems.error(where.at(1 + offset), _empty_message(kind, offset, text))
        return broken
    if not isinstance(data, dict):
        problems.error(where.at(*lines[()]), f"expected `key: value` lines here, not {_kind_of(data)}; "
                                             f"a {_SINGULAR[kind]} needs {_required(kind)}")
        return broken
    return RawDoc(kind, path.stem, where, data, lines, body, body_line)


_SINGULAR = {"sources": "source", "speakers": "speaker", "summits": "summit", "facts": "fact", "pages": "page"}


def _empty_message(kind: str, offset: int, text: str) -> str:
    what = "the front matter" if offset else "the file"
    state = "is empty" if not text.strip() else "holds only comments"
    return f"{what} {state}; a {_SINGULAR[kind]} needs {_required(kind)}"


def _required(kind: str) -> str:
    names = [f"'{name}'" for name in required_fields(kind)]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def _kind_of(value) -> str:
    return "a list" if isinstance(value, list) else "a single value"
