"""The build cache never changes the result: after any edit, a build that reuses it equals one from scratch."""
import shutil
from pathlib import Path

import pytest

from builder import cache, pipeline
from builder.pages import fact as fact_pages
from builder.config import load_config
from builder.problems import DossierError

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"

# (file, old text, new text): one edit of each kind of input a page can show
EDITS = [
    ("content/facts/actual-length.yml", "The meeting lasted over two hours.", "The talks ran past two hours."),
    ("content/facts/ceasefire.yml", "a cease-fire was agreed", "a truce was agreed"),  # a disputed fact
    ("content/facts/actual-length.yml", "value: {more_than: 120}", "value: {more_than: 150}"),
    ("content/facts/actual-length.yml", "the talks went on for more than two hours", "the talks went on"),
    ("content/sources/alpha.md", 'title: "Leaders meet in Hamburg"', 'title: "Leaders meet at last"'),
    ("content/sources/alpha.md", "outlet: Alpha News", "outlet: Alpha Daily"),
    ("content/sources/alpha.md", "The leaders met for", "Updated at noon. The leaders met for"),
    ("content/speakers/jones.yml", "name: Bob Jones", "name: Robert Jones"),
    ("content/facts/ceasefire.yml", "Smith said a truce", "A truce"),  # now headed "Anna Smith: A truce…"
    ("content/speakers/smith.yml", "name: Anna Smith", "name: Anna B. Smith"),  # every link to it is renamed
    ("content/summits/hamburg.yml", "title: Smith–Jones meeting", "title: The bilateral"),
    ("content/summits/hamburg.yml", "name: Hamburg summit", "name: G20 Hamburg"),
    ("content/pages/about.md", "", "\nOne more line.\n"),
    ("site_config.yml", "title: Mini dossier", "title: Mini dossier, second edition"),
    ("templates/fact.md", "What each source says", "What the sources say"),
]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1) if old else text + new, encoding="utf-8")


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    shutil.copytree(ROOT / "templates", root / "templates", ignore=shutil.ignore_patterns("theme", "assets"))
    return root


def test_every_edit_gives_the_same_site_with_and_without_the_cache(project, tmp_path):
    folder = project / ".dossier-cache"
    with cache.kept_in(folder) as kept:
        pipeline.build(load_config(project), tmp_path / "cached", allow_outside=True, cache=kept)
    written = {}
    for name, old, new in EDITS:
        _edit(project, name, old, new)
        with cache.kept_in(folder) as kept:  # saved and read back between builds, as the CLI does
            assert kept.pages, "the cache was not read back"
            result = pipeline.build(load_config(project), tmp_path / "cached", allow_outside=True, cache=kept)
        written[new] = result.written
        pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
        assert _files(tmp_path / "cached") == _files(tmp_path / "fresh"), f"after editing {name}: {new!r}"
    assert 0 < written["The talks ran past two hours."] < 12  # the pages showing it, the exports; the rest is linked
    assert 0 < written["a truce was agreed"] < 16  # also when the disagreements page (and more) list the fact
    assert written["title: Mini dossier, second edition"] > 18  # the header of every page


def test_every_edit_gives_the_same_site_with_the_cache_kept_in_memory(project, tmp_path):
    """As dossier serve keeps it: pages are checked against the records changed since the build before, and the
    rows of the pages listing every fact are kept as fragments."""
    kept = cache.Cache()
    pipeline.build(load_config(project), tmp_path / "served", allow_outside=True, cache=kept)
    for name, old, new in EDITS:
        _edit(project, name, old, new)
        pipeline.build(load_config(project), tmp_path / "served", allow_outside=True, cache=kept)
        pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
        assert _files(tmp_path / "served") == _files(tmp_path / "fresh"), f"after editing {name}: {new!r}"


def _rendered_again(project: Path, tmp_path: Path, name: str, old: str, new: str) -> tuple[set[str], int]:
    """The pages rendered again, with the cache kept in memory, after an edit of the file ``name``, and how many
    pages there are."""
    kept = cache.Cache()
    pipeline.build(load_config(project), tmp_path / "site", allow_outside=True, cache=kept)
    before = dict(kept.pages)
    _edit(project, name, old, new)
    pipeline.build(load_config(project), tmp_path / "site", allow_outside=True, cache=kept)
    return {path for path, entry in kept.pages.items()
            if path not in before or entry.page is not before[path].page}, len(kept.pages)


def test_a_reworded_fact_leaves_the_summits_index_as_it_was(project, tmp_path):
    """The summits index shows each summit's counts alone: a fact reworded is rendered again only where it shows."""
    again, _ = _rendered_again(project, tmp_path, "content/facts/actual-length.yml",
                               "The meeting lasted over two hours.", "The talks ran long.")
    assert "facts/actual-length.md" in again and "summits/index.md" not in again


def test_an_unchanged_page_is_not_rendered_again(project, tmp_path):
    again, pages = _rendered_again(project, tmp_path, "content/speakers/jones.yml", "name: Bob Jones",
                                   "name: Robert Jones")
    assert "speakers/jones.md" in again and "facts/ceasefire.md" in again  # it names him
    assert "sources/beta.md" not in again and "facts/scheduled-length.md" not in again
    assert len(again) < pages / 2


def test_a_fact_edited_renders_again_only_the_part_of_a_long_list_that_holds_it(tmp_path, monkeypatch):
    """The parts of a long list link each other by label: a row's change is the business of its part alone."""
    monkeypatch.setattr(fact_pages, "PART_ROWS", 12)  # the reference dossier's facts index in parts, a summit or two each
    root = tmp_path / "project"
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copy(ROOT / "site_config.yml", root)
    kept = cache.Cache()
    pipeline.build(load_config(root), tmp_path / "site", allow_outside=True, cache=kept)
    before = dict(kept.pages)
    card = root / "content" / "facts" / "osaka-trump-putin-length.yml"
    _edit(root, card.relative_to(root).as_posix(), "statement: ", "statement: By all accounts, ")
    pipeline.build(load_config(root), tmp_path / "site", allow_outside=True, cache=kept)
    index = {path for path in kept.pages if path.startswith("facts/index")}
    again = {path for path in index if kept.pages[path].page is not before[path].page}
    assert len(index) > 3 and len(again) == 1
    assert "osaka-trump-putin-length.html" in kept.pages[again.pop()].page.body


def test_errors_are_reported_again_from_the_cache(project, tmp_path):
    _edit(project, "content/facts/actual-length.yml", "source: beta", "source: betta")
    messages = []
    for _ in range(2):
        with cache.kept_in(project / ".dossier-cache") as kept, pytest.raises(DossierError) as error:
            pipeline.check(load_config(project), cache=kept)
        messages.append([p.format(project) for p in error.value.problems])
    assert messages[0] == messages[1] and "did you mean 'beta'" in messages[0][0]


@pytest.mark.parametrize("old, new", [("source: beta", "source: betta"),
                                      ("value: {more_than: 120}", "value: {more_than: 120, exact: 130}")])
def test_a_card_that_failed_its_check_is_read_back_from_the_cache(project, capsys, old, new):
    """A card whose check failed (no record made) is kept as such: the next run reads the cache without a warning."""
    _edit(project, "content/facts/actual-length.yml", old, new)
    for _ in range(2):
        with cache.kept_in(project / ".dossier-cache") as kept, pytest.raises(DossierError):
            pipeline.check(load_config(project), cache=kept)
    assert "cannot be read" not in capsys.readouterr().err


def test_a_damaged_cache_is_ignored(project, tmp_path, capsys):
    folder = project / ".dossier-cache"
    folder.mkdir()
    (folder / cache.FILE_NAME).write_bytes(b"not JSON")
    with cache.kept_in(folder) as kept:
        result = pipeline.build(load_config(project), tmp_path / "site", allow_outside=True, cache=kept)
    assert "cannot be read" in capsys.readouterr().err
    assert result.pages > 0 and cache.open_cache(folder, cache.code_key()).pages
    assert b'"pages"' in (folder / cache.FILE_NAME).read_bytes()  # data, never code


def test_a_cache_folder_that_is_a_file_is_reported(project, tmp_path, capsys):
    (project / ".dossier-cache").write_text("in the way")
    with cache.kept_in(project / ".dossier-cache") as kept:
        assert kept is None
    assert "is not a folder, so the build cache is off" in capsys.readouterr().err


def test_the_cache_is_keyed_by_the_versions_of_what_shapes_the_output(monkeypatch):
    before = cache.code_key()
    real = cache.importlib.metadata.version
    monkeypatch.setattr(cache.importlib.metadata, "version",
                        lambda name: "0.0-other" if name == "mkdocs-material" else real(name))
    assert cache.code_key() != before


def test_same_holds_only_for_values_a_template_prints_alike():
    from builder.depends import same
    from builder.quotes import Span
    assert same([Span(1, 2), {"a": (1, "x")}], [Span(1, 2), {"a": (1, "x")}])  # equal, though not one object
    assert not same(1, 1.0) and not same(1, True) and not same(0.0, -0.0) and not same("1", 1)
    assert not same({"a": 1, "b": 2}, {"b": 2, "a": 1})  # a template loops over them in order
    assert not same(Span(1, 2), Span(1, 3)) and not same((1, 2), [1, 2])
    assert not same(object(), object())  # anything else only when it is one object


def test_a_pages_key_changes_with_every_field_of_its_spec():
    """``depends.spec_key`` spells out the fields it keys: a field added to PageSpec and left out would let a page
    that changed in it be reused."""
    import dataclasses
    from builder import depends
    from builder.render import PageSpec
    spec = PageSpec("facts/x.md", "X", "fact.md", {"n": 1, "names": ("a", "b"), "none": None}, "About x.",
                    ("navigation",), ('{"@type": "ClaimReview"}',))
    key = depends.spec_key(spec, b"salt", lambda value: None, {})
    for f in dataclasses.fields(PageSpec):
        value = getattr(spec, f.name)
        changed = {**value, "n": 2} if isinstance(value, dict) else value + (("toc",) if isinstance(value, tuple) else "y")
        assert depends.spec_key(dataclasses.replace(spec, **{f.name: changed}), b"salt", lambda v: None, {}) != key, \
            f.name
    assert depends.spec_key(dataclasses.replace(spec, context={"n": True, "names": ("a", "b"), "none": None}),
                            b"salt", lambda v: None, {}) != key  # True is not 1
    assert depends.spec_key(dataclasses.replace(spec, context={"n": 1, "names": ["a", "b"], "none": None}),
                            b"salt", lambda v: None, {}) != key  # a list is not a tuple


def test_a_cache_folder_that_cannot_be_read_is_reported_and_left_off(project, tmp_path, capsys, monkeypatch):
    """An unreadable .dossier-cache (its permissions) stopped `check` and `build`; the cache is optional."""
    def unreadable(folder, key, renders):
        raise PermissionError(13, "Permission denied", str(folder))
    monkeypatch.setattr(cache, "open_cache", unreadable)
    (project / ".dossier-cache").mkdir()
    with cache.kept_in(project / ".dossier-cache") as kept:
        assert kept is None
    assert "cannot be read (Permission denied), so it is off" in capsys.readouterr().err


def test_a_save_while_a_file_is_read_never_leaves_one_versions_document_under_the_others_bytes(project, monkeypatch):
    """The bytes the cache knows a file by were read once to key it and again to parse it: a save in between kept the
    new version's document under the old version's bytes, so that once the file was back at them (an undo, a `git
    checkout`), every run refused a valid file, until it changed again."""
    from builder import load
    alpha = project / "content/sources/alpha.md"
    valid, broken = alpha.read_bytes(), alpha.read_bytes().replace(b'title: "Leaders meet in Hamburg"', b"title: 12345")
    real = load.read_bytes

    def read_then_saved(path, limit=None):
        data = real(path, limit)
        if Path(path) == alpha and data == valid:
            alpha.write_bytes(broken)  # the editor's save, just after the build read the file
        return data
    monkeypatch.setattr(load, "read_bytes", read_then_saved)
    with cache.kept_in(project / ".dossier-cache") as kept:
        pipeline.check(load_config(project), cache=kept)  # the valid version, as read
    monkeypatch.setattr(load, "read_bytes", real)
    alpha.write_bytes(valid)  # undone
    with cache.kept_in(project / ".dossier-cache") as kept:
        site = pipeline.check(load_config(project), cache=kept).site
    assert site.dossier.sources["alpha"].title == "Leaders meet in Hamburg"
