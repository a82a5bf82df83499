"""How well `dossier new source PAGE.html` imports saved web pages: each page of tests/fixtures/html/ (invented
articles in templates modelled on a wire service, a broadsheet live blog, a US newspaper, WordPress, AMP, a
newsletter, a French outlet in windows-1252, a table-layout page with no metadata, and more) is imported through
the command, into a throwaway project, and what it wrote is compared with the hand-written expectation beside the page:

- body, by words: recall and precision of the expected text's words (counted with repeats, compared as quotes
  are: typographic variants and white space folded); by paragraphs: the share of expected paragraphs written as
  they are (after the same folding), and the share of written paragraphs that are expected ones; and the share
  identical character for character;
- the same with --strip-chrome (the lines that look like page chrome deleted): recall falls if it deletes the
  article's own lines;
- front matter: for each field (title, author, published, outlet, url, language), the pages where it is right.

A second part (--texts) imports the plain-text articles of the news sets (tests/fixtures/*/articles/*.txt) as an
editor does, without options, and compares the title, author, published, outlet and translated it writes with the
front matter the editor left in the set's source (a `.txt` carries no address or language).

A third part (--pdfs) prints a sample of the news sets' saved pages (every third of tests/fixtures/*/articles/*.html,
in order) to PDF with the system Chromium, as a reader's "Save as PDF" does (the day, the page's title, its address
and its number on each page), imports each PDF, and counts the quotes of the set's cards from that source found in the
imported body, and the titles and dates right, beside the same pages imported as they are. The PDFs are kept in the
temporary folder (dossier-import-eval-pdfs), printed again only when a page changes.

    .venv/bin/python benchmarks/import_eval.py [--details] [--pages NAME ...]
    .venv/bin/python benchmarks/import_eval.py --texts [--details] [--sets NAME ...]
    .venv/bin/python benchmarks/import_eval.py --pdfs [--details] [--sets NAME ...]
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.cli import main  # noqa: E402
from builder.quotes import elided, locate, normalise  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "html"
MINI = ROOT / "tests" / "fixtures" / "mini"
FIELDS = ("title", "author", "published", "outlet", "url", "language")


TEXT_FIELDS = ("title", "author", "published", "outlet", "translated")


def imported(page: Path, project: Path, strip: bool, ident: str | None = None) -> tuple[dict, str]:
    """The front matter and body `dossier new source` writes for ``page``."""
    ident = ident or page.stem + ("-stripped" if strip else "")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        if main(["--project", str(project), "new", "source", str(page), "--id", ident]
                + (["--strip-chrome"] if strip else [])) != 0:
            raise SystemExit(f"{page.name}: the import failed: {err.getvalue()}")
    text = (project / "content" / "sources" / f"{ident}.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]


def words(text: str) -> Counter:
    return Counter(re.findall(r"\w+", normalise(text).casefold()))


def score(expected: str, body: str) -> dict:
    want, got = paragraphs(expected), paragraphs(body)
    folded_want, folded_got = {normalise(p) for p in want}, [normalise(p) for p in got]
    w_want, w_got = words(expected), words(body)
    common = sum((w_want & w_got).values())
    return {"word_recall": common / sum(w_want.values()), "word_precision": common / max(1, sum(w_got.values())),
            "para_recall": sum(normalise(p) in set(folded_got) for p in want) / len(want),
            "para_precision": sum(p in folded_want for p in folded_got) / max(1, len(got)),
            "identical": sum(p in set(got) for p in want) / len(want),
            "missing": [p for p in want if normalise(p) not in set(folded_got)],
            "extra": [p for p, f in zip(got, folded_got) if f not in folded_want]}


def run(details: bool, pages: list[str]) -> None:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    expected = {name: meta for name, meta in expected.items() if not pages or name in pages}
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "mini"
        shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
        rows, right = [], Counter()
        for name, meta in expected.items():
            page = PAGES / f"{name}.html"
            want = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
            front, body = imported(page, project, strip=False)
            _, stripped = imported(page, project, strip=True)
            plain, clean = score(want, body), score(want, stripped)
            wrong = [f for f in FIELDS if (None if front.get(f) is None else str(front[f])) != meta[f]]
            right.update(f for f in FIELDS if f not in wrong)
            rows.append((name, plain, clean, wrong, front))
    n = len(rows)

    def mean(key, which):
        return sum(r[which][key] for r in rows) / n

    print(f"{n} saved pages (tests/fixtures/html/)\n")
    keys = ("word_recall", "word_precision", "para_recall", "para_precision")
    print("| page | words: recall, precision | paragraphs: recall, precision | identical "
          "| with --strip-chrome: words, paragraphs | fields wrong |")
    print("|---|---|---|---|---|---|")

    def cells(values):
        return " | ".join(f"{a:.2f}, {b:.2f}" for a, b in zip(values[::2], values[1::2]))

    for name, plain, clean, wrong, _ in rows:
        print(f"| {name} | {cells([plain[k] for k in keys])} | {plain['identical']:.2f} | "
              f"{cells([clean[k] for k in keys]).replace(' | ', '; ')} | {', '.join(wrong) or '–'} |")
    print(f"| **mean** | {cells([mean(k, 1) for k in keys])} | {mean('identical', 1):.2f} | "
          f"{cells([mean(k, 2) for k in keys]).replace(' | ', '; ')} | |")
    print("\nfront matter right: " + ", ".join(f"{f} {right[f]}/{n}" for f in FIELDS))
    if details:
        for name, plain, clean, wrong, front in rows:
            print(f"\n## {name}")
            for f in wrong:
                print(f"  {f}: wrote {front.get(f)!r}, expected {expected[name][f]!r}")
            for p in plain["missing"]:
                print(f"  missing: {p[:100]}")
            for p in plain["extra"]:
                print(f"  extra: {p[:100]}" + ("" if p in clean["extra"] else "  (removed by --strip-chrome)"))


def texts(details: bool, sets: list[str]) -> None:
    """The plain-text articles of each news set, imported, against the front matter its editor wrote."""
    right, count, misses = Counter(), Counter(), []
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "mini"
        shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
        for folder in sorted(p.parent for p in (ROOT / "tests" / "fixtures").glob("*/articles")):
            if sets and folder.name not in sets:
                continue
            for source in sorted((folder / "content" / "sources").glob("*.md")):
                want = yaml.safe_load(source.read_text(encoding="utf-8").split("---\n", 2)[1])
                article = folder / "articles" / str(want.get("seed", ""))
                if not want.get("seed") or not article.is_file():
                    continue
                count[folder.name] += 1
                try:
                    front, _ = imported(article, project, False, f"{folder.name}-{source.stem}")
                except SystemExit as refused:  # a file the import refuses, with what to do: no field read
                    front = {}
                    misses.append(f"{folder.name}/{source.stem}: refused ({str(refused).splitlines()[0][:120]})")
                for f in TEXT_FIELDS:
                    wrote, expected = (str(bool(front.get(f))), str(bool(want.get(f)))) if f == "translated" else (
                        str(front.get(f)), str(want.get(f)))  # a translation when the front matter says true
                    right[folder.name, f] += wrote == expected
                    if wrote != expected:
                        misses.append(f"{folder.name}/{source.stem} {f}: wrote {wrote!r}, expected {expected!r}")
    print("| set | articles | " + " | ".join(TEXT_FIELDS) + " |")
    print("|---|---|" + "---|" * len(TEXT_FIELDS))
    for name, n in count.items():
        print(f"| {name} | {n} | " + " | ".join(f"{right[name, f]}" for f in TEXT_FIELDS) + " |")
    total = sum(count.values())
    print(f"| **all** | {total} | " + " | ".join(f"{sum(right[s, f] for s in count)}" for f in TEXT_FIELDS) + " |")
    if details:
        print("\n" + "\n".join(misses))


PDF_EVERY = 3  # every third saved page of the news sets, in order, printed to PDF
PDF_FIELDS = ("title", "published")


def _printed(page: Path, folder: Path) -> Path:
    """``page`` printed to PDF by Chromium, as a reader's "Save as PDF" does; kept in ``folder`` by its content."""
    out = folder / f"{page.parent.parent.name}-{page.stem}-{hashlib.sha1(page.read_bytes()).hexdigest()[:10]}.pdf"
    if not out.is_file():
        browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not browser:
            raise SystemExit("--pdfs prints pages with Chromium, which is not installed")
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}",
                        page.resolve().as_uri()], capture_output=True, timeout=120, check=False)
    return out


def pdfs(details: bool, sets: list[str]) -> None:
    """A sample of the news sets' saved pages printed to PDF and imported, against what each set keeps: its cards'
    quotes from the source found in the body, its title and date; the page imported as it is beside it."""
    pages = sorted((ROOT / "tests" / "fixtures").glob("*/articles/*.html"))[::PDF_EVERY]
    cache = Path(tempfile.gettempdir()) / "dossier-import-eval-pdfs"
    cache.mkdir(exist_ok=True)
    found, right, quotes, count, misses = Counter(), Counter(), 0, 0, []
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "mini"
        shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
        for page in pages:
            folder = page.parent.parent
            if sets and folder.name not in sets:
                continue
            sources = [s for s in sorted((folder / "content" / "sources").glob("*.md")) if yaml.safe_load(
                s.read_text(encoding="utf-8").split("---\n", 2)[1]).get("seed") == page.name]
            if not sources:
                continue
            want = yaml.safe_load(sources[0].read_text(encoding="utf-8").split("---\n", 2)[1])
            said = [quote for card in sorted((folder / "content" / "facts").glob("*.yml"))
                    for a in (yaml.safe_load(card.read_text(encoding="utf-8")) or {}).get("accounts") or []
                    if a.get("source") == sources[0].stem and a.get("quote")
                    for quote in ([a["quote"]] if isinstance(a["quote"], str) else a["quote"])]  # or its parts
            count, quotes = count + 1, quotes + len(said)
            for kind, path in (("pdf", _printed(page, cache)), ("page", page)):
                try:
                    front, body = imported(path, project, False, f"{folder.name}-{page.stem}-{kind}")
                except SystemExit as refused:
                    front, body = {}, ""
                    misses.append(f"{folder.name}/{page.name} {kind}: refused ({str(refused).splitlines()[0][:120]})")
                for quote in said:
                    hit = bool(locate(quote, body) or elided(quote, body))
                    found[kind] += hit
                    if not hit:
                        misses.append(f"{folder.name}/{page.name} {kind}: quote not found: {quote[:90]!r}")
                for f in PDF_FIELDS:
                    right[kind, f] += str(front.get(f)) == str(want.get(f))
                    if str(front.get(f)) != str(want.get(f)):
                        misses.append(f"{folder.name}/{page.name} {kind} {f}: wrote {front.get(f)!r}, expected "
                                      f"{want.get(f)!r}")
    print(f"{count} saved pages of the news sets (every {PDF_EVERY}rd), {quotes} quotes of their cards\n")
    print("| imported as | quotes found | " + " | ".join(PDF_FIELDS) + " |")
    print("|---|---|" + "---|" * len(PDF_FIELDS))
    for kind, name in (("pdf", "printed to PDF"), ("page", "the saved page")):
        print(f"| {name} | {found[kind]} ({found[kind] / max(1, quotes):.2f}) | "
              + " | ".join(str(right[kind, f]) for f in PDF_FIELDS) + " |")
    if details:
        print("\n" + "\n".join(misses))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list each page's wrong fields and paragraphs")
    parser.add_argument("--pages", nargs="+", default=[], metavar="NAME", help="only these pages (default: all)")
    parser.add_argument("--texts", action="store_true", help="the news sets' plain-text articles instead")
    parser.add_argument("--pdfs", action="store_true", help="a sample of the news sets' pages printed to PDF instead")
    parser.add_argument("--sets", nargs="+", default=[], metavar="NAME", help="with --texts, --pdfs: only these sets")
    arguments = parser.parse_args()
    if arguments.pdfs:
        pdfs(arguments.details, arguments.sets)
    elif arguments.texts:
        texts(arguments.details, arguments.sets)
    else:
        run(arguments.details, arguments.pages)
