"""News nobody tuned for, from session 67's blind trials: both lifts of a council-built tower block out of service, in
the housing association's letter to every resident as `pdftotext -layout` text (a two-column letterhead and address
block, "Page 1 of 2" footers, a running head, a signature block, cc lines and a tear-off reply slip), the tenants'
association's statement on a social network saved as a web page (the post run together as one paragraph, a reaction
bar, "Like" / "Reply" buttons and other users' comments under it), a local news site's article (soft hyphens, no-break
spaces, curly quotes, a gallery, an advert slot and a correction at its foot) and the council's webcast captions of its
housing committee in WebVTT (`<v Name>` voices, NOTE blocks, "[inaudible]", "[applause from the public gallery]"); the
dossier an editor's blind trial built from them, corrected by hand to a key written before any article
(tests/fixtures/tower-lifts/KEY.md). The tenants' association and the housing association disagree (how long the
block was without lifts in the past year, whether residents were warned, how many cannot leave their flats), and the
council and the housing association on the repair deadline: contested, never red; red where two sources report the
same body giving another figure (the fire service's count of firefighters and time of the call, the tenants'
statement against the news site; the housing association's cost of the repairs, the news site against its letter and
its director at the committee)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

LIFTS = ROOT / "tests" / "fixtures" / "tower-lifts"
RED = {"fire-call-time", "firefighters-count", "repair-cost"}
CONTESTED = {"housebound-residents", "outage-days-past-year", "repair-deadline", "residents-warned"}


def test_the_lifts_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(LIFTS, tmp_path / "lifts")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("brennock-borough-council-housing-committee", RED, CONTESTED, ""),
    ("calloway-house-lift-breakdown-update-support", RED - {"repair-cost"}, CONTESTED | {"repair-cost"},
     "repair-cost"),
    ("firefighters-carry-wheelchair-user-down-15", set(), CONTESTED, "firefighters-count, repair-cost")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red. (The tenants' post's row is
    left out: a reader's comment under it, "They should give us 100% of the service charge back, not a quarter.", is
    written as the chair's figure, a false contest; the import keeps comments apart from the post since session 67.)"""
    site = news_sets.applied(LIFTS, source, tmp_path / "lifts")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_figure_proposed_for_two_cards_goes_to_the_one_whose_words_stand_in_its_clause(tmp_path):
    """The news site's lede, "Firefighters had to carry a wheelchair user down the stairs …, after both lifts in the
    building broke down on 2 November.", was likelier as the card of the carrying and written there with 2 November, a
    false contest against the tenants' 6 November, while the card of the lifts' failure lost it: the day stands in
    the clause of the lifts breaking down (session 67, `review.unattended`)."""
    site = news_sets.applied(LIFTS, "firefighters-carry-wheelchair-user-down-15", tmp_path / "lifts")
    accounts = {fid: [a for a in fact.accounts if a.source == "firefighters-carry-wheelchair-user-down-15"]
                for fid, fact in site.dossier.facts.items()}
    assert [a.value.text for a in accounts["lifts-failed-date"]] == ["2026-11-02"]
    assert not any("2 November" in a.excerpt for a in accounts["quill-carried-date"])


def test_what_a_body_is_said_to_talk_about_is_its_figure_not_about_it():
    """The tenants' "Westerly talk about 11 vulnerable residents." was their chair's figure of about 11: "talk about"
    tells what Westerly says, 11 as they give it (session 67)."""
    from builder import prose_figures
    assert prose_figures.read("Westerly talk about 11 vulnerable residents.", "count").value == {"exact": 11}
    assert prose_figures.read("The walk took about 11 minutes.", "duration").value == {"approx": 11}
    said = news_sets.report(LIFTS, "calloway-house-tenants-association")
    talk = [r for r in (*said.suggestions, *said.rivals) if "Westerly talk about" in r.quote]
    assert talk and all(r.speaker == "westerly-homes" for r in talk)


def test_a_statement_that_names_its_claimant_speaking_is_its_own_headline(tmp_path):
    """"Westerly Homes puts the cost of the lift repairs at £168,000." was headed "Westerly Homes and Gareth Selwyn:
    Westerly Homes puts…": a statement naming its claimant putting a figure at something says who claims it; and a
    body's officer (Selwyn, its director) is left to the page's "Claimed by" when the body heads it."""
    site = news_sets.built(LIFTS, tmp_path / "lifts")
    page = news_sets.text_of(tmp_path / "lifts" / "site" / "facts" / "repair-cost.html")
    assert site.comparison.facts["repair-cost"].disputed
    assert "Westerly Homes puts the cost of the lift repairs at £168,000." in page
    assert "Gareth Selwyn: Westerly Homes puts" not in page
    motor = news_sets.text_of(tmp_path / "lifts" / "site" / "facts" / "replacement-part.html")
    assert "Westerly Homes: A replacement drive motor" in motor  # not "Westerly Homes and Gareth Selwyn:", its
    assert "Claimed by Westerly Homes and Gareth Selwyn" in motor  # director's claim is the body's; the page says both
