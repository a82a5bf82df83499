"""Fact pages date each card from git, and say "history unavailable" in a shallow clone rather than lie."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from builder.history import file_dates
from tests.test_invalid import MINI, run_dossier

GIT_ENV = {"GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org", "GIT_COMMITTER_NAME": "Editor",
           "GIT_COMMITTER_EMAIL": "editor@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def _git(root: Path, *args: str, day: str = "2020-01-02") -> None:
    env = {**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": f"{day}T12:00:00", "GIT_COMMITTER_DATE": f"{day}T12:00:00"}
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """The mini project in git: every card added on 2020-01-02, one of them changed on 2021-03-04."""
    root = tmp_path / "full"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "Cards")
    card = root / "content" / "facts" / "ceasefire.yml"
    card.write_text(card.read_text(encoding="utf-8") + "# checked again\n", encoding="utf-8")
    _git(root, "commit", "-q", "-am", "Checked", day="2021-03-04")
    return root


def _permalink(root: Path, fact: str) -> str:
    out = root / "site"
    proc = run_dossier(root, "build", "--out", str(out), "--no-cache")
    assert proc.returncode == 0, proc.stderr
    html = (out / "facts" / f"{fact}.html").read_text(encoding="utf-8")
    return re.sub(r"<[^>]+>", "", re.search(r'<footer class="dz-editor-footer"[^>]*>(.*?)</footer>', html, re.S).group(1))


def test_full_history_dates_each_card(repository: Path):
    dates = file_dates(repository, repository / "content" / "facts")
    assert dates["ceasefire.yml"] == ("2020-01-02", "2021-03-04")
    assert dates["actual-length.yml"] == ("2020-01-02", "2020-01-02")
    assert "last changed 4 March 2021" in _permalink(repository, "ceasefire")


def test_a_shallow_clone_says_history_unavailable(repository: Path, tmp_path: Path):
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", repository.as_uri(), str(clone)], check=True,
                   capture_output=True, env={**os.environ, **GIT_ENV})
    assert file_dates(clone, clone / "content" / "facts") is None
    text = _permalink(clone, "ceasefire")
    assert "history unavailable" in text
    assert "added" not in text and "2021" not in text


def test_outside_git_a_card_is_not_yet_committed(tmp_path: Path):
    root = tmp_path / "plain"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    assert file_dates(root, root / "content" / "facts") == {}
    assert "not yet committed" in _permalink(root, "ceasefire")


def test_a_commit_between_two_runs_is_read(repository: Path):
    """A run reads the history again only when a commit was made since (dossier serve rebuilds on every save)."""
    facts = repository / "content" / "facts"
    assert file_dates(repository, facts)["ceasefire.yml"] == ("2020-01-02", "2021-03-04")
    card = facts / "ceasefire.yml"
    card.write_text(card.read_text(encoding="utf-8") + "# and again\n", encoding="utf-8")
    _git(repository, "commit", "-q", "-am", "Checked again", day="2022-05-06")
    assert file_dates(repository, facts)["ceasefire.yml"] == ("2020-01-02", "2022-05-06")
