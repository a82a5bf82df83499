"""What a careless or hostile user may do to a project besides its content: an output folder in the build cache,
a build cache tampered with. Each is reported, or worked around with a warning; never a traceback."""
from pathlib import Path

from tests.test_invalid import run_dossier
from tests.test_update import _project


def test_the_output_folder_cannot_be_the_build_cache(tmp_path):
    root = _project(tmp_path)
    for out in (root / ".dossier-cache", root / ".dossier-cache" / "site"):
        run = run_dossier(root, "build", "--out", str(out))
        assert run.returncode == 1
        assert "refusing to write the site here: it is the build cache (.dossier-cache)" in run.stderr
        assert not out.exists() or not (out / "index.html").exists()
