"""Reader pages on the built reference site: every page that uses verdict or stance labels carries the key,
and the labels are the same five words everywhere."""
import re

import pytest

from builder import pipeline
from builder.config import load_config
from builder.formatting import STANCE_SHORT, VERDICT_WORDS
from builder.pages.source import paragraphs
from tests.conftest import ROOT

LABEL = re.compile(r'class="dz-(verdict|stance) dz-(?:verdict|stance)--[a-z]+">([^<]+)')
LEGEND = '<details class="dz-legend"'


def _content(html: str) -> str:
    return html.split('<div data-pagefind-body>', 1)[-1]


def _outside_legend(html: str) -> str:
    before, _, after = html.partition(LEGEND)
    return before + after.split("</details>", 1)[-1]


def test_every_page_with_verdict_or_stance_labels_has_the_key(built_site):
    missing, checked = [], 0
    for path in sorted(built_site.rglob("*.html")):
        html = _content(path.read_text("utf-8"))
        if LABEL.search(_outside_legend(html)):
            checked += 1
            if html.count(LEGEND) != 1:
                missing.append(path.relative_to(built_site).as_posix())
    assert checked > 100, "too few pages with labels: the pattern no longer matches the markup"
    assert missing == []


def test_verdict_labels_are_the_five_names_on_every_page(built_site):
    seen = set()
    for path in built_site.rglob("*.html"):
        for kind, text in LABEL.findall(_outside_legend(_content(path.read_text("utf-8")))):
            if kind == "verdict":
                seen.add(text.strip())
    assert seen == set(VERDICT_WORDS.values()) - {"Minor discrepancy"}  # the reference dossier has none
    assert len(set(VERDICT_WORDS.values()) | set(STANCE_SHORT.values())) == 9, "two concepts share a name"


def test_a_source_without_a_short_name_is_named_by_outlet_author_or_as_a_translation():
    from dataclasses import replace
    from pathlib import Path

    from builder.config import load_config
    from builder.pipeline import check

    source = next(iter(check(load_config(Path(__file__).resolve().parent.parent)).site.dossier.sources.values()))
    bare = replace(source, short_name=None, outlet="unknown", author="unknown", translated=False)
    assert replace(bare, outlet="Daily News", author="Ann Lee").label == "Daily News"
    assert replace(bare, author="Ann Lee").label == "Ann Lee (outlet unknown)"
    assert replace(bare, translated=True).label == "Translated report (outlet unknown)"
    assert bare.label == source.title
    assert replace(bare, short_name="Wire copy").label == "Wire copy"


def test_after_in_a_source_named_by_its_author_or_as_a_translation_reads_as_a_report(built_site):
    """"Sergey Lavrov, in Translated report (outlet unknown)" read as if the report were a place."""
    from dataclasses import replace
    from pathlib import Path

    from builder.pipeline import check

    source = next(iter(check(load_config(Path(__file__).resolve().parent.parent)).site.dossier.sources.values()))
    bare = replace(source, short_name=None, outlet="unknown", author="unknown", translated=False)
    assert replace(bare, author="Ann Lee").label_after_in == "Ann Lee’s report (outlet unknown)"
    assert replace(bare, translated=True).label_after_in == "a translated report (outlet unknown)"
    assert replace(bare, outlet="Daily News", author="Ann Lee").label_after_in == "Daily News"
    assert replace(bare, author="Ann Lee", short_name="Wire copy").label_after_in == "Wire copy"
    page = (built_site / "facts" / "hamburg-trump-accepted-putin-denial.html").read_text("utf-8")
    assert "Sergey Lavrov, in a translated report (outlet unknown)</a>" in page
    assert "in Translated report" not in page
    assert ">Translated report (outlet unknown)</a>" in page  # named so where it stands alone


def test_a_cards_speaker_is_someone_a_source_reports_speaking():
    """An outlet's own narration is no one's statement: a card whose sources say it in their own voice has a
    `speaker` only when an account names that speaker (a remark reported second-hand, "Tillerson said Putin
    said…", keeps its speaker)."""
    from pathlib import Path

    from builder.config import load_config
    from builder.pipeline import check

    facts = check(load_config(Path(__file__).resolve().parent.parent)).site.dossier.facts.values()
    narrated = [f.id for f in facts if f.speaker and not any(f.speaker in a.speakers for a in f.accounts)
                and any(a.stance in ("states", "contradicts") for a in f.accounts)]
    assert narrated == []


def test_a_facts_accounts_are_listed_side_by_side_in_order(built_site):
    """Each source's words are listed side 1's first, then side 2's: a reader never tracks the colours back and
    forth (whether Trump accepted Putin's denial alternated 1, 1, 2, 2, 1, 2, 2, 1, 1 in the card's order)."""
    orders = {page.stem: [int(n) for n in re.findall(r'class="dz-account [^"]*dz-account--side-(\d)',
                                                      page.read_text(encoding="utf-8"))]
              for page in (built_site / "facts").glob("*.html")}
    assert len(set(orders["hamburg-trump-accepted-putin-denial"])) == 2
    assert {fact: sides for fact, sides in orders.items() if sides != sorted(sides)} == {}


def test_only_reader_text_is_indexed_for_search(built_site):
    """No editors' notes on provenance, screen-reader helper text, card files or editors' guide in the index."""
    from tests.test_search import _fragments

    fragments = _fragments(built_site)
    assert "/editing.html" not in fragments
    leaks = {url: bad for url, record in fragments.items()
             for bad in ("Fact: ", ".yml", ".txt", "card file", "in the seed", "For editors", "What the labels mean")
             if bad in record["content"]}
    assert leaks == {}
    claim = fragments["/facts/hamburg-ceasefire-military-police.html"]
    assert claim["meta"]["title"] == "Sergey Lavrov: Russian military police would monitor the Syria cease-fire."


def _verdict_box(make_project, accounts: str, sources: tuple = (), quantity: str = "duration", card: str = "") -> str:
    """The verdict box of the page of a card on the talks' planned length (or another ``quantity``, with more of
    the ``card``'s keys) with these ``accounts`` (YAML) added to the mini dossier, with ``sources`` ((id, outlet,
    body) each), built."""
    from pathlib import Path

    from builder import pipeline
    from builder.config import load_config
    mini = Path(__file__).resolve().parent / "fixtures" / "mini"
    files = {p.relative_to(mini).as_posix(): p.read_text("utf-8") for p in mini.rglob("*") if p.is_file()}
    for sid, outlet, body in sources:
        files[f"content/sources/{sid}.md"] = (f"---\ntitle: Talks\noutlet: {outlet}\nauthor: unknown\n"
                                             f"published: unknown\nlanguage: en\n---\n{body}\n")
    files["content/facts/planned.yml"] = ("summit: hamburg\nstatement: The talks were planned to last half an hour.\n"
                                          f"quantity: {quantity}\n{card}accounts:\n" + accounts)
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    return (root / "site" / "facts" / "planned.html").read_text("utf-8").split('id="verdict"', 1)[1].split(
        "</section>")[0]


def test_the_minority_says_why_the_cards_other_sources_are_not_counted(make_project):
    """The coin hoard's "1 of the 3 independent sources that contradict one another" on a card of 4 sources left the
    reader to count (session 65): sources that share their wording are counted once, one that only reports someone's
    claim is named as not counted."""
    wire = "The talks between the two leaders were planned to last thirty minutes, officials said before the summit."
    sources = (("c1", "C One", wire), ("c1copy", "C Copy", wire), ("c2", "C Two", "The talks were set for 30 min."),
               ("d", "D Daily", "The talks were set for 45 min."), ("e", "E Echo", "Smith said 30 minutes."))
    box = _verdict_box(make_project, "".join(f"""  - source: {sid}
    quote: {quote}
    stance: {"attributes" if sid == "e" else "states"}
    value: {{exact: {figure}}}
""" + ("    speaker: smith\n" if sid == "e" else "") for sid, quote, figure in (
        ("c1", "planned to last thirty minutes", 30), ("c1copy", "planned to last thirty minutes", 30),
        ("c2", "set for 30 min", 30), ("d", "set for 45 min", 45), ("e", "Smith said 30 minutes", 30))),
        sources=sources)
    minority = re.sub(r"<[^>]+>", "", re.search(r"In the minority: .*?</p>", box).group())
    assert minority == ("In the minority: D Daily (1 of the 3 independent sources that contradict one another, those "
                        "sharing their wording counted once; not counted: E Echo, which only reports someone’s claim); "
                        "the others report it differently.")


def test_figures_two_people_give_are_shown_side_by_side_with_who_gives_them(make_project):
    """A contested figure (Smith says 30 minutes, Jones 35) shows each side with its figure and the people the
    sources quote giving it, as a denial does."""
    box = _verdict_box(make_project, """  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: attributes
    speaker: smith
    value: {exact: 30}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: attributes
    speaker: jones
    value: {exact: 35}
""")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "Contested claim" in text and ("The sources do not contradict one another: they report people giving "
                                          "figures too far apart to be rounding: 30 min ( Anna Smith ); 35 min ( Bob Jones )"
                                          ) in text  # who gives which figure (session 67)
    assert "Side 1: 30 min" in text and "Side 2: 35 min" in text
    assert "Anna Smith, in Alpha News" in text and "Jones" in text


def test_a_sides_figure_with_the_same_reach_is_named_once(make_project):
    """The power cut trial's "Side 1: up to 22 min or at most 22 min": two accounts of one figure and one reach read as
    two figures on one side (then `up_to` and `max`, both bounds; since session 74 "within" is `max` and "up to" a
    claim of its figure, so the two accounts here are both `max`)."""
    sources = (("gamma", "Gamma Post", "Smith said within 30 minutes."),)
    box = _verdict_box(make_project, """  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: attributes
    speaker: smith
    value: {max: 30}
  - source: gamma
    quote: Smith said within 30 minutes
    stance: attributes
    speaker: smith
    value: {max: 30}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: attributes
    speaker: jones
    value: {exact: 45}
""", sources=sources)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "Side 1: at most 30 min 2 sources" in text and " or up to 30 min" not in text


def test_a_sources_own_figure_against_one_a_source_quotes_says_who_gives_which(make_project):
    """The marathon trial's "one’s own figure and the figures people another quotes give are too far apart to be
    rounding" left the reader to find out whose figure was whose."""
    box = _verdict_box(make_project, """  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: states
    value: {exact: 30}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: attributes
    speaker: jones
    value: {exact: 45}
""")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert ("The sources do not contradict one another: Alpha News gives 30 min in its own voice, and B. Writer "
            "(outlet unknown) reports Bob Jones giving 45 min, too far apart to be rounding.") in text


def test_times_of_day_three_minutes_apart_are_a_minor_discrepancy_within_5_minutes(make_project):
    box = _verdict_box(make_project, """  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: states
    value: {exact: 16:45}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: states
    value: {exact: "16:48"}
""", quantity="time")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "only slightly (within 5 min)" in text and "16:45" in text and "16:48" in text


def test_a_minor_discrepancy_of_a_round_count_says_it_is_taken_as_about_so_many(make_project):
    """300 against 312 is minor because "300" reads as roughly so many, not because they are within 2 %: the box had
    said only "within 2%" (a blind trial, session 71)."""
    box = _verdict_box(make_project, """  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: states
    value: {exact: 300}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: states
    value: {exact: 312}
""", quantity="count")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "only slightly (within 2%, a round figure taken as about so many)" in text


@pytest.mark.parametrize("card, second, words", [
    ("tolerance: {absolute: 1}\n", '{exact: "2017-07-08"}', ["only slightly (within 1 day)", "8 July 2017"]),
    ("claim: {less_than: 2017-07-09}\n", '{max: "2017-07-08"}',
     ["Every figure given fits the claim (before 9 July 2017)", "by 8 July 2017"]),
])
def test_a_date_card_words_its_tolerance_claim_and_figures_as_dates(make_project, card, second, words):
    """A day apart on a card that allows a day is a minor discrepancy, "within 1 day"; a claim and a bound read as
    dates."""
    box = _verdict_box(make_project, f"""  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: states
    value: {{exact: 2017-07-07}}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: states
    value: {second}
""", quantity="date", card=card)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "7 July 2017" in text and all(w in text for w in words)


def test_each_figure_of_a_disagreement_names_who_gives_it(make_project):
    """The red box's figures say who gives each one: the sources in their own voice, then each person the others
    report giving it, "in" those sources; never a source's name alone for a figure it only reports someone giving."""
    box = _verdict_box(make_project, """  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: states
    value: {exact: 30}
  - source: delta
    quote: The talks lasted 40 minutes in all
    stance: states
    value: {exact: 40}
  - source: gamma
    quote: The talks lasted 40 minutes, Smith said
    stance: attributes
    speaker: smith
    value: {exact: 40}
""", (("gamma", "Gamma Post", "The talks lasted 40 minutes, Smith said on Monday."),
      ("delta", "Delta Daily", "The talks lasted 40 minutes in all.")))
    chips = re.sub(r"<[^>]+>", "", box.split('class="dz-groups">', 1)[1].split("</p>")[0])
    assert "Sources disagree" in box
    assert " ".join(chips.split()) == "30 min: Alpha News · 40 min: Delta Daily; Anna Smith, in Gamma Post"  # the
    # statement's half an hour first


def test_a_title_with_quotation_marks_is_quoted_with_single_ones_inside(tmp_path):
    """Lists of sources put each title in quotation marks; the marks a title holds become single ones, as a
    quotation within a quotation is written, never doubled."""
    import shutil
    from builder import pipeline
    from builder.config import load_config
    project = tmp_path / "mini"
    shutil.copytree(ROOT / "tests/fixtures/mini", project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    source = project / "content/sources/alpha.md"
    source.write_text(source.read_text().replace('title: "Leaders meet in Hamburg"',
                                                 "title: '“Fantasies”, Jones says of Hamburg'"))
    pipeline.build(load_config(project), tmp_path / "site", allow_outside=True, index=False)
    for page in ("index.html", "summits/hamburg.html"):
        text = (tmp_path / "site" / page).read_text()
        assert "“‘Fantasies’, Jones says of Hamburg”" in text and "““" not in text, page


def test_a_side_says_whether_its_sources_deny_it_themselves_or_report_a_denial(make_project):
    """A side's heading tells an outlet's own denial from a denial it reports; a side holding both says both."""
    from pathlib import Path
    from builder import pipeline
    from builder.config import load_config
    mini = Path(__file__).resolve().parent / "fixtures" / "mini"
    files = {p.relative_to(mini).as_posix(): p.read_text("utf-8") for p in mini.rglob("*") if p.is_file()}
    files["content/facts/short.yml"] = """summit: hamburg
statement: The talks were short.
accounts:
  - source: alpha
    quote: although the talks were scheduled for 30 minutes
    stance: states
  - source: beta
    quote: the talks went on for more than two hours
    stance: contradicts
  - source: alpha
    quote: Jones denied that claim.
    stance: disputes
    speaker: jones
"""
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    box = (root / "site" / "facts" / "short.html").read_text("utf-8").split('id="verdict"', 1)[1].split("</section>")[0]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "Side 1: Says so" in text and "Side 2: Says otherwise, or reports it denied" in text  # the statement's first


def test_a_passage_over_two_paragraphs_is_anchored_once_and_leads_to_its_fact_once():
    """The fact check's claim runs on into its rating's paragraph: one id (the HTML checker rejects two), one arrow."""
    site = pipeline.check(load_config(ROOT / "tests" / "fixtures" / "trade-talks")).site
    accounts = site.links.accounts_by_source["factcheck"]
    walkout = next(a for a in accounts if a.fact == "walkout")
    article = paragraphs(site.dossier.sources["factcheck"], accounts)
    assert sum(any(walkout in seg.cited_by for seg in segments) for segments in article) == 2
    anchors = [a.anchor for segments in article for seg in segments for a in seg.starts]
    arrows = [fact for segments in article for seg in segments for fact in seg.ends]
    assert anchors.count(walkout.anchor) == 1 and arrows.count("walkout") == 1
    last = next(segments for segments in reversed(article) if any(walkout in seg.cited_by for seg in segments))
    assert any("walkout" in seg.ends for seg in last)  # the arrow follows the passage's end


def test_a_side_names_an_outlet_speaking_for_itself_once(tmp_path):
    """A ministry's press release denying the walkout is the ministry's own denial: the side lists the outlet, not
    "India's Ministry of Commerce and Industry, in Ministry of Commerce and Industry, India"."""
    pipeline.build(load_config(ROOT / "tests" / "fixtures" / "trade-talks"), tmp_path / "site", allow_outside=True,
                   index=False)
    html = (tmp_path / "site" / "facts" / "walkout.html").read_text(encoding="utf-8")
    side = html.split('<div class="dz-sides">', 1)[1].split("</div>\n</div>", 1)[0]
    named = re.findall(r'<li><a href="[^"]+">([^<]+)</a>', side)
    assert "Ministry of Commerce and Industry, India" in named and "Arjun Mehra, in Harbor City Times" in named
    assert not [n for n in named if "in Ministry" in n]
    assert "publishes its own denial" in html


def test_a_headline_leads_with_the_claimants_unless_it_names_one_speaking():
    """A claimant named as what the claim is about ("…that Russia interfered") or as the subject of a deed ("Russia
    cut gas supplies", which only Russia claims) still leads the headline; one the statement names saying or
    calling something is not named twice, nor is a sole claimant the statement opens with ("Westmoor Power:
    Westmoor Power cut electricity…" read as a stutter)."""
    import dataclasses

    from builder.link import headline
    from builder.model import Speaker
    from tests.test_compare import account, fact
    moscow = Speaker("moscow", "Russian government", "institution", None, ("Moscow", "Russia"))
    lavrov = Speaker("lavrov", "Sergey Lavrov", "person", None, ())
    speakers = {"moscow": moscow, "lavrov": lavrov,
                "board": Speaker("board", "Lornemouth Electoral Board", "institution", None, ())}
    card = dataclasses.replace(fact(account("a", "attributes", ["moscow"])),
                               statement="Trump accepted Putin's denial that Russia interfered.")
    assert headline(card, ("moscow",), speakers) == "The Russian government: Trump accepted Putin's denial that Russia interfered."
    for deed in ("Russia cut gas supplies.", "Lavrov was first told of it at 06:00.", "Lavrov called in the army.",
                 "Russia warned Kyiv in May."):  # a deed, or a passive: what the claimant alone says, not a remark
        led = headline(dataclasses.replace(card, statement=deed), ("moscow", "lavrov"), speakers)
        assert led == f"The Russian government and Sergey Lavrov: {deed}", led
    for deed, led in (("Russia cut gas supplies.", "By its own account, Russia cut gas supplies."),
                      ("The Russian government closed the border.", "By its own account, the Russian government closed "
                                                                    "the border."),
                      ("Lavrov's plane landed at 06:00.", "By their own account, Lavrov's plane landed at 06:00."),
                      ("The Electoral Board rejected 1,412 ballots.", "By its own account, the Electoral Board "
                                                                      "rejected 1,412 ballots.")):  # part of its name
        claimant = ("lavrov",) if "Lavrov" in deed else ("board",) if "Board" in deed else ("moscow",)  # the sole
        # claimant, its subject: named once
        assert headline(dataclasses.replace(card, statement=deed), claimant, speakers) == led
    for statement in ("The talks went well, Lavrov said.", "Lavrov has since denied it.", "Lavrov called it a start.",
                      "According to Moscow, the talks went well.", "Lavrov: the talks went well.",
                      "Moscow's count of the dead rose to 40.", "Lavrov, the foreign minister since 2004, said so.",
                      "Moscow measured the blast at 6.4.", "Moscow puts the toll at 40.", "Lavrov put it at 40.",
                      "Foreign Minister Sergey Lavrov welcomed the cut as a step."):
        said = dataclasses.replace(card, statement=statement)
        assert headline(said, ("moscow", "lavrov"), speakers) == statement
    speakers["diplomat"] = Speaker("diplomat", "A Russian diplomat familiar with the talks", "group", None, ())
    speakers["aide"] = Speaker("aide", "An aide", "group", None, ())
    speakers["a-team"] = Speaker("a-team", "A Team Consulting", "institution", None, ())
    assert headline(card, ("diplomat", "lavrov", "aide", "a-team"), speakers) == (  # "a" mid-sentence, as written
        "A Russian diplomat familiar with the talks, Sergey Lavrov, an aide and A Team Consulting: Trump accepted "
        "Putin's denial that Russia interfered.")


def test_a_figure_that_changes_given_by_several_is_headed_by_none_of_them(make_project):
    """The pension trial's "The Aldermere Pensions Authority, Tobias Quillan and Ines Kettleby: Members' complaints…"
    and "Claimed by" the three read as one claim of them all, though each gave a figure of their own day."""
    files = _mini_files()
    files["content/facts/planned.yml"] = """summit: hamburg
statement: The talks' planned length.
quantity: duration
changes_over_time: true
accounts:
  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: attributes
    speaker: smith
    value: {exact: 30}
    as_of: "2017-07-06"
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: attributes
    speaker: jones
    value: {exact: 35}
    as_of: "2017-07-07"
"""
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    html = (root / "site" / "facts" / "planned.html").read_text("utf-8")
    assert '<h1 id="_title" data-pagefind-weight="10">The talks&#39; planned length.</h1>' in html
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))
    assert ("Figures given by Anna Smith and Bob Jones, each on their day: the sources report them; none gives one in "
            "its own voice.") in text and "Claimed by" not in text


def test_no_page_links_to_an_address_only_the_editors_machine_serves(built_site):
    """The editors' guide names the preview's address (dossier serve) as text: a link to it is broken for every reader
    and every link checker."""
    local = re.compile(r'href="https?://(?:127\.0\.0\.1|localhost|0\.0\.0\.0)[:/"]')
    found = [str(p.relative_to(built_site)) for p in built_site.rglob("*.html") if local.search(p.read_text("utf-8"))]
    assert found == []
    assert "http://127.0.0.1:8000/" in (built_site / "editing.html").read_text("utf-8")  # still said, as text


def test_a_speaker_reported_denying_a_fact_has_it_among_their_statements_saying_so(make_project):
    """Jones is quoted denying Smith's cease-fire: his page said "The sources quote no statement of Bob Jones", above
    the very fact that quotes him, and then listed it as reported "by others or about" him. A denial is something
    he said: it is his statement, marked as his denial; Smith's page marks none."""
    from pathlib import Path
    mini = Path(__file__).resolve().parent / "fixtures" / "mini"
    root = make_project({p.relative_to(mini).as_posix(): p.read_text("utf-8") for p in mini.rglob("*") if p.is_file()})
    pipeline.build(load_config(root), root / "site")

    def text(speaker):
        html = (root / "site" / "speakers" / f"{speaker}.html").read_text("utf-8")
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    jones = text("jones")
    assert "quote no statement" not in jones and "No fact of the dossier is a statement" not in jones
    assert "Statements (1)" in jones and "Reported by others" not in jones
    assert "Smith said a cease-fire was agreed, starting on Sunday. Denied by Bob Jones, as the sources report." in jones
    assert "Also called Ana Smith" in text("smith")  # her other spellings and names
    assert ", as the sources report." not in text("smith") and "Statements (1)" in text("smith")
    html = (root / "site" / "speakers" / "jones.html").read_text("utf-8")  # his own account first, then the others
    heads = re.findall(r'<figcaption class="dz-account-head">(.*?)</figcaption>', html)
    assert len(heads) == 3 and "Bob Jones" in heads[0] and "Bob Jones" not in heads[1] + heads[2]


def test_a_bodys_name_inside_a_sentence_takes_a_small_article():
    from builder.formatting import in_sentence
    from builder.model import Speaker
    assert in_sentence(Speaker("wh", "The White House", "institution", None)) == "the White House"
    assert in_sentence(Speaker("d", "A Russian diplomat", "group", None)) == "a Russian diplomat"
    assert in_sentence(Speaker("t", "Theresa May", "person", None)) == "Theresa May"
    assert in_sentence(Speaker("x", "The Edge", "person", None)) == "The Edge"  # a person's name as it is
    # a group named in common words: "Claimed by Sergey Lavrov and sources familiar with the talks"
    for name in ("Sources familiar with the talks", "Residents of Dolvan", "Unnamed police sources", "Protesters"):
        assert in_sentence(Speaker("g", name, "group", None)) == name[0].lower() + name[1:]
    for name in ("Westmoor officials", "Reform League scrutineers", "Hamas", "Sourcegraph engineers"):
        assert in_sentence(Speaker("g", name, "group", None)) == name
    # an institution named by what it is, written without its article: "Sergey Lavrov and Russian government: …"
    for name in ("Russian government", "Trump administration", "Department for Energy", "Ministry of Transport",
                 "Velmoran Coast Guard", "Tessaly Fishermen's Association", "Shipping Federation",
                 "National Museum of Natural History", "University of Dunmere",  # the meteor trial: "CPA reports
                 # National Museum of Natural History denying it"
                 "Union of Lecturers and Academic Staff", "National Union of Students", "Royal College of Nursing",
                 "World Health Organization"):  # the ballot trial: "reports Union of Lecturers… saying it"
        assert in_sentence(Speaker("i", name, "institution", None)) == f"the {name}"
    for name in ("Gazprom", "Solvane Health", "A Team Consulting", "Brennick Police", "Halvard Sky Rides",
                 "Harvard University", "Friends of the Earth",
                 "Wexcombe Borough Council", "Westminster City Council", "Kent County Council"):  # the school roof
        assert in_sentence(Speaker("i", name, "institution", None)) == name  # trial's "The Wexcombe Borough Council:"


def test_a_topic_reads_as_a_heading():
    """The meteor trial's topics read "Finds And The Law", "Barn Fire"."""
    from builder.formatting import topic
    assert [topic(t) for t in ("finds-and-the-law", "barn-fire", "us-russia-relations", "the-economy")] == [
        "Finds and the Law", "Barn Fire", "US Russia Relations", "The Economy"]


def test_a_source_pages_lists_with_nothing_in_them_say_so_or_are_left_out(built_site):
    """As README says: where a source is contradicted, what it alone reports and what it leaves out are always
    there, a line saying "none" or "nothing" when empty; the minority and slight differences only when not empty."""
    said = {"Contradicted by another source": "none", "One source: reported by this source alone": "none",
            "Left out, though other sources on the same event report it": "nothing"}
    optional = ("In the minority, against most other sources", "Minor discrepancies: figures slightly apart",
                "On one side where other sources disagree")
    empty = 0
    for page in (built_site / "sources").glob("*.html"):
        html = page.read_text("utf-8")
        if "index.html" == page.name:
            continue
        for label, word in said.items():
            assert f"<summary>{label}: " in html or f'<p class="dz-profile-none">{label}: {word}.</p>' in html, (page, label)
            empty += f'<p class="dz-profile-none">{label}: {word}.</p>' in html
        for label in optional:
            assert f"<summary>{label}: " in html or label not in html, (page, label)
    assert empty  # some list of the reference dossier's sources is empty


def test_a_source_page_names_its_language(built_site):
    """"Language: en" was the tag; readers see the language's name, from CLDR (a tag it does not know stays)."""
    from builder.formatting import language_name
    html = (built_site / "sources" / "rferl-putin-trump-agree.html").read_text("utf-8")
    assert "<dt>Language</dt> <dd>English</dd>" in html
    assert [language_name(t) for t in ("de", "pt-BR", "xx")] == ["German", "Portuguese (Brazil)", "xx"]


def test_an_event_no_card_is_about_says_so_in_its_bottom_line(built_site):
    """The Helsinki summit, which the sources only mention, read "0 facts. Sources disagree on 0 facts. 0 contested
    claims." and drew an empty bar."""
    page = (built_site / "summits" / "helsinki-2018.html").read_text("utf-8")
    line = page.split('id="bottom-line"', 1)[1].split("</section>", 1)[0]
    assert "No fact card is about this event yet." in line and "0 facts" not in line and "dz-mix" not in line
    home = (built_site / "index.html").read_text("utf-8")  # its card on the home page read "0 facts"
    card = home.split('summits/helsinki-2018.html"', 1)[1].split("</li>", 1)[0]
    assert "no fact card yet" in card and "0 facts" not in card


def test_a_card_its_one_source_contradicts_says_so(make_project):
    """A correction column is the only source, and it says the opposite of the card: "Only … reports this" read as if
    it bore the statement out."""
    box = _verdict_box(make_project, """  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: contradicts
""", quantity="duration")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "One source" in text and "reports on this, and it says otherwise" in text, text


def test_a_card_its_sources_report_only_denied_says_so(make_project, tmp_path):
    """Every account reports someone denying the card: "Sources agree / 2 sources report this and none contradicts
    another." under the statement read as if it had happened (the zoo trial's shots the police denied); its
    headline now leads with who denies it."""
    box = _verdict_box(make_project, """  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: disputes
    speaker: smith
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: disputes
    speaker: smith
""")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "report this only as denied, and none contradicts another" in text, text
    site = tmp_path / "project" / "site" / "facts" / "planned.html"
    title = re.search(r'<h1 id="_title"[^>]*>(.*?)</h1>', site.read_text("utf-8"))[1]
    assert title.startswith("Denied by ") and title.endswith(": The talks were planned to last half an hour."), title


def test_an_events_days_are_written_once_each():
    """"7 July 2017 – 8 July 2017" repeated the month and the year."""
    from types import SimpleNamespace

    from builder.formatting import summit_when
    def when(start, end):
        return summit_when(SimpleNamespace(start=start, end=end))
    assert when("2017-07-07", "2017-07-08") == "7–8 July 2017"
    assert when("2019-06-30", "2019-07-01") == "30 June – 1 July 2019"
    assert when("2019-12-31", "2020-01-01") == "31 December 2019 – 1 January 2020"
    assert when("2019-06-28", None) == when("2019-06-28", "2019-06-28") == "28 June 2019"


def test_a_bottom_line_with_nothing_to_count_says_no_rather_than_zero(built_site):
    """Osaka's bottom line read "Sources disagree on 0 facts." and "0 contested claims."."""
    page = (built_site / "summits" / "osaka-2019.html").read_text("utf-8")
    line = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.split('id="bottom-line"', 1)[1].split("</section>", 1)[0]))
    assert "Sources disagree on no fact." in line and "No contested claim." in line and " 0 " not in line, line


def test_a_side_of_many_figures_reads_from_the_lowest_number_to_the_highest(make_project):
    """A side of more figures than its head names one by one runs from the lowest number any of them gives to the
    highest: a range at either end gives its bound, not its whole wording ("100 to 1,000 to about 300" before)."""
    sources = [("gamma", "Gamma Post", "Smith said between 100 and 1,000 people marched."),
               ("delta", "Delta Daily", "Smith said about 300 people marched."),
               ("epsilon", "Epsilon Wire", "Smith said some 250 people marched."),
               ("zeta", "Zeta Times", "Jones said as many as 5,000 people marched.")]
    values = ["{min: 100, max: 1000}", "{approx: 300}", "{approx: 250}", "{approx: 5000}"]
    box = _verdict_box(make_project, "".join(f"""  - source: {sid}
    quote: {body.removesuffix('.')}
    stance: attributes
    speaker: {body.split()[0].lower()}
    value: {value}
""" for (sid, _, body), value in zip(sources, values)), sources=tuple(sources), quantity="count")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "Side 1: 100 to 1,000 3 sources" in text and "Side 2: about 5,000 1 source" in text


def test_a_figure_that_changes_names_the_moment_its_sources_disagree_on(make_project):
    """A toll given as 6 at noon, then 10 and 11 the next day, and 10 a week on: only 10 against 11 is a
    disagreement, and the box that every list of disagreements shows says so with the day, rather than list 6 among
    the figures apart; its scale names who gave 10 on that day, not who gave it later."""
    sources = [("gamma", "Gamma Post", "Six people have died in the fall."),
               ("delta", "Delta Daily", "Ten people died in the fall."),
               ("epsilon", "Epsilon Wire", "Eleven people died in the fall."),
               ("zeta", "Zeta Times", "Ten people are now known to have died in the fall.")]
    moments = ["2026-09-12 13:05", "2026-09-13", "2026-09-13", "2026-09-20"]
    box = _verdict_box(make_project, "".join(f"""  - source: {sid}
    quote: {body.removesuffix('.')}
    stance: states
    as_of: "{moment}"
    value: {{exact: {n}}}
""" for (sid, _, body), moment, n in zip(sources, moments, (6, 10, 11, 10))), sources=tuple(sources), quantity="count",
                       card="changes_over_time: true\n")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", box))
    assert "Sources disagree" in text
    assert "figures given at the same moment are too far apart to be rounding" in text
    assert "13 September 2026 : Delta Daily gives 10 ; Epsilon Wire gives 11 ." in text
    assert "Gamma Post gives" not in text
    scale = box.split('class="dz-scale"', 1)[1]
    assert "Gamma Post" not in scale and "Delta Daily" in scale and "Epsilon Wire" in scale
    assert "Zeta Times" not in scale  # its 10 is of another day
    assert "The figures of the moment the sources disagree on, on one scale, from 0 to 15" in text


def test_a_whole_month_or_year_is_named_as_one():
    """"arrested in February 2024" is every day of it: shown "1 February 2024 to 29 February 2024", as no reader
    says it."""
    from builder.formatting import calendar
    from builder.model import Value
    def shown(text):
        return calendar(Value(0, 0, text=text))
    assert shown("2024-02-01 to 2024-02-29") == "February 2024"
    assert shown("2023-12-01 to 2023-12-31") == "December 2023"
    assert shown("2024-01-01 to 2024-12-31") == "2024"
    assert shown("2024-02-01 to 2024-03-31") == "1 February 2024 to 31 March 2024"  # two months: as they are
    assert shown("2024-02-02 to 2024-02-29") == "2 February 2024 to 29 February 2024"


def test_a_list_of_names_in_a_sentence_ends_with_and(built_site):
    """'Claimed by Rex Tillerson, Vladimir Putin, Sergey Lavrov.' ran the names together, as the headlines do not."""
    page = re.sub(r"<[^>]+>", "", (built_site / "facts" / "hamburg-putin-denied-interference.html").read_text("utf-8"))
    assert "Claimed by Rex Tillerson, Vladimir Putin and Sergey Lavrov." in page
    sides = re.sub(r"<[^>]+>", "", (built_site / "disagreements.html").read_text("utf-8"))
    assert "Rex Tillerson and Sergey Lavrov, in Eat Pray Vote" in sides


def test_the_matrix_names_speakers_as_a_sentence_does(built_site):
    """The matrix said "Denied by The White House" and "Said by Rex Tillerson, Sergey Lavrov" where the speaker's page
    says "the White House": its entries name speakers as every sentence of the site does."""
    matrix = (built_site / "compare" / "hamburg-2017.html").read_text("utf-8")
    assert "Denied by the White House" in matrix and "Denied by The White House" not in matrix
    assert "Said by Rex Tillerson and Sergey Lavrov" in matrix and "Rex Tillerson, Sergey Lavrov" not in matrix


def _mini_files() -> dict[str, str]:
    """The mini dossier's files, by path: a project to add to."""
    mini = ROOT / "tests" / "fixtures" / "mini"
    return {p.relative_to(mini).as_posix(): p.read_text("utf-8") for p in mini.rglob("*") if p.is_file()}


def test_a_figure_given_with_its_day_alone_comes_after_that_days_timed_figures(make_project):
    """The trawler trial's rescue listed "14 October 2025: 11 (NBS News)" first, then the coastguard's 4 at 04:02 and
    9 at 06:12 of that day, as if all 11 were safe before 4 were: a figure whose hour is not known (a report's, dated
    by its day of publication; an `as_of` day) is known to hold by the day's end, and stands there, unless its quote
    gives the hour it held by."""
    sources = [("gamma", "Gamma Post", "Four crew were winched up."), ("delta", "Delta Daily", "Nine crew are safe."),
               ("epsilon", "Epsilon Wire", "Two crew were seen by 5 a.m."), ("zeta", "Zeta Times", "Three crew were seen.")]
    box = _verdict_box(make_project, """  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: states
    value: {exact: 11}
  - source: gamma
    quote: Four crew were winched up
    stance: states
    as_of: "2017-07-08 04:02"
    value: {exact: 4}
  - source: delta
    quote: Nine crew are safe
    stance: states
    as_of: "2017-07-08 06:12"
    value: {exact: 9}
  - source: epsilon
    quote: Two crew were seen by 5 a.m.
    stance: states
    as_of: "2017-07-07"
    value: {exact: 2}
  - source: zeta
    quote: Three crew were seen
    stance: states
    as_of: "2017-07-07 09:00"
    value: {exact: 3}
""", sources=tuple(sources), quantity="count", card="changes_over_time: true\n")  # beta: published 2017-07-08
    listed = box.split('class="dz-over-time">', 1)[1].split("</ul>")[0]
    assert [re.sub(r"<[^>]+>", "", item) for item in re.findall(r"<li>(.*?)</li>", listed)] == [
        "7 July 2017: 2 (Epsilon Wire)", "7 July 2017, 09:00: 3 (Zeta Times)", "8 July 2017, 04:02: 4 (Gamma Post)",
        "8 July 2017, 06:12: 9 (Delta Daily)", "8 July 2017: 11 (B. Writer (outlet unknown))"]


@pytest.mark.parametrize("copies, said", [
    (1, "4 sources (3 independent: the other shares wording with one of them)"),
    (2, "5 sources (3 independent: the others share wording with one of them)")])
def test_the_home_pages_count_of_independent_sources_agrees_with_how_many_share_wording(make_project, copies, said):
    """"4 sources (3 independent: the others share wording with one of them)" spoke of one source as several."""
    files = _mini_files()
    wire = "The two leaders met for more than two hours on the sidelines of the summit in Hamburg on Friday afternoon."
    for sid in ("gamma", "delta", "epsilon")[:copies + 1]:
        files[f"content/sources/{sid}.md"] = (f"---\ntitle: Talks\noutlet: {sid.title()} Post\nauthor: unknown\n"
                                             f"published: unknown\nlanguage: en\n---\n{wire}\n")
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    counts = (root / "site" / "index.html").read_text("utf-8").split('class="dz-counts"', 1)[1].split("</ul>")[0]
    assert said in re.sub(r"<[^>]+>", "", counts)


def test_wording_two_sources_share_is_shown_with_no_bracket_left_open(make_project):
    """The trawler trial's panel read "— Norvalia Coastguard (@NorvaliaCG (45 words)": the words the coastguard's page
    shares stopped inside NBS News's bracket. A bracket the source closes just after the words is taken in, else
    the words from it on are left out, and counted out."""
    files = _mini_files()
    post = "All eleven crew of the trawler are now safe after the last two were winched from the liferaft at dawn"
    wire = "The harbour will stay closed to fishing boats until the wreck is marked with buoys and lights"
    bodies = {"a1": f"{post}.\n\n— Norvalia Coastguard (@NorvaliaCG) October 14",
              "a2": f"{post}. Norvalia Coastguard @NorvaliaCG · 14 Oct",
              "b1": f"{wire} (said the port authority, which gave no date).",
              "b2": f"{wire}, said the port authority on Monday."}
    for sid, body in bodies.items():
        files[f"content/sources/{sid}.md"] = (f"---\ntitle: Wreck\noutlet: Outlet {sid}\nauthor: unknown\n"
                                             f"published: unknown\nlanguage: en\n---\n{body}\n")
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")

    def shown(sid):
        page = (root / "site" / "sources" / f"{sid}.html").read_text("utf-8")
        return re.findall(r"<q>(.*?)</q> \((\d+) words\)", page.split('id="shared-wording"', 1)[1], re.S)
    assert shown("a1") == [(f"{post}.\n\n— Norvalia Coastguard (@NorvaliaCG)", "23")]
    assert shown("b1") == [(wire, str(len(wire.split())))]  # not "…lights (said the port authority"


@pytest.mark.parametrize("kinds, heading, tab", [
    (("event",), "Events", "Events"), (("event", "speech"), "Events", "Events"),
    (("summit", "meeting"), "Summits", "Summits"), (("summit", "event"), "Summits and events", "Summits")])
def test_the_summits_section_is_named_after_what_its_records_are(make_project, kinds, heading, tab):
    """A dossier on a shipwreck, whose one record is an event, headed it "Summits and events"."""
    files = _mini_files()
    summit = "content/summits/hamburg.yml"
    files[summit] = files[summit].replace("kind: summit", f"kind: {kinds[0]}")
    for kind in kinds[1:]:
        files[f"content/summits/{kind}.yml"] = f"name: A {kind}\nkind: {kind}\nmentioned_only: true\n"
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    index, home = ((root / "site" / page).read_text("utf-8") for page in ("summits/index.html", "index.html"))
    assert re.search(r'<h1 id="_title"[^>]*>(.*?)</h1>', index)[1] == heading
    assert f'<h2 id="summits">{heading}</h2>' in home
    tabs = re.findall(r'class="md-tabs__link[^"]*">\s*([^<]+?)\s*<', home)
    assert tabs[1] == tab, tabs


def _body_and_its_release(make_project, speaker: str, outlet: str, other: int) -> str:
    """The planned talks' page of a mini project where Alpha News and the body's own release (its outlet ``outlet``)
    report the body (``speaker``, the YAML of its file) giving 30 minutes, and Beta reports Jones giving ``other``;
    its text past the search engine's list of sources."""
    files = _mini_files()
    files["content/speakers/body.yml"] = speaker
    files["content/sources/release.md"] = (f"---\ntitle: Release\noutlet: {outlet}\nauthor: unknown\npublished: "
                                           "unknown\nlanguage: en\n---\nThe talks were set for 30 minutes.\n")
    files["content/facts/planned.yml"] = f"""summit: hamburg
statement: The talks were planned to last half an hour.
quantity: duration
accounts:
  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: attributes
    speaker: body
    value: {{exact: 30}}
  - source: release
    quote: The talks were set for 30 minutes
    stance: attributes
    speaker: body
    value: {{exact: 30}}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: attributes
    speaker: jones
    value: {{exact: {other}}}
"""
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    html = (root / "site" / "facts" / "planned.html").read_text("utf-8")
    shown = html.split('data-pagefind-meta="sources"', 1)[1].split("</p>", 1)[1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", shown)).replace("&#39;", "'")


def test_a_body_named_x_of_y_takes_the_wherever_it_is_named(make_project):
    """The ballot trial's "reports Union of Lecturers and Academic Staff saying it", beside "reports the University of
    Carrowmere denying it", and its side's "Union of Lecturers and Academic Staff, in The Carrowmere Clarion": a body
    named by what it is takes "the" in a sentence, in a side's list (capitalised, heading its line) and in a figure's
    list of who gives it, after its own release, named as a source is ("ULAS; the Union of …, in Alpha News", where it
    read "Union of …, in ULAS, Alpha News")."""
    text = _body_and_its_release(make_project, "name: Union of Lecturers and Academic Staff\nkind: institution\n"
                                 "spellings: [ULAS]\n", "ULAS", 35)
    assert "Alpha News reports the Union of Lecturers and Academic Staff saying it" in text
    assert "The Union of Lecturers and Academic Staff, in Alpha News" in text  # its side's line
    assert "30 min ULAS; the Union of Lecturers and Academic Staff, in Alpha News" in text  # who gives it: the scale
    assert "Union of Lecturers" not in re.sub(r"(?i)the Union of Lecturers", "", text)


def test_a_bodys_own_release_is_named_as_the_page_names_the_body(make_project):
    """The eagles trial's "The Upland Keepers' Association, in The Albion Herald" beside its own release's plain
    "Upland Keepers' Association": one body, named two ways on one page."""
    text = _body_and_its_release(make_project, "name: Upland Keepers' Association\nkind: institution\n",
                                 "Upland Keepers' Association", 45)
    assert "The Upland Keepers' Association, in Alpha News" in text  # its side's line
    assert "30 min the Upland Keepers' Association; the Upland Keepers' Association, in Alpha News" in text
    assert "The Upland Keepers' Association publishes the figure in its own name" in text
    assert "Read in context in the Upland Keepers' Association" in text
    assert re.sub(r"(?i)the Upland Keepers", "", text).count("Upland Keepers") == 0


@pytest.mark.parametrize("quantity, own, other, said", [
    ("date", "{exact: 2017-07-08}", "{exact: 2017-07-09}",
     ["Jones Office publishes the date in its own name, 8 July 2017",
      "Jones Office publishes another date of its own, 9 July 2017"]),
    ("count", "{exact: 87}", "{exact: 120}",
     ["Jones Office publishes the figure in its own name, 87",
      "Jones Office publishes another figure of its own, 120"])])
def test_a_bodys_own_figure_is_named_for_what_it_is(make_project, quantity, own, other, said):
    """The ballot trial's union "publishes its own figure 23 March 2026" on a date card and "publishes its own
    statement of it 87" on a count card: the figure after the words is named as what it is, a date or a figure; the
    school roof trial's "publishes its own date, 11 September 2025", beside a source giving that date, read as another
    date."""
    files = _mini_files()
    files["content/speakers/jones.yml"] += "spellings: [Jones Office]\n"
    files["content/sources/release.md"] = ("---\ntitle: Release\noutlet: Jones Office\nauthor: unknown\n"
                                           "published: unknown\nlanguage: en\n---\nThe talks were set for 30 minutes. "
                                           "The talks were set for 40 minutes.\n")
    captions = []
    for n, card in enumerate(([own], [own, other])):  # one figure; then one against the card's own
        files["content/facts/planned.yml"] = f"""summit: hamburg
statement: The talks were planned to last half an hour.
quantity: {quantity}
speaker: jones
accounts:
""" + "".join(f"""  - source: release
    quote: The talks were set for {30 + 10 * i} minutes
    stance: attributes
    speaker: jones
    value: {value}
""" for i, value in enumerate(card)) + (f"""  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: states
    value: {own}
""" if n else "")
        root = make_project(files, name=f"project{n}")
        pipeline.build(load_config(root), root / "site")
        page = (root / "site" / "facts" / "planned.html").read_text("utf-8")
        captions += [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", c))
                     for c in re.findall(r'<figcaption class="dz-account-head">(.*?)</figcaption>', page)]
    assert captions[0].startswith(said[0] + ":"), captions
    assert any(c.startswith(said[1]) for c in captions[1:]), captions


def test_a_name_with_an_apposition_is_closed_by_a_comma_where_the_sentence_goes_on(make_project):
    """The pitch trial's "Eldshire Sound Sport reports Dave, a caller from Ashby saying it": the apposition is closed
    where the sentence goes on, not before its end or a colon, and names beside it are parted by semicolons."""
    files = _mini_files()
    files["content/speakers/dave.yml"] = 'name: "Dave, a caller from Ashby"\nkind: person\nspellings: [Dave]\n'
    files["content/facts/planned.yml"] = """summit: hamburg
statement: The talks were planned to last half an hour.
quantity: duration
accounts:
  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: attributes
    speaker: [dave, smith, jones]
    value: {exact: 30}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: attributes
    speaker: dave
    value: {exact: 35}
"""
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")

    def text(page):
        return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", (root / "site" / page).read_text("utf-8")))
    fact = text("facts/planned.html")
    assert "Alpha News reports Dave, a caller from Ashby; Anna Smith; and Bob Jones saying it" in fact
    assert "B. Writer (outlet unknown) reports Dave, a caller from Ashby, giving another figure, 35 min" in fact
    assert "Dave, a caller from Ashby; Anna Smith; and Bob Jones: The talks" in fact  # the headline
    assert "30 min: Dave, a caller from Ashby; Anna Smith; and Bob Jones, in Alpha News" in fact
    assert "Claimed by Dave, a caller from Ashby; Anna Smith; and Bob Jones." in fact
    assert "What the sources report Dave, a caller from Ashby, saying or denying" in text("speakers/dave.html")
    assert "Said by Dave, a caller from Ashby: 35 min" in text("compare/hamburg.html")


def _fact_page(make_project, card: str, sources: tuple = (), speakers: dict | None = None) -> str:
    """The text of the page of the card ``card`` (YAML, on the mini dossier's summit) with ``sources`` ((id, outlet,
    body) each) and ``speakers`` (id: YAML) added to the mini dossier, built."""
    files = _mini_files()
    for sid, outlet, body in sources:
        files[f"content/sources/{sid}.md"] = (f"---\ntitle: Talks\noutlet: {outlet}\nauthor: unknown\n"
                                             f"published: unknown\nlanguage: en\n---\n{body}\n")
    for ident, text in (speakers or {}).items():
        files[f"content/speakers/{ident}.yml"] = text
    files["content/facts/planned.yml"] = "summit: hamburg\n" + card
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", (root / "site" / "facts" / "planned.html").read_text("utf-8")))


def test_a_figure_of_one_moment_is_captioned_as_the_figure_then(make_project):
    """The pitch trial's "MatchPulse reports Eldshire Constabulary saying it 4" under "Eleven people were arrested",
    "Sources agree": on a figure that changes over time each account gives the figure of its moment."""
    text = _fact_page(make_project, """statement: Eleven people were arrested.
quantity: count
changes_over_time: true
accounts:
  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: attributes
    speaker: smith
    as_of: "2017-07-07 18:25"
    value: {exact: 4}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: states
    as_of: "2017-07-09"
    value: {exact: 11}
""")
    assert "Alpha News reports Anna Smith giving 4, as of 7 July 2017, 18:25:" in text
    assert "B. Writer (outlet unknown) gives 11, as of 9 July 2017:" in text
    assert "saying it 4" not in text


def test_a_figure_the_statement_writes_is_the_cards_own_whatever_a_source_states(make_project):
    """The siege trial's "Westmark Police reports Helen Marrack giving another time, 05:02" on a card whose statement
    says 05:02: a report's own "about 05:30" made the police's time "another"; the figure the statement writes is the
    card's, and its side comes first."""
    text = _fact_page(make_project, """statement: Officers went in at 05:02.
quantity: time
accounts:
  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: attributes
    speaker: smith
    value: {exact: "05:02"}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: states
    value: {approx: "05:30"}
""")
    assert "Alpha News reports Anna Smith saying it 05:02" in text and "another time" not in text
    assert text.index("Side 1: 05:02") < text.index("Side 2: about 05:30")


@pytest.mark.parametrize("denials, sides", [(1, ("Side 1: Said", "Side 2: Denied")),
                                            (0, ("Side 1: 30 min", "Side 2: 35 min"))])
def test_the_side_of_the_cards_statement_comes_first(make_project, denials, sides):
    """The auction trial's "Side 1: about €35.9 million" before the statement's €37.2 million, and "Side 1: Denied"
    before "Side 2: Said": the side the statement takes is side 1, however many sources the other has."""
    sources = [(f"s{n}", f"Outlet {n}", "Jones said the talks were set for 35 minutes.") for n in range(3)]
    against = "".join(f"""  - source: s{n}
    quote: Jones said the talks were set for 35 minutes
    stance: {"disputes" if denials else "attributes"}
    speaker: jones
""" + ("" if denials else "    value: {exact: 35}\n") for n in range(3))
    text = _fact_page(make_project, """statement: The talks were planned to last 30 minutes.
quantity: duration
speaker: smith
accounts:
  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: attributes
    speaker: smith
    value: {exact: 30}
""" + against, sources=tuple(sources))
    assert text.index(sides[0]) < text.index(sides[1])


def test_the_timeline_marks_a_card_whose_day_is_in_dispute(make_project):
    """The school roof trial's timeline listed the disputed "Engineers found the roof fault on 11 September" under 11
    September with no sign that the day itself is disputed."""
    files = _mini_files()
    files["content/facts/planned.yml"] = """summit: hamburg
statement: The talks were planned on 7 July 2017.
quantity: date
date: 2017-07-07
accounts:
  - source: alpha
    quote: the talks were scheduled for 30 minutes
    stance: states
    value: {exact: 2017-07-07}
  - source: beta
    quote: Originally scheduled to last 35 minutes
    stance: states
    value: {exact: 2017-07-09}
"""
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", (root / "site" / "timeline.html").read_text("utf-8")))
    assert ("The talks were planned on 7 July 2017. (the day itself is disputed: 7 July 2017 or 9 July 2017)"
            in text)
    assert text.count("the day itself") == 1


def test_a_quote_of_a_table_row_keeps_its_columns_apart(make_project):
    """The school roof trial's "Fellgate Primary 412 18.0 6-8 Closed": a row of a table, its cells apart by spaces or
    tabs, ran together into one line of numbers once HTML joined its spaces; so did the table on its source's page,
    its rows too."""
    from builder.formatting import columns
    bar = ('<span class="dz-column-gap"><span aria-hidden="true"> │ </span><span class="dz-sr-only">, </span>'
           '</span>')
    assert columns("Fellgate Primary      412\t18.0   6-8") == bar.join(["Fellgate Primary", "412", "18.0", "6-8"])
    assert columns("A sentence.  Then <another>") == "A sentence.  Then &lt;another&gt;"  # two spaces: no table
    files = _mini_files()
    files["content/sources/table.md"] = ("---\ntitle: Table\noutlet: Table Times\nauthor: unknown\n"
                                         "published: unknown\nlanguage: en\n---\n"
                                         "School      Pupils     Weeks\n\nFellgate      412     6-8\n")
    files["content/facts/planned.yml"] = """summit: hamburg
statement: Fellgate has 412 pupils.
quantity: count
accounts:
  - source: table
    quote: "Fellgate      412     6-8"
    stance: states
    value: {exact: 412}
"""
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    page = (root / "site" / "facts" / "planned.html").read_text("utf-8")
    assert f"<p>Fellgate{bar}412{bar}6-8</p>" in page
    source = (root / "site" / "sources" / "table.html").read_text("utf-8")  # its text: the table, a line per row
    assert f'<p id="p1">School{bar}Pupils{bar}Weeks</p>' in source  # one row: a paragraph as any
    files["content/sources/table.md"] = files["content/sources/table.md"].replace("Weeks\n\n", "Weeks\n")
    root = make_project(files, name="rows")
    pipeline.build(load_config(root), root / "site")
    source = (root / "site" / "sources" / "table.html").read_text("utf-8")
    assert f'<p id="p1" class="dz-table-text">School{bar}Pupils{bar}Weeks\n<mark' in source
