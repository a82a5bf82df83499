"""News nobody tuned for, fifth round: a wildfire and the evacuation of a town, in a broadcaster's live blog with
timestamps and updates, a British-spelling wire story, a local paper's own count set against the official figure,
a council report's nested quotations and reported speech across sentences, a long read with pull quotes and photo
captions, and an explainer with numbers in words and in a table; the ridge-fire dossier an editor built from them,
whose verdicts must read as a careful reader would give them; and the rules the round prompted: institutions named
by their trade's noun, data that speaks for its owner, denials in other words, pull quotes, counts of one thing."""
import dataclasses
import os
import re
import shutil

import pytest

from builder import attribution, pipeline
from builder.config import load_config
from builder.model import Speaker
from builder.prose_figures import figures
from builder.sentences import pull_quote
from builder.suggest import THRESHOLD, Retriever
from tests import news_sets
from tests.conftest import ROOT

FIRE = ROOT / "tests" / "fixtures" / "ridge-fire"


def test_the_ridge_fire_dossier_reads_as_a_careful_reader_would(tmp_path):
    """Red only where two outlets' own figures are apart (three firefighters injured against five); an official's
    figure against a paper's own count, officials' figures apart from each other, a company denying the fire
    service's account, the mayor against the commissioner in one report: contested claims, never red."""
    from builder.cli import main
    root = tmp_path / "fire"
    shutil.copytree(FIRE, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    assert main(["check", "--strict", "--project", str(root)]) == 0  # every quote verified, the table's too
    pipeline.build(load_config(root), root / "site")
    site = pipeline.check(load_config(root)).site
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert {fid for fid, v in verdicts.items() if v == "disputed"} == {"firefighters-injured"}
    assert {fid for fid, v in verdicts.items() if v == "contested"} == {
        "homes-destroyed",  # the service's 38, the commissioner's 52, the mayor's "more than 50", the Courier's 61
        "area-burned",  # the service's 12,400 hectares against a university lab's 15,800
        "alert-late",  # residents and the mayor against the commissioner and the service; the Courier's screenshots
        "power-line-cause",  # the commissioner and the service against Westmoor Power and its chief executive
        "hold-the-line",  # one report: the mayor's account, which the commissioner rejects
        "fire-start"}  # three outlets' own Friday against the explainer's "fire service believes… 6 August"
    assert {fid for fid, v in verdicts.items() if v == "agree"} == {
        "deaths", "evacuated", "containment", "relief-fund", "power-cut", "okafor-outran-models"}
    # "about 6,000", "some 6,000", "Nearly 6,000", "Some six thousand"; "$25m" in a table, "$25 million"; 40% twice
    homes = (root / "site" / "facts" / "homes-destroyed.html").read_text(encoding="utf-8")
    assert ("The Marrick Courier gives 61 in its own voice, and Meridian, The Marrick Courier, Westmoor Explained and "
            "Westmoor Herald report the Westmoor Fire and Rescue Service and Dana Okafor giving 38 or 52, too far apart "
            "to be rounding.") in re.sub(r"<[^>]+>", "", homes)
    injured = (root / "site" / "facts" / "firefighters-injured.html").read_text(encoding="utf-8")
    assert "The figures are too far apart to be rounding." in injured
    feature = (root / "site" / "sources" / "feature.html").read_text(encoding="utf-8")
    assert "Contradicted by another source: 1" in feature


def test_suggest_reads_the_wildfire_articles_as_the_editor_did():
    """"The fire service now puts the area burned at 12,400 hectares" is the service's; "Her analysis puts…" the
    scientist named before; a long read's pull quote is no passage (its body's sentence is); a company that
    "has rejected suggestions that…" disputes the card; "Westmoor Power says it has cut electricity" is no account
    of what caused the fire, nor "Fire Commissioner Dana Okafor has just spoken to reporters" of her remark."""
    live, feature, courier, wire = (news_sets.held_out(FIRE, s) for s in ("liveblog", "feature", "courier",
                                                                            "wire"))
    assert (live["area-burned"].stance, live["area-burned"].speaker, live["area-burned"].value) == (
        "attributes", "fire-service", {"exact": "12,400 ha"})
    assert (feature["area-burned"].speaker, feature["area-burned"].value) == ("priya-nandakumar",
                                                                               {"exact": "15,800 ha"})
    assert (feature["alert-late"].stance, feature["alert-late"].speaker) == ("disputes", "fire-service")
    ashby = news_sets.rebuttals(FIRE, "feature")["alert-late"]  # as sure, with fewer of the card's words
    assert (ashby.stance, ashby.speaker) == ("attributes", "joel-ashby") and ashby.quote.endswith("he says.")
    assert (courier["power-line-cause"].stance, courier["power-line-cause"].speaker) == ("disputes", "westmoor-power")
    assert (wire["homes-destroyed"].speaker, wire["homes-destroyed"].value) == ("fire-service", {"exact": 38})
    # a table's row whose source column names the service; one naming no one
    dossier = pipeline.check(load_config(FIRE)).site.dossier
    assert attribution.credited("Fire service, 10 August", attribution.Names(dossier.speakers)).speaker == \
        "fire-service"
    table = news_sets.held_out(FIRE, "explainer")
    assert (table["relief-fund"].stance, table["relief-fund"].quote) == ("states", "Relief fund $25m Premier's office")
    injured = feature["firefighters-injured"]  # a paraphrase: one word in common, and what the count counts
    assert injured.value == {"exact": 5} and "counts the same: firefighters" in injured.why
    assert live.get("power-line-cause") is None or live["power-line-cause"].confidence < THRESHOLD
    assert live["okafor-outran-models"].confidence < THRESHOLD


@pytest.fixture
def names():
    def speaker(sid, name, kind="institution"):
        return Speaker(sid, name, kind, None, ())
    return attribution.Names({"service": speaker("service", "Westmoor Fire and Rescue Service"),
                              "power": speaker("power", "Westmoor Power"),
                              "lab": speaker("lab", "Priya Nandakumar", "person")})


@pytest.mark.parametrize("sentence, speaker", [
    ("The fire service said 38 homes had been destroyed.", "service"),
    ("The service said 38 homes had been destroyed.", "service"),
    ("The fire service now puts the area burned at 12,400 hectares.", "service"),
    ("The fire service's latest map puts the area burned at 12,400 hectares.", "service"),
    ("The ambulance service said 38 homes had been destroyed.", None),  # not every service is the fire service
    ("A spokesman for the fire service said 38 homes had been destroyed.", "service"),  # it speaks for the service
    ("A spokesman for the ambulance service said 38 homes had been destroyed.", None),
    ("Her analysis puts the area burned at 15,800 hectares.", "lab"),  # after "Dr Priya Nandakumar has compared…"
    ("Investigators believe the fire was started by a power line, the fire service said.", "service"),
])
def test_an_institution_by_its_trades_noun_and_data_that_speaks_for_its_owner(names, sentence, speaker):
    said = attribution.attribute(sentence, names, "Dr Priya Nandakumar has compared satellite images.")
    assert said is not None and said.speaker == speaker


def test_whom_someone_told_is_not_who_speaks():
    """"Its engineers told police…": the police are whom they told, not who speaks ("said police" would be)."""
    names = attribution.Names({"police": Speaker("police", "Westmoor Police", "institution", None, ())})
    said = attribution.attribute("Its engineers told police the line had been inspected.", names)
    assert said is None or said.speaker is None
    assert attribution.attribute("The line had been inspected, said police.", names).speaker == "police"


@pytest.mark.parametrize("sentence, speaker", [
    ("Westmoor Power dismissed reports that its equipment had been to blame.", "power"),
    ("Westmoor Power pushed back against claims that a power line started the fire.", "power"),
    ("Westmoor Power played down suggestions that a power line started the fire.", "power"),
    ("Westmoor Power brushed aside the suggestion that its line sparked the blaze.", "power"),
    ("Westmoor Power called the claims premature.", "power"),
    ("Westmoor Power rebutted claims that a power line started the fire.", "power"),
    ("Westmoor Power hit back at claims that a power line started the fire.", "power"),
    ("Westmoor Power questioned claims that a power line started the fire.", "power"),
    ("The company rejected the figure.", "power"),  # "the company", named nowhere before: the one business the
    ("The company dismissed reports that its line started the fire.", "power"),  # dossier knows (session 51)
])
def test_a_denial_in_other_words_is_a_denial(names, sentence, speaker):
    said = attribution.attribute(sentence, names)
    assert said is not None and said.denial and said.speaker == speaker


def test_calling_claims_premature_or_speculative_rejects_them():
    assert attribution.rejects("Westmoor Power said claims that a power line started the fire were premature.")
    assert attribution.rejects("It said the theory that a line started the fire was 'pure speculation'.")
    assert attribution.rejects("It said the suggestion was not credible.")
    assert attribution.rejects("The company described the reports as speculation.")
    assert not attribution.rejects("The company said the fire was premature.")
    said = attribution.attribute("Westmoor Power questioned the crews about the line.", attribution.Names({
        "power": Speaker("power", "Westmoor Power", "institution", None, ())}))
    assert said is None or not said.denial  # questioning people is no denial


def test_a_denial_in_other_words_disputes_the_card():
    """A company denying a card in words the rules knew nothing of before this round: `disputes`, by it."""
    dossier = pipeline.check(load_config(FIRE)).site.dossier
    card = dossier.facts["power-line-cause"]
    card = dataclasses.replace(card, accounts=tuple(a for a in card.accounts if a.stance == "attributes"))
    source = dataclasses.replace(dossier.sources["wire"], id="probe", body=(
        "MARRICK, 9 August (Meridian) - Westmoor Power pushed back against claims that a power line started the "
        "Harlow Ridge fire in Marrick.\n"))
    found = Retriever(dossier).read(source, cards={card.id: card}).suggestions[0]
    assert (found.stance, found.speaker) == ("disputes", "westmoor-power")
    source = dataclasses.replace(source, body="Westmoor Power said it does not accept that a power line started the "
                                              "Harlow Ridge fire in Marrick.\n")
    found = Retriever(dossier).read(source, cards={card.id: card}).suggestions[0]
    assert (found.stance, found.speaker) == ("disputes", "westmoor-power")


def test_a_pull_quote_is_no_passage():
    body = ("Ashby was in his garden.\n\n\u201cMy phone went off when the fence was already burning\u201d\n\n"
            "\u201cMy phone went off when the fence was already burning,\u201d he says.\n")
    assert pull_quote("\u201cMy phone went off when the fence was already burning\u201d", body)
    assert not pull_quote("\u201cMy phone went off when the fence was already burning,\u201d he says.", body)
    assert not pull_quote("\u201cAsk me in a year.\u201d", body + "\u201cAsk me in a year.\u201d")  # said once
    # with its credit after a dash, the body's words in another case (an editor's trial, session 47)
    credited = '"An attack on our shared heritage" \u2014 Culture Minister Agata Wyss'
    assert pull_quote(credited, 'She called the theft "an attack on our shared heritage".\n\n' + credited)


def test_a_remarks_words_are_those_in_quotation_marks():
    assert attribution.quoted("\"It moved faster than anything we have modelled,\" she told reporters in Callow."
                              ) == "It moved faster than anything we have modelled,"
    assert attribution.quoted("\u201cThe president pressed Putin.") == "The president pressed Putin."


def test_what_a_count_counts_and_a_route_number_is_none():
    assert [(f.number, f.counted) for f in figures("Five firefighters were treated for burns")] == [
        (5, "firefighters were")]
    assert [f.counted for f in figures("destroying more than 1,200 homes in the valley")] == ["homes in"]
    assert [(f.quantity, f.value) for f in figures("burning more than 12,000 hectares of bush")] == [
        ("area", {"more_than": "12,000 ha"})]  # an area, not a count of hectares
    assert not figures("The fire has jumped Route 9 south of Harlow Ridge.")
    assert not figures("Passengers at Gate 12 waited.")
    assert [f.number for f in figures("Passengers at 12 gates waited.")] == [12]  # a count of gates


def test_a_mastheads_and_a_live_blogs_timestamps_on_import():
    """A copied page's masthead before its section label is no headline; a live blog's entries, each under the time
    it was posted, are the article's, not a video player's durations; one time alone still looks like a player's."""
    from builder import article, chrome
    assert article.headline(["The Marrick Courier", "NEWS | FIRE", "Street by street: our count finds 61 homes"]) == (
        3, "Street by street: our count finds 61 homes")
    assert article.headline(["Fire in Marrick kills two", "The Current | 15/03/2026 | Staff reporter"]) == (
        1, "Fire in Marrick kills two")  # a section label after the headline changes nothing
    live = ["Fire live", "09:12", "Good morning.", "11:15", "The commissioner spoke.", "14:30", "It jumped the road."]
    assert not chrome.find(live)
    assert [c.text for c in chrome.find(["Fire video", "02:15", "Residents describe the fire."])] == ["02:15"]


def test_a_live_blogs_entry_correcting_an_earlier_one_is_no_account():
    """"An earlier entry said the fire was 25% contained" is a correction's account of what the blog said before, as
    "An earlier version of this story said…" is: no passage to cite, nor one no card covers."""
    from builder.sentences import retracted
    assert retracted("Update 10:32: An earlier entry said the fire was 25% contained.")
    assert retracted("A previous post gave the toll as three.")
    assert retracted("Correction: An earlier version of this entry said the shares had closed 9% lower.")
    assert not retracted("Crews reached an earlier entry point to the fire.")
    assert retracted("Correction: An earlier online version of this story said the blast took place at 12.42pm.")  # (a
    # paper's, session 70's trial: `--new` wrote the time it takes back as a card)
    assert retracted('An article published on 13 October ("Chlorine train derails, two dead") said that 16 wagons '
                     "had derailed.")  # a corrections column's account of the article it corrects
    assert not retracted("The report said 16 wagons had derailed.")
    assert retracted("The same article said that Mara Quist's figure of 40 dead had been confirmed.")  # its next
    assert retracted("A caption in our print edition of 16 June said 40 people had died in the flood.")
    assert not retracted("A caption said it all.") and not retracted("The minister said the same article was wrong.")
    assert retracted("Earlier in the programme we said the airport would reopen at noon.")  # session 53, a radio's
    assert not retracted("Earlier in the day we said goodbye to the crew.")
    dossier = pipeline.check(load_config(FIRE)).site.dossier
    report = Retriever(dossier).read(dossier.sources["liveblog"])
    assert not any("earlier entry" in u.passage.text for u in report.uncovered)


def test_check_warns_when_a_quote_is_a_live_blogs_correction(tmp_path, capsys):
    from builder.cli import main
    root = tmp_path / "fire"
    shutil.copytree(FIRE, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    card = root / "content" / "facts" / "containment.yml"
    card.write_text(card.read_text(encoding="utf-8") + (
        "  - source: liveblog\n    quote: An earlier entry said the fire was 25% contained.\n    stance: attributes\n"
        "    speaker: fire-service\n    value: {exact: 25}\n"), encoding="utf-8")
    assert main(["check", "--project", str(root)]) == 0
    assert "this quotes a correction's account" in capsys.readouterr().err



def test_a_quote_the_source_prints_twice_is_proposed_with_its_occurrence(tmp_path, capsys):
    """The long read prints the commissioner's words in its body and again in a pull quote: the quote proposed
    says which place it is, so that `--apply` writes accounts `check` accepts (one refused would undo them all)."""
    import yaml

    from builder.cli import main
    assert news_sets.held_out(FIRE, "feature")["okafor-outran-models"].account()["occurrence"] == 1
    root = tmp_path / "fire"
    shutil.copytree(FIRE, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    for path in (root / "content" / "facts").glob("*.yml"):
        card = yaml.safe_load(path.read_text(encoding="utf-8"))
        card["accounts"] = [a for a in card["accounts"] if a["source"] != "feature"]
        path.write_text(yaml.safe_dump(card, sort_keys=False, allow_unicode=True), encoding="utf-8")
    assert main(["suggest", "feature", "--apply", "--new", "--project", str(root)]) == 0
    assert "`dossier check` passes" in capsys.readouterr().out
    assert "occurrence: 1" in (root / "content" / "facts" / "okafor-outran-models.yml").read_text(encoding="utf-8")


def test_a_quote_too_short_to_pin_its_place_is_proposed_with_its_occurrence():
    """The explainer's "Two people died." has three words, fewer than a quote needs to pin one place: it is proposed
    with `occurrence: 1`, which `check` accepts; a longer quote found once needs none."""
    from builder.suggest import occurrence
    found = news_sets.held_out(FIRE, "explainer")["deaths"]
    assert (found.quote, found.account().get("occurrence")) == ("Two people died.", 1)
    body = "Two people died. Three firefighters were injured."
    assert occurrence("Two people died.", body, 0) == 1
    assert occurrence("Three firefighters were injured.", body, 17) is None
    assert occurrence("Three firefighters were injured.", body, 17, min_words=6) == 1


def test_a_tables_row_written_as_a_new_card_pins_its_place(tmp_path, capsys):
    """`--new` writes the explainer's "Deaths 2 Police", a table's row of three words, with its occurrence, when no
    card has the deaths (with one, the row gives it again, and is no new card)."""
    from builder.cli import main
    root = tmp_path / "fire"
    shutil.copytree(FIRE, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    (root / "content" / "facts" / "deaths.yml").unlink()
    assert main(["suggest", "explainer", "--apply", "--new", "--project", str(root)]) == 0
    assert "`dossier check` passes" in capsys.readouterr().out
    written = [p.read_text(encoding="utf-8") for p in (root / "content" / "facts").glob("harlow-*deaths-*.yml")]
    assert written and "occurrence: 1" in written[0]



def test_a_sentence_is_proposed_before_a_tables_row_of_the_same_words():
    """The table's "Deaths 2 Police" and the sentence "Two people died." share the card's words and figure; put
    first, the row tied with the sentence (0.742 against 0.743 once another rule moved a word's weight): a row
    scores a little less, so the sentence wins clearly, wherever it stands."""
    import dataclasses

    from builder.suggest import Retriever
    dossier = pipeline.check(load_config(FIRE)).site.dossier
    cards = {f.id: dataclasses.replace(f, accounts=tuple(a for a in f.accounts if a.source != "explainer"))
             for f in dossier.facts.values()}
    explainer = dossier.sources["explainer"]
    body = "The fire in figures\n\nMeasure\tFigure\tSource\n\nDeaths\t2\tPolice\n\nTwo people died.\n"
    source = dataclasses.replace(explainer, body=body)
    held = dataclasses.replace(dossier, facts=cards, sources={**dossier.sources, "explainer": source})
    found = {s.fact: s for s in Retriever(held).read(source).suggestions}["deaths"]
    assert found.quote == "Two people died." and "a table's row" not in found.why


def test_suggest_picks_the_same_passage_whatever_pythons_hash_seed():
    """Two passages of equal confidence ("Two people died." and the table's "Deaths 2 Police"): the first wins, in
    every process. The words' weights were summed in a set's order, which Python's hash seed changes, and the last
    bit of the sums chose between them."""
    import subprocess
    import sys
    code = ("from tests import news_sets; from tests.test_news_wildfire import FIRE; "
            "print(news_sets.held_out(FIRE, 'explainer')['deaths'].quote)")
    quotes = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(4)}
    assert quotes == {"Two people died."}
