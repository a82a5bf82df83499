"""Properties: no input makes the checker crash, quote matching forgives only typography, and any sequence of
edits built from the cache gives the site a clean build gives."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from builder import cache, pipeline, search, serve, write
from builder.config import load_config
from builder.problems import DossierError
from builder.quotes import locate, normalise

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"
FACT = "content/facts/ceasefire.yml"
SOURCE = "content/sources/beta.md"
CONFIG = "site_config.yml"
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Values shaped like content: the schemas' own keys and the fixture's ids, nested a little.
_KEYS = st.sampled_from(["summit", "meeting", "statement", "topics", "date", "speaker", "about", "quantity",
                         "accounts", "source", "quote", "stance", "value", "exact", "approx", "min", "max",
                         "more_than", "less_than", "note", "title", "outlet", "author", "published", "language",
                         "url", "content_dir", "output_dir", "approximate_tolerance", "x"])
_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats()
            | st.sampled_from(["hamburg", "bilateral", "alpha", "beta", "smith", "jones", "states", "attributes",
                               "disputes", "duration", "2017-07-07", "2017-02-30", "Jones denied that claim.", "unknown"])
            | st.text(max_size=20))
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=4),
                       max_leaves=12)


def _dump(value) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)


def _mutated(rel: str):
    """The fixture's own file with a stretch of it replaced by arbitrary text: nearly valid input."""
    original = (MINI / rel).read_text(encoding="utf-8")
    return st.tuples(st.integers(0, len(original)), st.integers(0, 12), st.text(max_size=12)).map(
        lambda t: original[:t[0]] + t[2] + original[t[0] + t[1]:])


def _texts(rel: str):
    return st.text() | _mutated(rel) | _VALUES.map(_dump) | st.binary(max_size=200)


@pytest.fixture(scope="module")
def project():
    """A copy of the mini project whose files the tests overwrite (restored after each example)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
        yield root


def _check_with(root: Path, rel: str, content: str | bytes) -> None:
    """Run the checker with one file replaced; anything but DossierError fails the test."""
    path = root / rel
    original = (MINI / rel).read_bytes()
    path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    try:
        pipeline.check(load_config(root))
    except DossierError as exc:
        assert exc.problems, "a DossierError names at least one problem"
        for problem in exc.problems:
            assert problem.message and problem.format(root)
    finally:
        path.write_bytes(original)


@SETTINGS
@given(text=_texts(FACT))
@example(text="a: &a [x, x]\nb: [*a, *a]\n")
@example(text="summit: " + "[" * 500 + "]" * 500)
@example(text=(MINI / FACT).read_text(encoding="utf-8").replace("{exact: 30}", "{exact: 1" + "0" * 400 + "}"))
def test_any_fact_file_gives_problems_not_crashes(project, text):
    _check_with(project, FACT, text)


@SETTINGS
@given(text=_texts(SOURCE) | _VALUES.map(lambda v: "---\n" + _dump(v) + "---\nSome text.\n"))
@example(text="---\n---\n")
@example(text="---\ntitle: x\n")
def test_any_source_file_gives_problems_not_crashes(project, text):
    _check_with(project, SOURCE, text)


@SETTINGS
@given(text=_texts(CONFIG))
@example(text="approximate_tolerance: 1" + "0" * 400 + "\n")
@example(text="content_dir: /\n")
def test_any_site_config_gives_problems_not_crashes(project, text):
    _check_with(project, CONFIG, text)


_TYPOGRAPHY = st.sampled_from(list(" \t\n\u00a0-\u2013\u2014\u2010\u2011\u201c\u201d\u2018\u2019'\"`«»"))
_PROSE = st.lists(st.text(max_size=6) | _TYPOGRAPHY, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_PROSE)
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=300, deadline=None)
@given(body=_PROSE, data=st.data())
def test_locate_finds_every_substring(body, data):
    start = data.draw(st.integers(0, len(body)))
    end = data.draw(st.integers(start, len(body)))
    quote = body[start:end]
    span = locate(quote, body)
    if not normalise(quote):
        assert span is None  # nothing to find: only spaces
        return
    assert span is not None
    assert normalise(body[span.start:span.end]) == normalise(quote)


# Edits of every kind of input, as (name, function of the project folder and a number)
def _add_card(root: Path, n: int) -> None:
    model = sorted((root / "content/facts").glob("*.yml"))[0]  # whichever cards the edits before left
    lines = [f"statement: Added card number {n}." if line.startswith("statement:") else line
             for line in model.read_text().splitlines()]
    (root / f"content/facts/extra-{n}.yml").write_text("\n".join(lines) + "\n")


def _rename_card(root: Path, n: int) -> None:
    cards = sorted((root / "content/facts").glob("*.yml"))
    cards[n % len(cards)].rename(root / f"content/facts/renamed-{n}.yml")


def _delete_card(root: Path, n: int) -> None:
    cards = sorted((root / "content/facts").glob("*.yml"))
    if len(cards) > 1:
        cards[n % len(cards)].unlink()


def _edit_card(root: Path, n: int) -> None:
    cards = sorted((root / "content/facts").glob("*.yml"))
    card = cards[n % len(cards)]
    card.write_text("\n".join(f"statement: Edited statement {n}." if line.startswith("statement:") else line
                              for line in card.read_text().splitlines()) + "\n")


def _reword_source(root: Path, n: int) -> None:  # a quote of actual-length no longer matches, then again
    path = root / "content/sources/beta.md"
    text = path.read_text()
    old, new = ("went on for", "carried on for") if "went on for" in text else ("carried on for", "went on for")
    path.write_text(text.replace(old, new))


def _add_source(root: Path, n: int) -> None:
    text = (root / "content/sources/beta.md").read_text().replace("Talks ran long", f"Talks ran long, part {n}")
    (root / f"content/sources/extra-{n}.md").write_text(text)


def _delete_source(root: Path, n: int) -> None:
    for path in (root / "content/sources").glob("extra-*.md"):
        path.unlink()


def _add_speaker(root: Path, n: int) -> None:
    (root / f"content/speakers/extra-{n}.yml").write_text(f"name: Speaker {n}\nkind: person\n")


def _delete_speaker(root: Path, n: int) -> None:
    for path in (root / "content/speakers").glob("extra-*.yml"):
        path.unlink()


def _rename_summit(root: Path, n: int) -> None:  # shown on its facts' pages too: their breadcrumbs
    path = root / "content/summits/hamburg.yml"
    path.write_text("\n".join(f"name: Hamburg summit {n}" if line.startswith("name:") else line
                              for line in path.read_text().splitlines()) + "\n")


def _edit_template(root: Path, n: int) -> None:
    path = root / "templates/fact.md"
    text = path.read_text() if path.exists() else (ROOT / "templates/fact.md").read_text()
    path.parent.mkdir(exist_ok=True)
    path.write_text(text.replace("What each source says", f"What each source says ({n})")
                    .replace(f"({n - 1})", f"({n})"))


def _edit_config(root: Path, n: int) -> None:
    path = root / CONFIG
    lines = [line for line in path.read_text().splitlines() if not line.startswith(("title:", "site_url:"))]
    lines += [f"title: Mini dossier & co, edition {n}"] + ([f"site_url: https://example.org/{n}/"] if n % 2 else [])
    path.write_text("\n".join(lines) + "\n")


EDITS = [_add_card, _rename_card, _delete_card, _edit_card, _reword_source, _add_source, _delete_source, _add_speaker, _delete_speaker,
         _rename_summit, _edit_template, _edit_config, "dependency"]
ROOT = MINI.parent.parent.parent


def _site(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(root: Path, out: Path, folder: Path | None):
    with cache.kept_in(folder) as kept:  # saved and read back (JSON) between builds, as the CLI does
        return _build_with(root, out, kept)


_CLEAN = """
import importlib.metadata, json, sys
from pathlib import Path
from unittest import mock
real, material = importlib.metadata.version, sys.argv[3]
with mock.patch.object(importlib.metadata, "version", lambda name: material if name == "mkdocs-material" else real(name)):
    from tests.test_properties import _build
    print(json.dumps(_build(Path(sys.argv[1]), Path(sys.argv[2]), None)))
"""


def _clean_build(root: Path, out: Path, material: str):
    """A build without a cache in an interpreter of its own (with ``material`` as Material's version): nothing an
    earlier build kept in memory (a page's spec, a file's key) can stand in for its work."""
    run = subprocess.run([sys.executable, "-c", _CLEAN, str(root), str(out), material], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout.splitlines()[-1])


def _build_with(root: Path, out: Path, kept):
    try:
        pipeline.build(load_config(root), out, allow_outside=True, cache=kept)
    except DossierError as exc:
        return [p.message for p in exc.problems]
    return None


class _Preview:
    """The project rebuilt as `dossier serve` rebuilds it (serve.rebuild: the cache in memory, the files that
    changed told as file events tell them, the spare tree, the exports made when asked for), without the server."""

    def __init__(self, root: Path, out: Path):
        self.root, self.out, self.problems = root, out, []
        self.state = serve.State(load_config(root), None)
        self.files = self._files()

    def _files(self) -> dict[str, bytes]:
        return {str(p.resolve()): p.read_bytes() for p in sorted(self.root.rglob("*"))
                if p.is_file() and ".dossier-cache" not in p.parts and p.parts[len(self.root.parts)] != "site"}

    def rebuild(self) -> list[str] | None:
        """Rebuild after the files that changed since the last rebuild; the problems, None when it worked."""
        files = self._files()
        self.state.cache.events |= {path for path in files.keys() | self.files.keys()
                                    if files.get(path) != self.files.get(path)}
        self.files = files
        self.state = serve.rebuild(self.state, self.out, self._report, self)
        return self.problems if self.state.errors else None

    def _report(self, problems) -> None:
        self.problems = [p.message for p in problems]

    def request(self, searched, language) -> None:
        """The indexer's: the preview's search index is made apart (tests/test_serve.py), not compared here."""

    def site(self) -> dict[str, bytes]:
        """The files served: the tree and the exports."""
        exports = {name: self.state.exports.get(name) for name in ("exports/dossier.json", "exports/facts.csv",
                   "exports/accounts.csv", "exports/annotations.jsonld", "exports/dossier.schema.json")}
        return {**_site(self.out), **exports}


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.sampled_from(EDITS), st.integers(1, 9)), min_size=1, max_size=5))
@example(edits=[(_edit_card, 1), (_reword_source, 1), (_edit_card, 2), (_reword_source, 2), (_edit_card, 3)])
@example(edits=[(_edit_config, 1), (_rename_summit, 1)])  # a summit renamed with a site_url: breadcrumbs show it
@example(edits=[("dependency", 1)])  # Material's version read again on each build, not once per process
def test_any_edit_sequence_built_from_the_cache_equals_a_clean_build(edits):
    import importlib.metadata
    from unittest import mock
    real = importlib.metadata.version
    material = {"version": real("mkdocs-material")}

    def version(name):
        return material["version"] if name == "mkdocs-material" else real(name)

    with tempfile.TemporaryDirectory() as tmp, mock.patch.object(importlib.metadata, "version", version):
        root = Path(tmp) / "project"
        shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
        folder = root / ".dossier-cache"
        memory = cache.Cache()  # kept in memory between builds
        preview = _Preview(root, Path(tmp) / "previewed")
        assert _build(root, root / "site", folder) is None
        assert _build_with(root, Path(tmp) / "served", memory) is None
        assert preview.rebuild() is None
        for edit, n in edits:
            if edit == "dependency":
                material["version"] = f"{real('mkdocs-material')}.{n}"  # the cache key of another version
            else:
                edit(root, n)
            cached = _build(root, root / "site", folder)
            served = _build_with(root, Path(tmp) / "served", memory)
            previewed = preview.rebuild()
            fresh = _clean_build(root, Path(tmp) / "fresh", material["version"])
            assert cached == fresh == served == previewed  # the same problems, or none
            if fresh is None:
                assert _site(root / "site") == _site(Path(tmp) / "fresh"), f"after {edits}"
                assert _site(Path(tmp) / "served") == _site(Path(tmp) / "fresh"), f"after {edits}, in memory"
                clean = {name: data for name, data in _site(Path(tmp) / "fresh").items()
                         if name != write.MARKER and not name.startswith(f"{search.FOLDER}/")}  # the preview's own
                assert {name: data for name, data in preview.site().items() if name != write.MARKER} == clean, \
                    f"after {edits}, in the preview"
