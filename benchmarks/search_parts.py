"""Search results of the index made in parts against one index: the same dossier's site built with its Pagefind
index made whole and in parts (builder/search_parts.py), and the first results of the same queries compared in
headless Chromium, searched as the search box searches them (search.js's own ``terms`` and ``find``).

Queries: words of the index, prefixes of them (Pagefind extends a word to the words it starts), words no page holds
(Pagefind falls back on the longest word they start with), runs of two and three words from the pages' text, and
the reader questions of benchmarks/search_questions.py; drawn at random (``--seed``) from the one index. For each
query the first ``--depth`` results are compared: their pages, Pagefind's scores and the word each lacks.
"identical": the same list; "ties reordered": the same pages with the same scores, pages of equal score in
another order (the index in parts numbers the pages otherwise, and Pagefind orders results of equal score by
number; at the cut-off, another page of the same score may come in); "scores rounded otherwise": the same, but
scores that differ in their last bits (less than a millionth: Pagefind adds a page's metadata scores in the order
of hash maps whose keys change with each map it makes, so with the page's place in the index); "different":
anything else (listed).

Usage: python benchmarks/search_parts.py [--project DIR] [--pages N] [--queries N] [--seed N]
       python benchmarks/search_parts.py --sites ONE PARTS   (two sites already built)
(needs the test extras: Playwright)
"""
from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import random
import re
import shutil
import sys
import tempfile
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.search_questions import CODE, QUESTIONS, _Quiet  # noqa: E402
from builder import pipeline, search_parts  # noqa: E402
from builder.config import load_config  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# In the page: for each query, the words searched, how many results, and the first ``depth`` as [path, score, missing]
SEARCH = """async ({code, queries, depth}) => {
  const {terms, find} = new Function(code + "\\nreturn {terms, find};")();
  const pagefind = await import(new URL("pagefind/pagefind.js", location.href).href);
  await pagefind.options({baseUrl: "/"});
  const found = [];
  for (const query of queries) {
    const words = terms(query);
    const results = words ? await find(pagefind, words) : [];
    const data = await Promise.all(results.slice(0, depth).map(({result}) => result.data()));
    found.push({words, count: results.length, first: data.map((d, i) => [
      new URL(d.url, location.href).pathname, results[i].result.score, results[i].missing])});
  }
  return found;
}"""


def build(project: Path, out: Path, pages: int) -> Path:
    """The project's site built into ``out`` (without the cache), its index in parts of at most ``pages`` pages."""
    search_parts.PAGES = pages
    pipeline.build(load_config(project), out, allow_outside=True)
    return out


def queries(site: Path, count: int, seed: int) -> list[str]:
    """``count`` queries drawn from the site's index (see the module's docstring), then the reader questions."""
    index = site / "pagefind"
    entry = json.loads((index / search_parts.ENTRY).read_bytes())
    (_, info), = entry["languages"].items()
    meta = search_parts._read(index / f"pagefind.{info['hash']}.pf_meta")
    words = sorted(word[0] for _, _, chunk in meta[2]
                   for word in search_parts._read(index / search_parts.WORDS / f"{chunk}.pf_index")[0]
                   if re.fullmatch(r"[a-z][a-z'-]+", word[0]))
    texts = [json.loads(gzip.decompress(path.read_bytes()).removeprefix(search_parts.SIGNATURE))["content"]
             for path in sorted((index / search_parts.FRAGMENTS).iterdir())]
    pick = random.Random(seed)
    share = count // 5
    drawn = pick.sample(words, min(share, len(words)))
    drawn += [word[:pick.randint(2, 4)] for word in pick.sample(words, min(share, len(words)))]  # prefixes
    drawn += [word + pick.choice(("xq", "zzy", "qua")) for word in pick.sample(words, min(share, len(words)))]
    for n in (2, 3):
        for _ in range(share):
            text = pick.choice(texts).split()
            start = pick.randrange(max(len(text) - n, 1))
            drawn.append(" ".join(text[start:start + n]))
    return drawn + [question for question, _ in QUESTIONS]


def search(site: Path, asked: list[str], depth: int) -> list[dict]:
    """Each query's words searched, result count and first results, through the site's search.js and Pagefind."""
    match = CODE.search((site / "assets" / "search.js").read_text(encoding="utf-8"))
    if not match:
        sys.exit("no terms() and find() functions found in assets/search.js")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            path = os.environ.get("CHROMIUM_PATH")
            if not path and not Path(playwright.chromium.executable_path).exists():
                path = shutil.which("chromium") or "/usr/bin/chromium"
            browser = playwright.chromium.launch(executable_path=path,
                                                 args=["--no-sandbox", "--disable-gpu", "--headless"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_port}/index.html")
            found = page.evaluate(SEARCH, {"code": match.group(1), "queries": asked, "depth": depth})
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return found


VERDICTS = ("identical", "ties reordered", "scores rounded otherwise", "different")


def compare(one: dict, parts: dict) -> str:
    """One of VERDICTS for a query's first results in one index and in parts (see the module's docstring)."""
    if one == parts:
        return "identical"
    a, b = one["first"], parts["first"]
    if one["count"] != parts["count"] or len(a) != len(b) or \
            any(abs(x[1] - y[1]) > 1e-6 * max(abs(x[1]), abs(y[1])) for x, y in zip(a, b)):
        return "different"
    start = 0
    for end in range(1, len(a) + 1):  # runs of equal score: the same pages (all but a run the cut-off splits)
        if end == len(a) or a[end][1] != a[start][1]:
            cut = end == len(a) and one["count"] > len(a)
            if not cut and sorted((p, m) for p, _, m in a[start:end]) != sorted((p, m) for p, _, m in b[start:end]):
                return "different"
            start = end
    return "ties reordered" if [x[1] for x in a] == [y[1] for y in b] else "scores rounded otherwise"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT, help="the project (default: the reference dossier)")
    parser.add_argument("--pages", type=int, default=20, help="pages a part holds at most (default 20)")
    parser.add_argument("--queries", type=int, default=300, help="queries drawn from the index (default 300)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--depth", type=int, default=10, help="first results compared (default 10)")
    parser.add_argument("--sites", type=Path, nargs=2, metavar=("ONE", "PARTS"), help="compare two built sites")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        if args.sites:
            one, parts = args.sites
        else:
            one = build(args.project, Path(work) / "one", 10 ** 9)
            parts = build(args.project, Path(work) / "parts", args.pages)
        asked = queries(one, args.queries, args.seed)
        found = [search(site, asked, args.depth) for site in (one, parts)]
    verdicts = [compare(a, b) for a, b in zip(*found)]
    print(f"{len(asked)} queries ({len(asked) - len(QUESTIONS)} drawn from the index, {len(QUESTIONS)} reader "
          f"questions), the first {args.depth} results compared")
    for verdict in VERDICTS:
        print(f"{verdict}: {verdicts.count(verdict)}")
    print(f"queries with results: {sum(bool(f['count']) for f in found[0])}")
    for query, verdict, a, b in zip(asked, verdicts, *found):
        if verdict == "different":
            print(f"\n{query!r} ({a['words']}): one index {a['count']} results {a['first']}\n"
                  f"  in parts {b['count']} results {b['first']}")


if __name__ == "__main__":
    main()
