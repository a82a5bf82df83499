"""Edits that leave MkDocs' input alone update the built site in place, with the same result as a full build."""
import shutil
from pathlib import Path

from builder import pipeline
from builder.config import load_config

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(MINI, root)
    return root


def test_a_statement_edit_rewrites_only_what_changed_and_matches_a_full_build(tmp_path):
    root = _project(tmp_path)
    first = pipeline.build(load_config(root), tmp_path / "served", allow_outside=True)
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace("The meeting lasted over two hours.", "The talks ran past two hours."))
    updated = pipeline.update(load_config(root), tmp_path / "served", first.built)
    assert updated is not None
    assert 0 < updated.pages < 12  # the fact page, pages that list it, the search index, exports
    pipeline.build(load_config(root), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "served") == _files(tmp_path / "fresh")


def test_a_new_page_needs_a_full_build(tmp_path):
    root = _project(tmp_path)
    first = pipeline.build(load_config(root), tmp_path / "served", allow_outside=True)
    shutil.copy(root / "content" / "facts" / "actual-length.yml", root / "content" / "facts" / "copy.yml")
    assert pipeline.update(load_config(root), tmp_path / "served", first.built) is None


def test_a_stylesheet_edit_needs_a_full_build(tmp_path):
    root = _project(tmp_path)
    shutil.copytree(MINI.parent.parent.parent / "templates" / "assets", root / "templates" / "assets")
    first = pipeline.build(load_config(root), tmp_path / "served", allow_outside=True)
    css = root / "templates" / "assets" / "dossier.css"
    css.write_text(css.read_text() + "\n.dz h1 { color: red; }\n")
    assert pipeline.update(load_config(root), tmp_path / "served", first.built) is None
