"""News genres and house styles beyond the reference articles: transcripts and interviews printed as questions and
answers, corrections and notes to editors, datelines opening a paragraph, fact-checks' signed and rated claims,
press releases, posts' handles, relative clauses, asides between dashes; and the trade-talks dossier an editor built
from eleven such articles, whose verdicts must read as the articles say."""
import dataclasses
import html
import re
import shutil

import pytest

from builder import attribution, clauses, pipeline
from builder.cli import main
from builder.config import load_config
from builder.sentences import passages, states
from builder.suggest import THRESHOLD, Retriever, other_month
from builder.words import Vocabulary
from tests.conftest import ROOT

MINI = ROOT / "tests" / "fixtures" / "mini"
HEAD = "---\ntitle: Talks\noutlet: Gamma\nauthor: unknown\npublished: unknown\nlanguage: en\n---\n"


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "mini"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    return root


def _read(project, body):
    (project / "content" / "sources" / "gamma.md").write_text(HEAD + body, encoding="utf-8")
    dossier = pipeline.check(load_config(project)).site.dossier
    return dossier, Retriever(dossier).read(dossier.sources["gamma"])


TRANSCRIPT = ("Transcript of the press conference in Hamburg\n\n"
              "MINISTER SMITH: Good afternoon. The leaders met for two hours and a quarter.\n\n"
              "I can also tell you that we agreed on a cease-fire and it starts on Sunday.\n\n"
              "QUESTION (Gamma Radio): Did the meeting last more than two hours, as reported?\n\n"
              "MR JONES: I would not say the meeting lasted over two hours.\n")


def test_a_transcripts_turns_are_its_speakers(project):
    """A labelled turn is its speaker's, over the paragraphs it runs to (a transcript states nothing in its own
    voice); the label is no part of the quote; a journalist's question is no account and no passage to cover."""
    _, report = _read(project, TRANSCRIPT)
    found = {s.fact: s for s in report.suggestions}
    truce, length = found["ceasefire"], found["actual-length"]
    assert (truce.stance, truce.speaker) == ("attributes", "smith")  # the paragraph after her label
    assert truce.quote.startswith("I can also tell you")
    assert (length.stance, length.speaker, length.value) == ("attributes", "smith", {"exact": 135})
    assert length.quote == "The leaders met for two hours and a quarter."
    assert not any("Did the meeting" in s.quote for s in report.suggestions)
    assert not any("Did the meeting" in u.passage.text for u in report.uncovered)
    assert [u.speaker for u in report.uncovered] == ["jones"]


def test_an_interviews_answers_are_the_person_it_introduces(project):
    """An interview printed as "Q:" and "A:": the answers are the person the introduction names first."""
    dossier, report = _read(project, (
        "Anna Smith, the foreign minister, spoke to Gamma after her talks with Bob Jones in Hamburg.\n\n"
        "Q: Was anything agreed?\n\n"
        "A: Yes. We agreed on a cease-fire, and it starts on Sunday.\n"))
    truce = {s.fact: s for s in report.suggestions}["ceasefire"]
    assert (truce.stance, truce.speaker) == ("attributes", "smith")
    assert truce.quote.startswith("We agreed")
    turns = attribution.turns(dossier.sources["gamma"].body, attribution.Names(dossier.speakers))
    assert [(t.label, t.speaker, t.asking) for t in turns] == [("Q", None, True), ("A", "smith", False)]


def test_a_broadcasts_subtitles_name_their_speakers_in_brackets_and_its_reporter_reports(project):
    """Subtitles mark who speaks in brackets ("(SMITH):"): a label, as "SMITH:" is. A reporter's turn that asks
    nothing is the broadcast's report, not a question ("(REPORTER): The ceasefire starts on Sunday."); one that asks
    is one (trial, session 51)."""
    dossier, report = _read(project, (
        "[00:00:19]\n\n(REPORTER): The foreign minister spoke after the talks. The ceasefire starts on Sunday, "
        "she said.\n\n[00:00:31]\n\n(SMITH): We agreed on a cease-fire, and it starts on Sunday.\n\n[00:00:40]\n\n"
        "REPORTER: Will it hold?\n"))
    turns = attribution.turns(dossier.sources["gamma"].body, attribution.Names(dossier.speakers))
    assert [(t.label, t.speaker, t.asking) for t in turns] == [
        ("REPORTER", None, False), ("SMITH", "smith", False), ("REPORTER", None, True)]
    truce = {s.fact: s for s in report.suggestions}["ceasefire"]
    assert (truce.stance, truce.speaker) == ("attributes", "smith")


def test_a_threads_scored_posts_and_a_channels_forwarded_posts_are_their_posters(project):
    """Editors' trials (session 51): an "ask me anything" thread heads each post "**u/name** · 842 points", with no
    date under it, and its posts had been the community's own words (a reader's "187 points" a count of people freed
    from lifts); a messaging channel's "Forwarded from MFA Lindmark" post had been the channel's, and its "👁 31.6K
    15:58" lines, under every post, had become 22 cards of a time of day. A scored header opens its poster's turn
    (by a spelling or handle the dossier knows), a forwarded post is its author's (here each line a paragraph, as the
    import writes a channel's lines), and neither line is a passage."""
    with (project / "content" / "speakers" / "jones.yml").open("a", encoding="utf-8") as speaker:
        speaker.write("spellings: [BobJones_FM]\n")
    dossier, report = _read(project, (
        "Posted by **u/BobJones_FM** · 23 October 2025 · 1.4k points\n\nAsk me anything about the talks.\n\n---\n\n"
        "**u/calvey_kettle** · 842 points\n\nHow long did the leaders meet?\n\n"
        "> **u/BobJones_FM** · 1.1k points\n>\n> The leaders met for two hours and a quarter.\n\n"
        "Gamma Now\n\nForwarded from Anna Smith\n\nWe agreed on a cease-fire, and it starts on Sunday.\n\n👁 31.6K  15:58\n"))
    turns = attribution.posts(dossier.sources["gamma"].body, attribution.Names(dossier.speakers))
    assert [(t.label, t.speaker) for t in turns] == [("u/BobJones_FM", "jones"), ("u/calvey_kettle", None),
                                                      ("u/BobJones_FM", "jones"), ("Forwarded from Anna Smith", "smith")]
    found = {s.fact: s for s in report.suggestions}
    assert (found["actual-length"].speaker, found["actual-length"].value) == ("jones", {"exact": 135})
    assert (found["ceasefire"].stance, found["ceasefire"].speaker) == ("attributes", "smith")
    texts = [p.text for p in passages(dossier.sources["gamma"].body)]
    assert not any("points" in t or "👁" in t for t in texts)


@pytest.mark.parametrize("closed, introduced", [("", True), ("”", False)])
def test_a_quotation_set_apart_runs_on_over_its_paragraphs(project, closed, introduced):
    """A police release (trial, session 51): "Chief Superintendent Maren Dahlqvist … said:", then three paragraphs
    of her words, each opening with a quotation mark and only the last closing it: the third ("Do not approach
    either man.") had been the police's. Every paragraph the open quotation runs on to is introduced as hers; after
    one that closes it, a quotation is no longer introduced by her words (here it is still her known remark)."""
    _, report = _read(project, (
        "Anna Smith, the foreign minister, said after the talks in Hamburg:\n\n"
        f"“I want to thank everyone who worked so hard on this.{closed}\n\n“We spoke for a long time.\n\n"
        "“We agreed on a cease-fire, and it starts on Sunday.”\n"))
    truce = {s.fact: s for s in report.suggestions}["ceasefire"]
    assert (truce.stance, truce.speaker) == ("attributes", "smith")
    assert any("introducing: Anna Smith" in why for why in truce.why) is introduced


def test_an_interviews_answers_are_whoever_a_heading_names_or_a_question_is_put_to(project):
    """A transcript of two briefings: "A:" is the person the introduction names first, then the one a short heading
    names ("PART TWO: BOB JONES"), then the one a question is put to by name ("Q: Ms. Smith, …"); a question that
    names someone without putting itself to them changes no one."""
    dossier, _ = _read(project, (
        "Anna Smith, the foreign minister, and Bob Jones briefed reporters after their talks in Hamburg.\n\n"
        "Q: Was anything agreed?\n\nA: Yes. We agreed on a cease-fire, and it starts on Sunday.\n\n"
        "PART TWO: BOB JONES\n\nQ: How long did the meeting last?\n\n"
        "A: I would not say the meeting lasted over two hours.\n\n"
        "Q: Anna Smith says it lasted longer. Is she wrong?\n\nA: She is.\n\n"
        "Q: Ms. Smith, how long did it last?\n\nA: The leaders met for two hours and a quarter.\n"))
    turns = attribution.turns(dossier.sources["gamma"].body, attribution.Names(dossier.speakers))
    assert [t.speaker for t in turns if t.label == "A"] == ["smith", "jones", "jones", "smith"]


def test_an_answer_in_a_press_conference_of_named_speakers_is_no_ones(project):
    """A press conference whose turns are labelled by name ("MINISTER SMITH:", "MR JONES:") then prints "A: …": which
    of them answers, the transcript does not say. It was given to the person the introduction named first."""
    dossier, _ = _read(project, "Bob Jones and Anna Smith briefed reporters in Hamburg.\n\n" + TRANSCRIPT
                       + "\nQ: How many people were there?\n\nA: No. The figure is fourteen.\n")
    turns = attribution.turns(dossier.sources["gamma"].body, attribution.Names(dossier.speakers))
    assert [(t.label, t.speaker) for t in turns if t.label in ("A", "MINISTER SMITH", "MR JONES")] == [
        ("MINISTER SMITH", "smith"), ("MR JONES", "jones"), ("A", None)]


def test_labels_that_name_no_one_known_change_no_attribution(project):
    """A fact-check's "CLAIM:" and "RATING:" are labels too, but name no speaker: the sentences keep their own
    attribution, here a quotation signed with a dash."""
    dossier, report = _read(project, (
        "CLAIM: \u201cWe agreed on a cease-fire and it starts on Sunday.\u201d \u2014 Anna Smith, foreign "
        "minister\n\nRATING: Mostly true\n"))
    truce = {s.fact: s for s in report.suggestions}["ceasefire"]
    assert (truce.stance, truce.speaker) == ("attributes", "smith")
    assert not truce.quote.startswith("CLAIM")


def test_a_quotation_signed_with_a_dash_is_the_signatorys(reference_names):
    """Fact-checks and pull quotes sign a quotation with a dash and the name after it."""
    said = attribution.attribute(
        "\u201cThe cease-fire will hold.\u201d \u2014 Sergei Lavrov, foreign minister", reference_names)
    assert (said.speaker, said.denial) == ("sergey-lavrov", False)


@pytest.fixture(scope="module")
def reference_names():
    return attribution.Names(pipeline.check(load_config(ROOT)).site.dossier.speakers)


def test_a_speakers_own_rejection_disputes_the_card(project):
    """"I would not say the meeting lasted over two hours": the speaker rejects what follows, quoted or not."""
    _, report = _read(project, "\u201cI would not say the meeting lasted over two hours,\u201d Bob Jones said "
                               "in Hamburg.\n")
    length = {s.fact: s for s in report.suggestions}["actual-length"]
    assert (length.stance, length.speaker) == ("disputes", "jones")
    assert attribution.denial_at("He said the meeting lasted over two hours.") is None


@pytest.mark.parametrize("words", ["We reject any suggestion that the meeting lasted over two hours",
                                   "I flatly deny that the meeting lasted over two hours",
                                   "Nor do we believe the meeting lasted over two hours"])
def test_a_speakers_rejection_in_the_first_person_disputes_the_card(project, words):
    """A company's "We reject any suggestion that safety procedures were not followed", quoted, was proposed as its
    chief executive saying the card; the same rejection in reported speech was read as a denial already."""
    _, report = _read(project, f"\u201c{words},\u201d Bob Jones said in Hamburg.\n")
    length = {s.fact: s for s in report.suggestions}["actual-length"]
    assert (length.stance, length.speaker) == ("disputes", "jones")


def test_a_figure_the_writer_rejects_is_not_proposed_as_theirs(project):
    """A columnist's "Nor do I find it credible that only 90 minutes passed" was proposed as the column stating 90
    minutes: it stays under the threshold, without the figure; a writer's "I suspect…" is their opinion, proposed
    under the threshold too, never as the outlet stating it, and `--new` writes no card of it."""
    _, report = _read(project, "Nor do I find it credible that the meeting lasted only 90 minutes.\n\n"
                               "I suspect the leaders met for two hours and 15 minutes, or longer.\n")
    doubted = [s for s in report.suggestions if "credible" in s.quote and s.fact != "ceasefire"]
    suspected = [s for s in report.suggestions if "suspect" in s.quote]
    assert doubted and all(s.confidence < THRESHOLD and s.value is None for s in doubted)
    assert suspected and all(s.stance == "attributes" and s.confidence < THRESHOLD for s in suspected)
    assert [u.unnamed for u in report.uncovered if "suspect" in u.passage.text] == ["I suspect"]


def test_questions_and_what_a_correction_says_an_earlier_version_said_are_no_accounts(project):
    assert not states("Will the talks really last two hours?")
    assert not states("An earlier version of this story said the meeting lasted three hours.")
    assert not states("The story also misstated the length of the meeting.")
    assert states("It lasted two hours and 15 minutes.")
    assert not states("(Corrects the number of farmers in paragraph 5 to about 2,000, not 20,000)")  # wire notes
    assert not states("UPDATE 1: Adds comment by the minister on the next round")
    assert states("Adds to the confusion, the minister said, that the talks ran late.")
    assert states("\u201cDid it?\u201d he asked, and she said it did.")
    _, report = _read(project, (
        "The leaders met in Hamburg for two hours and 15 minutes.\n\n"
        "Correction: An earlier version of this story said the leaders met for three hours in Hamburg.\n\n"
        "Will the leaders meet for three hours again in Hamburg?\n"))
    length = {s.fact: s for s in report.suggestions}["actual-length"]
    assert length.value == {"exact": 135}
    assert not any("three hours" in u.passage.text for u in report.uncovered)


def test_a_dateline_or_speaker_label_opening_a_paragraph_is_no_part_of_its_first_sentence():
    for body in ("MINISTER SMITH: The leaders met for two hours.", "Q: The leaders met for two hours.",
                 "QUESTION (Gamma Radio): The leaders met for two hours.",
                 "BRUSSELS \u2014 The leaders met for two hours.",
                 "BRUSSELS, March 3 (Continental Press) - The leaders met for two hours.",
                 "WASHINGTON (AP) \u2014 The leaders met for two hours."):
        assert passages(body)[0].text == "The leaders met for two hours."
    assert passages("Brussels \u2014 and Paris \u2014 agreed.")[0].text.startswith("Brussels")


def test_a_clause_interrupting_its_sentence_between_dashes_stays_with_it():
    vocabulary = Vocabulary([])
    text = "On dairy, our farmers are not \u2014 and I want to be very clear \u2014 a bargaining chip."
    start, end = clauses.clause(text, {"bargain": 3, "chip": 3, "farmer": 1}, vocabulary.terms)
    assert text[start:end] == "our farmers are not \u2014 and I want to be very clear \u2014 a bargaining chip."
    named = "The meeting of the G20 \u2014 the world\u2019s richest countries \u2014 in Hamburg was overshadowed by a row."
    start, end = clauses.clause(named, {"overshadow": 3, "row": 3}, vocabulary.terms)
    assert named[start:end] == "in Hamburg was overshadowed by a row."


def test_a_sentence_quoting_no_one_is_the_outlets_own_when_another_source_states_the_card(project):
    """Transcripts make a card's accounts mostly someone's words; a newspaper's plain "The next round is in May"
    is still its own statement when another source states the card, not the majority's "attributes"."""
    dossier = pipeline.check(load_config(project)).site.dossier
    card = dossier.facts["actual-length"]
    stated = card.accounts[0]
    quoted = dataclasses.replace(stated, stance="attributes", speakers=("smith",))
    card = dataclasses.replace(card, accounts=(stated, quoted, quoted))
    assert attribution.stance(None, card) == ("states", None)
    alone = dataclasses.replace(card, accounts=(quoted,))
    assert attribution.stance(None, alone, frozenset({"smith"})) == ("attributes", "smith")  # named in the passage
    # Neither quoting nor naming the person the other sources report saying it, the sentence is the outlet's: a
    # tabloid's "furious relatives told the Beacon the disaster 'should never have happened'" was read as the
    # company disputing the day of a collapse that other sources report the company giving.
    assert attribution.stance(None, alone) == ("states", None)


TRADE_TALKS = ROOT / "tests" / "fixtures" / "trade-talks"


def test_the_trade_talks_dossier_reads_as_its_articles_say(tmp_path):
    """Eleven articles of house styles the reference lacks (wire with a correction, British tabloid, US paper, Q&A
    interview, press-conference transcript, explainer, fact-check, social-media round-up, radio transcript, a
    ministry's press release, wire with notes to editors), added as an editor would: red only where two sources
    contradict each other in their own voices."""
    root = tmp_path / "trade-talks"
    shutil.copytree(TRADE_TALKS, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    assert main(["check", "--strict", "--project", str(root)]) == 0  # every quote verified, no warning
    pipeline.build(load_config(root), root / "site")
    site = pipeline.check(load_config(root)).site
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {fid for fid, v in verdicts.items() if v == "disputed"} == {
        "meeting-length",  # 90 minutes (wire, US paper) against the tabloid's three-quarters of an hour
        "next-round-may",  # May (wire, US paper) against June (tabloid, explainer)
        "walkout",  # the tabloid's "stormed out" against the fact-check's "False"
        "protest-size"}  # the radio's own "a couple of thousand" against the tabloid's own "some 5,000"; the
    # police's "several hundred" (wire) against their "nearly 2,000" (US paper)
    assert {fid for fid, v in verdicts.items() if v == "contested"} == {
        "dairy-off-table",  # Mehra against Vahl
        "jobs-claim"}  # Vahl's 1.5 million against the impact study's 600,000
    page = (root / "site" / "facts" / "protest-size.html").read_text(encoding="utf-8")
    assert "The figures are too far apart to be rounding." in page
    assert "1,500 to 3,500" in page and "200 to 900" in page and "at most" not in page  # vague counts
    walkout = (root / "site" / "facts" / "walkout.html").read_text(encoding="utf-8")
    assert "publishes its own denial" in walkout  # the ministry's release, not "the ministry reports the ministry"
    lunch = (root / "site" / "facts" / "lunch-break-length.html").read_text(encoding="utf-8")  # 45 min against
    assert "a figure given as “about” taken as the range around it" in lunch  # "about 40", 1 min apart, not 5
    vahl = (root / "site" / "speakers" / "katrin-vahl.html").read_text(encoding="utf-8")
    claim = vahl[vahl.index('id="jobs-claim"'):]
    claim = claim[:claim.index("</section>")]  # her contested claim: the impact study's 600,000 is the other side
    assert claim.count("dz-account--side-1") == 5 and claim.count("dz-account--side-2") == 2
    assert claim.count("giving another figure") == 2 and claim.count("saying it") == 5  # the study's 600,000: not hers
    study = (root / "site" / "speakers" / "commission-impact-study.html").read_text(encoding="utf-8")
    assert "Another figure from the Commission's impact assessment, as the sources report." in html.unescape(study)
    assert walkout.count(">publishes its own") == 1  # one account's stance (the minority names it too)
    minority = re.sub(r"<[^>]+>", "", re.search(r"In the minority: .*?</p>", walkout).group())
    assert minority.startswith("In the minority: Daily Clarion (1 of the 3 independent sources that contradict one "
                               "another; not counted: Harbor City Times, The Brussels Insider, Trade Weekly, European "
                               "Commission and Continental Press, which only report someone’s claim; Ministry of "
                               "Commerce and Industry, India, which publishes its own claim)")


def test_a_quote_naming_another_month_than_the_card_says_otherwise():
    card = "The next round of talks will be held in New Delhi in May."
    assert other_month("states", "The next round of talks is due in New Delhi in June.", card) == "contradicts"
    assert other_month("attributes", "In New Delhi, in June.", card) == "disputes"
    assert other_month("states", "The next round, agreed in March, is due in May.", card) == "states"
    assert other_month("states", "The next round is due next month.", card) == "states"
    assert other_month("states", "It was agreed in June.", "The talks ran from May to June.") == "states"
    assert other_month("states", "Trump met the prime minister in June.", "Trump met Theresa May in London.") \
        == "states"  # a name, not a month


def test_someone_reported_giving_another_figure_does_not_claim_the_speakers_figure():
    """A minister says 1.5 million jobs, a fact-check reports the impact study's 600,000: the card's headline is the
    minister's claim, not "the minister and the impact study: … 1.5 million jobs"."""
    from builder.link import claimants
    from tests.test_compare import account, fact, value
    minister = account("a", "attributes", ["vahl"], val=value(1_500_000))
    study = account("b", "attributes", ["study"], val=value(600_000))
    assert claimants(fact(minister, study, speaker="vahl")) == ("vahl",)
    assert claimants(fact(minister, study, account("c", "attributes", ["eu"], val=value(1_500_000)),
                          speaker="vahl")) == ("vahl", "eu")
    assert claimants(fact(minister, study)) == ("vahl", "study")  # no speaker: whose figure the card is, unknown


def test_an_account_of_someone_giving_another_figure_is_known_as_one():
    """The council's £14.5 million against the water company's "about £9m": the company's accounts give a figure
    apart from the card's own (its speaker's, else what the sources state, else its claim or the figure its statement
    writes), so no page says the sources report the company "saying it". A figure the comparison takes as the same
    ("18 knots" against the stated "about 17.5"), a card whose figure nothing tells, or one that changes over time,
    has none."""
    from builder.compare import compare_fact
    from tests.test_compare import account, fact, value

    def other(card):
        return compare_fact(card).other_figures
    council = account("a", "attributes", ["council"], val=value(14_500_000))
    company = account("b", "attributes", ["water"], val=value(8_000_000, 10_000_000))
    no_figure = account("c", "attributes", ["water"])
    assert other(fact(council, company, no_figure, speaker="council")) == ("q-x-2",)
    assert other(fact(council, company, speaker="water")) == ("q-x-1",)
    assert other(fact(account("a", val=value(14_500_000)), company)) == ("q-x-2",)  # the outlet's own figure
    assert other(fact(council, company, claim=value(14_500_000))) == ("q-x-2",)
    assert other(fact(council, company)) == ()  # "A statement.": whose figure it is, unknown
    assert other(dataclasses.replace(fact(council, company), statement="It will cost 14.5 million.",
                                     quantity="count")) == ("q-x-2",)
    assert other(dataclasses.replace(fact(council, company, speaker="council"), changes_over_time=True)) == ()
    speed = account("a", val=value(17.5, approx=True)), account("b", "attributes", ["brannock"], val=value(18))
    assert other(fact(*speed)) == ()  # about 17.5 reaches 18: the same figure, as the verdict weighs it


def test_someone_a_source_reports_denying_it_is_no_claimant():
    """Eat Pray Vote has Tillerson and Lavrov confirming it, RFE/RL has Tillerson disputing it: the headline leads
    with Lavrov alone, as the sources disagree on where Tillerson stands."""
    from builder.link import claimants
    from tests.test_compare import account, fact
    both = account("a", "attributes", ["tillerson", "lavrov"])
    assert claimants(fact(both)) == ("tillerson", "lavrov")
    assert claimants(fact(both, account("b", "disputes", ["tillerson"]))) == ("lavrov",)


def test_a_label_naming_no_one_keeps_he_said_resolved_from_before(project):
    """After a fact-check's "CLAIM:" paragraph, "he said" still refers to the person named before."""
    _, report = _read(project, (
        "CLAIM: The talks failed.\n\n"
        "Anna Smith spoke to reporters in Hamburg.\n\n"
        "\u201cWe agreed on a cease-fire and it starts on Sunday,\u201d she said.\n"))
    truce = {s.fact: s for s in report.suggestions}["ceasefire"]
    assert (truce.stance, truce.speaker) == ("attributes", "smith") and "she said" in " ".join(truce.why)


def test_passages_no_card_covers_are_listed_one_a_line_from_a_hard_wrapped_source(project, capsys):
    (project / "content" / "sources" / "gamma.md").write_text(HEAD + (
        "In Hamburg, Bob Jones told reporters that \u201cthe weather was lovely and the food\nwas excellent, as "
        "always\u201d.\n"), encoding="utf-8")
    assert main(["suggest", "gamma", "--project", str(project)]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  quotation")]
    assert listed == ["  quotation of jones: In Hamburg, Bob Jones told reporters that \u201cthe weather was lovely "
                      "and the food was excellent, as always\u201d."]


def test_a_name_opening_several_paragraphs_is_a_speaker_label_too(project):
    """"Smith: …" in mixed case is a label when it opens two paragraphs or more; once, it is an ordinary opening."""
    dossier, report = _read(project, (
        "Jones: Good afternoon.\n\nSmith: Thank you. We agreed on a cease-fire and it starts on Sunday.\n\n"
        "Smith: That is all.\n"))
    truce = {s.fact: s for s in report.suggestions}["ceasefire"]
    assert (truce.stance, truce.speaker) == ("attributes", "smith") and not truce.quote.startswith("Smith")
    assert [t.label for t in attribution.turns(dossier.sources["gamma"].body,
                                               attribution.Names(dossier.speakers))] == ["Smith", "Smith"]
    assert passages("Update: the talks resumed.")[0].text == "Update: the talks resumed."


def test_police_said_keeps_the_police_when_other_sources_report_them(project):
    """Other sources attribute the card to several people: "…, police said" is the police's, not the majority's."""
    dossier = pipeline.check(load_config(project)).site.dossier
    card = dossier.facts["actual-length"]
    smith, jones = (dataclasses.replace(card.accounts[0], stance="attributes", speakers=(who,)) for who in
                    ("smith", "jones"))
    card = dataclasses.replace(card, accounts=(smith, smith, jones))
    said = attribution.attribute("The leaders met for two hours, Bob Jones said.", attribution.Names(dossier.speakers))
    assert attribution.stance(said, card) == ("attributes", "jones")


def test_a_publishers_own_words_are_its_claims_and_reports_called_baseless_are_denied(project):
    """A press release of someone the dossier lists as a speaker: its sentences are their claims; "reports that …
    are baseless" denies the card (in a newspaper's own voice it contradicts it)."""
    (project / "content" / "speakers" / "ministry.yml").write_text(
        "name: Ministry of Trade\nkind: institution\n", encoding="utf-8")
    (project / "content" / "sources" / "gamma.md").write_text(HEAD.replace("Gamma", "Ministry of Trade") + (
        "The leaders met in Hamburg for two hours and 15 minutes.\n\n"
        "Reports that a cease-fire was agreed in Hamburg and starts on Sunday are baseless.\n\n"
        "\u201cWe agreed on nothing,\u201d the minister said.\n"), encoding="utf-8")
    dossier = pipeline.check(load_config(project)).site.dossier
    found = {s.fact: s for s in Retriever(dossier).read(dossier.sources["gamma"]).suggestions}
    assert (found["actual-length"].stance, found["actual-length"].speaker) == ("attributes", "ministry")
    assert (found["ceasefire"].stance, found["ceasefire"].speaker) == ("disputes", "ministry")
    assert attribution.rejects("Reports that the delegation walked out are baseless and mischievous.")
    signed = dossier.sources["gamma"].body  # signed by someone the dossier does not know: the ministry's still (a
    # weather bulletin signed by its duty forecaster, session 66); but a signed article of a paper the dossier also
    # quotes is the paper's own voice
    for outlet, voice in (("Ministry of Trade", ("attributes", "ministry")), ("Trade Gazette", ("states", None))):
        (project / "content" / "speakers" / "gazette.yml").write_text(
            "name: Trade Gazette\nkind: institution\n", encoding="utf-8")
        (project / "content" / "sources" / "gamma.md").write_text(HEAD.replace("Gamma", outlet).replace(
            "author: unknown", "author: Ann Lee") + signed, encoding="utf-8")
        dossier = pipeline.check(load_config(project)).site.dossier
        found = {s.fact: s for s in Retriever(dossier).read(dossier.sources["gamma"]).suggestions}
        assert (found["actual-length"].stance, found["actual-length"].speaker) == voice
    assert not attribution.rejects("The delegation walked out, reports said.")


def test_a_newspaper_calling_reports_baseless_contradicts_the_card(project):
    _, report = _read(project, "Reports that the leaders met for more than two hours in Hamburg are false.\n")
    length = {s.fact: s for s in report.suggestions}["actual-length"]
    assert (length.stance, length.speaker) == ("contradicts", None)


def test_a_figure_in_a_relative_clause_is_the_outlets_narration(project):
    """"Smith, who met Jones for two hours and 15 minutes, said…": the length is the outlet's, though other sources
    report Smith giving it."""
    dossier, _ = _read(project, "Anna Smith, who met Bob Jones in Hamburg for two hours and 15 minutes, said "
                                "the talks were useful.\n")
    card = dossier.facts["actual-length"]
    quoted = tuple(dataclasses.replace(a, stance="attributes", speakers=("smith",)) for a in card.accounts)
    dossier = dataclasses.replace(dossier, facts={**dossier.facts, card.id: dataclasses.replace(card, accounts=quoted)})
    length = {s.fact: s for s in Retriever(dossier).read(dossier.sources["gamma"]).suggestions}["actual-length"]
    assert (length.stance, length.speaker, length.value) == ("states", None, {"exact": 135})
    assert length.quote.startswith("who met Bob Jones")


def test_a_speakers_handle_is_found_as_their_name():
    """A spelling "@KatrinVahlEU" (a post's handle) names the speaker, though it starts with no letter."""
    from builder.model import Speaker
    names = attribution.Names({"vahl": Speaker("vahl", "Katrin Vahl", "person", None, ("@KatrinVahlEU",))})
    said = attribution.attribute("\u201cCloser than ever,\u201d wrote @KatrinVahlEU on Tuesday.", names)
    assert (said.speaker, said.words) == ("vahl", "wrote @KatrinVahlEU")


def test_a_fact_checks_claim_rated_false_is_contradicted(project):
    """"CLAIM: …" followed by "RATING: False": the fact-check says the opposite in its own voice; rated true, it
    stays what the wording says."""
    def length(rating):
        _, report = _read(project, "CLAIM: The leaders met in Hamburg for more than two hours.\n\n"
                                   f"RATING: {rating}\n\nCLAIM: Nothing was agreed.\n\nRATING: Mostly true\n")
        found = {s.fact: s for s in report.suggestions}["actual-length"]
        return found.stance, found.speaker
    assert length("False") == ("contradicts", None)
    assert length("Pants on fire") == ("contradicts", None)
    assert length("True") == ("states", None)


def test_one_label_in_an_article_is_no_transcript(project):
    """A subheading "SMITH: THE INSIDE STORY" opening one paragraph does not make the rest of the article Smith's."""
    _, report = _read(project, "SMITH: THE INSIDE STORY\n\nThe leaders met in Hamburg for two hours and 15 "
                               "minutes.\n")
    length = {s.fact: s for s in report.suggestions}["actual-length"]
    assert (length.stance, length.speaker) == ("states", None)


def test_a_hedged_report_is_someones_account_not_the_outlets(project):
    """"The leaders reportedly met for two hours and a quarter": the outlet relays what someone it does not name
    says; `suggest` proposes that someone's account, for the editor to name, not the outlet's own statement."""
    from builder.attribution import hedge as hedged_by
    assert hedged_by("It is understood that the leaders met.") == "It is understood that"
    assert hedged_by("Two faults were reported to the safety authority.") is None  # a deed
    assert hedged_by("The supposedly independent authority passed the line.") is None
    for hedge, verb in (("reportedly", "met"), ("are believed to", "have met"), ("allegedly", "met")):
        _, report = _read(project, f"The leaders {hedge} {verb} for two hours and a quarter in Hamburg.\n")
        hedged = {s.fact: s for s in report.suggestions}["actual-length"]
        assert (hedged.stance, hedged.speaker, hedged.value) == ("attributes", None, {"exact": 135})
        assert any(f"'{hedge}': the outlet does not say it in its own voice" in w for w in hedged.why)
    _, report = _read(project, "An aide did not deny that the leaders met for two hours and a quarter.\n")
    unsaid = {s.fact: s for s in report.suggestions}["actual-length"]  # someone's silence: nobody's statement
    assert (unsaid.stance, unsaid.speaker) == ("attributes", None)
    _, report = _read(project, "The leaders met for two hours and a quarter in Hamburg.\n")
    assert {s.fact: s for s in report.suggestions}["actual-length"].stance == "states"


def test_a_figure_after_another_speakers_verb_is_theirs(project):
    """"The leaders met for 90 minutes, Anna Smith said, though Bob Jones put it at two hours and 15 minutes": the
    two hours and 15 minutes the card's words call for are Jones's, not Smith's."""
    _, report = _read(project, "The leaders met for 90 minutes, Anna Smith said, though Bob Jones put it at two hours "
                               "and 15 minutes.\n")
    length = {s.fact: s for s in report.suggestions}["actual-length"]
    assert length.value == {"exact": 135} and (length.stance, length.speaker) == ("attributes", "jones")
    for said in ("The leaders met for two hours and 15 minutes, Anna Smith said.",  # hers, and reported by her:
                 "Anna Smith said a note by Bob Jones stated that the leaders met for two hours and 15 minutes."):
        _, report = _read(project, said + "\n")
        length = {s.fact: s for s in report.suggestions}["actual-length"]
        assert length.value == {"exact": 135} and (length.stance, length.speaker) == ("attributes", "smith"), said


def test_a_claim_conceded_is_not_the_claimants_account(project):
    """"Chlorine did leak, whatever the ministry's first statement claimed": the column's own statement, against the
    ministry's; given to the ministry, it set the ministry against its own denial, red."""
    dossier = pipeline.check(load_config(project)).site.dossier
    names = attribution.Names(dossier.speakers)
    assert attribution.attribute("The leaders met for two hours, whatever Anna Smith claimed.", names) is None
    assert attribution.attribute("The leaders met for two hours, contrary to what Bob Jones said.", names) is None
    assert attribution.attribute("The leaders met for two hours, Anna Smith claimed.", names).speaker == "smith"


def test_a_letter_is_known_by_its_salutation_and_closing_and_addressed_to_the_body_its_address_names():
    """A letter greets ("Dear Ms Toft,") and closes ("Yours sincerely,"); a text that only greets is no letter; a
    notice acts "hereby". Both are formal writing, their publisher's whoever signs them. A letter's
    addressee is the last body its address names other than its publisher, else whom it greets; what it says "you"
    or "your report" said is theirs, and "It also records" goes on with "Your report states"."""
    from builder import letters
    from builder.model import Speaker
    names = attribution.Names({sid: Speaker(sid, name, kind, None, ()) for sid, name, kind in [
        ("eea", "Elmaran Energy Authority", "institution"), ("varngrid", "VarnGrid", "institution"),
        ("toft", "Maren Toft", "person")]})
    body = ("ELMARAN ENERGY AUTHORITY\n\nMs Maren Toft\n\nVarnGrid\n\nDear Ms Toft,\n\nYour report states that 400,000 "
            "customers lost supply.\n\nYours sincerely,\n\nDr Katya Moravec\n")
    assert letters.addressee(body, names, "eea") == "varngrid"
    assert letters.addressee(body.replace("VarnGrid\n\n", ""), names, "eea") == "toft"
    assert letters.addressee(body.replace("Yours sincerely,", "Katya"), names, "eea") is None
    assert letters.formal(body) and not letters.formal(body.replace("Yours sincerely,", "Katya"))
    assert letters.formal("I, Dagny Holm, being the Returning Officer, do hereby give notice that…")
    assert letters.relays("Your report states that 400,000 customers lost supply.") == "Your report states"
    assert letters.relays("The Authority notes that you have announced a payment of €60.") == "you have announced"
    assert letters.relays("It also records that fourteen hospitals relied on generators.",
                          "Your report states that 400,000 customers lost supply. ") == "It also records"
    assert letters.relays("It also records that fourteen hospitals relied on generators.",
                          "The Authority has read the report. ") is None
    assert letters.relays("The Authority has opened a formal inquiry.") is None


def test_a_quotation_is_the_speaker_the_sentence_after_it_names(project):
    """'"…. …." That was the verdict of Anna Smith' names whose words the quotation's every sentence is, before a
    quotation in the paragraph above runs on into it (a trial's hotel manager's words had been given to the guest
    quoted above them, session 68)."""
    _, report = _read(project, 'Bob Jones said the talks were tense. "We will not sign anything yet," he said.\n\n'
                               '"The leaders met for two hours and a quarter. The cease-fire starts on Sunday." That '
                               'was the verdict of Anna Smith, who chaired the talks.\n')
    found = {s.fact: s for s in report.suggestions}
    assert (found["actual-length"].speaker, found["actual-length"].value) == ("smith", {"exact": 135})
    assert found["ceasefire"].speaker == "smith"


def test_another_speakers_denial_further_down_is_written_as_a_rebuttal(project):
    """A claim proposed from one paragraph and another speaker's denial of it two paragraphs down ("There is no
    cease-fire, and nothing starts on Sunday," said Bob Jones) is its other side: written as a rebuttal, so that the
    card reads contested, where it had only been listed from a confidence of 0.8 (a trial's parents' chair's "Those
    were worn summer tyres, not winter tyres," said Rolf, session 68)."""
    _, report = _read(project, '"We agreed on a cease-fire and it starts on Sunday," Anna Smith told reporters.\n\n'
                               'Officials from both sides met again later in the evening.\n\n'
                               '"We never agreed on a cease-fire. Nothing starts on Sunday," said Bob Jones.\n')
    proposed = {s.fact: s for s in report.suggestions}
    assert (proposed["ceasefire"].stance, proposed["ceasefire"].speaker) == ("attributes", "smith")
    assert [(r.fact, r.stance, r.speaker) for r in report.rebuttals] == [("ceasefire", "disputes", "jones")]


def test_the_last_of_a_kind_in_an_earlier_year_is_another_event(project):
    """"The last yacht lost in the Corrowan Cup, the Morwenna, went down in 2009; her crew of four…" had been written
    as a magazine's count of the missing yacht's crew (session 68): the last of a kind, in a year before the summit's,
    is another event, its figures never proposed for the editor to accept unread."""
    _, report = _read(project, "The last meeting to run late here, the one of 2009, went on for three hours and a "
                               "quarter, in 2009.\n")
    length = next(s for s in report.suggestions if s.fact == "actual-length")
    assert length.confidence < THRESHOLD and any("set in 2009" in w for w in length.why)
