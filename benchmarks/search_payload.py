"""What a reader downloads for a first search on a built site: every search file requested from loading the home
page until the first results show, with its size as sent (gzip, as a static host serves it) and on disk.

Usage: python benchmarks/search_payload.py SITE_DIR [--query Lavrov] (needs the test extras: Playwright)
"""
from __future__ import annotations

import argparse
import functools
import gzip
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import sync_playwright


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


SEARCH_FILES = ("search/", "/workers/", "/lunr/", "pagefind/")  # Material's index, worker and Lunr; Pagefind


def first_search(site: Path, query: str) -> list[tuple[str, int, int]]:
    """(path, gzipped bytes, bytes) of each search file requested from loading the home page to the first results
    (Material fetches its index and worker as the page loads; Pagefind's files load once the box is focused)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    paths: list[str] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM_PATH"),
                                                 args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.on("requestfinished", lambda request: paths.append(unquote(urlsplit(request.url).path)))
            page.goto(f"http://127.0.0.1:{server.server_port}/index.html", wait_until="networkidle")
            page.locator(".md-search__input").click()
            page.locator(".md-search__input").press_sequentially(query)
            page.locator(".md-search-result__item h1").first.wait_for(timeout=60_000)
            page.wait_for_load_state("networkidle")
            browser.close()
    finally:
        server.shutdown()
    files = [site / path.lstrip("/") for path in paths if any(part in path for part in SEARCH_FILES)]
    return [(str(f.relative_to(site)), len(_gzipped(f.read_bytes())), f.stat().st_size) for f in files if f.is_file()]


def _gzipped(data: bytes) -> bytes:
    """What a static host sends for compressible files; Pagefind's index files are gzipped already."""
    return data if data[:2] == b"\x1f\x8b" else gzip.compress(data, 6, mtime=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("--query", default="Lavrov", help="what to type (default: Lavrov)")
    args = parser.parse_args()
    rows = first_search(args.site.resolve(), args.query)
    for path, sent, size in rows:
        print(f"{sent:>10,} {size:>11,}  {path}")
    print(f"{sum(r[1] for r in rows):>10,} {sum(r[2] for r in rows):>11,}  total: {len(rows)} files "
          "(bytes sent gzipped, bytes on disk)")


if __name__ == "__main__":
    main()
