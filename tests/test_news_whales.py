"""News nobody tuned for, seventieth round: a mass stranding of pilot whales, in a popular-science magazine's feature
saved as a web page (figure captions, a pull quote, numbered references), a navy press briefing's transcript ("Q:"
and "A:" turns, "(inaudible)"), a conservation charity's supporter email (a greeting, "[ Donate now ]", a P.S. that
corrects an earlier email) and a news agency's factbox in Markdown (bullets each naming its source in brackets,
"(Compiled by …)"); the dossier an editor's blind trial (session 62) built from them, corrected by hand to a key
written before any article (tests/fixtures/whale-stranding/KEY.md). The navy, the conservation department and the
charity disagree (volunteers, the rescue's cost, the sonar, how far off the exercise was): contested, never red; red
where the outlets give another length of beach, another length of the largest whale and another day of the first
report."""
import pytest

from builder import sentences
from tests import news_sets
from tests.conftest import ROOT

WHALES = ROOT / "tests" / "fixtures" / "whale-stranding"
RED = {"beach-length", "first-reported-date", "largest-whale-length"}
CONTESTED = {"exercise-distance", "rescue-cost", "sonar-blamed", "volunteers"}


def test_the_whale_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(WHALES, tmp_path / "whales")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("fathom-skellan", set(), CONTESTED | {"first-reported-date", "largest-whale-length"},
     "beach-length, first-reported-date, largest-whale-length"),
    ("navy-briefing-nov9", RED, CONTESTED, ""),
    ("whale-trust-update", RED, CONTESTED, ""),
    ("tidewire-factbox", set(), CONTESTED, "beach-length, first-reported-date, largest-whale-length")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(WHALES, source, tmp_path / "whales")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_factbox_bullet_is_the_source_it_names_in_brackets():
    """"STRANDED: 143 long-finned pilot whales came ashore (Department of Conservation)" is the department's claim
    (the trial: eight such bullets in the agency's own voice); "(Tidewire reporting)" is the agency's own, and "The
    stranding was first reported on Saturday, Nov. 7, by a fisherman …" tells when, no one's claim (the trial:
    someone's, left out, and the designed red lost); "The department puts the cost … at about 180,000 euros; the trust
    says it is nearer 450,000 euros (Department of Conservation; Deepwater Whale Trust)" is whoever each clause
    names."""
    held = news_sets.held_out(WHALES, "tidewire-factbox")
    assert (held["whales-stranded"].stance, held["whales-stranded"].speaker) == ("attributes",
                                                                                  "conservation-department")
    first = held["first-reported-date"]
    assert (first.stance, first.speaker, first.value) == ("states", None, {"exact": "2026-11-07"})
    assert held["largest-whale-length"].stance == "states"
    assert (held["rescue-cost"].speaker, held["rescue-cost"].value) == ("whale-trust", {"approx": 450000})


def test_a_distance_off_is_no_length_of_the_beach():
    """"The exercise area is more than sixty kilometres from Skellan Beach." is the exercise's distance, not the
    beach's length (the trial: on the beach's card, a false contest), and the factbox's "a stretch of about 9 km of
    sand" no distance off the coast."""
    assert news_sets.held_out(WHALES, "navy-briefing-nov9")["exercise-distance"].value == {"more_than": "60 km"}
    distance = news_sets.held_out(WHALES, "tidewire-factbox")["exercise-distance"]
    assert distance.value is None


def test_a_quotation_named_under_it_and_a_corrected_email():
    """The charity's paragraph that is a quotation, with "That was Dr Ansel Quayle, who is leading the post-mortem
    examinations…" under it, is his (the trial: a card in the charity's own voice); its "P.S. A correction: in Sunday
    night's email we said that 1,000 volunteers had signed up to help. That was our mistake, …" states nothing (the
    trial: the charity's 1,000 volunteers)."""
    uncovered = news_sets.report(WHALES, "whale-trust-update").uncovered
    assert [u.speaker for u in uncovered if "bleeding around the ears" in u.passage.text] == ["ansel-quayle"]
    body = (WHALES / "content" / "sources" / "whale-trust-update.md").read_text(encoding="utf-8")
    assert [body[s:e] for s, e in sentences.retractions(body)] == [
        "P.S. A correction: in Sunday night's email we said that 1,000 volunteers had signed up to help."]
    assert "1,000" not in news_sets.held_out(WHALES, "whale-trust-update")["volunteers"].quote


def test_an_emails_signature_and_a_factboxs_compiler_are_its_authors(tmp_path):
    """"With thanks and warmest wishes," / "Maren Eskild" closes the charity's email, and "(Compiled by Petra Olin;
    Editing by Jonas Wray)" the factbox: their writers (the trial: neither)."""
    assert news_sets.imported(WHALES / "articles" / "3-whale-trust-newsletter.eml", tmp_path)["author"] == \
        "Maren Eskild"
    assert news_sets.imported(WHALES / "articles" / "4-tidewire-factbox.md", tmp_path)["author"] == "Petra Olin"
