"""News nobody tuned for, hundred-and-fourth round: a drug company halts a phase 2b trial of an asthma antibody after
serious liver injury in its participants, one of whom died, in the company's press release as a newswire's web page
saved from the browser (a cookie banner, the wire's navigation and category line, "News provided by", share buttons,
the subhead, the dateline, "About …" sections, forward-looking statements, the media and investor contacts, "SOURCE
Halvern Biosciences", related releases), a journal's news item saved as a web page (citation meta tags, a byline with
its affiliation's superscript, a DOI, a correction of the number enrolled, "232" to "322", references and "Cite this"),
the medicines regulator's drug safety communication as a PDF of two pages (the document type over its title, a
reference number, a running head and page footers, lines hard-wrapped, bulleted advice, signed by its chief medical
officer) and a patients' group's email newsletter (.eml, multipart/alternative: a "View this email in your browser"
line, the bulletin's name and issue line, a greeting, capitalised headings, a sign-off, a donation prompt, a legal
footer, the list's links). The dossier is the one an editor's blind trial (session 75) built from them, corrected by
hand to a key written before any article (tests/fixtures/drug-trial-halted/KEY.md). The company, the regulator and
the patients' group disagree (how many participants had serious liver injury, how many were enrolled, when the company
learned of the first case): contested, never red. The key designs reds where the journal gives in its own voice
another dose, another start of dosing and another day the regulator was notified; the release and the communication
that give the key's figures are the company's and the regulator's own, so those three cards are contested too (see
RED). Traps: "last Thursday", "eighteen hospitals" against 18 sites, "for three months" against "at least 12 weeks",
"within a week" against "within 7 days", "nearly a quarter" against 23 per cent, the regulator's 3.4 per cent, the
separate CORAL-K trial in Kestria (96 participants, two cases), CORAL-1's 48 participants and the corrected 232."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

TRIAL = ROOT / "tests" / "fixtures" / "drug-trial-halted"
# The key designs trial-dose, first-dosing-date and mdav-notified-date red: the journal's own 150 mg, "began in
# September 2024" and "The company notified the regulator on 4 March" against the release's 300 mg and 9 June 2025 and
# the communication's 11 March 2026, which the key counts as stated in their own voice. The release is Halvern's and
# the communication the MDAV's (and the newsletter's "It confirms that Halvern notified the MDAV on 11 March" reports
# the communication), which the guide reads as those bodies' claims (`attributes halvern-biosciences`, `attributes
# mdav`), so only one outlet, the journal, gives the figure in its own voice, against a party's: contested. Written
# `states`, as the key has them, all three turn red (tried on a copy).
DESIGNED_RED = {"first-dosing-date", "mdav-notified-date", "trial-dose"}
RED: set[str] = set()
CONTESTED = {"first-case-known-date", "participants-enrolled", "serious-liver-cases"} | DESIGNED_RED


def test_the_drug_trial_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(TRIAL, tmp_path / "trial")
    assert news_sets.by_verdict(site) == {"contested": CONTESTED, "agree": set(site.dossier.facts) - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the release on the newswire's page, its author Halvern Biosciences, is read as Halvern's claims throughout (since
    # session 75; it had been read as the newswire's own voice, its 300 mg and 9 June 2025 held back as reds): the
    # cards contested as built; "As of 11 March, seven participants had experienced a serious adverse event involving
    # the liver" is written to mdav-notified-date as Halvern's 11 March (the count's day, no notification; contested
    # all the same), and "About corvalimab (HB-217) Corvalimab is an investigational monoclonal antibody targeting the
    # IL-5 receptor pathway." to halt-reason-liver (agreed all the same)
    ("halvern-biosciences-pauses-coral-2-phase", RED, CONTESTED, ""),
    # its own 4 March held back (the red the key designs, held), so mdav-notified-date agrees (the MDAV's 11 March in
    # the communication and the newsletter); "The study, which began in September 2024" is not proposed, so
    # first-dosing-date is the release's alone (the contest missed); "MDAV advises doctors to check liver function …
    # within a week" is written as the journal's own (agreed all the same); Breathe Equal's "nearly 400", the death
    # and "Participants will be followed up for 12 weeks." are not written
    ("corvalimab-trial-stopped-after-liver-injury", RED, CONTESTED - {"first-dosing-date", "mdav-notified-date"},
     "mdav-notified-date"),
    # every account the MDAV's; "According to the sponsor, 322 participants were enrolled at 18 trial sites in
    # Varnland." is listed as the figure of someone no speaker file names, not written (the sponsor is Halvern, named
    # so in the paragraph before); "including one fatal case." is not proposed; its CORAL-K sentence is left out as
    # giving no figure; phase-indication gets "Halvern Biosciences halted the CORAL-2 trial of corvalimab, an
    # investigational monoclonal antibody", which names neither phase nor asthma (agreed all the same)
    ("drug-safety-communication", RED, CONTESTED, ""),
    # every sentence Breathe Equal's, the MDAV's advice "The MDAV asks doctors … within seven days." too (agreed all
    # the same); "One person has died." and the group's own mid-January are not proposed
    ("coral-2-what-we-know-what", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(TRIAL, source, tmp_path / "trial")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
