"""News nobody tuned for, forty-ninth round: a norovirus outbreak holds a cruise ship in port, in a wire story refiled
with a correction (its dateline without the year), the cruise line's statement as a saved web page ("As of 18:00 on
Wednesday 11 November, 287 guests and crew had reported symptoms…"), the port health authority's question-and-answer
page in Markdown (its issuer and department under the title, a "Last updated" line, a telephone line) and a
passenger's blog ("Maggie Overboard — posted 13 November 2026 by Maggie Tull", times and counts of her own, an
"Edit" correcting herself); the dossier an editor's blind trial (session 55) built from them, corrected by hand to a
key written before any article (tests/fixtures/cruise-outbreak/KEY.md). The cruise line against the port's health
authority is contested (when the first cases were reported, whether the ship was cleaned before sailing, whether
passengers may go ashore from Thursday); red where the blog gives another number of passengers aboard (2,600; the
others 2,140), another day the ship docked (Sunday; Monday) and another number taken to hospital on Tuesday (nine;
the wire four, the line three). The number of people ill rises by the day."""
import pytest

from builder import prose_figures, sentences
from tests import news_sets
from tests.conftest import ROOT

CRUISE = ROOT / "tests" / "fixtures" / "cruise-outbreak"
RED = {"docking-date", "hospitalised-tuesday", "passengers-aboard"}
CONTESTED = {"ashore-from-thursday", "cleaned-before-sailing", "first-cases-reported-sunday"}


def test_the_cruise_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CRUISE, tmp_path / "cruise")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 10


@pytest.mark.parametrize("source, red, contested, held", [
    ("blog", set(), CONTESTED | {"hospitalised-tuesday"}, "hospitalised-tuesday"),
    ("qa", RED, CONTESTED - {"cleaned-before-sailing"}, ""),
    ("statement", RED, CONTESTED, ""),
    ("wire", set(), CONTESTED | RED, "hospitalised-tuesday, passengers-aboard")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The blog's nine taken to
    hospital on Tuesday is held back (as in the trial); its 2,600 passengers ("There are 2,600 of us passengers on
    board") and "we tied up in Port Vasselin on Sunday night" are not read as the cards' (other words: aboard,
    docked), so those reds are lost unattended, as in the trial; its steward's "about sixty of them are crew" is
    Rafael's now ("reckons", a verb of saying), under the threshold (the trial wrote it as the blog's own, a false
    contest). The authority's "We have not yet been shown any record that an enhanced sanitisation was carried out…"
    is not read as its denial, so that contest is lost without the wire, as in the trial."""
    site = news_sets.applied(CRUISE, source, tmp_path / "cruise")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_statements_moment_and_claim_and_the_blogs_correction():
    """What the trial found read wrong, read right now. The statement's "As of 18:00 on Wednesday 11 November, 287
    guests and crew had reported symptoms…" gives its figure at that moment (the trial: no `as_of`, the statement's own
    day); its "Our ship's medical team notified the Port Vasselin Health Authority of the first cases on Sunday 8
    November" is the line's claim, not "Chief Executive Officer of Halcyra Cruises." (the words of the chief
    executive's role, after his name, are who speaks, not what he says). The blog's "(Edit, 11:40: I originally wrote
    that twelve people went to hospital on Tuesday." is a correction, no account (the trial's `--new` wrote it as a
    card); the authority's "0800 555 0142" is no count."""
    statement = news_sets.held_out(CRUISE, "statement")
    ill = statement["people-ill"]
    assert (ill.speaker, ill.value, ill.as_of) == ("halcyra-cruises", {"exact": 287}, "2026-11-11 18:00")
    first = statement["first-cases-reported-sunday"]
    assert (first.speaker, first.quote[:41]) == ("halcyra-cruises", "Our ship's medical team notified the Port")
    body = (CRUISE / "content" / "sources" / "blog.md").read_text(encoding="utf-8")
    assert [body[s:e] for s, e in sentences.retractions(body)] == [
        "(Edit, 11:40: I originally wrote that twelve people went to hospital on Tuesday."]
    assert [f.number for f in prose_figures.figures("call the Authority's information line on 0800 555 0142")] == []


def test_the_imports_of_the_blog_the_questions_and_answers_and_the_statement(tmp_path):
    """The blog's "Maggie Overboard — posted 13 November 2026 by Maggie Tull" gives its outlet, author and day, and the
    authority's "Port Vasselin Health Authority — Department of Port Health" its outlet (all unknown in the trial)."""
    blog = news_sets.imported(CRUISE / "articles" / "4-blog.md", tmp_path)
    assert (blog["outlet"], blog["author"], str(blog["published"])) == ("Maggie Overboard", "Maggie Tull", "2026-11-13")
    answers = news_sets.imported(CRUISE / "articles" / "3-qa.md", tmp_path)
    assert (answers["outlet"], str(answers["published"])) == ("Port Vasselin Health Authority", "2026-11-13")


def test_the_cruise_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.85, precision 0.89, stance right 0.85, stance and speaker 0.85, values right 0.96)."""
    found = news_sets.figures(CRUISE)
    assert found["recall"] >= 0.84 and found["precision"] >= 0.88
    assert found["stance"] >= 0.84 and found["speaker"] >= 0.84 and found["values"] >= 0.95
