"""The Nu HTML Checker finds no error in the built site but the theme's own (listed in README.md)."""
import json
import os
import shutil
import subprocess
from pathlib import Path

from builder import pipeline
from builder.config import load_config

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = Path(os.environ.get("VNU_JAR", ROOT / ".vnu/node_modules/vnu-jar/build/dist/vnu.jar"))
# Material's base.html puts autocomplete="off" on its two checkbox toggles (README: "Valid HTML")
UPSTREAM = ('Attribute “autocomplete” is only allowed when the input type is', 'type="checkbox" id="__')


def test_the_reference_site_has_no_html_errors_of_its_own(tmp_path):
    assert VNU_JAR.is_file(), "vnu.jar is missing: run ./scripts/test, which installs it with npm"
    assert shutil.which("java"), "the Nu HTML Checker needs Java"
    pipeline.build(load_config(ROOT), tmp_path / "site", allow_outside=True)
    run = subprocess.run(["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
                          str(tmp_path / "site")], capture_output=True, text=True, timeout=600)
    messages = json.loads(run.stderr or run.stdout)["messages"]
    ours = [f"{m['url'].rsplit('/site/', 1)[-1]}: {m['message']} ({m.get('extract', '').strip()[:80]})"
            for m in messages if not (m["message"].startswith(UPSTREAM[0]) and UPSTREAM[1] in m.get("extract", ""))]
    assert ours == [], "\n".join(ours[:20])
    assert any(m["message"].startswith(UPSTREAM[0]) for m in messages), "the theme's error is gone: update README"
