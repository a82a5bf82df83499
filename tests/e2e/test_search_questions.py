"""Readers ask questions: typed into the search box as they would ask them, each is answered by the first
results (a fact's own page), and the index holds reader text only."""
import re

import pytest
from playwright.sync_api import Page, expect

# (question, the facts one of which must be among the first results, how many first results count)
QUESTIONS = [
    ("How long did the meeting last?", {"hamburg-trump-putin-actual-length", "hamburg-trump-putin-scheduled-length"}, 1),
    ("How long was the meeting scheduled to last?", {"hamburg-trump-putin-scheduled-length"}, 1),
    ("Who will monitor the cease-fire?", {"hamburg-ceasefire-military-police"}, 1),
    ("Did Putin deny interfering in the election?", {"hamburg-putin-denied-interference"}, 3),
    ("What did Trump tweet about cyber security?", {"hamburg-trump-tweet-cyber-unit"}, 1),
    ("When did the cease-fire take effect?", {"hamburg-ceasefire-start"}, 1),
    ("How long did Trump and Putin meet in Osaka?", {"osaka-trump-putin-length"}, 1),
    ("What did Merkel say?", {"hamburg-merkel-it-is-a-start"}, 1),
    ("Did Trump accept Putin's denial?", {"hamburg-trump-accepted-putin-denial"}, 1),
    ("Who ordered the interference?", {"interference-ordered-by-putin"}, 1),
]


def ask(page: Page, base_url: str, question: str, first: int | None = None) -> list[str]:
    """Type ``question`` into the header search box; the paths of the first ``first`` results (all by default)."""
    page.goto(base_url + "index.html")
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").fill(question)
    if first is None:
        meta = page.locator(".md-search-result__meta")
        expect(meta).to_have_text(re.compile(r"^\d+ results? for "), timeout=15_000)
        first = int(meta.inner_text().split()[0])
    items = page.locator("li.md-search-result__item")  # results load in any order: wait for each in turn
    hrefs = []
    for i in range(first):
        expect(items.nth(i)).to_be_attached(timeout=15_000)
        page.evaluate("i => document.querySelectorAll('li.md-search-result__item')[i].scrollIntoView()", i)  # so filled in
        link = items.nth(i).locator("a.md-search-result__link")
        expect(link).to_be_attached(timeout=15_000)
        hrefs.append(link.evaluate("a => new URL(a.href).pathname").removeprefix("/"))
    return hrefs


@pytest.mark.parametrize("question,facts,first", QUESTIONS, ids=[q for q, _, _ in QUESTIONS])
def test_a_reader_question_is_answered_by_the_first_results(page: Page, base_url, question, facts, first):
    found = ask(page, base_url, question, first)
    assert {f"facts/{fid}.html" for fid in facts} & set(found), f"{question!r}: first results {found}"


def test_question_words_are_dropped_and_the_page_marks_the_words_searched(page: Page, base_url):
    ask(page, base_url, "How long did the meeting last?", 1)
    expect(page.locator(".md-search-result__meta")).to_contain_text(re.compile(r"results? for meeting last\b"))
    page.locator("a.md-search-result__link").first.click()
    expect(page).to_have_url(re.compile(r"\?highlight=meeting&highlight=last$"))
    ask(page, base_url, "What was Trump’s approval rating?", 1)  # a possessive searches the name
    expect(page.locator(".md-search-result__meta")).to_contain_text(re.compile(r"results? for trump approval rating\b"))


def test_a_question_with_a_word_its_answer_lacks_still_finds_the_answer_first(page: Page, base_url):
    # "came" is on no page about the Osaka summit's countries: no page holds all four words searched
    found = ask(page, base_url, "How many countries came to the G20 in Osaka?", 1)
    assert found == ["facts/osaka-leaders-19-countries.html"], found
    expect(page.locator(".md-search-result__meta")).to_have_text(
        re.compile(r"^\d+ results for countries came g20 osaka, 0 with every word$"))
    first = page.locator("li.md-search-result__item").first
    expect(first.locator(".dz-search-missing")).to_have_text("Missing: came")
    expect(first.locator("mark").first).to_be_visible()  # the words it holds are marked
    first.locator("a").click()
    expect(page).to_have_url(re.compile(r"\?highlight=countries&highlight=g20&highlight=osaka$"))  # not "came"
    expect(page.locator(".dz h1")).to_contain_text("19")
    expect(page.locator("mark.dz-search-highlight").first).to_be_visible()


def test_a_quoted_phrase_is_searched_as_typed_and_whole(page: Page, base_url):
    found = ask(page, base_url, '"It is a start"', 1)
    assert found == ["facts/hamburg-merkel-it-is-a-start.html"], found
    expect(page.locator(".md-search-result__meta")).to_have_text(re.compile(r'^\d+ results? for "It is a start"$'))
    expect(page.locator(".dz-search-missing")).to_have_count(0)


def test_search_excerpts_carry_no_helper_text_or_editors_notes(page: Page, base_url):
    page.goto(base_url + "index.html")
    page.locator(".md-search__input").click()
    for query in ("fact", "seed", "card file", "editing"):
        page.locator(".md-search__input").fill(query)
        expect(page.locator(".md-search-result__meta")).to_contain_text(f"for {query}", timeout=15_000)
        expect(page.locator(".md-search-result__list")).to_have_attribute("aria-busy", "false")  # first result shown
        page.wait_for_timeout(300)  # and the others in view
        text = page.locator(".md-search-result__list").inner_text()
        assert "↗ Fact:" not in text and "Fact: " not in text, f"{query}: screen-reader text in a result"
        assert ".yml" not in text and "card file" not in text, f"{query}: editor metadata in a result"
        hrefs = page.locator("a.md-search-result__link").evaluate_all("els => els.map(a => a.href)")
        assert not [h for h in hrefs if "/editing.html" in h], f"{query}: the editors' guide among reader results"


# a fact's own page, or an article (a source page) whose own text holds the word
OWN_TEXT = re.compile(r"(facts|sources)/(?!index\.html)[^/]+\.html")


@pytest.mark.parametrize("query,wanted", [
    ("annexed", "facts/russia-annexed-crimea.html"),  # a word of one fact's statement
    ("impenetrable", "facts/hamburg-trump-cybersecurity-cooperation.html"),  # one quoted in a speaker's statements
])
def test_a_facts_words_find_its_own_page_and_no_list_that_shows_it(page: Page, base_url, query, wanted):
    """The summit, comparison, speaker and index pages list the fact, but only its own page is indexed with its
    text: the reader gets the fact first, and no list it appears in."""
    found = ask(page, base_url, query)
    assert found[0] == wanted, found
    assert [path for path in found if not OWN_TEXT.fullmatch(path)] == [], f"{query!r}: list pages among {found}"
    page.goto(base_url + "summits/hamburg-2017.html")
    expect(page.locator(f".dz-fact-list a[href$='{wanted.removeprefix('facts/')}']").first).to_be_attached()


@pytest.mark.parametrize("query,wanted", [
    ("Hamburg 2017", "summits/hamburg-2017.html"),
    ("Merkel", "speakers/angela-merkel.html"),
    ("Meddle in US Elections", "sources/dumbadze-please-dont-meddle.html"),
])
def test_a_summit_speaker_or_source_is_found_by_its_name(page: Page, base_url, query, wanted):
    found = ask(page, base_url, query, 3)
    assert wanted in found, f"{query!r}: first results {found}"


@pytest.mark.parametrize("query,sentence", [
    ("Kotka", "Outlet Eat Pray Vote. Author Laurie Kotka. Published unknown."),  # a source's details, term by term
    ("encounter", "CountryWatch states it: The meeting between the two men"),  # who says it, then what they say
])
def test_search_excerpts_read_as_sentences_without_the_pages_links(page: Page, base_url, query, sentence):
    ask(page, base_url, query, 1)
    expect(page.locator(".md-search-result__list")).to_have_attribute("aria-busy", "false")
    text = " ".join(page.locator(".md-search-result__list").inner_text().split())
    assert sentence in text, text
    assert "Read in context" not in text, text
