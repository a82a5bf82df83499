"""News nobody tuned for, sixty-third round: a ransomware attack on a regional hospital group, in a technology news
site's page saved as a web page (updates, a pull quote, related links), the health minister's written answer to a
parliamentary question as plain text, the group's patient information page in Markdown (questions and answers,
signed by its chief executive) and a podcast's transcript (time codes on lines of their own, speakers by full name);
the dossier an editor's blind trial (session 60) built from them, corrected by hand to a key written before any
article (tests/fixtures/hospital-ransomware/KEY.md). The group, the minister and the cyber security agency disagree
(records stolen, the cost of recovery, whether a ransom was paid): contested, never red; red where the outlets give
another count of hospitals hit, another length of the ambulances' diversion and another ransom in bitcoin; the
count of cancelled operations grows over the days."""
import pytest

from builder import article, attribution, pipeline, sentences
from builder.config import load_config
from tests import news_sets
from tests.conftest import ROOT

RANSOMWARE = ROOT / "tests" / "fixtures" / "hospital-ransomware"
RED = {"ambulance-diversion", "hospitals-affected", "ransom-bitcoin"}
CONTESTED = {"ransom-not-paid", "records-stolen", "recovery-cost"}


def test_the_ransomware_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(RANSOMWARE, tmp_path / "ransomware")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("ledger", set(), CONTESTED | {"ambulance-diversion", "hospitals-affected"},
     "ambulance-diversion, hospitals-affected, ransom-bitcoin"),
    ("written-answer", RED, CONTESTED, ""),
    ("patient-info", RED, CONTESTED, ""),
    ("kernel-hour", set(), {"records-stolen", "recovery-cost"}, "ambulance-diversion, hospitals-affected")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: every red an article makes is held back, and nothing the key keeps agreed or
    contested turns red. The ledger's "Corvel disputed that estimate, saying the group's own review had found that
    fewer than 12,000 patients' files had been taken" gives, in her denial, the figure her own page gives as hers:
    one position, written (session 65; it had been held back as a red between the sources). Left: the podcast host's "The gang asked for 80 bitcoin." reads 0.51 as the card of the
    60 bitcoin the attackers "demanded" (asking for is not demanding, word for word), so its red is lost; and its "Black
    Lantern claimed on its leak site last week that it had been paid, but the health group denies that." is not
    read as the gang's claim against the card that no ransom was paid."""
    site = news_sets.applied(RANSOMWARE, source, tmp_path / "ransomware")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_written_question_is_no_answer_and_a_page_speaks_for_its_owner():
    """The written answer's "To ask the Minister for Health what assessment he has made …; what ransom was demanded
    and whether any has been paid" was read as the minister's account that no ransom was paid: a written question
    asks, whatever its punctuation. The podcast's "Dr Corvel's page still says no more than twelve thousand." was
    someone no speaker file names: a person's page, site, post or letter speaks for them, as their statement does."""
    assert not sentences.states("To ask the Minister for Health what ransom was demanded and whether any has been "
                                "paid.")
    assert all(not s.quote.startswith("To ask") for s in news_sets.held_out(RANSOMWARE, "written-answer").values())
    names = attribution.Names(pipeline.check(load_config(RANSOMWARE)).site.dossier.speakers)
    said = attribution.attribute("Dr Corvel's page still says no more than twelve thousand.", names)
    assert said.speaker == "ines-corvel"


def test_a_podcasts_time_codes_are_no_sentences():
    """The podcast's "(12:40)" lines were written by `--new` as seven cards of times (two of them 760 and 860
    minutes): a recording's time code alone on its line is a stamp."""
    assert article.banner("(12:40)") and article.banner("[1:02:33]")
    assert not [u for u in news_sets.report(RANSOMWARE, "kernel-hour").uncovered if u.passage.text.startswith("(")]


def test_a_written_answer_a_patient_page_and_a_podcast_import_with_their_title_author_outlet_and_date(tmp_path):
    """The written answer's "PARLIAMENT OF VALDORIA" / "Written Answers to Questions" / its heading, "Answered: 16
    March 2026" and "Answered by Tobias Rennick, Minister for Health" (the trial: the series' label for a title, the
    rest unknown); the patient page's "**Brackwater Valley Health Group** · Patient information · Last updated 20 March
    2026" and its signature "Dr Ines Corvel" over her office (the trial: the group its author, no outlet); the
    podcast's title above its date and "Transcript" (the trial: the host's first turn)."""
    answer = news_sets.imported(RANSOMWARE / "articles" / "2-written-answer.txt", tmp_path)
    assert (answer["title"], answer["author"], answer["outlet"], str(answer["published"])) == (
        "Brackwater Valley Health Group: Cyber Attack", "Tobias Rennick", "Parliament of Valdoria", "2026-03-16")
    page = news_sets.imported(RANSOMWARE / "articles" / "3-patient-information.md", tmp_path)
    assert (page["author"], page["outlet"]) == ("Ines Corvel", "Brackwater Valley Health Group")
    podcast = news_sets.imported(RANSOMWARE / "articles" / "4-kernel-hour-transcript.txt", tmp_path)
    assert podcast["title"] == "Episode 212: Brackwater, two weeks on"
