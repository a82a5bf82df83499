"""News nobody tuned for, hundred-and-first round: a wolf pack from a forest kills sheep on the upland farms of a
valley over a week, in a farming weekly's news page saved as a web page (a kicker, a standfirst, a photo gallery and
its captions, a newsletter box, an amendment line, readers' comments, a cookie banner), the wildlife agency's own
question-and-answer page saved as a web page (its questions in <details> and <summary>, "Published 13 March 2026" and
"Last updated 16 March 2026", the earlier figure it updated, 31 to 38, its "Updates to this page"), a regional
television news report's transcript copied from a video site to a text file (the channel's name and subscribers, the
views, day and hashtags, "Search in video", each caption line under its time alone on a line, read as automatic
captions since session 75, the speakers' turns without their names, figures in words: "eleven farms", "nearly twenty ewes", "seven and a half
miles", "a hundred and eighty pounds", "last Wednesday") and a conservation trust's own blog post exported from Notion
as Markdown (its properties block and the <aside> tags of its callouts, page chrome since session 75, the callouts'
emoji and bold, a byline the import removes, a Donate link, "two dozen", "a quarter of a million pounds", "five years ago"). The dossier is the one an editor's blind
trial (session 75) built from them, corrected by hand to a key written before any article
(tests/fixtures/wolf-attacks/KEY.md). The agency, the farmers' union and the trust disagree (how many sheep were
killed, how many wolves the pack numbers, whether any compensation has been paid), and the trust places the worst
attack at another farm: contested, never red; red where the outlets give another day the attacks began and another
number of farms attacked. Traps: last year's 23 sheep in the neighbouring Senna Valley ("two dozen"), the 19 ewes of
one farm against the 38 of the week, the agency's earlier 31, the farms' distance in kilometres and in miles, "last
Wednesday", "on Sunday night", "on Saturday" and "on Friday"."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

WOLVES = ROOT / "tests" / "fixtures" / "wolf-attacks"
RED = {"attacks-began", "farms-affected"}
# The key designs worst-attack-place red too: the trust's blog's "The worst single attack came at Coldharbour Farm
# above Kelder, where 19 ewes died in one night." against the weekly's own and the broadcast's own Ridgeback Farm near
# Tallow Bridge. The blog is the trust's own, which the guide reads as the trust's claim (its accounts `attributes
# wild-uplands-trust`, its Coldharbour `disputes wild-uplands-trust`, where the key writes the blog's accounts `states`
# and this one `contradicts`), so no outlet places the worst attack elsewhere in its own voice, and the trust's
# Coldharbour stands against the outlets' own Ridgeback: contested. Written `contradicts`, as the key has it, the card
# turns red (tried on a copy).
CONTESTED = {"compensation-paid", "pack-size", "sheep-killed", "worst-attack-place"}


def test_the_wolves_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(WOLVES, tmp_path / "wolves")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    # the weekly: "Its county chair, Tomas Aldred, said more than 70 sheep had been killed or had to be put down, and
    # accused the agency of counting "only the carcasses it can be bothered to swab"." is listed for dna-samples, not
    # written (its figure is another card's, and it counts no carcasses: since session 75; written as Aldred's
    # `{more_than: 70}`, it had made the card the key keeps agreed contested, and the row was left out). Its own 9
    # March and six farms are held back (as the key designs), so attacks-began and farms-affected read contested, the
    # broadcast's own against the agency's and the trust's; its "…told a packed emergency meeting at Tallow Bridge
    # village hall on Saturday." is written to union-meeting as Aldred's, not its own (the card agrees all the same)
    ("hfw-wolf-pack", set(), CONTESTED | RED, "farms-affected, attacks-began"),
    # the agency's page's every sentence is written as the agency's; its pack-size is "a breeding pair and two
    # yearlings born in 2025." typed `{exact: 2}` (the card stays contested), its last-attack and attacks-began the
    # sentence of the range ("Between 9 March and 15 March 2026 wolves attacked sheep on six holdings…") with the
    # right days, and "around Tallow Bridge and Kelder." is written to worst-attack-place as the agency's, a place it
    # does not give for the worst attack
    ("cea-qa", RED, CONTESTED, ""),
    # the broadcast's own "last Wednesday" (11 March) and its eleven farms held back (as the key designs): each account
    # is a paragraph of about 30 seconds of its unpunctuated captions (since session 75; a line of the panel each
    # before, when "eleven" / "farms up and down the valley" was not proposed), mostly the agency's or the union's
    # where the speakers are others: Marsh's "nearly twenty ewes" written as the broadcast's own count of sheep
    # killed (the card stays contested), the agency's 180 pounds as the union's (agreed all the same)
    ("bordervale-tonight", set(), CONTESTED,
     "farms-affected, attacks-began"),
    # the trust's blog: its "Last year a single young wolf dispersing from the forest killed two dozen sheep in the
    # Senna Valley before it moved on." is written to senna-valley-2025 as about 24 (it had been `{exact: 24}`, which
    # made the card the key keeps agreed contested against the weekly's own 23, and the row was left out until
    # session 75's rule on dozens). Its Coldharbour passage is written twice: to worst-attack-place as the trust's
    # `attributes` (affirming Ridgeback, so the designed contest is lost and the card agrees) and to ridgeback-losses
    # as the trust's 19 ewes (another farm's night); wolves-returned is "The Brenna Forest pack is four animals", not
    # "five years ago"; its "seven or more" (the union's) is not proposed
    ("wut-blog", RED, CONTESTED - {"worst-attack-place"}, ""),
])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(WOLVES, source, tmp_path / "wolves")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)
