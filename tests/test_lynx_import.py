"""dossier new source PAGE.txt for a page a text browser printed (`lynx -dump`): its links' numbers, its line of the
page's links and its list of references are no part of the text; the page's address is its "Skip to main content"
link's (builder/lynx.py, session 68)."""
from builder import lynx
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

DUMP = """   #[1]Kessling Ferries - News [2]RSS

   [3]Skip to main content

     * [4]Home
     * [5]Timetables
     * [6]Contact

Winter timetable cuts two sailings a day

   Published: 3 November 2026

   The winter timetable starts on Monday, with two sailings a day cut
   from the northern route, the operator said.

   For times, see our [7]timetable page or [8]call the office.

   Related notices

     * [9]Harbour closed for dredging (1 November 2026)
     * [10]Fares frozen for
       2027

   © Kessling Ferries 2026 | [11]Privacy
   | [12]Cookies | [13]Accessibility

   We use cookies. [14]Reject non-essential cookies

References

   Visible links:
   1. https://ferries.example/news/rss.xml
   2. https://ferries.example/feed
   3. https://ferries.example/news/winter-timetable#main
   4. https://ferries.example/
   5. https://ferries.example/timetables
   6. https://ferries.example/contact
   7. https://ferries.example/timetables/winter
   8. tel:+440000000
   9. https://ferries.example/news/dredging
  10. https://ferries.example/news/fares
  11. https://ferries.example/privacy
  12. https://ferries.example/cookies
  13. https://ferries.example/accessibility
  14. https://ferries.example/cookies/reject

   Hidden links:
  15. https://ferries.example/track
"""


def test_a_text_browsers_dump_is_its_text(project, tmp_path):
    """The trial's dump kept its links' numbers in its sentences, its menu (each item a paragraph; its last item the
    title), its "Related incidents" list, its References and its footer's second lines: its text is the article's
    alone, titled by its headline, with the page's address."""
    page = tmp_path / "ferry.txt"
    page.write_text(DUMP, encoding="utf-8")
    assert dossier(project, "new", "source", str(page), "--id", "ferry", "--strip-chrome") == 0
    _, front, body = (project / "content" / "sources" / "ferry.md").read_text(encoding="utf-8").split("---\n", 2)
    assert 'url: "https://ferries.example/news/winter-timetable"' in front
    assert 'title: "Winter timetable cuts two sailings a day"' in front
    assert "For times, see our timetable page or call the office." in " ".join(body.split())
    for absent in ("[", "References", "https://", "RSS", "Timetables", "Related", "dredging", "2027", "Cookies",
                   "cookies"):
        assert absent not in body


def test_numbers_in_brackets_without_a_list_of_references_stay():
    """An article's own "[1]" (a footnote's mark, a transcript's) is kept where no list at its end gives the numbers'
    addresses, and a list whose numbers the text does not use is no dump's."""
    lines = ["The report [1] says 40 homes flooded.", "", "References", "", "1. Smith, J. (2020) Floods."]
    assert lynx.read(lines) == (lines, None)
    lines = ["The report says 40 homes flooded [4].", "", "References", "1. https://a.example", "2. https://b.example",
             "3. https://c.example"]
    assert lynx.read(lines) == (lines, None)
