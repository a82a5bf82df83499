"""News nobody tuned for, forty-eighth round: a city council passes its budget, in the local paper's saved web page (a
correction of the rise it first gave), the council's Markdown press release ("Calderwick City Council – Press release
– 25 February 2027" under its headline, notes to editors, a media contact), a local politics podcast's transcript
(two hosts, a councillor, time codes, "Hosts:" and "Guest:" credits above "TRANSCRIPT") and an opinion column; the
dossier an editor's blind trial (session 55) built from them, corrected by hand to a key written before any article
(tests/fixtures/council-budget/KEY.md). The council leader against the opposition and the union is contested (the
savings, the jobs lost, whether the rise is the biggest in a decade, the cut in the grant); red where the podcast
gives another margin of the vote (33 for; the others 31) and another time the meeting ended (about a quarter to
midnight; the paper 22:47), and the column another rise (5.99 per cent; 4.99 elsewhere: the card sets a tolerance of
a tenth of a point, as a rise of a whole point is by default a minor discrepancy). The petition's signatures grow by
the day."""
import pytest

from builder import prose_figures
from tests import news_sets
from tests.conftest import ROOT

COUNCIL = ROOT / "tests" / "fixtures" / "council-budget"
RED = {"meeting-end-time", "tax-rise-percent", "votes-for"}
CONTESTED = {"biggest-rise-decade", "grant-cut", "jobs-lost", "savings-total"}


def test_the_council_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(COUNCIL, tmp_path / "council")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 9


@pytest.mark.parametrize("source, red, contested, held", [
    ("column", RED - {"tax-rise-percent"}, CONTESTED, ""),
    ("podcast", {"tax-rise-percent"}, CONTESTED - {"grant-cut"}, "votes-for, meeting-end-time"),
    ("post", {"tax-rise-percent"}, CONTESTED | {"votes-for"}, "votes-for, meeting-end-time"),
    ("release", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The podcast's "thirty-three
    votes to twenty-two" is held back (as in the trial); its "about quarter to midnight" is read as 23:45 now (the
    trial: no figure) but at 0.37, the sentence's first clause being the vote's, so that red is lost unattended, and
    so is its councillor's "The grant hasn't fallen." (no figure). The column's "The Public Services Union says 310
    jobs will disappear" is the union's (the trial wrote it as the column's own, `states`, and held it back as a red);
    its "Council tax in this city is going up by 5.99 per cent from April." reads at 0.52 ("going up" is no "rise"):
    that red is lost unattended, as in the trial. Without the paper, the podcast's 33 votes face the release's 31, the
    council's figure: contested, and the paper's own 31 is held back."""
    site = news_sets.applied(COUNCIL, source, tmp_path / "council")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_whose_figures_the_column_and_the_podcast_give():
    """What the trial found read wrong, read right now: the column's union figure is the union's, though the card is
    about the union (a figure someone gives is theirs); the podcast's "it's nearer two hundred" is about 200 (it had
    been exactly); the release's "£2,148.30" keeps its pence (it had been 2,148, a minor discrepancy with the paper's
    £2,148.30). "The budget contains £18.4 million of them, and the opposition's claim that the real number is £23
    million is…" is the column's own 18.4 million: the opposition's account is the clause "and" opens with its name
    (the trial: the whole sentence the opposition's, someone no speaker file names)."""
    column = news_sets.held_out(COUNCIL, "column")
    assert (column["jobs-lost"].stance, column["jobs-lost"].speaker, column["jobs-lost"].value) == (
        "attributes", "public-services-union", {"exact": 310})
    savings = column["savings-total"]
    assert (savings.stance, savings.speaker, savings.value) == ("states", None, {"exact": 18400000})
    podcast = news_sets.held_out(COUNCIL, "podcast")
    assert (podcast["jobs-lost"].speaker, podcast["jobs-lost"].value) == ("priya-venn", {"approx": 200})
    assert podcast["meeting-end-time"].value == {"approx": "23:45"}
    release = news_sets.held_out(COUNCIL, "release")["band-d-charge"]
    assert release.value == {"exact": 2148.3}


@pytest.mark.parametrize("text, figures", [
    ("the meeting finally broke up at about quarter to midnight", [("time", 23 * 60 + 45)]),
    ("It began at half past midnight and ended at ten past noon.", [("time", 30), ("time", 12 * 60 + 10)]),
    ("A Band D property will pay £2,148.30 for 2027/28.", [("count", 2148.3)]),
    ("the real number is nearer two hundred", [("count", 200)]),
])
def test_a_spoken_time_by_midnight_a_sum_with_pence_and_a_nearer_figure(text, figures):
    assert [(f.quantity, f.number) for f in prose_figures.figures(text)] == figures


def test_the_imports_of_the_release_and_the_podcast(tmp_path):
    """The release's line under its headline, "Calderwick City Council – Press release – 25 February 2027", gives its
    outlet and day (both unknown in the trial); the podcast's title is its first line, not the "Guest: …" credit above
    "TRANSCRIPT" (the trial's import), and "Hosts: Tom Cadwell and Ruth Imrie" are its authors. Left: its outlet,
    "Calderwick Sound" on a line of its own, is unknown."""
    release = news_sets.imported(COUNCIL / "articles" / "2-release.md", tmp_path)
    assert (release["outlet"], str(release["published"])) == ("Calderwick City Council", "2027-02-25")
    podcast = news_sets.imported(COUNCIL / "articles" / "3-podcast.txt", tmp_path)
    assert (podcast["title"], podcast["author"], str(podcast["published"])) == (
        'Town Hall Talk — Episode 112: "Budget night, and the morning after"', "Tom Cadwell and Ruth Imrie",
        "2027-02-27")


def test_the_council_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.82, precision 0.95, stance right 0.98, stance and speaker 0.95, values right 0.97)."""
    found = news_sets.figures(COUNCIL)
    assert found["recall"] >= 0.81 and found["precision"] >= 0.93
    assert found["stance"] >= 0.97 and found["speaker"] >= 0.94 and found["values"] >= 0.96
