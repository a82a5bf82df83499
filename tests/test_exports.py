"""Exports of the built reference site validate against their schemas and point at the right text."""
import csv
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest

from builder.config import load_config
from builder.formatting import text_fragment
from builder.pipeline import check

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dossier():
    return check(load_config(ROOT)).site.dossier


def test_dossier_json_validates_against_its_schema(built_site, dossier):
    data = json.loads((built_site / "exports" / "dossier.json").read_text())
    jsonschema.validate(data, json.loads((built_site / "exports" / "dossier.schema.json").read_text()))
    assert set(data["facts"]) == set(dossier.facts)
    assert data["facts"]["hamburg-trump-putin-scheduled-length"]["verdict"] == "disputed"


def test_csv_tables_have_a_row_per_fact_and_account(built_site, dossier):
    facts = list(csv.DictReader((built_site / "exports" / "facts.csv").open(encoding="utf-8")))
    accounts = list(csv.DictReader((built_site / "exports" / "accounts.csv").open(encoding="utf-8")))
    assert [r["fact"] for r in facts] == list(dossier.facts)
    assert len(accounts) == sum(len(f.accounts) for f in dossier.facts.values())


def test_web_annotations_select_the_quoted_text(built_site, dossier):
    collection = json.loads((built_site / "exports" / "annotations.jsonld").read_text())
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    items = collection["first"]["items"]
    assert len(items) == collection["total"] == 153
    for item in items:
        quote, position = item["target"]["selector"]
        source = dossier.sources[item["target"]["source"].rsplit(":", 1)[-1]]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert source.body[position["start"]:position["end"]] == quote["exact"]
        assert source.body[:position["start"]].endswith(quote["prefix"])
        assert source.body[position["end"]:].startswith(quote["suffix"])


def test_fact_pages_embed_claim_review(built_site, dossier):
    html = (built_site / "facts" / "hamburg-trump-putin-scheduled-length.html").read_text()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == dossier.facts["hamburg-trump-putin-scheduled-length"].statement
    assert data["itemReviewed"]["@type"] == "Claim"
    assert {a["@type"] for a in data["itemReviewed"]["appearance"]} == {"CreativeWork"}
    assert data["reviewRating"] == {"@type": "Rating", "alternateName": "Disputed by sources"}


def test_text_fragments_encode_reserved_characters():
    assert text_fragment("https://ex.org/a#top", "“co-operation, & more”") == \
        "https://ex.org/a#:~:text=co%2Doperation%2C%20%26%20more"
    long = text_fragment("https://ex.org/a", "one two three four five six seven eight nine")
    assert long.endswith("#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine")


def test_offline_zip_is_deterministic_and_searchable(tmp_path):
    from builder.pipeline import build
    config = load_config(ROOT)
    zips = []
    for run in ("first", "second"):
        zips.append(tmp_path / run / "dossier.zip")
        build(config, tmp_path / run / "site", allow_outside=True, offline_zip=zips[-1])
    assert zips[0].read_bytes() == zips[1].read_bytes()
    names = zipfile.ZipFile(zips[0]).namelist()
    assert "dossier/index.html" in names and "dossier/search/search_index.js" in names


def test_pdf_briefings_are_printed_per_covered_summit(tmp_path):
    # A subprocess: Playwright's sync API cannot run inside the browser tests' event loop.
    proc = subprocess.run([sys.executable, "-m", "builder", "--project", str(ROOT / "tests" / "fixtures" / "mini"),
                           "build", "--out", str(tmp_path / "site"), "--allow-outside", "--pdf", "--no-cache"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    pdfs = sorted(p.name for p in (tmp_path / "site" / "briefings").iterdir())
    assert pdfs == ["hamburg.pdf"]
    data = (tmp_path / "site" / "briefings" / "hamburg.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 5_000
