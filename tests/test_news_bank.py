"""News nobody tuned for, forty-second round: a regional savings bank fails after a three-day run on its deposits, in
a wire story refiled with a correction ("Corrects amount withdrawn to 1.4 billion euros from 4.1 billion"), a
national daily's saved HTML page (JSON-LD, a pull quote, a newsletter box), a public broadcaster's page copied from
the browser (the reporter's name over her role and outlet, image captions, related links), the central bank's HTML
press release (notes to editors, a press contact) and a business magazine's Markdown column (a table of the outflows
by day, a chart's caption); the dossier an editor's blind trial (session 52) built from them, corrected by hand to a
key written before any article (tests/fixtures/bank-failure/KEY.md). The central bank against the Deposit Guarantee
Fund is contested (how many customers, how much of their money is covered), and the former chief executive against
the supervisor (his warning of November, its three letters); red where the paper gives another day the run began
(Tuesday), the broadcaster another number of branches (27), and the column another sum withdrawn (€1.6bn) and share
of the deposits (36 per cent), in their own voice."""

import pytest

from tests import news_sets
from tests.conftest import ROOT

BANK = ROOT / "tests" / "fixtures" / "bank-failure"
RED = {"branches-closed", "deposits-withdrawn", "run-began", "share-withdrawn"}
CONTESTED = {"customers-affected", "deposits-covered", "orlen-warned-supervisor", "supervisor-warned-bank"}


def test_the_bank_dossier_reads_as_the_key_says(tmp_path):
    site = news_sets.built(BANK, tmp_path / "bank")
    agreed = set(site.dossier.facts) - RED - CONTESTED
    assert news_sets.by_verdict(site) == {"disputed": RED, "contested": CONTESTED, "agree": agreed}
    assert len(agreed) == 16


@pytest.mark.parametrize("source, red, contested, held", [
    ("broadcaster", RED - {"branches-closed"}, CONTESTED, ""),
    ("column", RED - {"deposits-withdrawn", "share-withdrawn"}, CONTESTED, "deposits-withdrawn"),
    ("paper", RED - {"run-began"}, CONTESTED, "run-began"),
    ("release", RED, CONTESTED, ""),
    ("wire", RED - {"share-withdrawn"}, CONTESTED | {"share-withdrawn"}, "share-withdrawn")])
def test_adding_an_article_with_suggest_apply_alone_makes_no_verdict_red(tmp_path, capsys, source, red, contested,
                                                                          held):
    """The editor's loop, unattended: no card the key keeps agreed or contested turns red. The paper's "The run,
    which began on Tuesday" and the column's "€1.6bn of it had gone — not the €1.4bn that has been widely reported"
    are held back (the trial held the same two); so is the wire's own "about 31 percent", the side of the red the
    central bank takes (without the wire the card is contested: the bank's 31 % against the column's own 36). Lost:
    the broadcaster's "Its 27 branches across the north of the country have not reopened" (0.46, under the
    threshold), the column's "That is 36 per cent of the deposit base in three days." (for `--new` only), and its
    "The 23 branches, shut since 12 March", which gives no figure of the card's count. Written wrongly, on cards that
    stay as they were: the wire's "lent Pellmark 900 million euros in emergency liquidity on Tuesday and Wednesday"
    as the central bank disputing that the run began on Monday (on a card already red, so not held back), and the
    governor's "The Prudential Supervision Authority raised concerns … with its board on three occasions" on the
    card of Orlen's warning too."""
    site = news_sets.applied(BANK, source, tmp_path / "bank")
    news_sets.assert_verdicts(site, red, contested)
    news_sets.assert_held(capsys.readouterr().out, held)


def test_the_imports_of_the_broadcaster_the_paper_and_the_release(tmp_path):
    """The broadcaster's page, copied from the browser, puts the reporter's name on a line of its own over her role
    and outlet ("Sofie Alder" / "Business reporter, VBC News"): its author and outlet (both unknown in the trial;
    session 52), its day left unknown ("2 hours ago"). What the trial's imports got right, kept: the paper's title,
    outlet, two authors and day from its JSON-LD NewsArticle; the central bank's release, its outlet from the page
    (`og:site_name`), its day from `DC.date`, its author unknown (unsigned)."""
    broadcaster = news_sets.imported(BANK / "articles" / "3-vbc.txt", tmp_path)
    assert (broadcaster["title"], broadcaster["outlet"], broadcaster["author"], broadcaster["published"]) == (
        "Pellmark Savings Bank: what went wrong, and what happens to your money", "VBC News", "Sofie Alder",
        "unknown")
    paper = news_sets.imported(BANK / "articles" / "2-standard.html", tmp_path)
    assert (paper["title"], paper["outlet"], paper["author"], str(paper["published"])) == (
        "Pellmark collapse: how a 139-year-old bank ran out of time in four days", "The Veskarian Standard",
        "Petra Lund and Aram Velasquez", "2026-03-14")
    release = news_sets.imported(BANK / "articles" / "4-central-bank.html", tmp_path)
    assert (release["title"], release["outlet"], release["author"], str(release["published"])) == (
        "Update on the resolution of Pellmark Savings Bank", "Bank of Veskaria", "unknown", "2026-03-16")


def test_both_sides_of_a_contested_figure_and_whose_figure_each_is():
    """The trial's main loss: the Fund's side of the two contested figures (five accounts missed, in three articles,
    once the card held one side). The broadcaster's "But the Deposit Guarantee Fund, which is paying out, puts the
    number of eligible depositors at 265,000, and covered deposits at €2.1bn." now gives both cards the Fund's
    figures beside the central bank's ("puts … at" a verb of saying, session 52: they had been no one's). What the
    trial read right, kept: Brenk's quotation in the paper, "Our records show 265,000 eligible depositors holding
    €2.1bn of covered deposits", gives both cards his; the unsigned release is the central bank's, its governor's
    words hers, and the figure it relays "According to the Deposit Guarantee Fund" the Fund's; "The fund says most
    people will be paid within seven days" is the Fund's. Since session 56 the Fund's "puts the number of eligible
    depositors at 265,000" reads what it counts, "eligible depositors", as another source's count of the card does:
    it is proposed first, and the central bank's 310,000 beside it."""
    broadcaster = news_sets.rivals(BANK, "broadcaster")
    assert [(s.speaker, s.value) for s in broadcaster["customers-affected"]] == [
        ("bank-of-veskaria", {"exact": 310000})]
    assert [(s.speaker, s.value) for s in broadcaster["deposits-covered"]] == [
        ("deposit-guarantee-fund", {"exact": 2100000000})]
    held = news_sets.held_out(BANK, "broadcaster")
    assert (held["customers-affected"].speaker, held["customers-affected"].value) == (
        "deposit-guarantee-fund", {"exact": 265000})
    assert (held["payout-deadline"].speaker, held["payout-deadline"].value) == (
        "deposit-guarantee-fund", {"max": "7 days"})  # "within seven days" (`up_to` before session 74)
    paper = news_sets.rivals(BANK, "paper")
    assert [(s.speaker, s.value) for s in paper["customers-affected"]] == [("tomas-brenk", {"exact": 265000})]
    assert [(s.speaker, s.value) for s in paper["deposits-covered"]] == [("tomas-brenk", {"exact": 2100000000})]
    release = news_sets.held_out(BANK, "release")
    assert (release["payouts-made"].speaker, release["payouts-made"].value) == (
        "deposit-guarantee-fund", {"more_than": 96000})
    assert (release["marrow-system-sound"].stance, release["marrow-system-sound"].speaker) == (
        "attributes", "ilse-marrow")
    for fid in ("run-began", "share-withdrawn", "licence-revoked-time", "founded-1887"):
        assert (release[fid].stance, release[fid].speaker) == ("attributes", "bank-of-veskaria"), fid


def test_the_supervisors_denial_and_the_funds_published_figure():
    """Session 53, from the trial's misses. The paper's "Dana Keltner, who chairs the authority, rejected that account
    …", a paragraph after Orlen's further quotation (“They had every number they needed. They chose not to look,” he
    said.), is her denial of his warning, not of that quotation; the column's "Dana Keltner, the authority's chair,
    told parliament there was no such warning." points back to the warning as "denied that" would, and to nothing
    else its sentence before gives (Orlen, "who stepped down in January": no denial of the card of his stepping
    down). The release's "The Deposit Guarantee Fund has published a figure of 265,000 eligible depositors" is the
    Fund's figure beside the central bank's (it had been the release's own, the central bank's)."""
    paper = news_sets.rebuttals(BANK, "paper")
    assert (paper["orlen-warned-supervisor"].stance, paper["orlen-warned-supervisor"].speaker) == (
        "disputes", "dana-keltner")
    assert paper["orlen-warned-supervisor"].quote.startswith("Dana Keltner, who chairs the authority, rejected that")
    column = news_sets.rebuttals(BANK, "column")
    assert set(column) == {"orlen-warned-supervisor"}
    assert (column["orlen-warned-supervisor"].speaker, column["orlen-warned-supervisor"].quote) == (
        "dana-keltner", "Dana Keltner, the authority's chair, told parliament there was no such warning.")
    release = news_sets.rivals(BANK, "release")
    assert [(s.speaker, s.value) for s in release["customers-affected"]] == [
        ("deposit-guarantee-fund", {"exact": 265000})]


def test_the_reds_figures_and_the_days():
    """The wire's "All 23 of Pellmark's branches stayed shut on Friday" counts the branches (session 52: it had
    given no figure of the card's count, under "All 23 of", and the paper's "All twenty-three of its branches" had
    been 0.86). What the trial found read right, kept: of "€1.6bn of it had gone — not the €1.4bn that has been widely
    reported" the column's own €1.6bn; "The run, which began on Tuesday", in a paper of Saturday 14 March, 10 March
    in its own voice against the card; the wire's "about 31 percent" and "More
    than 600 million euros left on Tuesday alone" about and more than; "at 6 p.m. on Thursday" 18:00 and the
    release's 18:00; the column's "Tuesday alone saw €690m walk out of the door"."""
    column = news_sets.held_out(BANK, "column")
    assert (column["deposits-withdrawn"].stance, column["deposits-withdrawn"].value) == (
        "states", {"exact": 1600000000})
    assert column["tuesday-withdrawals"].value == {"exact": 690000000}
    paper = news_sets.held_out(BANK, "paper")
    assert (paper["run-began"].stance, paper["run-began"].value) == ("contradicts", {"exact": "2026-03-10"})
    assert paper["branches-closed"].value == {"exact": 23} and paper["branches-closed"].confidence >= 0.9
    wire = news_sets.held_out(BANK, "wire")
    assert wire["branches-closed"].value == {"exact": 23}
    assert (wire["share-withdrawn"].stance, wire["share-withdrawn"].value) == ("states", {"approx": 31})
    assert wire["tuesday-withdrawals"].value == {"more_than": 600000000}
    assert wire["licence-revoked-time"].value == {"exact": "18:00"}
    assert news_sets.held_out(BANK, "release")["licence-revoked-time"].value == {"exact": "18:00"}


def test_the_bank_set_keeps_its_figures():
    """Floors at the default threshold, as benchmarks/suggest_eval.py measures them (when the set was added: recall
    0.96, precision 0.98, stance right 0.95, stance and speaker 0.95, values right 0.89; with the trial's code, before
    "All 23 of Pellmark's branches" counted branches, values right had been 0.87)."""
    found = news_sets.figures(BANK)
    assert found["recall"] >= 0.95 and found["precision"] >= 0.97
    assert found["stance"] >= 0.94 and found["speaker"] >= 0.94 and found["values"] >= 0.88
