"""README's promises about what the builder prints and publishes, checked on real runs."""
import argparse
import re
import shlex
import shutil
from pathlib import Path

import pytest

from builder.cli import _parser
from tests.test_invalid import run_dossier

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDE = (ROOT / "content" / "pages" / "editing.md").read_text(encoding="utf-8")

# The two cards behind README's example error: an unknown speaker, and a quote with two digits swapped.
EXAMPLE_CARDS = {
    "x.yml": """# yaml-language-server: $schema=../schemas/fact.schema.json
summit: hamburg-2017
statement: "Lavrov said the Syria cease-fire would take effect at noon on July 9."
accounts:
  - source: rferl-putin-trump-agree
    quote: "that it would go into effect at noon on July 9"
    stance: attributes
    speaker: sergei-lavrov
""",
    "y.yml": """# yaml-language-server: $schema=../schemas/fact.schema.json
summit: hamburg-2017
statement: "The meeting was scheduled to last 53 minutes."
accounts:
  - source: rferl-putin-trump-agree
    quote: "Originally scheduled to last 53 minutes"
    stance: states
""",
}


def test_the_example_error_is_what_the_builder_prints(tmp_path):
    project = tmp_path / "dossier"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "site_config.yml", project)
    for name, text in EXAMPLE_CARDS.items():
        (project / "content" / "facts" / name).write_text(text, encoding="utf-8")
    example = re.search(r"for example:\n\n```text\n(.*?)```", README, re.S).group(1)
    proc = run_dossier(project, "check", "--no-cache")
    assert proc.returncode == 1
    assert proc.stderr == example


def test_materials_search_index_is_not_published(built_site):
    assert "`search/`\nholds no file" in README
    assert not [p for p in (built_site / "search").rglob("*") if p.is_file()]


def _commands() -> dict:
    """Each command's parser, with the arguments it adds only when it is the command run."""
    commands = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    for command in commands.values():
        if command.arguments:
            command.arguments(command)
    return commands


def test_each_commands_row_lists_exactly_its_options():
    for name, command in _commands().items():
        row = next(line for line in README.splitlines() if line.startswith(f"| `dossier {name}"))
        flags = {flag for action in command._actions for flag in action.option_strings} - {"-h", "--help", "--project"}
        written = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*[a-z]", row))
        assert flags - written == set(), f"dossier {name}: options the README's row leaves out"
        assert written - flags == set(), f"dossier {name}: options the README's row names that do not exist"


def _shown_commands(text: str) -> list[str]:
    """The `dossier …` lines of the text's fenced shell blocks, continuation lines joined."""
    blocks = re.findall(r"^```(?:sh|bash)\n(.*?)^```", text, re.S | re.M)
    lines = "\n".join(re.sub(r"\\\n\s*", " ", block) for block in blocks).splitlines()
    return [line for line in lines if re.match(r"(\.venv/bin/)?dossier ", line)]


@pytest.mark.parametrize("text", [README, GUIDE], ids=["README", "editing guide"])
def test_every_command_shown_is_a_valid_command_line(text):
    shown = _shown_commands(text)
    assert shown
    for line in shown:
        words = shlex.split(re.split(r"\s(?:[<>|]|2>)", line)[0], comments=True)  # redirections are the shell's
        try:
            _parser().parse_args(words[1:])
        except SystemExit:
            pytest.fail(f"not a valid command line: {line}")
