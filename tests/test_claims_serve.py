"""README's live preview claims, on a running `dossier serve`."""
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.test_invalid import run_dossier
from tests.test_serve import TIMEOUT, copy_mini, edit, serving, until

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_sigterm_stops_the_preview_and_deletes_its_temporary_folder(tmp_path):
    assert "Ctrl-C (or SIGTERM) stops it and deletes the temporary folder" in README
    with serving(copy_mini(tmp_path), tmp_path) as server:
        assert server.get("index.html")[0] == 200
        assert any((tmp_path / "serve-tmp").iterdir()), "the preview builds into a temporary folder"
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=TIMEOUT)
    assert "Traceback" not in server.err.read_text()
    assert until(lambda: not any((tmp_path / "serve-tmp").iterdir())), "the temporary build folder was left behind"


def test_a_content_error_is_printed_in_the_terminal_as_check_prints_it(tmp_path):
    assert "A content error is printed in the\nterminal in the numbered lines `dossier check` prints" in README
    project = copy_mini(tmp_path)
    with serving(project, tmp_path) as server:
        seen = server.version()
        edit(project / "content/facts/ceasefire.yml", "speaker: smith\naccounts", "speaker: nobody\naccounts")
        server.next_build(seen)
        shown = server.err.read_text(encoding="utf-8")
    checked = run_dossier(project, "check").stderr
    lines, count = checked.rsplit("\n", 2)[:2]
    assert lines.startswith("1. content/facts/ceasefire.yml:5:1: speaker 'nobody' is unknown") and count.startswith("1 error")
    assert shown == lines + "\n"


def test_the_folder_a_killed_preview_left_is_deleted_by_the_next_build(tmp_path):
    assert ("the folder a preview killed with kill -9 left is\ndeleted by the next `dossier serve` or `dossier build`"
            in README)
    project = copy_mini(tmp_path)
    with serving(project, tmp_path) as server:
        assert server.get("index.html")[0] == 200
        server.process.kill()
        server.process.wait(timeout=TIMEOUT)
    left = list((tmp_path / "serve-tmp").iterdir())
    assert left, "a preview killed with kill -9 leaves its temporary folder"
    build = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "build"], capture_output=True,
                           text=True, env={**os.environ, "TMPDIR": str(tmp_path / "serve-tmp")}, timeout=120)
    assert build.returncode == 0, build.stderr
    assert until(lambda: not [folder for folder in left if folder.exists()])
