"""The disagreements overview: every fact on which sources disagree, then every contested claim, by summit; past
``PART_ROWS`` of them in parts (builder/pages/parts.py), the facts sources disagree on first, the first part listing
every summit with links to its parts."""
import dataclasses
import itertools

from builder.pages import Site, parts
from builder.pages.home import by_verdict
from builder.render import PageSpec

PART_ROWS = 80  # disagreements per page: past them, the next summits are on the next part
KINDS = {"disputed": "Sources disagree", "contested": "Contested claims"}


def pages(site: Site):
    rows = site.comparison.facts.values()
    found = {kind: _by_summit(by_verdict(rows, kind)) for kind in KINDS}
    counts = {kind: sum(len(g) for _, g in found[kind]) for kind in KINDS}
    split = [parts.Part("disagreements.md", "", sum(counts.values()),
                        tuple(((kind, s), g) for kind in KINDS for s, g in found[kind]))]
    if split[0].rows > PART_ROWS:
        split = []
        for kind in KINDS:
            split += [dataclasses.replace(part, label=f"{KINDS[kind]}: {part.label}") for part in parts.split(
                "disagreements.md", [((kind, s), g) for s, g in found[kind]], PART_ROWS,
                lambda key: site.dossier.summits[key[1]].name, len(split) + 1)]
    where = parts.where(split)
    listed = parts.listed(split)
    for n, part in enumerate(split, 1):
        title = "Sources disagree, contested claims" + (f" ({part.label})" if n > 1 else "")
        yield PageSpec(part.path, title, "disagreements.md", {
            **{kind: [(s, g) for (k, s), g in part.groups if k == kind] for kind in KINDS},
            "counts": counts, "parts": listed, "part": n,
            "directory": directory(found, where) if n == 1 and len(split) > 1 else []},
            "Every fact on which the sources disagree, and every claim the people they quote contest, by summit"
            + (f" (part {n} of {len(split)}: {part.label})." if len(split) > 1 else "."),
            structured_data=site.breadcrumbs(site.section("disagreements.md"),
                                             *(((title, part.path),) if n > 1 else ())))


def directory(found: dict, where: dict) -> list[tuple[str, list[tuple[str, str, int]]]]:
    """Each summit with a disagreement: (its id, [(kind, the part holding its rows of that kind, how many)])."""
    sizes = {(kind, s): len(g) for kind in KINDS for s, g in found[kind]}
    return [(s, [(kind, where[kind, s], sizes[kind, s]) for kind in KINDS if (kind, s) in sizes])
            for s in sorted({s for groups in found.values() for s, _ in groups})]


def _by_summit(rows: list) -> list[tuple[str, list]]:
    """(summit id, its rows) for rows in summit order."""
    return [(summit, list(group)) for summit, group in itertools.groupby(rows, key=lambda r: r.fact.summit)]
