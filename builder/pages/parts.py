"""Long lists in parts, a page each: the list's groups (a summit's facts, a day's events) are kept whole, and a part
is closed before a group would take it past its number of rows, so that a phone never downloads the whole list."""
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Part:
    """One page of a list: its docs path, what its headings and links call it (its first and last group), how many
    rows it holds and its groups, each (key, rows)."""

    path: str
    label: str
    rows: int
    groups: tuple[tuple[object, list], ...]


def split(path: str, groups: list[tuple[object, list]], limit: int, name, first: int = 1) -> list[Part]:
    """``groups`` in parts of at most ``limit`` rows (a larger group alone in one), numbered from ``first``: part 1
    at ``path``, part n at <path>.<n>.md (no id holds a dot: no page is another's part); each labelled by
    ``name(key)`` of its first and last groups."""
    found: list[list] = []
    size = 0
    for key, rows in groups:
        if not found or size + len(rows) > limit:
            found.append([])
            size = 0
        found[-1].append((key, rows))
        size += len(rows)
    return [Part(path if n == 1 else f"{path[:-3]}.{n}.md", label(part, name), sum(len(r) for _, r in part),
                 tuple(part)) for n, part in enumerate(found, first)]


def label(groups: list, name) -> str:
    first, last = name(groups[0][0]), name(groups[-1][0])
    return first if first == last else f"{first} – {last}"


def where(parts: list[Part]) -> dict:
    """Each group's key → the path of the part holding it."""
    return {key: part.path for part in parts for key, _ in part.groups}


def listed(parts: list[Part]) -> list[Part]:
    """The parts as each part's page links them (path, label, rows), without their groups, so that a change to one
    part's rows leaves the other parts' pages as they were; none for a list in one part."""
    return [replace(part, groups=()) for part in parts] if len(parts) > 1 else []
