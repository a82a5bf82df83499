"""The only module that writes to disk: the MkDocs project, then the site, swapped in when complete."""
from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path

from builder import mkdocs_site
from builder.cache import digest
from builder.config import Config
from builder.problems import DossierError, Located, Problem
from builder.render import DEFAULT_TEMPLATES

MARKER = ".dossier-site"
WORK_DIR = ".dossier-cache"


Finish = Callable[[Path], Iterable[tuple[str, "str | bytes | None"]]]


def publish(files: dict[str, str], config: Config, mkdocs_yml: str, out: Path, allow_outside: bool,
            finish: Finish | None = None, verify: Callable[[Path], list[Problem]] | None = None) -> dict[str, bytes]:
    """Write the MkDocs project, build it beside ``out``, ``finish`` and ``verify`` it, and swap it in.

    ``finish`` yields (name, content) of files to write into the built site (None deletes one), each written
    as it comes; the digests of what it wrote are returned. ``out`` is untouched when
    anything fails.
    """
    out = out.resolve()
    refuse_unsafe(out, config, allow_outside)
    default = out == config.output.resolve()
    project = write_project(files, config, mkdocs_yml, "mkdocs" if default else f"mkdocs-{_key(out)}")
    staging = out.with_name(f".{out.name}.partial")
    remove(staging)
    try:
        mkdocs_site.build(project, staging)
        written = apply(staging, finish(staging) if finish else ())
        problems = verify(staging) if verify else []
        if problems:
            raise DossierError(problems)
        (staging / MARKER).write_text("Built by dossier. This folder is replaced on every build.\n")
        swap(staging, out)
        return written
    finally:
        remove(staging)
        if not default:
            remove(project)


def refuse_unsafe(out: Path, config: Config, allow_outside: bool) -> None:
    """Refuse to replace a folder dossier did not create, the project, its content, or anything outside."""
    root = config.root
    reason = None
    if out == root or out in root.parents:
        reason = "it is the project folder or contains it"
    elif out in (config.content, config.templates) or config.content in out.parents or out in config.content.parents:
        reason = "it holds the content or templates"
    elif root not in out.parents and not allow_outside:
        reason = "it is outside the project (pass --allow-outside to allow it)"
    elif out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        reason = f"it exists and was not made by dossier (no {MARKER} file); empty or remove it yourself"
    if reason:
        raise DossierError([Problem(Located(out), f"refusing to write the site here: {reason}")])


def package_offline(files: dict[str, str], config: Config, mkdocs_yml: str, archive: Path,
                    finish: Finish | None = None) -> None:
    """Build an offline variant of the site and pack it into the zip file ``archive`` (deterministically)."""
    project = write_project(files, config, mkdocs_yml, f"offline-{_key(archive)}")
    site = project / "site"
    try:
        mkdocs_site.build(project, site)
        apply(site, finish(site) if finish else ())
        archive.parent.mkdir(parents=True, exist_ok=True)
        partial = archive.with_name(f".{archive.name}.partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
            for path in sorted(p for p in site.rglob("*") if p.is_file()):
                name = f"{archive.stem}/{path.relative_to(site).as_posix()}"
                info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                bundle.writestr(info, path.read_bytes())
        os.replace(partial, archive)
    finally:
        remove(project)


def copy_schemas(folder: Path) -> None:
    """Copy the content schemas into ``folder`` where missing, so editors' schema lines resolve."""
    for name, text in _schemas():
        if not (folder / name).exists():
            _write(folder / name, text)


def create_new(path: Path, text: str) -> None:
    """Write a new file; raise FileExistsError rather than replace one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8", newline="\n") as file:
        file.write(text)


def _schemas():
    """(file name, text) of each content schema shipped with the builder."""
    for schema in sorted(resources.files("builder").joinpath("schemas").iterdir(), key=lambda p: p.name):
        if schema.name.endswith(".json"):
            yield schema.name, schema.read_text("utf-8")


def _key(target: Path) -> str:
    """A short name for the work folder of one output, so that builds to different outputs never collide."""
    return hashlib.sha1(str(target).encode()).hexdigest()[:10]


def write_project(files: dict[str, str], config: Config, mkdocs_yml: str, name: str) -> Path:
    """Write mkdocs.yml and the docs tree (pages and other files, assets, schemas) into the work folder."""
    project = config.root / WORK_DIR / name
    remove(project)
    docs = project / "docs"
    for path, text in files.items():
        _write(docs / path, text)
    for templates in (DEFAULT_TEMPLATES, config.templates):
        if (templates / "assets").is_dir():
            shutil.copytree(templates / "assets", docs / "assets", dirs_exist_ok=True)
    for name, text in _schemas():
        _write(docs / "schemas" / name, text)
    _write(project / "mkdocs.yml", mkdocs_yml)
    return project


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def replace_files(folder: Path, files: dict[str, str]) -> None:
    """Replace files of a published site one by one, each atomically (for the live preview)."""
    for rel, text in files.items():
        partial = folder / f"{rel}.partial"
        _write(partial, text)
        os.replace(partial, folder / rel)


def snapshot(folder: Path) -> dict[str, tuple[int, int]] | None:
    """The size and modification time of every file under ``folder`` (None when it does not exist)."""
    if not folder.is_dir():
        return None
    found = {}
    for parent, _, names in os.walk(folder):
        for name in names:
            stat = os.stat(os.path.join(parent, name))
            found[os.path.relpath(os.path.join(parent, name), folder)] = stat.st_size, stat.st_mtime_ns
    return found


def apply(site: Path, files: Iterable[tuple[str, str | bytes | None]]) -> dict[str, bytes]:
    """Write (or, for None, delete) files under ``site``, one at a time; the digest of each file written."""
    written = {}
    for rel, content in files:
        if content is None:
            (site / rel).unlink(missing_ok=True)
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            (site / rel).parent.mkdir(parents=True, exist_ok=True)
            (site / rel).write_bytes(data)
            written[rel] = digest(data)
    return written


def swap(staging: Path, out: Path) -> None:
    """Put the folder ``staging`` in place of ``out`` (if any), which is deleted."""
    old = out.with_name(f".{out.name}.old")
    remove(old)
    if out.exists():
        os.replace(out, old)
    os.replace(staging, out)
    remove(old)


def remove(path: Path) -> None:
    """Delete a file or a folder tree, if it exists."""
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
