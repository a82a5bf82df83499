"""axe-core on built sites: one page of each kind, in the light and the dark palette, on a desktop and a phone.

Each site is served over HTTP on 127.0.0.1 and each page opened in headless Chromium (Playwright), as the browser
tests do; axe's serious and critical violations (WCAG 2.2 target size included, tests/e2e/test_accessibility.py) and
the page's console errors are listed, then a count. The pages are Lighthouse's (benchmarks/lighthouse.py: home, a
summit, a disputed fact, a source, a speaker, the comparisons, a comparison, the disagreements, the timeline, the facts,
404) and the summits, sources and speakers indexes. Exits with 1 when anything was found.

Usage: python benchmarks/axe_audit.py SITE_DIR [SITE_DIR ...] [--chrome PATH]
"""
from __future__ import annotations

import argparse
import functools
import os
import shutil
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.lighthouse import _Handler, pages  # noqa: E402
from tests.e2e.test_accessibility import serious_violations  # noqa: E402

SCREENS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
INDEXES = {"summits": "summits/index.html", "sources": "sources/index.html", "speakers": "speakers/index.html"}


def audit(browser, site: Path) -> list[str]:
    """Every finding on ``site``: '<page> (<palette>, <screen>): <violation or console error>'."""
    chosen = {**pages(site), **{kind: path for kind, path in INDEXES.items() if (site / path).is_file()}}
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    found = []
    try:
        for path in chosen.values():
            for scheme in ("light", "dark"):
                for screen, size in SCREENS.items():
                    context = browser.new_context(viewport=size, color_scheme=scheme)
                    page, errors = context.new_page(), []
                    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
                    page.on("pageerror", lambda error: errors.append(str(error)))
                    page.goto(f"http://127.0.0.1:{server.server_port}/{path}")
                    found += [f"{path} ({scheme}, {screen}): {line}" for line in serious_violations(page) + errors]
                    context.close()
    finally:
        server.shutdown()
    print(f"{site}: {len(chosen)} pages, {len(chosen) * 4} runs, {len(found)} findings", flush=True)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="+", type=Path, help="built site folders")
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH") or shutil.which("chromium"),
                        help="Chromium (default: $CHROME_PATH, or chromium on the PATH; else Playwright's own)")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        options = {"executable_path": args.chrome, "args": ["--no-sandbox", "--disable-gpu"]} if args.chrome else {}
        browser = playwright.chromium.launch(**options)
        found = [line for site in args.sites for line in audit(browser, site)]
        browser.close()
    print("\n".join(found))
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
