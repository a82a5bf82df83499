"""The news sets of tests/fixtures as the tests read them: built, read by suggest with one source held out (as
benchmarks/suggest_eval.py reads them), and with the source added back by `suggest --apply` alone."""
import dataclasses
import re
from pathlib import Path

from builder import pipeline
from builder.config import load_config
from builder.suggest import Retriever


def held_out(project: Path, source: str) -> dict:
    """Fact id → suggestion for ``source`` with its accounts removed from every card of ``project``."""
    return {s.fact: s for s in report(project, source).suggestions}


def other_sides(project: Path, source: str) -> dict:
    """Fact id → the other side ``source`` is read to give a card, held out as in ``held_out``."""
    return {s.fact: s for s in report(project, source).other_sides}


def rebuttals(project: Path, source: str) -> dict:
    """Fact id → the denial ``source`` is read to give of an account it gives, held out as in ``held_out``."""
    return {s.fact: s for s in report(project, source).rebuttals}


def rivals(project: Path, source: str) -> dict:
    """Fact id → the other speakers' figures ``source`` is read to give a card, held out as in ``held_out``."""
    found: dict = {}
    for s in report(project, source).rivals:
        found.setdefault(s.fact, []).append(s)
    return found


def report(project: Path, source: str):
    """What `dossier suggest` reads in ``source`` with its accounts taken off the cards: the whole report (its
    suggestions, rebuttals, rivals and the passages no card covers)."""
    dossier = pipeline.check(load_config(project)).site.dossier
    cards = {f.id: dataclasses.replace(f, accounts=tuple(a for a in f.accounts if a.source != source))
             for f in dossier.facts.values()}
    held = dataclasses.replace(dossier, facts=cards)
    return Retriever(held).read(held.sources[source])


def built(project: Path, root: Path):
    """The site of a copy of ``project`` at ``root`` (its articles left out), checked strictly and built into
    root/site."""
    import shutil

    from builder.cli import main
    shutil.copytree(project, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    assert main(["check", "--strict", "--project", str(root)]) == 0
    pipeline.build(load_config(root), root / "site")
    return pipeline.check(load_config(root)).site


def applied(project: Path, source: str, root: Path, new: bool = False):
    """The site checked after ``source``'s accounts are removed from a copy of ``project`` at ``root`` (its articles
    left out, and the cards it alone gave) and `dossier suggest SOURCE --apply` (with ``new``, `--new` too) has
    written what it proposes: the editor's loop, unattended."""
    import re
    import shutil

    from builder.cli import main
    shutil.copytree(project, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    for card in (root / "content" / "facts").glob("*.yml"):
        accounts = re.split(r"(?m)^(?=  - source: )", card.read_text(encoding="utf-8"))
        kept = [a for a in accounts if not a.startswith(f"  - source: {source}\n")]
        if len(kept) > 1:
            card.write_text("".join(kept), encoding="utf-8")
        else:  # a card of that source alone: not written before the article came
            card.unlink()
    assert main(["suggest", source, "--apply", *(["--new"] if new else []), "--project", str(root)]) == 0
    return pipeline.check(load_config(root)).site


def imported(article: Path, root: Path) -> dict:
    """The front matter `dossier new source ARTICLE` writes, in a copy of the mini dossier at root/mini (made once)."""
    import contextlib
    import io
    import shutil

    import yaml

    from builder.cli import main
    project = root / "mini"
    if not project.exists():
        shutil.copytree(Path(__file__).parent / "fixtures" / "mini", project,
                        ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    ident = re.sub(r"[^a-z0-9]+", "-", article.stem.lower()).strip("-")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--project", str(project), "new", "source", str(article), "--id", ident]) == 0
    text = (project / "content" / "sources" / f"{ident}.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1])


def assert_verdicts(site, red: set[str], contested: set[str]) -> None:
    """The cards of ``site`` that are red are ``red``, and those contested ``contested``."""
    found = by_verdict(site)
    assert (found.get("disputed", set()), found.get("contested", set())) == (red, contested)


def assert_held(out: str, held: str) -> None:
    """`--apply` said it held back the cards ``held`` names ("a, b", in any order), each a red for the editor to
    confirm; or, with none, that it held none back."""
    said = re.search(r"Held back \d+: (.*?)\. Each would make the sources disagree on its card", out)
    assert (set(said[1].split(", ")) if said else set()) == (set(held.split(", ")) if held else set())


def text_of(page: Path) -> str:
    """A built page's text: its tags taken out, its white space made single spaces."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


def by_verdict(site) -> dict[str, set[str]]:
    """The site's cards by their verdict: {"disputed": {…}, "agree": {…}, …}, the verdicts no card has left out."""
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    return {v: {fid for fid, w in verdicts.items() if w == v} for v in set(verdicts.values())}


def figures(project: Path) -> dict[str, float]:
    """``project``'s figures at the default threshold, as benchmarks/suggest_eval.py measures them: recall,
    precision, stance right, stance and speaker right, values right."""
    from benchmarks import suggest_eval
    from builder.suggest import THRESHOLD
    c = suggest_eval.score(list(suggest_eval.runs(pipeline.check(load_config(project)).site.dossier)), THRESHOLD)
    return {"recall": c["tp"] / c["gold"], "precision": c["tp"] / c["pred"], "stance": c["stance"] / c["tp"],
            "speaker": c["speaker"] / c["tp"], "values": c["value_right"] / c["values"]}
