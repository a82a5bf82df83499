"""What a `dossier build` process spends besides building. Jinja's compiled templates are kept per user
(builder/compiled.py): the site is the same with them, without them and with a damaged one, and a build that
cannot keep them works as before. Modules only other commands need are not imported by a build. Python's cycle
collector is paused while a build runs."""
import os
import subprocess
import sys
from pathlib import Path

import jinja2

from builder import compiled

ROOT = Path(__file__).resolve().parent.parent


def _build(out: Path, cache_home: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    proc = subprocess.run([sys.executable, "-m", "builder", "build", "--out", str(out), "--allow-outside", "--no-cache"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"build failed:\n{proc.stdout}\n{proc.stderr}"


def _files(site: Path) -> dict:
    return {p.relative_to(site): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_compiled_templates_are_kept_per_user_reused_and_change_nothing(tmp_path):
    home = tmp_path / "cache"
    _build(tmp_path / "first", home)
    kept = sorted((home / "dossier" / "jinja").rglob("*.jinja"))
    assert len(kept) > 40, "Material's templates and the project's should be kept"

    damaged, others = kept[0], kept[1:]
    damaged.write_bytes(b"j2 not a compiled template")
    times = {p: p.stat().st_mtime_ns for p in others}
    _build(tmp_path / "second", home)
    assert _files(tmp_path / "second") == _files(tmp_path / "first")
    assert {p: p.stat().st_mtime_ns for p in others} == times, "kept templates were compiled again, not reused"
    assert damaged.read_bytes().startswith(b"j2") and len(damaged.read_bytes()) > 100, "the damaged one is rewritten"


def test_a_build_that_cannot_keep_compiled_templates_works_and_writes_the_same_site(tmp_path):
    blocked = tmp_path / "a-file"  # XDG_CACHE_HOME pointing at a file: no folder can be made there
    blocked.write_text("")
    _build(tmp_path / "without", blocked)
    _build(tmp_path / "with", tmp_path / "cache")
    assert _files(tmp_path / "without") == _files(tmp_path / "with")
    assert blocked.read_text() == ""


def test_a_cache_folder_others_can_write_to_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "dossier" / "jinja").mkdir(parents=True)
    (tmp_path / "dossier" / "jinja").chmod(0o777)
    assert compiled.keep(jinja2.Environment()).bytecode_cache is None
    (tmp_path / "dossier" / "jinja").chmod(0o700)
    assert compiled.keep(jinja2.Environment()).bytecode_cache is not None


def test_a_build_does_not_import_what_only_suggest_new_and_serve_need(tmp_path):
    """Nor the reading of figures in prose, whose patterns take 0.1 s to compile: the reference's cards read none."""
    probe = ("import sys; from builder import cli; cli.main(sys.argv[1:]); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('wordfreq', 'rapidfuzz', 'ruamel') "
             "or m in ('builder.suggest', 'builder.review', 'builder.scaffold', 'builder.serve', 'builder.attribution', "
             "'builder.article', 'builder.chrome', 'builder.prose_figures', 'http.server')))")
    proc = subprocess.run([sys.executable, "-c", probe, "build", "--out", str(tmp_path / "site"), "--allow-outside",
                           "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "[]", proc.stdout


def test_the_cycle_collector_is_paused_while_the_dossier_is_checked_and_runs_while_pages_are_rendered(tmp_path,
                                                                                                       monkeypatch):
    """Checking makes many objects and few cycles; rendering leaves Jinja's cycles, collected as it goes (in each
    forked worker too), with what the check made frozen out of the collector's sight."""
    import gc
    from builder import pipeline
    from builder.config import load_config
    seen, link, render_site = [], pipeline.link, pipeline.render_site
    monkeypatch.setattr(pipeline, "link", lambda *args: seen.append(("check", gc.isenabled())) or link(*args))
    monkeypatch.setattr(pipeline, "render_site", lambda *args: seen.append(
        ("render", gc.isenabled(), gc.get_freeze_count() > 0)) or render_site(*args))
    gc.unfreeze()
    pipeline.build(load_config(ROOT / "tests/fixtures/mini"), tmp_path / "site", allow_outside=True, index=False)
    assert seen == [("check", False), ("render", True, True)] and gc.isenabled()
