"""What `dossier serve` watches: the content and templates folders and site_config.yml, not the rest of the project
(its .venv, a link to / in it); saves by rename, folders made or replaced while it runs, are all seen."""
import dataclasses
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder import serve
from builder.config import load_config
from tests.test_serve import TIMEOUT, copy_mini, until

WAIT = 20  # seconds for an event to arrive on a busy machine


def _inotify_watches(under: Path) -> int:
    """How many inotify watches this process holds on ``under`` and the folders in it (not on others': a watcher
    closed, as the tests before close theirs, lets its watches go in a thread of its own, a moment later)."""
    inodes = {os.stat(folder).st_ino for folder, _, _ in os.walk(under)}
    count = 0
    for fd in os.listdir("/proc/self/fdinfo"):
        try:
            watches = re.findall(r"^inotify wd:\S+ ino:([0-9a-f]+) ", Path(f"/proc/self/fdinfo/{fd}").read_text(), re.M)
        except OSError:
            continue
        count += sum(int(inode, 16) in inodes for inode in watches)
    return count


@pytest.fixture
def watching(tmp_path):
    """The mini project and the batches of `dossier serve`'s events on it (watching has begun)."""
    project = copy_mini(tmp_path).resolve()
    preview = serve.Preview(serve.State(load_config(project), None), tmp_path / "empty", True)
    changes = serve.events(preview)
    assert next(changes) == set()
    yield project, changes, preview
    changes.close()


def _seen(changes, *paths: Path) -> set[str]:
    """The batches until every one of ``paths`` was named (the union of them)."""
    wanted, seen = {str(p) for p in paths}, set()
    deadline = time.monotonic() + WAIT
    while not wanted <= seen:
        assert time.monotonic() < deadline, f"no event named {sorted(wanted - seen)}; seen {sorted(seen)}"
        seen |= next(changes)
    return seen


def _folders(root: Path, count: int) -> None:
    for n in range(count):
        (root / f"d{n // 20}" / f"e{n}").mkdir(parents=True, exist_ok=True)


def test_only_the_content_and_templates_folders_are_watched_not_the_rest_of_the_project(tmp_path):
    project = copy_mini(tmp_path).resolve()
    _folders(project / ".venv", 300)  # a virtual environment in the project
    _folders(project / "node_modules", 300)
    outside = tmp_path / "outside"
    _folders(outside, 300)
    (project / "everything").symlink_to(outside)  # as a link to / would be
    (project / "content" / "facts" / "elsewhere").symlink_to(outside)  # a link out of the project in the content
    (project / "templates" / "assets" / "icons").mkdir(parents=True)
    folders = sum(1 for folder in ("content", "templates") for _ in os.walk(project / folder))
    preview = serve.Preview(serve.State(load_config(project), None), tmp_path / "empty", True)
    before = _inotify_watches(tmp_path)
    changes = serve.events(preview)
    next(changes)
    try:
        watches = _inotify_watches(tmp_path) - before
        assert watches == folders + 1, (watches, folders)  # and the project folder itself, not its subfolders
        card = project / "content/facts/actual-length.yml"
        card.write_text(card.read_text() + "\n")
        asset = project / "templates/assets/icons/a.svg"
        asset.write_text("<svg/>")
        seen = _seen(changes, card, asset)
        assert seen <= {str(card), str(asset)}, seen
    finally:
        changes.close()
    deadline = time.monotonic() + WAIT
    while _inotify_watches(tmp_path) != before and time.monotonic() < deadline:  # the watcher's thread lets them go
        time.sleep(0.05)
    assert _inotify_watches(tmp_path) == before  # stopped with the preview


def test_a_save_by_rename_is_seen_as_editors_save(watching):
    project, changes, _ = watching
    card = project / "content/facts/actual-length.yml"
    temporary = card.with_name(".actual-length.yml.tmp")  # an IDE: a new file renamed over the old one
    temporary.write_text(card.read_text().replace("over two hours", "past two hours"))
    os.replace(temporary, card)
    assert str(card) in _seen(changes, card)
    backup = card.with_name(card.name + "~")  # vim: the old file renamed to a backup, a new one written
    os.rename(card, backup)
    card.write_text(backup.read_text())
    backup.unlink()
    assert str(card) in _seen(changes, card)


def test_a_folder_made_after_the_start_is_watched_and_its_files_named(watching):
    project, changes, _ = watching
    assert not (project / "templates").exists()
    made = project / "templates.new"
    (made / "assets").mkdir(parents=True)
    (made / "assets" / "extra.css").write_text("body { color: red }")  # there before the folder is watched
    os.rename(made, project / "templates")
    css = project / "templates/assets/extra.css"
    _seen(changes, css)
    time.sleep(0.3)
    css.write_text("body { color: blue }")  # an edit in place in the new folder
    assert str(css) in _seen(changes, css)
    (project / "templates/assets/more").mkdir()  # a folder made inside it
    more = project / "templates/assets/more/x.css"
    more.write_text("a {}")
    _seen(changes, more)
    time.sleep(0.3)
    more.write_text("b {}")
    _seen(changes, more)


def test_site_config_replaced_by_a_rename_is_seen_and_watched_after(watching):
    project, changes, _ = watching
    config = project / "site_config.yml"
    temporary = project / "site_config.yml.swp"
    temporary.write_text(config.read_text() + "language: en\n")
    os.replace(temporary, config)
    _seen(changes, config)
    time.sleep(0.3)
    with config.open("a") as file:
        file.write("# edited in place\n")
    _seen(changes, config)


def test_the_content_folder_replaced_whole_names_every_file_and_is_watched_after(watching):
    project, changes, _ = watching
    content = project / "content"
    shutil.copytree(content, project / "content.new")
    os.rename(content, project / "content.old")
    os.rename(project / "content.new", content)  # as a `git checkout` of another branch, or a sync tool, does
    cards = sorted((content / "facts").glob("*.yml"))
    _seen(changes, *cards, content / "sources" / "alpha.md")  # saved before the new folder was watched
    time.sleep(0.3)
    cards[0].write_text(cards[0].read_text() + "\n")
    _seen(changes, cards[0])
    shutil.rmtree(content)  # deleted: nothing to watch under it, but its making again is seen
    content.mkdir()
    (content / "facts").mkdir()
    card = content / "facts" / "new.yml"
    card.write_text("id: new\n")
    _seen(changes, card)


def test_a_content_folder_named_anew_in_site_config_is_watched(watching):
    project, changes, preview = watching
    shutil.copytree(project / "content", project / "notes")
    (project / "site_config.yml").write_text((project / "site_config.yml").read_text() + "content_dir: notes\n")
    _seen(changes, project / "site_config.yml")
    preview.state = serve.State(load_config(project), None)  # as the rebuild after it does
    card = project / "notes/facts/actual-length.yml"
    assert str(card) in _seen(changes, card)  # every file of the folder now named
    time.sleep(0.3)
    card.write_text(card.read_text() + "\n")
    _seen(changes, card)


def test_the_folder_an_error_asks_for_made_at_the_top_of_the_project_rebuilds(watching):
    """site_config.yml names `content_dir: notes`, not there yet: the error says to create it. Made, it was never
    noticed (the folders watched are those of the last configuration that loaded) until site_config.yml was saved
    again. While the preview shows an error, a folder made at the top of the project rebuilds."""
    project, changes, preview = watching
    preview.state = dataclasses.replace(preview.state, errors=("1. site_config.yml:10:1: the content folder 'notes' "
                                                               "does not exist; create it",))
    time.sleep(0.3)
    shutil.copytree(project / "content", project / "notes")
    _seen(changes, project / "site_config.yml")


# `dossier serve` whose first build meets Ctrl-C where Python loses the KeyboardInterrupt (in a weakref callback
# run by an import, as seen once in a dozen Ctrl-C at random moments): the handler runs, its exception goes nowhere.
LOST_CTRL_C = """
import signal, sys
from builder import cli, serve
rebuild = serve.rebuild
def first(*args):
    serve.rebuild = rebuild
    try:
        signal.getsignal(signal.SIGINT)(signal.SIGINT, None)
    except KeyboardInterrupt:
        pass  # lost, as "Exception ignored in: <function _get_module_lock.<locals>.cb>" loses it
    return rebuild(*args)
serve.rebuild = first
sys.exit(cli.main(sys.argv[1:]))
"""


def test_ctrl_c_whose_keyboard_interrupt_was_lost_still_stops_the_preview(tmp_path):
    import subprocess
    import sys
    project = copy_mini(tmp_path)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    process = subprocess.Popen([sys.executable, "-c", LOST_CTRL_C, "--project", str(project), "serve", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "TMPDIR": str(scratch)})
    try:
        out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("Ctrl-C was lost: the preview went on serving")
    assert process.returncode == 0 and out.rstrip().endswith("Stopped.") and "Traceback" not in err, err
    assert until(lambda: not any(scratch.iterdir()))


LOST_WHILE_WATCHING = """
import signal, sys
from builder import cli, serve
watch, number = serve.watch, int(sys.argv.pop())
def lost(*args):
    try:
        signal.getsignal(number)(number, None)
    except KeyboardInterrupt:
        pass  # lost, as in an import's weakref callback
    return watch(*args)
serve.watch = lost
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_stop_whose_exception_was_lost_while_watching_still_stops_the_preview(tmp_path, number):
    """SIGHUP (the terminal closed) went on serving when its exception was lost; the preview ends with 0, as when
    stopped: running until stopped is what it is for."""
    project = copy_mini(tmp_path)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    process = subprocess.Popen([sys.executable, "-c", LOST_WHILE_WATCHING, "--project", str(project), "serve",
                                "--port", "0", str(int(number))], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "TMPDIR": str(scratch)})
    try:
        out, err = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"signal {number} was lost: the preview went on serving")
    assert process.returncode == 0 and out.rstrip().endswith("Stopped.") and "Traceback" not in err, err
    assert until(lambda: not any(scratch.iterdir()))


@pytest.mark.parametrize("name, seen", [("x.yml", True), ("x.yml~", False), ("#x.yml#", False), (".x.yml.swp", False), ("~$x.yml", False),
                                        ("#", True)])
def test_editors_backups_and_auto_saves_rebuild_nothing(tmp_path, name, seen):
    project = copy_mini(tmp_path).resolve()
    assert serve.watched(load_config(project), project / "content" / "facts" / name) is seen


def test_where_no_more_watches_are_allowed_the_folders_are_polled(monkeypatch, tmp_path, capsys):
    """inotify's limit reached (other programs hold the watches): a warning, and the folders checked every 0.3 s."""
    real = serve.RustNotify
    made = []

    def limited(folders, debug, polling, delay, recursive, ignore_denied):
        made.append(polling)
        if not polling:
            raise OSError(28, "OS file watch limit reached")
        return real(folders, debug, polling, delay, recursive, ignore_denied)
    monkeypatch.setattr(serve, "RustNotify", limited)
    project = copy_mini(tmp_path / "polled").resolve()
    preview = serve.Preview(serve.State(load_config(project), None), tmp_path / "empty", True)
    changes = serve.events(preview)
    assert next(changes) == set() and made == [False, True]
    assert "warning: cannot watch the project's folders for changes" in capsys.readouterr().err
    time.sleep(0.5)
    card = project / "content/facts/actual-length.yml"
    card.write_text(card.read_text() + "\n")
    _seen(changes, card)
    changes.close()


def test_a_folder_made_while_the_watcher_starts_is_watched(tmp_path, monkeypatch):
    """`cp -r` of a tree into the content: a folder made after the folders were listed, before they were watched,
    was seen by neither; the folders are listed again once watched."""
    project = copy_mini(tmp_path).resolve()
    late = project / "templates" / "assets" / "late"
    (project / "templates" / "assets").mkdir(parents=True)
    real = serve._notify

    def slow_start(folders):
        late.mkdir(exist_ok=True)  # made meanwhile
        return real(folders)
    monkeypatch.setattr(serve, "_notify", slow_start)
    preview = serve.Preview(serve.State(load_config(project), None), tmp_path / "empty", True)
    changes = serve.events(preview)
    next(changes)
    try:
        time.sleep(0.3)
        (late / "x.css").write_text("a {}")
        _seen(changes, late / "x.css")
    finally:
        changes.close()


def test_after_a_failed_build_the_configuration_read_is_the_one_watched(tmp_path):
    """site_config.yml names a templates folder of its own whose template fails: the build fails, and the folders
    watched stayed the last good configuration's, so that fixing the template in the new folder was never noticed."""
    project = copy_mini(tmp_path).resolve()
    (project / "mine").mkdir()
    (project / "mine" / "fact.md").write_text("{{ 1 / 0 }}\n")
    first = serve.State(load_config(project), None)
    (project / "site_config.yml").write_text((project / "site_config.yml").read_text() + "templates_dir: mine\n")
    indexer = serve.Indexer(tmp_path / "search")
    try:
        state = serve.rebuild(first, tmp_path / "site", lambda problems: None, indexer)
    finally:
        indexer.stop()
    assert state.errors and "fact.md" in state.errors[0]
    assert state.config.templates == project / "mine"
