"""How well the reader search answers questions: hit@1, hit@3 and MRR of reader questions about the reference
dossier, each with the facts that answer it, searched through the site's Pagefind index in headless Chromium as
search.js searches them (content words; pages with every word, then pages with all but one), with every word
required (search.js before the all-but-one searches), and as typed.

The question rewriting and the searches are search.js's own ``terms`` and ``find`` functions, taken from the built
site; a first question is also typed into the header search box to check that the box searches those words and
shows the same first result.

Usage: python benchmarks/search_questions.py [--site SITE_DIR] [--limit N] [--details]
(needs the test extras: Playwright; builds the reference site when no --site is given)
"""
from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
DEPTH = 10  # results read per question: a reciprocal rank of 0 beyond them (MRR@10)

# Questions a reader of the reference dossier might ask, written from the five articles, and the fact cards that
# answer each (any one of them counts). Written before measuring; never edit them to move the figures.
QUESTIONS: list[tuple[str, set[str]]] = [
    ("How many interpreters were in the room?", {"hamburg-interpreters-present"}),
    ("How many countries came to the G20 in Osaka?", {"osaka-leaders-19-countries"}),
    ("How many US presidents has Putin met?", {"hamburg-trump-fourth-us-president"}),
    ("How many de-escalation zones are there in Syria?", {"hamburg-daraa-de-escalation-zone"}),
    ("What was Trump's approval rating at the Hamburg summit?", {"hamburg-trump-approval-below-40"}),
    ("How popular was Trump at the time of the G20?", {"hamburg-trump-approval-below-40"}),
    ("Where will the monitoring center for the ceasefire be?", {"hamburg-ceasefire-monitoring-centre-jordan"}),
    ("Which countries are party to the Syria ceasefire?", {"hamburg-ceasefire-jordan-party",
                                                           "hamburg-ceasefire-israel-involved"}),
    ("Why is Israel involved in the ceasefire?", {"hamburg-ceasefire-israel-involved"}),
    ("What is happening in Daraa?", {"hamburg-daraa-de-escalation-zone"}),
    ("When did US intelligence confirm the Russian interference?", {"interference-confirmed-october-2016"}),
    ("Who first disclosed the Russian meddling?", {"interference-disclosed-september-2016"}),
    ("What did the Director of National Intelligence say in January 2017?", {"interference-detailed-january-2017"}),
    ("Did Obama warn Putin about the election hacking?", {"obama-warned-putin"}),
    ("What did the US do in response to the interference?", {"interference-sanctions-expulsions"}),
    ("Did Congress investigate Russia?", {"congress-investigated-interference"}),
    ("Who was the Russian interference meant to help?", {"interference-aimed-to-help-trump"}),
    ("Does Trump believe his intelligence agencies?", {"trump-skeptical-of-intelligence-findings"}),
    ("What did Trump say in his Warsaw speech?", {"warsaw-trump-partly-acknowledged-interference",
                                                  "warsaw-trump-warned-destabilizing-activity"}),
    ("Did Trump admit in Warsaw that Russia interfered?", {"warsaw-trump-partly-acknowledged-interference"}),
    ("What made Trump turn against Assad?", {"chemical-attack-trump-opposes-assad"}),
    ("When was the chemical attack in Syria?", {"chemical-attack-trump-opposes-assad"}),
    ("When did Putin last meet Obama?", {"putin-obama-previous-bilateral"}),
    ("How did Tillerson describe his April meeting with Lavrov?", {"tillerson-lavrov-april-low-confidence"}),
    ("When did Trump and Putin last meet before Osaka?", {"osaka-first-since-helsinki"}),
    ("Helsinki summit", {"osaka-first-since-helsinki"}),
    ("How many minutes did Trump and Putin talk in Osaka?", {"osaka-trump-putin-length"}),
    ("What did Trump joke to Putin in Osaka?", {"osaka-trump-dont-meddle-please"}),
    ("How did Putin react to Trump's joke?", {"osaka-putin-kept-smiling"}),
    ("Will Trump tell Putin not to meddle in the 2020 election?", {"osaka-trump-yes-of-course"}),
    ("When does the truce start?", {"hamburg-ceasefire-start"}),
    ("Who will pay for the border wall?", {"hamburg-trump-mexico-will-pay-wall"}),
    ("When did Trump meet Peña Nieto?", {"hamburg-trump-pena-nieto-first-meeting"}),
    ("Did Trump and Putin shake hands?", {"hamburg-handshake"}),
    ("Who else was in the room with Trump and Putin?", {"hamburg-tillerson-lavrov-present",
                                                        "hamburg-interpreters-present"}),
    ("What did Tillerson say about the chemistry between the two leaders?", {"hamburg-tillerson-positive-chemistry"}),
    ("What does Putin think of Trump on TV?", {"hamburg-putin-trump-on-tv"}),
    ("Will the sanctions on Russia be relaxed?", {"hamburg-trump-sanctions-relaxation"}),
    ("Was North Korea discussed?", {"hamburg-topic-north-korea"}),
    ("When did Russia annex Crimea?", {"russia-annexed-crimea"}),
    ("Why have relations between the US and Russia got worse?", {"us-russia-relations-deteriorated"}),
    ("What did Putin say about the American position on Syria?", {"hamburg-putin-us-more-pragmatic-syria"}),
    ("Was it the first time Trump and Putin met?", {"hamburg-trump-putin-first-meeting"}),
    ("On what date did Trump and Putin meet in Hamburg?", {"hamburg-trump-putin-meeting-date"}),
    ("What did Putin say about talking on the phone?", {"hamburg-putin-phone-not-enough"}),
    ("Does Trump want to fight Islamic State together with Russia?", {"hamburg-trump-team-up-against-is"}),
    ("How much longer than planned did the meeting run?", {"hamburg-trump-putin-actual-length",
                                                           "hamburg-trump-putin-scheduled-length"}),
    ("What evidence did Putin ask for?", {"hamburg-putin-evidence-should-appear"}),
    ("Has Russia ever admitted to meddling?", {"putin-repeatedly-denied-meddling"}),
    ("What did Lavrov say Trump told Putin?", {"hamburg-lavrov-trump-heard-and-accepted",
                                               "hamburg-trump-accepted-putin-denial"}),
    ("Does Trump deny that the interference happened?", {"trump-denied-interference-occurred"}),
    ("What did Merkel hope for?", {"hamburg-merkel-it-is-a-start"}),
]

# In the page: each question's first DEPTH result paths through search.js's terms() and find() and Pagefind's API.
# A way is {rewrite, subsets}: whether the question is rewritten, and how many all-but-one searches find() may run.
SEARCH = """async ({code, questions, way, depth}) => {
  const {terms, find} = new Function(code + "\\nreturn {terms, find};")();
  const pagefind = await import(new URL("pagefind/pagefind.js", location.href).href);
  await pagefind.options({baseUrl: "/"});
  const found = [];
  for (const question of questions) {
    const query = way.rewrite ? terms(question) : question;
    const results = (await find(pagefind, query, way.subsets ?? undefined)).map(({result}) => result);
    const data = await Promise.all(results.slice(0, depth).map(result => result.data()));
    const paths = data.map(d => new URL(d.url, location.href).pathname.replace(/^\\//, ""));
    found.push({query, count: results.length, paths});
  }
  return found;
}"""
CODE = re.compile(r"\n(\s*const QUESTION_WORDS\b.*?\n\s*async function find\(pagefind, query, subsets = SUBSETS\) \{.*?\n  \})\n",
                  re.S)
# The ways compared: the name in the report, whether questions are rewritten, all-but-one searches (None: search.js's)
WAYS = [("search.js: every word, then all but one", True, None),
        ("every word required (search.js before)", True, 0),
        ("questions as typed, every word required", False, 0)]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def build(out: Path) -> Path:
    """The reference dossier built into ``out``."""
    proc = subprocess.run([sys.executable, "-m", "builder", "build", "--out", str(out), "--allow-outside", "--no-cache"],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode:
        sys.exit(f"the reference site did not build:\n{proc.stdout}\n{proc.stderr}")
    return out


def rank(paths: list[str], facts: set[str]) -> int:
    """The 1-based place of the first result that is a page of one of ``facts``; 0 when none is."""
    answers = {f"facts/{fact}.html" for fact in facts}
    return next((i for i, path in enumerate(paths, 1) if path in answers), 0)


def scores(ranks: list[int]) -> dict[str, float]:
    """hit@1, hit@3 and MRR of the questions' ranks, and how many have no answer among the results read."""
    n = len(ranks)
    return {"hit@1": sum(r == 1 for r in ranks) / n, "hit@3": sum(1 <= r <= 3 for r in ranks) / n,
            "MRR": sum(1 / r for r in ranks if r) / n, "missed": sum(r == 0 for r in ranks)}


def check_box(page: Page, base: str, question: str, query: str, first: str) -> None:
    """Type ``question`` into the header search box: it must search ``query`` and show ``first`` first."""
    page.goto(base + "index.html")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").fill(question)
    page.locator(".md-search-result__meta").filter(has_text=f" for {query}").wait_for(timeout=30_000)
    if not first:
        return
    link = page.locator("li.md-search-result__item").first.locator("a.md-search-result__link")
    link.wait_for(state="attached", timeout=30_000)
    shown = link.evaluate("a => new URL(a.href).pathname.replace(/^\\//, '')")
    if shown != first:
        sys.exit(f"the search box shows {shown} first for {question!r}, Pagefind's API {first}")


def evaluate(site: Path, questions: list[tuple[str, set[str]]]) -> list[list[dict]]:
    """For each of WAYS, for each question: the query searched, how many results and the first result paths."""
    match = CODE.search((site / "assets" / "search.js").read_text(encoding="utf-8"))
    if not match:
        sys.exit("no terms() and find() functions found in assets/search.js")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    try:
        with sync_playwright() as playwright:
            path = os.environ.get("CHROMIUM_PATH")  # else Playwright's own browser, or the system's (as tests do)
            if not path and not Path(playwright.chromium.executable_path).exists():
                path = shutil.which("chromium") or "/usr/bin/chromium"
            browser = playwright.chromium.launch(executable_path=path,
                                                 args=["--no-sandbox", "--disable-gpu", "--headless"])
            page = browser.new_page()
            page.goto(base + "index.html")
            found = [page.evaluate(SEARCH, {"code": match.group(1), "depth": DEPTH, "questions": [q for q, _ in questions],
                                            "way": {"rewrite": rewrite, "subsets": subsets}})
                     for _, rewrite, subsets in WAYS]
            first = found[0][0]
            check_box(page, base, questions[0][0], first["query"], first["paths"][0] if first["paths"] else "")
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return found


def report(questions: list[tuple[str, set[str]]], found: list[list[dict]], details: bool) -> str:
    lines = [f"{len(questions)} questions, the first {DEPTH} results read", "",
             "| search | hit@1 | hit@3 | MRR | answer not in the first 10 | no result at all |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for (name, _, _), way in zip(WAYS, found):
        s = scores([rank(f["paths"], facts) for f, (_, facts) in zip(way, questions)])
        empty = sum(not f["count"] for f in way)
        lines.append(f"| {name} | {s['hit@1']:.2f} | {s['hit@3']:.2f} | {s['MRR']:.2f} | {s['missed']} | {empty} |")
    if details:
        lines += ["", "| question | searched | " + " | ".join(f"{name}: results | rank" for name, _, _ in WAYS) + " |",
                  "| --- | --- |" + " ---: | ---: |" * len(WAYS)]
        for i, (question, facts) in enumerate(questions):
            cells = [x for way in found for x in (way[i]["count"], rank(way[i]["paths"], facts) or "–")]
            lines.append(f"| {question} | {found[0][i]['query']} | " + " | ".join(map(str, cells)) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built reference site (default: build one)")
    parser.add_argument("--limit", type=int, help="only the first N questions")
    parser.add_argument("--details", action="store_true", help="each question's searched words and ranks")
    args = parser.parse_args()
    questions = QUESTIONS[:args.limit] if args.limit else QUESTIONS
    with tempfile.TemporaryDirectory() as work:
        site = args.site or build(Path(work) / "site")
        found = evaluate(site, questions)
    print(report(questions, found, args.details))


if __name__ == "__main__":
    main()
