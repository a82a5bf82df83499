"""The benchmark tools work: a generated dossier passes check and builds a page per fact; run.py --quick runs."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"


def _run(*args, cwd=ROOT, timeout=300):
    proc = subprocess.run([sys.executable, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(map(str, args))} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_generated_dossier_checks_cleanly_and_builds_a_page_per_fact(tmp_path):
    project, again = tmp_path / "project", tmp_path / "again"
    _run(BENCH / "generate.py", "--facts", 30, "--seed", 7, "--out", project)
    _run(BENCH / "generate.py", "--facts", 30, "--seed", 7, "--out", again)
    files = sorted(p.relative_to(project) for p in project.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again) for p in again.rglob("*") if p.is_file())
    assert all((project / f).read_bytes() == (again / f).read_bytes() for f in files), "same seed, different output"

    facts = sorted(p.stem for p in (project / "content" / "facts").glob("*.yml"))
    assert len(facts) == 30
    assert len(list((project / "content" / "sources").glob("*.md"))) == 3
    check = _run("-m", "builder", "--project", project, "check", "--strict")
    assert "OK: 30 facts" in check.stdout

    out = tmp_path / "site"
    _run("-m", "builder", "--project", project, "build", "--out", out, "--allow-outside")
    missing = [f for f in facts if not (out / "facts" / f"{f}.html").is_file()]
    assert not missing, f"no page for facts {missing}"


def test_generated_articles_share_wording_rarely_as_real_ones_do(tmp_path):
    """Articles repeating stock sentences made most pairs of sources "share wording" and inflated the build."""
    from builder import pipeline
    from builder.config import load_config

    _run(BENCH / "generate.py", "--facts", 300, "--seed", 7, "--out", tmp_path)
    result = pipeline.check(load_config(tmp_path), strict=True)
    sources, shared = result.site.dossier.sources, result.site.comparison.independence.shared
    assert len(sources) == 30
    assert len(shared) <= len(sources) // 3, f"{len(shared)} of {30 * 29 // 2} pairs of sources share wording"


def test_quick_benchmark_runs_every_tool(tmp_path):
    results = tmp_path / "results.md"
    proc = _run(BENCH / "run.py", "--quick", "--sizes", 30, "--no-reference", "--code", "worktree",
                "--work", tmp_path / "work", "--results", results)
    assert "| size (facts) |" in proc.stdout, "run.py printed no table"
    report = results.read_text()
    rows = {cells[2]: cells for cells in (
        [c.strip() for c in line.split("|")] for line in report.splitlines() if line.startswith("| 30 |"))}
    for tool in ("dossier build", "dossier, unchanged rebuild (cache)", "dossier, one-fact edit (cache)",
                 "dossier serve, one-fact edit until served", "Hugo", "MkDocs + Material, full nav"):
        assert tool in rows, f"no result for {tool}:\n{report}"
        assert re.fullmatch(r"\d+\.\d\d s", rows[tool][3]), f"{tool} did not finish:\n{report}"
    # 30 facts + 3 sources + 2 speakers + 1 summit, and at least the home and section index pages
    for tool in ("dossier build", "Hugo", "MkDocs + Material, full nav"):
        assert int(rows[tool][9]) >= 36 + 5, f"{tool} built too few pages:\n{report}"
    # the whole build's memory, all processes: at least the largest one's, and no more than a machine's
    for tool in ("dossier build", "Hugo"):
        largest, summed = (float(re.fullmatch(r"(\d+) MB", rows[tool][i]).group(1)) for i in (6, 7))
        assert 0.5 * largest <= summed < 16000, f"{tool}: {summed} MB for all processes, {largest} MB the largest"
    assert "## Targets" in report


def test_search_questions_scores_search_js_with_every_word_required_and_as_typed(built_site):
    proc = _run(BENCH / "search_questions.py", "--site", built_site, "--limit", 2, "--details")
    rows = {cells[1]: cells[2:-1] for cells in (line.split("|") for line in proc.stdout.splitlines())
            if len(cells) == 8}
    assert "2 questions, the first 10 results read" in proc.stdout
    mine, every, typed = (rows[f" {name} "] for name in ("search.js: every word, then all but one",
                                                          "every word required (search.js before)",
                                                          "questions as typed, every word required"))
    assert all(re.fullmatch(r" [01][.]\d\d ", cell) for cell in mine[:3] + every[:3] + typed[:3]), proc.stdout
    # "How many interpreters were in the room?" is searched as "interpreters room", and answered first
    assert "| How many interpreters were in the room? | interpreters room |" in proc.stdout
    assert mine[0] != " 0.00 ", proc.stdout
    # "How many countries came to the G20 in Osaka?": no page holds all its words; the answer holds all but "came"
    assert every[3].strip() == "1" and mine[3].strip() == "0", proc.stdout


FAKE_LIGHTHOUSE = '''#!{python}
"""Stands in for the Lighthouse CLI: fetches the page as Chromium would and reports, as performance, whether it came
gzipped and, as SEO, whether the desktop preset was asked for; one failed audit names the page."""
import gzip, json, sys, urllib.request
url = sys.argv[1]
with urllib.request.urlopen(urllib.request.Request(url, headers={{"Accept-Encoding": "gzip"}})) as response:
    zipped = response.headers.get("Content-Encoding") == "gzip"
    page = gzip.decompress(response.read()).decode() if zipped else response.read().decode()
assert "<html" in page
score = lambda ok: 1.0 if ok else 0.5
ref = {{"id": "fake", "weight": 1}}
print(json.dumps({{"categories": {{
    "performance": {{"score": score(zipped), "auditRefs": [ref]}}, "accessibility": {{"score": 1, "auditRefs": []}},
    "best-practices": {{"score": 1, "auditRefs": []}},
    "seo": {{"score": score("--preset=desktop" in sys.argv), "auditRefs": []}}}},
    "audits": {{"fake": {{"score": 0, "scoreDisplayMode": "binary", "displayValue": url.rsplit("/", 1)[-1]}}}}}}))
'''


def test_lighthouse_script_audits_a_page_of_each_kind_on_a_phone_and_a_desktop(built_site, tmp_path):
    """benchmarks/lighthouse.py with a stand-in for the Lighthouse CLI: a page of each kind, both presets, the
    table and the failed audits, and the pages served gzipped with --gzip."""
    fake = tmp_path / "lighthouse"
    fake.write_text(FAKE_LIGHTHOUSE.format(python=sys.executable), encoding="utf-8")
    fake.chmod(0o755)
    for flags, perf in (((), "50"), (("--gzip",), "100")):
        proc = _run(BENCH / "lighthouse.py", built_site, "--lighthouse", fake, "--chrome", sys.executable,
                    "--details", *flags)
        rows = {cells[1].strip(): [c.strip() for c in cells[2:-1]] for cells in
                (line.split("|") for line in proc.stdout.splitlines()) if len(cells) == 11 and cells[1] != "---"}
        assert set(rows) == {"page", "home", "summit", "fact (disputed)", "source", "speaker", "comparisons",
                             "comparison", "disagreements", "timeline", "facts", "404"}, proc.stdout
        assert rows["home"] == [perf, "100", "100", "50", perf, "100", "100", "100"], proc.stdout
        audited = re.findall(r"^(\S+) \(mobile\) performance: fake 0.00 \((\S+)\)$", proc.stdout, re.M)
        assert len(audited) == 11 and all(path.endswith(name) for path, name in audited), proc.stdout
        (fact,) = [path for path, _ in audited if path.startswith("facts/") and path != "facts/index.html"]
        assert f'href="{fact}"' in (built_site / "disagreements.html").read_text("utf-8")  # a fact the sources disagree on
