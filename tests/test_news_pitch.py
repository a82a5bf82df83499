"""News nobody tuned for: a pitch invasion at a football match and the league's sanction, in a disciplinary
commission's written reasons as plain text (numbered paragraphs, THE CHARGE / FINDINGS / SANCTION, defined terms, a
page footer), a club's statement saved as a web page (a crest header, a fixtures widget, sponsor logos, Share links;
its chief executive named only after her quotation), a radio phone-in's transcript (HOST: and CALLER labels, time
codes, a figure corrected on air, an advert break, the other scores) and a sports site's minute-by-minute report saved
as a web page (entries under match minutes and icons, a Full time summary, line-ups); the dossier an editor's blind
trial (session 66) built from them, corrected by hand to a key written before any article
(tests/fixtures/pitch-invasion/KEY.md). The league and the club disagree (the stewards on duty, the warning letter),
and the players' union and the club, its chief executive and a caller (whether the goalkeeper was punched):
contested, never red; red where the live report gives another length of the stoppage, another number of fans on the
pitch and another attendance."""
import pytest

from builder import prose_figures, words

from tests import news_sets
from tests.conftest import ROOT

PITCH = ROOT / "tests" / "fixtures" / "pitch-invasion"
RED = {"attendance", "fans-on-pitch", "suspension-length"}
CONTESTED = {"goalkeeper-punched", "prior-warning", "stewards-deployed"}


def test_the_pitch_invasion_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(PITCH, tmp_path / "pitch")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("club-statement-nfc-disciplinary-decision", RED, CONTESTED, ""),
    ("final-whistle-phone-in", RED, CONTESTED, ""),
    ("matchpulse-live-report", set(), CONTESTED, "attendance, suspension-length"),
    ("nfc-commission-decision", {"fans-on-pitch"}, CONTESTED | {"attendance"}, "attendance, suspension-length")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(PITCH, source, tmp_path / "pitch")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_day_counted_back_from_today_and_the_injured_hurt():
    """The phone-in's "it's four weeks ago today that all that trouble … happened" was read as the broadcast's day, a
    false red held back on the match's date; the live report's "Three stewards were hurt" shared no word with the
    card of the stewards injured (session 66)."""
    assert prose_figures.read("And it's four weeks ago today that all that trouble happened", "date",
                              today="2026-04-04").value == {"exact": "2026-03-07"}
    assert prose_figures.read("The final is a week today.", "date", today="2026-04-04").value == {"exact": "2026-04-11"}
    assert words.stem("hurt") == words.stem("injured")
