"""Leave-one-source-out evaluation of `dossier suggest` (issue #14).

For each source of a dossier: remove its accounts from every card, run suggest on it, and compare what is
proposed with what was removed: card (recall, precision), stance, passage (the proposed quote overlaps the removed
one), quote fit (F1 over the characters of the two quotes: 1 when the same clause is quoted) and value (each among
the cards found: the same interval, or for a measure the same figure in another unit).
The threshold for each held-out source is chosen on the others (best F1); figures are also given at the default
threshold. Cards that keep other sources' accounts ("multi-source") are reported apart from cards left with
none ("single-source", whose statement was paraphrased from the removed source, which flatters the score).

    .venv/bin/python benchmarks/suggest_eval.py [--project DIR] [--details]
    .venv/bin/python benchmarks/suggest_eval.py --sets    # one line per dossier: the reference and each news set

`--second` measures the other sides listed for a card that already cites the source (`suggest.other_side`): of
each source's accounts on a card, the first is kept and the others held out; a passage listed for a card is right
when it overlaps a held-out account, or gives the stance and speaker of one in other words, wrong otherwise (a card
the source gives one account has nothing to find). The same for the cards proposed with the source held out.

    .venv/bin/python benchmarks/suggest_eval.py --second [--details]

`--new` measures the cards `suggest --new` writes when each source is added last: the cards only it cites are
removed, and its accounts on the others. A passage written as a card is a duplicate when it is one of its accounts
on a card other sources still cite (it should be proposed for that card), a new card when it is its account on a
card only it cites, and other when it is none of its accounts (a fact the editor gave no card, or chaff). A passage
listed as giving an existing card's figure is not written; it is right when it is its account on that card.

    .venv/bin/python benchmarks/suggest_eval.py --new [--details]

`--reds` measures what `suggest --apply` flags when each source is added last to each news set: the source's
accounts are removed (and the cards it alone gives), `suggest SOURCE --apply` runs on a copy, and the cards it holds
back (each would make its card red) are compared with the cards the source's own accounts make red in the key (red
with them, not without them). A red flagged is held back; a red missed is not; a false flag is a card held back that
the source does not make red. What the unattended run leaves is read too: a false contest is a card contested after
it that the key keeps agreed (neither contested nor red), a false red one red that the key does not make red.

    .venv/bin/python benchmarks/suggest_eval.py --reds [--details]
"""
from __future__ import annotations

import argparse
import dataclasses
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from builder import compare, pipeline, units  # noqa: E402
from builder.figures import rules  # noqa: E402
from builder.config import load_config  # noqa: E402
from builder.figures import Measure  # noqa: E402
from builder.load import RawDoc  # noqa: E402
from builder.model import Tolerance  # noqa: E402
from builder.problems import Located, Problems  # noqa: E402
from builder.schema import typed_number  # noqa: E402
from builder.suggest import THRESHOLD, Retriever  # noqa: E402
from builder.validate import _value  # noqa: E402

GRID = [round(0.05 * i, 2) for i in range(4, 19)]


def runs(dossier, whole: bool = False):
    """(source id, removed accounts by card, suggestions, multi-source card ids) for each source held out; with
    ``whole``, (source id, removed accounts by card, the report)."""
    for sid, source in dossier.sources.items():
        removed = {f.id: [a for a in f.accounts if a.source == sid] for f in dossier.facts.values()}
        removed = {k: v for k, v in removed.items() if v}
        cards = {f.id: dataclasses.replace(f, accounts=tuple(a for a in f.accounts if a.source != sid))
                 for f in dossier.facts.values()}
        multi = {k for k, f in cards.items() if f.accounts}
        held_out = dataclasses.replace(dossier, facts=cards)
        report = Retriever(held_out).read(source)
        yield (sid, removed, report) if whole else (sid, removed, report.suggestions, multi)


def interval(value: dict) -> tuple:
    """A schema value form as (low, high, low open, high open, approx), the form of model.Value; a lower and an
    upper bound together ({min: 3000, max: 5000}) as one interval; a time of day ("16:45") or a date ("2026-04-02") as
    the number its card reads (schema.typed_number)."""
    value = {k: typed_number(n) if isinstance(n, str) else n for k, n in value.items()}
    if len(value) == 2:
        low = next(((n, k == "more_than") for k, n in value.items() if k in ("min", "more_than")), None)
        high = next(((n, k == "less_than") for k, n in value.items() if k in ("max", "up_to", "less_than")), None)
        return (low[0], high[0], low[1], high[1], False) if low and high else None
    (kind, n), = value.items()
    return {"exact": (n, n, False, False, False), "approx": (n, n, False, False, True),
            "nearly": (n, n, False, False, True), "almost": (n, n, False, False, True),
            "min": (n, math.inf, False, False, False), "more_than": (n, math.inf, True, False, False),
            "max": (-math.inf, n, False, False, False), "up_to": (n, n, False, False, True),  # a claim of n, as
            # "nearly" (session 74)
            "less_than": (-math.inf, n, False, True, False)}.get(kind)


def score(items, threshold: float, only: set | None = None, exclude: set | None = None) -> dict:
    """Counts over runs: true positives, predictions, gold cards, stances and values right."""
    c = dict(tp=0, pred=0, gold=0, stance=0, speaker=0, passage=0, fit=0.0, values=0, value_right=0)
    for _, removed, suggestions, _ in items:
        keep = (lambda k: (only is None or k in only) and (exclude is None or k not in exclude))
        gold = {k for k in removed if keep(k)}
        picked = [s for s in suggestions if s.confidence >= threshold and keep(s.fact)]
        c["gold"] += len(gold)
        c["pred"] += len(picked)
        for s in picked:
            if s.fact not in gold:
                continue
            c["tp"] += 1
            accounts = removed[s.fact]
            c["stance"] += any(a.stance == s.stance for a in accounts)
            c["speaker"] += any(a.stance == s.stance and (s.speaker in a.speakers if a.speakers else not s.speaker)
                                for a in accounts)  # the stance, and whose words (none for the outlet's own)
            c["passage"] += any(a.span.start < s.end and s.start < a.span.end for a in accounts)
            c["fit"] += max(_fit(a.span, s) for a in accounts)
            valued = [a for a in accounts if a.value]
            if valued:
                c["values"] += 1
                passage = [a for a in valued if a.span.start < s.end and s.start < a.span.end] or valued  # the
                # account of the passage proposed, where the source gives several (a live page's, each at its time)
                c["value_right"] += bool(s.value) and any(same_figure(s.value, a.value) for a in passage)
    return c


def _fit(span, suggestion) -> float:
    """How closely the proposed quote covers the editor's: F1 over the characters of the two spans."""
    common = max(0, min(span.end, suggestion.end) - max(span.start, suggestion.start))
    return 2 * common / (span.end - span.start + suggestion.end - suggestion.start)


def same_figure(value: dict, gold) -> bool:
    """Whether a proposed value is the editor's: the same interval or, for a measure, the same figure in another unit
    as the comparison reads them ('240 km/h' where the editor took the wire's '(150 mph)')."""
    if interval(value) == _key(gold):
        return True
    written = [units.WRITTEN.fullmatch(str(n)) for n in value.values()]
    if not all(written) or not units.unit(written[0]["unit"]) or set(value) != {gold.qualifier} \
            or written[0]["unit"] in gold.text:  # another unit, the same qualifier
        return False
    quantity = units.unit(written[0]["unit"])[0]
    proposed = _value(dict(value), RawDoc("facts", "x", Located(Path("x"), 1), {}), (), Problems(), quantity)
    return proposed is not None and Measure(0.1, Tolerance(), None, quantity).gap(proposed, gold) is None


def _key(v) -> tuple:
    return (v.low, v.high, v.low_open, v.high_open, v.approx)


def _ratio(a, b):
    return a / b if b else float("nan")


def _line(name: str, c: dict) -> str:
    return (f"| {name} | {_ratio(c['tp'], c['gold']):.2f} | {_ratio(c['tp'], c['pred']):.2f} | "
            f"{_ratio(c['stance'], c['tp']):.2f} | {_ratio(c['passage'], c['tp']):.2f} | "
            f"{_ratio(c['fit'], c['tp']):.2f} | "
            f"{_ratio(c['value_right'], c['values']):.2f} ({c['values']}) | "
            f"{c['gold']} | {c['pred']} |")


def _f1(c):
    p, r = _ratio(c["tp"], c["pred"]), _ratio(c["tp"], c["gold"])
    return 0 if not (p and r) or math.isnan(p) else 2 * p * r / (p + r)


def _add(a: dict, b: dict) -> dict:
    return {k: a.get(k, 0) + b[k] for k in b}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--project", default=".", help="the dossier project (default: .)")
    parser.add_argument("--details", action="store_true", help="list every miss and false hit")
    parser.add_argument("--sets", action="store_true",
                        help="all cards at the default threshold, for the reference and each news set")
    parser.add_argument("--second", action="store_true",
                        help="the other sides a source gives cards that already cite it, for each dossier")
    parser.add_argument("--new", action="store_true",
                        help="the cards `suggest --new` writes for each source added last, for each dossier")
    parser.add_argument("--reds", action="store_true",
                        help="the reds `suggest --apply` holds back for the editor, each source added last")
    args = parser.parse_args(argv)
    if args.reds:
        return reds(args.details)
    if args.sets:
        return sets()
    if args.second:
        return second(args.details)
    if args.new:
        return new_cards(args.details)
    dossier = pipeline.check(load_config(Path(args.project))).site.dossier
    items = list(runs(dossier))
    loo = {"all": {}, "multi": {}, "single": {}}
    chosen = []
    for i, item in enumerate(items):
        others = items[:i] + items[i + 1:]
        t = max(GRID, key=lambda t: (_f1(score(others, t)), t))
        chosen.append(f"{item[0]}: {t:.2f}")
        loo["all"] = _add(loo["all"], score([item], t))
        loo["multi"] = _add(loo["multi"], score([item], t, only=item[3]))
        loo["single"] = _add(loo["single"], score([item], t, exclude=item[3]))
    header = ("| cards | recall | precision | stance right | passage right | quote fit | values right (n) | removed | "
              "proposed |\n|---|---|---|---|---|---|---|---|---|")
    print(f"Leave-one-source-out over {len(items)} sources, {len(dossier.facts)} cards.\n")
    print("Threshold chosen on the other sources (best F1): " + "; ".join(chosen) + "\n")
    print(header)
    for name in ("all", "multi", "single"):
        print(_line(f"{name}-source" if name != "all" else "all", loo[name]))
    print(f"\nAt the default threshold {THRESHOLD}:\n")
    print(header)
    print(_line("all", score(items, THRESHOLD)))
    print(_line("multi-source", _total(score([it], THRESHOLD, only=it[3]) for it in items)))
    print(_line("single-source", _total(score([it], THRESHOLD, exclude=it[3]) for it in items)))
    enough = [t for t in GRID if _ratio(_multi(items, t)["tp"], _multi(items, t)["pred"]) >= 0.8]
    if enough:
        mc = _multi(items, min(enough))
        print(f"\nMulti-source cards, lowest threshold with precision >= 0.80: {min(enough):.2f}, recall "
              f"{_ratio(mc['tp'], mc['gold']):.2f}, precision {_ratio(mc['tp'], mc['pred']):.2f}")
    else:
        print("\nMulti-source cards: no threshold reaches precision 0.80")
    print("\nWhat a confidence means: the share of the suggestions in each band that are right (the card was cited)\n")
    print("| confidence | suggestions | right |\n|---|---|---|")
    for low, high, right, total in bands(items):
        print(f"| {low:.1f}–{high:.1f} | {total} | {_ratio(right, total):.2f} |")
    if args.details:
        for sid, removed, suggestions, _ in items:
            picked = {s.fact: s for s in suggestions if s.confidence >= THRESHOLD}
            for k in sorted(set(removed) - set(picked)):
                s = next((s for s in suggestions if s.fact == k), None)
                print(f"MISS {sid} {k} ({s.confidence if s else '-'}): {s.quote[:90] if s else ''}")
            for k in sorted(set(picked) - set(removed)):
                print(f"FALSE {sid} {k} ({picked[k].confidence}): {picked[k].quote[:90]} | {picked[k].why}")
            for k in sorted(set(picked) & set(removed)):
                s, gold = picked[k], removed[k]
                if not any(a.stance == s.stance for a in gold):
                    print(f"STANCE {sid} {k}: {s.stance} vs {gold[0].stance} ({gold[0].speakers})")
                elif not any(a.stance == s.stance and (s.speaker in a.speakers if a.speakers else not s.speaker)
                             for a in gold):
                    print(f"SPEAKER {sid} {k}: {s.speaker} vs {[a.speakers for a in gold]}")
                if gold[0].value and (not s.value or not same_figure(s.value, gold[0].value)):
                    print(f"VALUE {sid} {k}: {s.value} {s.qualifier} vs {gold[0].value.text}")
    return 0


def sets() -> int:
    """The default threshold's figures on all cards of the reference dossier and of each news set (a folder of
    tests/fixtures/ with articles/ and content/facts/): what a change of rules does to each."""
    projects = _projects()
    root = projects[0]
    print(f"At the default threshold {THRESHOLD}:\n")
    print("| dossier | recall | precision | stance right | passage right | quote fit | values right (n) | removed | "
          "proposed | stance and speaker right |\n|---|---|---|---|---|---|---|---|---|---|")
    for project in projects:
        items = list(runs(pipeline.check(load_config(project)).site.dossier))
        c = score(items, THRESHOLD)
        print(_line("reference" if project == root else project.name, c) + f" {_ratio(c['speaker'], c['tp']):.2f} |")
    return 0


def second(details: bool = False) -> int:
    """The other sides found, per dossier: for cards that cite the source already ("cited": of each source's
    accounts on a card, the first kept and the others held out), and for cards proposed with the source held out
    ("proposed": held out, the cards it gives accounts on both sides). Rebuttals and rivals (written by --apply) and
    other sides (listed) are counted apart: found / right; a rival is right when a held-out account gives its
    speaker's figure."""
    print("| dossier | cited: held out | rebuttals | other sides | rivals | proposed: both sides | rebuttals | other sides "
          "| rivals |\n|---|---|---|---|---|---|---|---|---|")
    totals = Counter()
    for project in _projects():
        dossier = pipeline.check(load_config(project)).site.dossier
        counts = Counter()

        def tally(kind: str, report, held_out: dict) -> None:
            for name, found in (("rebuttals", report.rebuttals), ("other sides", report.other_sides),
                                ("rivals", report.rivals)):
                for s in found:
                    hit = (_rival_hit if name == "rivals" else _hit)(s, held_out.get(s.fact, ()))
                    counts[kind, name] += 1
                    counts[kind, name, "right"] += hit
                    if details:
                        print(f"{'RIGHT' if hit else 'FALSE'} {kind} {name} {project.name}/{s.source} {s.fact} "
                              f"({s.confidence}): {s.quote[:90]} | {s.stance} {s.speaker}")
        for sid, source in dossier.sources.items():
            kept, out = {}, {}
            for f in dossier.facts.values():
                mine = [a for a in f.accounts if a.source == sid]
                if mine:
                    kept[f.id] = dataclasses.replace(f, accounts=tuple(a for a in f.accounts if a not in mine[1:]))
                    out[f.id] = mine[1:]
            counts["cited"] += sum(map(len, out.values()))
            tally("cited", Retriever(dataclasses.replace(dossier, facts=kept)).read(source, cards=kept), out)
        for sid, removed, report in runs(dossier, whole=True):
            counts["proposed"] += sum(len({a.affirms for a in accounts}) == 2 for accounts in removed.values())
            tally("proposed", report, removed)
        totals.update(counts)
        print(_second_line(project.name if project != _projects()[0] else "reference", counts))
    print(_second_line("**all**", totals))
    found = sum(totals[k, "rebuttals"] for k in ("cited", "proposed"))
    right = sum(totals[k, "rebuttals", "right"] for k in ("cited", "proposed"))
    listed = sum(totals[k, "other sides"] for k in ("cited", "proposed"))
    rivals = sum(totals[k, "rivals"] for k in ("cited", "proposed"))
    print(f"\nRebuttals: precision {_ratio(right, found):.2f} ({right} of {found}); other sides: precision "
          f"{_ratio(sum(totals[k, 'other sides', 'right'] for k in ('cited', 'proposed')), listed):.2f} ({listed}); "
          f"rivals: precision {_ratio(sum(totals[k, 'rivals', 'right'] for k in ('cited', 'proposed')), rivals):.2f} "
          f"({rivals})")
    return 0


def _second_line(name: str, c: Counter) -> str:
    cells = [f"{c[k, n, 'right']}/{c[k, n]}" for k in ("cited", "proposed") for n in ("rebuttals", "other sides",
                                                                                       "rivals")]
    return f"| {name} | {c['cited']} | {' | '.join(cells[:3])} | {c['proposed']} | {' | '.join(cells[3:])} |"


def _hit(suggestion, accounts) -> bool:
    """Whether a listed passage is one of ``accounts``, or the same side by the same speaker in other words (a
    company's "Calder Minerals denied this." before the spokeswoman's words the editor quoted)."""
    return any(a.span.start < suggestion.end and suggestion.start < a.span.end
               or a.stance == suggestion.stance and suggestion.speaker and suggestion.speaker in a.speakers
               for a in accounts)


def _rival_hit(suggestion, accounts) -> bool:
    """Whether a rival figure is one of ``accounts``: its speaker's (none for the outlet's own), with its value."""
    return any((suggestion.speaker in a.speakers if a.speakers else not suggestion.speaker) and a.value
               and same_figure(suggestion.value, a.value) for a in accounts)


def new_cards(details: bool = False) -> int:
    """What `suggest --new` writes for each source added last, per dossier (see the module's docstring)."""
    print("| dossier | written | duplicates | new cards right | other | cards only one source cites | of them found | "
          "listed for a card | of them its account there |\n|---|---|---|---|---|---|---|---|---|")
    totals = [0] * 8
    for project in _projects():
        dossier = pipeline.check(load_config(project)).site.dossier
        counts = [0] * 8
        for sid, source in dossier.sources.items():
            kept = {f.id: dataclasses.replace(f, accounts=tuple(a for a in f.accounts if a.source != sid))
                    for f in dossier.facts.values()}
            only = {k: dossier.facts[k].accounts for k, f in kept.items() if not f.accounts}
            kept = {k: f for k, f in kept.items() if f.accounts}
            mine = {k: [a for a in dossier.facts[k].accounts if a.source == sid] for k in kept}
            report = Retriever(dataclasses.replace(dossier, facts=kept)).read(source, cards=kept)
            found = set()
            for u in report.uncovered:
                if u.unnamed:  # listed, never written
                    continue
                def hits(accounts):
                    return any(a.span.start < u.passage.end and u.passage.start < a.span.end for a in accounts)
                duplicate = next((k for k, accounts in mine.items() if hits(accounts)), None)
                new = next((k for k, accounts in only.items() if hits(accounts)), None)
                if u.card:  # listed as giving that card's figure, not written
                    counts[6] += 1
                    counts[7] += duplicate == u.card
                    if details:
                        print(f"LISTED {project.name}/{sid} for {u.card} ({'right' if duplicate == u.card else duplicate or new or 'other'}): "
                              f"{' '.join(u.passage.text.split())[:100]}")
                    continue
                counts[0] += 1
                counts[1] += duplicate is not None
                counts[2] += duplicate is None and new is not None
                counts[3] += duplicate is None and new is None
                found |= {new} - {None}
                if details and (duplicate or new is None):
                    what = f"DUPLICATE {project.name}/{sid} of {duplicate}" if duplicate else f"OTHER {project.name}/{sid}"
                    print(f"{what}: {' '.join(u.passage.text.split())[:100]}")
            counts[4] += len(only)
            counts[5] += len(found)
        totals = [t + c for t, c in zip(totals, counts)]
        name = "reference" if project == _projects()[0] else project.name
        print(f"| {name} | " + " | ".join(map(str, counts)) + " |")
    print("| **all** | " + " | ".join(map(str, totals)) + " |")
    return 0


def reds(details: bool = False) -> int:
    """What `suggest --apply` holds back as reds when each source of each news set is added last (see the module's
    docstring)."""
    import contextlib
    import io
    import re
    import tempfile

    from tests.news_sets import applied
    print("| dossier | reds a source makes | flagged | missed | false flags | false contests | false reds |\n"
          "|---|---|---|---|---|---|---|")
    totals = Counter()
    for project in _projects()[1:]:
        site = pipeline.check(load_config(project)).site
        key = {fid: row.verdict for fid, row in site.comparison.facts.items()}
        counts = Counter()
        for sid in sorted(site.dossier.sources):
            made = _reds_made(site, sid)
            out = io.StringIO()
            with contextlib.redirect_stdout(out), tempfile.TemporaryDirectory() as tmp:
                rows = applied(project, sid, Path(tmp) / "copy").comparison.facts
            after = {fid: row.verdict for fid, row in rows.items()}
            held = {card for line in re.findall(r"^Held back \d+: (.*?)\. Each would", out.getvalue(), re.M)
                    for card in line.split(", ")}
            contests = {f for f, v in after.items() if v == "contested" and key.get(f) not in ("contested", "disputed")}
            reds = {f for f, v in after.items() if v == "disputed" and key.get(f) != "disputed"}
            counts.update(reds=len(made), flagged=len(made & held), missed=len(made - held), false=len(held - made),
                          contests=len(contests), false_reds=len(reds))
            if details and (made - held or held - made or contests or reds):
                print(f"{project.name}/{sid}: missed {sorted(made - held)}, false {sorted(held - made)}, "
                      f"false contests {sorted(contests)}, false reds {sorted(reds)}")
        totals.update(counts)
        print(f"| {project.name} | {_row(counts)} |")
    print(f"| **all** | {_row(totals)} |")
    return 0


def _row(counts: Counter) -> str:
    return " | ".join(str(counts[k]) for k in ("reds", "flagged", "missed", "false", "contests", "false_reds"))


def _reds_made(site, source: str) -> set[str]:
    """The cards of ``site`` disputed with ``source``'s accounts and not without them (a card only the source gives
    is left as it is)."""
    rest = {fid: tuple(a for a in f.accounts if a.source != source) for fid, f in site.dossier.facts.items()}
    without = dataclasses.replace(site.dossier, facts={fid: dataclasses.replace(f, accounts=rest[fid] or f.accounts)
                                                       for fid, f in site.dossier.facts.items()})
    rows = compare.compare_with(without, site.links, rules(site.config), site.comparison.independence).facts
    return {fid for fid, row in site.comparison.facts.items() if row.disputed and not rows[fid].disputed}


def _projects() -> list[Path]:
    """The reference dossier and each news set (a folder of tests/fixtures/ with articles/ and content/facts/)."""
    root = Path(__file__).resolve().parent.parent
    return [root, *sorted(p.parent for p in (root / "tests" / "fixtures").glob("*/articles")
                          if (p.parent / "content" / "facts").is_dir())]


def bands(items, width: float = 0.1, low: float = 0.3):
    """(low, high, right, total) for each confidence band of ``width`` from ``low`` up."""
    edges = [round(low + width * i, 2) for i in range(round((1 - low) / width) + 1)]
    for a, b in zip(edges, edges[1:]):
        inside = [(s, removed) for _, removed, suggestions, _ in items for s in suggestions
                  if a <= s.confidence < b or b == 1 and s.confidence == 1]
        yield a, b, sum(s.fact in removed for s, removed in inside), len(inside)


def _total(counts) -> dict:
    out: dict = {}
    for c in counts:
        out = _add(out, c)
    return out


def _multi(items, t) -> dict:
    return _total(score([it], t, only=it[3]) for it in items)


if __name__ == "__main__":
    sys.exit(main())
