"""Permalinks are stable: a fact's URL follows its card's id, and a renamed card's former ids redirect."""
import shutil
from pathlib import Path

from builder import linkcheck, pipeline
from builder.config import load_config

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


def _build_with_edit(tmp_path: Path, old: str, new: str) -> Path:
    """The mini project with one edit to the actual-length card, built; the site's folder."""
    root = tmp_path / "project"
    shutil.copytree(MINI, root)
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace(old, new))
    pipeline.build(load_config(root), root / "site")
    return root / "site"


def test_former_ids_redirect_to_the_renamed_card(tmp_path):
    site = _build_with_edit(tmp_path, "statement:", "formerly: [meeting-length]\nstatement:")
    old = (site / "facts" / "meeting-length.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=actual-length.html">' in old
    assert '<script>location.replace("actual-length.html" + location.hash)</script>' in old  # a quote's anchor kept
    assert '">The meeting lasted over two hours.</a></p>' in old  # its full stop, not two
    assert linkcheck.check_site(site) == []


def test_a_redirects_canonical_link_is_the_cards_full_address_under_a_site_address_in_ascii(tmp_path):
    """With site_url set, the page left for a former id names the card's full address as canonical, as every page
    does; a site address beyond ASCII ("dö-ssier") is written percent-encoded there and in the sitemap."""
    shutil.copytree(MINI, tmp_path / "project")
    config = tmp_path / "project" / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "site_url: https://example.org/dö-ssier\n", encoding="utf-8")
    card = tmp_path / "project" / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text().replace("statement:", "formerly: [meeting-length]\nstatement:"))
    pipeline.build(load_config(tmp_path / "project"), tmp_path / "project" / "site")
    site = tmp_path / "project" / "site"
    address = "https://example.org/d%C3%B6-ssier/"
    assert f'<link rel="canonical" href="{address}facts/actual-length.html">' in (
        site / "facts" / "meeting-length.html").read_text(encoding="utf-8")
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{address}facts/actual-length.html</loc>" in sitemap and "dö" not in sitemap
    assert f'<link rel="canonical" href="{address}facts/actual-length.html">' in (
        site / "facts" / "actual-length.html").read_text(encoding="utf-8")


def test_fact_urls_follow_the_card_id_not_its_text(tmp_path):
    site = _build_with_edit(tmp_path, "The meeting lasted over two hours.", "The talks ran past two hours.")
    assert "The talks ran past two hours." in (site / "facts" / "actual-length.html").read_text()
