"""Exports of the built reference site validate against their schemas and point at the right text."""
import csv
import html
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest

from builder import linkcheck
from builder.cache import Cache
from builder.config import load_config
from builder.export import claim_review, files
from builder.formatting import text_fragment
from builder.pipeline import build, check

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dossier():
    return check(load_config(ROOT)).site.dossier


def test_dossier_json_validates_against_its_schema(built_site, dossier):
    data = json.loads((built_site / "exports" / "dossier.json").read_text())
    jsonschema.validate(data, json.loads((built_site / "exports" / "dossier.schema.json").read_text()))
    assert set(data["facts"]) == set(dossier.facts)
    scheduled = data["facts"]["hamburg-trump-putin-scheduled-length"]
    assert scheduled["verdict"] == "disputed"
    assert (scheduled["source_count"], scheduled["independent_count"]) == (3, 3)
    assert [(g["value"]["text"], g["sources"]) for side in scheduled["sides"] for g in side["groups"]] == [
        ("35", ["eatprayvote-success-and-concession", "rferl-putin-trump-agree"]),
        ("30", ["translated-putin-denies-interfering"])]
    assert [side["minority"] for side in scheduled["sides"]] == [False, True]
    assert scheduled["outliers"] == ["translated-putin-denies-interfering"]
    assert data["shared_wording"] == []  # the five reference articles share no wording


def test_each_fact_entry_splits_its_accounts_into_sides(built_site, dossier):
    data = json.loads((built_site / "exports" / "dossier.json").read_text())
    verdicts = set()
    for fact_id, entry in data["facts"].items():
        fact = dossier.facts[fact_id]
        numbers = sorted(n for side in entry["sides"] for g in side["groups"] for n in g["accounts"])
        assert numbers == [a.number for a in fact.accounts], fact_id  # every account on exactly one side
        assert sorted({s for side in entry["sides"] for s in side["sources"]}) == entry["sources"], fact_id
        assert entry["source_count"] == len(fact.sources) >= entry["independent_count"] >= 1
        minority = sorted({s for side in entry["sides"] if side["minority"] for s in side["sources"]})
        assert minority == entry["outliers"], fact_id
        if entry["verdict"] in ("single", "agree", "minor"):
            assert len(entry["sides"]) == 1, fact_id
        verdicts.add(entry["verdict"])
    assert verdicts == {"single", "agree", "contested", "disputed"}
    seemed = data["facts"]["hamburg-putin-trump-seemed-to-agree"]  # one article quotes both positions
    assert [(side["affirms"], side["sources"], [g["value"] for g in side["groups"]]) for side in seemed["sides"]] == [
        (True, ["rferl-putin-trump-agree"], [None]), (False, ["rferl-putin-trump-agree"], [None])]


def test_shared_wording_is_exported_and_counts_sources_once(tmp_path):
    """Two articles sharing a sentence: one independent source for the fact both cite it for, and the passage
    with its place in each article at the top of dossier.json."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    shared = "The leaders met for two hours and 15 minutes, although the talks were scheduled for 30 minutes."
    beta = project / "content" / "sources" / "beta.md"
    beta.write_text(beta.read_text(encoding="utf-8").replace("---\nOriginally", f"---\n{shared}\n\nOriginally"),
                    encoding="utf-8")
    card = project / "content" / "facts" / "scheduled-length.yml"
    card.write_text(card.read_text(encoding="utf-8").replace("Originally scheduled to last 35 minutes",
                    "the talks were scheduled for 30 minutes").replace("exact: 35", "exact: 30"), encoding="utf-8")
    site = check(load_config(project)).site
    data = json.loads(dict(files(site.dossier, site.comparison, ""))["exports/dossier.json"])
    jsonschema.validate(data, json.loads((ROOT / "builder" / "export_schemas" / "dossier.schema.json").read_text()))
    scheduled = data["facts"]["scheduled-length"]
    assert (scheduled["verdict"], scheduled["source_count"], scheduled["independent_count"]) == ("single", 2, 1)
    assert [(side["sources"], side["independent_count"]) for side in scheduled["sides"]] == [(["alpha", "beta"], 1)]
    [pair] = data["shared_wording"]
    assert pair["sources"] == ["alpha", "beta"] and pair["words"] == 17
    [passage] = pair["passages"]
    assert passage["text"] == shared.rstrip(".") and passage["words"] == 17  # from the first word to the last
    for source, span in passage["spans"].items():
        assert site.dossier.sources[source].body[span["start"]:span["end"]] == passage["text"]


def test_csv_tables_have_a_row_per_fact_and_account(built_site, dossier):
    facts = list(csv.DictReader((built_site / "exports" / "facts.csv").open(encoding="utf-8")))
    accounts = list(csv.DictReader((built_site / "exports" / "accounts.csv").open(encoding="utf-8")))
    assert [r["fact"] for r in facts] == sorted(dossier.facts)
    assert [(r["fact"], r["account"]) for r in accounts] == [
        (i, str(a.number)) for i in sorted(dossier.facts) for a in dossier.facts[i].accounts]
    annotated = [a["id"] for a in _annotations(built_site)]
    assert annotated == [f"urn:dossier:{a.anchor}" for i in sorted(dossier.facts) for a in dossier.facts[i].accounts]


SITE_URL = "https://dossier.example.org/g20/"
NAMED = {"type": "object", "required": ["@type", "name"],
         "properties": {"@type": {"enum": ["Person", "Organization"]},
                        "name": {"type": "string", "minLength": 1,
                                 "not": {"pattern": "(?i)unknown|unattributed|anonymous"}}}}
DAY = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
# What Google asks of a ClaimReview (developers.google.com/search/docs/appearance/structured-data/factcheck),
# for what the dossier knows: every fact page of the reference dossier must pass it.
CLAIM_REVIEW = {
    "type": "object",
    "required": ["@context", "@type", "url", "author", "datePublished", "claimReviewed", "itemReviewed", "reviewRating"],
    "properties": {
        "@context": {"const": "https://schema.org"}, "@type": {"const": "ClaimReview"},
        "url": {"type": "string", "pattern": "^" + re.escape(SITE_URL) + "facts/[a-z0-9-]+[.]html$"},
        "author": {**NAMED, "properties": {**NAMED["properties"], "@type": {"const": "Organization"}}},
        "datePublished": DAY,
        "claimReviewed": {"type": "string", "minLength": 1},
        "reviewRating": {
            "type": "object", "required": ["@type", "ratingValue", "bestRating", "worstRating", "alternateName"],
            "properties": {"@type": {"const": "Rating"}, "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                           "bestRating": {"const": 5}, "worstRating": {"const": 1},
                           "alternateName": {"enum": ["Sources disagree", "Contested claim", "One source",
                                                      "Minor discrepancy", "Sources agree"]}}},
        "itemReviewed": {
            "type": "object", "required": ["@type", "appearance"],
            "properties": {
                "@type": {"const": "Claim"}, "author": NAMED, "datePublished": DAY,
                "appearance": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["@type", "name"],
                    "properties": {"@type": {"const": "CreativeWork"}, "name": {"type": "string", "minLength": 1},
                                   "url": {"type": "string", "pattern": "^https?://"}, "datePublished": DAY,
                                   "author": NAMED}}}}},
    },
}


@pytest.fixture(scope="module")
def published_site(tmp_path_factory):
    """The reference dossier built as CI builds it for GitHub Pages: with the site's address."""
    out = tmp_path_factory.mktemp("published")
    proc = subprocess.run([sys.executable, "-m", "builder", "build", "--out", str(out), "--allow-outside", "--no-cache",
                           "--site-url", SITE_URL.rstrip("/")], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return out


def _claim_review(page: Path) -> dict:
    html = page.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def _annotations(site: Path) -> list[dict]:
    collection = json.loads((site / "exports" / "annotations.jsonld").read_text())
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert len(collection["first"]["items"]) == collection["total"] == 153
    return collection["first"]["items"]


def test_web_annotations_select_the_quoted_text(built_site, dossier):
    """Each quote is found whole in the text of the page it targets, the source's page: 12 of 153 were not, broken
    by the arrow (and its hidden words) that a quote ending inside them links to its fact with. A position would
    count in the article's text, not the page's: there is none."""
    pages = {}
    for item in _annotations(built_site):
        (quote,) = item["target"]["selector"]
        target = re.fullmatch(r"[.][.]/sources/([a-z0-9-]+)[.]html", item["target"]["source"])
        assert target, item["target"]["source"]  # no article URL is known: the source page, relative
        source = dossier.sources[target.group(1)]
        assert quote["type"] == "TextQuoteSelector" and quote["exact"] in source.body
        path = built_site / "exports" / item["target"]["source"]  # relative to the file itself
        if path not in pages:
            article = path.read_text(encoding="utf-8").split('<article class="dz-article', 1)[1].split("</article>")[0]
            pages[path] = " ".join(html.unescape(re.sub(r"<[^>]+>", "", article.split(">", 1)[1])).split())
        assert " ".join(quote["exact"].split()) in pages[path], quote["exact"]


def test_an_annotation_of_an_article_with_its_address_selects_by_position_too(dossier):
    import dataclasses

    from builder.export import annotation
    fact = dossier.facts["hamburg-trump-putin-actual-length"]
    account = fact.accounts[0]
    source = dataclasses.replace(dossier.sources[account.source], url="https://example.org/talks")
    target = annotation(account, source, fact, "")["target"]
    quote, position = target["selector"]
    assert target["source"] == "https://example.org/talks" and position["type"] == "TextPositionSelector"
    assert source.body[position["start"]:position["end"]] == quote["exact"]


def test_published_annotations_target_the_source_pages(published_site, dossier):
    targets = {item["target"]["source"] for item in _annotations(published_site)}
    assert targets == {f"{SITE_URL}sources/{s}.html" for s in dossier.sources}


def test_each_annotation_is_named_by_the_quote_on_its_fact_page(published_site):
    """The W3C model asks an IRI of each annotation, of the collection and of its page: an annotation's is its
    quote's card on the fact's page, which exists there."""
    collection = json.loads((published_site / "exports" / "annotations.jsonld").read_text())
    assert collection["id"] == f"{SITE_URL}exports/annotations.jsonld"
    assert collection["first"]["id"] == f"{SITE_URL}exports/annotations.jsonld#page-1"
    pages = {}
    for item in _annotations(published_site):
        address, anchor = item["id"].split("#")
        assert address.startswith(f"{SITE_URL}facts/")
        page = pages.setdefault(address, (published_site / address[len(SITE_URL):]).read_text(encoding="utf-8"))
        assert page.count(f'id="{anchor}"') == 1, item["id"]


def test_every_fact_page_has_the_claim_review_google_asks_for(published_site, dossier):
    pages = sorted((published_site / "facts").glob("*.html"))
    reviews = {p.stem: _claim_review(p) for p in pages if p.stem in dossier.facts}
    assert reviews.keys() == dossier.facts.keys()
    for fact_id, data in reviews.items():
        jsonschema.validate(data, CLAIM_REVIEW)
        fact = dossier.facts[fact_id]
        assert data["url"] == f"{SITE_URL}facts/{fact_id}.html"
        assert data["author"]["name"] == "The dossier editors"
        assert data["claimReviewed"] == fact.statement
        claimant = data["itemReviewed"].get("author")
        if fact.speaker:
            assert claimant["name"] == dossier.speakers[fact.speaker].name
        elif claimant:  # whom a source reports saying it, or the outlet (or byline) stating it in its own voice
            said = {dossier.speakers[a.speakers[0]].name for a in fact.accounts if a.stance == "attributes"}
            stating = [dossier.sources[a.source] for a in fact.accounts if a.stance == "states"]
            assert claimant["name"] in said | {s.outlet for s in stating} | {s.author for s in stating}
        appearing = [a["name"] for a in data["itemReviewed"]["appearance"]]
        assert sorted(appearing) == sorted(dossier.sources[s].title for s in fact.sources)
    accepted = reviews["hamburg-trump-accepted-putin-denial"]["itemReviewed"]["author"]
    assert accepted == {"@type": "Person", "name": "Sergey Lavrov"}
    scheduled = reviews["hamburg-trump-putin-scheduled-length"]["reviewRating"]
    assert (scheduled["ratingValue"], scheduled["alternateName"], scheduled["name"]) == (1, "Sources disagree", "Sources disagree")
    assert scheduled["reviewAspect"] == "how far the sources bear the claim out, not whether it is true"


def test_claim_review_names_what_is_known_of_each_article(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    alpha = project / "content" / "sources" / "alpha.md"
    alpha.write_text(alpha.read_text(encoding="utf-8").replace("published: unknown", "published: 2017-07-07\n"
                     "url: https://alpha.example/hamburg"), encoding="utf-8")
    site = check(load_config(project)).site
    row = site.comparison.facts["actual-length"]
    data = json.loads(claim_review(row, site.dossier, f"{SITE_URL}facts/actual-length.html", "Desk", "2020-01-02"))
    assert data["author"] == {"@type": "Organization", "name": "Desk"} and data["datePublished"] == "2020-01-02"
    assert claim_review(row, site.dossier, "", "Desk", "2020-01-02") == ""  # Google requires its url
    claim = data["itemReviewed"]
    assert claim["author"] == {"@type": "Organization", "name": "Alpha News"}  # the outlet's own statement
    assert claim["datePublished"] == "2017-07-07"  # the earlier of the two articles
    assert claim["appearance"] == [
        {"@type": "CreativeWork", "name": "Leaders meet in Hamburg", "url": "https://alpha.example/hamburg",
         "datePublished": "2017-07-07", "author": {"@type": "Organization", "name": "Alpha News"}},
        {"@type": "CreativeWork", "name": "Talks ran long", "datePublished": "2017-07-08",
         "author": {"@type": "Person", "name": "B. Writer"}}]
    assert data["reviewRating"]["alternateName"] == "Sources agree"
    annotations = json.loads(dict(files(site.dossier, site.comparison, ""))["exports/annotations.jsonld"])
    assert annotations["first"]["items"][0]["target"]["source"] == "https://alpha.example/hamburg"


def test_text_fragments_encode_reserved_characters():
    assert text_fragment("https://ex.org/a#top", "“co-operation, & more”") == \
        "https://ex.org/a#:~:text=co%2Doperation%2C%20%26%20more"
    long = text_fragment("https://ex.org/a", "one two three four five six seven eight nine")
    assert long.endswith("#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine")


def test_offline_zip_is_deterministic_and_searchable(tmp_path):
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
    assert b"file:" not in data  # no link into the folder the build wrote in, gone once swapped


def test_pdf_briefings_link_to_the_published_site(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "builder", "--project", str(ROOT / "tests" / "fixtures" / "mini"),
                           "build", "--out", str(tmp_path / "site"), "--allow-outside", "--pdf", "--no-cache",
                           "--site-url", SITE_URL], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    data = (tmp_path / "site" / "briefings" / "hamburg.pdf").read_bytes()
    links = set(re.findall(rb"/URI \((.*?)\)", data))
    assert f"{SITE_URL}facts/actual-length.html".encode() in links and not any(b"file:" in link for link in links)


def test_published_pages_have_canonical_links_and_are_in_the_sitemap(published_site):
    pages = {p.relative_to(published_site).as_posix() for p in published_site.rglob("*.html")} - {"404.html"}
    for name in pages:
        html = (published_site / name).read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue  # a redirect of a renamed card
        assert f'<link rel="canonical" href="{SITE_URL}{name}">' in html, name
    listed = re.findall(r"<loc>(.*?)</loc>", (published_site / "sitemap.xml").read_text(encoding="utf-8"))
    assert sorted(listed) == sorted(f"{SITE_URL}{name}" for name in pages)


def _dataset(site: Path) -> dict:
    html = (site / "index.html").read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def _google_dataset_problems(data: dict) -> list[str]:
    """What Google's Dataset guidance would object to in ``data``: name and description (50 to 5,000 characters)
    required; each recommended property, where given, of the kind it asks for."""
    found = []
    if data.get("@context") != "https://schema.org" or data.get("@type") != "Dataset":
        found.append("not a schema.org Dataset")
    if not isinstance(data.get("name"), str) or not data["name"].strip():
        found.append("no name")
    if not isinstance(data.get("description"), str) or not 50 <= len(data["description"]) <= 5000:
        found.append("no description of 50 to 5,000 characters")
    for key in ("url", "license"):
        if key in data and not re.fullmatch(r"https?://[^\s\"<>]+", data[key]):
            found.append(f"{key} is not an address: {data[key]!r}")
    for key in ("creator", "publisher"):
        if key in data and not (data[key].get("@type") in ("Person", "Organization") and data[key].get("name")):
            found.append(f"{key} is not a Person or Organization with a name")
    if "keywords" in data and not all(isinstance(k, str) and k for k in data["keywords"]):
        found.append("keywords are not words")
    if "temporalCoverage" in data and not re.fullmatch(r"\d{4}-\d\d-\d\d(/\d{4}-\d\d-\d\d)?", data["temporalCoverage"]):
        found.append("temporalCoverage is not an ISO 8601 date or interval")
    for download in data.get("distribution", ()):
        if download.get("@type") != "DataDownload" or not download.get("contentUrl", "").startswith("https://"):
            found.append(f"not a DataDownload with a full address: {download}")
    for work in data.get("isBasedOn", ()):
        if work.get("@type") != "CreativeWork" or not work.get("name"):
            found.append(f"isBasedOn is not a CreativeWork with a name: {work}")
    return found


def test_the_home_page_describes_the_dossier_as_a_dataset_with_its_downloads(published_site, built_site, dossier):
    """Google's Dataset Search asks for a name and a description of 50 to 5,000 characters; the downloads are the
    exports, by their full address (known only with a site_url)."""
    data = _dataset(published_site)
    assert _google_dataset_problems(data) == [] and _google_dataset_problems(_dataset(built_site)) == []
    assert data["@type"] == "Dataset" and data["name"] == "Trump–Putin at the G20: a source-by-source dossier"
    assert 50 <= len(data["description"]) <= 5000 and f"{len(dossier.facts)} facts from" in data["description"]
    home = (published_site / "index.html").read_text(encoding="utf-8")  # one address for the page: its canonical
    assert data["url"] == f"{SITE_URL}index.html" and f'<link rel="canonical" href="{SITE_URL}index.html">' in home
    assert data["creator"] == data["publisher"] == {"@type": "Organization", "name": "The dossier editors"}
    assert "license" not in data  # the reference dossier names none
    downloads = {d["contentUrl"].removeprefix(SITE_URL): d["encodingFormat"] for d in data["distribution"]}
    assert downloads["exports/dossier.json"] == "application/json" and downloads["exports/facts.csv"] == "text/csv"
    assert all((published_site / name).is_file() for name in downloads)
    assert "Syria Ceasefire" in data["keywords"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", data["temporalCoverage"])
    # the places of the events the facts are about, as the summit cards name them (a city with no country stays so)
    assert data["spatialCoverage"] == ["Hamburg, Germany", "Osaka, Japan", "United States", "Warsaw"]
    # what it is made of: every article, by its headline, with its address and outlet where known
    based = {work["name"]: work for work in data["isBasedOn"]}
    assert set(based) == {s.title for s in dossier.sources.values()}
    for source in dossier.sources.values():
        assert based[source.title].get("url") == (source.url or None)
        assert based[source.title].get("author", {}).get("name") == (source.outlet if source.outlet != "unknown"
                                                                    else None if source.author == "unknown"
                                                                    else source.author)
    unpublished = _dataset(built_site)
    assert "distribution" not in unpublished and "url" not in unpublished and unpublished["description"]


def test_the_dataset_carries_the_configured_license_and_no_creator_without_a_publisher(tmp_path):
    """A dossier whose config names no publisher has no one to credit: no creator is made up; the license, an address,
    is the Dataset's as written."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    build = [sys.executable, "-m", "builder", "--project", str(project), "build"]
    subprocess.run(build, check=True, capture_output=True)
    bare = _dataset(project / "site")
    assert _google_dataset_problems(bare) == [] and not {"license", "creator", "publisher"} & set(bare)
    config = project / "site_config.yml"
    license = "https://creativecommons.org/licenses/by/4.0/"
    config.write_text(config.read_text(encoding="utf-8") + f'publisher: "Mini editors"\nlicense: "{license}"\n',
                      encoding="utf-8")
    subprocess.run(build, check=True, capture_output=True)
    data = _dataset(project / "site")
    assert _google_dataset_problems(data) == [] and data["license"] == license
    assert data["creator"] == data["publisher"] == {"@type": "Organization", "name": "Mini editors"}


def test_without_a_publisher_a_strict_build_says_what_the_structured_data_lacks(tmp_path):
    """No creator is made up for the Dataset, nor an author for the ClaimReviews: the editor is told, as for site_url,
    and the warning goes once publisher is set."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    build = [sys.executable, "-m", "builder", "--project", str(project), "build", "--strict"]
    run = subprocess.run(build, capture_output=True, text=True)
    assert run.returncode == 0 and "warning: no publisher: the home page's Dataset has no creator" in run.stderr
    config = project / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + 'publisher: "Mini editors"\n', encoding="utf-8")
    run = subprocess.run(build, capture_output=True, text=True)
    assert run.returncode == 0 and "no publisher" not in run.stderr


def test_a_license_that_is_not_an_address_is_refused_with_its_line(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    config = project / "site_config.yml"
    lines = config.read_text(encoding="utf-8").splitlines()
    config.write_text("\n".join([*lines, "license: CC BY 4.0", ""]), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "build"],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and not (project / "site").exists()
    assert (f"site_config.yml:{len(lines) + 1}:1: option 'license' is 'CC BY 4.0'; use an address starting with "
            "https:// or http:// (the license's page, e.g. https://creativecommons.org/licenses/by/4.0/)") in proc.stderr


def test_the_dataset_escapes_what_would_end_its_script(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    config = project / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("description: A tiny dossier used by the tests.",
                                                                 'description: "Talks </script><b>ended</b>"'),
                      encoding="utf-8")
    subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "build"], check=True,
                   capture_output=True)
    html = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "</script><b>" not in html and _dataset(project / "site")["description"].startswith("Talks </script>")


def _structured_data(page: Path) -> list[dict]:
    """Every JSON-LD item of a page, one per script."""
    found = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text(encoding="utf-8"), re.S)
    return [json.loads(text) for text in found]


def _breadcrumbs(site: Path, name: str) -> list[tuple[str, str]] | None:
    """A page's breadcrumbs as (name, path of the page in the built site) from the home page; None without any.
    Each step is checked as Google asks: a ListItem numbered from 1, its item a full URL, here of a built page."""
    lists = [item for item in _structured_data(site / name) if item["@type"] == "BreadcrumbList"]
    if not lists:
        return None
    assert len(lists) == 1 and lists[0]["@context"] == "https://schema.org", name
    steps = lists[0]["itemListElement"]
    assert [(step["@type"], step["position"]) for step in steps] == [("ListItem", n) for n in range(1, len(steps) + 1)]
    trail = []
    for step in steps:
        assert step["item"].startswith(SITE_URL), (name, step)
        path = step["item"].removeprefix(SITE_URL)
        assert (site / path).is_file(), (name, step)
        trail.append((step["name"], path))
    return trail


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def _heading(page: Path) -> str:
    return _text(re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text(encoding="utf-8"), re.S).group(1))


def _title(page: Path) -> str:
    """A page's own title, as its <title> gives it before the site's."""
    return _text(re.search(r"<title>(.*?)</title>", page.read_text(encoding="utf-8"), re.S).group(1)).rsplit(" - ", 1)[0]


def _tabs(site: Path) -> dict[str, str]:
    """The navigation tabs: each section's index page and its name."""
    found = re.findall(r'<a href="([^"]+)" class="md-tabs__link">(.*?)</a>',
                       (site / "index.html").read_text(encoding="utf-8"), re.S)
    return {path: _text(name) for path, name in found}


def test_pages_carry_breadcrumbs_named_as_the_site_names_each_step(published_site, dossier):
    """Google's BreadcrumbList: fact pages under their summit, summit, source and speaker pages under their section,
    the section pages under the home page; each step named as its navigation tab or its title names it (the title of
    a fact, summit, source or speaker page is its heading)."""
    tabs = _tabs(published_site)
    home = ("Home", "index.html")
    assert tabs["index.html"] == "Home"
    expected = {}
    for f in dossier.facts.values():
        summit = (dossier.summits[f.summit].name, f"summits/{f.summit}.html")
        page = f"facts/{f.id}.html"
        expected[page] = [home, summit, (_heading(published_site / page), page)]
    for folder, records, name in (("summits", dossier.summits, "name"), ("sources", dossier.sources, "title"),
                                  ("speakers", dossier.speakers, "name")):
        section = (tabs[f"{folder}/index.html"], f"{folder}/index.html")
        expected[section[1]] = [home, section]
        expected |= {f"{folder}/{i}.html": [home, section, (getattr(r, name), f"{folder}/{i}.html")]
                     for i, r in records.items()}
    trails = {}
    for page in sorted(published_site.rglob("*.html")):
        name = page.relative_to(published_site).as_posix()
        trail = _breadcrumbs(published_site, name)
        if trail is not None:
            trails[name] = trail
            assert trail[0] == home and trail[-1][1] == name, name  # from the home page to the page itself
            for step, path in trail:
                assert step in (tabs.get(path), _title(published_site / path)), (name, step)
    assert all(trail[-1][0] == _heading(published_site / name) for name, trail in expected.items() if len(trail) == 3)
    for index in ("timeline.html", "disagreements.html", "compare/index.html", "facts/index.html", "editing.html"):
        expected[index] = [home, (tabs[index], index)]  # the sections, and a hand-written page (its tab's name)
    compared = "compare/hamburg-2017.html"
    expected[compared] = [home, ("Compare sources", "compare/index.html"), (_title(published_site / compared), compared)]
    assert {name: trails.get(name) for name in expected} == expected
    assert "index.html" not in trails  # a trail of one step is no trail
    assert "404.html" not in trails  # served at any missing address, it has none of its own
    fact = _structured_data(published_site / "facts" / "hamburg-trump-putin-scheduled-length.html")
    assert [item["@type"] for item in fact] == ["ClaimReview", "BreadcrumbList"]  # each in a script of its own


def test_without_the_sites_address_pages_carry_no_breadcrumbs_nor_claim_reviews(built_site, dossier):
    """A breadcrumb's item is a full URL, and Google requires a ClaimReview's url: without a site_url there are
    none (not even an empty script), and the home page keeps its Dataset."""
    for page in built_site.rglob("*.html"):
        assert _breadcrumbs(built_site, page.relative_to(built_site).as_posix()) is None, page
    for fact_id in dossier.facts:
        page = built_site / "facts" / f"{fact_id}.html"
        assert _structured_data(page) == [] and "application/ld+json" not in page.read_text(encoding="utf-8")
    assert [i["@type"] for i in _structured_data(built_site / "index.html")] == ["Dataset"]


def test_breadcrumbs_escape_what_would_end_their_script(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    summit = project / "content" / "summits" / "hamburg.yml"
    summit.write_text(summit.read_text(encoding="utf-8").replace("name: Hamburg summit",
                                                                 'name: "Hamburg </script><b>summit</b>"'),
                      encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "build", "--site-url", SITE_URL],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    site = project / "site"
    for name in ("summits/hamburg.html", "facts/actual-length.html"):
        assert "</script><b>" not in (site / name).read_text(encoding="utf-8")
        assert ("Hamburg </script><b>summit</b>", "summits/hamburg.html") in _breadcrumbs(site, name)


def test_a_renamed_summit_is_renamed_in_its_facts_breadcrumbs_when_served(tmp_path):
    """``dossier serve`` keeps each fact page's spec while what it shows is the same: the summit's name is part of it."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    config = project / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + f"site_url: {SITE_URL}\n", encoding="utf-8")
    memory = Cache()
    build(load_config(project), tmp_path / "site", allow_outside=True, cache=memory)
    assert _breadcrumbs(tmp_path / "site", "facts/actual-length.html")[1] == ("Hamburg summit", "summits/hamburg.html")
    summit = project / "content" / "summits" / "hamburg.yml"
    summit.write_text(summit.read_text(encoding="utf-8").replace("name: Hamburg summit", "name: G20 Hamburg"),
                      encoding="utf-8")
    build(load_config(project), tmp_path / "site", allow_outside=True, cache=memory)
    assert _breadcrumbs(tmp_path / "site", "facts/actual-length.html")[1] == ("G20 Hamburg", "summits/hamburg.html")


def test_a_strict_build_checks_the_links_material_writes_from_the_sites_root(tmp_path):
    """CI builds with --strict and GitHub Pages' address, a path under the host ("/g20/"): the 404 page's links start
    at that path and resolve; one outside the site's path is not the site's to check, one inside it that is missing
    is still reported."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", project)
    proc = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "build", "--strict",
                           "--site-url", SITE_URL], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = project / "site"
    assert 'href="/g20/summits/index.html"' in (site / "404.html").read_text(encoding="utf-8")
    (site / "summits" / "index.html").write_text('<a href="/elsewhere/x.html">x</a> <a href="/g20/gone.html">y</a>'
                                                ' <a href="/facts/index.html">z</a>', encoding="utf-8")
    problems = [p.message for p in linkcheck.check_site(site, SITE_URL)]
    assert problems == ["broken link to '/g20/gone.html': gone.html does not exist; the templates make this link: "
                        "fix them", "broken link to '/facts/index.html': the site is published at /g20/, so this leads "
                        "out of it; write /g20/facts/index.html; the templates make this link: fix them"]


def test_the_datasets_time_reaches_every_day_the_timeline_shows():
    """The storm's schools stay closed 'until Wednesday 16 September', a card of a date without a `date:`: the timeline
    showed that day, and the Dataset's temporalCoverage ended the day before."""
    from builder.export import dataset
    from builder.pages.timeline import entries
    site = check(load_config(ROOT / "tests" / "fixtures" / "storm")).site
    shown = sorted(e.date for e in entries(site))
    data = json.loads(re.sub(r"^<script[^>]*>|</script>$", "", dataset(
        site.dossier, "Storm", "What the news reports about the storm.", "https://example.org/").strip()))
    assert data["temporalCoverage"] == f"{shown[0]}/{shown[-1]}" and shown[-1] == "2026-09-16"


def test_the_claimant_is_not_someone_reported_giving_another_figure():
    """"It will cost 14.5 million.": the council's claim, though the first account reports the water company's
    "about £9m"; the ClaimReview names the council as its author."""
    import dataclasses
    from types import SimpleNamespace
    from builder.compare import compare_fact
    from builder.export import _claimant
    from builder.model import Speaker
    from tests.test_compare import HERE, account, fact, value
    card = dataclasses.replace(fact(account("a", "attributes", ["water"], val=value(9_000_000)),
                                    account("b", "attributes", ["council"], val=value(14_500_000))),
                               statement="It will cost 14.5 million.", quantity="count")
    speakers = {w: Speaker(w, name, "institution", HERE) for w, name in (("water", "Carrow Water"),
                                                                        ("council", "Carrowmore City Council"))}
    assert _claimant(compare_fact(card), SimpleNamespace(speakers=speakers)) == {
        "@type": "Organization", "name": "Carrowmore City Council"}
