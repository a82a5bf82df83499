"""Builds stopped half-way, as a careless user or a CI machine stops them: Ctrl-C prints no traceback, and a build
killed with kill -9 leaves no process behind (no worker still rendering, none holding the build lock)."""
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import zipfile
import time
from pathlib import Path

import pytest

from tests.test_serve import until
from tests.test_update import _project

# `dossier build` whose parallel stage (framing and writing the pages) is slow and runs in a forked worker even for
# the mini project, a page at a time: the worker sleeps first, as a worker of a large dossier is busy for seconds;
# the build process, which takes pages too, a little (so that the worker takes some before none are left).
SLOW_BUILD = textwrap.dedent("""
    import os, sys, time
    from builder import cli, pipeline, render
    render.PARALLEL_FROM, render.CHUNK = 1, 1
    os.cpu_count = lambda: 2
    frame_and_write, build = pipeline._frame_and_write, os.getpid()
    def slow(*args):
        if os.getpid() == build:
            time.sleep(0.2)
        else:
            os.write(1, b"working\\n")
            time.sleep(60)
        return frame_and_write(*args)
    pipeline._frame_and_write = slow
    sys.exit(cli.main(sys.argv[1:]))
""")


def _slow_build(root: Path) -> subprocess.Popen:
    """The slow build of ``root``, in a session of its own (as a terminal's foreground job), once its workers work."""
    process = subprocess.Popen([sys.executable, "-c", SLOW_BUILD, "--project", str(root), "build"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert process.stdout.readline().startswith("working"), process.communicate()
    return process


def _children(pid: int) -> list[int]:
    return [int(p) for p in filter(str.isdigit, os.listdir("/proc")) if _parent(int(p)) == pid]


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _gone(pids: list[int], seconds: float = 60) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() and _parent(pid) is not None for pid in pids):
            return True
        time.sleep(0.1)
    return False


def test_a_build_killed_while_its_workers_run_leaves_none_behind(tmp_path):
    root = _project(tmp_path)
    process = _slow_build(root)
    workers = _children(process.pid)
    assert workers
    process.kill()
    process.wait()
    try:
        assert _gone(workers), "the workers outlived the build (holding its lock: every next build waits forever)"
    finally:
        for pid in workers:
            if Path(f"/proc/{pid}").exists():
                os.kill(pid, signal.SIGKILL)
    build = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], capture_output=True,
                           text=True, timeout=120)
    assert build.returncode == 0 and "waiting" not in build.stderr, build.stderr


# A child that prints the signal it gets when its parent ends (prctl PR_GET_PDEATHSIG) and its CPU priority.
REPORTING = "import ctypes, os; found = ctypes.c_int(); ctypes.CDLL(None).prctl(2, ctypes.byref(found)); " \
    "print(found.value, os.nice(0))"


@pytest.mark.parametrize("setpriv", ["its own", "none", "one without --pdeathsig"])
@pytest.mark.parametrize("background", [False, True])
def test_the_builds_other_programs_are_killed_with_it(background, setpriv, monkeypatch, tmp_path):
    """Pagefind and the merge of the search index's parts are started (children.popen) so that they get SIGKILL when
    the build's process ends, in the background at the lowest CPU priority; by setpriv and nice, or, on a system
    without them or with a setpriv too old to set a death signal, by a function run in the child."""
    from builder import children
    old = tmp_path / "setpriv"  # util-linux before 2.33: no --pdeathsig
    old.write_text("#!/bin/sh\necho 'Usage: setpriv [options] <program> [<argument>...]'\nexit 1\n")
    old.chmod(0o755)
    if setpriv != "its own":
        monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}" if setpriv != "none" else str(tmp_path / "no"))
    children._starters.cache_clear()
    try:
        assert (children._starters() is not None) == (setpriv == "its own")  # this machine's and the CI's has it
        with children.popen([sys.executable, "-c", REPORTING], background, stdout=subprocess.PIPE,
                            text=True) as child:
            signal_number, priority = child.stdout.read().split()
    finally:
        children._starters.cache_clear()
    assert int(signal_number) == signal.SIGKILL
    assert int(priority) == (19 if background else os.nice(0))


def _stopped(root: Path, number: int) -> tuple[int, str, list[int]]:
    """A slow build of ``root`` sent the signal ``number`` while its workers run (to its whole group, as a terminal
    or a process manager sends it): its exit code, what it printed, and its workers."""
    process = _slow_build(root)
    workers = _children(process.pid)
    os.killpg(process.pid, number)
    try:
        _, err = process.communicate(timeout=30)
    finally:
        for pid in workers:
            if Path(f"/proc/{pid}").exists():
                os.kill(pid, signal.SIGKILL)
    return process.returncode, err, workers


def test_ctrl_c_while_workers_run_prints_no_traceback(tmp_path):
    root = _project(tmp_path)
    code, err, workers = _stopped(root, signal.SIGINT)  # what Ctrl-C does: the whole foreground job gets it
    assert code == 130
    assert "Traceback" not in err, err
    assert _gone(workers)
    assert not (root / ".site.partial").exists()


def test_sigterm_while_workers_run_cleans_up_as_ctrl_c_does(tmp_path):
    """A process manager or a cancelled CI job stops the build with SIGTERM (to its whole group): the tree it was
    writing beside the site is deleted, no traceback, the exit code a shell gives (143)."""
    root = _project(tmp_path)
    code, err, workers = _stopped(root, signal.SIGTERM)
    assert (code, err) == (128 + signal.SIGTERM, "")
    assert _gone(workers)
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == [".dossier-cache"]


def _ctrl_c_as_imported(folder: Path, module: str, root: Path, *command: str) -> None:
    """Run ``dossier COMMAND`` both ways (the installed script, ``python -m builder``) with Ctrl-C coming as
    ``module`` is imported (a sitecustomize in ``folder``): each exits as Ctrl-C does, with no traceback."""
    (folder / "sitecustomize.py").write_text(textwrap.dedent(f"""
        import sys

        class CtrlC:
            def find_spec(self, name, path=None, target=None):
                if name == {module!r}:
                    raise KeyboardInterrupt

        sys.meta_path.insert(0, CtrlC())
    """))
    for run in ([str(Path(sys.executable).parent / "dossier")], [sys.executable, "-m", "builder"]):
        done = subprocess.run([*run, "--project", str(root), *command], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONPATH": str(folder)})
        assert (done.returncode, done.stderr) == (130, ""), (run, done.stderr)


def test_ctrl_c_while_the_arguments_are_read_prints_no_traceback(tmp_path):
    """`dossier new` imports what it needs (half a second) while its arguments are read, before the command runs."""
    root = _project(tmp_path)
    _ctrl_c_as_imported(tmp_path, "builder.scaffold", root, "new", "speaker", "x")
    assert not (root / "content" / "speakers" / "x.yml").exists()


def test_ctrl_c_while_the_command_starts_prints_no_traceback(tmp_path):
    """Ctrl-C in the first fraction of a second, while the libraries load (here: as Jinja is imported)."""
    _ctrl_c_as_imported(tmp_path, "jinja2", _project(tmp_path), "build")


@pytest.mark.parametrize("module", ["uuid", "decimal"])
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_in_the_middle_of_a_librarys_start_up_waits_for_it(tmp_path, module, number):
    """Ctrl-C or SIGTERM as orjson imports uuid (a segmentation fault) or jsonschema_rs imports decimal (a Rust
    panic and a traceback): held until the libraries are loaded, then the command ends as stopped, quietly."""
    (tmp_path / "sitecustomize.py").write_text(textwrap.dedent(f"""
        import os, sys

        class Stop:
            def find_spec(self, name, path=None, target=None):
                if name == {module!r}:
                    os.kill(os.getpid(), {int(number)})

        sys.meta_path.insert(0, Stop())
    """))
    done = subprocess.run([sys.executable, "-m", "builder", "--project", str(_project(tmp_path)), "check"],
                          capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert (done.returncode, done.stderr) == (128 + number, ""), done.stderr


def test_a_stop_lost_where_python_cannot_pass_it_on_prints_nothing(capsys):
    """SIGTERM raised inside a library's check of a type (PyO3's isinstance) or a weakref callback is lost, and
    Python printed it as "Exception ignored in: …" with a traceback; the build still stops (write.stop)."""
    import weakref
    from builder import cli, write

    class Record:
        pass

    def lost(reference):
        raise write.Stopped(signal.SIGTERM)
    with cli._stopped_as_by_ctrl_c():
        record = Record()
        reference = weakref.ref(record, lost)
        del record
    assert reference() is None and capsys.readouterr().err == ""


def test_the_search_copy_a_killed_build_left_beside_the_site_is_removed(tmp_path):
    """A build without the cache killed while Pagefind ran leaves its copy of the pages beside the site, and the
    index of each part beside that; the next build, with the cache or without, removes both (a build with the cache
    had left the parts' indexes, 8.5 MB at 5,000 facts, until a build without it: session 53)."""
    root = _project(tmp_path)
    for args in ([], ["--no-cache"]):
        left = root / ".site.search"
        (left / "facts").mkdir(parents=True)
        (left / "facts" / "ceasefire.html").write_text("<p>a page as it was</p>")
        (root / ".site.search.parts" / "facts").mkdir(parents=True)
        (root / ".site.search.parts" / "facts" / "pagefind-entry.json").write_text("{}")
        build = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build", *args],
                               capture_output=True, text=True, timeout=120)
        assert build.returncode == 0, build.stderr
        assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == [".dossier-cache"]


@pytest.mark.parametrize("unbuffered", ["1", ""])
def test_output_read_by_a_command_that_stops_early_ends_quietly(tmp_path, unbuffered):
    """`dossier build | head -1` once head has gone: no traceback, no problem reported about the project (with its
    output buffered, it is written as the command ends)."""
    root = _project(tmp_path)
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], stdout=write,
                              stderr=subprocess.PIPE, text=True, timeout=120,
                              env={**os.environ, "PYTHONUNBUFFERED": unbuffered})
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (1, "")
    assert (root / "site" / "index.html").exists()


def test_a_build_started_with_its_error_output_closed_works(tmp_path):
    """`dossier build 2>&-` (a process manager that closes it): Python has no sys.stderr, and the next file opened
    would take its number."""
    root = _project(tmp_path)
    done = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], capture_output=False,
                          stdout=subprocess.PIPE, text=True, timeout=120, preexec_fn=lambda: os.close(2))
    assert done.returncode == 0 and done.stdout.startswith("Built "), done.stdout


# `dossier build --offline-zip` whose packing of the zip is slow: it writes the zip's first file, then sleeps.
SLOW_ZIP = textwrap.dedent("""
    import os, sys, time, zipfile
    from builder import cli
    writestr = zipfile.ZipFile.writestr
    def slow(self, *args, **kwargs):
        writestr(self, *args, **kwargs)
        self.fp.flush()
        os.write(1, b"packing\\n")
        time.sleep(60)
    zipfile.ZipFile.writestr = slow
    sys.exit(cli.main(sys.argv[1:]))
""")


def test_a_build_killed_while_it_packs_the_offline_copy_leaves_nothing_the_next_keeps(tmp_path):
    """kill -9 while the zip is written leaves its partial file and the offline copy's tree in the temporary
    folder; the next build of that zip deletes both as it starts, even when the content then has errors."""
    root, scratch = _project(tmp_path), tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    archive = tmp_path / "out" / "dossier.zip"
    partial = archive.with_name(".dossier.zip.partial")
    for next_build, code in ((["build"], 1), (["build"], 0)):
        process = subprocess.Popen([sys.executable, "-c", SLOW_ZIP, "--project", str(root), "build", "--offline-zip",
                                    str(archive)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                   start_new_session=True)
        assert process.stdout.readline().startswith("packing"), process.communicate()
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        assert partial.exists() and [p.name[:22] for p in scratch.iterdir()] == ["dossier-build-offline-"]
        card = root / "content" / "facts" / "broken.yml"
        if code:
            card.write_text("statement: no summit\n")
        build = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), *next_build,
                                "--offline-zip", str(archive)], capture_output=True, text=True, timeout=120, env=env)
        assert build.returncode == code, build.stderr
        assert not partial.exists()
        assert until(lambda: not any(scratch.iterdir()))
        card.unlink(missing_ok=True)
    assert zipfile.is_zipfile(archive) and not archive.with_name(".dossier.zip.partial").exists()


# `dossier build` that meets Ctrl-C (or SIGTERM) where Python loses the KeyboardInterrupt its handler raises (in a
# weakref callback, a library's bare `except:`): here as the pages are rendered, once an edit has been made.
LOST_STOP = textwrap.dedent("""
    import signal, sys
    from builder import cli, pipeline
    render_site = pipeline.render_site
    def lost(*args, **kwargs):
        try:
            signal.getsignal(int(sys.argv[1]))(int(sys.argv[1]), None)
        except KeyboardInterrupt:
            pass  # lost
        return render_site(*args, **kwargs)
    pipeline.render_site = lost
    sys.exit(cli.main(sys.argv[2:]))
""")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_whose_ctrl_c_python_lost_publishes_nothing(tmp_path):
    """The stop was asked for: the build must not go on to publish, whatever swallowed its exception; the previous
    site stays byte for byte, nothing is left beside it, and the exit code is the signal's."""
    root = _project(tmp_path)
    first = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], capture_output=True,
                           text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    before = _tree(root / "site")
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace("The meeting lasted", "Edited, the meeting lasted", 1))
    for number in (signal.SIGINT, signal.SIGTERM):
        for cached in ([], ["--no-cache"]):
            done = subprocess.run([sys.executable, "-c", LOST_STOP, str(int(number)), "--project", str(root), "build",
                                   *cached], capture_output=True, text=True, timeout=120)
            assert (done.returncode, done.stdout, done.stderr) == (128 + number, "", ""), (number, cached)
            assert _tree(root / "site") == before
            assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == [".dossier-cache"]
    done = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and b"Edited, the meeting" in (root / "site" / "facts" / "actual-length.html").read_bytes()


# `dossier build` that stops while MkDocs reads its configuration in the temporary folder made for it.
SLOW_FRAME = textwrap.dedent("""
    import os, sys, time
    from builder import cli, mkdocs_site
    keep_theme = mkdocs_site.compiled.keep_theme
    def slow(theme):
        os.write(1, b"framing\\n")
        time.sleep(60)
        return keep_theme(theme)
    mkdocs_site.compiled.keep_theme = slow
    sys.exit(cli.main(sys.argv[1:]))
""")


def test_the_temporary_folder_of_material_a_killed_build_left_is_removed(tmp_path):
    """kill -9 while MkDocs reads the configuration written for it leaves that folder in the temporary folder; the
    next build deletes it (a machine's builds killed by CI would otherwise fill /tmp, a folder each)."""
    root, scratch = _project(tmp_path), tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    process = subprocess.Popen([sys.executable, "-c", SLOW_FRAME, "--project", str(root), "build"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               start_new_session=True)
    assert process.stdout.readline().startswith("framing"), process.communicate()
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert any(scratch.iterdir())
    build = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], capture_output=True,
                           text=True, timeout=120, env=env)
    assert build.returncode == 0, build.stderr
    assert until(lambda: not any(scratch.iterdir()))


def test_a_worker_killed_mid_build_is_reported_and_the_site_stays(tmp_path):
    """The out-of-memory killer (or kill -9) ends one of the workers rendering a large dossier's pages: the build
    says so in words, with no traceback, and the previous site stays byte for byte."""
    root = _project(tmp_path)
    first = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], capture_output=True,
                           text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    before = _tree(root / "site")
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace("The meeting lasted", "Edited, the meeting lasted", 1))
    process = _slow_build(root)
    workers = _children(process.pid)
    for pid in workers:  # the render workers (not Pagefind)
        with contextlib.suppress(OSError):  # gone with the build
            if "python" in Path(f"/proc/{pid}/cmdline").read_text():
                os.kill(pid, signal.SIGKILL)
    try:
        out, err = process.communicate(timeout=60)
    finally:
        for pid in workers:
            if Path(f"/proc/{pid}").exists():
                os.kill(pid, signal.SIGKILL)
    assert process.returncode == 1 and "Traceback" not in err, err
    assert "a process rendering the pages was killed" in err
    assert _tree(root / "site") == before
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == [".dossier-cache"]


def test_a_site_a_killed_build_left_aside_is_put_back_by_the_next(tmp_path):
    """Where the file system cannot exchange two names in one step, a build swaps the site in with three renames; one
    killed between the first two leaves the previous site at .site.old and none at site. The next build puts it
    back, even when the content then has errors."""
    root = _project(tmp_path)
    first = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], capture_output=True,
                           text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    before = _tree(root / "site")
    (root / "site").rename(root / ".site.old")  # killed after the first rename
    (root / "content" / "facts" / "broken.yml").write_text("statement: no summit\n")
    build = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], capture_output=True,
                           text=True, timeout=120)
    assert build.returncode == 1
    assert _tree(root / "site") == before
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == [".dossier-cache"]


def test_a_large_temporary_folder_is_deleted_by_a_process_of_its_own(tmp_path, monkeypatch):
    """Stopping a preview of 20,000 facts waited 20 s and more while its two site trees and search input were
    deleted; so did the first build after a killed one. Now a process of its own deletes them, holding the folder's
    lock meanwhile; nothing is deleted in the command's process."""
    from builder import write

    def waited(*args, **kwargs):
        raise AssertionError("the command waited for the folder to be deleted")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with write.scratch("serve", background=True) as tmp:
        (tmp / "site" / "facts").mkdir(parents=True)
        (tmp / "site" / "facts" / "x.html").write_text("x")
        monkeypatch.setattr(write.shutil, "rmtree", waited)
    assert until(lambda: not tmp.exists())
    killed = tmp_path / f"{write.SCRATCH}serve-killed"
    (killed / "site").mkdir(parents=True)
    (killed / ".lock").touch()
    write.clear_killed()
    assert until(lambda: not killed.exists())


def test_a_temporary_folder_a_build_was_stopped_before_it_could_lock_is_deleted_later(tmp_path, monkeypatch):
    """Stopped between making its temporary folder and locking it, a build left the folder with no lock, which no
    later build deleted: one unlocked for a minute is deleted; one just made is its build's, and stays."""
    import os
    import time

    from builder import write
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old, new = tmp_path / f"{write.SCRATCH}mkdocs-old", tmp_path / f"{write.SCRATCH}mkdocs-new"
    for folder in (old, new):
        folder.mkdir()
        (folder / ".lock.partial").touch()
    os.utime(old, (time.time() - write.UNLOCKED - 5,) * 2)
    write.clear_killed()
    assert not old.exists() and new.exists()
