"""Source comparison: a facts × sources matrix per summit (past ``MATRIX_SOURCES`` sources, a row per fact naming
only the sources that report it), and agreement between each pair of sources."""
from __future__ import annotations

from dataclasses import dataclass

from builder.compare import FactComparison, PairStats
from builder.formatting import count
from builder.model import Account
from builder.pages import Site
from builder.render import PageSpec


@dataclass(frozen=True, slots=True)
class Cell:
    """How one source treats one fact: its accounts grouped by stance, speakers and figure (empty when silent),
    the side each group is on (numbered from 1; 0 when the fact has one side) and whether it is the minority."""

    groups: tuple[tuple[Account, ...], ...]
    sides: tuple[int, ...]
    minority: bool


@dataclass(frozen=True, slots=True)
class Tally:
    """What the compare page shows of a pair of sources (compare.PairStats): how many facts both report, how many
    they agree on and how many they differ on only within the tolerance, and the facts they disagree on."""

    first: str
    second: str
    shared: int
    agree: int
    minor: int
    disagree: tuple[str, ...]

    @classmethod
    def of(cls, pair: PairStats) -> Tally:
        return cls(pair.first, pair.second, len(pair.shared), len(pair.agree), len(pair.minor), pair.disagree)


MATRIX_SOURCES = 12  # a summit with more sources is compared fact by fact, each row naming only its sources
HEAT_MAP_SOURCES = 20  # a bigger sources × sources table is no longer read at a glance
SHARED_PAIRS = 50  # pairs of sources sharing wording listed on the compare page, most words first
PAIRS_KEPT_TOGETHER = 10  # rows of the pairs table rendered (and kept) as one fragment
PAIRS_LISTED = 150  # pairs of sources listed on the compare page: past them, those that disagree on the most facts
PART_ROWS = 100  # facts per page of a summit's comparison: past it, the next facts are on the next part


def pages(site: Site):
    covered = [s for s in site.dossier.summits.values() if site.comparison.rows_by_summit[s.id]]
    reported = _reported(site.links.accounts_by_source)
    sources, pairs = site.comparison.agreement(HEAT_MAP_SOURCES, reported)
    listed = [Tally.of(pair) for pair in listed_pairs(site.comparison.pairs)]
    yield PageSpec("compare/index.md", "Compare sources", "comparison_index.md", {
        # each summit with the number of its facts and sources: an edited fact leaves the page as it is
        "covered": [(s, len(site.comparison.rows_by_summit[s.id]), len(site.comparison.sources_by_summit[s.id]))
                    for s in covered],
        # numbers, and the facts two sources disagree on: quick to key, and an edited statement leaves them as they are
        "heat": [(sid, tuple(p and Tally.of(p) for p in row)) for sid, row in zip(sources, pairs)],
        "heat_limit": HEAT_MAP_SOURCES, "part_rows": PART_ROWS,
        "cited": len(reported),
        "shared": site.comparison.independence.most_shared[:SHARED_PAIRS],
        "shared_pairs": len(site.comparison.independence.shared),
        "pairs": [listed[i:i + PAIRS_KEPT_TOGETHER] for i in range(0, len(listed), PAIRS_KEPT_TOGETHER)],
        "listed_pairs": len(listed), "all_pairs": len(site.comparison.pairs),
        # numbers only (the facts each source reports...): an edited statement leaves them as they are
        "profiles": [(sid, reported.get(sid, 0), len(p.unique), len(p.conflicts), len(p.outlier), len(p.omitted))
                     for sid, p in site.comparison.profiles.items()]},
        "Which source reports which fact, summit by summit, and how often each pair of sources agrees.",
        structured_data=site.breadcrumbs(site.section("compare/index.md")))
    for summit in covered:
        rows = site.comparison.rows_by_summit[summit.id]
        columns = site.comparison.sources_by_summit[summit.id]
        by_fact = len(columns) > MATRIX_SOURCES
        parts = [(part_path(summit.id, n), i + 1, min(i + PART_ROWS, len(rows)))
                 for n, i in enumerate(range(0, len(rows), PART_ROWS), 1)]
        for n, (path, first, last) in enumerate(parts, 1):
            title = f"Sources compared: {summit.name}" + (f" (facts {first}–{last})" if len(parts) > 1 else "")
            yield PageSpec(path, title, "comparison.md", {
                "summit": summit,
                "columns": columns,
                "by_fact": by_fact,
                "parts": parts if len(parts) > 1 else [], "part": n, "total": len(rows),
                "rows": Matrix(rows[first - 1:last], columns, by_fact),
            }, f"{summit.name}, fact by fact: what each of {count(columns, 'source')} reports, and where they disagree"
               + (f" (facts {first}–{last} of {len(rows)})." if len(parts) > 1 else "."),
                hide=("navigation", "toc"),
                structured_data=site.breadcrumbs(site.section("compare/index.md"), (title, path)))


def _reported(accounts_by_source: dict) -> dict[str, int]:
    """How many facts each source cited reports; counted again only for a source whose accounts are not the very
    tuple they were (link keeps it while no fact citing the source changed; 100,000 accounts took 10 ms each time)."""
    found = {}
    for sid, accounts in accounts_by_source.items():
        kept = _REPORTED.get(sid)
        if kept is None or kept[0] is not accounts:
            kept = _REPORTED[sid] = accounts, len({a.fact for a in accounts})
        found[sid] = kept[1]
    for gone in _REPORTED.keys() - found.keys():
        del _REPORTED[gone]
    return found


_REPORTED: dict[str, tuple] = {}  # source id → (its accounts, how many facts they are of): dossier serve


@dataclass(frozen=True)
class Matrix:
    """The facts' rows of a part of a summit's comparison, each with its cells (by fact: the sources reporting it,
    with theirs), made when a template goes through them: a page's spec holds what they are made of (as
    ``source.Article``), quick to key, and a page that is not rendered again never makes them."""

    rows: tuple[FactComparison, ...]
    columns: tuple[str, ...]
    by_fact: bool

    def __iter__(self):
        for row in self.rows:
            found = cells(row, self.columns)
            yield row, reporting(self.columns, found) if self.by_fact else found


def listed_pairs(pairs: tuple) -> tuple:
    """The pairs of sources the compare page lists: all of them, or past ``PAIRS_LISTED`` those that disagree on the
    most facts (then those reporting the most facts in common), in the pairs' order."""
    if len(pairs) <= PAIRS_LISTED:
        return pairs
    kept = set(sorted(pairs, key=lambda p: (-len(p.disagree), -len(p.shared), p.first, p.second))[:PAIRS_LISTED])
    return tuple(p for p in pairs if p in kept)


def part_path(summit: str, n: int) -> str:
    """Where part ``n`` of a summit's comparison goes: the first at compare/<summit>.md, the next at
    compare/<summit>.<n>.md (no id holds a dot, so no summit's page is another's part)."""
    return f"compare/{summit}.md" if n == 1 else f"compare/{summit}.{n}.md"


_KEPT: dict[str, tuple] = {}  # fact id → (row, columns, cells) of the last build: dossier serve


def cells(row: FactComparison, columns: tuple[str, ...]) -> list[Cell]:
    """The row's cell in each column; kept while the row is the same object (the cache hands back the same row
    while the fact, the rules and the shared wording are unchanged) and the columns are the same."""
    kept = _KEPT.get(row.fact.id)
    if kept and kept[0] is row and kept[1] == columns:
        return kept[2]
    found = [cell(row, sid) for sid in columns]
    _KEPT[row.fact.id] = row, columns, found
    return found


def reporting(columns: tuple[str, ...], found: list[Cell]) -> list[tuple[str, Cell]]:
    """The sources that report a fact, with their cells: side by side, side 1's first, those on no side (0: a report
    without a figure) last, then in column order."""
    return sorted(((sid, c) for sid, c in zip(columns, found) if c.groups),
                  key=lambda pair: min(side or len(columns) + 1 for side in pair[1].sides))


def cell(row: FactComparison, source: str) -> Cell:
    groups: dict[tuple, list[Account]] = {}
    for account in row.stance_of(source):
        key = (account.stance, account.speakers, account.value)
        groups.setdefault(key, []).append(account)
    coloured = len(row.sides) > 1
    sides = tuple(row.side_of(g[0]) if coloured else 0 for g in groups.values())
    return Cell(tuple(tuple(g) for g in groups.values()), sides, source in row.outliers)
