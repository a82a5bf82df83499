"""What a careless or hostile user may do to a project besides its content: an output folder in the build cache,
a build cache tampered with. Each is reported, or worked around with a warning; never a traceback."""
import contextlib
import os
import re
import threading
import time
import zipfile
from pathlib import Path

import pytest

from tests.test_invalid import run_dossier
from tests.test_update import _project, _stderr_until


def test_the_output_folder_cannot_be_the_build_cache(tmp_path):
    root = _project(tmp_path)
    for out in (root / ".dossier-cache", root / ".dossier-cache" / "site"):
        run = run_dossier(root, "build", "--out", str(out))
        assert run.returncode == 1
        assert "refusing to write the site here: it is the build cache (.dossier-cache)" in run.stderr
        assert not out.exists() or not (out / "index.html").exists()


@pytest.mark.parametrize("text, line, says", [
    ("<p>fine</p>\n{% for x in %}broken\n", 2, "template syntax error: Expected an expression"),
    ("<p>{{ no_such_name.title }}</p>\n", 1, "'no_such_name' is undefined"),
    ("\n\n{% include 'nothere.html' %}\n", 3, "'nothere.html' not found"),
    ("<p>\n{{ 1/0 }}</p>\n", 2, "template error: division by zero"),  # errors of the template's own expressions:
    ('{{ "a" + 1 }}\n', 1, 'can only concatenate str (not "int") to str'),  # tracebacks before
    ('{% include "timeline.md" %}\n', 1, "a template that includes itself"),  # the built-in one, meant
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}\n", 1, "a macro that calls itself"),
])
def test_a_broken_template_is_reported_with_its_file_and_line(tmp_path, text, line, says):
    root = _project(tmp_path)
    (root / "templates").mkdir()
    (root / "templates" / "timeline.md").write_text(text)
    run = run_dossier(root, "build")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.startswith(f"1. templates/timeline.md:{line}: "), run.stderr
    assert says in run.stderr and "fix the template" in run.stderr
    assert not (root / "site").exists()


def test_dossier_serve_shows_a_broken_template_as_its_file_and_line(tmp_path, capsys):
    from builder import serve
    from builder.config import load_config
    root = _project(tmp_path)
    (root / "templates").mkdir()
    (root / "templates" / "timeline.md").write_text("{% if %}\n")
    indexer = serve.Indexer(tmp_path / "search")
    try:
        state = serve.rebuild(serve.State(load_config(root), None), tmp_path / "served", lambda problems: None, indexer)
    finally:
        indexer.stop()
    assert len(state.errors) == 1 and state.errors[0].startswith("1. templates/timeline.md:1: "), state.errors
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("archive, says", [
    ("site_config.yml", "it exists and is not a zip file"),
    ("content/facts/copy.zip", "it is in the content or templates folder, or the build cache"),
    ("site/copy.zip", "it is in the output folder, which the build replaces"),
    ("site", "it is a folder"),
    (".", "it is a folder"),
    ("backup.zip", "it is a zip the builder did not make (its comment is not the builder's); remove it yourself or "
                   "choose another name"),  # it was replaced by the offline copy
])
def test_the_offline_copy_never_replaces_what_it_should_not(tmp_path, archive, says):
    root = _project(tmp_path)
    with zipfile.ZipFile(root / "backup.zip", "w") as backup:
        backup.writestr("thesis.txt", "Chapter one")
    assert run_dossier(root, "build").returncode == 0
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and ".dossier-cache" not in p.parts}
    run = run_dossier(root, "build", "--offline-zip", str(root / archive))
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert f"refusing to write the offline copy here: {says}" in run.stderr
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and ".dossier-cache" not in p.parts} == before


def test_the_offline_copy_replaces_a_link_rather_than_writing_through_it(tmp_path):
    """A link named as the zip, to a file that does not exist out of the project, had the zip written there."""
    root = _project(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (root / "copy.zip").symlink_to(outside / "planted.zip")
    run = run_dossier(root, "build", "--offline-zip", str(root / "copy.zip"))
    assert run.returncode == 0, run.stderr
    assert list(outside.iterdir()) == []
    assert not (root / "copy.zip").is_symlink() and zipfile.is_zipfile(root / "copy.zip")


UNWRITABLE = Path("/proc/self/fdinfo")  # a folder no one can write in, not even root


def test_a_cache_folder_that_cannot_be_written_is_read_and_the_build_goes_on(tmp_path):
    root = _project(tmp_path)
    (root / ".dossier-cache" / f".probe-{os.getpid()}.partial").mkdir(parents=True)  # where its writing is tried
    for command in ("build", "check"):
        run = run_dossier(root, command)
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        assert run.stderr.startswith("warning: the build cache in ") and "cannot be updated" in run.stderr
    assert (root / "site" / "index.html").exists()
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == [".dossier-cache"]


def test_an_output_folder_that_cannot_be_written_is_reported(tmp_path):
    root = _project(tmp_path)
    run = run_dossier(root, "build", "--out", str(UNWRITABLE / "site"), "--allow-outside")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert (f"{UNWRITABLE.resolve()}/site: No such file or directory; check its permissions and the room "
            "left on its disk") in run.stderr  # the site, not the tree built beside it (.site.partial)
    assert run.stderr.endswith("1 error(s); nothing was written.\n")


def test_dossier_serve_reports_a_site_it_cannot_write(tmp_path, capsys):
    from builder import serve
    from builder.config import load_config
    root = _project(tmp_path)
    indexer = serve.Indexer(tmp_path / "search")
    try:
        state = serve.rebuild(serve.State(load_config(root), None), UNWRITABLE / "site", lambda problems: None, indexer)
    finally:
        indexer.stop()
    assert len(state.errors) == 1 and "No such file or directory; check its permissions" in state.errors[0]
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("kind, ident, says", [("fact", "index", "the id 'index' would replace"),
                                               ("summit", "index", "the id 'index' would replace"),
                                               ("source", "index", "the id 'index' would replace"),
                                               ("fact", "x" * 101, "101 characters long, over the limit of 100"),
                                               ("speaker", "nul", "a name Windows keeps for a device")])
def test_dossier_new_refuses_an_id_check_would_refuse(tmp_path, kind, ident, says):
    root = _project(tmp_path)
    run = run_dossier(root, "new", kind, ident)
    assert run.returncode == 1 and says in run.stderr, run.stderr
    assert not list((root / "content").rglob(f"{ident}.*"))


def test_a_binary_asset_of_the_project_is_published(tmp_path):
    """templates/assets/ holds the project's images and fonts too, not only text."""
    root = _project(tmp_path)
    logo = bytes(range(256)) * 8  # not UTF-8
    (root / "templates" / "assets").mkdir(parents=True)
    (root / "templates" / "assets" / "logo.png").write_bytes(logo)
    for _ in range(2):  # with the cache, as it is first made and then read
        run = run_dossier(root, "build")
        assert run.returncode == 0, run.stderr
    assert (root / "site" / "assets" / "logo.png").read_bytes() == logo


def test_a_template_that_is_not_utf8_is_reported_with_its_line(tmp_path):
    root = _project(tmp_path)
    (root / "templates").mkdir()
    (root / "templates" / "timeline.md").write_bytes("<p>{{ page_title }}</p>\n<p>Caf\xe9</p>\n".encode("latin-1"))
    run = run_dossier(root, "build")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.startswith("1. templates/timeline.md:2:7: not valid UTF-8 (byte 0xe9)"), run.stderr


def test_a_pagefind_that_fails_is_reported_and_the_previous_site_stays(tmp_path, monkeypatch):
    from tests.test_update import _files
    root = _project(tmp_path)
    assert run_dossier(root, "build").returncode == 0
    before = _files(root / "site")
    (root / "content/facts/ceasefire.yml").write_text(
        (root / "content/facts/ceasefire.yml").read_text().replace("starting on Sunday", "from Sunday"))
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", "/bin/false")  # exits 1 at once
    run = run_dossier(root, "build")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "Pagefind failed (exit 1)" in run.stderr and run.stderr.endswith("nothing was written.\n")
    assert run.stderr.startswith("1. site: Pagefind failed") and ".partial" not in run.stderr  # the site, not the
    # new tree it was made in
    assert _files(root / "site") == before


def test_an_output_folder_that_is_a_mount_point_is_refused(tmp_path):
    """A mounted folder (a Docker volume, say) cannot be swapped for the new site in one step."""
    root = _project(tmp_path)
    mount = Path("/proc")  # a mount point on every Linux machine
    assert mount.is_mount()
    run = run_dossier(root, "build", "--out", str(mount), "--allow-outside")
    assert run.returncode == 1
    assert "refusing to write the site here: it is a mount point, which cannot be replaced in one step" in run.stderr


def test_a_content_file_of_gigabytes_is_refused_unread(tmp_path):
    """A card of 8 GB (sparse here: no disk used) is refused by its size, never read into memory, by check and
    by a build from the cache."""
    import resource
    root = _project(tmp_path)
    with (root / "content" / "facts" / "huge.yml").open("wb") as file:
        file.truncate(8 * 1024 ** 3)
    for args in (("check",), ("build",)):
        run = run_dossier(root, *args)
        assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
        assert "content/facts/huge.yml:1: file is 8,589,934,592 bytes, over the limit of 2,000,000" in run.stderr
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 4 * 1024 ** 2  # KB: this process never held 8 GB


def test_an_offline_copy_named_after_a_named_pipe_is_refused_not_waited_on(tmp_path):
    from tests.test_hostile_text import hang_guard
    root = _project(tmp_path)
    os.mkfifo(root / "copy.zip")  # telling whether it is a zip would wait for a writer for ever
    with hang_guard(60):
        run = run_dossier(root, "build", "--offline-zip", str(root / "copy.zip"))
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "refusing to write the offline copy here: it exists and is not a regular file" in run.stderr


@pytest.mark.parametrize("out, says", [
    ("site", "site: Too many levels of symbolic links; it is a link that leads back to itself: remove the link"),
    ("templates/site", "refusing to write the site here: it holds the content or templates, or is inside them"),
    ("site_config.yml/site", "Not a directory; a part of the path is a file, not a folder: choose another path"),
    ("a-file", "refusing to write the site here: it is a file, not a folder"),  # it said "no .dossier-site file"
    ("marked-by-a-folder", "refusing to write the site here: it exists and was not made by dossier"),
])
def test_an_output_folder_that_cannot_be_one_is_reported(tmp_path, out, says):
    """A link that loops (Python 3.11 raises RuntimeError), a folder inside the templates (each build would read the
    last site as templates), a path through a file, a file, a folder whose marker is a folder."""
    root = _project(tmp_path)
    if out == "site":
        (root / "site").symlink_to("site")
    (root / "a-file").write_text("the editor's")
    (root / "marked-by-a-folder" / ".dossier-site").mkdir(parents=True)  # no marker the builder wrote
    (root / "templates").mkdir()
    run = run_dossier(root, "build", "--out", str(root / out))
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert says in run.stderr and run.stderr.endswith("1 error(s); nothing was written.\n"), run.stderr
    assert not (root / "templates" / "site").exists()


@pytest.mark.parametrize("link, target, says", [
    ("templates/assets/key.txt", "/etc/passwd", "templates/assets/key.txt:1: this is a link to /etc/passwd, outside"),
    ("templates/assets", "/etc", "templates/assets:1: this is a link to /etc, outside the project"),
    ("templates", "/etc", "site_config.yml:1: the folder 'templates' is a link to /etc, outside the project"),
    ("content", "/etc", "site_config.yml:1: the folder 'content' is a link to /etc, outside the project"),
    ("content/facts/more", "/etc", "content/facts/more:1: this is a link to /etc, outside the project"),  # a folder
    ("content/pages/more", "/etc", "content/pages/more:1: this is a link to /etc, outside the project"),  # passed
])
def test_a_link_out_of_the_project_is_neither_read_nor_published(tmp_path, link, target, says):
    """A cloned project's link to a secret (`templates/assets/key → ~/.ssh/id_rsa`) would be published by CI."""
    root = _project(tmp_path)
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    if (root / link).is_dir():
        import shutil
        shutil.rmtree(root / link)
    (root / link).symlink_to(target)
    run = run_dossier(root, "build")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.startswith(f"1. {says}") and "the builder reads only the project" in run.stderr, run.stderr
    assert not (root / "site").exists()


@pytest.mark.parametrize("link, target, hidden", [
    ("templates/assets/config.txt", "../../.git/config", ".git/config"),
    ("templates/assets/git", "../../.git", ".git"),
    ("content/sources/notes.md", "../../.env", ".env"),
    ("content/facts", "../.secrets/facts", ".secrets/facts"),
])
def test_a_link_into_a_hidden_part_of_the_project_is_neither_read_nor_published(tmp_path, link, target, hidden):
    """A cloned project's `templates/assets/config.txt → ../../.git/config` published the git configuration of the
    editor's clone (the password of its remote, when the address holds one), and `… → ../../.env` the secrets."""
    root = _project(tmp_path)
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text('[remote "origin"]\n\turl = https://editor:TOKEN123@example.org/d.git\n')
    (root / ".env").write_text("API_KEY=TOKEN123\n")
    (root / ".secrets").mkdir()
    (root / "content" / "facts").rename(root / ".secrets" / "facts")
    if link != "content/facts":
        (root / ".secrets" / "facts").rename(root / "content" / "facts")
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    (root / link).symlink_to(target)
    run = run_dossier(root, "build")
    assert run.returncode == 1 and "TOKEN123" not in run.stderr, run.stderr
    assert run.stderr.startswith(f"1. {link}:1: this is a link to {hidden}, in a hidden part of the project (git's "
                                 "own files, or secrets such as .env), which the site could show; copy what it needs "
                                 "in place of the link\n"), run.stderr
    assert not (root / "site").exists()


def test_a_link_inside_a_hidden_content_folder_is_read(tmp_path):
    """The rule is for links out of the folder they are in: content_dir `.content`, a hidden folder, is read."""
    root = _project(tmp_path)
    (root / "content").rename(root / ".content")
    (root / "site_config.yml").write_text((root / "site_config.yml").read_text() + "content_dir: .content\n")
    (root / ".content" / "facts" / "ceasefire.yml").rename(root / ".content" / "ceasefire.yml")
    (root / ".content" / "facts" / "ceasefire.yml").symlink_to("../ceasefire.yml")
    run = run_dossier(root, "build")
    assert run.returncode == 0, run.stderr
    assert (root / "site" / "facts" / "ceasefire.html").is_file()


def test_a_site_config_that_links_out_of_the_project_is_not_read(tmp_path):
    """Its first lines would be quoted in the messages (a linked ~/.aws/credentials: '[default]' then a key line)."""
    secret = tmp_path / "credentials"
    secret.write_text("[default]\naws_secret_access_key = abc123SECRET\n")
    root = _project(tmp_path)
    (root / "site_config.yml").unlink()
    (root / "site_config.yml").symlink_to(secret)
    run = run_dossier(root, "check")
    assert run.returncode == 1 and "abc123SECRET" not in run.stderr, run.stderr
    assert f"site_config.yml is a link to {secret}, outside the project" in run.stderr


@pytest.mark.parametrize("name, staged", [(".site.partial",) * 2, (".site.search",) * 2, (".site.old",) * 2,
                                          (".site.partial.4242.123456789",) * 2, (".dossier.zip.partial",) * 2,
                                          (".site.partial/inside", ".site.partial")])
def test_an_output_folder_named_as_the_builders_own_work_is_refused(tmp_path, name, staged):
    """A site built into .site.partial would be deleted by the next build of site, which stages its tree there."""
    root = _project(tmp_path)
    run = run_dossier(root, "build", "--out", str(root / name))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith(f"1. {name}: refusing to write the site here: the builder uses the name {staged} "
                                 "for its own work beside the site "), run.stderr
    assert not (root / name).exists()


@pytest.mark.parametrize("out, says", [
    ("content", "it holds the content or templates, or is inside them"),
    ("templates", "it holds the content or templates, or is inside them"),
    ("content/facts", "it holds the content or templates, or is inside them"),
    (".dossier-cache", "it is the build cache (.dossier-cache)"),
    (".", "it is the project folder or contains it"),
])
def test_an_output_folder_that_is_the_projects_input_is_refused(tmp_path, out, says):
    root = _project(tmp_path)
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    run = run_dossier(root, "build", "--out", str(root / out))
    assert run.returncode == 1 and f"refusing to write the site here: {says}" in run.stderr, run.stderr
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_a_hidden_output_folder_of_another_name_is_built(tmp_path):
    root = _project(tmp_path)
    run = run_dossier(root, "build", "--out", str(root / ".preview"))
    assert run.returncode == 0, run.stderr
    assert (root / ".preview" / "index.html").is_file()


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_build_cache_linked_out_of_the_project_is_refused_untouched(tmp_path, command):
    """A build deletes the files of its cache folder it no longer needs (every *.json), and its search copy: a
    cloned project's `.dossier-cache → ../elsewhere` deleted elsewhere's files."""
    root = _project(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "search").mkdir(parents=True)
    (elsewhere / "package.json").write_text("{}")
    (elsewhere / "search" / "notes.txt").write_text("mine")
    (root / ".dossier-cache").symlink_to("../elsewhere")
    run = run_dossier(root, command)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith(f"1. .dossier-cache: the build cache is a link to {elsewhere.resolve()}, outside the "
                                 "project, where a build would write and delete files; remove the link (or run "
                                 "with --no-cache)"), run.stderr
    assert sorted(p.relative_to(elsewhere).as_posix() for p in elsewhere.rglob("*")) == [
        "package.json", "search", "search/notes.txt"]
    assert run_dossier(root, command, "--no-cache").returncode == 0
    assert sorted(p.relative_to(elsewhere).as_posix() for p in elsewhere.rglob("*")) == [
        "package.json", "search", "search/notes.txt"]


def test_a_build_cache_linked_inside_the_project_is_used(tmp_path):
    root = _project(tmp_path)
    (root / "build-cache").mkdir()
    (root / ".dossier-cache").symlink_to("build-cache")
    assert run_dossier(root, "build").returncode == 0
    assert (root / "build-cache" / "cache.json").is_file()


def test_the_offline_zip_is_never_written_through_a_link_left_in_its_place(tmp_path):
    from builder import pipeline
    from builder.config import load_config
    root = _project(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    archive = tmp_path / "out" / "dossier.zip"
    archive.parent.mkdir()
    archive.with_name(".dossier.zip.partial").symlink_to(victim)
    pipeline.build(load_config(root), root / "site", offline_zip=archive)
    assert victim.read_text() == "mine"
    assert zipfile.is_zipfile(archive) and not os.path.lexists(archive.with_name(".dossier.zip.partial"))


def test_dossier_new_writes_no_schema_through_a_link(tmp_path):
    """`dossier new` copies the schemas into content/schemas/ where missing: never through a link a cloned project
    holds there, even one to nothing yet."""
    root = _project(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    schemas = root / "content" / "schemas"
    schemas.mkdir(exist_ok=True)
    for name in os.listdir(schemas):
        (schemas / name).unlink()
    (schemas / "fact.schema.json").symlink_to(outside / "autostart.desktop")
    assert run_dossier(root, "new", "speaker", "new-person").returncode == 0
    assert not (outside / "autostart.desktop").exists() and (schemas / "speaker.schema.json").is_file()
    linked = root / "content" / "schemas"
    for name in os.listdir(linked):
        (linked / name).unlink()
    linked.rmdir()
    linked.symlink_to(outside)
    assert run_dossier(root, "new", "speaker", "another-person").returncode == 0
    assert os.listdir(outside) == []


def test_editors_backups_and_auto_saves_are_not_content_and_warn_of_nothing(tmp_path):
    """Emacs leaves x.yml~ after a save and #x.yml# while editing, Word ~$x.yml: every build warned of each (read the
    lock file as an empty card), and --strict failed."""
    root = _project(tmp_path)
    facts = root / "content" / "facts"
    card = (facts / "actual-length.yml").read_text()
    for name in ("actual-length.yml~", "#actual-length.yml#", "ceasefire.yml.~1~", "~$tual-length.yml"):  # Office's
        # lock file, too
        (facts / name).write_text(card.replace("summit: hamburg", "summit: nowhere"))
    (root / "content" / "sources" / "alpha.md~").write_text("not read")
    run = run_dossier(root, "check", "--strict")
    assert run.returncode == 0 and run.stderr == "", run.stderr
    (facts / "actual-length.yml.orig").write_text(card)  # not an editor's: still a file out of place
    run = run_dossier(root, "check")
    assert run.stderr == ("1. content/facts/actual-length.yml.orig:1: warning: ignored: fact files end in '.yml'; "
                          "move this file out of the content folder\n"), run.stderr


def test_warnings_are_listed_by_file_and_line(tmp_path):
    """Warnings come by file and line, whichever stage found them: a source no fact cites, which a check across all
    facts finds last, is listed before a stray file in speakers/, which the load finds first."""
    root = _project(tmp_path)
    sources = root / "content" / "sources"
    (sources / "gamma.md").write_text((sources / "alpha.md").read_text().replace("Alpha News", "Gamma News"))
    (root / "content" / "speakers" / "nobody.txt").write_text("not a speaker")
    run = run_dossier(root, "check")
    assert run.returncode == 0
    listed = re.findall(r"^\d+\. (content/\S+?):", run.stderr, re.M)
    assert listed == ["content/sources/gamma.md", "content/speakers/nobody.txt"], run.stderr


@pytest.mark.parametrize("url, says", [
    ("https://", "it names no host"),
    ("http://:80/", "it names no host"),
    ("https://[x", "it is not an address (Invalid IPv6 URL)"),
    ("https://example.org:99999/", "it is not an address (Port out of range 0-65535)"),
])
def test_an_address_without_a_host_or_broken_is_reported_never_a_traceback(tmp_path, url, says):
    """MkDocs refused 'https://' with a message of its own, and 'https://[x' with a traceback."""
    root = _project(tmp_path)
    run = run_dossier(root, "build", "--site-url", url)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.startswith(f"1. --site-url: option 'site_url' is '{url}'; {says}; write the whole address"), run.stderr
    for key in ("site_url", "repo_url"):
        config = root / "site_config.yml"
        kept = config.read_text()
        config.write_text(kept + f'{key}: "{url}"\n')
        run = run_dossier(root, "build")
        assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
        assert f"1. site_config.yml:3:1: option '{key}' is '{url}'; {says}" in run.stderr, run.stderr
        config.write_text(kept)
    assert not (root / "site").exists()


@pytest.mark.parametrize("lost", [False, True])
def test_ctrl_c_while_suggest_writes_the_cards_puts_every_file_back(tmp_path, monkeypatch, lost):
    """`dossier suggest --apply` writes the cards, then checks them: Ctrl-C (or a full disk) before the check ends
    left the cards half-applied. A Ctrl-C whose exception Python lost (in a weakref callback, a library's bare
    `except:`) left them all applied, with the exit code of success."""
    import signal
    from builder import review
    from tests.test_suggest import _gamma
    root = _project(tmp_path)
    _gamma(root)
    facts = root / "content" / "facts"
    before = {p.name: p.read_text() for p in facts.iterdir()}
    real, stopped = review.pipeline.check, []

    def check(*args, **kwargs):  # Ctrl-C in the check of the written cards, not in the one reading the dossier
        if {p.name: p.read_text() for p in facts.iterdir()} != before:
            stopped.append(True)
            if not lost:
                raise KeyboardInterrupt
            with contextlib.suppress(KeyboardInterrupt):
                signal.getsignal(signal.SIGINT)(signal.SIGINT, None)
        return real(*args, **kwargs)
    monkeypatch.setattr(review.pipeline, "check", check)
    run = run_dossier(root, "suggest", "gamma", "--apply", "--new")
    assert run.returncode == 130 and "Traceback" not in run.stderr and stopped
    assert {p.name: p.read_text() for p in facts.iterdir()} == before


@contextlib.contextmanager
def _another_thread():
    """A thread waiting for the block's end, as a test suite's or a library's threads do."""
    done = threading.Event()
    waiting = threading.Thread(target=done.wait)
    waiting.start()
    try:
        yield
    finally:
        done.set()
        waiting.join()


@pytest.mark.parametrize("step, call", [("replace_text", 1), ("create_new", 1), ("replace_text", 2)])
def test_ctrl_c_just_after_suggest_wrote_a_card_puts_it_back_and_says_so(tmp_path, monkeypatch, step, call):
    """A Ctrl-C between a card's write (an account added, a new card) and the note to undo it left that card
    written, the others put back, and said nothing; a second one while the cards were put back (the account's
    card, call 2) left the new card."""
    import signal
    from builder import review, write
    from tests.test_suggest import _gamma
    root = _project(tmp_path)
    _gamma(root)
    facts = root / "content" / "facts"
    before = {p.name: p.read_text() for p in facts.iterdir()}
    real, calls = getattr(write, step), []

    def written_then_stopped(*args):
        real(*args)
        calls.append(True)
        if len(calls) == call:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.1)  # time for another thread to take the signal, as on a loaded machine
    monkeypatch.setattr(write, step, written_then_stopped)
    checked = review.pipeline.check

    def check(*args, **kwargs):  # with call 2, the first Ctrl-C in the check of the cards written
        if call == 2 and {p.name: p.read_text() for p in facts.iterdir()} != before:
            raise KeyboardInterrupt
        return checked(*args, **kwargs)
    monkeypatch.setattr(review.pipeline, "check", check)
    with _another_thread():  # the kernel gives a signal to a thread that does not block it, here this one
        run = run_dossier(root, "suggest", "gamma", "--apply", "--new")
    assert run.returncode == 130 and len(calls) >= call, run.stderr
    assert run.stderr == "Stopped: every card is as it was; nothing was written.\n"
    assert {p.name: p.read_text() for p in facts.iterdir()} == before


@pytest.mark.parametrize("make, kind", [(os.mkdir, "a folder"), (os.mkfifo, "a named pipe")])
def test_a_site_config_that_is_not_a_file_is_named_as_what_it_is(tmp_path, make, kind):
    """It was reported missing ('no site_config.yml here'), which it is not."""
    root = _project(tmp_path)
    (root / "site_config.yml").unlink()
    make(root / "site_config.yml")
    run = run_dossier(root, "check")
    assert run.returncode == 1
    assert run.stderr.startswith(f"1. site_config.yml: site_config.yml is {kind}, not a file; remove it and write the "
                                 "file\n"), run.stderr


@pytest.mark.parametrize("option, name, says, beside, room", [
    ("--out", "a" * 242, "refusing to write the site here", ".search.parts", 241),
    ("--offline-zip", "a" * 243 + ".zip", "refusing to write the offline copy here", ".partial", 246),
])
def test_a_name_too_long_for_the_builders_partial_file_is_refused_before_the_build(tmp_path, option, name, says,
                                                                                   beside, room):
    """It failed once the whole site was built, naming .<name>.partial, which the editor never wrote; a site's
    longest is the index of each search part a build without the cache writes beside it."""
    root = _project(tmp_path)
    run = run_dossier(root, "build", option, str(root / name))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.startswith(f"1. {name}: {says}: its name is too long (the builder writes .<name>{beside} "
                                 f"beside it); use at most {room} bytes\n"), run.stderr
    assert not (root / "site").exists()
    assert run_dossier(root, "build", option, str(root / name[1:])).returncode == 0


def test_a_history_holding_a_file_name_that_is_not_utf8_is_read(tmp_path):
    """A file once committed under content/facts with a Latin-1 name (since removed), in a repository whose git prints
    names as they are (core.quotePath false, common where names are not in English): every check and build ended
    in a UnicodeDecodeError traceback, reading the cards' history."""
    import subprocess

    root = _project(tmp_path)
    name = os.fsdecode(b"caf\xe9.txt")
    git = ["git", "-C", str(root), "-c", "user.email=editor@example.org", "-c", "user.name=Editor"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "config", "core.quotePath", "false"], check=True)
    (root / "content" / "facts" / name).write_text("notes\n")
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "cards"], check=True)
    subprocess.run([*git, "rm", "-q", str(root / "content" / "facts" / name)], check=True)
    subprocess.run([*git, "commit", "-qm", "notes removed"], check=True)
    for command in ("check", "build"):
        done = run_dossier(root, command)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr


def test_a_plain_build_warns_of_a_broken_link_on_a_hand_written_page_at_its_line(tmp_path):
    """Only --strict looked at links: a plain build (and the preview) published a misspelt one without a word."""
    root = _project(tmp_path)
    (root / "content" / "pages" / "links.md").write_text(
        "---\ntitle: Links\n---\nSee [a fact](facts/actual-length.html), [a page](facts/actual-lenght.html)\n"
        "and [an anchor](about.html#nowhere), [the web](https://example.org/missing.html).\n", encoding="utf-8")
    run = run_dossier(root, "build")
    assert run.returncode == 0 and (root / "site" / "links.html").is_file()
    assert run.stderr == (
        "1. content/pages/links.md:4: warning: broken link to 'facts/actual-lenght.html': facts/actual-lenght.html "
        "does not exist; fix the address (a page of the site ends in .html; a place on a page is #its-id) or remove "
        "the link\n"
        "2. content/pages/links.md:5: warning: broken link to 'about.html#nowhere': no element with id 'nowhere' on "
        "about.html; fix the address (a page of the site ends in .html; a place on a page is #its-id) or remove the "
        "link\n"), run.stderr
    assert run.stdout.rstrip().endswith("2 warnings above: fix before publishing (--strict refuses them).")


def test_a_page_of_thousands_of_broken_links_is_read_once_and_each_warned_at_its_line(tmp_path):
    """Each broken link read its page again and searched it whole: 30,000 of them took a build 30 s, 50,000 over two
    minutes."""
    from builder import linkcheck, pipeline
    from builder.config import load_config
    root = _project(tmp_path)
    links = 5000
    (root / "content" / "pages" / "links.md").write_text(
        "---\ntitle: Links\n---\n" + "".join(f"See [place {n}](#nowhere{n}).\n" for n in range(links)), encoding="utf-8")
    read = linkcheck._read.cache_info().misses
    result = pipeline.build(load_config(root), root / "site")
    assert linkcheck._read.cache_info().misses == read + 1
    found = [(p.where.line, p.message.split("'")[1]) for p in result.warnings if "broken link" in p.message]
    assert found == [(4 + n, f"#nowhere{n}") for n in range(links)]


@pytest.mark.parametrize("href, why", [
    ("b" * 300 + ".html", "b" * 300 + ".html does not exist"),  # no file may have such a name
    ("a/" * 3000 + "x.html", "a/" * 3000 + "x.html does not exist"),
    ("../../../../../../../../../etc/passwd", "it leads out of the site"),  # a file that exists, beside the site
    ("facts/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "it leads out of the site"),
])
def test_a_link_to_no_page_of_the_site_is_a_warning_at_its_line(tmp_path, href, why):
    """A link of a name too long for a file failed the build ("1. .site.partial/bbb…b.html: File name too long"),
    naming a file the editor never wrote; one leading out of the site to a file that exists passed as fine."""
    root = _project(tmp_path)
    (root / "content" / "pages" / "links.md").write_text(f"---\ntitle: Links\n---\nSee\n[this]({href}).\n")
    run = run_dossier(root, "build")
    assert run.returncode == 0 and (root / "site" / "links.html").is_file(), run.stderr
    assert run.stderr == (f"1. content/pages/links.md:5: warning: broken link to '{href}': {why}; fix the address (a "
                          "page of the site ends in .html; a place on a page is #its-id) or remove the link\n")
    run = run_dossier(root, "build", "--strict")
    assert run.returncode == 1 and run.stderr.startswith(f"1. content/pages/links.md:5: broken link to '{href}'")


def test_a_full_disk_while_the_site_is_copied_names_the_copy_not_its_original(tmp_path, monkeypatch):
    """A copy that failed for want of room was reported at its original, a file of Material's in .venv: the editor
    looked at the wrong disk. The previous site stays as it was."""
    import errno

    from builder import write
    root = _project(tmp_path)
    assert run_dossier(root, "build").returncode == 0
    before = {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}

    def full(source, copy, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(source), None, str(copy))  # as sendfile's
    monkeypatch.setattr(write.shutil, "copyfile", full)
    run = run_dossier(root, "build", "--no-cache")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert re.fullmatch(r"1\. \.site\.partial/\S+: No space left on device; check its permissions and the room left "
                        r"on its disk\n1 error\(s\); nothing was written\.\n", run.stderr), run.stderr
    assert {p.relative_to(root / "site"): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()} == before


def _small_files_only():
    """In the child: a write past 2,000 bytes fails (EFBIG), as on a full disk, rather than kill the process."""
    import resource
    import signal
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


def test_a_new_file_that_cannot_be_written_whole_is_not_written_at_all(tmp_path):
    """`dossier new source` on a full disk left the first part of the article as content/sources/<id>.md: `dossier
    check` then failed on it, and `dossier new` again said the file exists."""
    import subprocess
    import sys
    root = _project(tmp_path)
    article = tmp_path / "article.txt"
    article.write_text("Leaders meet in Hamburg for long talks\n\n" + "The leaders talked for a long time.\n\n" * 100)
    sources = sorted(p.name for p in (root / "content" / "sources").iterdir())
    done = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "new", "source", str(article)],
                          capture_output=True, text=True, preexec_fn=_small_files_only, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.endswith("File too large; check its permissions and the room left on its disk\n1 error(s); "
                                "nothing was written.\n"), done.stderr
    assert sorted(p.name for p in (root / "content" / "sources").iterdir()) == sources


def test_suggest_apply_writes_over_what_a_killed_one_left_beside_a_card(tmp_path):
    """A `.x.yml.partial` left by a `dossier suggest --apply` killed while it replaced the card made the next one
    fail with "File exists" on it."""
    from tests.test_suggest import _gamma
    root = _project(tmp_path)
    _gamma(root)
    (root / "content" / "facts" / ".actual-length.yml.partial").write_text("summit: ham")
    run = run_dossier(root, "suggest", "gamma", "--apply")
    assert run.returncode == 0 and run.stderr == "", run.stderr
    assert "source: gamma" in (root / "content" / "facts" / "actual-length.yml").read_text()
    assert sorted(p.name for p in (root / "content" / "facts").iterdir()) == [
        "actual-length.yml", "ceasefire.yml", "scheduled-length.yml"]


def test_the_offline_copy_replaces_the_one_it_made(tmp_path):
    root = _project(tmp_path)
    assert run_dossier(root, "build", "--offline-zip", str(tmp_path / "copy.zip")).returncode == 0
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace("The meeting lasted", "Edited, the meeting lasted", 1))
    run = run_dossier(root, "build", "--offline-zip", str(tmp_path / "copy.zip"))
    assert run.returncode == 0, run.stderr
    with zipfile.ZipFile(tmp_path / "copy.zip") as copy:
        assert b"Edited, the meeting" in copy.read("copy/facts/actual-length.html")


def test_suggest_apply_waits_for_the_build_lock_and_keeps_an_edit_made_meanwhile(tmp_path):
    """`dossier suggest --apply` rewrote the cards while a build read them, and two of them at once could each
    write its card over the other's: it now takes the project's lock, as a build does, and reads each card once it
    holds it."""
    import subprocess
    import sys

    from builder import write
    from tests.test_suggest import _gamma
    root = _project(tmp_path)
    _gamma(root)
    card = root / "content" / "facts" / "actual-length.yml"
    with write.lock(root):
        process = subprocess.Popen([sys.executable, "-m", "builder", "--project", str(root), "suggest", "gamma",
                                    "--apply"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        said = _stderr_until(process, "waiting for it to finish")  # a failure, not a hang, if it waits unsaid
        card.write_text(card.read_text().replace("The meeting lasted", "Meanwhile, the meeting lasted", 1))
    out, err = process.communicate(timeout=120)
    assert said.startswith("Another dossier command is writing in ") and said.endswith("; waiting for it to finish.\n")
    assert process.returncode == 0 and err == "", err
    text = card.read_text()
    assert "Meanwhile, the meeting lasted" in text and "source: gamma" in text


def test_a_projects_git_config_runs_no_program_when_the_cards_are_dated(tmp_path):
    """A project unpacked from an archive brings its .git/config: with `log.showSignature` and a `gpg.program` of the
    sender's, every check and build ran that program on reading the cards' history (one signed commit is enough)."""
    import subprocess

    from builder.history import file_dates
    from tests.test_history import _git
    root = _project(tmp_path)
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "Cards")

    def git(*args: str, given: str | None = None) -> str:
        return subprocess.run(["git", "-C", str(root), *args], input=given, capture_output=True, text=True,
                              check=True).stdout

    signature = "gpgsig -----BEGIN PGP SIGNATURE-----\n \n AAAA\n -----END PGP SIGNATURE-----\n"
    head, message = git("cat-file", "commit", "HEAD").split("\n\n", 1)
    _git(root, "update-ref", "HEAD", git("hash-object", "-t", "commit", "-w", "--stdin",
                                         given=f"{head}\n{signature}\n{message}").strip())
    ran = tmp_path / "ran"
    program = tmp_path / "sender.sh"
    program.write_text(f"#!/bin/sh\ntouch {ran}\n")
    program.chmod(0o755)
    _git(root, "config", "log.showSignature", "true")
    _git(root, "config", "gpg.program", str(program))
    assert file_dates(root, root / "content" / "facts")["ceasefire.yml"] == ("2020-01-02", "2020-01-02")
    assert run_dossier(root, "check").returncode == 0
    assert not ran.exists()


def test_templates_a_thousand_folders_deep_are_checked_and_built_without_a_traceback(tmp_path):
    """Python's own walks recurse, and a thousand nested folders raised its recursion limit: a traceback."""
    root = _project(tmp_path)
    folders = [root / "templates"]
    for _ in range(1000):  # os.makedirs recurses too
        folders.append(folders[-1] / "a")
    try:
        for folder in folders:
            folder.mkdir()
        (folders[-1] / "note.txt").write_text("deep\n")
        for command in ("check", "build"):
            run = run_dossier(root, command)
            assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
        assert (root / "site" / "index.html").is_file()
    finally:  # shutil.rmtree, as pytest clears its folders, recurses as well
        (folders[-1] / "note.txt").unlink(missing_ok=True)
        for folder in reversed(folders):
            with contextlib.suppress(FileNotFoundError):
                folder.rmdir()


def test_a_template_linking_out_of_the_project_is_never_read_for_the_builds_key(tmp_path):
    """The templates' digest (the build cache's key) reads no file a link leads to out of the project: it may be of
    any size (a link to a file of gigabytes took `dossier check` to 1 GB of memory). The build refuses the link."""
    from builder.cache import folder_digest
    root = _project(tmp_path)
    (root / "templates" / "assets").mkdir(parents=True)
    outside = tmp_path / "outside.bin"
    outside.write_bytes(b"one")
    (root / "templates" / "assets" / "big.bin").symlink_to(outside)
    before = folder_digest(root / "templates")
    outside.write_bytes(b"two, and more")
    assert folder_digest(root / "templates") == before
    run = run_dossier(root, "build")
    assert run.returncode == 1 and "outside the project" in run.stderr and "Traceback" not in run.stderr


def test_a_full_disk_while_a_page_is_written_names_the_page(tmp_path, monkeypatch):
    """The write that fails on a full disk names no file: the problem was reported at the project's folder, on a disk
    with room to spare."""
    import errno
    import pathlib

    root = _project(tmp_path)
    real = pathlib.Path.write_text

    def full(self, *args, **kwargs):
        if self.suffix == ".html":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # as write(2)'s: no file name
        return real(self, *args, **kwargs)
    monkeypatch.setattr(pathlib.Path, "write_text", full)
    run = run_dossier(root, "build", "--no-cache")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert re.match(r"1\. \.site\.partial/\S+\.html: No space left on device", run.stderr), run.stderr


def test_a_card_that_cannot_be_replaced_is_named_not_the_temporary_file_it_was_written_as(tmp_path, monkeypatch):
    """`suggest --apply` on a card made immutable said ".scheduled-length.yml.partial: Operation not permitted", a
    file gone by then, not the card."""
    import errno
    from builder import write
    from builder.problems import os_problem
    card = tmp_path / "scheduled-length.yml"
    card.write_text("before\n")

    def refused(src, dst):
        raise PermissionError(errno.EPERM, "Operation not permitted", str(src), None, str(dst))
    monkeypatch.setattr(write.os, "replace", refused)
    with pytest.raises(OSError) as raised:
        write.replace_text(card, "after\n")
    assert os_problem(raised.value, tmp_path).format(tmp_path).startswith("scheduled-length.yml: Operation not permitted")
    assert card.read_text() == "before\n" and [p.name for p in tmp_path.iterdir()] == ["scheduled-length.yml"]


def test_two_builds_into_a_new_nested_folder_lock_the_same_folder(tmp_path):
    """Builds into a site whose folders do not exist yet locked the nearest folder that did: one started before the
    first made x/y/ locked tmp_path, one started after locked x/y/, and both wrote x/y/.site.partial at once (one
    project's site published with the other's pages, exit 0). The site's folder is made first, then locked."""
    import subprocess
    import sys

    from builder import write
    root = _project(tmp_path)
    out = tmp_path / "x" / "y" / "site"
    assert write.beside(out) == out.parent and out.parent.is_dir()
    with write.lock(write.beside(out)):  # as the first build holds it
        process = subprocess.Popen([sys.executable, "-m", "builder", "--project", str(root), "build", "--out",
                                    str(out), "--allow-outside"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        said = _stderr_until(process, "waiting for it to finish")
    out_text, err = process.communicate(timeout=120)
    assert said == f"Another dossier command is writing in {out.parent} (a build, suggest --apply); waiting for it " \
                   "to finish.\n"
    assert process.returncode == 0, err


def test_a_template_assets_link_into_the_built_site_is_refused(tmp_path):
    """`templates/assets/mirror → ../../site` published the site before inside the new one at every build (332, 664,
    996… files, old pages at new addresses): a link into a site the builder made is refused, as one out of the
    project is."""
    root = _project(tmp_path)
    assert run_dossier(root, "build").returncode == 0
    (root / "templates" / "assets").mkdir(parents=True, exist_ok=True)
    (root / "templates" / "assets" / "mirror").symlink_to("../../site")
    run = run_dossier(root, "build")
    assert run.returncode == 1 and "templates/assets/mirror:1: this is a link to site, in a site the builder made" \
        in run.stderr, run.stderr
    assert not (root / "site" / "assets" / "mirror").exists()


def test_a_site_that_cannot_be_built_beside_is_named_as_the_site(tmp_path, monkeypatch):
    """A project folder made immutable (`chattr +i`) was reported as ".site.partial: Operation not permitted", a
    folder the editor never made nor named."""
    from pathlib import Path
    root = _project(tmp_path)
    made = Path.mkdir
    def mkdir(self, *args, **kwargs):
        if self.name.endswith(".partial"):
            raise PermissionError(1, "Operation not permitted", str(self))
        return made(self, *args, **kwargs)
    monkeypatch.setattr(Path, "mkdir", mkdir)
    run = run_dossier(root, "build")
    assert run.returncode == 1 and run.stderr.startswith("1. site: Operation not permitted; "), run.stderr
