"""News nobody tuned for, hundred-and-second round: a regional water company's hosepipe ban after the driest spring in
its records, in the company's customer notice printed to a PDF of two pages (a letterhead, an address line, a
reference and a date line, a table of reservoir levels whose cells are apart by tabs, "Ml = megalitres", questions and
answers, a signature, a helpline footer), a national broadcaster's web page (JSON-LD, a cookie banner, a "What are the
rules?" box of questions and answers, a "Get in touch" form, related links), the water regulator's press release as a
government content API's JSON (a description, the body as HTML, a quoted director, "Notes to editors"), which the
trial's import refused, and an allotment forum's phpBB thread saved as a web page (six posts, the posters' panels, quote
blocks "NBS News wrote:", signatures, "Who is online"), whose replies' own text the trial's import lost (both read since
session 75). The dossier is the one an editor's blind trial (session 75) built from
them, corrected by hand to a key written before any article (tests/fixtures/hosepipe-ban/KEY.md). The company and the
gardeners' association disagree (Harrowdale reservoir's level, the leakage), and the company and the regulator on the
combined storage: contested, never red; red where the broadcaster misreports the company's day the ban starts and the
day demand peaked. Traps: the day given as "on Tuesday", "yesterday" and "today", 610 megalitres as "610 million litres
a day" and "more than 600 megalitres", "480 Ml/d", "about 80 per cent" against 81%, "less than half" against 41%,
"around 1.4m", last year's ban of 1.1 million customers, a neighbour's ban of 620,000 from 1 June."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

HOSEPIPE = ROOT / "tests" / "fixtures" / "hosepipe-ban"
# The key designs combined-storage red too (the company's notice's own 54% against the regulator's release's own 61%).
# The notice and the release are Wendmoor Water's and the Water Regulation Authority's own, which the guide reads as
# those bodies' claims (`attributes wendmoor-water`, `attributes water-regulation-authority`), so no outlet gives 54% or
# 61% in its own voice, and the broadcaster reports each body's figure: contested. Written `states` and `contradicts`,
# as the key has them, the card turns red (tried on a copy). ban-start and peak-demand-day are red by one speaker
# reported giving two days: the broadcaster's "Wendmoor Water announced on Tuesday that the temporary use ban will come
# into force on Friday 26 June" and "the company said … on Sunday" against the company's own notice.
RED = {"ban-start", "peak-demand-day"}
CONTESTED = {"combined-storage", "harrowdale-level", "leakage"}


def test_the_hosepipe_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(HOSEPIPE, tmp_path / "hosepipe")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the notice's 19 June and Saturday 6 June held back (the reds the key designs): ban-start is then the broadcaster's
    # report of the company's 26 June against the regulator's 19 June and the forum's own "the 19th", contested, and
    # peak-demand-day the broadcaster's alone; its table's "Combined 37,300 54% 81%" is listed, not written
    ("ww-notice", set(), CONTESTED | {"ban-start"}, "ban-start, peak-demand-day"),
    # the broadcaster's page: its 26 June is proposed as the company's `disputes` and held back; "…the company said a
    # spell of hot weather had pushed demand to 610 million litres a day on Sunday" is written to no card (at first,
    # with the trial's hand copy of the regulator's release, it had gone to normal-demand as the broadcaster's own 610
    # million litres at 0.62, a false contest against the company's 480 Ml/d, and the row was left out); "less than
    # half its usual spring rainfall" is left out as giving no figure
    ("nbs-news", set(), CONTESTED, "ban-start"),
    # the release's "around 1.4m customers" and "by the end of August" are left out as giving no figure
    ("wra-release", RED, CONTESTED, ""),
    # the quote block from NBS News is listed as the quotations of someone no speaker file names ("she said"), though
    # the next line names Gwen Halloran; "the hosepipe ban starts on the 19th" and "fined up to a grand" are not
    # proposed, "1.1m customers" is left out as giving no figure, and "Also the letter says Blue Badge holders are
    # exempt" is written `states` (the cards: the company's, the letter being its notice)
    ("forum-thread", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(HOSEPIPE, source, tmp_path / "hosepipe")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
