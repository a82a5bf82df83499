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
