"""YAML text into plain values that remember their line and column; aliases, tags and deep nesting refused."""
from __future__ import annotations

import bisect
import re

import yaml

from builder.problems import Located, Problems

MAX_DEPTH = 20


class _Refused(yaml.MarkedYAMLError):
    """YAML that is valid but not allowed in content: aliases, tags, deep nesting."""


def _refuse(event, message: str):
    raise _Refused(None, None, message, event.start_mark)


def parse_yaml(text: str, where: Located, problems: Problems, line_offset: int = 0):
    """Parse one YAML document into (data, lines), or (None, {}) after reporting the error."""
    loader = None
    lines: dict[tuple, tuple[int, int]] = {}
    marks = _EditorsMarks(text)
    try:
        loader = _Loader(text)  # libyaml's parser; values are built from its events below
        data = _compose(loader, lines, where, problems, line_offset, marks, text.split("\n"))
    except yaml.MarkedYAMLError as exc:
        exc.context_mark, exc.problem_mark = marks.of(exc.context_mark), marks.of(exc.problem_mark)
        mark, explanation = _explain(exc, text)
        lines = text.split("\n")
        shown = lines[mark.line].strip() if mark and mark.line < len(lines) else ""
        place = where.at(mark.line + 1 + line_offset, mark.column + 1) if mark else where.at(1 + line_offset)
        if isinstance(exc, _Refused):  # "what is refused; what to do", shown with the line it is on
            what, fix = explanation.split("; ", 1)
            problems.error(place, f"{what} (in `{clip(shown)}`); {fix}")
        else:
            line = f" in `{clip(shown)}`" if shown else " at the end of the file"
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
    ("quoted scalar", "invalid Unicode character escape", False,  # "\ud83d\ude00", JSON's way to write "😀"
     "this escape is no character: YAML does not join two escapes such as \\ud83d\\ude00 into one, as JSON does; "
     "write the character itself, or one escape of eight digits (\\U0001F600)"),
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


# A value in quotes followed by more text on its line: a quotation mark inside it closed it.
_CLOSED_EARLY = re.compile(r"""\s*(?:-\s+)?[\w-]+:\s+(["'])(?:(?!\1)[^\\]|\\.)*\1[ \t]*[^\s#,}\]]""")
_INNER_QUOTES = {
    '"': "a double quotation mark inside a value written in double quotes ends the value; put the value in single "
         "quotes, or write each \" inside it as \\\" (curly quotes “ ” need neither)",
    "'": "an apostrophe inside a value written in single quotes ends the value; write it twice ('') or put the value "
         "in double quotes (a curly ’ needs neither)",
}


# A value opened by a quotation mark and not closed on its line (YAML lets a quoted value run over lines).
_OPENED = re.compile(r"""\s*(?:-\s+)?[\w-]+:\s+(?P<quote>"(?:[^"\\]|\\.)*$|'(?:[^']|'')*$)""")


def _opened_before(text: str, line: int) -> int | None:
    """The line (from 0) of the nearest value above ``line`` that a quotation mark opens and its line does not close,
    when the lines between hold keys, which the value then took in: YAML read it on to the quotation mark of some
    later line. None otherwise (a quoted value may run over lines of its own)."""
    lines = text.split("\n")
    for number in range(min(line, len(lines)) - 1, -1, -1):
        if _OPENED.match(lines[number]):
            return number if any(_KEY.match(between) for between in lines[number + 1:line]) else None
    return None


_KEY = re.compile(r"\s*(?:-\s+)?[\w-]+:(?:\s|$)")


class _EditorsMarks:
    """Marks of libyaml's with the line and column an editor shows: libyaml, as YAML 1.1 says, also starts a line at
    U+2028 and U+2029 (in text pasted from the web), which editors show within a line."""

    def __init__(self, text: str):
        breaks = "\u2028" in text or "\u2029" in text
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))] if breaks else None

    def of(self, mark: yaml.Mark | None) -> yaml.Mark | None:
        if mark is None or self.starts is None:
            return mark
        line = bisect.bisect_right(self.starts, mark.index) - 1
        return yaml.Mark(mark.name, mark.index, line, mark.index - self.starts[line], None, None)


def _explain(exc: yaml.MarkedYAMLError, text: str):
    """(mark, plain-words explanation with what to do) for a PyYAML error."""
    if isinstance(exc, _Refused):
        return exc.problem_mark, exc.problem
    mark = exc.problem_mark
    line = text.split("\n")[mark.line] if mark and mark.line < text.count("\n") + 1 else ""
    if mark and line[mark.column:mark.column + 1] == "\t":
        return mark, "a tab is used for indentation; indent with spaces"
    context, problem = exc.context or "", exc.problem or ""
    opened = _opened_before(text, mark.line) if mark else None
    if opened is not None and "quoted scalar" not in context:  # YAML read on from a quote left open above
        return yaml.Mark(mark.name, 0, opened, _OPENED.match(text.split("\n")[opened]).start("quote"), None, None), (
            f"this quoted value is never closed on its line, so YAML read on to line {mark.line + 1}, where it "
            "stopped; add the closing quote at the end of the value")
    early = _CLOSED_EARLY.match(line)
    if early and "quoted scalar" not in context:  # quote: "the reports "fantasies"": the value ends at the second "
        return exc.problem_mark or exc.context_mark, _INNER_QUOTES[early.group(1)]
    if "simple key" in context and len(line.split(": ", 1)[0]) > 1024 and ": " in line:
        return exc.context_mark or mark, "a key longer than 1,024 characters is not allowed in YAML; shorten it"
    for in_context, in_problem, at_context, explanation in _EXPLANATIONS:
        if in_context in context and in_problem in problem:
            mark = exc.context_mark if at_context and exc.context_mark else exc.problem_mark
            return mark, explanation
    words = ", ".join(part for part in (context, problem) if part) or "invalid YAML"
    return exc.problem_mark or exc.context_mark, f"{words}; check indentation, colons and quotes"


def clip(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML was built with it


def _compose(loader, lines: dict, where: Located, problems: Problems, offset: int, marks: _EditorsMarks,
             text_lines: list[str]):
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
        if getattr(event, "anchor", None) is not None:  # no alias may use it: an anchor is a mark the editor meant
            _refuse(event, f"YAML anchors (&{event.anchor}) are not allowed, nor aliases to them; remove "  # for one
                           f"'&{event.anchor}' and write each value out in full")
        if getattr(event, "tag", None) not in (None, "!"):
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            _refuse(event, f"YAML tags such as {tag} are not allowed; remove '{tag}' and write the plain value")
        container, path, key = stack[-1]
        start = marks.of(event.start_mark)
        mark = (start.line + 1 + offset, start.column + 1)
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
            _cut_by_a_comment(event, marks, text_lines, where.at(*mark), problems)
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
_COMMENT = re.compile(r"[ \t]#\S")  # "offer #2", "#4471": not "value   # a comment", as comments are written


def _cut_by_a_comment(event: yaml.ScalarEvent, marks: _EditorsMarks, text_lines: list[str], where: Located,
                      problems: Problems) -> None:
    """Warn when a text written without quotes is followed on its line by " #" and a word: YAML reads the rest of
    the line as a comment, so "offer #2 of 4.5 percent" is cut to "offer" without a word said (a comment is written
    "value  # comment")."""
    if event.style:  # quoted, or a block
        return
    end = marks.of(event.end_mark)
    if end.line < len(text_lines) and _COMMENT.match(text_lines[end.line], end.column):
        comment = text_lines[end.line][end.column:].strip()
        problems.warn(where, f"the value ends before `{clip(comment, 40)}`: ' #' starts a YAML comment, so it is no "
                             "part of the value; if it is, put the whole value in quotes")


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
    if kind in ("int", "float") and (event.value.count(":") > 1 or kind == "float" and ":" in event.value):
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)  # YAML 1.1 reads
        number = getattr(_CONSTRUCTOR, f"construct_yaml_{kind}")(node)  # 1:02:30 in base 60, 3750 (minutes, as a
        # card reads 16:45, 1005, as the minutes since midnight)
        _refuse(event, f"YAML reads {event.value} as a number in base 60 ({number:g}), which a card would read as "
                       f'minutes; write a duration with its units ("2 h 15 min"), or put it in quotes if it is text')
    if kind == "int" and re.fullmatch(r"[-+]?0[xXbB][0-9a-fA-F_]+", event.value):  # 0x10 is 16, 0b101 is 5
        base = "hexadecimal" if event.value.lstrip("+-")[1] in "xX" else "binary"
        _refuse(event, f"YAML reads {event.value} as a {base} number ({int(event.value.replace('_', ''), 0)}); write "
                       "the number in decimal digits, or put it in quotes if it is text")
    if kind == "int" and re.fullmatch(r"[-+]?0[0-7_]+", event.value):  # YAML 1.1 reads 045 as the octal 37
        plain = re.sub(r"^([-+]?)0+(?=\d)", r"\1", event.value.replace("_", ""))
        _refuse(event, f"{event.value} starts with a zero, so YAML reads it as an octal number "
                       f"({int(event.value.replace('_', ''), 8)}); write {plain}, or put it in quotes if it is text")
    if kind in ("null", "bool", "int", "float"):
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return getattr(_CONSTRUCTOR, f"construct_yaml_{kind}")(node)
        except ValueError:  # a whole number of thousands of digits, which Python refuses to read
            _refuse(event, f"a number of {len(event.value):,} characters is not allowed; write a shorter one, or "
                           "put it in quotes if it is text")
    control = FORBIDDEN.search(event.value) if event.style == '"' else None
    if control:  # an escape in double quotes ("\0", "\x07", "\e"); the raw character is refused with the file
        _refuse(event, f"{forbidden(control.group())} (an escape such as \\x07 in double quotes) is not allowed in "
                       "text; remove it")
    if (unclosed := unclosed_direction(event.value)) is not None:
        _refuse(event, f"the direction control U+{ord(event.value[unclosed]):04X} is not closed in this text, so it would turn "
                       "the text after it on the page around too; remove it (or close it: U+202C, U+2069)")
    return event.value


_OPENERS, _CLOSERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068", "\u202c\u2069"  # embeddings, overrides,
# isolates; their ends


def unclosed_direction(text: str) -> int | None:
    """Where in ``text`` the first bidirectional control is that no later one closes (U+202E, which shows what
    follows right to left, on to the end of the paragraph), or None."""
    if not any(c in text for c in _OPENERS):
        return None
    opened = []
    for i, c in enumerate(text):
        if c in _OPENERS:
            opened.append(i)
        elif c in _CLOSERS and opened:
            opened.pop()
    return opened[0] if opened else None


_CONSTRUCTOR = yaml.constructor.SafeConstructor()
# The characters HTML does not allow in a page, which no reader sees: the control characters (all but tab, line
# breaks and form feed) and the noncharacters (U+FDD0 to U+FDEF, and the last two of every plane: U+FFFE, U+1FFFF…)
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef"
                       + "".join(chr(plane + 0xfffe) + chr(plane + 0xffff) for plane in range(0, 0x110000, 0x10000)) + "]")


def forbidden(char: str) -> str:
    """'the control character U+0007' or 'the noncharacter U+FFFE'."""
    kind = "noncharacter" if ord(char) >= 0xfdd0 else "control character"
    return f"the {kind} U+{ord(char):04X}"
