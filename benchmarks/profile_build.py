"""Profile one `dossier build` with cProfile and break its time down by stage.

    .venv/bin/python benchmarks/generate.py --facts 5000 --out /tmp/bench-5000
    .venv/bin/python benchmarks/profile_build.py --project /tmp/bench-5000

Stages are read from the profile as the cumulative time of the functions that carry them (load, validate,
link, compare, render, MkDocs: Markdown, Material page templates, search index, ...). Times are under
cProfile, which slows Python code by roughly 1.5–2×; the shares are what matter. The raw profile is saved
(--save) for `python -m pstats` or snakeviz.

The code profiled is this checkout's builder/ unless --code names a git ref to snapshot (as run.py does).
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (label, file suffix, function name[, only the calls from this caller]); indented labels are parts of the
# stage above them
STAGES = [
    ("load: read + parse YAML", "builder/load.py", "load"),
    ("validate (schemas, references, quotes)", "builder/validate.py", "validate"),
    ("  JSON Schema checks", "builder/schema.py", "check"),
    ("  quote location", "builder/quotes.py", "locate"),
    ("  source text normalisation", "builder/quotes.py", "normalise_with_map"),
    ("link", "builder/link.py", "link"),
    ("history (git dates)", "builder/history.py", "file_dates"),
    ("compare", "builder/compare.py", "compare"),
    ("  compare_fact", "builder/compare.py", "compare_fact"),
    ("  _profiles", "builder/compare.py", "_profiles"),
    ("  _pairs", "builder/compare.py", "_pairs"),
    ("render page bodies (Jinja)", "builder/pipeline.py", "render_site"),
    ("  page specs (pages/*.py)", "builder/pages/source.py", "pages"),
    ("  Jinja templates", "builder/render.py", "render"),
    ("Material's frame: configuration, navigation, pages", "builder/pipeline.py", "frame"),
    ("write the new tree", "builder/pipeline.py", "_write_site"),
    ("  each page in Material's main.html", "builder/mkdocs_site.py", "render"),
    ("    table of contents", "builder/mkdocs_site.py", "_toc"),
    ("  export (JSON files)", "builder/export.py", "files"),
    ("  404 page and sitemap", "builder/mkdocs_site.py", "templates"),
    ("search index (Pagefind)", "builder/search.py", "index"),
    ("link check (--strict only)", "builder/linkcheck.py", "check_site"),
    ("swap", "builder/write.py", "publish"),
]


def cumulative(stats: pstats.Stats) -> dict[tuple, float]:
    """Cumulative seconds of each STAGES entry (summed over same-named functions of that file)."""
    found: dict[tuple, float] = defaultdict(float)
    for (filename, _, func), (_, _, _, ct, callers) in stats.stats.items():
        for stage in STAGES:
            suffix, name, caller = (*stage[1:], None)[:3]
            if func != name or not filename.endswith(suffix):
                continue
            if caller is None:
                found[stage] += ct
            else:
                found[stage] += sum(c[3] for (_, _, cfunc), c in callers.items() if cfunc == caller)
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", type=Path, help="dossier project to build")
    parser.add_argument("--summarise", type=Path, metavar="PROF", help="only summarise a saved profile")
    parser.add_argument("--out", type=Path, help="output folder (default: a temporary one)")
    parser.add_argument("--code", help="git ref of builder/ and templates/ to profile (default: this checkout)")
    parser.add_argument("--save", type=Path, default=Path(tempfile.gettempdir()) / "dossier-build.prof",
                        help="where to save the raw profile")
    parser.add_argument("--top", type=int, default=25, help="also print the N functions with most own time")
    parser.add_argument("--serial", action="store_true",
                        help="render in this process, so that cProfile sees the page rendering (builder/render.py "
                             "forks workers only when the process has a single thread: this parks a second one)")
    parser.add_argument("--no-profile", action="store_true",
                        help="only time the build (wall, CPU, peak RSS), without cProfile's overhead")
    args = parser.parse_args(argv)
    if args.summarise:
        stats = pstats.Stats(str(args.summarise))
        summarise(stats, stats.total_tt, args.top)
        return 0
    if not args.project:
        parser.error("--project is required")

    if args.code:
        sys.path.insert(0, str(HERE))
        import run
        print(f"profiling {run.snapshot(args.code, Path(tempfile.gettempdir()) / 'dossier-profile-code')}")
        sys.path.insert(0, str(run.CODE))
    from builder import pipeline
    from builder.config import load_config

    config = load_config(args.project)
    out = args.out or Path(tempfile.mkdtemp(prefix="dossier-profile-")) / "site"
    if args.serial:
        threading.Thread(target=threading.Event().wait, daemon=True).start()

    if args.no_profile:
        started, cpu = time.perf_counter(), time.process_time()
        result = pipeline.build(config, out, allow_outside=True)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{result.pages} pages, {len(result.site.dossier.facts)} facts: wall {time.perf_counter() - started:.2f} s, "
              f"CPU {time.process_time() - cpu:.2f} s, peak RSS {peak:.0f} MB (whole process)")
        return 0
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    result = pipeline.build(config, out, allow_outside=True)
    profiler.disable()
    total = time.perf_counter() - started
    profiler.dump_stats(args.save)
    print(f"\n{result.pages} pages, {len(result.site.dossier.facts)} facts; {total:.1f} s under cProfile "
          f"(raw profile: {args.save})\n")
    summarise(pstats.Stats(str(args.save)), total, args.top)
    return 0


def summarise(stats: pstats.Stats, total: float, top: int) -> None:
    """Print the stage table and the functions with the most own time."""
    found = cumulative(stats)
    print("| stage | seconds (cProfile) | share |\n|---|---:|---:|")
    for stage in STAGES:
        seconds = found.get(stage)
        if seconds:
            print(f"| {stage[0].replace('  ', '&nbsp;&nbsp;')} | {seconds:.2f} | {seconds / total:.0%} |")
    print(f"| total | {total:.2f} | 100% |\n")
    print(f"Top {top} functions by own time:")
    stats.sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    sys.exit(main())
