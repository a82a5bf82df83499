"""Search indexes: Pagefind's on the hosted site (page content only, a fact's summit and sources), Material's
in the offline copy (content markup escaped); the browser side is in tests/e2e/test_reader.py."""
import gzip
import json
import zipfile
from pathlib import Path

import pytest

from builder.problems import DossierError
from tests.test_site_structure import _mini_with_markup, injected_in

ROOT = Path(__file__).resolve().parent.parent
FRAGMENT_PREFIX = b"pagefind_dcd"  # Pagefind 1.5's fragment files: this, then the page's record as JSON


def _fragments(site) -> dict[str, dict]:
    """Pagefind's record of each indexed page (its text and metadata), by URL."""
    records = [json.loads(gzip.decompress(path.read_bytes()).removeprefix(FRAGMENT_PREFIX))
               for path in (site / "pagefind" / "fragment").iterdir()]
    return {record["url"]: record for record in records}


def test_the_hosted_site_ships_pagefind_not_materials_search_index(built_site):
    assert (built_site / "pagefind" / "pagefind-entry.json").is_file()
    assert not (built_site / "search" / "search_index.json").exists()
    for page in ("index.html", "facts/hamburg-trump-putin-scheduled-length.html", "404.html"):
        html = (built_site / page).read_text("utf-8")
        assert 'name="search"' not in html, f"{page}: Material's script fetches its index when a form is named search"
        assert 'data-md-component="search"' not in html, f"{page}: Material's search would start its worker"


def test_pagefind_indexes_every_content_page_with_a_facts_summit_and_sources(built_site):
    fragments = _fragments(built_site)
    pages = {"/" + p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
             if "http-equiv=\"refresh\"" not in p.read_text("utf-8")} - {"/404.html", "/editing.html"}
    assert set(fragments) == pages
    fact = fragments["/facts/hamburg-trump-putin-scheduled-length.html"]
    assert fact["meta"] == {
        "title": "The Trump–Putin meeting was originally scheduled as a short meeting; the sources give 30 or 35 minutes.",
        "summit": "G20 summit, Hamburg 2017",
        "sources": "Eat Pray Vote, RFE/RL, Translated report (outlet unknown)",
    }
    assert fact["content"].startswith("G20 summit, Hamburg 2017 · Trump–Putin bilateral meeting. The Trump–Putin")
    assert "source-by-source dossier" not in fact["content"], "the header (site title) is indexed"
    assert "Timeline" not in fact["content"], "the navigation tabs are indexed"
    assert "Topics Meeting Length" in fact["content"], "a term and its definition run together"


def test_a_facts_statement_is_indexed_on_its_own_page_alone(built_site):
    """Lists of facts (summit, speaker, source, comparison, index pages, the home page, the timeline, the
    disagreements, a fact's related facts) are indexed by their own text, not by the rows they repeat."""
    fragments = _fragments(built_site)
    facts = {url: record["meta"]["title"] for url, record in fragments.items()
             if url.startswith("/facts/") and url != "/facts/index.html"}
    repeated = [f"{fact} on {url}" for fact, statement in facts.items() for url, record in fragments.items()
                if statement in record["content"] and url != fact]
    assert not repeated, "a fact's statement indexed on another page:\n" + "\n".join(repeated)
    assert all(statement in fragments[fact]["content"] for fact, statement in facts.items())
    own = {"/summits/hamburg-2017.html": ["G20 summit, Hamburg 2017", "hosted by German Chancellor Angela Merkel",
                                          "Trump–Peña Nieto meeting"],
           "/speakers/vladimir-putin.html": ["Vladimir Putin", "President of Russia"],
           "/sources/rferl-putin-trump-agree.html": ["Putin: Trump Seemed To 'Agree'", "RFE/RL",
                                                     "at least partially reestablish the level of cooperation"],
           "/index.html": ["Summits and events"]}
    missing = [f"{text!r} on {url}" for url, texts in own.items() for text in texts
               if text not in fragments[url]["content"]]
    assert not missing, "a page's own text left out of the index: " + ", ".join(missing)


def test_lists_leave_their_rows_out_of_what_pagefind_reads():
    """Pages that list facts are rendered a second time for the search index, without their lists
    (``for_search()``); other pages are read as rendered."""
    from builder import pipeline
    from builder.config import load_config
    site = pipeline.check(load_config(ROOT)).site
    pages = {page.path: page for page in pipeline.render_site(site)}
    lists = ["index.md", "facts/index.md", "timeline.md", "disagreements.md", "compare/index.md",
             "summits/hamburg-2017.md", "compare/hamburg-2017.md", "speakers/donald-trump.md",
             "sources/rferl-putin-trump-agree.md"]
    for path in lists:
        body, searched = pages[path].body, pages[path].searched
        assert 'href="../facts/' in body or 'href="facts/' in body or 'class="dz-fact-row' in body, path
        assert "dz-fact-row" not in searched and "dz-dispute" not in searched and "dz-statement" not in searched, path
        assert len(searched) < len(body), path
    assert "Hamburg" in pages["summits/hamburg-2017.md"].searched, "the summit's own text stays"
    for path in ("index.md", "compare/index.md"):  # the lists of summits and sources, the comparison tables
        assert 'class="dz-source"' in pages[path].body and 'class="dz-source"' not in pages[path].searched, path
    assert "Shared wording" in pages["compare/index.md"].searched
    facts = [page for path, page in pages.items() if path.startswith("facts/") and path != "facts/index.md"]
    assert facts and all(page.search is None for page in facts), "a fact page is read as rendered"


def test_offline_search_index_carries_content_markup_escaped(make_project, tmp_path):
    """Material's search shows titles and text as HTML, so the offline copy's index must hold them escaped."""
    _mini_with_markup(make_project, offline_zip=tmp_path / "offline.zip")
    index = zipfile.ZipFile(tmp_path / "offline.zip").read("offline/search/search_index.json")
    docs = json.loads(index)["docs"]
    assert any("alert(1)" in d["title"] for d in docs)
    found = [f"{d['location']}: {bad}" for d in docs for field in ("title", "text")
             if (bad := injected_in(d[field]))]
    assert not found, "raw markup in the search index:\n" + "\n".join(found)


def test_the_preview_indexes_at_the_lowest_cpu_priority(monkeypatch, tmp_path):
    """dossier serve's Pagefind runs niced to 19, so the rebuild of the next save comes first."""
    import subprocess
    from builder import search
    seen = tmp_path / "nice"
    fake = tmp_path / "pagefind"
    fake.write_text(f"#!/bin/sh\nnice > {seen}\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(fake))
    for background, wanted in ((True, "19"), (False, subprocess.run(["nice"], capture_output=True, text=True).stdout.strip())):
        try:
            search.index(tmp_path / "site", background=background)
        except DossierError:
            pass  # the stand-in Pagefind fails on purpose, after noting its priority
        assert seen.read_text().strip() == wanted


def test_pagefind_runs_in_a_session_of_its_own(monkeypatch, tmp_path):
    """Ctrl-C in the terminal reaches the build (or dossier serve), which ends Pagefind, rather than Pagefind
    itself: its session is not the terminal's."""
    import os
    from builder import search
    seen = tmp_path / "session"
    fake = tmp_path / "pagefind"
    fake.write_text(f"#!/bin/sh\nawk '{{print $6}}' /proc/$$/stat > {seen}\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(fake))
    with pytest.raises(DossierError):
        search.index(tmp_path / "site")
    assert int(seen.read_text()) not in (0, os.getsid(0))


def test_a_lean_copy_writes_only_the_pages_whose_search_text_changed(monkeypatch, tmp_path):
    """A kept lean copy is brought up to date by the pages' search keys: only the edited page is made into
    Pagefind's page and written again; a new copy writes every page."""
    from builder import search
    from builder.render import RenderedPage
    pages = [(f"facts/f{i}.html", RenderedPage(f"facts/f{i}.md", "F", f"<p>fact {i}</p>", {}), None) for i in range(3)]
    with search.lean_copy(tmp_path / "lean", pages, "en", keep=True) as first:
        pass
    made = []
    real = search._page
    monkeypatch.setattr(search, "_page", lambda body, language: made.append(body) or real(body, language))
    edited = [pages[0], ("facts/f1.html", RenderedPage("facts/f1.md", "F", "<p>fact 1, edited</p>", {}), None), pages[2]]
    with search.lean_copy(tmp_path / "lean", edited, "en", keep=True) as second:
        assert (second.folder / "1-0/facts/f1.html").read_text().count("fact 1, edited") == 1
    assert made == ["<p>fact 1, edited</p>"]
    assert second.key != first.key
    with search.lean_copy(tmp_path / "again", edited, "en", keep=True) as third:  # a new copy: every page written
        assert sorted(p.name for p in (third.folder / "1-0/facts").iterdir()) == ["f0.html", "f1.html", "f2.html"]
    assert third.key == second.key


def test_pagefind_indexes_while_the_build_writes_the_site(monkeypatch, tmp_path):
    """Pagefind starts once the pages are rendered and runs beside the writing of the site (on the other core); the
    index is swapped into the new tree only after both are done."""
    import shutil
    from builder import pipeline, search
    from builder.config import load_config
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    pipeline.build(load_config(project), tmp_path / "warm", allow_outside=True)  # MkDocs imported, as in a CLI
    # build's process by the time it frames the pages (here, Pagefind on three pages ended while the first import ran)
    seen = []
    real = pipeline._write_site

    def writing(site, pages, material, staging, *args):
        seen.append(([child.poll() for child in search._RUNNING], (staging.folder / search.FOLDER).exists()))
        return real(site, pages, material, staging, *args)
    monkeypatch.setattr(pipeline, "_write_site", writing)
    pipeline.build(load_config(project), tmp_path / "site", allow_outside=True)
    assert seen == [([None], False)]  # one Pagefind, still running; its index not yet in the tree
    assert (tmp_path / "site" / "pagefind" / "pagefind-entry.json").is_file() and not search._RUNNING


CARD = "content/facts/actual-length.yml"


def _parts_project(tmp_path, monkeypatch, pages: int) -> Path:
    """The mini project, its search index made in parts of at most about ``pages`` pages."""
    import shutil
    from builder import search_parts
    monkeypatch.setattr(search_parts, "PAGES", pages)
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project,
                    ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    return project


def _build(project: Path, out: Path, cached: bool = True):
    from builder import cache, pipeline
    from builder.config import load_config
    if not cached:
        return pipeline.build(load_config(project), out, allow_outside=True)
    with cache.kept_in(project / ".dossier-cache") as kept:  # saved and read back, as the CLI does
        return pipeline.build(load_config(project), out, allow_outside=True, cache=kept)


def _indexed_folders(monkeypatch) -> list[Path]:
    """The folders of pages each Pagefind run from now on reads."""
    from builder import search
    seen, real = [], search._running
    monkeypatch.setattr(search, "_running",
                        lambda binary, pages, *args: seen.append(pages) or real(binary, pages, *args))
    return seen


def _canonical(index: Path) -> dict:
    """What the browser's search reads of a Pagefind index, with its pages named by their records rather than
    numbered (the order of pages aside): the pages' word counts and records, each word's places on each page and in
    each metadata field (and those of its accented forms), the chunks' first and last words, the fields' names."""
    from builder import search_parts
    entry = json.loads((index / "pagefind-entry.json").read_bytes())
    (_, info), = entry["languages"].items()
    version, pages, chunks, filters, sorts, fields = search_parts._read(index / f"pagefind.{info['hash']}.pf_meta")
    names = [name for name, _ in pages]

    def placed(entries):
        found, page = {}, 0
        for number, places, meta in entries:
            page += number
            found[names[page]] = (places, [fields[-n - 1] if n < 0 else n for n in meta])
        return found
    words = {}
    for _, _, chunk in chunks:
        for word, entries, variants in search_parts._read(index / "index" / f"{chunk}.pf_index")[0]:
            words[word] = placed(entries), {form: placed(more) for form, more in variants}
    records = {name: gzip.decompress((index / "fragment" / f"{name}.pf_fragment").read_bytes()) for name in names}
    return {"version": version, "pages": dict(pages), "records": records, "words": words, "fields": fields,
            "chunks": [(first, last) for first, last, _ in chunks], "filters": filters, "sorts": sorts,
            "count": info["page_count"]}


def test_the_index_made_in_parts_is_the_one_pagefind_makes_of_all_pages(tmp_path, monkeypatch):
    """Pagefind indexes each part apart (none holds more than a part's pages), and the merged index holds what one
    Pagefind run over every page gives: the same pages, words, places, chunks and records, the pages in another
    order only (which orders results of equal score)."""
    import shutil
    import subprocess
    from pagefind.service import get_executable
    project = _parts_project(tmp_path, monkeypatch, 4)
    folders = _indexed_folders(monkeypatch)
    _build(project, tmp_path / "site")
    lean = project / ".dossier-cache" / "search"
    assert len(folders) >= 4 and {folder.parent for folder in folders} == {lean}
    assert all(len(list(folder.rglob("*.html"))) <= 8 for folder in folders)
    whole = tmp_path / "whole"  # every page in one folder, as Pagefind read them before
    for page in lean.glob("*/**/*.html"):
        target = whole / page.relative_to(lean).relative_to(page.relative_to(lean).parts[0])
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    subprocess.run([str(get_executable()), "--site", str(whole), "--output-path", str(tmp_path / "one"),
                    "--keep-index-url", "--quiet"], 
                   check=True, stdout=subprocess.DEVNULL)
    merged, one = _canonical(tmp_path / "site" / "pagefind"), _canonical(tmp_path / "one")
    assert merged["count"] == len(merged["pages"]) > 10
    assert merged == one


def test_an_edit_indexes_again_only_the_part_that_holds_the_changed_page(tmp_path, monkeypatch):
    """A one-fact edit changes one page of what Pagefind reads: Pagefind runs over that page's part alone, the other
    parts' indexes are kept, and the site is the one a build without the cache gives, byte for byte."""
    from builder import search_parts
    from tests.test_cache import _edit, _files
    project = _parts_project(tmp_path, monkeypatch, 4)
    _build(project, tmp_path / "site")
    store = project / ".dossier-cache" / "search.parts"
    kept = {part.name: part.stat().st_ino for part in store.iterdir() if part.is_dir()}
    assert len(kept) >= 4
    _build(project, tmp_path / "fresh", cached=False)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")
    folders = _indexed_folders(monkeypatch)
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")
    lean = project / ".dossier-cache" / "search"
    part = next(folder.name for folder in lean.iterdir() if (folder / "facts" / "actual-length.html").exists())
    assert folders == [lean / part]
    assert {name: ino for name, ino in kept.items() if name != part} == \
        {p.name: p.stat().st_ino for p in store.iterdir() if p.is_dir() and p.name != part}
    import shutil
    shutil.rmtree(tmp_path / "fresh")
    _build(project, tmp_path / "fresh", cached=False)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")
    assert "The talks ran past two hours." in json.dumps(
        [r["content"] for r in _fragments(tmp_path / "site").values()])


def test_a_lists_later_parts_are_indexed_with_its_first_part():
    """A list's later parts ("compare/x.3.html"), which search leaves out, each alone in a part of the index made
    Pagefind fail ("not able to build an index"): a summit of 900 facts could not be built. They go with their
    first part, which search reads, whatever their number and the parts' count."""
    from builder import search_parts
    pages = [("index.html", search_parts.HOME), ("compare/x.html", "x"), ("summits/x.html", "x"),
             ("facts/index.html", None), *((f"facts/f{n}.html", "x") for n in range(200)),
             *((f"compare/x.{n}.html", None) for n in range(2, 40)), *((f"facts/index.{n}.html", None) for n in range(2, 40))]
    for size in (4, 20, 100):
        assigned = search_parts.assign(pages, size)
        assert len(set(assigned.values())) > 1
        assert {assigned[f"compare/x.{n}.html"] for n in range(2, 40)} == {assigned["compare/x.html"]}
        assert {assigned[f"facts/index.{n}.html"] for n in range(2, 40)} == {assigned["facts/index.html"]}


def test_a_dossier_of_one_part_gets_one_pagefind_run_and_no_parts(tmp_path, monkeypatch):
    """Up to a part's pages (the reference dossier's 127), Pagefind indexes every page in one run straight into the
    site's index, as before parts; a dossier that shrinks back to one part drops its parts' indexes."""
    from tests.test_cache import _files
    project = _parts_project(tmp_path, monkeypatch, 4)
    _build(project, tmp_path / "site")
    store = project / ".dossier-cache" / "search.parts"
    assert store.is_dir()
    from builder import search_parts
    monkeypatch.setattr(search_parts, "PAGES", 1000)
    folders = _indexed_folders(monkeypatch)
    _build(project, tmp_path / "site")
    assert folders == [project / ".dossier-cache" / "search" / "1-0"] and not store.exists()
    assert list((project / ".dossier-cache" / "search").iterdir()) == folders
    _build(project, tmp_path / "fresh", cached=False)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_the_parts_kept_in_the_cache_never_give_the_site_its_scripts_and_unreadable_ones_are_made_anew(
        tmp_path, monkeypatch):
    """The cache may come from elsewhere (restored from a shared store): Pagefind's scripts in the merged index come
    from a part Pagefind indexed in the same build, not from the parts kept; a kept part's index that cannot be read
    is made anew, and the site is the one a build without the cache gives."""
    from tests.test_cache import _edit, _files
    project = _parts_project(tmp_path, monkeypatch, 4)
    _build(project, tmp_path / "site")
    store = project / ".dossier-cache" / "search.parts"
    lean = project / ".dossier-cache" / "search"
    edited = next(folder.name for folder in lean.iterdir() if (folder / "facts" / "actual-length.html").exists())
    others = [part for part in store.iterdir() if part.is_dir() and part.name != edited]
    for part in [store / edited, *others]:
        (part / "pagefind.js").unlink()
        (part / "pagefind.js").write_text("alert('not Pagefind')")
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")
    assert "not Pagefind" not in (tmp_path / "site" / "pagefind" / "pagefind.js").read_text()
    meta = next(others[0].glob("*.pf_meta"))
    meta.unlink()
    meta.write_bytes(b"not an index")
    _edit(project, "content/facts/actual-length.yml", "The talks ran past two hours.", "The talks ran long.")
    _build(project, tmp_path / "site")
    _build(project, tmp_path / "fresh", cached=False)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_the_preview_merges_the_parts_in_a_process_of_its_own_into_the_builds_index(tmp_path, monkeypatch):
    """dossier serve indexes in the background: the parts are merged by a child process (at the lowest priority,
    never holding the preview's interpreter), into the index a build makes; an edit indexes one part again."""
    import dataclasses
    import subprocess
    from builder import search
    from tests.test_cache import _files
    project = _parts_project(tmp_path, monkeypatch, 4)
    built = _build(project, tmp_path / "site", cached=False)
    merges, real = [], subprocess.Popen

    def popen(command, *args, **kwargs):
        merges.append("builder.search_parts" in command)  # after the programs that start it (children.popen)
        return real(command, *args, **kwargs)
    monkeypatch.setattr(subprocess, "Popen", popen)
    folders = _indexed_folders(monkeypatch)
    work = tmp_path / "work"
    work.mkdir()
    with search.lean_copy(work / "lean", built.searched, "en", keep=True) as lean:
        search.index(work, lean, background=True, reuse=work / search.FOLDER)
    assert len(folders) == len(lean.parts) >= 4 and merges.count(True) == 1
    assert _files(work / "pagefind") == _files(tmp_path / "site" / "pagefind")
    from builder.render import RenderedPage
    edited = [(path, RenderedPage(page.path, page.title, page.body.replace("lasted over two hours", "ran long"),
                                  page.meta, page.search), group) for path, page, group in built.searched]
    folders.clear()
    with search.lean_copy(work / "lean", edited, "en", keep=True) as lean:
        search.index(work, lean, background=True, reuse=work / search.FOLDER)
    assert len(folders) == 1 and merges.count(True) == 2


def test_the_groups_found_after_edits_are_those_found_afresh():
    """``dossier serve`` looks only at the facts changed since the build before: facts moved to another summit,
    dropped and added, the groups are those of the dossier read anew."""
    import dataclasses
    import random

    from builder import pipeline, search_parts
    from builder.config import load_config

    def afresh(dossier):
        search_parts._KEPT[0] = None
        return search_parts.groups(dossier)

    dossier = pipeline.check(load_config(Path(__file__).resolve().parent.parent)).site.dossier
    facts, summits, pick = dict(dossier.facts), list(dossier.summits), random.Random(7)
    search_parts.groups(dossier)
    for _ in range(200):
        fid = pick.choice(list(dossier.facts))
        if fid in facts and pick.random() < 0.2:
            del facts[fid]
        else:
            facts[fid] = dataclasses.replace(dossier.facts[fid], summit=pick.choice(summits))
        edited = dataclasses.replace(dossier, facts=dict(facts))
        assert search_parts.groups(edited) == afresh(edited)
    gone = next(iter(dossier.sources))  # a source no fact quotes any longer is in no group
    edited = dataclasses.replace(dossier, facts={i: f for i, f in facts.items() if gone not in f.sources})
    found = search_parts.groups(edited)
    assert found == afresh(edited) and f"sources/{gone}.html" not in found
