"""Each content file's history from git: the day it was added and the day it last changed."""
from __future__ import annotations

import subprocess
from pathlib import Path


def file_dates(root: Path, folder: Path) -> dict[str, tuple[str, str]] | None:
    """{file name: (added, last changed)} for the files of ``folder`` that git knows; {} outside git.

    None in a shallow clone (CI checking out one commit, say): its log starts at the cut-off, so every
    date it gives would be wrong.
    """
    shallow, _, head = _git(root, "rev-parse", "--is-shallow-repository", "HEAD").partition("\n")
    if shallow == "true":
        return None
    if not head:  # outside git, or no commit yet
        return {}
    if _last[:2] != [(root, folder), head]:  # dossier serve: read again once a commit is made
        _last[:] = [(root, folder), head, _dates(_git(root, "log", "--format=%x00%cs", "--name-only", "--no-renames",
                                                      "--", str(folder)))]
    return _last[2]


_last: list = []  # the last answer: [(root, folder), the commit it was read at, the dates]


def _dates(log: str) -> dict[str, tuple[str, str]]:
    dates: dict[str, tuple[str, str]] = {}
    for commit in log.split("\0")[1:]:
        day, *names = commit.strip().split("\n")
        for name in filter(None, names):
            key = Path(name).name
            dates[key] = (day, dates[key][1] if key in dates else day)
    return dates


# A project's .git/config may not be the editor's own (a project unpacked from an archive holds the sender's): with
# log.showSignature, `git log` would run its gpg.program on a signed commit
_UNTRUSTED_CONFIG = ("-c", "log.showSignature=false")


def _git(root: Path, *args: str) -> str:
    """What ``git -C root ARGS`` prints, or '' when git is missing or fails (outside a repository)."""
    try:  # errors="replace": a file name the history holds may not be UTF-8 (git prints it as it is with
        # core.quotePath false), and no content file has such a name
        return subprocess.run(["git", *_UNTRUSTED_CONFIG, "-C", str(root), *args], capture_output=True, text=True,
                              timeout=30, check=True, encoding="utf-8", errors="replace").stdout
    except (OSError, subprocess.SubprocessError):
        return ""
