"""News nobody tuned for, seventy-fourth round: a city's e-scooter hire scheme suspended after a run of crashes, in a
transport magazine's interview with the operator's chief executive saved as a web page (a standfirst, the questions
under the interviewer's initials, one of them giving the council's figure the answer disputes; pull quotes, an author
box, a cookie banner), the city council's press-conference transcript (speaker labels in capitals, "Q (Radio
Westmere):", "[inaudible]", "(ENDS 11:34)"), a fact-check organisation's check of the chief executive's speed claim
saved as a web page (ClaimReview JSON-LD rating it "Misleading", a correction of the number of scooters tested) and a
local paper's print article as a reader's OCR gave it (running heads, two columns run together, words broken at line
ends, a caption, "Continued on page 5"; the body the trial editor's, its lost lines restored and its hyphens joined).
The dossier is the one an editor's blind trial (session 71) built from them, corrected by hand to a key written before
any article (tests/fixtures/scooter-scheme/KEY.md). The council and the operator disagree (the crashes in the first
year, whether the council warned of faulty brakes, the scooters' top speed): contested, never red; red where the
outlets give another day of the suspension, another size of the fleet and another number of trips."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

SCOOTER = ROOT / "tests" / "fixtures" / "scooter-scheme"
RED = {"fleet-size", "suspension-date", "trips-taken"}
# Contested as the key designs: top-speed-limit, Kellow's "limited to 20 km/h" against the council's tests, "speeds of
# up to 27 km/h" (written `up_to`, the council's figure had read as a range holding 20 km/h, and the card agreed, until
# session 74: "up to" a figure claims it, reaching below it as "nearly" does).
CONTESTED = {"brakes-warning", "crashes-first-year", "top-speed-limit"}


def test_the_scooter_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(SCOOTER, tmp_path / "scooter")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("transcript-press-conference-zipway-e-scooter", RED, CONTESTED, ""),
    # the fact check's "some 900,000 trips …, according to the operator's monthly reports to the council that FactLine
    # has seen" is someone's no speaker file names (not the council's, whom the reports went to): left for the editor
    ("are-westmeres-zipway-scooters-limited-20", {"fleet-size", "suspension-date"}, CONTESTED, ""),
    # the interview's own fleet of 1,200 held back (it would make the card red, as the key designs): the council's
    # 1,200 then stands against the paper's own "nearly a thousand", contested
    ("we-were-never-told-zipways-dara", {"suspension-date"}, CONTESTED | {"fleet-size"}, "fleet-size, trips-taken")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(SCOOTER, source, tmp_path / "scooter")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
