"""README's claims on the build cache and the compiled templates' folder, checked on real builds."""
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

from builder import cache, compiled, load
from tests.test_cache_store import _counting
from tests.test_invalid import MINI, run_dossier
from tests.test_cache import _files

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CARD = "content/facts/actual-length.yml"


def test_nothing_in_the_build_cache_is_keyed_by_a_files_time(tmp_path, monkeypatch):
    assert "Nothing in it is keyed by a file's time." in README
    project = tmp_path / "project"
    shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    assert run_dossier(project, "build").returncode == 0
    card = project / CARD
    before = card.stat()
    card.write_text(card.read_text(encoding="utf-8").replace("lasted over two hours", "ran past two hours"), "utf-8")
    os.utime(card, ns=(before.st_atime_ns, before.st_mtime_ns))  # an edit that keeps the file's time
    assert run_dossier(project, "build").returncode == 0
    assert "ran past two hours" in (project / "site" / "facts" / "actual-length.html").read_text(encoding="utf-8")
    for path in (project / "content").rglob("*"):
        os.utime(path)  # every file touched, none changed
    parsed = _counting(monkeypatch, load, "_load_file")
    assert run_dossier(project, "build").returncode == 0
    assert parsed == []


def test_a_compiled_templates_folder_of_another_user_is_not_used(tmp_path, monkeypatch):
    assert "The folder is not used when it belongs\nto another user or others can write to it" in README
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "dossier" / "jinja").mkdir(parents=True, mode=0o700)
    assert compiled.keep(jinja2.Environment()).bytecode_cache is not None
    uid = os.getuid()
    monkeypatch.setattr(compiled.os, "getuid", lambda: uid + 1)  # the folder's owner is now someone else
    assert compiled.keep(jinja2.Environment()).bytecode_cache is None


LIBRARIES = {"Jinja": "jinja2", "MarkupSafe": "markupsafe", "markdown-it-py": "markdown-it-py",
             "mdit-py-plugins": "mdit-py-plugins", "PyYAML": "pyyaml", "jsonschema": "jsonschema",
             "jsonschema-rs": "jsonschema-rs", "rapidfuzz": "rapidfuzz", "MkDocs": "mkdocs", "Material": "mkdocs-material",
             "Pagefind": "pagefind", "Babel": "babel", "orjson": "orjson"}


def test_the_cache_is_used_only_by_the_versions_the_readme_names(monkeypatch):
    """mdit-py-plugins makes the hand-written pages' heading ids, rapidfuzz the closest passage of a quote not found
    (a problem the cache keeps), Babel the languages' names on source pages: a new version of any may change what the
    cache holds."""
    said = " ".join(README.split("It is used only by the same builder code, templates and versions of ", 1)[1]
                    .split(": anything else starts afresh.", 1)[0].split())
    assert said == "Python, " + ", ".join(list(LIBRARIES)[:-1]) + " and orjson"
    real, before = cache.importlib.metadata.version, cache.code_key()
    for distribution in LIBRARIES.values():
        monkeypatch.setattr(cache.importlib.metadata, "version",
                            lambda name, changed=distribution: "0.0-other" if name == changed else real(name))
        assert cache.code_key() != before, distribution


def _build_with_the_cache_read_only(project: Path) -> subprocess.CompletedProcess:
    """``dossier build`` with .dossier-cache read-only: a folder without write permission, or for root (whom
    permissions do not stop) a read-only bind mount in a mount namespace of the build's own."""
    folder, build = project / ".dossier-cache", [sys.executable, "-m", "builder", "--project", str(project), "build"]
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            return subprocess.run(build, capture_output=True, text=True, timeout=120)
        finally:
            folder.chmod(0o755)
    if not shutil.which("unshare") or subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode:
        pytest.skip("root without the right to mount: permissions cannot make the cache read-only here")
    script = (f"mount --bind {shlex.quote(str(folder))} {shlex.quote(str(folder))} && "
              f"mount -o remount,bind,ro {shlex.quote(str(folder))} && exec {shlex.join(build)}")
    return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120)


def test_a_read_only_build_cache_is_read_but_not_updated_with_a_warning(tmp_path):
    assert "one that cannot be written\n(read-only) is read but not updated, with a warning" in README
    project = tmp_path / "project"
    shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    first = run_dossier(project, "build")
    assert first.returncode == 0
    card = project / CARD
    card.write_text(card.read_text(encoding="utf-8").replace("lasted over two hours", "ran past two hours"), "utf-8")
    kept = _files(project / ".dossier-cache")
    run = _build_with_the_cache_read_only(project)
    assert run.returncode == 0, run.stderr
    assert re.fullmatch(r"warning: the build cache in \S+ cannot be updated \(.+\); it is only read\n", run.stderr)
    assert _files(project / ".dossier-cache") == kept
    assert "ran past two hours" in (project / "site" / "facts" / "actual-length.html").read_text(encoding="utf-8")
    assert _written(run.stdout) < _written(first.stdout), "the cache was not read: every file was written again"


def _written(summary: str) -> int:
    return int(re.search(r"\((\d+) files written\)", summary).group(1))


def test_compiled_templates_are_kept_in_the_users_cache_folder_never_in_the_project(tmp_path):
    assert "The builder keeps them compiled in\n`$XDG_CACHE_HOME/dossier/jinja/`" in README
    project = tmp_path / "project"
    shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    run = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "build"], capture_output=True,
                         text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert len(list((tmp_path / "user-cache" / "dossier" / "jinja").rglob("*.jinja"))) > 40
    assert not [p for p in project.rglob("*") if p.suffix == ".jinja" or p.name.startswith("__jinja2_")]


def test_a_file_edited_by_hand_in_the_site_stays_until_its_page_changes_and_no_cache_writes_it_again(tmp_path):
    assert "a file edited there by hand is not noticed until its\n  page changes; `--no-cache` writes every file " \
           "again" in README
    project = tmp_path / "project"
    shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    assert run_dossier(project, "build").returncode == 0
    page = project / "site" / "facts" / "actual-length.html"
    built = page.read_text(encoding="utf-8")
    page.write_text(built + "<!-- by hand -->", encoding="utf-8")
    assert run_dossier(project, "build").returncode == 0
    assert page.read_text(encoding="utf-8").endswith("<!-- by hand -->")
    assert run_dossier(project, "build", "--no-cache").returncode == 0
    assert page.read_text(encoding="utf-8") == built


def test_suggest_reads_the_build_cache_and_no_cache_leaves_it_alone(tmp_path, monkeypatch):
    """`dossier suggest` checks the dossier as `dossier check` does, from the build cache: an editor adding an article
    to a dossier of 5,000 facts waited 40 s for the suggestions, 18 s with the cache and the memos of words."""
    assert "`dossier build`, `dossier check` and `dossier suggest` keep what they computed" in README
    project = tmp_path / "project"
    shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    assert run_dossier(project, "check").returncode == 0
    parsed = _counting(monkeypatch, load, "_load_file")
    assert run_dossier(project, "suggest", "beta").returncode == 0
    assert parsed == []
    stored = _files(project / ".dossier-cache")
    assert run_dossier(project, "suggest", "beta", "--no-cache").returncode == 0
    assert parsed and _files(project / ".dossier-cache") == stored
