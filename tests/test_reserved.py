"""Content never replaces a page the builder makes, and only regular files are read from content/."""
import os
import posixpath
import re
import shutil
import socket
from pathlib import Path

import pytest

from builder.config import load_config
from builder.pipeline import PAGE_KINDS, check
from builder.validate import RESERVED
from tests.test_invalid import MINI, run_dossier_process

FOLDER_KINDS = {"": "pages", "facts": "facts", "sources": "sources", "speakers": "speakers", "summits": "summits",
                "compare": "summits"}  # compare/<summit>.html


def test_every_generated_page_has_a_reserved_name():
    site = check(load_config(MINI)).site
    d = site.dossier
    ids = {"pages": d.pages, "facts": d.facts, "sources": d.sources, "speakers": d.speakers, "summits": d.summits}
    generated = set()
    for kind in PAGE_KINDS:
        for spec in kind.pages(site):
            folder, name = posixpath.split(spec.path)
            kind_of_folder, stem = FOLDER_KINDS[folder], posixpath.splitext(name)[0]
            if stem not in ids[kind_of_folder]:
                generated.add((kind_of_folder, stem))
    generated.add(("pages", "404"))  # MkDocs' own page
    assert generated == {(kind, name) for kind, names in RESERVED.items() for name in names}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    return root


@pytest.mark.parametrize("args", [["check"], ["check", "--no-cache"], ["build"]])
def test_a_named_pipe_in_content_is_refused_at_once(project: Path, args):
    os.mkfifo(project / "content" / "facts" / "pipe.yml")
    proc = run_dossier_process(project, *args)  # times out (and fails) rather than hang
    assert proc.returncode == 1
    assert proc.stderr == ("1. content/facts/pipe.yml:1: this is a named pipe, not a regular file, so it is not read; "
                           "only regular files are read from the content folder: remove it\n"
                           "1 error(s); nothing was written.\n")
    assert not (project / "out").exists()


def test_a_socket_in_content_is_refused(project: Path):
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(project / "content" / "sources" / "sock.md"))
        proc = run_dossier_process(project, "check")
    assert proc.returncode == 1
    assert proc.stderr.startswith("1. content/sources/sock.md:1: this is a socket, not a regular file")


def test_a_link_to_a_device_in_content_is_refused(project: Path):
    """Refused unread as a link out of the project (a device in the project is refused as a named pipe is)."""
    (project / "content" / "pages" / "zero.md").symlink_to("/dev/zero")
    proc = run_dossier_process(project, "check")
    assert proc.returncode == 1
    assert proc.stderr.startswith("1. content/pages/zero.md:1: this is a link to /dev/zero, outside the project")


def test_readme_names_every_reserved_name():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    sentence = readme.split("Names of pages the builder makes are taken:", 1)[1].split(".\n", 1)[0]
    assert {name for names in RESERVED.values() for name in names} == set(re.findall(r"`([a-z0-9]+)`", sentence))
