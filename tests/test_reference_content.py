"""The reference dossier: pins what it says (counts, disputes, conflicts, renderings) and that sources are the seeds."""
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from builder.config import load_config
from builder.pipeline import check
from builder.renderings import variants

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "content" / "sources"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"  # copies of the seed articles in ../shared/seeds
FRONT_MATTER_END = re.compile(r"^---[ \t]*$", re.M)

FACTS_PER_SUMMIT = {
    "hamburg-2017": 61,
    "us-election-2016": 13,
    "osaka-2019": 6,
    "trump-warsaw-speech": 2,
    "chemical-attack-april-4": 1,
    "putin-obama-2015": 1,
    "tillerson-lavrov-april-2017": 1,
    "helsinki-2018": 0,
}
DISPUTED = {  # the sources disagree
    "hamburg-trump-accepted-putin-denial",
    "hamburg-trump-putin-scheduled-length",
}
CONTESTED = {"hamburg-putin-trump-seemed-to-agree"}  # only the people the sources quote disagree


@pytest.fixture(scope="module")
def site():
    """The reference dossier, loaded, validated, linked and compared (no build)."""
    return check(load_config(ROOT)).site


def split_source(path: Path) -> tuple[dict, str]:
    """(front matter, body) of a content/sources/*.md file, read without the builder."""
    text = path.read_text("utf-8")
    assert text.startswith("---\n"), f"{path.name}: no front matter"
    end = FRONT_MATTER_END.search(text, 4)
    assert end, f"{path.name}: front matter is not closed"
    return yaml.safe_load(text[4:end.start()]), text[end.end():]


def test_reference_content_checks_clean_without_warnings(site):
    result = check(load_config(ROOT), strict=True)
    assert result.warnings == []
    assert (len(site.dossier.sources), len(site.dossier.speakers), len(site.dossier.summits),
            len(site.dossier.facts)) == (5, 14, 8, 85)


def test_facts_per_summit(site):
    counts = Counter(f.summit for f in site.dossier.facts.values())
    assert {s: counts.get(s, 0) for s in site.dossier.summits} == FACTS_PER_SUMMIT


def test_exactly_the_known_facts_are_disputed(site):
    assert {c.fact.id for c in site.comparison.disputed} == DISPUTED
    assert {c.fact.id for c in site.comparison.contested} == CONTESTED
    assert site.comparison.minor == ()


def test_cards_stating_a_range_carry_their_claim(site):
    claims = {f.id: f.claim.text for f in site.dossier.facts.values() if f.claim}
    assert claims == {"hamburg-trump-putin-actual-length": "more than 120", "hamburg-trump-approval-below-40": "less than 40",
                      "osaka-trump-putin-length": "about 80"}


def test_vague_and_exact_meeting_lengths_agree(site):
    """'Two hours and 15 minutes' and 'more than two hours' are compatible, so the card is not disputed."""
    row = site.comparison.facts["hamburg-trump-putin-actual-length"]
    values = {a.source: a.value for a in row.fact.accounts}
    assert {(v.low, v.high, v.low_open) for v in values.values()} == {(135, 135, False), (120, float("inf"), True)}
    assert row.verdict == "agree"
    assert row.conflicts == ()
    assert len(row.supports) == 4  # every figure lies inside the claim "more than two hours"


def test_scheduled_length_is_a_value_conflict_with_the_translation_in_the_minority(site):
    row = site.comparison.facts["hamburg-trump-putin-scheduled-length"]
    assert row.verdict == "disputed"
    assert {c.kind for c in row.conflicts} == {"value"}
    pairs = {frozenset((c.first.source, c.second.source)) for c in row.conflicts}
    assert pairs == {frozenset({"translated-putin-denies-interfering", "rferl-putin-trump-agree"}),
                     frozenset({"translated-putin-denies-interfering", "eatprayvote-success-and-concession"})}
    assert row.outliers == ("translated-putin-denies-interfering",)
    assert [([g.value.text for g in side.groups], side.sources, side.minority) for side in row.sides] == [
        (["35"], ("eatprayvote-success-and-concession", "rferl-putin-trump-agree"), False),
        (["30"], ("translated-putin-denies-interfering",), True)]
    assert SOURCES.joinpath("translated-putin-denies-interfering.md").exists()
    assert split_source(SOURCES / "translated-putin-denies-interfering.md")[0]["seed"].startswith("000_")


def test_tillerson_is_reported_on_both_sides_of_trump_accepting_the_denial(site):
    row = site.comparison.facts["hamburg-trump-accepted-putin-denial"]
    speaker_conflicts = row.conflicts_of("speaker")
    assert speaker_conflicts, "no 'speaker' conflict"
    for c in speaker_conflicts:
        assert "rex-tillerson" in set(c.first.speakers) & set(c.second.speakers)
        assert c.first.affirms != c.second.affirms
        assert c.first.source != c.second.source


def test_lavrovs_remark_has_two_renderings(site):
    """Lavrov's account of what Trump said, rendered differently by CountryWatch and Eat Pray Vote."""
    cards = [c for c in site.comparison.facts.values()
             if c.fact.speaker == "sergey-lavrov"
             and {a.source for a in c.fact.accounts} == {"countrywatch-trump-putin-g20",
                                                          "eatprayvote-success-and-concession"}]
    assert [c.fact.id for c in cards] == ["hamburg-lavrov-trump-heard-and-accepted"]
    found = variants(cards[0].fact, site.dossier.speakers["sergey-lavrov"])
    assert len(found) == 2
    assert [v.account.source for v in found] == ["countrywatch-trump-putin-g20",
                                                    "eatprayvote-success-and-concession"]
    kinds = {kind for kind, _ in found[1].segments}
    assert {"same", "added", "removed"} <= kinds, "the second rendering is not diffed against the first"


def test_renderings_of_a_remark_come_from_different_sources(site):
    """The fact page says 'the same remark is worded differently by different sources'; several
    fragments quoted from one article are not renderings of each other."""
    found = {f.id: variants(f, site.dossier.speakers.get(f.speaker)) for f in site.dossier.facts.values()}
    same_source = [f"{fid}: {[v.account.source for v in vs]}" for fid, vs in found.items()
                   if len({v.account.source for v in vs}) < len(vs)]
    assert not same_source, "renderings diffed against a fragment of the same article:\n" + "\n".join(same_source)


@pytest.mark.parametrize("path", sorted(SOURCES.glob("*.md")), ids=lambda p: p.stem)
def test_source_body_is_the_seed_text_untouched(path):
    """Every non-blank line of the body is a line of the seed, in order: only whole lines were removed."""
    meta, body = split_source(path)
    assert meta.get("seed"), f"{path.name} names no seed file"
    seed_lines = [line.strip() for line in (SEEDS / meta["seed"]).read_text("utf-8").splitlines()]
    position = 0
    for number, line in enumerate(body.splitlines(), 1):
        if not line.strip():
            continue
        try:
            position = seed_lines.index(line.strip(), position) + 1
        except ValueError:
            pytest.fail(f"{path.name}: body line {number} is not (in order) a line of {meta['seed']}: {line.strip()[:120]!r}")
    assert position, f"{path.name}: empty body"


def test_every_seed_has_a_source():
    seeds = {split_source(p)[0].get("seed") for p in SOURCES.glob("*.md")}
    assert seeds == {p.name for p in SEEDS.glob("*.txt")}


def test_every_person_quoted_by_the_sources_has_a_statement_card(site):
    """Each person whose words some source reports ('attributes') has at least one fact card of their own."""
    d = site.dossier
    quoted = {w for f in d.facts.values() for a in f.accounts if a.stance == "attributes" for w in a.speakers}
    people = {sid for sid in quoted if d.speakers[sid].kind == "person"}
    assert people >= {"donald-trump", "vladimir-putin", "sergey-lavrov", "rex-tillerson", "angela-merkel"}
    without = sorted(p for p in people if not site.links.statements_by_speaker.get(p))
    assert without == []
    for person in people:
        for fact in site.links.statements_by_speaker[person]:
            assert fact.id in site.comparison.facts
