"""The CI set-up: the GitHub workflow lints clean and .ci/run runs README's test command."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_actionlint_is_clean():
    actionlint = Path(sys.executable).parent / "actionlint"
    assert actionlint.exists(), "actionlint missing: pip install -e '.[test]'"
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    proc = subprocess.run([str(actionlint), *workflows], cwd=ROOT, capture_output=True, text=True)
    assert (proc.returncode, proc.stdout + proc.stderr) == (0, "")


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "./scripts/build" in readme and "./scripts/test" in readme
    assert "./scripts/test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _steps(job: str) -> list[dict]:
    import yaml
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    return workflow["jobs"][job]["steps"]


def test_ci_checks_out_the_whole_history():
    checkout = next(s for s in _steps("test") if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0


def test_ci_builds_the_site_with_the_pages_address():
    steps = _steps("test")
    pages = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in steps if s.get("run", "").startswith("dossier build"))
    assert steps.index(pages) < steps.index(build)
    assert '--site-url "$SITE_URL"' in build["run"]
    assert build["env"]["SITE_URL"] == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"


def test_a_site_url_that_is_not_http_is_refused(tmp_path):
    from tests.test_invalid import MINI, run_dossier
    proc = run_dossier(MINI, "build", "--out", str(tmp_path / "site"), "--allow-outside", "--site-url", "ftp://x.org")
    assert proc.returncode == 1
    assert proc.stderr.startswith("1. --site-url: option 'site_url' is 'ftp://x.org'; use an address starting with https://")
    assert not (tmp_path / "site").exists()


def test_the_set_up_byte_compiles_every_module_of_the_builder(tmp_path):
    """README, Performance: `./scripts/build` and `./scripts/test` byte-compile the builder, so that a machine with
    PYTHONDONTWRITEBYTECODE set does not compile its modules again on every run."""
    assert "set-up (`./scripts/build`, `./scripts/test`) byte-compiles the builder" in " ".join(
        (ROOT / "README.md").read_text(encoding="utf-8").split())
    import shutil
    shutil.copytree(ROOT / "builder", tmp_path / "builder", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").symlink_to(sys.executable)
    proc = subprocess.run(["bash", "-c", f"source {ROOT / 'scripts' / '_venv.sh'} && compile_builder"],
                          cwd=tmp_path, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin",
                                                                             "PYTHONDONTWRITEBYTECODE": "1"})
    assert proc.returncode == 0, proc.stderr
    modules = {p.relative_to(tmp_path).with_suffix("") for p in (tmp_path / "builder").rglob("*.py")}
    compiled = {(p.parent.parent / p.name.split(".")[0]).relative_to(tmp_path)
                for p in (tmp_path / "builder").rglob("__pycache__/*.pyc")}
    assert modules and compiled == modules
    proc = subprocess.run(["grep", "-c", "compile_builder$", str(ROOT / "scripts" / "_venv.sh")], capture_output=True,
                          text=True)
    assert proc.stdout.strip() == "1", "ensure_venv (used by scripts/build and scripts/test) calls compile_builder"


def test_ci_s_build_steps_build_the_site_with_its_offline_zip_and_briefings(tmp_path):
    """The step wrote the offline zip into site/, which a build refuses (it replaces that folder): every CI run
    failed at it. Run as CI runs it and the step after it, on the mini project, without a Pages address (a pull
    request)."""
    import os
    import shutil
    import zipfile
    project, temp = tmp_path / "project", tmp_path / "runner-temp"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    temp.mkdir()
    steps = _steps("test")
    build = next(i for i, s in enumerate(steps) if s.get("run", "").startswith("dossier build"))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "RUNNER_TEMP": str(temp), "SITE_URL": ""}
    for step in steps[build:build + 2]:  # the build, and the copy of the zip into the site
        done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=project, env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
    assert (project / "site" / "briefings" / "hamburg.pdf").is_file()
    with zipfile.ZipFile(project / "site" / "dossier-offline.zip") as offline:
        assert "dossier-offline/index.html" in offline.namelist()
