"""Bad input, one folder per case: `dossier check` must fail with exactly the messages in expected.txt.

A case folder under tests/invalid/ holds only what differs from tests/fixtures/mini:
  - content files and site_config.yml, copied over a fresh copy of the mini project;
  - DELETE (optional): paths to remove from that copy, one a line;
  - ARGS (optional): the command to run instead of `check`, e.g. `check --strict`;
  - expected.txt: the exact standard error, problems numbered, then the summary line (the project folder as
    PROJECT).
Files too big to commit are made by GENERATED below. Cases under tests/invalid/accepted/ are
inputs that look odd but are valid: `dossier check` must pass them with nothing on standard error.

Refresh the expected messages after a deliberate change with
    DOSSIER_UPDATE_EXPECTED=1 .venv/bin/python -m pytest tests/test_invalid.py
and read the diff before committing it.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from builder.cli import main
from builder.load import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"
CASES = ROOT / "tests" / "invalid"
ACCEPTED = CASES / "accepted"
META = {"expected.txt", "ARGS", "DELETE"}
UPDATE = os.environ.get("DOSSIER_UPDATE_EXPECTED") == "1"


def _huge_source(root: Path) -> None:
    """A source just over the size limit: valid front matter, then filler paragraphs."""
    front = "---\ntitle: Huge\noutlet: unknown\nauthor: unknown\npublished: unknown\nlanguage: en\n---\n"
    filler = "All work and no play makes a long article.\n\n"
    text = front + filler * (MAX_BYTES // len(filler) + 1)
    (root / "content" / "sources" / "huge.md").write_text(text, encoding="utf-8")


def _dangling_link(root: Path) -> None:
    """A source that cannot be read: a symbolic link to a file that does not exist."""
    (root / "content" / "sources" / "gone.md").symlink_to(root / "nowhere.md")


def _link_to_passwd(root: Path) -> None:
    """A card that is a link to a file outside the project: its first line would be quoted in the message."""
    (root / "content" / "speakers" / "passwd.yml").symlink_to("/etc/passwd")


def _folder_link_outside(root: Path) -> None:
    """content/pages a link to a folder outside the project."""
    shutil.rmtree(root / "content" / "pages")
    (root / "content" / "pages").symlink_to("/etc")


def _link_loop(root: Path) -> None:
    (root / "content" / "speakers" / "loop.yml").symlink_to("loop.yml")


def _folder_named_as_card(root: Path) -> None:
    (root / "content" / "speakers" / "brown.yml").mkdir()


def _kind_folder_is_file(root: Path) -> None:
    shutil.rmtree(root / "content" / "pages")
    (root / "content" / "pages").write_text("about.md\n")


def _name_not_utf8(root: Path) -> None:
    speakers = os.fsencode(root / "content" / "speakers")
    os.rename(speakers + b"/jones.yml", speakers + b"/jo\xffnes.yml")


def _id_too_long(root: Path) -> None:
    """A card whose file name the file system allows, but not its page's: '<id>.html' would be 256 bytes."""
    facts = root / "content" / "facts"
    os.rename(facts / "ceasefire.yml", facts / ("ceasefire-" + "x" * 241 + ".yml"))


GENERATED = {"id-too-long": _id_too_long, "enormous-source": _huge_source, "unreadable-file": _dangling_link, "link-outside-project": _link_to_passwd,
             "folder-link-outside-project": _folder_link_outside, "link-loop": _link_loop,
             "folder-named-as-card": _folder_named_as_card, "kind-folder-is-file": _kind_folder_is_file,
             "file-name-not-utf8": _name_not_utf8}


def make_case(case: Path, tmp_path: Path) -> Path:
    """A fresh copy of the mini project with the case's files laid over it; its root."""
    root = tmp_path / "project"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    for path in sorted(case.rglob("*")):
        rel = path.relative_to(case)
        if path.is_file() and rel.as_posix() not in META:
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    delete = case / "DELETE"
    for line in delete.read_text(encoding="utf-8").splitlines() if delete.exists() else ():
        if line.strip():
            target = root / line.strip()
            shutil.rmtree(target) if target.is_dir() else target.unlink()
    if case.name in GENERATED:
        GENERATED[case.name](root)
    return root


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def run_dossier(root: Path, *args: str) -> Run:
    """``dossier --project root ARGS``, run in this process (an uncaught exception fails the test)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["--project", str(root), *args])
    return Run(code, out.getvalue(), err.getvalue())


def run_dossier_process(root: Path, *args: str) -> subprocess.CompletedProcess:
    """``python -m builder --project root ARGS`` in a fresh interpreter, its output read as UTF-8."""
    cmd = [sys.executable, "-m", "builder", "--project", str(root), *args]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, encoding="utf-8", env=env, timeout=60)


def _cases(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and p != ACCEPTED)


def _args(case: Path) -> list[str]:
    return (case / "ARGS").read_text(encoding="utf-8").split() if (case / "ARGS").exists() else ["check"]


@pytest.mark.parametrize("case", _cases(CASES), ids=lambda p: p.name)
def test_invalid_project_fails_with_exact_messages(case: Path, tmp_path: Path):
    root, args = make_case(case, tmp_path), _args(case)
    lenient = run_dossier(root, *[a for a in args if a != "--strict"]) if "--strict" in args else None
    proc = run_dossier(root, *args)
    if lenient is not None:  # a warning: fatal only under --strict
        assert lenient.returncode == 0, lenient.stdout + lenient.stderr
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    stderr = proc.stderr.replace(str(root.resolve()), "PROJECT")  # a message naming the project folder
    if UPDATE:
        (case / "expected.txt").write_text(stderr, encoding="utf-8")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert stderr == (case / "expected.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", _cases(ACCEPTED), ids=lambda p: p.name)
def test_odd_but_valid_project_passes(case: Path, tmp_path: Path):
    proc = run_dossier(make_case(case, tmp_path), "check", "--strict")
    assert (proc.returncode, proc.stderr) == (0, ""), proc.stderr
    assert proc.stdout.startswith("OK: ")


def test_every_case_has_expected_messages():
    for case in _cases(CASES):
        assert (case / "expected.txt").is_file(), f"{case.name} has no expected.txt"
    assert len(_cases(CASES)) >= 50


PLACE = re.compile(r"^\d+\. [^:]+:\d+(:\d+)?: \S")
SUMMARY = re.compile(r"\d+ error\(s\); nothing was written\.")
NO_LINE = {"config-missing"}  # the file is not there: there is no line to name


def test_every_message_names_file_and_line():
    for case in _cases(CASES):
        lines = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
        assert SUMMARY.fullmatch(lines.pop()), f"{case.name}: no summary line"
        assert lines, case.name
        for line in lines:
            assert case.name in NO_LINE or PLACE.match(line), f"{case.name}: {line}"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_failed_build_leaves_the_existing_site_untouched(tmp_path: Path):
    root = tmp_path / "project"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    out = root / "out"
    first = run_dossier_process(root, "build", "--out", str(out))
    assert first.returncode == 0, first.stderr
    before = _snapshot(out)
    assert "index.html" in before
    fact = root / "content" / "facts" / "actual-length.yml"
    fact.write_text(fact.read_text(encoding="utf-8").replace("source: beta", "source: gamma"), encoding="utf-8")
    second = run_dossier_process(root, "build", "--out", str(out))
    assert second.returncode == 1
    assert "Traceback" not in second.stderr
    assert second.stderr.endswith("1 error(s); nothing was written.\n")
    assert _snapshot(out) == before


def test_the_fast_schema_check_agrees_with_jsonschema_on_every_case():
    """jsonschema-rs decides which documents pass (builder/schema.py); jsonschema describes what is wrong with
    the others: on every content file of the corpus, the fixtures and the reference dossier, both agree, but
    where jsonschema-rs cannot tell (an infinite number) and leaves it to jsonschema."""
    from builder import load, schema
    from builder.problems import Problems
    docs = []
    for content in [*CASES.rglob("content"), MINI / "content", ROOT / "content"]:
        if content.is_dir():
            docs += [d for d in load.load(content, Problems()) if not d.broken]
    assert len(docs) > 150
    for doc in docs:
        name = schema.SCHEMA_NAMES[doc.kind]
        expected = not any(schema._validator(name).iter_errors(doc.data))
        assert schema._valid(name, doc.data) == expected or "not-finite" in str(doc.where.path), doc.where
    assert any(not schema._valid(schema.SCHEMA_NAMES[d.kind], d.data) for d in docs)


def test_editors_schema_lines_accept_a_time_or_a_date_written_as_text():
    """An editor's schema line reads the card as YAML 1.2, where 13:30 and 2026-04-02 are text: the fact schema lets
    a figure be a time or a date written so (`dossier check` then reads it by the card's quantity), and no other
    text."""
    import json

    import jsonschema

    from builder import schema
    card = {"summit": "s", "statement": "It began.", "topics": ["t"], "quantity": "date",
            "accounts": [{"source": "a", "quote": "q", "stance": "states", "value": {}}]}
    for figure, valid in (("2026-04-02", True), ("13:30", True), (" 09:05 ", True), ("1,200", False),
                          ("2 April", False), (1200, True)):
        card["accounts"][0]["value"] = {"exact": figure}
        errors = list(jsonschema.Draft202012Validator(json.loads(schema.schema_text("fact"))).iter_errors(card))
        assert not errors == valid, figure
