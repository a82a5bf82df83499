"""News nobody tuned for, from session 65's blind trials: a tower crane that collapsed on a building site onto a bus
depot, in the city council's building-control notice saved as a web page (breadcrumbs, a table of inspections, a "Was
this page helpful?" form, footer links), a construction union branch's WhatsApp group exported as text ("[11/06/2026,
10:52] Name: message" lines, an encryption notice, a forwarded police message, "<Media omitted>", emoji), a trade
magazine's print feature saved as text from its PDF (two columns in reading order, running heads with page numbers, a
pull quote repeated mid-text, words broken at the lines' ends, a FACT FILE box) and a national paper's live page saved
as a web page (entries stamped newest first, an "Update:" correcting a height, share buttons, a cookie banner); the
dossier an editor's blind trial (session 65) built from them, corrected by hand to a key written before any article
(tests/fixtures/crane-collapse/KEY.md). The union and its members disagree with the contractor (whether the site
manager was warned of a grinding slewing ring, how many improvement notices it had) and with the council (when the
crane was last inspected): contested, never red; red where the live page gives another time of the collapse (11.20am
against 10:40), another height of the crane (48 metres against 62) and another number of homes evacuated (more than 60
households against 36 flats)."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

CRANE = ROOT / "tests" / "fixtures" / "crane-collapse"
RED = {"collapse-time", "crane-height", "homes-evacuated"}
CONTESTED = {"last-inspection", "previous-notices", "warning-given"}


def test_the_crane_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CRANE, tmp_path / "crane")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED}


@pytest.mark.parametrize("source, red, contested, held", [
    ("catu-chat", RED, CONTESTED, ""),
    ("council-notice", RED, CONTESTED, ""),
    ("cpr-feature", set(), CONTESTED | {"collapse-time", "crane-height", "homes-evacuated"},
     "collapse-time, crane-height, homes-evacuated"),
    ("herald-live", set(), CONTESTED, "homes-evacuated")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CRANE, source, tmp_path / "crane")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_chat_exports_messages_are_their_senders_and_nobody_after_a_day_is_by_that_day():
    """The union's chat export ("[11/06/2026, 11:06] Dev Ashworth (CATU): …") was read as the branch's own words, its
    stamps inside the sentences ("11:06] Dev Ashworth (CATU): Everyone please stay off the site…" written as the
    collapse's time); "nobody looked at that crane after 14 April" was read as after 14 April, and, held out, as
    a red on the last inspection (session 65)."""
    chat = news_sets.held_out(CRANE, "catu-chat")
    assert [(chat[card].speaker, chat[card].value) for card in ("warning-given", "cordon-radius", "last-inspection")] \
        == [("tomasz-wren", None), ("velmouth-police", {"exact": "100 m"}), ("dev-ashworth", {"max": "2026-04-14"})]
    assert not any("11:06]" in s.quote for s in chat.values())
