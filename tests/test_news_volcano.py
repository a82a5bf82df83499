"""News nobody tuned for, sixty-first round: a volcano's eruption on an inhabited island, in the observatory's
bulletin in Markdown (numbered, bullet points, a correction of the bulletin before), a television news site's page
saved as a web page (a video's caption, "Watch:" links, an update and a correction at its foot), a foreign paper's
English edition saved as a web page (translated, its date 12/03/2026) and a radio interview's transcript (time codes,
the host and the governor by surname); the dossier an editor's blind trial (session 60) built from them, corrected
by hand to a key written before any article (tests/fixtures/volcano-eruption/KEY.md). The civil-protection minister
and the island's governor disagree (houses destroyed, the aid package, the farmland under ash), and outlets with the
observatory's bulletin (the height of the ash column, the speed of the lava): contested, never red; red where outlets
give more flights cancelled; the count of those evacuated grows over the days."""
import shutil

import pytest

from tests import news_sets
from tests.conftest import ROOT

VOLCANO = ROOT / "tests" / "fixtures" / "volcano-eruption"
# The key designs lava-flow-speed and plume-height red too: the broadcaster's own 80 metres an hour and ash column
# against the observatory's. The observatory's bulletin is its own publication, which the guide reads as its claims;
# its accounts were typed `states` until session 75, when `check` came to warn of a party's own publication written
# in its own voice, and retyped `attributes morvanne-observatory`: each card is an outlet's figure against the
# observatory's, contested.
RED = {"flights-cancelled-monday"}
CONTESTED = {"aid-package-cost", "farmland-ash-share", "houses-destroyed", "lava-flow-speed", "plume-height"}
SINGLE = {"eruption-start-time"}


def test_the_volcano_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(VOLCANO, tmp_path / "volcano")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED - SINGLE}


@pytest.mark.parametrize("source, red, contested, held", [
    ("bulletin", RED, CONTESTED, "plume-height"),
    ("c9", set(), CONTESTED | {"flights-cancelled-monday"}, "flights-cancelled-monday"),
    ("voz", set(), CONTESTED, "flights-cancelled-monday"),
    ("radio", RED, CONTESTED - {"aid-package-cost"}, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: every red an article makes is held back for the editor, and nothing the key
    keeps agreed or contested turns red (the trial lost the lava's red, "80 metres an hour" being no speed, and held
    back the radio's "Broadcast: Friday 13 March 2026, 07:30" as the day the eruption began). Left: the host's "The
    government in the capital has announced an emergency package of 25 million euros." reports someone no speaker
    file names and reads more as the card of the package than the governor's "The new money in that package is 15
    million euros.", so the officials' contest is lost when the radio comes last."""
    site = news_sets.applied(VOLCANO, source, tmp_path / "volcano")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_what_creeps_is_measured_in_metres_an_hour():
    """The station's "The main flow was moving at around 80 metres an hour" was a count of 80 and a duration of an
    hour, so its red against the observatory's 30 metres per hour was lost (and a card could not give a speed in
    them); its "She said the airspace over Morvanne would reopen on Wednesday morning", published on a Wednesday,
    was read as the Wednesday after."""
    report = news_sets.held_out(VOLCANO, "c9")
    assert (report["lava-flow-speed"].stance, report["lava-flow-speed"].value) == ("states", {"approx": "80 m/h"})
    announced = report["airspace-reopening-announced"]
    assert (announced.speaker, announced.value) == ("sabine-ortell", {"exact": "2026-03-11"})


def test_a_broadcasts_stamp_is_no_account():
    """The radio transcript's "Broadcast: Friday 13 March 2026, 07:30" was proposed as the day the eruption began
    (held back as a red); a programme's "Broadcast:", "Aired:" or "Recorded:" line is a stamp, like "Published:"."""
    assert all(s.quote != "Friday 13 March 2026, 07:30" for s in news_sets.held_out(VOLCANO, "radio").values())


def test_a_ministers_count_in_her_own_words_is_a_card_of_that_count(tmp_path, capsys):
    """`--new` wrote "“Forty houses, perhaps a few more, have been destroyed,” the minister … said" as a card of her
    remark, with no figure, so the governor's 63 houses in the next article went onto a card of their own and the
    officials' contest was lost; and "The correct figure is 3,100.", the station's correction, was a card of its
    own. A count of something in someone's words makes a card of that count; a figure named by what it is to one told
    before ("The correct figure is…", "That total stands at…") makes none."""
    before = tmp_path / "before"
    shutil.copytree(VOLCANO, before, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    (before / "content" / "facts" / "houses-destroyed.yml").unlink()  # the station's article came first
    facts = news_sets.applied(before, "c9", tmp_path / "volcano", new=True).dossier.facts
    houses = [f for f in facts.values() if any(a.quote.startswith("“Forty houses") for a in f.accounts)]
    assert [(f.quantity, f.speaker, [(a.speakers, a.value.low) for a in f.accounts]) for f in houses] == [
        ("count", None, [(("sabine-ortell",), 40)])]
    assert not [f for f in facts.values() if any("correct figure" in a.quote for a in f.accounts)]


def test_a_bulletin_and_a_radio_transcript_import_with_their_issuer_author_and_title(tmp_path):
    """The observatory's bulletin opens with "**Morvanne Volcano Observatory (MVO)**" and ends with "Dr Helena Quist,
    Director, Morvanne Volcano Observatory": its outlet and author (the trial: both unknown); the radio transcript's
    "THE MORNING LINE" is its programme, above its title "Interview: Governor Tomas Renwick on the end of the Orrach
    eruption" (the trial's title), and its "Broadcast: Friday 13 March 2026, 07:30" no sentence of it."""
    bulletin = news_sets.imported(VOLCANO / "articles" / "1-bulletin.md", tmp_path)
    assert (bulletin["outlet"], bulletin["author"]) == ("Morvanne Volcano Observatory", "Helena Quist")
    radio = news_sets.imported(VOLCANO / "articles" / "4-radio.txt", tmp_path)
    assert radio["title"] == "Interview: Governor Tomas Renwick on the end of the Orrach eruption"


def test_a_quotation_going_on_after_someone_no_file_names_is_theirs():
    """The paper's ""We have been through this before, in 1971," says Ramón Ferrer, 74, …" and then ""Then it took us
    five years to make wine again."": `--new` wrote the second as the paper's own figure (five years). Quoting on
    after someone no speaker file names, it is theirs: listed, never written as the outlet's."""
    uncovered = {u.passage.text: u for u in news_sets.report(VOLCANO, "voz").uncovered}
    going_on = uncovered['"Then it took us five years to make wine again."']
    assert (going_on.speaker, going_on.unnamed) == (None, "quoting on: says Ramón Ferrer")
