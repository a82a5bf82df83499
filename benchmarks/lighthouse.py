"""Google Lighthouse on a built site: the four category scores of each kind of page, on a phone and a desktop.

The site is served over HTTP on 127.0.0.1 by Python's server (no HTTPS, and no compression unless ``--gzip``),
each page is audited by the Lighthouse CLI in headless Chromium, and a Markdown table is printed; ``--details``
lists, under it, every audit a page fails. Lighthouse is not a dependency of the project: install it anywhere
with npm (``npm install lighthouse`` in a scratch folder) and pass its ``node_modules/.bin/lighthouse``.

Usage: python benchmarks/lighthouse.py SITE_DIR [--lighthouse PATH] [--chrome PATH] [--gzip] [--runs N] [--details]
"""
from __future__ import annotations

import argparse
import functools
import gzip
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PRESETS = ("mobile", "desktop")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu"
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class _Handler(SimpleHTTPRequestHandler):
    """Python's static server, quiet, gzipping text files when ``compress`` is set (as a static host would)."""

    compress = False

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and wants and path.suffix in COMPRESSIBLE and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def pages(site: Path) -> dict[str, str]:
    """One page of each kind, by its kind: the first of its folder in name order; the fact page is the first fact
    listed on the disagreements page (a fact the sources disagree on)."""
    def first(folder: str) -> str | None:
        found = sorted(p for p in (site / folder).glob("*.html") if p.name != "index.html")
        return found[0].relative_to(site).as_posix() if found else None

    disputed = None
    if (site / "disagreements.html").is_file():
        links = re.findall(r'href="(facts/[^"#]+\.html)"', (site / "disagreements.html").read_text(encoding="utf-8"))
        disputed = next((link for link in links if link != "facts/index.html"), None)
    chosen = {
        "home": "index.html", "summit": first("summits"), "fact (disputed)": disputed,
        "source": first("sources"), "speaker": first("speakers"), "comparisons": "compare/index.html",
        "comparison": first("compare"), "disagreements": "disagreements.html", "timeline": "timeline.html",
        "facts": "facts/index.html", "404": "404.html",
    }
    return {kind: path for kind, path in chosen.items() if path and (site / path).is_file()}


def audit(lighthouse: str, chrome: str, url: str, preset: str) -> dict:
    """Lighthouse's JSON report of ``url`` on ``preset`` (mobile is Lighthouse's default)."""
    command = [lighthouse, url, "--output=json", "--output-path=stdout", "--quiet", f"--chrome-flags={CHROME_FLAGS}",
               f"--only-categories={','.join(CATEGORIES)}"]
    if preset == "desktop":
        command.append("--preset=desktop")
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": chrome},
                          timeout=300)
    if done.returncode:
        raise SystemExit(f"lighthouse failed on {url} ({preset}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def scores(report: dict) -> list[int]:
    """The four category scores, 0 to 100."""
    return [round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES]


def failures(report: dict) -> list[str]:
    """The audits that count towards a score and did not pass: their id, score and what they name."""
    out = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            result = report["audits"][ref["id"]]
            if ref["weight"] and result["score"] is not None and result["score"] < 1 \
                    and result["scoreDisplayMode"] in ("binary", "numeric", "metricSavings"):
                value = f" ({result['displayValue']})" if result.get("displayValue") else ""
                out.append(f"{category}: {ref['id']} {result['score']:.2f}{value}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("--lighthouse", default=os.environ.get("LIGHTHOUSE") or shutil.which("lighthouse"),
                        help="the Lighthouse CLI (default: $LIGHTHOUSE, or lighthouse on the PATH)")
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH") or shutil.which("chromium"),
                        help="Chromium (default: $CHROME_PATH, or chromium on the PATH)")
    parser.add_argument("--preset", choices=PRESETS, action="append", help="mobile, desktop (default: both)")
    parser.add_argument("--page", action="append", help="a page of the site to audit, e.g. timeline.html "
                        "(default: one of each kind)")
    parser.add_argument("--gzip", action="store_true", help="serve text files gzipped, as a static host would")
    parser.add_argument("--port", type=int, default=0, help="the server's port (default: any free one), e.g. the "
                        "one of a --site-url the site was built with")
    parser.add_argument("--runs", type=int, default=1, help="audit each page this many times and print each "
                        "score's median (performance varies from run to run with the machine's load)")
    parser.add_argument("--details", action="store_true", help="list every failed audit of each page (first run)")
    parser.add_argument("--reports", type=Path, help="a folder to keep each page's JSON report in")
    args = parser.parse_args()
    if not args.lighthouse or not Path(args.lighthouse).exists() and not shutil.which(args.lighthouse):
        sys.exit("Lighthouse not found: `npm install lighthouse` in a scratch folder, then pass "
                 "--lighthouse FOLDER/node_modules/.bin/lighthouse")
    if not args.chrome:
        sys.exit("Chromium not found: pass --chrome PATH")
    chosen = {path: path for path in args.page} if args.page else pages(args.site)
    presets = args.preset or list(PRESETS)
    handler = type("Handler", (_Handler,), {"compress": args.gzip})
    server = ThreadingHTTPServer(("127.0.0.1", args.port), functools.partial(handler, directory=str(args.site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    header = " | ".join(f"{p} {c}" for p in presets for c in ("perf", "a11y", "best pr.", "SEO"))
    print(f"| page | {header} |\n|---|{'---|' * 4 * len(presets)}")
    details = []
    try:
        for kind, path in chosen.items():
            row = []
            for preset in presets:
                url = f"http://127.0.0.1:{server.server_port}/{path}"
                reports = [audit(args.lighthouse, args.chrome, url, preset) for _ in range(args.runs)]
                row += map(statistics.median_low, zip(*map(scores, reports)))
                report = reports[0]
                if args.reports:
                    args.reports.mkdir(parents=True, exist_ok=True)
                    name = f"{path.replace('/', '_').removesuffix('.html')}-{preset}.json"
                    (args.reports / name).write_text(json.dumps(report), encoding="utf-8")
                details += [f"{path} ({preset}) {line}" for line in failures(report)]
            print(f"| {kind} | " + " | ".join(map(str, row)) + " |", flush=True)
    finally:
        server.shutdown()
    if args.details:
        print("\n" + "\n".join(details))


if __name__ == "__main__":
    main()
