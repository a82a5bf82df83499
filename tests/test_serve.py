"""dossier serve: a live preview that rebuilds on every change and shows content errors in the page."""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest

from builder.problems import DossierError, Located, Problem
from builder.render import RenderedPage
from builder.serve import overlay, page_with_extras, _host
from tests.conftest import ROOT

MINI = ROOT / "tests" / "fixtures" / "mini"
TIMEOUT = 60  # seconds; a rebuild of the mini dossier takes about a second, more on a busy machine


def copy_mini(tmp_path: Path) -> Path:
    """A throwaway copy of tests/fixtures/mini (without build leftovers)."""
    project = tmp_path / "mini"
    shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    return project


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@dataclass
class Server:
    """A running `dossier serve` subprocess: its URL and its terminal output."""

    process: subprocess.Popen
    url: str
    out: Path
    err: Path

    def get(self, path: str, host: str | None = None) -> tuple[int, str]:
        request = urllib.request.Request(self.url + path, headers={"Host": host} if host else {})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8")

    def version(self) -> str:
        return self.get("__dossier__/version")[1]

    def next_build(self, seen: str) -> str:
        """Wait until the build number differs from ``seen``; return it."""
        return _wait(lambda: (v := self.version()) != seen and v, self, "a rebuild")


def _wait(condition, server_process, what: str):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        process = getattr(server_process, "process", server_process)
        if process.poll() is not None:
            pytest.fail(f"dossier serve exited ({process.returncode}) while waiting for {what}")
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


@contextmanager
def serving(project: Path, work: Path):
    """Run `dossier serve --port 0` on ``project``; yield a Server; always stop the process."""
    out, err, tmp = work / "serve.out", work / "serve.err", work / "serve-tmp"
    tmp.mkdir(exist_ok=True)
    cmd = [sys.executable, "-m", "builder", "--project", str(project), "serve", "--port", "0"]
    with out.open("w") as stdout, err.open("w") as stderr:
        process = subprocess.Popen(cmd, cwd=ROOT, stdout=stdout, stderr=stderr, env={**os.environ, "TMPDIR": str(tmp)})
    try:
        found = _wait(lambda: re.search(r"Serving (http://127\.0\.0\.1:\d+/)", out.read_text()), process, "the URL")
        yield Server(process, found.group(1), out, err)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def server(tmp_path):
    """The mini dossier, copied and served; its Server (the project is at server.project)."""
    project = copy_mini(tmp_path)
    with serving(project, tmp_path) as running:
        running.project = project
        yield running


def test_an_edit_is_served_after_the_rebuild_and_ctrl_c_stops_cleanly(server, tmp_path):
    assert server.get("index.html", host="attacker.example")[0] == 403  # no DNS rebinding
    assert server.get("index.html", host="localhost")[0] == 200
    status, missing = server.get("facts/no-such-fact.html")  # the site's own 404 page, not Python's
    assert status == 404 and "Page not found" in missing and "/__dossier__/version" in missing
    status, page = server.get("facts/actual-length.html")
    assert status == 200 and "The meeting lasted over two hours." in page
    assert page.count("/__dossier__/version") == 1 and page.index("/__dossier__/version") < page.rindex("</body>")
    seen = server.version()
    edit(server.project / "content/facts/actual-length.yml", "lasted over two hours", "ran past two hours")
    server.next_build(seen)
    page = server.get("facts/actual-length.html")[1]
    assert "The meeting ran past two hours." in page and "lasted over two hours" not in page
    server.process.send_signal(signal.SIGINT)
    assert server.process.wait(timeout=TIMEOUT) == 0
    assert server.out.read_text().rstrip().endswith("Stopped.")
    assert until(lambda: not any((tmp_path / "serve-tmp").iterdir())), "the temporary build folder was left behind"


def test_the_exports_are_made_when_asked_for_and_follow_the_edits(server, tmp_path):
    """A rebuild leaves the exports out of the site tree; the preview makes those of the build it serves when one is
    asked for."""
    assert "The meeting lasted over two hours." in server.get("exports/facts.csv")[1]
    seen = server.version()
    edit(server.project / "content/facts/actual-length.yml", "lasted over two hours", "ran past two hours")
    server.next_build(seen)
    assert "The meeting ran past two hours." in server.get("exports/facts.csv")[1]
    fact = json.loads(server.get("exports/dossier.json")[1])["facts"]["actual-length"]
    assert fact["statement"] == "The meeting ran past two hours."
    assert server.get("exports/nothing.json")[0] == 404
    (tree,) = (tmp_path / "serve-tmp").glob("dossier-build-serve-*/site")
    assert (tree / "facts/actual-length.html").is_file() and not (tree / "exports").exists()


def test_an_address_with_a_null_character_is_a_bad_request(server):
    assert server.get("index.html%00.html")[0] == 400
    assert server.get("index.html")[0] == 200
    assert "Traceback" not in server.err.read_text() + server.out.read_text()


def test_the_temporary_folder_of_a_killed_preview_is_removed_by_the_next(tmp_path):
    import fcntl
    tmp = tmp_path / "serve-tmp"  # the TMPDIR of serving()
    killed, live = tmp / "dossier-build-serve-killed", tmp / "dossier-build-serve-live"
    for folder in (killed, live):
        (folder / "site").mkdir(parents=True)
        (folder / ".lock").touch()
    held = os.open(live / ".lock", os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)  # a preview still running
    try:
        with serving(copy_mini(tmp_path), tmp_path) as server:
            assert server.get("index.html")[0] == 200
            assert until(lambda: not killed.exists()) and live.exists()
            running = [p for p in tmp.iterdir() if p not in (killed, live)]
            assert len(running) == 1 and (running[0] / ".lock").exists()
    finally:
        os.close(held)
    assert until(lambda: sorted(tmp.iterdir()) == [live]), sorted(tmp.iterdir())


def test_a_content_error_shows_as_an_overlay_until_fixed(server):
    fact = server.project / "content/facts/ceasefire.yml"
    seen = server.version()
    edit(fact, "speaker: smith\naccounts", "speaker: nobody\naccounts")
    seen = server.next_build(seen)
    status, page = server.get("facts/ceasefire.html")
    assert status == 200 and 'id="dossier-errors"' in page
    assert "content/facts/ceasefire.yml:5:1: speaker &#x27;nobody&#x27; is unknown" in page
    assert "content/facts/ceasefire.yml:5:1: speaker 'nobody' is unknown" in server.err.read_text()
    assert 'id="dossier-errors"' in server.get("no-such-page.html")[1]
    assert "The dossier has errors" in server.get("__dossier__/suggestions")[1]  # not the last good build's
    edit(fact, "speaker: nobody\naccounts", "speaker: smith\naccounts")
    server.next_build(seen)
    page = server.get("facts/ceasefire.html")[1]
    assert "dossier-errors" not in page and "Smith said a cease-fire was agreed" in page
    assert "dossier suggest" in server.get("__dossier__/suggestions")[1]  # made from the build's checked dossier


def test_a_project_broken_at_start_is_served_as_the_overlay_then_recovers(tmp_path):
    project = copy_mini(tmp_path)
    fact = project / "content/facts/ceasefire.yml"
    edit(fact, "topics: [ceasefire]", "topics: [ceasefire\n")
    with serving(project, tmp_path) as server:
        status, page = server.get("index.html")
        assert status == 200 and "content/facts/ceasefire.yml:4" in page and "YAML syntax error" in page
        seen = server.version()
        edit(fact, "topics: [ceasefire\n", "topics: [ceasefire]")
        server.next_build(seen)
        assert "Mini dossier" in server.get("index.html")[1]


@pytest.mark.parametrize("args, says", [
    (["--port", "99999"], "argument --port: '99999' is not a port; give a number from 0 to 65535"),
    (["--port", "-1"], "argument --port: '-1' is not a port; give a number from 0 to 65535"),
    (["--host", "nosuch.invalid"], "cannot serve on nosuch.invalid:0: Name or service not known; choose another --host"),
    (["--host", "192.0.2.1"], "Cannot assign requested address; choose another --host"),  # not this machine's (it
    # had said --port)
])
def test_an_address_that_cannot_be_served_is_reported(tmp_path, args, says):
    done = subprocess.run([sys.executable, "-m", "builder", "--project", str(copy_mini(tmp_path)), "serve", "--port",
                           "0", *args], capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode in (1, 2) and "Traceback" not in done.stderr, done.stderr
    assert says in done.stderr


@pytest.mark.parametrize("host", ["::1", "[::1]"])
def test_serves_on_the_ipv6_loopback(tmp_path, host):
    project = copy_mini(tmp_path)
    out = tmp_path / "serve.out"
    with out.open("w") as stdout:
        process = subprocess.Popen([sys.executable, "-m", "builder", "--project", str(project), "serve", "--port", "0",
                                    "--host", host], stdout=stdout, stderr=subprocess.PIPE, text=True)
    try:
        found = _wait(lambda: re.search(r"Serving (http://\[::1\]:\d+/)", out.read_text()), process, "the URL")
        assert "Mini dossier" in Server(process, found.group(1), out, out).get("index.html")[1]
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=TIMEOUT) == 0 and "Traceback" not in process.stderr.read()


def test_the_overlay_escapes_every_text():
    shown = overlay(("content/facts/x.yml:3: speaker '<script>alert(1)</script>' is unknown",))
    assert "<script>alert" not in shown and "&lt;script&gt;alert(1)&lt;/script&gt;" in shown


def test_extras_go_before_the_closing_body_tag_or_make_a_page():
    page = page_with_extras(b"<html><body><p>Hi</p></body></html>", 7, ())
    assert page.startswith(b"<html><body><p>Hi</p><script>") and page.endswith(b"</script></body></html>")
    assert b'const built = "7"' in page and b"dossier-errors" not in page
    alone = page_with_extras(None, 2, ("1. a.yml:1: broken",))
    assert alone.startswith(b"<!doctype html>") and b"a.yml:1: broken" in alone
    assert b"No build has worked yet." in alone and b"page below" not in alone  # there is none below
    over = page_with_extras(b"<html><body><p>Hi</p></body></html>", 3, ("1. a.yml:1: broken",))
    assert b"The page below is the last good build." in over


@pytest.mark.parametrize("header, name", [("127.0.0.1:8000", "127.0.0.1"), ("LOCALHOST", "localhost"),
                                          ("[::1]:8000", "[::1]"), ("evil.example:80", "evil.example")])
def test_host_header_names(header, name):
    assert _host(header) == name


@dataclass
class Rebuilds:
    """A copy of the mini project rebuilt as `dossier serve` rebuilds it, without the server."""

    project: Path
    site: Path
    indexer: object

    def rebuild(self, state=None):
        from builder import serve
        from builder.config import load_config
        state = state or serve.State(load_config(self.project), None)
        return serve.rebuild(state, self.site, lambda problems: None, self.indexer)

    def save(self, state, name: str, old: str, new: str) -> Path:
        """Edit the project's file ``name`` and tell the kept cache, as serve.watch does from file events."""
        path = self.project / name
        edit(path, old, new)
        state.cache.events.add(str(path.resolve()))
        return path


@pytest.fixture
def rebuilds(tmp_path):
    from builder import serve
    project, site = copy_mini(tmp_path), tmp_path / "served"
    indexer = serve.Indexer(tmp_path / "search")
    yield Rebuilds(project, site, indexer)
    indexer.stop()


def test_a_rebuild_parses_only_the_changed_file_and_writes_only_the_pages_that_show_it(rebuilds):
    site = rebuilds.site
    state = rebuilds.rebuild()
    docs = {name: entry.doc for name, entry in state.cache.files.items()}
    card = rebuilds.save(state, "content/facts/actual-length.yml", "lasted over two hours", "ran past two hours")
    before = {p.relative_to(site): p.stat().st_ino for p in site.rglob("*.html")}
    state = rebuilds.rebuild(state)
    assert not state.errors
    parsed = [name for name, entry in state.cache.files.items() if entry.doc is not docs.get(name)]
    assert parsed == [str(card)]
    written = sorted(str(rel) for rel, inode in before.items() if (site / rel).stat().st_ino != inode)
    assert "facts/actual-length.html" in written and len(written) < len(before) / 2
    assert "ran past two hours" in (site / "facts/actual-length.html").read_text()


def test_file_events_name_the_saved_files_and_only_those_are_read_again(rebuilds, tmp_path):
    from builder import serve
    from builder.config import load_config
    project, site, indexer = rebuilds.project, rebuilds.site, rebuilds.indexer
    preview = serve.Preview(serve.State(load_config(project), None), tmp_path / "empty", True)
    changes = serve.events(preview)
    assert next(changes) == set()  # watching has begun
    preview.state = serve.rebuild(preview.state, site, lambda problems: None, indexer)
    card = (project / "content/facts/actual-length.yml").resolve()  # as the configuration has it
    other = (project / "content/facts/scheduled-length.yml").resolve()
    card.write_text(card.read_text().replace("lasted over two hours", "ran past two hours"))
    (project / "content/facts/.card.yml.swp").write_text("an editor's swap file")
    (tmp_path / "elsewhere.yml").write_text("not in the project")
    batch = _wait(lambda: next(changes), _Alive(), "a file event")
    assert batch == {str(card)}
    # a file no event named is not read again: its change is not seen until an event names it
    other.write_text("# a comment\n" + other.read_text())
    docs = {name: entry.doc for name, entry in preview.state.cache.files.items()}
    preview.state.cache.events |= batch
    preview.state = serve.rebuild(preview.state, site, lambda problems: None, indexer)
    parsed = [name for name, entry in preview.state.cache.files.items() if entry.doc is not docs.get(name)]
    assert parsed == [str(card)]
    assert "ran past two hours" in (site / "facts/actual-length.html").read_text()
    batch = _wait(lambda: next(changes), _Alive(), "a file event")
    assert batch == {str(other)}


class _Alive:
    """A stand-in process for _wait that never exits."""

    def poll(self):
        return None


def _rows(kept) -> dict:
    """The fragments (rows of the lists of facts) the cache ``kept``, by page and key."""
    return {(page, key): row for page, rows in kept.fragments.items() for key, row in rows.items()}


def test_a_rebuild_renders_only_the_pages_and_rows_that_show_the_edited_fact(rebuilds, monkeypatch):
    from builder import render
    rendered = []
    real = render._render_one
    monkeypatch.setattr(render, "_render_one", lambda spec, *rest: rendered.append(spec.path) or real(spec, *rest))
    state = rebuilds.rebuild()
    assert "facts/scheduled-length.md" in rendered  # the first build renders every page
    fragments = _rows(state.cache)
    rendered.clear()
    rebuilds.save(state, "content/facts/actual-length.yml", "The meeting lasted over two hours.",
                  "The talks ran past two hours.")
    state = rebuilds.rebuild(state)
    assert not state.errors
    # the pages that show the fact (its own, the lists of facts, its summit, its sources, the fact that lists
    # it as related), and no other
    assert "facts/actual-length.md" in rendered and "facts/index.md" in rendered
    assert "sources/alpha.md" in rendered and "sources/beta.md" in rendered
    assert "facts/scheduled-length.md" in rendered and "facts/ceasefire.md" not in rendered
    assert "speakers/jones.md" not in rendered and "about.md" not in rendered and "timeline.md" not in rendered
    # on those pages, only the rows of the edited fact were rendered again; the others were joined as kept
    again = [kept for key, kept in _rows(state.cache).items() if fragments.get(key) is not kept]
    assert again and all(("facts", "actual-length") in kept.notes() for kept in again)
    joined = [kept for key, kept in _rows(state.cache).items() if fragments.get(key) is kept]
    assert any(("facts", "scheduled-length") in kept.notes() for kept in joined)
    assert "The talks ran past two hours." in (rebuilds.site / "facts/index.html").read_text()


def test_the_rows_of_a_group_kept_whole_stay_kept(rebuilds):
    """The list of every fact keeps each summit's rows whole: an edit renders its summit's group again, and the
    rows of the groups kept whole stay kept, so that an edit in another summit next renders one row again."""
    project = rebuilds.project
    hamburg = (project / "content/summits/hamburg.yml").read_text()
    (project / "content/summits/osaka.yml").write_text(hamburg.replace("Hamburg summit", "Osaka summit"))
    for card in ("ceasefire", "scheduled-length"):
        edit(project / f"content/facts/{card}.yml", "summit: hamburg", "summit: osaka")
    state = rebuilds.rebuild()
    rebuilds.save(state, "content/facts/actual-length.yml", "lasted over two hours", "ran past two hours")
    state = rebuilds.rebuild(state)
    before = _rows(state.cache)
    rebuilds.save(state, "content/facts/ceasefire.yml", "a cease-fire was agreed", "a truce was agreed")
    state = rebuilds.rebuild(state)
    assert not state.errors
    again = [kept for (page, key), kept in _rows(state.cache).items()
             if page == "facts/index.md" and before.get((page, key)) is not kept]
    assert again and all(("facts", "ceasefire") in kept.notes() for kept in again)  # its row and its group


def test_materials_frame_is_made_once_and_pages_keep_their_new_titles(rebuilds):
    from builder import mkdocs_site
    site = rebuilds.site
    config = rebuilds.project / "site_config.yml"
    config.write_text(config.read_text() + "site_url: https://example.org/mini/\n")  # a sitemap that lists the pages
    state = rebuilds.rebuild()
    frame = next(iter(mkdocs_site._FRAMES.values()))
    rebuilds.save(state, "content/facts/actual-length.yml", "The meeting lasted over two hours.",
                  "The talks ran past two hours.")
    state = rebuilds.rebuild(state)
    assert next(iter(mkdocs_site._FRAMES.values())) is frame  # the same configuration and pages
    assert "<title>The talks ran past two hours. - Mini dossier</title>" in (site / "facts/actual-length.html").read_text()
    card = rebuilds.project / "content/facts/second-length.yml"  # a new page, then none: the same navigation
    card.write_text((rebuilds.project / "content/facts/actual-length.yml").read_text())
    state.cache.events.add(str(card.resolve()))
    state = rebuilds.rebuild(state)
    assert next(iter(mkdocs_site._FRAMES.values())) is frame
    assert "<title>The talks ran past two hours. - Mini dossier</title>" in (site / "facts/second-length.html").read_text()
    assert "facts/second-length.html" in (site / "sitemap.xml").read_text()
    assert 'class="md-tabs__item md-tabs__item--active"' in (site / "facts/second-length.html").read_text()
    card.unlink()
    state = rebuilds.rebuild(state)
    assert next(iter(mkdocs_site._FRAMES.values())) is frame and not (site / "facts/second-length.html").exists()
    assert "facts/second-length.html" not in (site / "sitemap.xml").read_text()
    rebuilds.save(state, "site_config.yml", "title: Mini dossier", "title: Mini dossier, second edition")
    state = rebuilds.rebuild(state)
    assert next(iter(mkdocs_site._FRAMES.values())) is not frame
    assert "- Mini dossier, second edition</title>" in (site / "facts/ceasefire.html").read_text()


def test_the_search_index_is_made_from_a_lean_copy_that_keeps_unchanged_pages(rebuilds):
    work, site = rebuilds.indexer.work, rebuilds.site
    lean, keys = work / "lean" / "1-0", work / "lean.keys"  # the one part of a small dossier
    state = rebuilds.rebuild()
    _wait(lambda: keys.exists() and (work / "pagefind/pagefind-entry.json").exists(), _Alive(), "the first index")
    assert not (site / "pagefind").exists()  # served from the indexer's folder: a rebuild does not carry it over
    assert "<nav" not in (lean / "facts/actual-length.html").read_text()  # the page's body, not Material's frame
    untouched = (lean / "facts/ceasefire.html").stat().st_mtime_ns
    rebuilds.save(state, "content/facts/actual-length.yml", "lasted over two hours", "ran past two hours")
    rebuilds.rebuild(state)
    _wait(lambda: keys.exists() and "ran past two hours" in (lean / "facts/actual-length.html").read_text(),
          _Alive(), "the edited page in the lean copy")
    assert (lean / "facts/ceasefire.html").stat().st_mtime_ns == untouched


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_site_swapped_out_is_the_spare_tree_the_next_build_brings_up_to_date(tmp_path):
    """A rebuild's tree is the one the rebuild before swapped out, with only the files that differ replaced (new
    files, never written through: the served site's files are links to some of them), the files gone deleted with
    the folders they leave empty; the site equals a clean build. A failed build leaves no spare."""
    from builder import cache, pipeline, write
    from builder.config import load_config
    project = copy_mini(tmp_path)
    site, kept, spare = tmp_path / "served", cache.Cache(), write.Spare()

    def build():
        pipeline.build(load_config(project), site, allow_outside=True, cache=kept, index=False, spare=spare)

    def edit(path, old, new):
        (project / path).write_text((project / path).read_text().replace(old, new))
    build()
    shared = "facts/ceasefire.html"
    assert set(spare.keys) == set(_files(spare.tree)) == set(_files(site)) - {write.MARKER}  # the first build had no
    assert (site / shared).stat().st_ino == (spare.tree / shared).stat().st_ino  # site to swap out: a copy of links
    edit("content/facts/actual-length.yml", "The meeting lasted over two hours.", "The talks ran past two hours.")
    linked = []
    with mock.patch.object(write.Staging, "link", lambda self, rel: linked.append(rel) or False):
        build()
    assert linked == []  # the copy brought up to date: no file linked into a new tree
    assert "The meeting lasted over two hours." in (spare.tree / "facts/actual-length.html").read_text()
    assert spare.keys and set(spare.keys) == set(_files(spare.tree)) - {write.MARKER}
    first_tree = spare.tree
    assert (site / shared).stat().st_ino == (spare.tree / shared).stat().st_ino  # unchanged: linked
    served = (site / shared).read_bytes()
    edit("content/facts/ceasefire.yml", "Smith said a cease-fire was agreed", "Smith said a truce was agreed")
    (project / "content/facts/scheduled-length.yml").unlink()  # a page gone
    build()
    assert "a truce was agreed" in (site / shared).read_text()
    assert (spare.tree / shared).read_bytes() == served  # swapped out intact: never written through
    assert not (site / "facts/scheduled-length.html").exists()
    assert site.resolve() != first_tree and not first_tree.exists()  # the spare was brought up to date and swapped in
    clean = tmp_path / "clean"
    pipeline.build(load_config(project), clean, allow_outside=True, index=False)
    assert _files(site).keys() == _files(clean).keys()
    assert {k: v for k, v in _files(site).items() if k != write.MARKER} == \
        {k: v for k, v in _files(clean).items() if k != write.MARKER}
    assert {p.relative_to(site) for p in site.rglob("*") if p.is_dir()} == \
        {p.relative_to(clean) for p in clean.rglob("*") if p.is_dir()}
    with pytest.MonkeyPatch.context() as patch:  # a build that fails while it writes
        patch.setattr(pipeline.export, "files", lambda *args: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            build()
    assert spare.tree is None  # its half-made tree (the spare it took) is deleted
    build()
    assert _files(site).keys() == _files(clean).keys()


def test_a_file_the_spare_tree_no_longer_needs_goes_with_the_folders_it_leaves_empty(tmp_path):
    from builder import write
    for rel in ("a/b/c/gone.html", "a/kept.html"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    write._unlink_up(tmp_path, "a/b/c/gone.html")
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["a", "a/kept.html"]


def test_stopping_waits_for_the_indexer_and_starts_no_pagefind_after(tmp_path, monkeypatch):
    """Ctrl-C while the indexer writes its lean copy: stop() returns once the indexer has left its folders (the
    temporary folder is deleted next), and Pagefind never starts."""
    import threading
    from builder import search, serve
    copying, indexed = threading.Event(), []

    @contextmanager
    def slow_copy(folder, pages, language, keep=False):
        copying.set()
        assert until(lambda: indexer.stopped), "stop() was never asked"  # still writing thousands of pages
        yield folder

    monkeypatch.setattr(search, "lean_copy", slow_copy)
    monkeypatch.setattr(search, "index", lambda *args, **kwargs: indexed.append(args))
    indexer = serve.Indexer(tmp_path / "search")
    indexer.request([("index.html", RenderedPage("index.md", "Home", "<p>text</p>", {}), None)], "en")
    assert copying.wait(TIMEOUT)
    indexer.stop()
    assert not indexer.thread.is_alive() and indexed == []


def test_stopping_while_pagefind_runs_warns_of_no_failure(tmp_path, monkeypatch, capsys):
    """Ctrl-C while Pagefind indexes: stop() kills it, and says nothing of Pagefind failing."""
    import threading
    from builder import search, serve
    started, killed = threading.Event(), threading.Event()

    def pagefind(*args, **kwargs):
        started.set()
        assert killed.wait(TIMEOUT)
        raise DossierError([Problem(Located(tmp_path), "Pagefind failed (exit -9) making the search index")])

    monkeypatch.setattr(search, "index", pagefind)
    monkeypatch.setattr(search, "stop", killed.set)
    indexer = serve.Indexer(tmp_path / "search")
    indexer.request([("index.html", RenderedPage("index.md", "Home", "<p>text</p>", {}), None)], "en")
    assert started.wait(TIMEOUT)
    indexer.stop()
    assert not indexer.thread.is_alive() and "Pagefind failed" not in capsys.readouterr().err


def test_the_cycles_a_build_makes_are_collected_after_it(rebuilds):
    """The preview collects the reference cycles each build makes (Jinja's rendering makes thousands) right after
    it, among the build's own objects, and freezes the rest out of the collector's sight: nothing of the builder's
    nor Jinja's is left for a full collection to find, so that a long session of edits does not grow and no full
    collection of the kept cache holds up a save."""
    import gc
    from builder import serve
    from builder.config import load_config

    class Unindexed:  # the builds' objects alone: a search index made in a thread meanwhile would add its own
        def request(self, searched, language):
            pass
    preview = serve.Preview(serve.State(load_config(rebuilds.project), None), rebuilds.site, local_only=True)
    card = str((rebuilds.project / "content/facts/actual-length.yml").resolve())
    serve.watch(preview, rebuilds.site, lambda problems: None, Unindexed(), iter([{card}]))
    gc.unfreeze()
    gc.collect()  # what earlier tests left, and what the first build replaced (their Jinja environment)
    words = ["lasted over two hours", "ran past two hours"]
    for _ in range(3):
        rebuilds.save(preview.state, "content/facts/actual-length.yml", *words)
        words.reverse()
        serve.watch(preview, rebuilds.site, lambda problems: None, Unindexed(), iter([{card}]))
        assert not preview.state.errors and gc.isenabled() and gc.get_freeze_count() > 0
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        left = [o for o in gc.garbage if (getattr(o, "__module__", None) or type(o).__module__ or "").startswith(
            ("builder", "jinja2", "markupsafe", "mkdocs", "material"))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert not left, f"the builds left {len(left)} objects in reference cycles, e.g. {left[:3]}"


def test_what_a_build_replaced_is_collected_once_no_change_comes(rebuilds, monkeypatch):
    """A build freezes what it keeps out of the cycle collector's sight; a kept object that a later build replaces
    (a Jinja environment after a template was edited) is collected once the preview has seen no change for a
    while."""
    import gc
    import weakref
    from builder import serve
    from builder.config import load_config

    class Cycle:
        pass
    monkeypatch.setattr(serve, "TIDY_AFTER", 0)
    preview = serve.Preview(serve.State(load_config(rebuilds.project), None), rebuilds.site, local_only=True)
    card = str((rebuilds.project / "content/facts/actual-length.yml").resolve())
    gc.disable()  # no collection but the preview's own, until the end
    try:
        kept = Cycle()
        kept.self, gone = kept, weakref.ref(kept)
        serve.watch(preview, rebuilds.site, lambda problems: None, rebuilds.indexer, iter([{card}]))
        del kept  # replaced after the build froze it
        serve.watch(preview, rebuilds.site, lambda problems: None, rebuilds.indexer, iter([{card}]))
        assert gone() is not None and gc.get_freeze_count() > 0, "the build should have frozen the cycle"
        serve.watch(preview, rebuilds.site, lambda problems: None, rebuilds.indexer, iter([set()]))
        assert gone() is None, "what the builds replaced was not collected"
    finally:
        gc.enable()


def _process_state(pid: int) -> str:
    """The state letter of process ``pid`` (R running, S sleeping, T stopped...), from /proc."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


def until(condition, seconds: float = TIMEOUT) -> bool:
    """Whether ``condition()`` holds within ``seconds`` (a temporary folder is deleted by a process of its own)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_the_index_of_the_save_before_waits_while_the_preview_rebuilds(rebuilds, monkeypatch):
    """Edits back to back: the index refresh of one save still runs when the next comes; its processes are stopped
    for the rebuild, which the editor waits for, and go on after it."""
    from builder import search, serve
    from builder.config import load_config
    indexing = subprocess.Popen(["sleep", "60"], start_new_session=True)  # stands for Pagefind, as the indexer runs it
    search._RUNNING.add(indexing)
    seen = []
    rebuild = serve.rebuild

    def watched(*args):
        seen.append(until(lambda: _process_state(indexing.pid) == "T"))
        return rebuild(*args)
    monkeypatch.setattr(serve, "rebuild", watched)
    preview = serve.Preview(serve.State(load_config(rebuilds.project), None), rebuilds.site, local_only=True)
    card = str((rebuilds.project / "content/facts/actual-length.yml").resolve())
    try:
        serve.watch(preview, rebuilds.site, lambda problems: None, rebuilds.indexer, iter([{card}]))
        assert seen == [True], "the indexing process ran on during the rebuild"
        assert until(lambda: _process_state(indexing.pid) != "T"), "the indexing process was not continued"
        assert not preview.state.errors and (rebuilds.site / "facts" / "actual-length.html").exists()
    finally:
        search._RUNNING.discard(indexing)
        indexing.kill()
        indexing.wait()


def test_a_failed_search_index_is_a_warning_and_the_preview_goes_on(tmp_path, monkeypatch, capsys):
    from builder import serve
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/bin/false")
    indexer = serve.Indexer(tmp_path / "search")
    indexer.request([("index.html", RenderedPage("index.md", "Home", "<p>text</p>", {}), None)], "en")
    said = []
    _wait(lambda: said.append(capsys.readouterr().err) or "Pagefind failed" in "".join(said), _Alive(), "the warning")
    indexer.stop()
    assert not indexer.thread.is_alive() and "Traceback" not in "".join(said)


def test_the_search_index_is_served_from_the_indexers_folder_and_nothing_else_of_it(server):
    """The site links pagefind/…; the preview serves those files from the indexer's folder, beside the lean copy,
    which no address reaches."""
    _wait(lambda: server.get("pagefind/pagefind-entry.json")[0] == 200, server, "the first index")
    assert '"languages"' in server.get("pagefind/pagefind-entry.json")[1]
    assert server.get("pagefind/../lean/index.html")[0] == 404
    assert server.get("pagefind/%2e%2e/lean/index.html")[0] == 404
    assert server.get("facts/actual-length.html")[0] == 200


def test_a_page_gone_while_it_is_sent_is_not_found(tmp_path, monkeypatch, capsys):
    """A rebuild swaps a site without the page in between the request's look and its read: 404, no traceback."""
    _, server, client = _served(tmp_path, "gone")
    real = Path.read_bytes

    def swapped_meanwhile(path):
        if path.name == "page.html":
            path.unlink()  # the swap, just before the read
        return real(path)
    monkeypatch.setattr(Path, "read_bytes", swapped_meanwhile)
    try:
        status, _ = client.get("facts/page.html")
    finally:
        server.shutdown()
        server.server_close()
    assert status == 404 and "Traceback" not in capsys.readouterr().err


def _served(tmp_path, text: str):
    """A preview serving a site whose one page says ``text``, on a free port: (the preview, the server, its
    client)."""
    import threading
    from functools import partial
    from http.server import ThreadingHTTPServer
    from builder import serve
    from builder.config import load_config
    project = copy_mini(tmp_path)
    preview = serve.Preview(serve.State(load_config(project), _site_saying(tmp_path / "before", text)), tmp_path,
                            local_only=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(serve.Handler, preview=preview))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return preview, server, Server(None, f"http://127.0.0.1:{server.server_port}/", None, None)


def _site_saying(site: Path, text: str) -> Path:
    (site / "facts").mkdir(parents=True)
    (site / "facts" / "page.html").write_text(f"<html><body>{text}</body></html>")
    return site


def test_a_page_asked_for_while_a_save_is_built_comes_from_the_new_build(tmp_path):
    """The editor's browser is not given the page the save replaces, and answering does not take turns with the
    build: the request waits until the build is done."""
    import dataclasses
    import threading
    preview, server, client = _served(tmp_path, "before the save")
    answers = []
    try:
        assert "before the save" in client.get("facts/page.html")[1]
        with preview.building():
            asking = threading.Thread(target=lambda: answers.append(client.get("facts/page.html")))
            asking.start()
            asking.join(0.5)
            assert not answers, "the page was answered while the save was built"
            preview.state = dataclasses.replace(preview.state, folder=_site_saying(tmp_path / "after", "after it"),
                                                version=preview.state.version + 1)
        asking.join(TIMEOUT)
    finally:
        server.shutdown()
        server.server_close()
    assert answers and answers[0][0] == 200 and "after it" in answers[0][1]


def test_a_long_build_holds_requests_up_for_a_while_only(tmp_path, monkeypatch):
    """A build longer than WAIT_FOR_BUILD (a template edited at 20,000 facts): meanwhile the pages of the build
    before are served, after that wait."""
    from builder import serve
    monkeypatch.setattr(serve, "WAIT_FOR_BUILD", 0.2)
    preview, server, client = _served(tmp_path, "before the save")
    try:
        with preview.building():
            started = time.monotonic()
            status, text = client.get("facts/page.html")
            waited = time.monotonic() - started
    finally:
        server.shutdown()
        server.server_close()
    assert status == 200 and "before the save" in text and 0.2 <= waited < TIMEOUT


def test_a_builds_cycles_are_collected_at_the_first_quiet_moment_after_it(rebuilds, monkeypatch):
    """The young generation a build filled is collected once no change is waiting (after the editor has the
    page); when saves come without a pause, before the build after YOUNG_BUILDS builds; the collector is off while a
    build runs."""
    import gc
    from builder import serve
    from builder.config import load_config
    seen = []
    rebuild, collect = serve.rebuild, serve.collect_young
    monkeypatch.setattr(serve, "rebuild", lambda *args: seen.append(("build", gc.isenabled())) or rebuild(*args))
    monkeypatch.setattr(serve, "collect_young", lambda: seen.append(("collect", gc.isenabled())) or collect())
    preview = serve.Preview(serve.State(load_config(rebuilds.project), None), rebuilds.site, local_only=True)
    card = str((rebuilds.project / "content/facts/actual-length.yml").resolve())
    serve.watch(preview, rebuilds.site, lambda problems: None, rebuilds.indexer, iter([{card}, set(), set()]))
    assert seen == [("build", False), ("collect", False)] and gc.isenabled()
    seen.clear()
    serve.watch(preview, rebuilds.site, lambda problems: None, rebuilds.indexer, iter([{card}, {card}]))
    assert seen == [("build", False), ("build", False), ("collect", False)] and gc.isenabled()
    seen.clear()
    monkeypatch.setattr(serve, "YOUNG_BUILDS", 1)
    serve.watch(preview, rebuilds.site, lambda problems: None, rebuilds.indexer, iter([{card}, {card}]))
    assert seen == [("build", False), ("collect", False), ("build", False), ("collect", False)] and gc.isenabled()


def test_the_first_build_starts_from_the_cache_dossier_build_left_and_never_writes_it(tmp_path, monkeypatch):
    """An editor who built the dossier before opens the preview at once: its first build parses, checks and
    renders only what changed since `dossier build` (here one card), links the other pages from the site it made,
    and the site is a clean build's."""
    from builder import cache, load, pipeline, render, serve, write
    from builder.config import load_config
    from tests.test_cache import _files
    project = copy_mini(tmp_path)
    built = load_config(project).output  # where dossier build writes the site
    with cache.kept_in(project / ".dossier-cache", load_config(project).templates) as kept:
        pipeline.build(load_config(project), cache=kept)
    edit(project / "content/facts/actual-length.yml", "lasted over two hours", "ran past two hours")
    stored = _files(project / ".dossier-cache")
    parsed, rendered = [], []
    real_load, real_render = load._load_file, render._render_one
    monkeypatch.setattr(load, "_load_file", lambda kind, path, problems, *raw: parsed.append(path.name)
                        or real_load(kind, path, problems, *raw))
    monkeypatch.setattr(render, "_render_one", lambda spec, *args: rendered.append(spec.path) or real_render(spec, *args))
    indexer = serve.Indexer(tmp_path / "search")
    try:
        state = serve.rebuild(serve.first_state(load_config(project), tmp_path / "served"), tmp_path / "served",
                              lambda p: None, indexer)
        assert indexer.searched is not None  # the preview's search index is made, whatever was linked
    finally:
        indexer.stop()
    assert parsed == ["actual-length.yml"] and state.errors == () and state.cache.events == set()
    assert _files(project / ".dossier-cache") == stored  # read, never written
    assert "ran past two hours" in (tmp_path / "served/facts/actual-length.html").read_text()
    unchanged = "speakers/index.html"  # linked from the site dossier build made, not written again
    assert (tmp_path / "served" / unchanged).stat().st_ino == (built / unchanged).stat().st_ino
    assert "facts/actual-length.md" in rendered and "speakers/index.md" not in rendered
    served, rendered[:] = rendered[:], []
    with cache.kept_in(project / ".dossier-cache", load_config(project).templates) as kept:  # as dossier build does
        pipeline.build(load_config(project), cache=kept)
    assert served == rendered
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True, index=False)
    fresh = _files(tmp_path / "fresh")
    exports = {name for name in fresh if name.startswith("exports/")}
    assert exports and {name: state.exports.get(name) for name in exports} == {name: fresh[name] for name in exports}
    del fresh[write.MARKER]  # it names the files the tree holds
    assert {k: v for k, v in _files(tmp_path / "served").items() if k != write.MARKER} == \
        {k: v for k, v in fresh.items() if k not in exports}



def test_a_first_build_that_links_every_page_still_makes_the_search_index(tmp_path):
    from builder import cache, pipeline, serve
    from builder.config import load_config
    project = copy_mini(tmp_path)
    built = load_config(project).output  # where dossier build writes the site
    with cache.kept_in(project / ".dossier-cache", load_config(project).templates) as kept:
        pipeline.build(load_config(project), cache=kept)
    indexer = serve.Indexer(tmp_path / "search")
    try:
        state = serve.rebuild(serve.first_state(load_config(project), tmp_path / "served"), tmp_path / "served",
                              lambda p: None, indexer)
        assert state.errors == ()
        assert (tmp_path / "served/index.html").stat().st_ino == (built / "index.html").stat().st_ino  # all linked
        # every page read back from the cache is ready to be checked against the records the first save changes,
        # and the places of the quotes are read, which checking the card it changes looks up
        assert state.cache.pages and all("noted" in vars(kept) for kept in state.cache.pages.values())
        assert "spans" in vars(state.cache) and state.cache.spans
        # and the runs of words of each article, read again to find the wording a new article shares
        sources = {path.stem for path in (project / "content/sources").iterdir()}
        assert set(state.cache.shared.shingles.texts) == sources and len(sources) > 1
        _wait(lambda: (tmp_path / "search/pagefind/pagefind-entry.json").exists(), _Alive(), "the first index")
    finally:
        indexer.stop()


def test_the_first_build_of_the_preview_may_fork_its_render_workers(tmp_path):
    """The indexer's thread started before the first build, so that the preview's first build of a dossier of
    thousands of pages rendered in one process (a process with threads is never forked: builder/render.py); it
    starts with the first request, after that build, and the watcher's thread with the first wait for a change. In
    a process of its own: this one may hold other tests' threads."""
    import subprocess
    import sys
    project = copy_mini(tmp_path)
    script = f"""
import os, sys, time
from pathlib import Path
from builder import render, serve
from builder.config import load_config
def pids():
    return set(render.parallel(list(range(render.PARALLEL_FROM)),
                               lambda share: time.sleep(0.01) or [os.getpid() for _ in share]))
changes = serve.events(serve.Preview(serve.State(load_config(Path({str(project)!r})), None), Path("empty"), True))
next(changes)  # watching, as before the first build
indexer = serve.Indexer(Path({str(tmp_path / "search")!r}))
print(len(pids()) > 1)  # no thread yet: forked (a worker took some)
indexer.request([], "en")
print(indexer.thread.is_alive(), pids() == {{os.getpid()}})  # threaded now: never forked
indexer.stop()
next(changes)
print(pids() == {{os.getpid()}})  # the watcher's thread
changes.close()
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.stdout.split() == ["True", "True", "True", "True"], run.stdout + run.stderr
