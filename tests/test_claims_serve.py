"""README's live preview claims, on a running `dossier serve`."""
import signal
from pathlib import Path

from tests.test_serve import copy_mini, serving

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_sigterm_stops_the_preview_and_deletes_its_temporary_folder(tmp_path):
    assert "Ctrl-C (or SIGTERM) stops it and deletes the temporary folder" in README
    with serving(copy_mini(tmp_path), tmp_path) as server:
        assert server.get("index.html")[0] == 200
        assert any((tmp_path / "serve-tmp").iterdir()), "the preview builds into a temporary folder"
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=15)
    assert "Traceback" not in server.err.read_text()
    assert not any((tmp_path / "serve-tmp").iterdir()), "the temporary build folder was left behind"
