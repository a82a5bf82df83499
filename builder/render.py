"""Render page specs through the Jinja templates into Markdown pages; no disk writes."""
from __future__ import annotations

import collections
import dataclasses
import functools
import html
import multiprocessing
import operator
import os
import pickle
import posixpath
import zlib
from collections.abc import Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from markupsafe import Markup

from builder import children, compiled, depends, figures, formatting, scale, template_functions, units, write
from builder.cache import digest, folder_digest
from builder.problems import DossierError, Located, Problem


@dataclass(frozen=True)
class PageSpec:
    """A page to render: where it goes in the docs tree, its title, template and context."""

    path: str
    title: str
    template: str
    context: dict = field(default_factory=dict)
    description: str = ""
    hide: tuple[str, ...] = ("navigation",)
    structured_data: tuple[str, ...] = ()  # JSON-LD items for the page's head, each a script of its own


class RenderedPage:
    """A rendered page: its docs path, title, HTML body and front matter (Material reads it; values escaped); and
    the body the search index reads when it is not the same (see ``ForSearch``). Both texts are held packed
    (``packed``: UTF-8, compressed, as the build cache keeps them too) and unpacked when read: at 20,000 facts the
    build process held 330 MB of page bodies in UTF-8, 60 MB packed; packing a page takes 60 µs."""

    def __init__(self, path: str, title: str, body: str, meta: dict, search: str | None = None):
        self.path, self.title, self.meta = path, title, meta
        self.packed = _pack(body), None if search is None else _pack(search)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r}, {self.title!r})"

    @property
    def body(self) -> str:
        return _unpack(self.packed[0])

    @property
    def search(self) -> str | None:
        return None if self.packed[1] is None else _unpack(self.packed[1])

    @property
    def searched(self) -> str:
        """What the search index reads of the page."""
        return _unpack(self.packed[0] if self.packed[1] is None else self.packed[1])

    @functools.cached_property
    def key(self) -> bytes:
        """A digest of what the page's file shows of it: its path, title, front matter and body (packed: the same
        body packs alike)."""
        return digest(f"{self.path}\0{self.title}\0{self.meta}\0".encode() + self.packed[0])

    @functools.cached_property
    def search_key(self) -> bytes:
        """A digest of what the search index reads of it."""
        return digest(self.packed[0] if self.packed[1] is None else self.packed[1])


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode(), 1)  # the fastest level: a page's HTML packs to a fifth


def _unpack(packed: bytes) -> str:
    return zlib.decompress(packed).decode()


class StoredPage(RenderedPage):
    """A page read back from the build cache with its keys; its texts are read from ``texts`` (the cache's: path →
    ``packed``) when first asked for. A build that links the page's file from the current site and keeps its part
    of the search index needs neither."""

    def __init__(self, path: str, title: str, meta: dict, key: bytes, search_key: bytes, texts: Mapping):
        vars(self).update(path=path, title=title, meta=meta, key=key, search_key=search_key, _texts=texts)

    @functools.cached_property
    def packed(self) -> tuple[bytes, bytes | None]:
        try:
            return self._texts[self.path]
        except KeyError:  # the cache's files were made to check, yet hold other entries
            raise DossierError([Problem(Located(Path(self.path)), "the build cache holds no text for this page (it "
                                        "was changed by hand?): delete the folder .dossier-cache and build again")]) \
                from None


class ForSearch:
    """The template function ``for_search()``: False while a page is rendered for readers, True while it is
    rendered again for the search index, which happens only to the pages that asked. A page that lists many facts
    leaves its lists out of what Pagefind reads (``{% if not for_search() %}``): each fact is found on its own page,
    and Pagefind reads a third less at 5,000 facts. A kept fragment (``fragment``) asks nothing: a page whose
    fragments ask must ask outside them too."""

    def __init__(self):
        self.on = self.asked = False

    def __call__(self) -> bool:
        self.asked = True
        return self.on


DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


_ENVIRONMENTS: dict[tuple, jinja2.Environment] = {}


def environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment: the project's templates over the defaults, autoescaping, strict about names.

    It is kept (with its compiled templates) while the templates' text is unchanged: ``dossier serve``."""
    key = (str(templates), folder_digest(templates), folder_digest(DEFAULT_TEMPLATES))
    if key not in _ENVIRONMENTS:
        _ENVIRONMENTS.clear()
        _ENVIRONMENTS[key] = _environment(templates)
    return _ENVIRONMENTS[key]


def _environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(templates), str(DEFAULT_TEMPLATES)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.globals["url"] = _url
    env.globals["for_search"] = ForSearch()
    env.globals["figure_scale"] = scale.figure_scale
    env.filters["span"] = scale.span
    env.globals["base_units"] = units.BASE  # what a measure's tolerance is in
    env.globals.update(template_functions.GLOBALS)
    env.filters.update(formatting.FILTERS)
    env.tests["contains"] = operator.contains  # selectattr("speakers", "contains", id): the accounts quoting them
    env.tests["round_count"] = lambda value: value.low == value.high and figures.round_count(value.low)  # "300"
    return compiled.keep(env)


@jinja2.pass_context
def _url(context, target: str, anchor: str = "") -> str:
    """A link from the page being rendered to ``target`` (a docs path such as 'facts/x.md')."""
    return _href(context["page_folder"], target) + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=65536)
def _href(folder: str, target: str) -> str:
    """``target`` (a docs path) as a link from a page in ``folder``."""
    html_path = target[:-3] + ".html" if target.endswith(".md") else target
    return _folder_prefix(folder, posixpath.dirname(html_path)) + posixpath.basename(html_path)


@functools.lru_cache(maxsize=4096)
def _folder_prefix(here: str, there: str) -> str:
    return posixpath.relpath(there or ".", here or ".") + "/" if here != there else ""


def link_globals(shared: dict, lookups: depends.Lookups) -> dict:
    """Template functions for links to records, e.g. ``source_link(id)``, each made once per folder, and for a fact's
    headline as its link shows it (``headline(fact)``: a sortable column's key); each noted in ``lookups`` for the page
    that shows it. ``source_link(id, after_in=True)`` names the source as read after "in" (``Source.label_after_in``),
    ``speaker_link(id, in_sentence=True)`` the speaker as inside a sentence ("the Russian government")."""
    def source_name(ident: str, after_in: bool = False) -> str:
        source = shared["sources"][ident]
        return source.label_after_in if after_in else source.label

    def speaker_name(ident: str, in_sentence: bool = False) -> str:
        speaker = shared["speakers"][ident]
        return formatting.in_sentence(speaker) if in_sentence else speaker.name

    kinds = {
        "source_link": ("sources", "dz-source", source_name),
        "speaker_link": ("speakers", "dz-speaker", speaker_name),
        "summit_link": ("summits", "dz-summit", lambda i: shared["summits"][i].name),
        "fact_link": ("facts", "dz-fact-link", lambda i: shared["links"].headlines[i]),
    }

    def make(folder: str, css: str, label):
        @functools.lru_cache(maxsize=None)
        def link(here: str, ident: str, **how) -> Markup:
            href = _folder_prefix(here, folder) + f"{ident}.html"
            return Markup('<a class="{}" href="{}">{}</a>').format(css, href, label(ident, **how))

        @jinja2.pass_context
        def from_page(context, record, **how) -> Markup:
            ident = record if isinstance(record, str) else record.id
            lookups.note(folder, ident)
            if folder == "facts":  # a claim's headline names who claims it (builder/link.py)
                lookups.note("links.headlines", ident)
            return link(context["page_folder"], ident, **how)
        return from_page

    def headline(record) -> str:
        ident = record if isinstance(record, str) else record.id
        lookups.note("links.headlines", ident)
        return shared["links"].headlines[ident]

    return {"headline": headline, **{name: make(*spec) for name, spec in kinds.items()}}


PARALLEL_FROM = 1000  # pages; below this, starting worker processes costs more than it saves
CHUNK = 50  # items a process takes at a time: a worker puts their results in a file and takes the next (its memory stays low)


def render(specs: list[PageSpec], env: jinja2.Environment, shared: dict,
           kept: dict[str, depends.Kept] | None = None, keys: depends.Keys | None = None,
           fragments: dict[str, dict[bytes, depends.Kept]] | None = None) -> list[RenderedPage]:
    """Render every page; front matter carries the title, the template gives the HTML body.

    With ``kept`` (the pages of an earlier run), their ``fragments`` (by page) and the records' ``keys`` (see
    builder/depends.py), a page whose spec and looked-up records are unchanged is reused, and so is a fragment
    (see ``fragment_global``); both are brought up to date (a page rendered again keeps the fragments it used).
    Many pages are rendered by one forked worker process per core (``parallel``).
    """
    _, last, checked = _LAST.pop(id(kept), (None, None, {}))  # the run before's, when it was complete
    lookups = depends.Lookups()
    env.globals.update(link_globals(shared, lookups))
    digests = depends.Digests(shared, keys, last)
    changed = digests.changed() if last is not None else None
    salt = _salt(env, shared) if kept is not None else b""
    used: dict[str, dict[bytes, depends.Kept]] = {}
    memo = fragments if kept is not None else None
    env.globals["fragment"] = fragment_global(lookups, digests, salt, keys, memo, used, changed, checked,
                                              env.globals["for_search"])
    done, spec_keys, values = {}, {}, {}
    if kept is not None:
        for spec in specs:
            old = kept.get(spec.path)
            alike = depends.made_alike(old, spec, salt)
            spec_keys[spec.path] = old.key if alike else depends.spec_key(spec, salt, keys, values)
            if old is not None and old.fresh(spec_keys[spec.path], digests, changed):
                done[spec.path] = old.page
                if not alike:  # compared with this spec next time
                    kept[spec.path] = dataclasses.replace(old, made=(salt, spec))
    todo = _longest_first([spec for spec in specs if spec.path not in done])
    made: dict[str, dict[bytes, depends.Kept] | None] = {}  # the fragments each page rendered used
    for spec, (page, notes, its_fragments) in zip(todo, _render_all(todo, env, lookups.wrap(shared), lookups, used)):
        done[spec.path], made[spec.path] = page, its_fragments
        if kept is not None:
            kept[spec.path] = depends.Kept(spec_keys[spec.path], tuple((n, digests.of(n)) for n in notes), page,
                                           (salt, spec))
    if kept is not None:
        for path in kept.keys() - spec_keys.keys():
            del kept[path]
            if fragments is not None:  # a page's fragments are kept with it
                fragments.pop(path, None)
    if kept is not None and fragments is not None:
        for spec in todo:
            if made[spec.path]:
                fragments[spec.path] = made[spec.path]
            else:
                fragments.pop(spec.path, None)
        _LAST[id(kept)] = kept, digests.memo, used  # every page of ``kept``, and these fragments, were checked
        # or made against these digests
        while len(_LAST) > 4:
            del _LAST[next(iter(_LAST))]
    return [done[spec.path] for spec in specs]


def _longest_first(specs: list[PageSpec]) -> list[PageSpec]:
    """``specs`` with the pages of the rarest templates first: those list many others and take the longest to
    render (a comparison page 14 ms, a fact page 1 ms at 5,000 facts), and the many short pages after them even out
    the forked workers' last chunks."""
    counts = collections.Counter(spec.template for spec in specs)
    return sorted(specs, key=lambda spec: counts[spec.template])


_LAST: dict[int, tuple] = {}  # id(kept) → (kept, its notes' digests, the fragments checked) after a complete run


def _carry(kept: depends.Kept, theirs: dict[bytes, depends.Kept], mine: dict[bytes, depends.Kept]) -> None:
    """Put ``kept`` and the fragments it was made of (those of ``theirs``) in ``mine``."""
    mine[kept.key] = kept
    for part in kept.parts:
        if part in theirs:
            _carry(theirs[part], theirs, mine)


def fragment_global(lookups: depends.Lookups, digests: depends.Digests, salt: bytes, keys: depends.Keys | None,
                    memo: dict[str, dict[bytes, depends.Kept]] | None, used: dict[str, dict[bytes, depends.Kept]],
                    changed: set | None, checked: dict[str, dict[bytes, depends.Kept]], for_search: ForSearch):
    """The template function ``fragment(macro, *args)``: ``macro(*args)``, kept in ``memo`` (when there is one)
    under its page by the page, the macro's name, the digest of its arguments and ``salt``, with the records it
    looked up, like a page. A page listing every fact renders one row again after an edit, and joins the others
    as kept. A fragment ``checked`` in the run before (that very entry, not one another run made since) is checked
    against the notes ``changed`` since, like a page; ``used`` gathers the entries of this run, by page. Fragments
    nest (a summit's rows, each row): a fragment kept whole keeps the fragments it was made of in ``used`` too. A
    page rendered again for the search index renders its fragments anew (``for_search``)."""
    inside: list[list[bytes]] = []  # the keys of the fragments used within each fragment being rendered

    @jinja2.pass_context
    def fragment(context, macro, *args) -> Markup:
        if memo is None or for_search.on:
            return macro(*args)
        found = [depends.argument_key(arg, keys) for arg in args]  # records by their keys, without pickling
        arguments = b"".join(found) if None not in found else depends.value_digest(args, keys)
        page = context["page_path"]
        key = depends.digest(salt + f"{page}\0{macro.name}\0".encode() + arguments)
        if inside:
            inside[-1].append(key)
        theirs, mine = memo.get(page, {}), used.setdefault(page, {})
        kept = theirs.get(key)
        if kept is not None and kept.fresh(key, digests, changed if checked.get(page, {}).get(key) is kept else None):
            lookups.notes.update(kept.notes())
            _carry(kept, theirs, mine)
            return kept.page
        outer, lookups.notes = lookups.notes, set()
        inside.append([])
        try:
            text = macro(*args)
        finally:
            notes, lookups.notes = lookups.notes, outer
            parts = tuple(inside.pop())
        lookups.notes.update(notes)
        mine[key] = depends.Kept(key, tuple((note, digests.of(note)) for note in notes), text, parts=parts)
        return text
    return fragment


def _salt(env: jinja2.Environment, shared: dict) -> bytes:
    """A digest of what every page depends on: the templates' files (the project's assets too: images, fonts,
    read as bytes) and the configuration."""
    folders = [folder_digest(Path(folder)) for folder in env.loader.searchpath]
    return depends.digest(b"\0".join([*folders, repr(shared["config"]).encode("utf-8")]))


def _render_all(specs: list[PageSpec], env: jinja2.Environment, shared: dict, lookups: depends.Lookups,
                used: dict[str, dict[bytes, depends.Kept]]) -> list[tuple[RenderedPage, set, dict | None]]:
    """Each page with the lookups its templates made and the fragments it used (from ``used``, filled by the
    process that rendered it: a forked worker sends them back with the page, and keeps none)."""
    build = os.getpid()

    def rendered(share: list[PageSpec]) -> list:
        done = [(*_render_one(spec, env, shared, lookups), used.get(spec.path)) for spec in share]
        if os.getpid() != build:  # a worker's rows of every page it rendered took 250 MB at 20,000 facts
            used.clear()
        return done
    return parallel(specs, rendered)


def parallel(items: list, work, serial: bool = False):
    """``work(items)``, shared with forked worker processes when there are many: the calling process and one worker
    for each other core take the next CHUNK items in turn until none are left (``render`` puts the longest pages
    first); a list of results is put back in the items' order, numbers are added up. A worker puts each chunk's
    results in a file as it goes, read by the caller once all are done. The caller works rather than waits: each
    worker copies most of the memory it reads (Python writes to an object's reference count when it reads the
    object), and a third worker process was a third of the peak memory at 20,000 facts."""
    workers = min(os.cpu_count() or 1, 8) - 1
    if serial or len(items) < PARALLEL_FROM or workers < 1 or not children.forkable():
        return work(items)
    global _JOB
    context = multiprocessing.get_context("fork")
    _JOB = items, work, context.Value("q", 0)  # inherited by the forked workers, never pickled; the next start
    try:
        with write.scratch("parallel") as folder:
            with ProcessPoolExecutor(workers, mp_context=context, initializer=children.worker,
                                     initargs=(os.getpid(),)) as pool:
                theirs = [pool.submit(_chunks_to_files, folder) for _ in range(workers)]
                try:  # until none are left, or a worker has ended before (killed: the out-of-memory killer)
                    parts = dict(_chunks(lambda: any(future.done() for future in theirs)))
                finally:  # after an error here, the workers take no more
                    _claim(len(items))
                done = [start for future in theirs for start in future.result()]
            for start in done:  # read once the workers have ended, and their memory with them
                with (folder / f"{start}.pickle").open("rb") as file:
                    parts[start] = pickle.load(file)
    finally:
        _JOB = None
    ordered = [parts[start] for start in sorted(parts)]
    if not isinstance(ordered[0], list):
        return sum(ordered)
    return [result for part in ordered for result in part]


_JOB = None


def _claim(end: int | None = None) -> int:
    """The start of the next CHUNK items for this process to work on (``end`` or past: none left); with ``end``,
    leave none for any process."""
    following = _JOB[2]
    with following.get_lock():
        start = following.value
        following.value = end if end is not None else start + CHUNK
    return start


def _chunks(stop=lambda: False) -> Iterator[tuple[int, object]]:
    """(start, results) of each chunk this process takes, until none are left or ``stop()``."""
    items, work, _ = _JOB
    while not stop() and (start := _claim()) < len(items):
        yield start, work(items[start:start + CHUNK])


def _chunks_to_files(folder: Path) -> list[int]:
    """In a worker: the chunks it takes, each chunk's results put in ``folder``/<start>.pickle; their starts."""
    done = []
    for start, results in _chunks():
        with (folder / f"{start}.pickle").open("wb") as file:
            pickle.dump(results, file, pickle.HIGHEST_PROTOCOL)
        done.append(start)
    return done


def _render_one(spec: PageSpec, env: jinja2.Environment, shared: dict,
                lookups: depends.Lookups) -> tuple[RenderedPage, set]:
    lookups.start()
    template = env.get_template(spec.template)
    context = {**shared, **spec.context, "page_path": spec.path, "page_folder": posixpath.dirname(spec.path),
               "page_title": spec.title}
    for_search = env.globals["for_search"]
    for_search.asked = for_search.on = False
    body = template.render(context)
    search = None
    if for_search.asked:
        for_search.on = True
        try:
            search = template.render(context).strip()
        finally:
            for_search.on = False
    meta = {"title": html.escape(spec.title)}  # Material prints meta values unescaped
    if spec.description:
        meta["description"] = html.escape(spec.description)
    if spec.hide:
        meta["hide"] = list(spec.hide)
    if spec.structured_data:
        meta["structured_data"] = list(spec.structured_data)  # as the cache reads it back (JSON)
    return RenderedPage(spec.path, spec.title, body.strip(), meta, search), lookups.notes
