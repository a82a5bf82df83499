"""Load content files into raw documents that remember the file, line and column of every value."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from builder.problems import Located, Problems

KINDS = {"sources": ".md", "speakers": ".yml", "summits": ".yml", "facts": ".yml", "pages": ".md"}
MAX_BYTES = 2_000_000
_FRONT_MATTER_END = re.compile(r"^---[ \t]*$", re.M)


@dataclass(frozen=True)
class RawDoc:
    """One content file: its kind, id, parsed YAML data, and where each value sits."""

    kind: str
    id: str
    where: Located
    data: dict
    lines: dict[tuple, tuple[int, int]] = field(repr=False, default_factory=dict)
    body: str | None = None
    body_line: int = 0

    def at(self, *path) -> Located:
        """The location of the value at ``path`` (or of its closest parent that has one)."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        line, column = self.lines.get(path, (1, 0))
        return self.where.at(line, column)


class _AliasError(yaml.MarkedYAMLError):
    """An alias in content: refused so that alias bombs cannot expand."""


class _ContentLoader(yaml.SafeLoader):
    """A safe loader that refuses aliases, so alias bombs cannot expand."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise _AliasError(None, None, "aliases (*name) are not allowed in content", mark)
        return super().compose_node(parent, index)


def read_text(path: Path, problems: Problems) -> str | None:
    """A file's text as UTF-8 with LF line endings, or None after reporting why it cannot be read."""
    where = Located(path)
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        problems.error(where, f"file is {len(raw):,} bytes, over the limit of {MAX_BYTES:,}; split it or shorten it")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.error(where.at(line), f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8")
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def parse_yaml(text: str, where: Located, problems: Problems, line_offset: int = 0):
    """Parse one YAML document into (data, lines), or (None, {}) after reporting the error."""
    loader = _ContentLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 + line_offset if mark else 0
        what = exc.problem or exc.context or "invalid YAML"
        shown = text.split("\n")[mark.line].strip() if mark and mark.line < text.count("\n") + 1 else ""
        hint = "write the value out in full" if isinstance(exc, _AliasError) else "check indentation, colons and quotes"
        problems.error(where.at(line, mark.column + 1 if mark else 0),
                       f"YAML syntax error: {what}" + (f" in `{shown}`" if shown else "") + f"; {hint}")
        return None, {}
    except yaml.YAMLError as exc:
        problems.error(where, f"YAML error: {exc}")
        return None, {}
    except RecursionError:
        problems.error(where, "document is nested too deeply; flatten it")
        return None, {}
    finally:
        loader.dispose()
    lines: dict[tuple, tuple[int, int]] = {}
    if node is None:
        return None, lines
    try:
        data = _convert(node, (), lines, where, problems, line_offset)
    except RecursionError:
        problems.error(where, "document is nested too deeply; flatten it")
        return None, {}
    return data, lines


def _convert(node, path, lines, where, problems, offset):
    """Turn a YAML node into plain Python values, recording each value's line and column."""
    lines[path] = (node.start_mark.line + 1 + offset, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.error(where.at(key_node.start_mark.line + 1 + offset), "keys must be plain words")
                continue
            key = key_node.value
            if key in result:
                first = lines[path + (key,)][0]
                problems.error(where.at(key_node.start_mark.line + 1 + offset),
                               f"key '{key}' appears twice (first on line {first}); keep one")
                continue
            result[key] = _convert(value_node, path + (key,), lines, where, problems, offset)
            lines[path + (key,)] = (key_node.start_mark.line + 1 + offset, key_node.start_mark.column + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), lines, where, problems, offset) for i, item in enumerate(node.value)]
    return _scalar(node)


def _scalar(node: yaml.ScalarNode):
    """A scalar's value; dates and times stay as the text the editor wrote."""
    kind = node.tag.rsplit(":", 1)[-1]
    if kind in ("null", "bool", "int", "float"):
        return getattr(_CONSTRUCTOR, f"construct_yaml_{kind}")(node)
    return node.value


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def split_front_matter(text: str, where: Located, problems: Problems):
    """(front matter text, body, body's first line) of a source file, or None if it has none."""
    if not text.startswith("---\n"):
        problems.error(where.at(1), "file has no front matter; start the file with a line '---', "
                                    "the metadata (title, outlet, ...), and another '---'")
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
    docs = []
    for kind, suffix in KINDS.items():
        folder = content_dir / kind
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.name.startswith(".") or path.is_dir():
                continue
            if path.suffix != suffix:
                problems.warn(Located(path), f"ignored: {kind} files end in '{suffix}'")
                continue
            doc = _load_file(kind, path, problems)
            if doc is not None:
                docs.append(doc)
    return docs


def _load_file(kind: str, path: Path, problems: Problems) -> RawDoc | None:
    where = Located(path)
    text = read_text(path, problems)
    if text is None:
        return None
    body, body_line, offset = None, 0, 0
    if KINDS[kind] == ".md":
        parts = split_front_matter(text, where, problems)
        if parts is None:
            return None
        text, body, body_line = parts
        offset = 1
    if not text.strip():
        problems.error(where.at(1), f"file is empty; fill it in (see `dossier new {kind[:-1]}`)")
        return None
    data, lines = parse_yaml(text, where, problems, offset)
    if data is None:
        return None
    if not isinstance(data, dict):
        problems.error(where.at(1 + offset), "expected a mapping of keys to values at the top of the file")
        return None
    return RawDoc(kind, path.stem, where, data, lines, body, body_line)
