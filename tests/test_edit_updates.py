"""The validate, link and compare stages after an edit (``dossier serve``): the dossier, the links and the comparison
updated for the changed facts alone are those made from scratch, and what the edit left alone is the very same
objects."""
import dataclasses
import random
import shutil
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from builder import compare as comparing
from builder import link as linking
from builder import load, pipeline
from builder import validate as validating
from builder.cache import Cache
from builder.config import load_config
from builder.independence import find_shared
from builder.problems import Problems

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def dossier():
    return pipeline.check(load_config(ROOT)).site.dossier


def _fresh(dossier):
    linking._LAST[0] = None
    linking._OWN.clear()
    return linking.link(dossier)


def _compared_afresh(dossier, memo: dict):
    comparing._LAST[0] = None
    for kept in (comparing._SUMMITS, comparing._PROFILES, comparing._PAIRS, comparing._ROW_PAIRS):
        kept.clear()
    return _compared(_fresh(dossier), dossier, memo)


def _compared(links, dossier, memo: dict):
    config = load_config(ROOT)
    return comparing.compare_with(dossier, links, comparing.rules(config),
                                  find_shared(dossier.sources, config.shared_wording_words), memo)


def _with(dossier, *facts):
    """``dossier`` with these facts in place of those of their ids (the other records the very same)."""
    return dataclasses.replace(dossier, facts={**dossier.facts, **{f.id: f for f in facts}})


def _measured(dossier):
    return next(f for f in dossier.facts.values() if f.meeting and f.quantity)


def _stated(dossier):
    return next(f for f in dossier.facts.values() if any(a.stance == "states" for a in f.accounts))


def _names(fact) -> set:
    return {fact.speaker, *(w for a in fact.accounts for w in a.speakers)} - {None}


def _least_named(dossier) -> tuple[str, list]:
    """The speaker the fewest facts name (at no meeting), and those facts."""
    met = {w for s in dossier.summits.values() for m in s.meetings for w in (*m.participants, *m.present)}
    named = Counter(w for f in dossier.facts.values() for w in _names(f) if w not in met)
    who = min(named, key=named.get)
    return who, [f for f in dossier.facts.values() if who in _names(f)]


def _moved(dossier):
    """Every fact naming one speaker moved to another summit."""
    _, facts = _least_named(dossier)
    return [dataclasses.replace(f, summit=_other(dossier.summits, facts[0].summit), meeting=None) for f in facts]


def _unnamed(dossier):
    """One speaker named by no fact any more."""
    who, facts = _least_named(dossier)
    return [dataclasses.replace(f, speaker=None if f.speaker == who else f.speaker, accounts=tuple(
        dataclasses.replace(a, speakers=tuple(w for w in a.speakers if w != who)) for a in f.accounts))
        for f in facts]


def _resourced(dossier):
    """A fact reported by several sources: the accounts of one of them given to the source that reports the fewest
    facts (so the pairs of sources it made are gone, and new ones come)."""
    fact = max(dossier.facts.values(), key=lambda f: len(f.sources))
    cited = Counter(a.source for f in dossier.facts.values() for a in f.accounts)
    rare = min((s for s in dossier.sources if s not in fact.sources), key=lambda s: cited[s])
    return [dataclasses.replace(fact, accounts=tuple(
        dataclasses.replace(a, source=rare) if a.source == fact.sources[0] else a for a in fact.accounts))]


def _other(records: dict, not_this):
    return next(r for r in records if r != not_this)


EDITS = {
    "statement": lambda d: [dataclasses.replace(f, statement=f.statement + " Edited.") for f in list(d.facts.values())[:1]],
    "summit": lambda d: [dataclasses.replace(f := _measured(d), summit=_other(d.summits, f.summit), meeting=None)],
    "meeting left": lambda d: [dataclasses.replace(_measured(d), meeting=None)],
    "quantity": lambda d: [dataclasses.replace(_measured(d), quantity=None)],
    "speaker": lambda d: [dataclasses.replace(f := _stated(d), speaker=_other(d.speakers, f.speaker))],
    "about": lambda d: [dataclasses.replace(f := _stated(d), about=(*f.about, _other(d.speakers, f.speaker)))],
    "source": lambda d: [dataclasses.replace(f := _stated(d), accounts=(
        dataclasses.replace(f.accounts[0], source=_other(d.sources, f.accounts[0].source)), *f.accounts[1:]))],
    "another source": _resourced,
    "a claim": lambda d: [dataclasses.replace(f := _stated(d), accounts=tuple(
        dataclasses.replace(a, stance="attributes", speakers=(next(iter(d.speakers)),)) for a in f.accounts))],
    "accounts gone": lambda d: [dataclasses.replace(f := _stated(d), accounts=f.accounts[:1])],
    "a speaker's facts": _moved,
    "a speaker named no more": _unnamed,
    "several": lambda d: [dataclasses.replace(f, statement=f.statement + " Again.")
                          for f in list(d.facts.values())[::7]],
}


@pytest.mark.parametrize("edit", EDITS)
def test_links_updated_after_an_edit_are_the_links_found_from_scratch(dossier, edit, monkeypatch):
    before = _fresh(dossier)
    edited = _with(dossier, *EDITS[edit](dossier))
    monkeypatch.setattr(linking, "UPDATED_AT_MOST", 1.0)
    monkeypatch.setattr(linking, "_all", lambda *args: pytest.fail("linked everything again"))
    updated = linking.link(edited)
    monkeypatch.undo()
    fresh = _fresh(edited)
    changed = {fid for fid, f in edited.facts.items() if f is not dossier.facts[fid]}
    for name, found in vars(updated).items():
        assert found == getattr(fresh, name), f"{name} differs from the links found from scratch"
        left_alone = [k for k, v in getattr(before, name).items()
                      if found.get(k) == v and k not in changed and not _lists(v, changed)]
        assert all(found[k] is getattr(before, name)[k] for k in left_alone), f"{name}: not the same objects"


def _lists(value, changed: set) -> bool:
    """Whether a value of the links names one of the ``changed`` facts."""
    return isinstance(value, tuple) and any(getattr(item, "id", getattr(item, "fact", None)) in changed
                                            for item in value)


def test_other_speakers_or_another_set_of_facts_are_linked_again_from_scratch(dossier, monkeypatch):
    _fresh(dossier)
    everything = []
    real = linking._all
    monkeypatch.setattr(linking, "_all", lambda *args: everything.append(1) or real(*args))
    first = next(iter(dossier.facts))
    linking.link(dataclasses.replace(dossier, facts={k: v for k, v in dossier.facts.items() if k != first}))
    linking.link(dataclasses.replace(dossier, speakers={k: dataclasses.replace(s) for k, s in dossier.speakers.items()}))
    assert everything == [1, 1]


@pytest.mark.parametrize("edit", EDITS)
def test_a_comparison_updated_after_an_edit_is_the_comparison_made_from_scratch(dossier, edit, monkeypatch):
    memo = {}
    before = _compared_afresh(dossier, memo)
    edited = _with(dossier, *EDITS[edit](dossier))
    links = linking.link(edited)
    monkeypatch.setattr(linking, "UPDATED_AT_MOST", 1.0)
    monkeypatch.setattr(comparing, "_all", lambda *args: pytest.fail("compared everything again"))
    updated = _compared(links, edited, memo)
    monkeypatch.undo()
    fresh = _compared_afresh(edited, afresh := {})
    for name in ("facts", "rows_by_summit", "sources_by_summit", "profiles", "pairs"):
        assert getattr(updated, name) == getattr(fresh, name), f"{name} differs from the comparison made from scratch"
    assert {k: v[3] for k, v in memo.items()} == {k: v[3] for k, v in afresh.items()}
    assert all(updated.profiles[s] is p for s, p in before.profiles.items() if updated.profiles[s] == p)
    pairs = {(p.first, p.second): p for p in updated.pairs}
    assert all(pairs[k] is p for p in before.pairs if pairs.get(k := (p.first, p.second)) == p)


def test_the_key_of_the_shared_wording_is_made_again_only_for_other_sources(dossier, monkeypatch):
    """Every article's text is digested again only when a source changed: not after each save of a card."""
    from builder import independence
    made = []
    real = independence.digest
    monkeypatch.setattr(independence, "digest", lambda data: made.append(1) or real(data))
    monkeypatch.setattr(independence, "_KEYED", [None])
    first = independence.sources_key(dossier.sources, 6)
    assert independence.sources_key(dict(dossier.sources), 6) == first and made == [1]
    sid, source = next(iter(dossier.sources.items()))
    edited = {**dossier.sources, sid: dataclasses.replace(source, body=source.body + " More.")}
    assert independence.sources_key(edited, 6) != first and independence.sources_key(edited, 7) != first
    assert independence.sources_key(dossier.sources, 6) == first and len(made) == 4


@pytest.mark.parametrize("edit", EDITS)
def test_the_facts_pages_list_the_rows_in_the_order_sorted_from_scratch_after_an_edit(dossier, edit):
    """The facts index keeps the last build's order while no changed row sorts elsewhere (builder/pages/fact.py)."""
    import itertools
    from builder.pages import fact
    memo = {}
    fact._ordered(_compared_afresh(dossier, memo).facts)
    edited = _with(dossier, *EDITS[edit](dossier))
    facts = _compared(linking.link(edited), edited, memo).facts
    rows, by_summit = fact._ordered(facts)
    assert rows == sorted(facts.values(), key=fact._order)
    assert by_summit == [(s, list(g)) for s, g in itertools.groupby(rows, key=lambda row: row.fact.summit)]


@pytest.mark.parametrize("edit", EDITS)
def test_the_facts_each_source_reports_are_counted_anew_after_an_edit(dossier, edit):
    """The compare page's counts, kept for each source whose accounts link kept (builder/pages/comparison.py)."""
    from builder.pages import comparison
    comparison._reported(_fresh(dossier).accounts_by_source)
    links = linking.link(_with(dossier, *EDITS[edit](dossier)))
    assert comparison._reported(links.accounts_by_source) == {
        sid: len({a.fact for a in accounts}) for sid, accounts in links.accounts_by_source.items()}


CARD, OTHER_CARD = "hamburg-ceasefire-jordan-party", "hamburg-ceasefire-israel-involved"
CARD_EDITS = {  # what is written in place of what, in content/; True: only the cards edited are checked again
    "statement": ({f"facts/{CARD}.yml": ('"Jordan is a party', '"Jordan is one party')}, True),
    "two cards": ({f"facts/{CARD}.yml": ('"Jordan is a party', '"Jordan is one party'),
                   f"facts/{OTHER_CARD}.yml": ('"Israel is', '"Israel was')}, True),
    "a placeholder": ({f"facts/{CARD}.yml": ('stance: states\n', 'stance: states\n    note: "TODO"\n')}, True),
    "a speaker named no more": ({"facts/hamburg-trump-sanctions-relaxation.yml": ("speaker: guardian-sources",
                                                                                  "speaker: us-diplomacy-sources")},
                                True),
    "an account pending": ({f"facts/{CARD}.yml": ("stance: attributes\n", "stance: attributes\n    pending: true\n")},
                           True),
    "a former id": ({f"facts/{CARD}.yml": ("topics:", "formerly: [jordan-deal]\ntopics:")}, True),
    "a former id taken": ({f"facts/{CARD}.yml": ("topics:", f"formerly: [{OTHER_CARD}]\ntopics:")}, True),
    "a source unknown": ({f"facts/{CARD}.yml": ("source: rferl-putin-trump-agree", "source: rferl")}, False),
    "refused": ({f"facts/{CARD}.yml": ("summit: hamburg-2017", "summit: [hamburg-2017]")}, False),
    "a source": ({"sources/rferl-putin-trump-agree.md": ("title:", "title: 'Live:' ")}, False),
}


def _project(tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "content", root / "content")
    shutil.copy(ROOT / "site_config.yml", root)
    return root


def _validated(config, cache: Cache | None = None) -> tuple[object, list]:
    problems = Problems()
    docs = load.load(config.content, problems, cache, config.root)
    return validating.validate(docs, problems, cache, config.quote_min_words), problems.sorted()


def _edit(content: Path, edits: dict, back: bool = False) -> set[str]:
    for name, (old, new) in edits.items():
        path = content / name
        text = path.read_text("utf-8")
        assert (new if back else old) in text
        path.write_text(text.replace(*((new, old) if back else (old, new)), 1), "utf-8")
    return {str(content / name) for name in edits}


@pytest.mark.parametrize("edit", CARD_EDITS)
def test_a_dossier_validated_again_after_an_edit_is_the_one_validated_from_scratch(tmp_path, edit, monkeypatch):
    """After a save (``dossier serve``: the same cache, its events naming the files changed), only the fact cards
    edited are checked again when they built a fact before and do now; the facts and problems are those of a check
    from scratch, the facts not edited the very same objects, and so again once the edit is undone."""
    edits, updated = CARD_EDITS[edit]
    config = load_config(_project(tmp_path))
    cache = Cache(events=None)
    validating._LAST[0] = None
    before, _ = _validated(config, cache)
    cache.events = set()
    for back in (False, True):
        whole = []
        monkeypatch.setattr(validating, "_all", lambda *a, whole=whole, run=validating._all: whole.append(1) or run(*a))
        cache.events |= _edit(config.content, edits, back)
        now, problems = _validated(config, cache)
        monkeypatch.undo()
        assert whole == ([] if updated else [1])
        validating._LAST[0] = None
        fresh, fresh_problems = _validated(config, Cache())
        assert problems == fresh_problems and now == fresh
        assert list(now.facts) == list(fresh.facts)
        edited = {name.split("/")[-1][:-4] for name in edits}
        if updated:
            assert all(now.facts[i] is f for i, f in before.facts.items() if i not in edited)
            assert all(getattr(now, kind) is getattr(before, kind) for kind in ("sources", "speakers", "summits"))
        validating._LAST[0] = None
        before, _ = _validated(config, cache)  # the cache's run is the last again


def test_a_new_article_leaves_every_row_as_it_was(dossier):
    """A fact's row reads only the wording its own sources share (Independence.among): a new article, even one
    copying another's words, leaves the rows of the facts it is not in the very same objects (every row was made
    again: 2.2 s of the 9 s a new article took to show in `dossier serve` at 5,000 facts)."""
    memo = {}
    before = _compared_afresh(dossier, memo)
    copied = next(iter(dossier.sources.values()))
    now = dataclasses.replace(dossier, sources={**dossier.sources, "zz-copy": dataclasses.replace(copied, id="zz-copy")})
    after = _compared(_fresh(now), now, memo)
    assert after.independence.key != before.independence.key and after.independence.partners("zz-copy")
    assert all(after.facts[fid] is row for fid, row in before.facts.items())


@pytest.mark.parametrize("boilerplate", [64, 3])
def test_the_wording_shared_found_again_for_changed_sources_is_the_wording_found_from_scratch(boilerplate,
                                                                                             monkeypatch):
    """After sources are added, edited or removed, the passages are found for those sources alone (4.0 s → 0.13 s at
    2,000 sources); found whole when a run of words in them turned boilerplate for two others, or stopped being
    (likely here with a limit of 3 places), and when the last passages were read from the cache."""
    from builder import independence
    monkeypatch.setattr(independence, "MAX_POSTINGS", boilerplate)
    whole, scratch = [], independence._find_shared
    monkeypatch.setattr(independence, "_find_shared", lambda *args: whole.append(1) or scratch(*args))
    pick = random.Random(boilerplate)
    words = [f"w{i}" for i in range(300)]
    wire = [" ".join(pick.choice(words) for _ in range(pick.randint(8, 30))) for _ in range(6)]

    def article():
        parts = [" ".join(pick.choice(words) for _ in range(pick.randint(5, 40))) for _ in range(4)]
        parts += pick.sample(wire, 2) + [f"“{pick.choice(wire)}”"]
        return ". ".join(pick.sample(parts, len(parts)))

    sources = {f"s{n:02d}": SimpleNamespace(body=article()) for n in range(12)}
    cache = Cache()

    def found_again():  # as dossier serve finds them, with the Shingles made after a build that found them whole
        found = independence.find_shared(sources, 6, cache.independence)
        cache.shared = independence.shingled(found, sources, 6)
        return found
    found_again()
    pairs = 0
    for step in range(60):
        changed = pick.sample(sorted(sources), pick.choice([1, 1, 2]))
        for sid in changed:
            kind = pick.choice(["add", "edit", "remove"]) if len(sources) > 6 else "add"
            if kind == "remove":
                del sources[sid]
            else:
                sources[sid if kind == "edit" else f"n{step}{sid}"] = SimpleNamespace(body=article())
        found = found_again()
        expected = scratch(sources, 6, found.key)
        assert found == expected and list(found.shared) == list(expected.shared), step
        pairs += len(found.shared)
    assert pairs > 60
    assert (len(whole) == 1) if boilerplate == 64 else (1 < len(whole) < 30)
    finds = len(whole)
    cache.shared = independence.from_data(independence.to_data(found))  # as read from the cache
    sources["s00"] = SimpleNamespace(body=article())
    assert independence.find_shared(sources, 6, cache.independence).shingles is None  # a build keeps none
    assert len(whole) == finds + 1
