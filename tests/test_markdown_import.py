"""dossier new source POST.md (session 67's rules): a Markdown article's text as a page shows it, without its marks,
on a small hostile post of its own."""
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

POST = """# Ferry timetable cut for the winter

*Skerrow Ferry Company — Notice — 3 November 2026*

The **winter timetable** starts on _Monday_, with [two sailings](https://ferry.example/t) a day cut.[^1]

## Update (14:20)

| Route | Sailings | Cut |
| --- | ---: | ---: |
| North | 6 | **2** |
| South | 4 | 0 |

> The crew shortage is *temporary*, said
> the operations manager.
>
> "We expect to restore them by March."

~~Three sailings were cut.~~ We said three at 09:40: that was wrong.

Use the `ferry-app` to check times.

[^1]: Figures from the company's own timetable.

### Links

- [Timetable (PDF)](https://ferry.example/t.pdf)
- [Contact us](https://ferry.example/contact)
"""


def test_a_markdown_articles_marks_are_left_out_of_its_text(project, tmp_path):
    """The trials' Markdown statement and blog kept "## Update (14:20)", "**Total**", emphasis and a table as one run
    of pipes in the body, shown as such on the source's page, and "### Links" after its list was deleted: the body is
    now the text as a page shows it, a table's rows each a paragraph of cells between tabs, a quotation without its
    ">", a footnote's marker as a page shows it and its note a paragraph with its marker (session 69: they had been
    left out); a struck-through correction keeps its marks, which `suggest` reads."""
    post = tmp_path / "ferry.md"
    post.write_text(POST, encoding="utf-8")
    assert dossier(project, "new", "source", str(post), "--id", "ferry", "--strip-chrome") == 0
    body = (project / "content" / "sources" / "ferry.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    paragraphs = body.strip().split("\n\n")
    assert paragraphs[0] == "Ferry timetable cut for the winter"
    assert "The winter timetable starts on Monday, with two sailings a day cut.[1]\n" in body
    assert "\nUpdate (14:20)\n" in body and "#" not in body and "*" not in body and "|" not in body
    assert ["Route\tSailings\tCut", "North\t6\t2", "South\t4\t0"] == [p for p in paragraphs if "\t" in p]
    assert "The crew shortage is temporary, said\nthe operations manager.\n\n\"We expect to restore them by March.\"" \
        in body and ">" not in body
    assert "~~Three sailings were cut.~~" in body and "Use the ferry-app to check times." in body
    assert paragraphs[-1] == "[1] Figures from the company's own timetable." and "[^1]" not in body
    assert "Links" not in body


def test_a_threads_post_headers_keep_their_marks(project, tmp_path):
    """A thread in Markdown heads each post "**u/name** · 842 points", which `suggest` reads as the post's poster by
    its marks: those lines are written as they are, the posts' emphasis left out."""
    thread = tmp_path / "thread.md"
    thread.write_text("# Ask me anything about the ferry cuts\n\n**u/tam_roke** · 842 points\n\nHow many sailings "
                      "are cut each **day**?\n\n> **u/OrlbyFerries** · 1.1k points\n>\n> Two sailings a day are cut "
                      "from Monday.\n", encoding="utf-8")
    assert dossier(project, "new", "source", str(thread), "--id", "thread") == 0
    body = (project / "content" / "sources" / "thread.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "\n**u/tam_roke** · 842 points\n" in body and "> **u/OrlbyFerries** · 1.1k points\n" in body
    assert "How many sailings are cut each day?" in body and "\nTwo sailings a day are cut from Monday." in body


def test_an_interviews_questions_in_bold_keep_their_marks(project, tmp_path):
    """An interview printed with its questions in bold ("**Who gave that advice?**") is read by `suggest` as
    questions and answers by those marks: they stay; a bold word in a sentence does not."""
    interview = tmp_path / "interview.md"
    interview.write_text("# Q&A: the ferry's operations manager\n\n**Why cut two sailings a day?**\n\nWe have too few "
                         "**qualified** crew this winter.\n\n**When will they come back?**\n\nBy March, we expect.\n",
                         encoding="utf-8")
    assert dossier(project, "new", "source", str(interview), "--id", "interview") == 0
    body = (project / "content" / "sources" / "interview.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "\n**Why cut two sailings a day?**\n" in body and "\n**When will they come back?**\n" in body
    assert "We have too few qualified crew this winter." in body


NEWSLETTER = """---
title: "Night shift at the lock"
author: Ines Marlow
date: 2026-03-02T07:15:00+01:00
canonical_url: https://theweirletter.example.org/p/night-shift-at-the-lock
---

_The Weir Letter is a reader-funded newsletter from the canal towns. Free this week._

# Night shift at the lock

The keeper opened the upper gates at 02:10, an hour before the flood peaked.[^gates] Boats waited below.

By dawn the towpath was under water.[^2]

**Subscribe to The Weir Letter**
Two letters a week, written on the towpath.
[Subscribe](https://theweirletter.example.org/join)

[^gates]: The gates are opened by hand; the winch failed in 2024.
[^2]: Readings from the lock's own gauge.
"""


def test_a_newsletters_outlet_blurb_box_and_footnotes(project, tmp_path):
    """A newsletter platform's Markdown export: its outlet is the name its text gives the site its address is on
    ("The Weir Letter" of "theweirletter.…", spelled however spaced or cased; it had been unknown); its blurb in
    italics over the headline naming it, and the line inside its box of a call to subscribe, between two lines of
    page chrome, are furniture (they had stayed); its footnotes keep their markers, in the text where they stood and
    before each note, each note a paragraph of its own (the markers had been left out, the notes run into one)."""
    post = tmp_path / "letter.md"
    post.write_text(NEWSLETTER, encoding="utf-8")
    assert dossier(project, "new", "source", str(post), "--id", "weir", "--strip-chrome") == 0
    front, body = (project / "content" / "sources" / "weir.md").read_text(encoding="utf-8").split("---\n", 2)[1:]
    assert "outlet: The Weir Letter" in front
    assert "reader-funded" not in body and "Two letters a week" not in body and "Subscribe" not in body
    assert "an hour before the flood peaked.[gates] Boats waited below." in body
    assert body.endswith("under water.[2]\n\n[gates] The gates are opened by hand; the winch failed in 2024.\n\n"
                         "[2] Readings from the lock's own gauge.\n")
    from builder.markdown_article import site_name
    assert site_name("https://www.gazetteduport.example/a", "Lu dans La Gazette du Port hier.") == "La Gazette du Port"
    assert site_name("https://news.example/a", "The News in brief") is None  # too short a host to be spelled
    assert site_name("https://harbourletter.example/a", "the harbour letter") is None  # no name in capitals


NOTION = """# What really happened in the valley

Created by: Sam Okafor
Created: March 19, 2026 9:05 AM
Tags: Blog, Wolves
Status: Published

<aside>
🐺 **In short:** Wolves killed 38 sheep in the valley last week.

</aside>

The attacks started on the night of Monday 9 March and went on for a week.
"""


def test_a_notion_pages_properties_give_its_author_and_day_and_its_callouts_lose_their_tags(project, tmp_path, capsys):
    """A wildlife trust's blog post exported from Notion (session 75's trial): its properties under its title and the
    <aside> tags around its callout had been kept in the text; its "Created by" is the author, its "Created" the day."""
    post = tmp_path / "blog.md"
    post.write_text(NOTION, encoding="utf-8")
    assert dossier(project, "new", "source", str(post), "--id", "blog", "--strip-chrome") == 0
    _, front, body = (project / "content" / "sources" / "blog.md").read_text(encoding="utf-8").split("---\n", 2)
    assert "author: Sam Okafor " in front and "published: 2026-03-19 " in front
    assert body.strip().split("\n\n") == [
        "What really happened in the valley", "🐺 In short: Wolves killed 38 sheep in the valley last week.",
        "The attacks started on the night of Monday 9 March and went on for a week."]
    assert "its properties under its title (lines 3–6, a Notion page's) read for author, published" \
        in capsys.readouterr().err
