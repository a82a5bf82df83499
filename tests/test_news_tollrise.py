"""News nobody tuned for, ninety-fifth round: a crossing authority's board votes to raise the toll on an estuary
bridge, in the authority's draft minutes as a PDF (numbered items, a running head "DRAFT MINUTES (subject to
approval)", a vote table of labels and figures, "RESOLVED:" and its lettered resolutions, a page footer), a regional
paper's web page (a cookie banner, a standfirst, a live "Key points" box updated at 14:12, a photo caption, an inline
"Read more" link, a reader poll with its tally, an amendment line, related stories, a toll in pounds with its
conversion, "£3.10 (about €3.60)"), the motorists' association's newsletter as a Substack-style email (.eml, HTML
only, "Read in app · View in browser", a byline with its day, footnote markers that run into the words, "pocket1,",
and the footnotes under "Notes", signed "Ed", an address and an unsubscribe footer) and a radio phone-in's transcript
(.txt, the station's name, "Presenter:" and "Producer:" lines, each turn a time in brackets and a speaker label in
capitals, a caller whose figures the presenter corrects, listeners' texts read out, "[ADVERT BREAK …]", figures
spoken in words: "three pounds ten", "the two-forty you're paying now", "nine to two", "forty-six million pounds",
"Nearly twelve million"). The dossier is the one an editor's blind trial (session 74) built from them, corrected by
hand to a key written before any article (tests/fixtures/bridge-toll-rise/KEY.md). The authority, the transport
minister and the motorists' association disagree (when the new toll starts, how much it raises a year, the
maintenance backlog): contested, never red; red where the outlets give another number of votes against, another
number of consultation responses and another lorry toll. Traps: last year's rise (1 April 2025, £2 to £2.40), the
upstream Wendle Bridge's own toll of £2.80, 70p a crossing against about £320 (or £322) a year, 46,300 crossings a
day against "nearly 17 million crossings a year", "a fifth" against 20 per cent, the conversion in euros, the
caller's "two pound ten" and "forty million", and "put … up to £3.10", a verb's "up to", no bound."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

TOLLRISE = ROOT / "tests" / "fixtures" / "bridge-toll-rise"
RED = {"consultation-responses", "hgv-new-toll", "votes-against"}
CONTESTED = {"extra-revenue", "maintenance-backlog", "start-date"}


def test_the_toll_rise_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(TOLLRISE, tmp_path / "tollrise")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the minutes' every sentence is written as the authority's (its own minutes: the chief engineer's backlog too), and
    # "Cllr Quayle moved an amendment that the increase be limited to £2.80 for cars." is written to wendle-toll, the
    # other bridge's toll (the card agrees all the same); the vote table's "For 9" and "Against 4", the new tolls, the
    # consultation's 1,146 and the finance director's £11.8 million are not written: the reds stand on the other three
    ("minutes-meeting-board-held-council-chamber", RED, CONTESTED, ""),
    # "that adds up to about £320 a year", the minister's "that will not be before 1 September" and "putting its car toll
    # up to £2.80" are written `approx: 320`, `min: 2026-09-01` and `exact: 2.8` (until session 74 `exact: 320`, a
    # minor discrepancy against the newsletter's £322, `less_than` and `up_to`); "some 46,000 vehicles a day" is the
    # authority's; "nine votes to four" is left out of votes-against (proposed for votes-for too)
    # and "More than 1,100 people responded…" is listed, not written; since session 75, when the minutes' accounts
    # were retyped as the authority's claims, the cards the key designs red stand contested without it (the paper's
    # own "£12" for lorries, held back, had been their red against the minutes' own voice)
    ("marrin-bridge-toll-rise-3-10", set(), CONTESTED | RED, "hgv-new-toll"),
    # the newsletter's own "Some 2,300 people answered the consultation" written, contested against the minutes' own
    # figure, the authority's claim (held back as a red until session 75, when the minutes were retyped); its "the HGV
    # toll goes to £12" is listed as a figure no card covers (a designed red, missed); Gwen Adair's "They keep waving
    # around a repair bill of £46 million. The real backlog is nowhere near £46 million" is written as her denial of
    # the £46 million, maintenance-backlog contested as the key designs (until session 74 as her giving it, the card
    # agreed); her "closer to £14 million" and "nearly 17 million crossings a year" and the newsletter's "£322 a year"
    # are not written (the last card then one source)
    ("they-did-it-again-what-3", {"votes-against"}, CONTESTED | {"consultation-responses"}, ""),
    # "The vote, for those keeping score, was nine to two." is not proposed (a designed red, missed); "up to three
    # pounds ten for a car", a verb's "up to", held back as per-crossing-increase `up_to: 3`, and the minister "on the
    # news this morning saying it can't start in June at all" held back as his start on 11 March, the broadcast's day;
    # Sandra Voyle's "Nearly twelve million a year" is listed, not written
    ("transcript-wednesday-11-march-2026-16", {"consultation-responses", "hgv-new-toll"}, CONTESTED,
     "per-crossing-increase, start-date")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(TOLLRISE, source, tmp_path / "tollrise")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
