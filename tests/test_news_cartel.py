"""News nobody tuned for, hundredth round: a competition authority fines a supermarket chain for fixing the shelf
prices of dairy products with two processors, in the authority's summary of its decision as a PDF (a letterhead's
address line, "PUBLIC VERSION", a case number, numbered paragraphs hard-wrapped, footnote marks "[1]" and a
"FOOTNOTES" list, a running head "Case COMP/2026/0417 - Public version", "Page 1 of 2", signed "For the Board" by its
chair; its properties a shorter title), a financial paper's article saved as a web page (JSON-LD NewsArticle, a cookie
banner, a share-price ticker, a standfirst, share buttons, a photo caption, "Read more", a newsletter box, "Related
topics", a line saying the article was amended; the fine given in dollars too, "€48.6mn ($56.2mn)"), the chain's
statement forwarded as a plain-text email by its press officer (his note, the forwarded headers, "ENDS", "Notes to
editors", a media contact, his signature and a confidentiality notice) and the consumers' union's Atom news feed of
three entries, the story the second (crossheads, "Share this:", "Related:"). The dossier is the one an editor's blind
trial (session 75) built from them, corrected by hand to a key written before any article
(tests/fixtures/dairy-cartel-fine/KEY.md). The authority, the chain and the consumers' union disagree (how long the
cartel ran, what it cost each household, the total harm to consumers): contested, never red. Traps: the fine in
dollars and as "almost €49 million", the decision's day as "on Tuesday" in an item of the Wednesday and as "today", 60
days against two months to appeal, "just under 2 per cent" for 1.9%, "almost a quarter" of the market for 23%, €27 a
year against about €88 over the whole period, the chain's €2.1 million fine of 2025, a neighbouring country's €31.5
million fine of another chain."""
import pytest

from tests import news_sets
from tests.conftest import ROOT

CARTEL = ROOT / "tests" / "fixtures" / "dairy-cartel-fine"
# The key designs dawn-raid-date, store-count and processors-fines red: the paper's own "in September 2024" against
# the authority's 14 June 2024, the paper's own 270 supermarkets against the authority's 412 stores and the chain's
# "more than 400", and the union's "a combined €31.3 million" against the authority's €21.3 million. Only one of the
# four is an outlet: the decision summary, the chain's statement and the union's news item are each the body's own
# publication, which the guide reads as that body's claim throughout (`attributes nca`, `hollin-markets`, `vcu`), so no
# two sources give the day, the stores or the processors' fine in their own voices, and each card is a claim in
# contest. Written `states`, as the key has those publications' plain facts, all three turn red.
RED = set()
CONTESTED = {"cartel-duration", "dawn-raid-date", "overcharge-per-household", "processors-fines", "store-count",
             "total-consumer-harm"}


def test_the_cartel_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(CARTEL, tmp_path / "cartel")
    assert news_sets.by_verdict(site) == {"contested": CONTESTED, "agree": set(site.dossier.facts) - RED - CONTESTED}
    import html
    import re
    page = (tmp_path / "cartel" / "site" / "facts" / "overcharge-per-household.html").read_text(encoding="utf-8")
    text = html.unescape(" ".join(re.sub(r"<[^>]+>", " ", page).split()))
    # the association's higher €140 stands with the chain's denial, against the authority's €88: not all "Denied"
    # (session 75's trial), nor do "people they quote deny it" alone
    assert "people they quote deny it or give another figure." in text
    assert "Side 2: Denied, or another figure 3 sources Maren Lodge, in The Lenhaven Financial Review : €140" in text


@pytest.mark.parametrize("source, red, contested, held", [
    # every account the authority's own (its signing chair never named), products-covered written from paragraph
    # 1.1's list of the parties, which names no product, and decision-date from the heading "Summary of the Decision
    # of 24 November 2026"; dawn-raid-date and processors-fines then contested, as in the fixture
    ("nca-decision", RED, CONTESTED, ""),
    # its own "in September 2024" proposed as the authority's denial (`disputes nca`) and held back, so dawn-raid-date
    # has the authority's day alone; its own 270 supermarkets written, store-count contested; its Mersland fine only
    # listed (as "figure of someone no speaker file names", the sentence's trailing "a case analysts said"), Lodge's
    # "at least five years" not proposed, "Brevik Dairies and Ostmeer Milk" left out of processors-fines (no figure),
    # "The authority's own figure of €190mn …," Lodge said. written as Lodge's €190mn and "last year's €2.1mn fine" as
    # Pieter Anselm's: no card the key keeps agreed or contested changes
    ("lfr-hollin-fined", RED, CONTESTED - {"dawn-raid-date"}, "dawn-raid-date"),
    # "more than 400 stores" only listed ("a figure of the card store-count?"), its "There is no evidence that any
    # household paid more …" not proposed, "will appeal the fine … to the Competition Tribunal" left out of
    # appeal-deadline (no figure) and written to products-covered: the authority's and the paper's accounts keep both
    # contests
    ("hollin-statement", RED, CONTESTED, ""),
    # "The authority says the cartel ran for just over three years." written as about three years (`approx`), the
    # authority on two sides of cartel-duration, contested all the same; "worked with the processors …" written as the
    # union's, not as what "The authority found"
    ("vcu-dairy-cartel", RED, CONTESTED, "")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: nothing the key keeps agreed or contested turns red."""
    site = news_sets.applied(CARTEL, source, tmp_path / "cartel")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_designed_reds_turn_red_with_the_publications_plain_facts_in_their_own_voices(tmp_path):
    """As the key writes them: the decision summary's, the statement's and the union's accounts of the raid's day,
    the stores and the processors' fine `states`: the three cards are red, every other verdict as before."""
    import re
    import shutil

    from builder import pipeline
    from builder.config import load_config
    root = tmp_path / "cartel"
    shutil.copytree(CARTEL, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    for card, sources in (("dawn-raid-date", ("nca-decision",)), ("store-count", ("nca-decision", "hollin-statement")),
                          ("processors-fines", ("nca-decision", "vcu-dairy-cartel"))):
        path = root / "content" / "facts" / f"{card}.yml"
        accounts = re.split(r"(?m)^(?=  - source: )", path.read_text(encoding="utf-8"))
        path.write_text("".join(re.sub(r"    speaker: .*\n", "", a.replace("stance: attributes", "stance: states"))
                                if a.startswith(tuple(f"  - source: {s}\n" for s in sources)) else a
                                for a in accounts), encoding="utf-8")
    site = pipeline.check(load_config(root)).site
    designed = {"dawn-raid-date", "processors-fines", "store-count"}
    assert news_sets.by_verdict(site) == {"disputed": designed, "contested": CONTESTED - designed,
                                          "agree": set(site.dossier.facts) - CONTESTED}
