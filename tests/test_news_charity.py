"""News nobody tuned for: money missing from a children's charity, in a court's press summary of a ruling as plain
text (numbered paragraphs, a neutral citation, a NOTE disclaimer, capital headings), a donor's forwarded email
(quoted-printable, the donor's own note over "---------- Forwarded message ---------" and the Trust's letter to donors
signed by its chair), the charity founder's social media post copied as text (emoji, hashtags, "See translation",
reactions, three comments) and a business news site's page saved as a web page (an audio player, a Key facts box, a
stock ticker, the story's end behind a paywall in a hidden subscriber-only block, a correction); the dossier an
editor's blind trial built from them, corrected by hand to a key written before any article
(tests/fixtures/charity-missing-funds/KEY.md). The former treasurer and the Regulator disagree with the Trust's chair
(whether she countersigned the payments, whether he repaid €85,000, when the Regulator was told): contested, never
red; red where the business site gives another number of regular donors, another number of payments and another year
the payments began."""
import pytest

from builder import prose_figures
from tests import news_sets
from tests.conftest import ROOT

CHARITY = ROOT / "tests" / "fixtures" / "charity-missing-funds"
RED = {"donor-count", "payment-count", "payments-began"}
CONTESTED = {"chair-signed-payments", "regulator-told-date", "sum-repaid"}


def test_the_charity_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CHARITY, tmp_path / "charity")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("kestrelmoor-childrens-trust-charity-regulator-vallardy", RED, CONTESTED, ""),
    # the letter's "ordered him to account for the sum of €412,600", proposed for the freezing order's €450,000: a red
    # held back (until session 71 a minor discrepancy, as if €450,000 reached a tenth either side)
    ("letter-our-chair-about-courts-decision", RED, CONTESTED, "freezing-order"),
    ("i-have-been-silent-four-days", RED, CONTESTED, ""),
    ("audit-finds-538-900-missing-kestrelmoor", set(), CONTESTED, "trustee-count")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CHARITY, source, tmp_path / "charity")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_audit_gives_its_own_sum_not_the_one_it_is_set_against():
    """"…has found that €538,900 is missing…, far more than the €412,600 identified by the court last month" gives
    538,900: the figure after "more than the" is the one compared with (it had been written as the audit's sum, the
    court's figure nearer the other sources')."""
    audit = news_sets.held_out(CHARITY, "audit-finds-538-900-missing-kestrelmoor")
    assert audit["missing-sum"].value == {"exact": 538900}


@pytest.mark.parametrize("text", ["the chair of the Trust's seven-member board", "a seven-member board"])
def test_a_count_in_words_joined_to_its_noun_is_read(text):
    """"…the Trust's seven-member board" gave no count ("Trust's seven" read as a name, as "France 24" is), nor "a
    seven-member board" ("a seven" read as one and its noun)."""
    assert prose_figures.read(text, "count").number == 7
