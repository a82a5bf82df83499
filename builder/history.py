"""Each content file's history from git: the day it was added and the day it last changed."""
from __future__ import annotations

import subprocess
from pathlib import Path


def file_dates(root: Path, folder: Path) -> dict[str, tuple[str, str]]:
    """{file name: (added, last changed)} for the files of ``folder`` that git knows; {} outside git."""
    try:
        log = subprocess.run(["git", "-C", str(root), "log", "--format=%x00%cs", "--name-only", "--no-renames",
                              "--", str(folder)], capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, tuple[str, str]] = {}
    for commit in log.split("\0")[1:]:
        day, *names = commit.strip().split("\n")
        for name in filter(None, names):
            key = Path(name).name
            dates[key] = (day, dates[key][1] if key in dates else day)
    return dates
