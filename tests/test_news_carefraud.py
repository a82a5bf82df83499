"""News nobody tuned for, eighty-fourth round: the founder of a chain of care homes sentenced for stealing from its
residents, in the judge's sentencing remarks as a PDF printed from a browser (a court heading, the case number, the
parties over "-v-", numbered paragraphs, "- END -" and a transcript note; the browser's printed header and footer), a
news agency's wire as plain text (a slug line, an "UPDATE 2-" headline, summary bullets, a dateline without the year,
"(Reporting by …; Editing by …)", a contact line and keywords), a local paper's AMP page (amp- elements, JSON-LD, a
cookie banner, share buttons, adverts, related links) and another local paper's story as Markdown with Hugo front
matter (a byline stamp, a photo and its credit, related links, share links). The dossier is the one an editor's blind
trial (session 73) built from them, corrected by hand to a key written before any article
(tests/fixtures/care-home-fraud/KEY.md). The prosecution, the defence, the court and the relatives' group disagree (how
much was taken, how many residents lost money, whether the money bought a villa in the Algarve): contested, never red;
red where the outlets give another length of the fraud, another number of homes and another age of the defendant.
Traps: the co-defendant's sentence beside his, the judge's £1.87 million converted to "$2.4 million" beside the
Crown's £2.4 million, a neighbouring home's owner jailed for four years, the relatives' figure of a year before, and
the day of the sentence as "on Friday", "yesterday" and "last Friday"."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

CAREFRAUD = ROOT / "tests" / "fixtures" / "care-home-fraud"
RED = {"defendant-age", "fraud-duration", "number-of-homes"}
CONTESTED = {"amount-taken-claims", "residents-affected", "villa"}
def test_the_care_home_fraud_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CAREFRAUD, tmp_path / "carefraud")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}
    # "1.87 million pounds" and "£1.87m" against the judge's £1,872,400, "£146,000" against £146,210: figures rounded
    # to the thousand or coarser, agreed (the trial had found them minor discrepancies, session 73)


@pytest.mark.parametrize("source, red, contested, held", [
    # the remarks' own "a period of four years and eight months" held back against the Gazette's own "more than seven
    # years" (the key's red all the same): the prosecutor's "nearly five years" then stands against the Gazette's
    # figure, contested (the trial's run had read the period as 4 years)
    ("sentencing-remarks", RED - {"fraud-duration"}, CONTESTED | {"fraud-duration"}, "fraud-duration"),
    # the wire's "was jailed for 7-1/2 years on Friday", read as 2 years and held back in the trial, is 7½ years now
    ("uk-care-home-boss-jailed-7", RED, CONTESTED, ""),
    # the Gazette's own "more than seven years" held back, as the key designs (its "two years and four months", read
    # as 2 years and held back in the trial, is 28 months now); its "A year ago the group put the figure at 260" (last
    # year's figure, a trap) is written to residents-affected as Janet Hulme's 260, which the card, contested, takes
    # in its stride
    ("care-home-boss-who-stole-dementia", RED - {"fraud-duration"}, CONTESTED, "fraud-duration"),
    # the Courier's own 63 and "eight care homes" held back, as the key designs; its "Mr Ferrier also said his client
    # "categorically denies" prosecution claims that money from the homes paid for a villa …" is written as Ferrier's
    # claim (`attributes`), not a denial: the card is contested all the same
    ("families-demand-answers-after-brackenholt-boss", {"fraud-duration"}, CONTESTED,
     "defendant-age, number-of-homes")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CAREFRAUD, source, tmp_path / "carefraud")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_sentencing_remarks_are_titled_whole(tmp_path):
    """The remarks' PDF sets "SENTENCING REMARKS OF" in its largest type over "THE HONOURABLE MR JUSTICE CREWE": its
    title had been the first line alone (the trial's import, session 73)."""
    remarks = news_sets.imported(CAREFRAUD / "articles" / "remarks.pdf", tmp_path)
    assert remarks["title"] == "SENTENCING REMARKS OF THE HONOURABLE MR JUSTICE CREWE"
