"""News nobody tuned for, twenty-ninth round: a footballer's transfer, its fee in two currencies, in a wire story, the
selling club's web page (cookie banner, navigation, related news), an auto-generated podcast transcript with the
player's agent (spoken numbers, "[laughs]"), a tabloid's story with a fact file and a fan site's Markdown live blog
(entries under "### 09:15", embedded posts, a struck-through entry and its correction); the dossier an editor's blind
trial (session 49) built from them, corrected by hand to a key written before any article
(tests/fixtures/transfer-fee/KEY.md). The agent against the club is contested; red where the tabloid, the fan blog and
the wire give other fees and days in their own voice. The key's fee cards need a tolerance of 1 % and the site an
approximate tolerance of 5 % to show €42m against €45m as red (by default the two are a minor discrepancy, and
"about £36 million" fits £39m)."""
import pytest

from builder import article, prose_figures, sentences
from tests import news_sets
from tests.conftest import ROOT

TRANSFER = ROOT / "tests" / "fixtures" / "transfer-fee"
RED = {"addons-eur", "deal-agreed-date", "fee-base-eur", "fee-base-gbp", "medical-date"}
CONTESTED = {"agent-commission", "asked-to-leave", "option-sixth-year", "sell-on-percent"}
SINGLE = {"ilvane-verrado-home", "proceeds-reinvested"}


def test_the_transfer_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(TRANSFER, tmp_path / "transfer")
    agreed = set(site.dossier.facts) - RED - CONTESTED - SINGLE
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "single": SINGLE,
                                          "agree": agreed}


@pytest.mark.parametrize("source, red, contested, held", [
    ("albion-terrace-live", RED - {"medical-date"}, CONTESTED, ""),
    ("lodestar-wire", RED - {"addons-eur", "fee-base-eur"},
     CONTESTED - {"option-sixth-year"} | {"addons-eur", "fee-base-eur"}, "addons-eur, fee-base-eur"),
    # (its "Albion have forked out €45million…", the base fee, proposed for the total value: held back since session
    # 74, "up to €50 million" claiming 50 million, where it had been written, fitting under the bound)
    ("sportsdaily-ilvane", {"medical-date"}, CONTESTED - {"agent-commission"}, "addons-eur, total-value-eur"),
    ("transfer-confidential-podcast", RED, CONTESTED - {"agent-commission"}, ""),
    ("verrado-statement", RED, CONTESTED | {"academy-age"}, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. Lost: the tabloid's €45m,
    proposed for the card of the fee with add-ons ("up to €50m"), where it fits, and its £39m in the same sentence;
    its "thrashed out late on Monday night" and the fan blog's "medical this morning", read as the right days but
    under the threshold; the agent's "So fifty all in" (50, not 50 million) and "ten percent, not fifteen"; the
    commission card the podcast alone gives; the wire's "A Northgate spokesman said the contract contained no option
    for an extra year", read as the club affirming it. The club's "38 goals" in the sentence of the academy's age
    makes that card contested (a false contest)."""
    site = news_sets.applied(TRANSFER, source, tmp_path / "transfer")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_a_post_opening_with_a_handle_is_its_owners():
    """"> **@VerradoFC:** Agreement reached with @NorthgateAlbion…" in the fan blog is the club's (a handle is its
    owner's name without spaces; the trial read the post as the blog's own), quoted without the handle."""
    held = news_sets.held_out(TRANSFER, "albion-terrace-live")
    agreed = held["deal-agreed"]
    assert (agreed.stance, agreed.speaker) == ("attributes", "verrado-fc")
    assert agreed.quote.startswith("Agreement reached with @NorthgateAlbion")
    assert [p.text for p in sentences.passages("> **@Club:** Welcome, Tomas.")] == ["Welcome, Tomas."]


def test_a_live_blogs_markdown_stamps_and_corrections():
    """"### 09:15" is an entry's stamp, as "09:15" is (the trial's `--new` wrote sixteen time cards of them); a
    struck-through entry ("~~Whispers from Lusmark say the fee is £40m.~~") and "We said £40m at 09:40 — that was
    wrong" are corrections, whose figures are not the blog's."""
    assert article.banner("### 09:15") and article.bare_time("### 09:15")
    body = (TRANSFER / "content" / "sources" / "albion-terrace-live.md").read_text(encoding="utf-8")
    retracted = [body[start:end] for start, end in sentences.retractions(body)]
    assert "~~Whispers from Lusmark say the fee is £40m.~~" in retracted
    assert any(r.startswith("**UPDATE:** We said £40m at 09:40 — that was wrong") for r in retracted)
    assert not sentences.retracted("I said it was wrong to sell him.")


def test_the_first_half_of_a_month_is_no_share():
    assert prose_figures.figures("a medical in the first half of July") == []
    assert [f.number for f in prose_figures.figures("half of the fee is paid now")] == [50]


def test_the_transfer_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.76, precision 0.95, stance right 0.90, stance and speaker 0.90, values right 0.80)."""
    found = news_sets.figures(TRANSFER)
    assert found["recall"] >= 0.75 and found["precision"] >= 0.94
    assert found["stance"] >= 0.89 and found["speaker"] >= 0.89 and found["values"] >= 0.79


def test_the_imports_title_and_byline():
    """The wire's "Soccer-" topic code is no part of its title (nor is "HEALTH-"), "NATO-Russia talks" keeps its NATO;
    the fan blog's byline among its stamp's parts, in bold, names the author."""
    assert article.headline(["Soccer-Ilvane completes record move to Northgate Albion"])[1] == (
        "Ilvane completes record move to Northgate Albion")
    assert article.headline(["NATO-Russia talks end without a deal"])[1] == "NATO-Russia talks end without a deal"
    assert article.author(["**By Kez Marlow** | Thursday 16 July 2026 | Transfer Live"]) == "Kez Marlow"
