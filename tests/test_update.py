"""Every build writes a new tree and swaps it in whole: unchanged files are linked from the current site, a
second build waits for the first, and a killed build leaves the previous site as it was."""
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from builder import cache, mkdocs_site, pipeline, write
from builder.config import load_config

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"
STATEMENT = ("The meeting lasted over two hours.", "The talks ran past two hours.")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    return root


def _edit(root: Path, old: str = STATEMENT[0], new: str = STATEMENT[1]) -> None:
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace(old, new))


def _dossier(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "builder", "--project", str(root), "build", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_an_edit_links_the_unchanged_files_and_writes_the_changed_ones(tmp_path):
    root = _project(tmp_path)
    kept = cache.Cache()
    pipeline.build(load_config(root), cache=kept)
    site = root / "site"
    before = {name: (site / name).stat().st_ino
              for name in ("facts/ceasefire.html", "facts/actual-length.html", "sitemap.xml", "404.html")}
    _edit(root)
    result = pipeline.build(load_config(root), cache=kept)
    assert 0 < result.written < 12
    assert [(site / name).stat().st_ino for name in ("sitemap.xml", "404.html")] == [  # the same pages: not made
        before["sitemap.xml"], before["404.html"]]
    # ceasefire's page does not show the edited fact (scheduled-length's does: it lists it as related)
    assert (site / "facts/ceasefire.html").stat().st_ino == before["facts/ceasefire.html"]  # linked, not written
    assert (site / "facts/actual-length.html").stat().st_ino != before["facts/actual-length.html"]
    assert STATEMENT[1] in (site / "facts/actual-length.html").read_text()
    pipeline.build(load_config(root), tmp_path / "fresh", allow_outside=True)
    assert _files(site) == _files(tmp_path / "fresh")
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == []  # nothing partial left


def test_a_previous_site_that_cannot_be_deleted_is_a_warning_once_the_new_one_is_in_place(tmp_path, monkeypatch,
                                                                                             capsys):
    """A file of the old tree that may not be deleted (another user's, a read-only folder) made the build report
    "nothing was written", naming the file by its name alone, though the new site was in place and the cache did
    not know it."""
    root = _project(tmp_path)
    with cache.kept_in(root / ".dossier-cache") as kept:
        pipeline.build(load_config(root), root / "site", cache=kept)
    _edit(root)
    real = write.remove

    def stuck(path):
        if path.name == ".site.partial" and (path / "index.html").exists():  # the previous site, swapped out
            raise PermissionError(1, "Operation not permitted", str(path / "index.html"))
        real(path)
    monkeypatch.setattr(write, "remove", stuck)
    with cache.kept_in(root / ".dossier-cache") as kept:
        result = pipeline.build(load_config(root), root / "site", cache=kept)
    assert STATEMENT[1] in (root / "site" / "facts" / "actual-length.html").read_text("utf-8")
    err = capsys.readouterr().err
    assert f"could not be deleted (Operation not permitted: {root / '.site.partial' / 'index.html'})" in err
    assert kept.site and kept.site["build"] == write.site_id(root / "site") and result.written


def test_a_failed_delete_names_the_whole_path(tmp_path, monkeypatch):
    """shutil.rmtree's error names the file in its folder ("index.html"), which the message then placed in the
    current folder."""
    import pytest
    folder = tmp_path / "tree" / "inner"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("x")
    real = os.unlink

    def refused(path, *args, **kwargs):
        if str(path) == "a.txt":
            raise PermissionError(1, "Operation not permitted", "a.txt")
        return real(path, *args, **kwargs)
    monkeypatch.setattr(os, "unlink", refused)
    with pytest.raises(PermissionError) as raised:
        write.remove(tmp_path / "tree")
    assert raised.value.filename == str(folder / "a.txt")


def test_an_edit_makes_material_pages_only_for_the_pages_it_frames_and_no_sitemap(tmp_path):
    root = _project(tmp_path)
    kept = cache.Cache()
    pipeline.build(load_config(root), cache=kept)
    mkdocs_site._FRAMES.clear()  # as a new process finds it
    _edit(root)
    result = pipeline.build(load_config(root), cache=kept)
    frame = next(iter(mkdocs_site._FRAMES.values()))
    assert "templates" not in vars(frame)  # the sitemap and 404 page: never made
    framed = set(frame.pages) - {page.file.src_uri for page in frame.nav.pages}
    assert 0 < len(framed) <= result.written and set(frame.pages) < set(frame.entries)


def test_a_new_card_puts_its_page_in_the_sitemap_of_an_incremental_build(tmp_path):
    root = _project(tmp_path)
    (root / "site_config.yml").write_text("title: Mini dossier\nsite_url: https://example.org/mini/\n")
    kept = cache.Cache()
    pipeline.build(load_config(root), cache=kept)
    assert "facts/talks-ran-long.html" not in (root / "site" / "sitemap.xml").read_text()
    facts = root / "content" / "facts"
    (facts / "talks-ran-long.yml").write_text((facts / "actual-length.yml").read_text())
    pipeline.build(load_config(root), cache=kept)
    assert "https://example.org/mini/facts/talks-ran-long.html" in (root / "site" / "sitemap.xml").read_text()
    pipeline.build(load_config(root), tmp_path / "fresh", allow_outside=True)
    assert _files(root / "site") == _files(tmp_path / "fresh")


def test_two_builds_at_once_one_waits_and_the_site_is_whole(tmp_path):
    root = _project(tmp_path)
    first, second = _dossier(root), _dossier(root)
    outputs = [process.communicate(timeout=300) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert not any("Traceback" in err for _, err in outputs)
    with write.lock(root):  # a build under way: both of the next two wait for it, then for each other
        first, second = _dossier(root), _dossier(root)
        said = [_stderr_until(process, "waiting for it to finish") for process in (first, second)]
    outputs = [process.communicate(timeout=300) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert not any("Traceback" in before + err for before, (_, err) in zip(said, outputs))
    pipeline.build(load_config(root), tmp_path / "fresh", allow_outside=True)
    assert _files(root / "site") == _files(tmp_path / "fresh")
    assert not (root / ".site.partial").exists()


def _stderr_until(process: subprocess.Popen, text: str, seconds: float = 120) -> str:
    """What ``process`` prints on stderr up to a line holding ``text``, which it must print while it runs."""
    seen, deadline = "", time.monotonic() + seconds
    while text not in seen:
        assert process.poll() is None and time.monotonic() < deadline, seen
        if select.select([process.stderr], [], [], 1)[0]:
            seen += process.stderr.readline()
    return seen


def _pagefind_children(folder: Path) -> list[int]:
    """The running Pagefind processes that work on ``folder``."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "pagefind" in command and str(folder) in command:
            found.append(int(pid))
    return found


def _dying(pid: int) -> bool:
    """Whether process ``pid`` has ended or been sent SIGKILL: a process killed with its parent gets it as the parent
    ends (before the parent can be waited for), and on a busy machine may not have run since to act on it."""
    try:
        status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    except OSError:  # gone
        return True
    pending = int(status["SigPnd"], 16) | int(status["ShdPnd"], 16)
    return status["State"].split()[0] in "ZX" or bool(pending & 1 << signal.SIGKILL - 1)


def _kill_at_random_moments(root: Path, tmp_path: Path, args: tuple[str, ...], seed: int) -> None:
    """Kill builds at random moments: the site is always the previous one or the new one, whole."""
    _edit(root)
    pipeline.build(load_config(root), tmp_path / "new", allow_outside=True)
    new = _files(tmp_path / "new")
    _edit(root, *reversed(STATEMENT))
    previous = _files(root / "site")
    started = time.perf_counter()
    _edit(root)
    assert _dossier(root, *args).wait(timeout=300) == 0
    duration = time.perf_counter() - started
    _edit(root, *reversed(STATEMENT))
    assert _dossier(root, *args).wait(timeout=300) == 0
    outcomes = set()
    rng = random.Random(seed)
    for delay in [duration * (part + rng.random()) / 6 for part in range(6)]:  # spread over the whole build
        assert _files(root / "site") == previous
        _edit(root)
        process = _dossier(root, *args)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert all(map(_dying, _pagefind_children(root))), "Pagefind outlived the build"
        now = _files(root / "site")
        assert now in (previous, new), f"killed after {delay:.2f} s: the site is neither the previous nor the new"
        outcomes.add("new" if now == new else "previous")
        _edit(root, *reversed(STATEMENT))
        assert _dossier(root, *args).wait(timeout=300) == 0  # and the next build cleans up
        assert not (root / ".site.partial").exists()
    assert "previous" in outcomes


def test_kill_9_during_a_full_build_leaves_the_previous_site(tmp_path):
    root = _project(tmp_path)
    assert _dossier(root, "--no-cache").wait(timeout=300) == 0
    _kill_at_random_moments(root, tmp_path, ("--no-cache",), seed=1)


def test_kill_9_during_an_update_from_the_cache_leaves_the_previous_site(tmp_path):
    root = _project(tmp_path)
    assert _dossier(root).wait(timeout=300) == 0
    _kill_at_random_moments(root, tmp_path, (), seed=2)


def test_on_a_terminal_a_build_shows_its_stages(tmp_path):
    import pty
    root = _project(tmp_path)
    main, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "builder", "--project", str(root), "build"],
                               stdout=subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the build ended and closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=300) == 0
    stages = [stage for stage in ("render", "write", "search index", "swap") if f"{stage}…".encode() in shown]
    assert stages == ["render", "write", "search index", "swap"], shown


def test_two_projects_built_into_one_folder_at_once_never_mix(tmp_path):
    """Builds of two projects into the same --out: the second waits for the first (a lock on the folder the site is
    written in), and the site is one of the two, whole."""
    first, second = _project(tmp_path / "a"), _project(tmp_path / "b")
    (second / "site_config.yml").write_text((second / "site_config.yml").read_text().replace("Mini dossier", "Other"))
    out = tmp_path / "shared" / "site"
    out.parent.mkdir()
    for root in (first, second):
        pipeline.build(load_config(root), tmp_path / root.parent.name / "alone", allow_outside=True)
    alone = [_files(tmp_path / name / "alone") for name in ("a", "b")]
    for args in (["--no-cache"], []):
        builds = [_dossier(root, "--out", str(out), "--allow-outside", *args) for root in (first, second)]
        outputs = [process.communicate(timeout=120) for process in builds]
        assert [process.returncode for process in builds] == [0, 0], outputs
        assert _files(out) in alone
        assert sorted(p.name for p in out.parent.iterdir()) == ["site"]
