"""News nobody tuned for, ninety-fourth round: an infant formula recalled after Cronobacter is found in it, in the
national food safety agency's recall notice saved as a web page (a cookie banner, breadcrumbs, a reference and date
block, a table of pack sizes, batch codes and best-before dates, a "Related alerts" aside, an email sign-up, a
feedback widget), the manufacturer's press statement as an OpenDocument file (its letterhead and address, "FOR
IMMEDIATE RELEASE", "ENDS", a media contact, notes to editors; its author property the template's creator), a
parents' forum thread saved as a web page (six posts under their users' names and times, two of them quoting an
earlier post, signatures, a moderator's post, similar threads) and a regional television programme's SubRip subtitles
(speaker labels in capitals, "PARENT (SHONA MILLAR):", sound cues, the subtitler's credit; no title, outlet or
day). The dossier is the one an editor's blind trial (session 74) built from them, corrected by hand to a key written
before any article (tests/fixtures/formula-recall/KEY.md). The agency, the children's hospital and the manufacturer
disagree (how many infants fell ill, whether a fourth batch is linked): contested, never red; red where the forum
gives another plant for the formula. Traps: the recall's day given as "yesterday" and "on Thursday", batch codes that
read as dates, 158 °F for 70 °C, reports to the agency rising from 19 to 31, the same firm's recall of five batches of
another milk last June."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

FORMULA = ROOT / "tests" / "fixtures" / "formula-recall"
RED = {"production-site"}
# The key designs first-complaint-date and tins-distributed red too (the manufacturer's statement's 27 February and
# "just under 48,000", the agency's notice's "approximately 48,000", against the broadcast's own "on the ninth of
# February" and "some 84,000"). The notice and the statement are the agency's and the manufacturer's own, which the
# guide reads as those bodies' claims (`attributes nfsa`, `attributes meadowvale`), so no outlet gives 27 February or
# 48,000 in its own voice, and the broadcast's own day and figure stand against a party's: contested. Written
# `states`, as the key has them, both cards turn red.
CONTESTED = {"batch-l260128", "first-complaint-date", "infants-ill", "tins-distributed"}


def test_the_formula_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(FORMULA, tmp_path / "formula")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # every sentence the agency's; its "return them to the store from where they were bought for a full refund." is
    # written to refund as the agency's (no word of the receipt), agreed all the same
    ("a1-nfsa-alert", RED, CONTESTED, ""),
    # every sentence the manufacturer's; its lead is written to batch-l260128 (it never names that batch; the card is
    # contested all the same), "Batch L260305 — Best before 5 September 2027" as 5 September 2027 (`less_than` until
    # session 74), and "The Dunmere site produces toddler and growing-up milks and is not involved in this recall." to
    # production-site as the manufacturer's: no verdict changes
    ("a2-meadowvale-statement", RED, CONTESTED, ""),
    # the forum's "rang the Careline this morning and they're giving a full refund even if you haven't got the
    # receipt." is written to refund as its own (until session 74 as `contradicts`, a false contest, and the row was
    # left out of the test); its "All LittleBloom is made at the Dunmere plant" is neither proposed nor listed, so
    # production-site is agreed: the red the key designs, missed
    ("a3-forum-thread", set(), CONTESTED, ""),
    # the broadcast's own Holloway Cross held back (it would make the card red, as the key designs): the forum's own
    # Dunmere then stands only against the agency's and the manufacturer's claims, contested; "the first complaint
    # reached the company on the ninth of February" is written as the broadcast's own 9 February (as 14 March, the day
    # it was broadcast, until session 74: "Westmarch Tonight" had been read as a day), contested against the
    # manufacturer's 27 February as the card is; its own 84,000 is listed for the editor ("a figure of the card
    # tins-distributed?"), so the card is agreed: the red the key designs, missed
    ("a4-wtv-tonight", set(), CONTESTED - {"tins-distributed"} | {"production-site"}, "production-site")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(FORMULA, source, tmp_path / "formula")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
