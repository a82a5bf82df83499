"""The dossier command: parse arguments, run a stage of the pipeline, print problems; no logic."""
from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import BrokenExecutor
from pathlib import Path

from builder import cache, pipeline, write
from builder.config import CACHE_DIR, CONFIG_FILE, QUANTITIES, load_config, with_site_url
from builder.formatting import count
from builder.load import outside
from builder.problems import (CHECK_ALL, SHOWN, DossierError, Located, Problem, did_you_mean, loop_error, more,
                              os_problem, resolved)


PROJECT_HELP = (f"project folder holding {CONFIG_FILE} (default: the current folder, or the nearest folder above "
                "it that holds one); before or after the command")
EPILOG = ("Run `dossier COMMAND --help` for a command's options. Exit codes: 0 success, 1 the content has errors "
          "(each printed as file:line:column: what is wrong; what to do), 2 a wrong command line. How to write "
          "content: the editors' guide, content/pages/editing.md of the reference dossier (its site's page "
          "\"Editing this dossier\"), and README.md.")
CACHE_HELP = f"neither read nor update the build cache (the folder {CACHE_DIR}/)"
ALL_HELP = f"list every error and warning (by default the first {SHOWN}, then how many more there are)"
WORKER_KILLED = ("a process rendering the pages was killed (out of memory, or by a signal), so the build stopped and the "
                 "previous site stays as it was; build again, with more memory free if the machine ran out")


def main(argv: list[str] | None = None) -> int:
    """Run the command; when its standard output cannot be written (`> /dev/full`, a full disk behind `> file`), it
    still runs to its end, and says so on stderr with exit code 1 (or its own, when it failed); when what reads the
    output went away (`dossier build | head -1`), there is nothing more to say."""
    output = sys.stdout
    sys.stdout = guarded = _GuardedOutput(output)
    try:
        try:
            code = _command(argv)
        finally:
            guarded.flush()  # here rather than as Python ends, where a failure is its "Exception ignored" message
    except SystemExit as exit:  # argparse: --help, a wrong command line
        if guarded.lost is None:
            raise
        code = exit.code
    finally:
        sys.stdout = output
    if guarded.lost is None:
        return code
    _discard(output)
    if isinstance(guarded.lost, BrokenPipeError):
        return code or 1
    with contextlib.suppress(OSError):  # stderr too may be unwritable: the exit code says it all then
        print(f"dossier: the standard output cannot be written ({guarded.lost.strerror}), so the command's report "
              "is lost; it ran to its end otherwise. Send the output where there is room (or to /dev/null)",
              file=sys.stderr)
    return code or 1


class _GuardedOutput:
    """The standard output, whose writes that fail are dropped and the first failure kept in ``lost``: the command
    goes on, rather than take the failure for one of its own files."""

    def __init__(self, stream):
        self.stream, self.lost = stream, None

    def write(self, text: str) -> int:
        if self.lost is None:
            with self._kept():
                self.stream.write(text)
        return len(text)

    def flush(self) -> None:
        if self.lost is None:
            with self._kept():
                self.stream.flush()

    @contextlib.contextmanager
    def _kept(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            self.lost = error

    def __getattr__(self, name: str):
        return getattr(self.stream, name)


def _discard(stream) -> None:
    """Point the file of ``stream`` at /dev/null: Python flushes it as it ends, and what is left in it is lost."""
    with contextlib.suppress(AttributeError, OSError, ValueError):  # a stream without a file (tests: a StringIO)
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, stream.fileno())
        os.close(quiet)


def _command(argv: list[str] | None) -> int:
    parser = _parser()
    if not (sys.argv[1:] if argv is None else argv):  # `dossier` alone: what it can do, rather than an error
        parser.print_help()
        return 2
    args = parser.parse_args(argv)
    try:
        os.getcwd()
    except FileNotFoundError:  # a shell left in a folder that was deleted (or replaced: `rm -rf x && git clone … x`)
        print("dossier: the current folder no longer exists (deleted, or replaced by one of the same name); `cd` "
              "into the project again", file=sys.stderr)
        return 1
    args.given, args.project = args.project, _project(args.project)  # as given: `dossier init --project DIR`
    try:
        with _stopped_as_by_ctrl_c():
            return args.run(args)
    except DossierError as exc:
        _print_problems(exc.problems, resolved(Path(args.project)), failed=True, every=args.all_errors)
        return 1
    except KeyboardInterrupt as exc:
        return 128 + getattr(exc, "signal", signal.SIGINT)
    except OSError as exc:  # a folder that cannot be written, a full disk: the previous site stays as it was
        _print_problems([os_problem(exc, Path(args.project))], resolved(Path(args.project)), failed=True)
        return 1
    except BrokenExecutor:  # a worker killed (the out-of-memory killer, kill -9, a Ctrl-C whose exception was lost)
        if (number := write.stopped()) is not None:
            return 128 + number
        _print_problems([Problem(Located(resolved(Path(args.project))), WORKER_KILLED)], resolved(Path(args.project)),
                        failed=True)
        return 1
    except RuntimeError as exc:  # a path through a link that loops (Python 3.11)
        if (error := loop_error(exc)) is None:
            raise
        _print_problems([os_problem(error, Path(args.project))], resolved(Path(args.project)), failed=True)
        return 1
    finally:
        write.unstopped()  # a stop asked of this command is not one of the next (tests run many in one process)


@contextlib.contextmanager
def _stopped_as_by_ctrl_c() -> Iterator[None]:
    """SIGTERM and SIGHUP stop the command as Ctrl-C does, quietly and cleaning up (the tree a build was writing
    beside the site, its copy for Pagefind), rather than killing it where it stands; the exit code is 128 + the
    signal's number, as a shell reports it. One whose exception Python lost still stops the build before it publishes
    (write.stop). A forked worker that gets one before it has set its own handlers (builder/children.py) ends as by
    default, without a traceback."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return
    main = os.getpid()

    def stop(number: int, frame) -> None:
        if os.getpid() != main:
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
            return
        write.stop(number)

    def unraisable(unraisable) -> None:  # a stop raised where Python cannot pass it on (a library's check of a
        # type, a weakref callback) is lost, as write.stop expects: nothing to print of it
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            hook(unraisable)

    previous = {number: signal.signal(number, stop) for number in write.STOPS}
    hook, sys.unraisablehook = sys.unraisablehook, unraisable
    try:
        yield
    finally:
        sys.unraisablehook = hook
        for number, handler in previous.items():
            signal.signal(number, handler)


def _project(given: str | None) -> Path:
    """The project folder: --project as given, else the current folder or the nearest folder above it holding
    site_config.yml (so that `dossier check` works from content/facts/, as git does), else the current folder,
    whose missing site_config.yml is then reported."""
    if given is not None:
        return Path(given)
    here = Path.cwd()
    return next((folder for folder in (here, *here.parents) if (folder / CONFIG_FILE).is_file()), here)


class _Dossier(argparse.ArgumentParser):
    """The command line, and each command's: an unknown choice says which one was meant ("biuld": build; "import":
    new source; "new speker": speaker)."""

    def error(self, message):
        unknown = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if unknown:
            word, commands = unknown[1], re.findall(r"'([^']*)'", unknown[2])
            message += _IMPORTING if word in ("import", "add") else did_you_mean(word, commands)
        super().error(message)


_IMPORTING = "; to import an article, run `dossier new source FILE.txt|FILE.html`"


def _parser() -> argparse.ArgumentParser:
    parser = _Dossier(prog="dossier", description="Build a briefing dossier site from sources and fact "
                                     "cards: every quote checked against its article, every fact compared source by "
                                     "source.", epilog=EPILOG)
    parser.add_argument("--project", type=_not_empty, metavar="DIR", help=PROJECT_HELP)
    parser.set_defaults(all_errors=False)
    commands = _Commands(parser.add_subparsers(required=True, metavar="COMMAND", parser_class=_Command))

    build = commands.add_parser("build", help="validate the content and build the site",
                                description="Validate the content and build the site (into output_dir of "
                                            "site_config.yml, or --out), then print a summary. Nothing is written "
                                            "when the content has errors: the previous site stays as it was.")
    build.add_argument("--out", type=_not_empty, metavar="DIR",
                       help="output folder (default: output_dir of site_config.yml)")
    build.add_argument("--strict", action="store_true",
                       help="treat the content's warnings as errors (no site_url or publisher in site_config.yml stays a "
                            "warning), and check every link and anchor of the built site")
    build.add_argument("--allow-outside", action="store_true", help="allow an output folder outside the project")
    build.add_argument("--offline-zip", type=_not_empty, metavar="FILE",
                       help="also write a zip of the site that works without a server")
    build.add_argument("--pdf", action="store_true", help="also print each summit's briefing to briefings/<summit>.pdf")
    build.add_argument("--no-cache", action="store_true", help=CACHE_HELP)
    build.add_argument("--site-url", metavar="URL", help="public URL of the published site (default: site_url of site_config.yml)")
    build.add_argument("--all-errors", action="store_true", help=ALL_HELP)
    build.set_defaults(run=_build)

    check = commands.add_parser("check", help="validate the content without building the site",
                                description="Validate the content (every quote against its article, every id, date "
                                            "and figure) without building the site; fast enough to run on every "
                                            "save.")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("--no-cache", action="store_true", help=CACHE_HELP)
    check.add_argument("--all-errors", action="store_true", help=ALL_HELP)
    check.set_defaults(run=_check)

    preview = commands.add_parser("serve", help="live preview: rebuild on every change and reload the browser",
                                  description="Serve a live preview of the site (http://127.0.0.1:8000/ by default). "
                                              "Every save under content/ or templates/, or of site_config.yml, "
                                              "rebuilds it and reloads the open pages; a mistake shows as an error "
                                              "box over the last good page until it is fixed. Ctrl-C stops it.")
    preview.add_argument("--port", type=_port, default=8000, help="port to listen on; 0 picks a free one (default: 8000)")
    preview.add_argument("--host", type=_not_empty, default="127.0.0.1", metavar="ADDRESS",
                         help="address to listen on (default: 127.0.0.1, reachable from this machine only)")
    preview.set_defaults(run=_serve)

    start = commands.add_parser("init", help="start a new dossier: its configuration and content folders",
                                description="Write a new, empty dossier into DIR (made if missing): site_config.yml, "
                                            "the content folders with their schemas, and a .gitignore. It checks and "
                                            "builds as it is; then add summits, sources and facts with `dossier new`.")
    start.add_argument("folder", nargs="?", metavar="DIR", help="the new dossier's folder, or --project DIR "
                                                               "(default: the current folder)")
    start.add_argument("--title", type=_not_empty, help="the site's title (default: from the folder's name)")
    start.add_argument("--language", default="en", help="the language code of its articles (default: en)")
    start.set_defaults(run=_init)

    new = commands.add_parser("new", help="write a new content file that passes check, or import an article")
    new.set_defaults(run=_new)
    new.arguments = _new_arguments

    proposals = commands.add_parser("suggest", help="propose the accounts a source gives to the cards, and write "
                                                    "the ones you accept",
                                    description="Propose the accounts a source gives to the fact cards and ask about "
                                                "each: a to accept, s to skip, e to type the quote yourself, q to "
                                                "stop. The accepted ones are written into the cards (comments and "
                                                "layout kept) and `dossier check` runs at once; then it lists the "
                                                "quotations and figures no card covers.")
    proposals.set_defaults(run=_suggest)
    proposals.arguments = _suggest_arguments
    return parser


def _new_arguments(new: argparse.ArgumentParser) -> None:
    from builder import scaffold

    new.add_argument("kind", choices=sorted(scaffold.FOLDERS), help="what to create")
    new.add_argument("name", metavar="ID|FILE.txt|FILE.md|FILE.html|FILE.eml|FILE.mbox|FILE.docx|FILE.odt|FILE.rtf|"
                                     "FILE.pdf|FILE.xml|FILE.json|FILE.srt|FILE.vtt|FILE.sbv|FILE.ttml",
                     help="the new file's id, or (for a source) an article saved as plain text or Markdown, as a web "
                          "page (or a web archive of one: .mhtml, .mht, .webarchive), an email (a mailbox's or a "
                          "mailing list's digest's too), a Word, OpenDocument or rich-text (RTF) document, a PDF, a "
                          "chat app's JSON export, a Reddit thread's JSON, social posts' JSON (a Bluesky thread, "
                          "Mastodon statuses, an ActivityPub outbox), a news feed (RSS, Atom, a WordPress export), "
                          "an agency's news item (NewsML-G2, ninjs), or a broadcast's subtitles (SubRip, WebVTT, "
                          "SubViewer, TTML, DFXP, EBU-TT)")
    new.add_argument("--id", dest="ident", metavar="ID", help="id of an imported source (default: from its headline)")
    new.add_argument("--strip-chrome", action="store_true", help="delete the lines that look like page chrome")
    new.add_argument("--item", type=int, metavar="N",
                     help="importing a file of several articles (a mailbox's or a digest's messages, a full chat "
                          "export's chats, a news channel's stories, an account's threads, a news feed's items, a "
                          "NewsML-G2 message's, a bulletin script's stories): which one, from 1 (default: the first; "
                          "the output lists the others)")
    for option, what in (("--title", "the headline"), ("--url", "the article's address"), ("--outlet", "the publisher"),
                         ("--author", "the byline"), ("--published", "the publication date, YYYY-MM-DD")):
        new.add_argument(option, help=f"importing an article: {what}")
    for option, what in (("--summit", "the summit id"), ("--meeting", "a meeting id of that summit"),
                         ("--source", "the source id"), ("--quote", "the source's words, verbatim"),
                         ("--speaker", "whose remark it is (speaker id); with --stance disputes, who denies it"),
                         ("--stance", "states | attributes | disputes | contradicts (default: states, or "
                                      "attributes with --speaker)"),
                         ("--statement", "the fact in your words (default: the quote)"),
                         ("--quantity", f"what its figure measures ({', '.join(QUANTITIES)}): the quote's figure is "
                                        "its value")):
        new.add_argument(option, help=f"a new fact: {what}")
    new.add_argument("--occurrence", type=int, metavar="N", help="a new fact: which place of the source the quote is, "
                                                                 "when it is there more than once or too short to pin "
                                                                 "one (1 for the first)")
    new.add_argument("--name", dest="full_name", help="a new speaker or summit: its name (default: from the id)")
    new.add_argument("--kind", dest="entry_kind", help="a new speaker: person | institution | group (default: person); "
                                                       "a new summit: summit | meeting | speech | event (default: summit)")


def _suggest_arguments(proposals: argparse.ArgumentParser) -> None:
    from builder import suggest

    proposals.add_argument("source", metavar="SOURCE", help="the source's id (or its file)")
    proposals.add_argument("--threshold", type=_confidence, default=suggest.THRESHOLD, metavar="0-1",
                           help=f"lowest confidence shown or applied, 0 to 1 (default: {suggest.THRESHOLD})")
    proposals.add_argument("--apply", action="store_true",
                           help="accept every suggestion at or above the threshold without asking")
    proposals.add_argument("--only", action="append", metavar="CARD", default=[],
                           help="propose accounts for this card alone (repeat it for several)")
    proposals.add_argument("--skip", action="append", metavar="CARD", default=[],
                           help="propose no account for this card, one you have judged (repeat it for several)")
    proposals.add_argument("--new", action="store_true",
                           help="also write the quotations and figures no card covers as new cards")
    proposals.add_argument("--no-cache", action="store_true", help=CACHE_HELP)


def _not_empty(text: str) -> str:
    """An option's value, refused when empty: a script's unset variable (`--offline-zip "$ZIP"`) made a build that
    passed without the zip, or into the default folder. (An empty --site-url is meant: CI passes one where a pull
    request has no Pages address.)"""
    if not text.strip():
        raise argparse.ArgumentTypeError("it is empty (an unset variable in a script?); give a value, or leave the "
                                         "option out")
    return text


def _port(text: str) -> int:
    if not (text.isdigit() and 0 <= int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"'{text}' is not a port; give a number from 0 to 65535")
    return int(text)


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a confidence; give a number from 0 to 1, e.g. 0.6")
    return value


class _Command(_Dossier):
    """A subcommand; ``arguments(parser)``, when set, adds its arguments only when it is the command run, so that
    a build does not import the modules that only `dossier new` and `dossier suggest` need (about 0.05 s). An
    argument it does not know is its error, shown with its own usage (not the general one)."""

    arguments = None

    def parse_known_args(self, args=None, namespace=None):
        if self.arguments:
            add, self.arguments = self.arguments, None
            with write.stops_held():  # its imports done whole: a library stopped half-way through its start-up
                add(self)  # crashed
        parsed, unknown = super().parse_known_args(args, namespace)
        if unknown:
            self.error(f"unrecognized arguments: {' '.join(unknown)}")
        return parsed, unknown


class _Commands:
    """The subcommands, each also accepting --project after its name."""

    def __init__(self, subparsers):
        self.subparsers = subparsers

    def add_parser(self, name, **kwargs):
        command = self.subparsers.add_parser(name, **kwargs)
        command.add_argument("--project", type=_not_empty, default=argparse.SUPPRESS, metavar="DIR", help=PROJECT_HELP)
        return command


def _build(args) -> int:
    started = time.perf_counter()
    config = load_config(Path(args.project))
    if args.site_url is not None:
        config = with_site_url(config, args.site_url)
    out = Path(args.out).resolve() if args.out else None
    offline = Path(args.offline_zip) if args.offline_zip else None
    offline = offline and offline.parent.resolve() / offline.name  # a link there is replaced, not written through
    site = out or config.output.resolve()
    write.refuse_unsafe(site, config, args.allow_outside)  # at once, rather than after waiting for another build
    if offline:
        write.refuse_unsafe_archive(offline, site, config)
    with write.lock(config.root, write.beside(site), *([write.beside(offline)] if offline else [])), \
            cache.kept_in(_cache_folder(args, config), config.templates) as kept:
        write.clear_killed()  # what builds killed meanwhile left
        write.put_back(site)
        if offline:
            write.remove(write.partial_archive(offline))
        result = _cached(lambda used: pipeline.build(config, out, strict=args.strict, allow_outside=args.allow_outside,
                                                     offline_zip=offline, pdf=args.pdf, cache=used), kept)
    _print_problems(result.warnings, config.root, every=args.all_errors)
    d = result.site.dossier
    print(f"Built {result.pages} pages ({result.written} files written) into {out or config.output} in "
          f"{time.perf_counter() - started:.2f} s: "
          f"{len(d.facts)} facts, {_quotes(d)} quotes verified, {_verdicts(result.site.comparison)}, "
          f"{count(d.sources, 'source')}, {count(d.speakers, 'speaker')}, {count(d.summits, 'summit')}."
          f"{_above(result.warnings, args.strict)}")
    return 0


def _cached(run, kept: cache.Cache | None):
    """``run(kept)``; when the cache's data break it (data of another shape than the code reads: a KeyError, a
    TypeError…), ``run`` again without them (``Cache.emptied``)."""
    try:
        return run(kept)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        if kept is None:
            raise
        return run(kept.emptied(exc))


def _check(args) -> int:
    started = time.perf_counter()
    config = load_config(Path(args.project))
    with cache.kept_in(_cache_folder(args, config), config.templates, renders=False) as kept:
        result = _cached(lambda used: pipeline.check(config, strict=args.strict, cache=used), kept)
    _print_problems(result.warnings, config.root, every=args.all_errors)
    d = result.site.dossier
    print(f"OK: {len(d.facts)} facts, {_quotes(d)} quotes verified, {_verdicts(result.site.comparison)} "
          f"({time.perf_counter() - started:.2f} s).{_above(result.warnings, args.strict)}")
    return 0


def _verdicts(comparison) -> str:
    """How many facts the sources disagree on, and how many are claims their claimants contest: "2 disputed, 1
    contested"."""
    return f"{len(comparison.disputed)} disputed, {len(comparison.contested)} contested"


def _above(warnings: list[Problem], strict: bool) -> str:
    """' 2 warnings above: fix before publishing (--strict refuses them).', or '' without warnings; under --strict
    only the count, as the warnings left are those it lets through (no site_url)."""
    if not warnings:
        return ""
    count = f"{len(warnings)} warning{'s' if len(warnings) > 1 else ''}"
    return f" {count} above." if strict else f" {count} above: fix before publishing (--strict refuses them)."


def _cache_folder(args, config) -> Path | None:
    """The build cache's folder, None under --no-cache; refused when it is a link out of the project, as a build
    deletes files there (a cloned project's `.dossier-cache → ../elsewhere` would lose elsewhere's *.json)."""
    if args.no_cache:
        return None
    folder = config.root / CACHE_DIR
    if target := outside(folder, config.root):
        raise DossierError([Problem(Located(folder), f"the build cache is a link to {target}, outside the project, "
                                                     "where a build would write and delete files; remove the link "
                                                     "(or run with --no-cache)")])
    return folder


def _serve(args) -> int:
    from builder import serve  # here, as review below: a build need not import what only these commands use

    config = load_config(Path(args.project))
    return serve.run(config, args.host, args.port,
                     report=lambda problems: _print_problems(problems, config.root, how=CHECK_ALL))


def _init(args) -> int:
    from builder.init import init

    if args.folder and args.given and Path(args.folder).resolve() != Path(args.given).resolve():
        print(f"dossier init: two folders given, {args.folder} and --project {args.given}: give one", file=sys.stderr)
        return 2
    folder = Path(args.folder or args.given or ".")
    written = init(folder, args.title, args.language)
    print(f"Created a dossier in {folder}: {', '.join(written)}.")
    where = f", in {folder}" if folder.resolve() != Path.cwd().resolve() else ""
    print(f"Next{where}: `dossier new summit ID`, then `dossier new source ARTICLE.txt` for each article, "
          "`dossier new fact ID --summit ID --source ID --quote \"…\"` (or `dossier suggest SOURCE`), and "
          "`dossier serve` to see it.")
    return 0


def _new(args) -> int:
    from builder import scaffold

    config = load_config(Path(args.project))
    created = scaffold.new(config, args.kind, args.name, args.ident, args.strip_chrome, _given(args, scaffold.OPTIONS))
    print(f"Created {created.path.relative_to(config.root).as_posix()}.")
    if created.origins:
        print("From the page's markup and text:\n" + "\n".join(f"  {origin}" for origin in created.origins))
    _print_problems(created.notes, config.root)
    print(created.next_step)
    return 0


def _given(args, names) -> dict:
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def _suggest(args) -> int:
    config = load_config(Path(args.project))
    unattended = args.apply or args.new  # writes what it reads without asking: read and write under one lock, or
    # two at once would each add what the other had already written
    with write.lock(config.root) if unattended else contextlib.nullcontext():
        return _suggested(args, config, locked=unattended)


def _suggested(args, config, locked: bool) -> int:
    from builder import review

    with cache.kept_in(_cache_folder(args, config), config.templates, renders=False) as kept:
        dossier, report, verdicts = _cached(lambda used: review.read(config, args.source, used), kept)
    unknown = [card for card in (*args.only, *args.skip) if card not in dossier.facts]
    if unknown:
        print(f"dossier suggest: no fact card has the id {', '.join(unknown)} (--only and --skip take a card's id, "
              "its file's name without .yml)", file=sys.stderr)
        return 1
    chosen = [s for s in report.proposed(args.threshold)
              if (not args.only or s.fact in args.only) and s.fact not in args.skip]
    if args.apply:
        accepted, left = review.unattended(chosen, dossier)
        if left:
            print(f"Left out {len(left)}, for you to read with `dossier suggest {args.source}` (without --apply):")
            for s, why in left:
                print(f"  {s.fact}: {why}: " + " ".join(s.quote.split()))  # the passage: which one, at a glance
    elif sys.stdin.isatty():
        accepted = review.ask(chosen, dossier)
    else:
        if chosen:
            print("\n\n".join(review.describe(s, dossier) for s in chosen))
        accepted = []
    best = max((s.confidence for s in report.suggestions), default=0)
    taken = f"{len(accepted)} to write, unless they make sources disagree" if args.apply else f"{len(accepted)} accepted"
    print(f"\n{len(chosen)} suggestion(s) at or above {args.threshold}; {taken}."
          + (f" The likeliest below it: --threshold {best:g} shows it." if not chosen and best > 0 else ""))
    if chosen and not args.apply and not sys.stdin.isatty():
        print("None was asked about: the input is not a terminal. Run `dossier suggest` in a terminal to answer each "
              "one, or add --apply to accept every one listed.")
    if report.other_sides:
        print(f"{len(report.other_sides)} passage(s) may take the other side of a card {args.source} gives "
              "(not applied: add the account by hand if it does):")
        for s in report.other_sides:
            who = f" {s.speaker}" if s.speaker else ""
            print(f"  {s.fact} ({s.stance}{who}): " + s.quote)
    if report.uncovered:
        print(f"{len(report.uncovered)} passage(s) no card covers" + (" (written as new cards):" if args.new else
                                                                        " (--new writes them as cards):"))
        for u in report.uncovered:
            who = f" of {u.speaker}" if u.speaker else f" of someone no speaker file names ({u.unnamed})" \
                if u.unnamed else ""
            print(f"  {u.kind}{who}: " + " ".join(u.passage.text.split()))
            if u.card:
                print(f"    {'a figure' if u.kind == 'figure' else 'an account'} of the card {u.card}?")
            if u.denied and u.denied.speaker:
                print(f"    denied by {u.denied.speaker}: " + " ".join(u.denied.quote.split()))
    unnamed = [u for u in report.uncovered if u.unnamed]
    if args.new and unnamed:
        print(f"{len(unnamed)} of them not written: the source reports someone saying it whom no speaker file names, so "
              "a card would give it as the source's own; add the speaker (`dossier new speaker`), then run again.")
    figured = [u for u in report.uncovered if u.card and not u.unnamed]
    if args.new and figured:
        print(f"{len(figured)} of them not written: each reads as giving the card named (a figure of it, or what it "
              "says), and a card of its own would hide where the sources disagree on it; if it does, add it to that "
              "card by hand.")
    new = [u for u in report.uncovered if not u.unnamed and not u.card] if args.new else []
    if accepted or new:
        with contextlib.nullcontext() if locked else write.lock(config.root):  # a build does not read, nor another
            # suggest rewrite, the cards meanwhile
            try:
                paths, held, refused, contested = review.apply(config, dossier, accepted, new,
                                                               verdicts if args.apply else None)
            except KeyboardInterrupt:
                print("Stopped: every card is as it was; nothing was written.", file=sys.stderr)
                raise
        if held:
            cards = dict.fromkeys(s.fact for s in held)  # a card once, however many of its accounts
            print(f"Held back {len(cards)}: " + ", ".join(cards) + ". Each would make the sources "
                  "disagree on its card, so it is written `pending: true` and counts for nothing until you have read "
                  "its passage: then delete that line, or the account (`dossier check` lists them).")
        if contested:
            print(f"Now contested, {len(contested)}: " + ", ".join(contested) + ". On each an account sets one party's "
                  "figure or word against another's; read it, as a wrong passage makes a contest that is none.")
        if refused:
            print(f"Not written, {len(refused)} new card(s) `dossier check` would refuse (write them by hand if they "
                  "are facts):")
            for u, problem in refused:
                print(f"  {' '.join(u.passage.text.split())}\n    ({problem})")
        written = [s for s in accepted if s not in held]
        pending = f" (and the {len(held)} held back)" if held else ""
        print(f"Wrote {len(written)} account(s){pending} and {len(paths) - len({s.fact for s in accepted})} new "
              "card(s); `dossier check` passes." + (" The accounts:" if written else ""))
        for s in written:  # what went where, to read the run back without a diff of the cards
            who = f" {s.speaker}" if s.speaker and s.stance in ("attributes", "disputes") else ""
            value = " " + ", ".join(f"{k}: {v}" for k, v in s.value.items()) if s.value else ""
            print(f"  {s.fact} ({s.stance}{who}{value}): " + " ".join(s.quote.split()))
    return 0


def _quotes(dossier) -> int:
    return sum(len(f.accounts) for f in dossier.facts.values())


def _print_problems(problems: list[Problem], root: Path, failed: bool = False, every: bool = False,
                    how: str = "run the command again with --all-errors to list every one") -> None:
    """Print problems numbered, the first SHOWN of them unless ``every`` (--all-errors), then ``how`` to see the
    others; when they failed the run (warnings too, under --strict), say so last."""
    shown = problems if every else problems[:SHOWN]
    for number, problem in enumerate(shown, 1):
        print(f"{number}. {problem.format(root)}", file=sys.stderr)
    if len(shown) < len(problems):
        print(more(len(problems) - len(shown), how), file=sys.stderr)
    if failed:
        print(f"{len(problems)} error(s); nothing was written.", file=sys.stderr)
