"""The search index in parts: Pagefind indexes the site's pages part by part (its memory bounded by a part's pages,
an edit indexing again only the part that holds the changed page), and the parts' indexes are merged into the one
index Pagefind makes of all the pages, so that readers search one index, with its results, as before.

Pagefind's index (version 1.5.2, gzipped CBOR after a signature): a metadata file listing the pages (their records'
names and word counts), the word chunks (first and last word, name) and the names of the metadata fields; word
chunks, each a sorted list of words with, for each page holding the word, the page's number (as the difference from
the page before) and the word's places on the page (``locs``) and in its metadata (``meta_locs``, negative numbers
naming a field). Merging puts the parts' pages one part after another and their words together, cut into chunks
where Pagefind cuts them (``CHUNK``: the same count of places), so that the browser's search (its word
statistics, its prefix matches, the chunks a query loads) sees what one index of the same pages gives; only the
order of the pages differs, which orders results of equal score."""
from __future__ import annotations

import concurrent.futures
import dataclasses
import gzip
import heapq
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import cbor2
import orjson
from builder.cache import digest

PAGES = 250  # pages a part holds at most, on average (parts are made of hashed groups: the count varies)
CHUNK = 20000  # Pagefind's chunk size: word places (and one per page a word is on) in a chunk of words
SIGNATURE = b"pagefind_dcd"  # what Pagefind's index files start with, once unzipped
ENTRY = "pagefind-entry.json"
WORDS, FRAGMENTS = "index", "fragment"
_LEVEL = 6  # gzip's level: 2.7 times quicker than Pagefind's 9, for files 0.7 % larger


class Unmergeable(ValueError):
    """A part's index that cannot be merged (another format, filters or sorts, another language)."""


UNREADABLE = (OSError, ValueError, LookupError, TypeError, AttributeError, EOFError, cbor2.CBORDecodeError)  # how
# ``merge`` fails on parts' indexes that cannot be read (Unmergeable is a ValueError)


HOME = "index.html"  # the home page's group: its path, as a page of no group is placed by its path


def groups(dossier) -> dict[str, str]:
    """The group of each page whose indexed content a one-fact edit may change, by its path: a fact's page, its
    summit's page and comparison page, the pages of the facts related to it (of the same summit) and of the sources
    quoting it (a source in the group of the summit most of its facts are about) share their summit's group. The
    hand-written pages are in the home page's group. While the summits and pages are those of the call before, only
    the facts changed since are looked at (``dossier serve``)."""
    kept = _KEPT[0]
    if kept is None or dossier.summits.keys() != kept.summits or dossier.pages.keys() != kept.pages:
        found = {f"{folder}/{summit}.html": summit for summit in dossier.summits for folder in ("summits", "compare")}
        found.update({f"{page}.html": HOME for page in (*dossier.pages, "index")})  # hand-written pages, which search
        # leaves out (templates/page.md), with the home page: Pagefind fails on a part of nothing to index
        kept = _Groups(frozenset(dossier.summits), frozenset(dossier.pages), {}, {}, found)
    changed = [i for i, fact in dossier.facts.items() if kept.facts.get(i) is not fact]
    changed += kept.facts.keys() - dossier.facts.keys()
    sources = set()
    for i in changed:
        for fact, step in ((kept.facts.get(i), -1), (dossier.facts.get(i), 1)):
            for source in fact.sources if fact is not None else ():
                summits = kept.summits_of.setdefault(source, Counter())
                summits[fact.summit] += step
                if not summits[fact.summit]:
                    del summits[fact.summit]
                sources.add(source)
        if i in dossier.facts:
            kept.found[f"facts/{i}.html"] = dossier.facts[i].summit
        else:
            kept.found.pop(f"facts/{i}.html", None)
    for source in sources:
        if kept.summits_of[source]:
            kept.found[f"sources/{source}.html"] = min(kept.summits_of[source].items(),
                                                       key=lambda item: (-item[1], item[0]))[0]
        else:
            del kept.summits_of[source], kept.found[f"sources/{source}.html"]
    _KEPT[0] = dataclasses.replace(kept, facts=dict(dossier.facts))
    return dict(kept.found)


@dataclasses.dataclass(frozen=True)
class _Groups:
    """What ``groups`` found last: for these summits, pages and facts (by id), the summits of each source's facts
    (counted), and the groups."""

    summits: frozenset[str]
    pages: frozenset[str]
    facts: dict
    summits_of: dict[str, Counter]
    found: dict[str, str]


_KEPT: list[_Groups | None] = [None]


def assign(pages, size: int | None = None) -> dict[str, str]:
    """The part of each page, from (path, group) pairs: one part (``"1-0"``) up to ``size`` pages (``PAGES`` unless
    told), else 2, 4, 8… parts (as few as hold at most ``size`` pages each on average), a page's part chosen by a
    digest of its group (of its path when it has none), so that the pages of a group stay together, and a page in
    its part while the dossier grows (until the count of parts doubles). A list's later part ("compare/x.3.html",
    which search leaves out) goes with its first part, which search reads: Pagefind fails on a part of nothing to
    index."""
    pages, size, count = list(pages), size or PAGES, 1
    while len(pages) > count * size:
        count *= 2
    grouped = dict(pages)

    def group_of(path: str, group: str | None) -> str:
        first = _LATER_PART.sub("", path)
        return group or (grouped.get(first) or first if first != path else path)
    return {path: f"{count}-{int.from_bytes(digest(group_of(path, group).encode())[:4], 'big') % count}"
            for path, group in pages}


_LATER_PART = re.compile(r"\.\d+(?=\.html$)")  # "compare/hamburg-2017.3.html" (no id holds a dot: builder/pages/parts.py)


def merge(parts: list[Path], out: Path, scripts: Path, previous: Path | None = None) -> None:
    """Merge the Pagefind indexes in the folders ``parts`` (in this order) into the new folder ``out``: Pagefind's
    scripts are linked from the index ``scripts``, the page records from the parts, the words and metadata written;
    a word chunk the index ``previous`` holds under the same name (a digest of its content) is linked from there."""
    entries = {part: orjson.loads((part / ENTRY).read_bytes()) for part in parts}
    parts = [part for part in parts if entries[part].get("languages")]  # a part of pages none of which is indexed
    entry = orjson.loads((scripts / ENTRY).read_bytes())
    if len(entry.get("languages") or ()) != 1:
        raise Unmergeable(f"{scripts}: not an index of one language")
    language, = entry["languages"]
    metas = []
    for part in parts:
        if entries[part]["languages"].keys() != {language}:
            raise Unmergeable(f"{part}: not an index of the language of the others")
        meta = _read(part / f"pagefind.{entries[part]['languages'][language]['hash']}.pf_meta")
        version, _, _, filters, sorts, _ = meta
        if filters or sorts or version != entry["version"] or entries[part]["version"] != entry["version"]:
            raise Unmergeable(f"{part}: an index with filters or sorts, or of another version")
        metas.append(meta)
    fields = sorted({field for meta in metas for field in meta[5]})
    os.makedirs(out / WORDS)
    os.makedirs(out / FRAGMENTS)
    for name in os.listdir(scripts):  # Pagefind's scripts, styles and WebAssembly
        if os.path.isfile(scripts / name) and not name.endswith(".pf_meta") and name != ENTRY:
            os.link(scripts / name, out / name)
    pages, linked = [], set()  # paths as strings: path objects were 0.1 s of 0.25 s at 6,000 pages
    for part, meta in zip(parts, metas):
        source, target = os.path.join(part, FRAGMENTS), os.path.join(out, FRAGMENTS)
        for name, count in meta[1]:
            unique = name if name not in linked else _unique(part, name)
            linked.add(unique)
            os.link(f"{source}/{name}.pf_fragment", f"{target}/{unique}.pf_fragment")
            pages.append([unique, count])
    offsets = [sum(len(meta[1]) for meta in metas[:i]) for i in range(len(metas))]
    words = heapq.merge(*(_placed(_prepared(part, meta, entries[part]["languages"][language]["hash"]), i)
                          for i, (part, meta) in enumerate(zip(parts, metas))))
    chunks = _chunks(_joined(words, offsets, [_field_map(meta[5], fields) for meta in metas]))
    with concurrent.futures.ThreadPoolExecutor(2) as pool:  # gzip, on both cores
        chunks = list(pool.map(lambda chunk: _write_chunk(chunk, out, previous, language), chunks))
    bounds = _bounds([(first, last) for first, last, _ in chunks])
    named = [[first, last, name] for (first, last), (_, _, name) in zip(bounds, chunks)]
    meta = [entry["version"], pages, named, [], [], fields]
    data = cbor2.dumps(meta)
    name = f"{language}_{digest(data).hex()[:10]}"
    _write(out / f"pagefind.{name}.pf_meta", data)
    entry = {**entry, "languages": {language: {**entry["languages"][language], "hash": name,
                                               "page_count": len(pages)}}}
    (out / ENTRY).write_bytes(orjson.dumps(entry))


def _read(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise Unmergeable(f"{path}: not a Pagefind index file of the version merged")
    return cbor2.loads(data[len(SIGNATURE):])


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(gzip.compress(SIGNATURE + data, _LEVEL, mtime=0))


def _unique(part: Path, name: str) -> str:
    """A name for a page record whose name another part's record has (Pagefind's names are short digests)."""
    return f"{name}_{digest((part / FRAGMENTS / f'{name}.pf_fragment').read_bytes()).hex()[:16]}"


def _field_map(names: list[str], fields: list[str]) -> dict[int, int] | None:
    """How a part's metadata field numbers become the merged index's (None: they stay)."""
    moved = {i: fields.index(name) for i, name in enumerate(names)}
    return None if all(i == j for i, j in moved.items()) else moved


PREPARED = "merge.cbor"  # in a part's index: its words made ready to merge (``_prepared``)


def _placed(words: list, part: int) -> Iterator[tuple[str, int, list]]:
    """Each word with the place of its part: (word, place, entry)."""
    for word in words:
        yield word[0], part, word


def _prepared(part: Path, meta, name: str) -> list:
    """The words of a part's index in order, each [word, its pages, the pages of each of its accented forms], its
    pages as [count, the first page's number, the CBOR of the pages from there on, the last page's number, the count
    of places]: merging rewrites only the first page's number. Made once per part's index (kept in its folder, with
    the ``name`` of the index's metadata, a digest of it)."""
    path = part / PREPARED
    try:
        kept = cbor2.loads(path.read_bytes())
        if kept[0] == name:
            return kept[1]
    except UNREADABLE:
        pass
    words = []
    for _, _, chunk in meta[2]:
        for word, pages, variants in _read(part / WORDS / f"{chunk}.pf_index")[0]:
            words.append([word, _packed(pages), variants])
    partial = part / f".{PREPARED}.partial"
    partial.write_bytes(cbor2.dumps([name, words]))
    os.replace(partial, path)
    return words


def _packed(pages: list) -> list:
    """A word's pages in a part as ``_prepared`` keeps them."""
    if not pages:
        return [0, 0, b"", 0, 0]
    first = pages[0]
    rest = cbor2.dumps(first[1]) + cbor2.dumps(first[2]) + cbor2.dumps(pages[1:])[len(_head(4, len(pages) - 1)):]
    return [len(pages), first[0], rest, sum(page[0] for page in pages),
            sum(len(page[1]) + len(page[2]) + 1 for page in pages)]


def _joined(words: Iterator[tuple[str, int, list]], offsets: list[int],
            renamed: list) -> Iterator[tuple[bytes, str, int]]:
    """Each word once, its pages (and those of each of its accented forms) those of every part, numbered anew:
    (its CBOR, the word, its count of places)."""
    current, pieces, variants = None, [], {}
    for word, part, (_, (count, first, rest, last, size), forms) in words:
        if word != current:
            if current is not None:
                yield _word(current, pieces, variants), current, places
            current, pieces, variants, places, before = word, [], {}, 0, 0
        if count:
            if renamed[part] is not None:  # a part whose metadata fields are numbered otherwise: its pages made anew
                pages = cbor2.loads(_head(4, count) + _head(4, 3) + _head(0, first) + rest)
                for page in pages:
                    page[2] = _renumbered(page[2], renamed[part])
                rest = cbor2.dumps(pages)[len(_head(4, count)) + 1 + len(_head(0, first)):]
            pieces.append((count, _head(4, 3) + _head(0, offsets[part] + first - before) + rest))
            before = offsets[part] + last
            places += size
        for form, pages in forms:
            variants.setdefault(form, _Pages()).add(pages, offsets[part], renamed[part])
    if current is not None:
        yield _word(current, pieces, variants), current, places


def _word(word: str, pieces: list[tuple[int, bytes]], variants: dict) -> bytes:
    """A word's CBOR: the word, its pages (from the parts' pieces), its accented forms and their pages."""
    forms = [[form, joined.pages] for form, joined in variants.items()]
    return b"".join([_head(4, 3), _text(word), _head(4, sum(count for count, _ in pieces)),
                     *(piece for _, piece in pieces), cbor2.dumps(forms)])


def _renumbered(places: list[int], renamed: dict[int, int]) -> list[int]:
    """A page's places in metadata fields with the fields numbered anew (negative numbers name a field)."""
    return [-renamed[-n - 1] - 1 if n < 0 else n for n in places]


class _Pages:
    """A word's pages from one part after another: page numbers are differences from the page before."""

    def __init__(self):
        self.pages, self.last = [], 0

    def add(self, pages: list, offset: int, renamed: dict[int, int] | None) -> None:
        if not pages:
            return
        first = offset + pages[0][0]
        pages[0][0] = first - self.last
        self.last = first + sum(page[0] for page in pages[1:])
        if renamed is not None:
            for page in pages:
                page[2] = _renumbered(page[2], renamed)
        self.pages.extend(pages)


def _head(major: int, n: int) -> bytes:
    """A CBOR item's head: its major type (0 a number, 3 a text, 4 an array) and its number or length."""
    if n < 24:
        return bytes([major << 5 | n])
    for extra, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if n < 1 << 8 * size:
            return bytes([major << 5 | extra]) + n.to_bytes(size, "big")
    raise ValueError(n)


def _text(text: str) -> bytes:
    data = text.encode()
    return _head(3, len(data)) + data


def _chunks(words: Iterator[tuple[bytes, str, int]]) -> Iterator[list]:
    """The words cut into chunks as Pagefind cuts them: a chunk ends with the word that brings its count of places
    (and of pages, one each) to ``CHUNK``; the words' accented forms are not counted."""
    chunk, size = [], 0
    for word in words:
        chunk.append(word)
        size += word[2]
        if size >= CHUNK:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _write_chunk(chunk: list, out: Path, previous: Path | None, language: str) -> tuple[str, str, str]:
    """Write a chunk of words (or link the same one from ``previous``); its first and last word and its name."""
    data = b"".join([_head(4, 1), _head(4, len(chunk)), *(word for word, _, _ in chunk)])
    name = f"{language}_{digest(data).hex()[:16]}"  # 64 bits: a previous index's chunk of this name is this one
    path = out / WORDS / f"{name}.pf_index"
    try:
        if previous is None:
            raise FileNotFoundError
        os.link(previous / WORDS / f"{name}.pf_index", path)
    except OSError:
        _write(path, data)
    return chunk[0][1], chunk[-1][1], name


def _bounds(chunks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The first and last words the metadata names for each chunk, as Pagefind shortens them: between two chunks,
    the shortest prefixes that tell the last word of one from the first of the next (the last word is left whole
    where its prefix would sort before the chunk's first word)."""
    bounds = [list(chunk) for chunk in chunks]
    for before, after in zip(bounds, bounds[1:]):
        common = len(os.path.commonprefix([before[1], after[0]]))
        last, first = before[1][:common + 1], after[0][:common + 1]
        if last >= before[0]:
            before[1] = last
        after[0] = first
    return [tuple(bound) for bound in bounds]


def main(argv: list[str]) -> int:
    """``python -m builder.search_parts OUT SCRIPTS PREVIOUS PART...`` (PREVIOUS may be ""): ``merge`` in a process of
    its own (``dossier serve``'s, at the lowest priority); exit status 3 when the parts cannot be read."""
    out, scripts, previous, *parts = argv
    try:
        merge([Path(part) for part in parts], Path(out), Path(scripts), Path(previous) if previous else None)
    except UNREADABLE:
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
