"""README's promises about what the builder prints and publishes, checked on real runs."""
import re
import shutil
from pathlib import Path

from tests.test_invalid import run_dossier

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

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
