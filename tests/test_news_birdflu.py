"""News nobody tuned for, fifty-seventh round: bird flu on a region's poultry farms, in a farming trade paper's saved
page, the agriculture ministry's official notice as plain text (reference number, numbered points, a "Published"
line), a news site's live blog in Markdown (entries newest first, one correcting another) and a news agency's wire
in its morning newsletter saved as an .eml (masthead, unsubscribe footer); the dossier an editor's blind trial
(session 58) built from them, corrected by hand to a key written before any article (tests/fixtures/bird-flu/KEY.md).
The ministry and the farmers' union disagree (compensation per bird, the share of the region's eggs): contested,
never red; red where the live blog gives another protection zone and the wire another first day and another ban."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

FLU = ROOT / "tests" / "fixtures" / "bird-flu"
RED = {"first-case-date", "movement-ban-duration", "protection-zone-radius"}
CONTESTED = {"compensation-per-bird", "egg-supply-share"}
SINGLE = {"first-farm-hens"}


def test_the_bird_flu_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(FLU, tmp_path / "flu")
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE,
                                          "agree": set(site.dossier.facts) - RED - CONTESTED - SINGLE}


@pytest.mark.parametrize("source, red, contested, held", [
    ("ledger", RED - {"first-case-date"}, CONTESTED | {"first-case-date"}, "first-case-date"),
    ("ministry-notice", RED, CONTESTED, ""),
    ("post-live", RED - {"protection-zone-radius"}, CONTESTED, "protection-zone-radius"),
    ("bpa-wire", {"protection-zone-radius"}, CONTESTED, "first-case-date, movement-ban-duration")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: every red an article makes is held back for the editor, and nothing the key
    keeps agreed or contested turns red (the trial: the wire's 30-day ban written on a card `--new` had made of the
    notice's "Claims shall be submitted … within 30 days of the cull", which then read as agreed; the ledger's first
    case a farmer's word, "after staff at the Bekk family's farm reported…")."""
    site = news_sets.applied(FLU, source, tmp_path / "flu")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_live_blog_gives_a_figure_that_changes_at_each_of_its_moments():
    """The live blog's "Nine farms are now confirmed as infected, according to the latest count." (10:15, the count
    no one's but the blog's) and "The ministry has just updated its figures: 11 farms are now confirmed as infected."
    (16:40, the ministry's, by the words before the colon) are both accounts of the card of the farms infected, each
    as of its entry (the trial: the first left out, the second the blog's own with no time)."""
    report = news_sets.report(FLU, "post-live")
    given = [(s.stance, s.speaker, s.value, s.as_of) for s in [*report.suggestions, *report.updates]
             if s.fact == "farms-affected"]
    assert sorted(given, key=lambda g: g[3]) == [("states", None, {"exact": 9}, "2026-11-07 10:15"),
                                                 ("attributes", "ministry-of-agriculture", {"exact": 11},
                                                  "2026-11-07 16:40")]


def test_a_share_of_a_million_is_a_count_and_an_earlier_outbreak_is_another_event():
    """"roughly a third of a million birds" is about 333,000 birds, not a third (33.3%) of a million; and "Norvania
    last suffered a major outbreak of avian influenza in 2021, when more than 900,000 birds were culled" is no account
    of this outbreak's cull (the trial: both outbreak cards stated by it)."""
    from builder import prose_figures
    assert [(f.quantity, f.number) for f in prose_figures.figures("roughly a third of a million birds")] == [
        ("count", 333333)]
    assert [(f.quantity, f.number) for f in prose_figures.figures("half a million people")] == [("count", 500000)]
    assert "900,000" not in news_sets.held_out(FLU, "bpa-wire")["birds-culled"].quote


def test_a_live_pages_greeting_and_a_newsletters_footer_are_no_accounts(tmp_path):
    """"Good morning, and welcome to our live coverage of the bird flu outbreak on Heddal's poultry farms." states
    nothing (the trial: an account of the outbreak); the wire's import takes the story's headline under the
    newsletter's Subject and marks the footer ("You are receiving the BPA Morning Brief because…", "To stop receiving
    this newsletter, unsubscribe here: …") as chrome."""
    from builder import sentences
    assert not sentences.states("Good morning, and welcome to our live coverage of the bird flu outbreak on Heddal's "
                                "poultry farms.")
    assert sentences.states("Good morning and welcome to our live coverage of the Harlow Ridge fire, which broke out "
                            "on Friday afternoon in the hills west of Marrick.")
    wire = news_sets.imported(FLU / "articles" / "4-bpa-wire.eml", tmp_path)
    assert wire["title"] == "Heddal bird flu cull passes a third of a million birds as farmers fight over compensation"
    from builder import chrome
    lines = (FLU / "articles" / "4-bpa-wire.eml").read_text(encoding="utf-8").splitlines()
    flagged = {c.text[:30] for c in chrome.find(lines)}
    assert {"You are receiving the BPA Morn", "To stop receiving this newslet"} <= flagged


def test_the_bird_flu_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added:
    recall 0.88, precision 0.93, stance right 0.88, stance and speaker 0.88, values right 1.00)."""
    found = news_sets.figures(FLU)
    assert found["recall"] >= 0.87 and found["precision"] >= 0.93
    assert found["stance"] >= 0.88 and found["speaker"] >= 0.88 and found["values"] >= 0.97
