"""Many pages are rendered and written by the build process and forked worker processes (builder/render.py
``parallel``), a chunk at a time: results come back in order, and the site is the one a single process builds."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _python(code: str) -> str:
    """Run ``code`` in a new Python process (single-threaded, so that it may fork); its output."""
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_the_build_process_and_workers_take_chunks_and_results_come_back_in_order():
    out = _python(
        "import os, time; from builder import render\n"
        "render.PARALLEL_FROM, render.CHUNK = 10, 7\n"
        "items = list(range(100))\n"
        "done = render.parallel(items, lambda share: time.sleep(0.02) or [(i, os.getpid(), len(share)) for i in share])\n"
        "assert [i for i, _, _ in done] == items, done\n"
        "by = {pid for _, pid, _ in done}\n"
        "assert os.getpid() in by and len(by) == min(os.cpu_count(), 8), 'the build process and a worker per other core'\n"
        "assert max(size for _, _, size in done) == 7\n"
        "assert render.parallel(items, len) == 100\n"
        "print('ok')\n")
    assert out.strip() == "ok"


def _files(site: Path) -> dict:
    return {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file() and p.name != ".dossier-site"}


def test_a_site_built_by_workers_is_the_one_a_single_process_builds(tmp_path):
    build = ("import sys; from builder import render, cli\n"
             "render.PARALLEL_FROM, render.CHUNK = {}, 16\n"
             "sys.exit(cli.main(['build', '--out', {!r}, '--allow-outside', '--no-cache']))\n")
    _python(build.format(50, str(tmp_path / "forked")))  # the reference dossier's 128 pages, in chunks of 16
    _python(build.format(10**9, str(tmp_path / "single")))
    assert _files(tmp_path / "forked") == _files(tmp_path / "single")


def test_a_build_by_workers_keeps_the_rows_of_the_lists_of_facts_in_the_cache(tmp_path):
    """The rows the workers rendered come back with their pages: the next build joins them rather than rendering
    every row of the list of all facts again (kept one by one, and by summit)."""
    out = _python(
        "from pathlib import Path; from builder import cache, pipeline, render\n"
        "from builder.config import load_config\n"
        "render.PARALLEL_FROM, render.CHUNK = 50, 16\n"
        "config = load_config(Path('.'))\n"
        f"with cache.kept_in(Path({str(tmp_path / 'cache')!r}), config.templates) as kept:\n"
        f"    pipeline.build(config, Path({str(tmp_path / 'site')!r}), allow_outside=True, cache=kept)\n"
        f"with cache.kept_in(Path({str(tmp_path / 'cache')!r}), config.templates) as kept:\n"
        "    facts = pipeline.check(config).site.dossier.facts.values()\n"
        "    print(len(kept.fragments.get('facts/index.md', {})), len(facts), len({f.summit for f in facts}))\n")
    kept, facts, summits = map(int, out.split())
    assert kept == facts + summits and facts > 50


def test_the_wording_many_sources_share_is_found_in_a_child_process_and_is_the_same():
    """Finding it makes an index of every run of words (260 MB at 2,000 sources), which a child process gives back
    to the system when it ends."""
    out = _python(
        "import os, random; from types import SimpleNamespace; from builder import children, independence\n"
        "pick = random.Random(1).choice\n"
        "words, text = [f'w{i}' for i in range(3000)], lambda n: ' '.join(pick(words) for _ in range(n))\n"
        "shared = text(40)\n"
        "sources = {f's{n:03d}': SimpleNamespace(body=text(300) + (' ' + shared if n % 40 == 0 else ''))\n"
        "           for n in range(independence.FORK_FROM + 20)}\n"
        "calls, forked = [], children.forked\n"
        "children.forked = lambda work: calls.append(work) or forked(work)\n"
        "found = independence.find_shared(sources, 12)\n"
        "assert calls and children.forked(os.getpid) != os.getpid()\n"
        "assert found == independence._find_shared(sources, 12, found.key), 'not the same'\n"
        "print(sorted(found.shared))\n")
    assert out.strip() == "[('s000', 's040'), ('s000', 's080'), ('s040', 's080')]"
