"""News prose nobody tuned the rules for (third round): names transliterated and written otherwise across outlets,
possessives, denials worded as negations, vague counts, fact-checks' mixed ratings, hyphens at line ends."""
import pytest

from builder import attribution, naming
from builder.model import Speaker
from tests.conftest import ROOT


@pytest.fixture
def offices():
    from builder.model import Role

    def person(sid, name, title, country=None):
        return Speaker(sid, name, "person", None, (), country, (Role(title),))
    return attribution.Names({"lavrov": person("lavrov", "Sergei Lavrov", "Foreign Minister of Russia"),
                              "putin": person("putin", "Vladimir Putin", "President of Russia"),
                              "trump": person("trump", "Donald Trump", "President of the United States"),
                              "mehra": person("mehra", "Arjun Mehra", "Commerce Minister", "India")})


@pytest.mark.parametrize("sentence, before, speaker", [
    ("The truce will hold, the Russian foreign minister said.", "Sergei Lavrov arrived in Geneva.", "lavrov"),
    ("The truce will hold, the foreign minister told reporters.", "Sergei Lavrov arrived in Geneva.", "lavrov"),
    ("Talks will go on, the Indian commerce minister said.", "Arjun Mehra flew in.", "mehra"),  # his country
    ("The truce will hold, the Indian foreign minister said.", "Sergei Lavrov arrived.", None),  # not his office
    ("The truce will hold, the Russian foreign minister said.", "The talks opened in Geneva.", None),  # not named
    ("The foreign minister's figure is 40 observers.", "The talks opened in Geneva.", "lavrov"),  # whose figure
    ("The minister's figure is 40 observers.", "The talks opened in Geneva.", None),  # a word alone
    ("The foreign minister's figure is 40 observers, Ana Ruiz said.", "The talks opened.", "lavrov"),
    ("The truce will hold, the president said.", "Vladimir Putin arrived.", None),  # two presidents
])
def test_a_person_named_before_is_found_by_their_office(offices, sentence, before, speaker):
    """"the Russian foreign minister" after a full mention is the one speaker whose role is that office, its
    adjective a word of their title or country; an office two speakers hold, or one of another country, is no one.
    A figure an office of two words or more owns needs no mention before (session 62: "The trade minister's figure
    is close to ten billion dollars", in a bulletin that never names her, had been someone unknown's); one word
    ("the minister") does, and so does an office speaking ("the returning officer" named without a name had been
    taken for the last person a "he said" could be)."""
    said = attribution.attribute(sentence, offices, before)
    assert (said.speaker if said else None) == speaker


@pytest.fixture
def names():
    return attribution.Names({
        "zelensky": Speaker("zelensky", "Volodymyr Zelensky", "person", None, ()),
        "lavrov": Speaker("lavrov", "Sergei Lavrov", "person", None, ()),
    })


@pytest.mark.parametrize("sentence, speaker", [
    ("The delegation stayed, Zelenskyy said.", "zelensky"),
    ("The delegation stayed, Zelenskiy told reporters.", "zelensky"),
    ("The delegation stayed, said Lawrow.", "lavrov"),  # a German transliteration
    ("The delegation stayed, said Sergei V. Lavrov.", "lavrov"),  # a middle initial
    ("The delegation stayed, Mr Lavrov said.", "lavrov"),
    ("\u201cWe stayed,\u201d Sergey Lavrov told reporters.", "lavrov"),
    ("Lavrov\u2019s spokeswoman said the delegation stayed.", None),  # his spokeswoman speaks, not he
    ("Zelensky's office said the delegation stayed.", None),
])
def test_a_speaker_is_found_by_any_transliteration_and_never_by_a_possessive(names, sentence, speaker):
    assert attribution.attribute(sentence, names).speaker == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("\"The delegation stayed,\" said head of operations Sergei Lavrov.", "lavrov"),  # an office "X of Y" before him
    ("\"We stayed,\" said the deputy director of communications Sergei Lavrov.", "lavrov"),
    ("The report said most of the people Sergei Lavrov met were safe.", None),  # what was said, not an office
])
def test_a_name_after_the_verb_and_an_office_of_something_is_who_speaks(names, sentence, speaker):
    """"said head of operations Anna Lechner" had been no one: "of" made her name part of what was said (trial,
    session 50)."""
    said = attribution.attribute(sentence, names)
    assert (said.speaker if said else None) == speaker


@pytest.mark.parametrize("sentence", ["We told Sergei Lavrov about the problem on Thursday 11 June.",
                                      "The water is safe, the company told Lavrov on Friday."])
def test_whom_someone_tells_is_not_who_speaks(names, sentence):
    """The one named after "told" is whom: the water company's "We told East Calder Health Authority about the problem
    on Thursday 11 June" had been the authority's, and a denial of the company's own date (trial, session 50)."""
    said = attribution.attribute(sentence, names)
    assert (said.speaker if said else None) is None


def test_german_quotation_marks_enclose_what_is_quoted(names):
    """„…“ (and „…" as it is often typed) encloses a quotation as “…” does: the “ that closes it had opened a quotation
    running to the end of the paragraph, hiding its attribution, and the translated statement's denial was read as
    the outlet's own support (trial, session 50)."""
    from builder import sentences
    german = "\u201eThe protocol is clear, and it was not followed,\" said Sergei Lavrov. \u201eWe say so plainly.\u201c"
    english = sentences.english_marks(german)
    assert len(english) == len(german) and english.startswith("\u201cThe protocol") and english.endswith("plainly.\u201d")
    assert attribution.attribute(english.split(". ")[0] + ".", names).speaker == "lavrov"
    assert sentences.english_marks("Ein \u201eWort\u201c hier") == "Ein \u201cWort\u201d hier"


def test_transliterations_share_a_key():
    assert {naming.key(n) for n in ("Zelensky", "Zelenskyy", "Zelenskiy", "ZELENSKIJ")} == {"zelensky"}
    assert naming.key("Lawrow") == naming.key("Lavrov")
    assert naming.key("Lavrov") != naming.key("Lvov")


def test_irregular_verb_forms_and_a_compound_with_a_particle_are_one_word():
    from builder.words import Vocabulary
    vocabulary = Vocabulary(["There was no walkout.", "The ministers meet on Monday."])
    terms = vocabulary.terms
    for a, b in [("met", "meeting"), ("meets", "met"), ("spoke", "speaking"), ("wrote", "writing"), ("ran", "running")]:
        assert terms(a) == terms(b), (a, b)
    assert terms("The delegation walked out.") == terms("the delegation's walkout")
    assert terms("after long negoti-\nations") == terms("after long negotiations")  # a hard-wrapped text's hyphen


HEAD = "---\ntitle: Talks\noutlet: {outlet}\nauthor: unknown\npublished: unknown\nlanguage: en\n---\n"


@pytest.fixture
def walkout(tmp_path):
    """The mini dossier with a card on a walkout that one outlet reports in its own voice."""
    import shutil
    root = tmp_path / "mini"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    (root / "content" / "sources" / "gamma.md").write_text(
        HEAD.format(outlet="Gamma") + "Bob Jones and his delegation walked out of the Hamburg talks on Friday.\n",
        encoding="utf-8")
    (root / "content" / "facts" / "walkout.yml").write_text(
        "summit: hamburg\nstatement: Jones's delegation walked out of the talks.\ntopics: [walkout]\n"
        "accounts:\n  - source: gamma\n    quote: Bob Jones and his delegation walked out of the Hamburg talks\n"
        "    stance: states\n", encoding="utf-8")
    return root


def _walkout(project, body):
    from builder import pipeline
    from builder.config import load_config
    from builder.suggest import Retriever
    (project / "content" / "sources" / "delta.md").write_text(HEAD.format(outlet="Delta") + body, encoding="utf-8")
    dossier = pipeline.check(load_config(project)).site.dossier
    found = {s.fact: s for s in Retriever(dossier).read(dossier.sources["delta"]).suggestions}["walkout"]
    return found.stance, found.speaker


@pytest.mark.parametrize("body, stance", [
    ("In Hamburg on Friday, nobody walked out of the talks.\n", ("contradicts", None)),
    ("In Hamburg, there was no walkout from the talks on Friday.\n", ("contradicts", None)),
    ("At no point did the Jones delegation walk out of the Hamburg talks.\n", ("contradicts", None)),
    ("No one walked out of the Hamburg talks, Anna Smith said.\n", ("disputes", "smith")),
    ("No delegation walked out of the Hamburg talks on Friday.\n", ("contradicts", None)),
    ("Anna Smith said no delegation walked out of the Hamburg talks.\n", ("disputes", "smith")),
    ("Villagers said no delegation walked out of the Hamburg talks.\n", ("disputes", None)),
    ("Opposition politicians claim Bob Jones and his delegation walked out of the Hamburg talks.\n", ("attributes", None)),
    ("No doubt Bob Jones and his delegation walked out of the Hamburg talks.\n", ("states", None)),
    ("\u201cThe delegation did not walk out of the talks,\u201d Anna Smith said in Hamburg.\n", ("disputes", "smith")),
    ("Bob Jones and his delegation walked out of the Hamburg talks.\n", ("states", None)),
    ("Nobody expected it in Hamburg, but the delegation walked out of the talks.\n", ("states", None)),
])
def test_a_denial_worded_as_a_negation_denies_the_card(walkout, body, stance):
    """"Nobody walked out.", "No delegation walked out", "There was no walkout.", "At no point did…", "did not walk
    out": the outlet's own
    negation contradicts the card, a quoted one is its speaker's denial; a negation of something else does not."""
    assert _walkout(walkout, body) == stance


@pytest.mark.parametrize("rating, stance", [
    ("False", "contradicts"), ("Mostly false", "contradicts"), ("Pants on fire", "contradicts"),
    ("Misleading", None), ("Half true", None), ("Lacks context", None), ("Partly false", None),
    ("Missing context. The delegation left for lunch.", None), ("True", "states"),
])
def test_a_fact_checks_rating_decides_its_stance(walkout, rating, stance):
    """Rated false (or mostly false), an unsigned claim is contradicted in the fact-check's own voice; rated
    misleading, half true, lacking context or partly false, the fact-check neither states nor contradicts it: the
    suggestion says so and stays below the threshold, for the editor to name who claims it; rated true, it is stated."""
    from builder import pipeline
    from builder.config import load_config
    from builder.suggest import THRESHOLD, Retriever
    (walkout / "content" / "sources" / "delta.md").write_text(HEAD.format(outlet="Delta") + (
        f"CLAIM: Bob Jones and his delegation walked out of the Hamburg talks.\n\nRATING: {rating}\n"),
        encoding="utf-8")
    dossier = pipeline.check(load_config(walkout)).site.dossier
    found = {s.fact: s for s in Retriever(dossier).read(dossier.sources["delta"]).suggestions}["walkout"]
    if stance:
        assert found.stance == stance and found.confidence >= THRESHOLD
    else:
        assert found.confidence < THRESHOLD
        assert any("neither states nor contradicts" in why and rating.split(".")[0] in why for why in found.why)


@pytest.mark.parametrize("text, value", [
    ("Several hundred farmers marched on the Berlaymont.", {"min": 200, "max": 900}),
    ("A few dozen protesters stayed into the night.", {"min": 24, "max": 108}),
    ("A couple of thousand people came.", {"min": 1500, "max": 3500}),
    ("Hundreds of farmers came.", {"min": 100, "max": 1000}),
    ("Dozens were arrested.", {"min": 12, "max": 120}),
    ("Tens of thousands marched in New Delhi.", {"min": 10000, "max": 100000}),
    ("Hundreds of thousands of jobs depend on it.", {"min": 100000, "max": 1000000}),
])
def test_a_vague_count_is_the_widest_range_its_words_allow(text, value):
    from builder.prose_figures import read
    figure = read(text, "count")
    assert figure.value == value and text.lower().startswith(figure.qualifier)  # the words, kept as a comment


@pytest.mark.parametrize("text", ["Hundreds of years of trade.", "The talks went on for tens of minutes.",
                                  "Dozens of times."])
def test_a_vague_number_of_years_or_times_is_no_count(text):
    from builder.prose_figures import read
    assert read(text, "count") is None


@pytest.mark.parametrize("vague, precise, grade", [
    ("hundreds", {"exact": 800}, None), ("several hundred", {"approx": 2000}, "value"),
    ("several hundred", {"nearly": 2000}, "value"), ("dozens", {"exact": 40}, None),
    ("a couple of thousand", {"approx": 2000}, None), ("tens of thousands", {"exact": 10000}, None),
    ("thousands", {"more_than": 10000}, "minor"),
])
def test_a_vague_count_never_disagrees_with_a_precise_figure_that_fits(vague, precise, grade):
    """A vague count read as its range: "hundreds" fits 800, while "several hundred" and "nearly 2,000" disagree."""
    from builder.figures import Measure
    from builder.model import Tolerance, Value
    from builder.prose_figures import read
    from builder.validate import _value

    class Doc:  # what validate's value reader needs of a card: where a problem is
        def at(self, *path):
            return None

    low = read(f"{vague} people", "count").value
    a, b = (_value(v, Doc(), (), None) for v in (low, precise))
    assert Measure(0.1, Tolerance(relative=0.02, absolute=0), None, "count").grade(a, b) == grade


@pytest.mark.parametrize("quote, found", [
    ("after long negotiations, were", "after long negoti-\nations, were"),  # a word split at the line's end
    ("a well-known affair", "a well-\nknown affair"),  # a compound whose hyphen fell there keeps it
    ("after long negoti-ations", "after long negoti-\nations"),
    ("Ministers met", "Ministers met"),
    # as `suggest` quotes it (quotes.rejoined: a blind trial's OCR page, session 71, where `--apply` wrote a quote
    # its own check refused and put every card back): the split word joined beside the compound kept whole
    ("after long negotiations, were a well-known affair", "after long negoti-\nations, were a well-\nknown affair"),
])
def test_a_hyphen_at_a_lines_end_is_forgiven(quote, found):
    from builder.quotes import locate, occurrences
    body = "The talks, after long negoti-\nations, were a well-\nknown affair. Ministers met."
    span = locate(quote, body)
    assert body[span.start:span.end] == found and occurrences(quote, body) == (span,)


def test_a_hyphen_at_a_lines_end_is_no_other_difference():
    from builder.quotes import locate
    body = "The talks, after long negoti-\nations, were a well-\nknown affair."
    assert locate("long negotiating", body) is None and locate("a well known affair", body) is None
    assert locate("long negoti ations", body) is None


def test_check_verifies_a_quote_across_a_word_split_at_a_lines_end(walkout):
    from builder import pipeline
    from builder.config import load_config
    (walkout / "content" / "sources" / "gamma.md").write_text(
        HEAD.format(outlet="Gamma") + "Bob Jones and his delegation walked out of the Hamburg nego-\ntiations on "
                                      "Friday.\n", encoding="utf-8")
    card = walkout / "content" / "facts" / "walkout.yml"
    card.write_text(card.read_text(encoding="utf-8").replace(
        "walked out of the Hamburg talks", "walked out of the Hamburg negotiations on Friday"), encoding="utf-8")
    from builder.problems import DossierError
    try:
        pipeline.check(load_config(walkout))
    except DossierError as error:
        pytest.fail("; ".join(map(str, error.problems)))


def test_a_denial_in_the_passive_is_a_denial_by_whom_it_names(walkout):
    """"Reports that … were denied by Anna Smith": Smith disputes the card; "… by both sides", whom the dossier does
    not know as one speaker: a denial whose speaker the editor must name, so below the threshold."""
    from builder.suggest import THRESHOLD
    assert _walkout(walkout, "Reports that Bob Jones and his delegation walked out of the Hamburg talks were denied "
                             "by Anna Smith.\n") == ("disputes", "smith")
    from builder import pipeline
    from builder.config import load_config
    from builder.suggest import Retriever
    _walkout(walkout, "Reports that Bob Jones and his delegation walked out of the Hamburg talks were flatly "
                      "rejected by both sides.\n")
    dossier = pipeline.check(load_config(walkout)).site.dossier
    found = {s.fact: s for s in Retriever(dossier).read(dossier.sources["delta"]).suggestions}["walkout"]
    assert (found.stance, found.speaker) == ("disputes", None) and found.confidence < THRESHOLD
    assert "name them" in found.why[-1]


def test_a_known_speaker_quoted_keeps_their_words_though_other_sources_quote_someone_else(walkout):
    """Other sources report Jones saying it; this one reports Smith ("according to the minister", named before):
    it is Smith's, not Jones's."""
    import dataclasses

    from builder import pipeline
    from builder.config import load_config
    dossier = pipeline.check(load_config(walkout)).site.dossier
    card = dossier.facts["walkout"]
    card = dataclasses.replace(card, accounts=tuple(dataclasses.replace(a, stance="attributes", speakers=("jones",))
                                                    for a in card.accounts))
    said = attribution.Attribution("smith", "according to the minister", False)
    assert attribution.stance(said, card) == ("attributes", "smith")
    # someone the dossier does not know ("a diplomat said") is not Jones either: the editor names them
    assert attribution.stance(attribution.Attribution(None, "a diplomat said", False), card) == ("attributes", None)


def test_a_sole_holder_of_an_office_is_found_by_its_last_word(offices):
    """"the minister" is no one when two speakers are ministers (Lavrov and Mehra), the one minister otherwise."""
    sentence = "According to the minister, 800 prisoners will be freed."
    assert attribution.attribute(sentence, offices, "Arjun Mehra spoke in Geneva.").speaker is None
    from builder.model import Role
    alone = attribution.Names({"mehra": Speaker("mehra", "Arjun Mehra", "person", None, (), "India",
                                                (Role("Commerce Minister of India"),))})
    assert attribution.attribute(sentence, alone, "Arjun Mehra spoke in Geneva.").speaker == "mehra"


TRUCE_TALKS = ROOT / "tests" / "fixtures" / "truce-talks"


def test_the_truce_talks_dossier_reads_as_its_articles_say(tmp_path):
    """Seven articles on invented ceasefire talks (a wire story, a state agency's report translated with names
    transliterated otherwise and a word split at a line's end, a fact-check with mixed ratings, a radio transcript,
    a tabloid, a live blog, an op-ed), added as an editor would: vague counts never disagree with a figure that fits
    them; red only where two sources contradict each other in their own voices."""
    import shutil

    from builder import pipeline
    from builder.cli import main
    from builder.config import load_config
    root = tmp_path / "truce-talks"
    shutil.copytree(TRUCE_TALKS, root, ignore=shutil.ignore_patterns("articles", ".dossier-cache", "site"))
    assert main(["check", "--strict", "--project", str(root)]) == 0
    site = pipeline.check(load_config(root)).site
    verdicts = {fid: row.verdict for fid, row in site.comparison.facts.items()}
    assert verdicts["walkout"] == "disputed"  # the tabloid's own "stormed out" against the fact-check's "False"
    assert verdicts["prisoner-exchange"] == "agree"  # "several hundred", "about 800", "hundreds"
    assert verdicts["talks-length"] == "agree"  # "more than six hours", "six and a half", "nearly seven"
    assert verdicts["protest-size"] == "contested"  # the organisers' tens of thousands, a reporter's couple of thousand
    assert sum(v == "disputed" for v in verdicts.values()) == 1


def test_suggest_reads_the_truce_talks_as_an_editor_did():
    """What suggest proposes for the articles, as the cards cite them: the translated agency's "according to the
    minister" is Zaytsev's (named before as "Yuri Zaitsev"), the wire's "…were denied by both sides" a denial whose
    speakers the editor names, the radio's figure the reporter's own."""
    from builder import pipeline
    from builder.config import load_config
    from builder.suggest import THRESHOLD, Retriever
    dossier = pipeline.check(load_config(TRUCE_TALKS)).site.dossier
    cards = dossier.facts

    def proposed(source, fid):
        import dataclasses
        card = dataclasses.replace(cards[fid], accounts=tuple(a for a in cards[fid].accounts if a.source != source))
        trimmed = dataclasses.replace(dossier, facts={**dossier.facts, fid: card})
        return {s.fact: s for s in Retriever(trimmed).read(trimmed.sources[source], cards={fid: card}).suggestions}[fid]
    prisoners = proposed("translated", "prisoner-exchange")
    assert (prisoners.stance, prisoners.speaker, prisoners.value) == ("attributes", "yuriy-zaytsev", {"approx": 800})
    length = proposed("radio", "talks-length")
    assert (length.stance, length.value) == ("states", {"exact": 390}) and length.confidence >= THRESHOLD
    assert proposed("factcheck", "walkout").stance == "contradicts"


def test_he_said_after_a_quotation_is_someone_though_not_known(offices):
    """"“…,” he said" with no one named before: someone speaks (not the outlet), whom the editor names; named
    before by their office, it is that person."""
    said = attribution.attribute("\u201cThere was no walkout,\u201d he said.", offices, "The talks went on.")
    assert said is not None and said.speaker is None
    said = attribution.attribute("\u201cThere was no walkout,\u201d he said.", offices,
                                 "Sergei Lavrov flew in. The Russian foreign minister was calm.")
    assert said.speaker == "lavrov"


@pytest.mark.parametrize("sentence, before, speaker", [
    # "He" opening a sentence is the subject of the one before, not the last name it holds
    ("He said the issue \"may be an intractable disagreement\".",
     "Lavrov, asked directly whether Trump had accepted Putin's word, did not answer the question. ", "lavrov"),
    ("He said the talks went well.", "The Russian foreign minister Sergei Lavrov met Trump, who praised Putin. ", "lavrov"),
    ("He said the talks went well.", "After the meeting, Trump praised Putin. ", "putin"),  # no subject opens it
    # a phrase opening the sentence names no one who speaks: "he" is the one who spoke before
    ("Asked about Trump's words to Mr Putin, he replied: \u201cThat was a joke.\u201d",
     "\u201cThe topic was not discussed,\u201d Lavrov said. ", "lavrov"),
])
def test_he_is_whom_the_sentences_before_have_speaking(offices, sentence, before, speaker):
    assert attribution.attribute(sentence, offices, before).speaker == speaker


def test_officials_who_later_insist_speak_in_the_clause_after_though():
    """"…sanctions on Russia, though officials later insisted…": officials the editor names (not Russia, named
    before the verb), and only the clause after "though" is theirs, the outlet's own before it."""
    moscow = attribution.Names({"moscow": Speaker("moscow", "Russian government", "institution", None,
                                                  ("Russia", "Moscow")),
                                "trump": Speaker("trump", "Donald Trump", "person", None, ())})
    sentence = ("Mr Trump is understood to have asked aides to look at easing sanctions on Russia, though officials "
                "later insisted that no such review had taken place.")
    said = attribution.attribute(sentence, moscow)
    assert said.speaker is None and sentence[said.part[0]:].startswith(", though officials")


@pytest.mark.parametrize("sentence, speaker", [
    ("Reports in Kyiv that Lavrov walked out were wrong.", None),  # "reports" a noun: no one speaks
    ("Media reports that Lavrov walked out circulated on Tuesday.", None),
    ("The claims of Lavrov were false.", None),
    ("Lavrov reports that the talks went well.", "lavrov"),
    ("Lavrov claims that the talks went well.", "lavrov"),
])
def test_reports_and_claims_as_nouns_are_no_one_speaking(names, sentence, speaker):
    said = attribution.attribute(sentence, names)
    assert (said.speaker if said else None) == speaker


@pytest.fixture
def groups():
    def group(sid, name, kind="group"):
        return Speaker(sid, name, kind, None, ())
    return attribution.Names({"police": group("police", "Geneva police", "institution"),
                              "un": group("un", "U.N. officials"), "russians": group("russians", "Russian officials"),
                              "organisers": group("organisers", "protest organisers in Geneva"),
                              "lavrov": Speaker("lavrov", "Sergei Lavrov", "person", None, ())})


@pytest.mark.parametrize("sentence, speaker", [
    ("Outside, police estimate the crowd at some 3,000.", "police"),  # a plural's verb: "estimate", "say"
    ("Both delegations are at lunch, a U.N. official tells us.", "un"),  # "official" of "U.N. officials"
    ("There were 10,000 of them, by the organisers' count.", "organisers"),
    ("Officials say Lavrov left early.", None),  # two groups of officials: whom the editor names
    ("The talks went on, said a diplomat.", None),
    ("Lavrov refused to confirm the figure.", "-"),  # no one speaks
    ("Moscow continued to publicly confirm its support.", "-"),
])
def test_people_speaking_are_the_group_whose_name_holds_them_or_someone_unknown(groups, sentence, speaker):
    """"police estimate", "a U.N. official tells us": the one group or institution among the speakers whose name holds
    the noun and its capitalised words; else someone the dossier does not know speaks (not the outlet)."""
    said = attribution.attribute(sentence, groups)
    assert (said.speaker if said else "-") == speaker


def test_words_in_quotation_marks_and_unknown_speakers_are_not_the_outlets_own(walkout):
    """Other sources state the card; a source quoting Smith's own words for it reports Smith; one quoting someone the
    dossier does not know reports them, below the threshold, for the editor to name."""
    from builder.suggest import THRESHOLD
    assert _walkout(walkout, "Anna Smith confirmed what she called \u201cthe walkout of Bob Jones and his delegation "
                             "from the Hamburg talks\u201d.\n") == ("attributes", "smith")
    assert _walkout(walkout, "Bob Jones and his delegation walked out of the Hamburg talks, a diplomat said.\n") == (
        "attributes", None)
    from builder import pipeline
    from builder.config import load_config
    from builder.suggest import Retriever
    dossier = pipeline.check(load_config(walkout)).site.dossier
    found = {s.fact: s for s in Retriever(dossier).read(dossier.sources["delta"]).suggestions}["walkout"]
    assert found.confidence < THRESHOLD


def test_a_remark_echoed_in_an_outlets_own_words_is_less_likely_the_remark(walkout):
    """Smith's remark on the cease-fire: a sentence that neither quotes nor names anyone is the outlet's own words,
    less likely an account of her remark than the same words with "Smith said"."""
    from builder import pipeline
    from builder.config import load_config
    from builder.suggest import UNSAID, Retriever

    def confidence(body):
        _walkout(walkout, body)
        dossier = pipeline.check(load_config(walkout)).site.dossier
        found = {s.fact: s for s in Retriever(dossier).read(dossier.sources["delta"]).suggestions}["ceasefire"]
        return found.confidence, found.why
    unsaid, why = confidence("In Hamburg they agreed on a cease-fire; it starts on Sunday.\n")
    said, _ = confidence("In Hamburg they agreed on a cease-fire; it starts on Sunday, Anna Smith said.\n")
    assert said - unsaid >= UNSAID and "neither quotes nor names smith" in why


@pytest.mark.parametrize("text, quantity, value", [
    ("It took the negotiators barely six hours to agree.", "duration", {"approx": 360}),
    ("The talks lasted little more than 90 minutes.", "duration", {"approx": 90}),
    ("Well over 10,000 people marched.", "count", {"more_than": 10000}),
    ("Slightly less than 40% of voters agreed.", "percent", {"less_than": 40}),
])
def test_more_qualifiers_before_a_figure(text, quantity, value):
    from builder.prose_figures import read
    assert read(text, quantity).value == value


@pytest.mark.parametrize("text, quantity, value", [
    ("the authority has slapped a one point two million euro fine on the airline", "count", {"exact": 1200000}),
    ("our offer is worth nine point five per cent", "percent", {"exact": 9.5}),
    ("it is worth nine and a half percent over two years", "percent", {"exact": 9.5}),
    ("some two point five million people live there", "count", {"approx": 2500000}),
    ("At one point two men climbed onto the roof.", "count", {"exact": 2}),  # "at one point": a moment
    ("the two-point-three kilometre tunnel", "length", {"exact": "2.3 km"}),  # a radio script's; had been 3 km
])
def test_a_decimal_spoken_as_captions_write_it(text, quantity, value):
    """Automatic captions write what is said: "one point two million" had been 2 million (a held-back red on the
    fine that an editor accepting it would have published), "nine point five per cent" 9 and 5 (trial, session 50)."""
    from builder.prose_figures import read
    assert read(text, quantity).value == value


@pytest.mark.parametrize("text, quantity, value", [
    ("The notice stays for at least another week.", "duration", {"min": "7 days"}),
    ("It will take at least seven more days.", "duration", {"min": "7 days"}),  # had been a count of 7
    ("Approx. 40 vehicles were in the bore.", "count", {"approx": 40}),  # an incident log's abbreviation
    ("Temperatures exceeded 1,000 °C.", "temperature", {"more_than": "1,000 °C"}),  # had been exactly 1,000
    ("The operator called at two minutes past two.", "time", {"exact": "14:02"}),  # had been a duration of 2 min
    ("It stopped about nine hundred metres inside the portal.", "length", {"approx": "900 m"}),  # had been a count
    ("It came after almost three decades without an avalanche.", "duration", {"almost": "30 years"}),  # had been a
    # count of "almost 3", written on the card of the dead
])
def test_figures_an_incident_log_and_a_notice_write(text, quantity, value):
    """Figures the trials of session 50 found misread or not read."""
    from builder.prose_figures import read
    assert read(text, quantity).value == value


@pytest.mark.parametrize("text, day", [
    ("the governing council votes on wednesday and the meeting starts at 2pm", "2026-11-18"),  # to come
    ("The committee will question the firm when it meets on Monday.", "2026-11-16"),
    ("Hollis won by just 312 votes on Monday, officials said.", "2026-11-09"),  # the noun: a Monday gone
])
def test_a_meeting_in_the_present_tense_is_to_come(text, day):
    """A blind trial (session 71): a phone-in of Thursday 12 November said "the governing council votes on
    wednesday", read as the Wednesday before."""
    from builder.prose_figures import read
    assert read(text, "date", [], "2026-11-12").value == {"exact": day}


@pytest.mark.parametrize("text, value", [
    ("Harrowmere to cut 340 jobs as strike looms over £23.6m deficit", {"exact": 23600000}),
    ("A row over £2m in fees has split the board.", {"exact": 2000000}),
    ("The deficit is over £23.6m.", {"more_than": 23600000}),
])
def test_over_after_a_dispute_is_about_not_more_than(text, value):
    """A blind trial (session 71): a headline's "strike looms over £23.6m deficit" was read as more than £23.6m, and
    the card of the deficit was contested by it."""
    from builder.prose_figures import read
    assert read(text, "count", [23600000.0, 2000000.0]).value == value


@pytest.mark.parametrize("text, quantity, value", [
    ("As darkness falls, the fire is burning for a fourth day.", "duration", {"exact": "4 days"}),
    ("The fire at Copsley Lane is now into its third day.", "duration", {"exact": "3 days"}),
    ("The heatwave, now in its sixth day, shows no sign of ending.", "duration", {"exact": "6 days"}),
    ("Staff walked out for a second straight night.", "duration", {"exact": "2 days"}),
    ("The strike is into its third week.", "duration", {"exact": "21 days"}),
    ("On the third day of the trial the judge spoke.", "duration", None),  # a day of it, not a span
    ("Talks went into the third week of March.", "duration", None),
    ("The rocket's fourth flight failed.", "count", {"exact": 4}),  # a rank stays a count
])
def test_a_span_told_by_the_count_of_its_days_so_far(text, quantity, value):
    """A blind trial (session 71): the live blog's "burning for a fourth day" and the thread's "now into its third
    day" had given no duration (a rank, a count of 4), and a card of the days a fire burned lost both."""
    from builder.prose_figures import read
    found = read(text, quantity)
    assert (found and found.value) == value


@pytest.mark.parametrize("text, value", [
    ("Roughly one in five schools had lead above the limit.", {"approx": 20}),
    ("Nine out of 10 parents said they were worried.", {"exact": 90}),
    ("The risk is put at 1 in 1,000 for each year.", {"exact": 0.1}),
    ("About a third of the samples failed.", {"approx": 33.3}),
    ("Two-thirds of the pipes are older than 1970.", {"exact": 66.7}),
    ("Fewer than half of the schools have been tested.", {"less_than": 50}),
    ("More than half the pupils stayed home.", {"more_than": 50}),
    ("Three quarters of respondents backed the plan.", {"exact": 75}),
    ("She won a third term in 2019.", None),  # an ordinal
    ("Only one in 2019 was found.", None),  # a year
    ("Half an hour later the council met.", None),  # a length of time
    ("Only one intercity train in three ran, and half of regional trains.", None),  # a share of something else
])
def test_a_share_in_words_is_a_percentage(text, value):
    """News gives shares in words as often as in digits: a card of a percentage reads them as one, unless it is a
    share of something the card's statement does not name."""
    from builder.prose_figures import read
    figure = read(text, "percent", statement="About two-thirds of intercity trains, samples, parents, schools, "
                                            "pupils, respondents and pipes were cancelled.")
    assert (figure and figure.value) == value


@pytest.mark.parametrize("text, value", [
    ("The gauge peaked at 7.1 metres, beating the 6.21m recorded in 1998.", {"exact": "6.21 m"}),  # session 53
    ("The river peaked at 6.8m on Wednesday.", {"exact": "6.8 m"}),
    ("Crews built a 10m-high wall of sandbags.", {"exact": "10 m"}),
    ("The wave was 4m.", {"exact": "4 m"}),
    ("Some 3m people live along the river.", None), ("The fund raised 2m in donations.", None),  # millions
    ("The council paid 5m euros for the barrier.", None), ("It cost £6.2m to build.", None),
    ("More than 2m have signed the petition.", None),
])
def test_metres_glued_to_their_number(text, value):
    """British news writes metres as "6.21m", millions too: a number with "m" is in metres unless a currency comes
    before it or what it counts or is worth after it (the river-flood set's live page: "6.21m" had been no figure,
    and the card of the record was given the 7.1 metres beside it)."""
    from builder.prose_figures import read
    figure = read(text, "length", near=[6.2], statement="The previous record level, set in 1998.")
    assert (figure and figure.value) == value


@pytest.mark.parametrize("text, value", [
    ("Passengers have seen fares go up by nearly a fifth since the switch.", {"nearly": 20}),  # session 53: a rank
    ("Staff numbers were cut by a third.", {"exact": 33.3}),
    ("She finished fifth in the race.", None),
    ("Staff numbers were cut by a quarter, the union said.", {"exact": 25}),
    ("A seafood starter was supplied by a third party, the caterer said.", None),  # session 70: 33.3 %
])
def test_a_change_by_a_share_in_words_is_a_percentage(text, value):
    """"up by nearly a fifth" is nearly 20 % (an editor's trial, session 53: it was a rank, 5, and no figure of the
    card "Bus fares have risen by 18 per cent"); "supplied by a third party" is none (session 70's trial: `suggest
    --new` wrote a card of 33.3 %)."""
    from builder.prose_figures import read
    figure = read(text, "percent", statement="Bus fares have risen by 18 per cent since the switch.")
    assert (figure and figure.value) == value


@pytest.mark.parametrize("text, value", [
    ("The closest drone came to about half a kilometre from the runway.", {"approx": "0.5 km"}),  # session 53: 1 km
    ("The drone flew within half a mile of the runway.", {"max": "0.5 mi"}),  # at most (`up_to` before session 74)
    ("It hovered a quarter of a mile from the runway.", {"exact": "0.25 mi"}),
    ("The queue stretched a kilometre and a half from the runway.", {"exact": "1.5 km"}),
])
def test_a_part_of_a_unit_in_words(text, value):
    """"half a kilometre" is 500 metres, "a kilometre and a half" 1,500 (in an editor's trial, session 53, the live
    blog's "about half a kilometre from the runway" was written as 1 km)."""
    from builder.prose_figures import read
    figure = read(text, "length", statement="The closest drone came within 300 metres of the runway.")
    assert (figure and figure.value) == value


@pytest.mark.parametrize("text, value", [
    ("Civil Protection has confirmed a sixth death.", {"exact": 6}),  # the toll, no rank (session 53, a river flood)
    ("Divers recovered a third body on Friday.", {"exact": 3}),
    ("The fire killed a fourth victim overnight.", {"exact": 4}),
    ("She became the third victim to be named.", None),  # a rank among those named
    ("It was the rocket's fourth flight.", None),
])
def test_a_toll_by_its_rank(text, value):
    """"a sixth death" is a toll of six, as news writes one that rises; "the third victim to be named" ranks."""
    from builder.prose_figures import read
    figure = read(text, "count", statement="Six people died.")
    assert (figure and figure.value) == value


@pytest.mark.parametrize("sentence, speaker", [
    ("Trade reached $140 billion last year, according to E.U. figures.", "-"),  # the outlet's own, citing data
    ("The crowd was 2,000 strong, according to police figures.", "police"),
    ("The crowd was 2,000 strong, according to police.", "police"),
    ("The talks went on, according to a diplomat.", None),
    # a record the outlet read is its own account, as the editors' guide says
    ("The cabin came off the line at 11:42, according to the station's logbook seen by the Courier.", "-"),
    ("The ferry carried 212 passengers, according to the ship's manifest.", "-"),
    ("The bridge carries some 41,800 vehicles a day, according to the city's traffic counts.", "-"),  # not someone
    ("The notice went out at 21:15, according to the time stamp on the notice.", "-"),  # session 50's trial
    ("The van left at 10:05, according to CCTV footage.", "-"),
    # unknown speaking
    ("The train left at 06:10, according to the operator's timetable.", "-"),
    # whom the reports went to is not whose they are (a blind trial, session 71: the council's, a false contest)
    ("Riders took 900,000 trips, according to the operator's monthly reports to the police that we have seen.", None),
    ("The crowd was 2,000 strong, according to reports from the police.", "police"),
])
def test_according_to_data_is_the_outlets_own_and_according_to_people_is_theirs(groups, sentence, speaker):
    said = attribution.attribute(sentence, groups)
    assert (said.speaker if said else "-") == speaker


@pytest.mark.parametrize("text, day", [
    ("The storm made landfall on Sept. 14, officials said.", "2026-09-14"),
    ("The ban has been in force since Aug. 3.", "2026-08-03"),
    ("Polls open on 3 Dec in the south.", "2026-12-03"),
    ("The Dec. 31 deadline stands.", "2026-12-31"),
    ("Mar and Jun are no months without a day.", None),
])
def test_a_month_abbreviated_as_agencies_write_it_is_read_with_its_day(text, day):
    import datetime as dt
    from builder.prose_figures import read
    figure = read(text, "date", [dt.date(2026, 10, 1).toordinal()])
    assert (figure and dt.date.fromordinal(int(figure.number)).isoformat()) == day


@pytest.mark.parametrize("text, statement, value", [
    ("The talks ran far longer than the 30 minutes that had been scheduled.", "The talks were scheduled for 30 minutes.",
     {"exact": 30}),
    ("The talks ran far longer than the 30 minutes that had been scheduled.", "The talks lasted over two hours.",
     {"more_than": 30}),
    ("They met for less than the two hours allotted.", "Two hours were allotted to the meeting.", {"exact": 120}),
    ("They met for less than the two hours allotted.", "The meeting lasted under two hours.", {"less_than": 120}),
    ("The meeting took more than the 30 minutes of the first round.", "It was scheduled for 30 minutes.",
     {"more_than": 30}),
    ("It ran far longer than the 30 minutes that had been planned.", "It was originally scheduled for 30 minutes.",
     {"exact": 30}),  # a schedule's other word
])
def test_a_figure_compared_with_a_plan_is_the_plans_own_on_a_card_about_the_plan(text, statement, value):
    from builder.prose_figures import read
    assert read(text, "duration").of_plan(statement).value == value


@pytest.mark.parametrize("text, value", [
    ("It reached 310 micrograms of PM10 per cubic metre, she said.", {"exact": "310 µg/m³"}),  # session 70: a mass
    ("Blood tests found 12 micrograms of lead per decilitre.", {"exact": "12 µg/dL"}),
    ("The crane lifted 40 tonnes of steel per hour.", None),  # no concentration: a mass
])
def test_a_mass_of_something_per_a_volume_is_a_concentration(text, value):
    from builder.prose_figures import read
    figure = read(text, "concentration")
    assert (figure and figure.value) == value


@pytest.mark.parametrize("text, statement, number", [
    ("The number of guests who fell ill after a wedding reception at Harrowby Court Hotel has now risen to 61, the "
     "county health authority said on Wednesday.", "Guests fell ill after the reception.", 61),  # session 70: none
    ("The two cooling towers at the disused power station were brought down on Sunday.",
     "Two cooling towers were demolished.", 2),  # session 70: "the two …" had been no figure
    ("Crowds watched the two 114m cooling towers fall.", "Two cooling towers were demolished.", 2),
    ("The three cooling towers had stood for seventy years.", "Two cooling towers were demolished.", 3),
    ("The two leaders met for talks on Sunday.", "Two cooling towers were demolished.", None),  # a reference
])
def test_a_count_risen_to_or_of_the_things_the_statement_counts(text, statement, number):
    from builder.prose_figures import read
    figure = read(text, "count", statement=statement)
    assert (figure and figure.number) == number


@pytest.mark.parametrize("text, value", [
    ("Police closed the road, which lies 180 metres from the quarry face at its nearest point.", None),  # session 70
    ("Within seconds, rocks were thrown some 240 metres across the quarry boundary.", {"approx": "240 m"}),  # not
    # an extent, "9 km across"
])
def test_where_something_lies_is_no_distance_something_went(text, value):
    from builder.prose_figures import read
    figure = read(text, "length", statement="Fly-rock travelled about 310 metres from the blast.")
    assert (figure and figure.value) == value


@pytest.mark.parametrize("text, statement, near, number", [
    ("Three cars were struck and two people were hurt.", "People on the road were injured.", [3], 2),  # session 70
    ("Three vehicles were struck and two people suffered minor injuries.", "Vehicles were damaged.", [2], 3),
    ("Morvay had passed six previous tests in 2026, and she was tested 14 times in 2025.",
     "Morvay had been tested six times in 2026.", [9], 6),  # the statement's own count: the values near decide
])
def test_of_counts_of_two_things_the_one_a_statement_without_a_count_tells_of(text, statement, near, number):
    """Of two counts of two things in one sentence, the one of what the statement tells of when it writes no count
    of its own, whatever the figure another source gives: the cars' 3 had been the count of people hurt, nearer
    another source's three (a false contest on the quarry set)."""
    from builder.prose_figures import read
    assert read(text, "count", near, statement=statement).number == number


LIMIT = "Of 212 schools tested, lead was above the legal limit of 10 micrograms per litre at 44 of them."


@pytest.mark.parametrize("text, statement, quantity, near, number", [
    (LIMIT, "Lead above the legal limit was found at 44 schools.", "count", [44], 44),  # schools, "44 of them"
    ("One tap was above the legal limit of 10 micrograms per litre.", "The worst reading was 11 micrograms of lead per "
     "litre.", "concentration", [11], None),  # the limit is no reading
    (LIMIT, "The legal limit is 10 micrograms of lead per litre.", "concentration", [10], 10),
    ("The council set a cap of 500 visitors a day.", "Visitors were capped at 500 a day.", "count", [], 500),
    ("The council set a cap of 500 visitors a day.", "About 450 visitors came.", "count", [450], None),
    ("A maximum of 40 people may attend.", "Up to 40 people may attend.", "count", [], 40),  # a maximum is no limit's
    # name
])
def test_a_limit_named_in_the_text_is_the_value_only_of_a_card_about_a_limit(text, statement, quantity, near, number):
    from builder.prose_figures import read
    figure = read(text, quantity, near, statement=statement)
    assert (figure and figure.number) == number


@pytest.mark.parametrize("text, value", [
    ("The talks ran past two hours.", {"more_than": 120}),
    ("It went past the two-hour mark.", {"more_than": 120}),
    ("In the past two hours, 40 people were rescued.", {"exact": 120}),  # a span of time, not more than it
])
def test_past_a_length_is_more_than_it_but_the_past_hours_are_a_span(text, value):
    from builder.prose_figures import read
    assert read(text, "duration").value == value


@pytest.mark.parametrize("text, read", [
    ("The talks lasted between 30 and 35 minutes.", [(30, 35)]),
    ("A 30-35 minute meeting", [(30, 35)]),
    ("They met for two to three hours.", [(120, 180)]),
    ("The delegation came back about 40 to 45 minutes later.", [(40, 45)]),  # the range, as "45 minutes later" is 45
    ("The wait rose from 30 to 35 minutes.", [(35, None)]),  # the figure it came to
    ("The meeting lasted two hours and 15 minutes instead of the planned 35.", [(135, None), (35, None)]),
    ("The talks ran 50 minutes, not the scheduled 30, aides said.", [(50, None), (30, None)]),
    ("Clearing the road took 3 days versus 5 last year.", [(3 * 1440, None)]),  # "5 last year": not the clause's end
    ("They met for an hour rather than 30.", [(60, None)]),  # 30 of what "an hour" does not say
    ("They met for two hours rather than 30.", [(120, None)]),  # 30 hours: too far to be the same unit
    ("It lasted 40 minutes. 35 people attended.", [(40, None)]),
])
def test_a_length_of_time_as_a_range_or_with_its_unit_left_out_is_read_in_that_unit(text, read):
    """"between 30 and 35 minutes" is the range, not 35; the 35 of "two hours and 15 minutes instead of the planned
    35" is minutes, the plan's (so a card on the plan reads it), where it ends its clause and is near the figure
    before."""
    from builder.prose_figures import figures
    assert [(f.number, f.upper) for f in figures(text) if f.quantity == "duration"] == read
    planned = [f for f in figures(text) if f.planned]
    if "planned" in text or "scheduled" in text:
        assert [f.of_plan("It was scheduled and planned to be short.").value for f in planned] == [{"exact": read[1][0]}]


def test_a_toll_is_one_term_in_any_of_the_words_news_prose_gives_it():
    """"The fall killed 10 people" and "the death toll has risen to 10", "10 died", "ten dead", "10 fatalities" count
    the same; so do "four injured", "four injuries", "four wounded"."""
    from builder.words import Vocabulary
    terms = Vocabulary([]).terms
    assert terms("killed") == terms("died") == terms("dead") == terms("deaths") == terms("fatalities")
    assert terms("injured") == terms("injuries") == terms("wounded")
    assert terms("killed") != terms("injured")


@pytest.mark.parametrize("sentence, denial", [
    ("Two Geneva police boats collided near the disputed Tessaly Reef late on Monday.", None),  # an adjective
    ("The talks stalled over a long-disputed border, Geneva police said.", False),
    ("Geneva police disputed the figures.", True),
    ("The figures were disputed by Geneva police.", True),
])
def test_a_participle_of_denying_after_an_article_is_no_denial(groups, sentence, denial):
    """"the disputed Tessaly Reef" in almost every lede of a territorial dispute: an adjective, not the police
    denying something."""
    said = attribution.attribute(sentence, groups)
    assert (said.denial if said else None) == denial


def test_she_said_is_a_person_not_the_body_named_before(groups):
    """'Opposition leader Karin Mott accused the government of leaving Geneva police without ships. "We sent one
    patrol vessel…," she said.': she is Mott, whom the dossier does not know, not the police named before her words
    (`suggest --new` wrote her words as the police's); "they said" may be a body."""
    before = "Opposition leader Karin Mott accused the government of leaving Geneva police without the ships it needs. "
    said = attribution.attribute('"We sent one patrol vessel to escort sixty boats," she said.', groups, before)
    assert (said.speaker, said.words) == (None, "she said")
    before = "Geneva police closed the bridge on Monday. "
    assert attribution.attribute('"The bridge is unsafe," they said.', groups, before).speaker == "police"


@pytest.mark.parametrize("sentence, speaker", [
    ("Professor Lucia Dorrance of the National University in Corrana said Geneva police were using force.", None),
    ("Lucia Dorrance said Geneva police had closed the bridge.", None),
    ("A fisheries association said about 60 boats from Lavrov's home port fish near the reef.", None),
    ("The bridge was closed, said Geneva police in a statement.", "police"),
    ("The talks went on, said a U.N. official.", "un"),
])
def test_a_body_named_after_said_as_the_subject_of_what_was_said_is_not_speaking(groups, sentence, speaker):
    """"…said the Tarsannian government was using the fishing fleet": the government is what the professor talks
    about, not who speaks (her words had been written as the government's), and so is a name after a figure or a
    preposition ("said about 60 boats from Tarsanne…"); "said Geneva police in a statement" is the police speaking. Someone named with where they work ("Professor … of the National University in Corrana")
    is someone the dossier does not know, not the outlet."""
    said = attribution.attribute(sentence, groups)
    assert said is not None and said.speaker == speaker


def test_a_body_rejecting_claims_is_the_one_denying(groups):
    """'The Coast Guard rejected as "pure fabrication" Tarsannian claims that…': the Velmoran Coast Guard denies it
    (it was someone the dossier does not know, so `--apply` wrote no account of the denial); "The company rejected
    the claims" is still someone the editor names."""
    names = attribution.Names({"vcg": Speaker("vcg", "Velmoran Coast Guard", "institution", None, ()),
                               "tmg": Speaker("tmg", "Tarsannian Maritime Guard", "institution", None, ())})
    said = attribution.attribute('The Coast Guard rejected as "pure fabrication" Tarsannian claims that the Arvel had '
                                 "fired its water cannon.", names)
    assert (said.speaker, said.denial) == ("vcg", True)
    said = attribution.attribute("The company rejected the claims.", names)
    assert (said.speaker, said.denial) == (None, True)


def test_a_sentence_ends_before_an_encyclopedias_footnote_markers():
    """"…beneath the River Oster.[1] It opened in 1994…" is two sentences: the marker had joined them, so that a
    passage of three sentences took the speaker of one (trial, session 50). A marker is no figure."""
    from builder import prose_figures, sentences
    text = ("The tunnel runs beneath the River Oster.[1] It opened in 1994 and has been run by Osterlink since "
            "2011.[1][6] Each bore carries two lanes.")
    assert [p.text for p in sentences.passages(text)] == [
        "The tunnel runs beneath the River Oster.[1]", "It opened in 1994 and has been run by Osterlink since 2011.[1][6]",
        "Each bore carries two lanes."]
    assert [f.number for f in prose_figures.figures("Osterlink has run it since 2011.[1][6]")] == []


def test_a_forum_threads_posts_are_their_posters():
    """Each post of a forum thread, from its header naming the poster in bold (a date under it) to the next post or
    a rule, is the poster's turn: a poster the dossier knows by name or by the role in brackets, else someone it does
    not know, never the forum's own words (every post had been, and the trial's forum got 0 of 28 accounts right:
    session 50)."""
    from builder.model import Speaker
    names = attribution.Names({
        "ana": Speaker("ana", "Ana Whitcombe", "person", None, ("AnaW_ORA",)),
        "banner": Speaker("banner", "Rhys Banner", "person", None, ())})
    body = ("Community Forum\n\n**AnaW_ORA** (Chair, Residents' Association) · Posts: 1,204 · Joined: Mar 2019\n"
            "15 Jun 2026, 08:12\n\nIt covers roughly 14,000 households.\n\nReply · Quote · Report\n\n---\n\n"
            "**millbrook_mum** · Posts: 37\n15 Jun 2026, 09:47\n\nWe only got the text at quarter past nine.\n\n---\n\n"
            "**Cllr Rhys Banner** (Councillor) · Posts: 412\n16 Jun 2026, 07:58\n\nLightning did not cause this.\n")
    posts = attribution.posts(body, names)
    assert [(t.label, t.speaker) for t in posts] == [("AnaW_ORA", "ana"), ("millbrook_mum", None),
                                                     ("Cllr Rhys Banner", "banner")]
    assert "14,000 households" in body[posts[0].start:posts[0].end] and "---" not in body[posts[0].start:posts[0].end]
    assert attribution.posts("**Update:** the council met.\n15 June 2026\n\nIt agreed.", names) == []  # a lead-in


def test_a_statement_printed_in_full_is_its_issuers():
    """A newspaper prints a rescue service's statement whole after "… issued the following statement …; Valdoria
    Today publishes it in full": from the paragraph after, to its end mark, it is the service's, not the paper's
    (the trial's translated statement had 0 of 23 accounts right, every claim the paper's own: session 50)."""
    from builder.model import Speaker
    names = attribution.Names({"rescue": Speaker("rescue", "Valdorian Mountain Rescue Service", "institution", None,
                                                 ())})
    intro = ("The Valdorian Mountain Rescue Service issued the following statement on Thursday. Valdoria Today "
             "publishes it in full.")
    body = f"Valdoria Today\n\n{intro}\n\nPress release no. 7/2026\n\nTwelve people were caught.\n\nENDS\n\nMore news."
    [turn] = attribution.posts(body, names)
    assert (turn.speaker, body[turn.start:turn.end]) == ("rescue", "Press release no. 7/2026\n\nTwelve people were "
                                                                   "caught.\n")
    assert attribution.posts(body.replace("issued the following statement", "spoke"), names) == []


def test_a_bare_number_listed_after_a_count_counts_the_same():
    """"212 flights on Monday, 244 on Tuesday and 250 today": 244 and 250 are flights too. 244 had been no figure, and
    the union's release gave 250 to the card of Tuesday's 244 (a false contest: trial, session 50); "250 today" alone
    counts no days."""
    from builder import prose_figures
    from builder.prose_figures import read
    text = "So far Aurelis has cancelled 212 flights on Monday, 244 on Tuesday and 250 today, the union said."
    assert [f.number for f in prose_figures.figures(text)] == [212, 244, 250]
    assert read(text, "count", [244]).value == {"exact": 244}
    assert prose_figures.figures("and 250 today") == []
    assert [f.number for f in prose_figures.figures("There were 12 deaths in 2019 and 15 in 2020.")] == [12, 15]


@pytest.fixture
def two_people():
    from builder.model import Role
    return attribution.Names({
        "dahlqvist": Speaker("dahlqvist", "Maren Dahlqvist", "person", None, ()),
        "strand": Speaker("strand", "Lenny Strand", "person", None, ()),
        "lechner": Speaker("lechner", "Anna Lechner", "person", None, (), None, (Role("Spokeswoman, Velland Police"),)),
        "pell": Speaker("pell", "Jonas Pell", "person", None, (), None, (), "Father of one of the escapees"),
        "varga": Speaker("varga", "Ada Varga", "person", None, (), None, (), "Lawyer for the dead man's widow"),
    })


@pytest.mark.parametrize("before, speaker", [
    # the paragraph before says who speaks, though it names another person after her
    ("Chief Superintendent Maren Dahlqvist said Strand was detained after a cashier recognised him.\n\n", "dahlqvist"),
    # "Mr Strand": not the one "she" refers to, though named last
    ("Maren Dahlqvist spoke to reporters. Mr Strand was detained at 21:40.\n\n", "dahlqvist"),
    ("Maren Dahlqvist spoke to reporters. Strand, a father of two, was detained at 21:40.\n\n", "dahlqvist"),
    # the speaker files: "Father of…" is a man; "Lawyer for the dead man's widow" says nothing of the lawyer
    ("Anna Lechner spoke to reporters. Jonas Pell was at the gate.\n\n", "lechner"),
    ("Jonas Pell spoke to reporters. Ada Varga was at the gate.\n\n", "varga"),
])
def test_she_said_is_never_a_man_the_text_marks_as_one(two_people, before, speaker):
    """"she said" refers to the person who spoke before, or else to the last person named whom neither the text ("Mr",
    "a father of two") nor the speaker files ("Spokeswoman", "Father of…") mark as a man."""
    said = attribution.attribute('"Tonight every one of them is back where they belong," she said.', two_people,
                                 before)
    assert said.speaker == speaker


def test_he_said_is_still_the_man_named_last(two_people):
    """A mark for one person changes nothing for the pronoun that fits: "he said" after "Mr Strand" is Strand."""
    said = attribution.attribute('"I am sorry," he said.', two_people,
                                 "Ms Dahlqvist said the men were caught. Mr Strand appeared in court.\n\n")
    assert said.speaker == "strand"


@pytest.fixture
def bodies():
    def body(sid, name):
        return Speaker(sid, name, "institution", None, ())
    return attribution.Names({"cpd": body("cpd", "National Civil Protection Directorate"),
                              "ksi": body("ksi", "Kestrian Seismological Institute"),
                              "government": body("government", "Government of Calvenia"),
                              "office": body("office", "Office of the Prime Minister of Calvenia")})


@pytest.mark.parametrize("sentence, speaker", [
    ("Nearly 260 people were injured, and 11 are still missing, the directorate said in its morning report.", "cpd"),
    ("Eleven people are missing, the directorate said on Tuesday.", "cpd"),
    ("Eleven people are missing, the directorate said in a statement.", "cpd"),
    ("The directorate says 11 people are missing.", "cpd"),  # a number of two digits after the verb
    ("The institute said nine aftershocks were stronger than 4.0.", "ksi"),  # a number in words
    ("Calvenia says 14 of its citizens are held.", "government"),  # a country speaks by its government
    ("Calvenia puts the number at nine.", "government"),
    ("The Prime Minister's office says 14 of its citizens are held.", "office"),
])
def test_a_body_speaking_before_a_figure_or_with_when_and_where_it_said_it(bodies, sentence, speaker):
    """Common news wording that had named no one (session 52): a closing "…, the directorate said" followed by when or
    where it said it ("in its morning report", "on Tuesday"); "says 11 people" and "said nine aftershocks" (a figure of
    two digits or in words right after the verb); a country's name alone, for the one of its bodies that is its
    government."""
    said = attribution.attribute(sentence, bodies)
    assert said is not None and said.speaker == speaker


def test_a_body_putting_a_long_noun_phrase_at_a_figure_and_a_count_of_a_companys_things():
    """"But the Deposit Guarantee Fund, which is paying out, puts the number of eligible depositors at 265,000" is the
    fund's (a bank-failure trial of session 52: the fund's side of a contested count was listed as no one's); "All 23
    of Pellmark's branches" counts branches (it had given no figure)."""
    from builder import prose_figures
    names = attribution.Names({"fund": Speaker("fund", "Deposit Guarantee Fund", "institution", None, ())})
    said = attribution.attribute("But the Deposit Guarantee Fund, which is paying out, puts the number of eligible "
                                 "depositors at 265,000, and covered deposits at €2.1bn.", names)
    assert said is not None and said.speaker == "fund"
    assert [(f.number, f.counted.split()[0]) for f in prose_figures.figures("All 23 of Pellmark's branches closed.")] \
        == [(23, "branches")]


@pytest.mark.parametrize("sentence, speaker", [
    ("The mayor of Orvik, Petra Lind, has written to the Environment Agency saying the warning was late.", "lind"),
    ("Petra Lind has written to the agency saying the warning was late.", "lind"),
    ("Lind spoke to the Environment Agency, which said the warning went out at 2pm.", "agency"),  # who speaks
])
def test_whom_someone_wrote_to_is_not_who_speaks(sentence, speaker):
    """"…has written to the Environment Agency saying…" is the writer's (session 52's flood trial: it had been the
    agency's, and held back as the agency contradicting its own 14:00); a relative clause after the body
    ("…, which said…") is still the body's."""
    names = attribution.Names({"lind": Speaker("lind", "Petra Lind", "person", None, ()),
                               "agency": Speaker("agency", "Kestravan Environment Agency", "institution", None,
                                                 ("Environment Agency",))})
    said = attribution.attribute(sentence, names)
    assert said is not None and said.speaker == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("In total 11 apiaries lost bees, and 42 beekeepers have now reported losses to the association.", None),
    ("Forty farmers have complained to the association.", None),
    ("Eleven apiaries were hit, said the association.", "association"),
    ("Eleven apiaries were hit, said an adviser to the association.", "association"),
    ("By our reckoning from the association's own figures, the sprayer killed 212 colonies.", None),
    ("By the association's count, the sprayer killed 212 colonies.", "association"),
])
def test_whom_losses_were_reported_to_and_an_outlets_own_sum_are_no_ones_account(sentence, speaker):
    """Session 72's trials: "…, and 42 beekeepers have now reported losses to the association" had been the
    association's account of the 11 apiaries (a designed red turned contested), and "By our reckoning from the
    council's own figures, the app made 9,860 duplicate transactions" the council's."""
    names = attribution.Names({"association": Speaker("association", "Harrowmere & District Beekeepers' Association",
                                                      "institution", None, ())})
    said = attribution.attribute(sentence, names)
    assert (said.speaker if said else None) == speaker


def test_the_day_of_an_act_the_card_names_and_an_event_being_arranged():
    """The maternity-unit trial (session 72): "North Wendmoor Hospitals NHS Trust announced the suspension, …, on
    Thursday 26 February", on the card "The trust announced the suspension on …", gives the day of the announcement in
    the outlet's words (it had been the trust denying the card); "is holding a public meeting … on Thursday", written
    on a Tuesday, is the Thursday to come (it had been the one before), and so is "are planned for Friday"."""
    from builder import prose_figures
    sentence = ("North Wendmoor Hospitals NHS Trust announced the suspension, which began on 2 March, on Thursday 26 "
                "February, giving families less than a week's notice.")
    at = sentence.index("Thursday")
    assert attribution.act_reported(sentence, at, at + 20, "The trust announced the suspension on 25 February 2026.")
    assert not attribution.act_reported(sentence, at, at + 20, "The suspension began on 2 March 2026.")
    assert not attribution.act_reported("The trust announced that births would stop on Monday 2 March.", 48, 63,
                                        "The trust announced the suspension on 25 February.")
    assert [f.value for f in prose_figures.dates("The group is holding a public meeting at Calderbrook Methodist Hall "
                                                 "on Thursday at 7pm.", today="2026-03-03")] == [{"exact": "2026-03-05"}]
    assert [f.value for f in prose_figures.dates("The group held a public meeting at the hall on Thursday.",
                                                 today="2026-03-03")] == [{"exact": "2026-02-26"}]
    assert [f.value for f in prose_figures.dates("Talks between the company and the union are planned for Friday.",
                                                 today="2026-07-14")] == [{"exact": "2026-07-17"}]  # the walkout trial's


@pytest.mark.parametrize("correction", [
    "Correction: an earlier entry in this blog (14.02) said the section of roof that came away was 60 metres long.",
    "An earlier entry at 14.02 said the section of roof that came away was 60 metres long.",
])
def test_a_corrections_earlier_entry_named_by_its_time_is_retracted(correction):
    """The stadium-roof trial's live blog (session 72): "an earlier entry in this blog (14.02) said … 60 metres long"
    had been proposed for the card of the section's length (held back as a red), the figure the correction withdrew."""
    from builder import sentences
    body = f"{correction} That was wrong. It was about 100ft."
    assert [body[s:e] for s, e in sentences.retractions(body)] == [correction]
