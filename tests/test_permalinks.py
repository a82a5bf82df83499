"""Permalinks are stable: a renamed card's former ids redirect to its page."""
import shutil
from pathlib import Path

from builder import linkcheck, pipeline
from builder.config import load_config

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


def test_former_ids_redirect_to_the_renamed_card(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(MINI, root)
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace("statement:", "formerly: [meeting-length]\nstatement:"))
    pipeline.build(load_config(root), root / "site")
    old = (root / "site" / "facts" / "meeting-length.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=actual-length.html">' in old
    assert linkcheck.check_site(root / "site") == []


def test_fact_urls_follow_the_card_id_not_its_text(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(MINI, root)
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace("The meeting lasted over two hours.", "The talks ran past two hours."))
    pipeline.build(load_config(root), root / "site")
    assert "The talks ran past two hours." in (root / "site" / "facts" / "actual-length.html").read_text()
