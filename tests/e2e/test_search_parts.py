"""The search index made in parts (builder/search_parts.py), searched in the browser: a reference site whose index
was made in parts of at most 20 pages finds the pages of every part, and gives the results one index gives (the
same pages, scores and order, but for pages of equal score), for words, prefixes and words no page holds."""
import functools
import gzip
import json
import re
import shutil
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from builder import cache, pipeline, search_parts
from builder.config import load_config
from tests.conftest import _QuietHandler
from tests.e2e.test_search_questions import ask

ROOT = Path(__file__).resolve().parent.parent.parent

# In the page: Pagefind's results for each query, as [path, score] (scores to six digits: Pagefind adds
# some of a page's scores in an order that may change their last bits with the page's place in the index)
SEARCH = """async queries => {
  const pagefind = await import(new URL("pagefind/pagefind.js", location.href).href);
  await pagefind.options({baseUrl: "/"});
  const found = {};
  for (const query of queries) {
    const search = await pagefind.search(query);
    const data = await Promise.all(search.results.map(result => result.data()));
    found[query] = data.map((d, i) => [new URL(d.url, location.href).pathname,
                                       +search.results[i].score.toPrecision(6)]);
  }
  return found;
}"""
QUERIES = ["putin", "lavrov", "ceasefire", "hel", "heliotrope", "interpreters", "trump putin meeting", "sanct",
           "osaka", "zzz"]


@pytest.fixture(scope="module")
def parts_site(tmp_path_factory):
    """The reference dossier built with the cache, its index in parts of at most 20 pages; (URL, project)."""
    project = tmp_path_factory.mktemp("parts") / "project"
    for name in ("content", "templates", "site_config.yml"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, project / name)
    size, search_parts.PAGES = search_parts.PAGES, 20
    try:
        with cache.kept_in(project / ".dossier-cache") as kept:
            pipeline.build(load_config(project), project / "site", cache=kept)
    finally:
        search_parts.PAGES = size
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(project / "site")))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/", project
    server.shutdown()
    server.server_close()


def _parts(project: Path) -> dict[str, list[tuple[str, str]]]:
    """Each part's pages as (path, title), from the part's own index."""
    found = {}
    for part in sorted((project / ".dossier-cache" / "search.parts").iterdir()):
        if not part.is_dir() or not json.loads((part / search_parts.ENTRY).read_bytes())["languages"]:
            continue
        entry = json.loads((part / search_parts.ENTRY).read_bytes())
        (_, info), = entry["languages"].items()
        pages = search_parts._read(part / f"pagefind.{info['hash']}.pf_meta")[1]
        records = [json.loads(gzip.decompress((part / "fragment" / f"{name}.pf_fragment").read_bytes())
                              .removeprefix(search_parts.SIGNATURE)) for name, _ in pages]
        found[part.name] = [(record["url"], record["meta"]["title"]) for record in records]
    return found


def _search(page: Page, base: str, queries: list[str]) -> dict[str, list]:
    page.goto(base + "index.html")
    return page.evaluate(SEARCH, queries)


def test_a_search_finds_the_pages_of_every_part(page: Page, parts_site):
    base, project = parts_site
    parts = _parts(project)
    assert len(parts) >= 4, "the reference dossier in parts of at most 20 pages"
    titles = {part: max(pages, key=lambda page: len(page[1])) for part, pages in parts.items()}  # the longest
    found = _search(page, base, [title for _, title in titles.values()])
    for part, (url, title) in titles.items():
        assert url in [path for path, _ in found[title]], f"part {part}: {title!r} does not find {url}"


def test_the_index_in_parts_gives_the_results_of_one_index(page: Page, parts_site, base_url):
    """Whole words, a prefix ("hel": every word it starts), a word no page holds ("heliotrope": Pagefind falls back
    on the longest word it starts with, "he"), several words: the same pages, scores and order."""
    base, _ = parts_site
    one, parts = _search(page, base_url, QUERIES), _search(page, base, QUERIES)
    assert all(one[query] for query in QUERIES if query != "zzz") and not one["zzz"]
    for query in QUERIES:
        assert [score for _, score in parts[query]] == [score for _, score in one[query]], query
        assert sorted(parts[query]) == sorted(one[query]), query


def test_the_search_box_of_a_site_in_parts_answers_as_one_index(page: Page, parts_site, base_url):
    question = "How long did the meeting last?"
    first = ask(page, base_url, question, 3)
    count = page.locator(".md-search-result__meta").inner_text()
    assert ask(page, parts_site[0], question, 3) == first
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(re.escape(count)))
