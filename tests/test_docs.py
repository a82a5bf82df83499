"""The documentation is tested: every command, option and schema is documented and the guide works."""
import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.cli import _parser
from builder.config import options

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDE = (ROOT / "content" / "pages" / "editing.md").read_text(encoding="utf-8")


def test_every_config_option_is_documented():
    for option in options():
        assert f"| `{option.name}` |" in README, option.name


def test_every_command_and_flag_is_documented():
    commands = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in commands.choices.items():
        assert f"`dossier {name}" in README, name
        for action in sub._actions:
            for flag in action.option_strings:
                if flag not in ("-h", "--help"):
                    assert flag in README, f"{name} {flag}"


def test_published_schemas_match_the_builders():
    for schema in (ROOT / "builder" / "schemas").glob("*.json"):
        assert (ROOT / "content" / "schemas" / schema.name).read_text() == schema.read_text(), schema.name


def test_every_yaml_file_names_its_schema():
    for path in (ROOT / "content").glob("*/*.yml"):
        kind = {"facts": "fact", "speakers": "speaker", "summits": "summit"}[path.parent.name]
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json", path


def test_the_guides_example_fact_passes_check(tmp_path):
    project = tmp_path / "dossier"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "site_config.yml", project)
    example = re.search(r"```yaml\n(.*?)```", GUIDE, re.S).group(1)
    (project / "content" / "facts" / "hamburg-meeting-length.yml").write_text(example, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "check", "--strict"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "86 facts" in proc.stdout


@pytest.mark.parametrize("command", ["./scripts/build", "./scripts/test"])
def test_readme_gives_the_two_setup_commands(command):
    assert f"{command} " in README


def test_the_project_layout_lists_every_module():
    layout = README.split("## Project layout", 1)[1].split("```", 2)[1]
    listed = set(re.findall(r"^\s+(\w+\.py)\s", layout, re.M))
    modules = {p.name for p in (ROOT / "builder").glob("*.py")} - {"__init__.py", "__main__.py"}
    assert modules - listed == set()


def test_the_guides_example_error_is_what_check_prints(tmp_path):
    project = tmp_path / "dossier"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "site_config.yml", project)
    card = re.search(r"```yaml\n(.*?)```", GUIDE, re.S).group(1)
    typo = re.search(r'quoted "(.*?)", `dossier check` would print', GUIDE.replace("\n", " ")).group(1)
    assert card.count(typo.replace("*ran*", "went")) == 1
    (project / "content" / "facts" / "hamburg-meeting-length.yml").write_text(
        card.replace(typo.replace("*ran*", "went"), typo.replace("*", "")), encoding="utf-8")
    example = "".join(line + "\n" for line in re.findall(r"^> `(.*?)`", GUIDE.split("would print:", 1)[1], re.M))
    proc = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "check", "--no-cache"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr == example


def test_the_ci_paragraph_names_the_commands_ci_runs():
    import yaml
    ci = " ".join(README.split("**CI.**", 1)[1].split("\n\n", 1)[0].split())
    command = re.search(r"^exec (.+)$", (ROOT / ".ci" / "run").read_text(encoding="utf-8"), re.M).group(1)
    assert f"`.ci/run` runs `{command}`." in ci
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    runs = [step["run"] for step in workflow["jobs"]["test"]["steps"] if "run" in step]
    assert ".ci/run" in runs, "CI on GitHub runs the tests as .ci/run does (which installs the Nu HTML Checker)"
    named = [run for run in runs if run.split()[0] in ("pip", "dossier", ".ci/run")]
    assert [f"`{run}`" in ci for run in named] == [True] * len(named), named


def test_a_test_that_hangs_shows_where_it_waits(pytestconfig):
    ci = " ".join(README.split("**CI.**", 1)[1].split("\n\n", 1)[0].split())
    assert "A test still running after five minutes has the stacks of every thread printed" in ci
    assert float(pytestconfig.getini("faulthandler_timeout")) == 5 * 60


def test_the_pins_the_readme_names_are_pyprojects():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pins = re.findall(r"`([a-z][\w.-]*==[\w.]+)`", README)
    assert {pin.split("==")[0] for pin in pins} >= {"mkdocs", "mkdocs-material"}
    for pin in pins:
        assert f'"{pin}"' in pyproject, pin
