"""News nobody tuned for, from session 66's blind trials: schools shut over crumbling concrete roofs, in the borough
council's freedom-of-information response as plain text (a letterhead, "Dear Requester", numbered questions and
answers, a table laid out in spaces, a correction of an earlier version, a signature block), a teachers' union's press
release on its WordPress site (share buttons, a pull quote, "Related posts", "Comments are closed."), a local radio
station's bulletin script (CUE:, IN:/OUT: and DUR: lines, pronunciation guides in brackets, clip transcripts named
after them, other stories) and a head teacher's letter to parents exported from Google Docs (a letterhead table,
inline-styled spans, no headings); the dossier an editor's blind trial (session 66) built from them, corrected by hand
to a key written before any article (tests/fixtures/school-roofs/KEY.md). The union and a parents' group disagree
with the council (when it was first warned, whether a roof panel fell into a classroom, the cost of the repairs, how
many pupils are affected): contested, never red; red where the radio and the school's letter, each in its own voice,
give another day for the fault found (Wednesday against Thursday 11 September), another span of the hall roof
(eighteen metres against eleven) and another time out of the building (at least six weeks against about three)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

ROOFS = ROOT / "tests" / "fixtures" / "school-roofs"
RED = {"fault-found-date", "fellgate-closure-weeks", "fellgate-roof-span"}
CONTESTED = {"council-warned-date", "panel-fell-in-classroom", "pupils-affected", "repair-cost"}


def test_the_school_roofs_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(ROOFS, tmp_path / "roofs")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("atu-release-council-warned", RED, CONTESTED, ""),
    ("fellgate-letter-to-parents", set(), CONTESTED | {"fault-found-date"},
     "fault-found-date, fellgate-roof-span"),
    ("lathmoor-sound-0700-bulletin", set(), CONTESTED | {"fellgate-closure-weeks", "fellgate-roof-span"},
     "fault-found-date, fellgate-closure-weeks, fellgate-roof-span"),
    ("wexcombe-council-foi-1187", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(ROOFS, source, tmp_path / "roofs")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_council_employing_the_surveyors_is_not_speaking_and_a_dashed_denial_is_the_other_side():
    """The head's letter's "surveyors working for the council found that…" was the council's account (the red on the
    day the fault was found came out contested); the bulletin's "…in June -- something the council denies." was
    not written as the council's denial (session 66)."""
    found = news_sets.held_out(ROOFS, "fellgate-letter-to-parents")["fault-found-date"]
    assert (found.stance, found.speaker) == ("states", None)
    denial = news_sets.rebuttals(ROOFS, "lathmoor-sound-0700-bulletin")["panel-fell-in-classroom"]
    assert (denial.stance, denial.speaker, denial.quote) == ("disputes", "wexcombe-borough-council",
                                                             "something the council denies.")
