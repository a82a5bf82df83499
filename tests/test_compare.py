"""The compare stage on hand-made facts: every verdict and conflict kind."""
from pathlib import Path

import pytest

from builder.compare import AGREE, DISPUTED, SINGLE, compare_fact, overlaps
from builder.model import Account, Fact, Value
from builder.problems import Located
from builder.quotes import Span

HERE = Located(Path("facts/x.yml"), 1)


def value(low, high=None, *, low_open=False, high_open=False, approx=False):
    return Value(low, low if high is None else high, low_open, high_open, approx)


def account(source, stance="states", speakers=(), val=None, quote="words", number=1):
    return Account("x", number, source, quote, quote, stance, Span(0, 1), HERE, tuple(speakers), val)


def fact(*accounts, speaker=None):
    numbered = tuple(Account(**{**{f: getattr(a, f) for f in a.__slots__}, "number": i})
                     for i, a in enumerate(accounts, 1))
    return Fact("x", "summit", "A statement.", numbered, HERE, speaker=speaker, quantity="duration")


INF = float("inf")


@pytest.mark.parametrize("a, b, expected", [
    (value(30), value(35), False),                                   # exact mismatch
    (value(135), value(135), True),                                  # exact match
    (value(120, INF, low_open=True), value(135), True),              # "more than two hours" vs 2h15
    (value(120, INF), value(120, INF, low_open=True), True),         # at least 120 vs more than 120
    (value(-INF, 120, high_open=True), value(120, INF, low_open=True), False),  # < 120 vs > 120: disjoint
    (value(-INF, 120), value(120, INF), True),                       # ≤ 120 and ≥ 120 meet at 120
    (value(60, 90), value(100, 120), False),                         # intervals disjoint
    (value(60, 100), value(90, 120), True),                          # intervals overlap
    (value(80, approx=True), value(85), True),                       # about 80 (±10%) vs 85
    (value(80, approx=True), value(95), False),                      # about 80 vs 95: outside tolerance
    (value(80, approx=True), value(95, approx=True), True),          # about 80 vs about 95: both widened
])
def test_overlaps(a, b, expected):
    assert overlaps(a, b, 0.1) is expected
    assert overlaps(b, a, 0.1) is expected


def test_one_source_only_is_single():
    row = compare_fact(fact(account("a"), account("a", quote="more")), 0.1)
    assert (row.verdict, row.conflicts) == (SINGLE, ())


def test_compatible_vague_and_exact_values_agree():
    row = compare_fact(fact(account("a", val=value(135)), account("b", val=value(120, INF, low_open=True))), 0.1)
    assert row.verdict == AGREE


def test_exact_mismatch_is_a_value_conflict():
    row = compare_fact(fact(account("a", val=value(30)), account("b", val=value(35))), 0.1)
    assert row.verdict == DISPUTED
    assert [(c.kind, c.first.source, c.second.source) for c in row.conflicts] == [("value", "a", "b")]
    assert row.conflicts[0].between_sources


def test_three_sources_one_outlier():
    row = compare_fact(fact(account("a", val=value(30)), account("b", val=value(35)), account("c", val=value(35))), 0.1)
    assert row.outliers == ("a",)
    assert {(c.first.source, c.second.source) for c in row.conflicts} == {("a", "b"), ("a", "c")}


def test_no_outlier_when_all_differ():
    row = compare_fact(fact(account("a", val=value(30)), account("b", val=value(35)), account("c", val=value(40))), 0.1)
    assert row.outliers == ()


def test_same_speaker_on_both_sides_is_a_speaker_conflict():
    row = compare_fact(fact(account("a", "attributes", ["tillerson", "lavrov"]),
                            account("b", "disputes", ["tillerson"])), 0.1)
    assert [c.kind for c in row.conflicts] == ["speaker"]
    assert row.conflicts[0].between_sources


def test_different_speakers_disagreeing_is_a_claims_conflict_not_between_sources():
    row = compare_fact(fact(account("a", "attributes", ["lavrov"]), account("b", "disputes", ["white-house"])), 0.1)
    assert row.verdict == DISPUTED
    assert [c.kind for c in row.conflicts] == ["claims"]
    assert not row.conflicts[0].between_sources


def test_own_voice_against_a_contradiction_is_a_stance_conflict():
    row = compare_fact(fact(account("a", "states"), account("b", "contradicts")), 0.1)
    assert [c.kind for c in row.conflicts] == ["stance"]
    assert (row.affirming[0].source, row.denying[0].source) == ("a", "b")


def test_renderings_of_a_remark_are_diffed_word_by_word():
    row = compare_fact(fact(account("a", "attributes", ["lavrov"], quote="“he heard firm assertions”"),
                            account("b", "attributes", ["lavrov"], quote='"he had heard the clear statements"'),
                            speaker="lavrov"), 0.1)
    base, other = row.variants
    assert base.segments == (("same", "he heard firm assertions"),)
    assert other.segments == (("same", "he"), ("added", "had"), ("same", "heard"),
                              ("removed", "firm assertions"), ("added", "the clear statements"))


def test_identical_renderings_are_not_variants():
    row = compare_fact(fact(account("a", "attributes", ["x"], quote="“Same words”"),
                            account("b", "attributes", ["x"], quote='"same words"'), speaker="x"), 0.1)
    assert row.variants == ()
