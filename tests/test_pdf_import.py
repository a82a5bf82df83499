"""dossier new source ARTICLE.pdf: a PDF imported as its text, lines joined into the paragraphs their spacing shows, a
page in columns read column by column, its page furniture left out (builder/pdf_article.py).

The PDFs in tests/fixtures/pdf/ were printed once by the system Chromium from the HTML files beside them (words of
our own), and committed:

    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=NAME.pdf file:///…/NAME.html

for press-release (a letterhead, "ENDS", "Notes to editors"), statement (three A5 pages, each with its running
head and "Page N of 3", a word hyphenated at a line's end: "engi-" / "neering"), two-columns (CSS columns), indented
(paragraphs told by a first line's indent, no space between them), e-edition (a newspaper's page: three columns, a
story beside them, an advert), letter (a letterhead in two columns, a reference line, a table, a signature) and scan
(a page that is an image); news-page, web-page (a cookie notice, a menu, a section label, related links, a footer)
and blank-page (whose print style hides its article) without --no-pdf-header-footer, as a reader's "Save as PDF" prints
them: the day and time, the page's title, its address and "1/1" on the page. The hostile ones are made here: a file
cut short, one locked with a password (written by hand with the standard security handler), one named .pdf that is
none."""
import hashlib
from pathlib import Path

import pytest

from builder import pdf_article
from builder.quotes import locate
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project
from tests.test_office_import import _body

PDFS = Path(__file__).parent / "fixtures" / "pdf"


def _import(project, name, *options, path=None):
    assert dossier(project, "new", "source", str(path or PDFS / f"{name}.pdf"), "--id", name, *options) == 0
    _, front, body = _body(project, name)
    return front, body


def _folded(text):
    return " ".join(text.split())


def test_a_press_release_is_its_text_with_its_letterhead_flagged(project, capsys):
    front, body = _import(project, "press-release")
    err = capsys.readouterr().err
    for said in ('Operations director Hester Blaymire said: "We are sorry for the disruption this caused to families '
                 'in Upper Ferrow. Every sample taken since Monday has been clear, and the water is safe to drink '
                 'straight from the tap again."',
                 "Kelmarsh Water has lifted the boil-water notice issued on Sunday for 3,400 homes in Upper Ferrow, "
                 "after forty samples taken from the network since Monday morning showed no trace of coliform "
                 "bacteria."):
        assert said in _folded(body)
    paragraphs = body.strip().split("\n\n")
    assert "Boil-water notice lifted for Upper Ferrow after two days" in paragraphs  # a paragraph of its own
    assert 'title: "Boil-water notice lifted for Upper Ferrow after two days"' in front
    assert "outlet: Kelmarsh Water" in front and "published: 2026-04-14" in front
    assert "looks like page chrome (end mark): `ENDS`" in err and "(contact details)" in err
    assert ('its document information\'s title, "Press release - Kelmarsh Water", is not among its first lines: not '
            'taken for its title') in err
    assert "the date the article gives is read from its text" in err and "a PDF of 1 page" in err
    assert dossier(project, "check") == 0


def test_a_statements_running_heads_and_page_numbers_are_left_out(project, capsys):
    """Three pages, each under its running head and over "Page N of 3": the text runs on across them, a word
    hyphenated at a line's end stays as printed (quotes are found across it)."""
    front, body = _import(project, "statement")
    err = " ".join(capsys.readouterr().err.split())
    assert "Page 1 of 3" not in body and "Harrowby District Council |" not in body
    assert "`Page 2 of 3`" in err and "left out of its text as page furniture" in err
    assert "engi-\nneering firm" in body and locate("monitored daily by an independent engineering firm", body)
    for said in ('Councillor Dafydd Prothero, leader of the council, said: "The inquiry\'s findings are deeply '
                 'troubling. A clear warning was given and nobody acted on it. That must never happen again at any '
                 'site this council licenses."',
                 'the surveyor, who told it: "I wrote down what I saw and I sent it to the office the same afternoon. '
                 'I assumed somebody would stop the blasting."'):
        assert said in _folded(body)
    paragraphs = [_folded(p) for p in body.strip().split("\n\n")]
    assert paragraphs[0] == "Statement on the Glenrock Quarry inquiry" and len(paragraphs) == 12
    assert paragraphs[5].startswith("The report makes") and paragraphs[5].endswith("without notice.")
    assert 'title: "Statement on the Glenrock Quarry inquiry"' in front and "published: 2026-06-03" in front
    assert "a PDF of 3 pages" in err
    assert dossier(project, "check") == 0


def test_a_page_printed_by_the_browser(project, capsys):
    """The browser's header (the day it was printed, the page's title) and footer (its address, "1/1") are no part of
    the text; the title names the outlet beside the headline; the day printed is no publication's."""
    front, body = _import(project, "news-page")
    err = " ".join(capsys.readouterr().err.split())
    assert "file://" not in body and "1/1" not in body and "AM" not in body
    assert ('"The vessel touched a sandbank at low speed and came to rest upright," a spokesperson for Westerway '
            'Ferries said. "The crew followed every procedure, and our priority now is to refloat her safely on the '
            'evening tide."') in _folded(body)
    assert 'title: "Ferry runs aground off Inchmarnock in fog"' in front and "outlet: The Clyde Courier" in front
    assert "author: Isla Farquharson" in front and "published: 2026-09-22" in front and "url: null" in front
    assert "its printed header gives the day it was printed" in err and "printed from a file on a computer" in err


def test_a_printed_web_pages_furniture_is_flagged_as_a_texts(project, capsys):
    """A web page printed by the browser: its cookie notice's wrapped rest, its menu in one line, its section label,
    the titles under "More from Sport" and its footer's wrapped tail are flagged (chrome.py's rules, as a text's);
    the headline over two lines is one."""
    front, body = _import(project, "web-page", "--strip-chrome")
    err = " ".join(capsys.readouterr().err.split())
    paragraphs = [p.strip() for p in body.strip().split("\n\n")]
    assert paragraphs[0] == "Rowing club's boathouse flooded for the second winter running"
    assert paragraphs[-1] == "Training has moved to the reservoir at Ashby until the boathouse dries out."
    for flagged in ("(cookie prompt): `you agree to our use of cookies. Accept all Manage preferences`",
                    "(site navigation): `Home News Sport Business Weather Opinion Subscribe Sign in`",
                    "(dateline, byline or section label): `SPORT | ROWING`",
                    "(related links): `The long road back for the county's cricketers`",
                    "(copyright line): `Terms · Contact the newsroom team`"):
        assert flagged in err
    assert "outlet: The Kelby Herald" in front and "author: Maeve Dunleavy" in front


def test_an_address_in_the_printed_footer_is_the_url():
    document = pdf_article.office.Document(["Ferry runs aground"])
    footer = [pdf_article.positioned.Line(0, 780.0, 24.0, "11", "https://clydecourier.example/news/ferry-aground")]
    pdf_article._printed(document, footer)
    assert document.fields["url"].value == "https://clydecourier.example/news/ferry-aground"


def test_a_page_in_two_columns_is_read_column_by_column(project, capsys):
    front, body = _import(project, "two-columns")
    err = " ".join(capsys.readouterr().err.split())
    paragraphs = [_folded(p) for p in body.strip().split("\n\n")]
    assert paragraphs[:2] == ["Library hours cut at four branches from July", "By Tomasz Wierzbicki, 12 May 2026"]
    assert ("The council's own consultation drew 2,140 responses, the highest number for any library proposal in a "
            "decade. Almost two thirds of those who replied opposed any cut in hours.") in paragraphs  # across them
    assert ('Its chair, Gwen Attwater, said: "We have people ready to give their time. We only ask the council to let '
            'us open the doors."') in _folded(body)
    assert paragraphs[-1].startswith("Opening hours at all four branches")
    assert "read column by column (page 1 in 2)" in err
    assert "author: Tomasz Wierzbicki" in front and "published: 2026-05-12" in front


def test_a_page_of_columns_beside_another_story_is_the_story_under_its_headline(project, capsys):
    """A newspaper page (an e-edition's): three columns under the headline, another story in a column of its own
    beside them with its own headline and an advert under it, the page's number alone atop it, an image's place
    and the page's foot: the story is the columns under its headline, the other story left out and named."""
    front, body = _import(project, "e-edition")
    err = " ".join(capsys.readouterr().err.split())
    paragraphs = [_folded(p) for p in body.strip().split("\n\n")]
    assert paragraphs[1] == "Flood barrier fails on first test as river rises at Ormsby"
    assert paragraphs[-1] == "Sandbags are available from the fire station on Bridge Road until Sunday."
    assert ("Residents were taken to the leisure centre on Mill Lane, where the council opened a rest centre for the "
            "night. Nobody was hurt.") in paragraphs  # across two columns
    for other in ("Library", "roof", "SPRING SALE", "Sofas", "[photo]", "Page 7", "\n7\n"):
        assert other not in body
    assert 'another story set beside the article, "Library roof repairs to start in April", left out' in err
    assert "`[photo]`" in err and "read column by column (page 1 in 3)" in err
    assert 'title: "Flood barrier fails on first test as river rises at Ormsby"' in front
    assert "author: Odile Harker" in front  # "BY ODILE HARKER, ENVIRONMENT EDITOR" under the headline


def test_a_letterheads_two_columns_each_whole_and_a_tables_rows_each_a_line(project, capsys):
    """A letterhead's name and office left, its address right, each read whole; a table in the page's one column,
    each row a line of its cells apart by a tab, told from columns of prose by its short cells."""
    front, body = _import(project, "letter")
    paragraphs = body.strip().split("\n\n")
    assert paragraphs[:3] == ["PELLOW VALLEY WATER BOARD", "Tariffs and Charges Office",
                              "Garth Chambers\n9 Rope Walk\nPellow PV4 2QA\nTel. 01632 960 118\ntariffs@pvwb.example"]
    assert ("Charge\tNow\tFrom 1 May\nStanding charge, small site\t£61.20\t£66.90\nStanding charge, large site\t"
            "£204.00\t£223.50\nMeter reading visit\t£18.40\t£19.10") in paragraphs
    assert "column by column" not in capsys.readouterr().err
    assert "author: Anwen Pryce" in front  # its signature: "Anwen Pryce" / "Head of Tariffs" / "for and on behalf
    assert "outlet: Pellow Valley Water Board" in front  # of the Pellow Valley Water Board", under "Yours faithfully,"


def test_a_notices_signature_under_the_name_signed_by_hand_and_over_its_copies():
    """A notice signed "M. Feltham" over the typed name, the office, "for and on behalf of" the body, then its
    copies ("cc:") and a privacy note: the signatory is the author, the body the outlet (office.py's rule)."""
    lines = ["8. Any enquiry should quote the reference above.", "", "R. Ashdown", "", "Rhian Ashdown",
             "Senior Inspector of Mines", "for and on behalf of the Wessary Mines Inspectorate", "",
             "cc: Kelby Parish Council.", "", "The Inspectorate processes personal data under its privacy notice."]
    signed = pdf_article.article.author(lines)
    assert signed == "Rhian Ashdown"
    assert pdf_article.office._signature(lines, signed)[1] == "Wessary Mines Inspectorate"


def test_paragraphs_told_by_a_first_lines_indent(project, capsys):
    """No space between paragraphs, as a judgment or a book sets them: a line set in deeper under one ending a
    sentence opens a paragraph."""
    front, body = _import(project, "indented")
    paragraphs = [_folded(p) for p in body.strip().split("\n\n")]
    assert len(paragraphs) == 4 and paragraphs[0] == "Summary of the ruling in Ferrow Parish Council v Castle Brook " \
                                                     "Estates"
    assert paragraphs[2] == ('Delivering the ruling, Judge Imelda Strachan said: "The diversion order was properly '
                             'made and properly published. Whatever the merits of the route the parish would prefer, '
                             'this court cannot restore a path the law has moved."')
    assert 'title: "Summary of the ruling in Ferrow Parish Council v Castle Brook Estates"' in front


def test_strip_chrome_deletes_what_is_flagged(project, capsys):
    _, body = _import(project, "press-release", "--strip-chrome")
    assert "ENDS" not in body.split("\n") and "press@kelmarsh-water.example" not in body
    assert "Kelmarsh Water has lifted the boil-water notice" in body


@pytest.mark.parametrize("cap, value", [("MAX_PAGES", 1), ("MAX_TEXT", 100)])
def test_a_long_pdf_is_read_to_the_cap(project, capsys, monkeypatch, cap, value):
    """A book or a report of thousands of pages is read to its 200th page, or a million characters: never a hang."""
    monkeypatch.setattr(pdf_article, cap, value)
    _, body = _import(project, "statement")
    assert "The report makes fourteen" not in body and "a PDF of 3 pages: its text read page by page (its first 1 " \
                                                      "only)" in " ".join(capsys.readouterr().err.split())


def _locked(path):
    """A one-page PDF locked with the user password "secret" (standard security handler, revision 2, 40-bit RC4)."""
    pad = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")

    def rc4(key, data):
        s, j, out = list(range(256)), 0, bytearray()
        for i in range(256):
            j = (j + s[i] + key[i % len(key)]) % 256
            s[i], s[j] = s[j], s[i]
        i = j = 0
        for byte in data:
            i = (i + 1) % 256
            j = (j + s[i]) % 256
            s[i], s[j] = s[j], s[i]
            out.append(byte ^ s[(s[i] + s[j]) % 256])
        return bytes(out)

    user, ident, permissions = (b"secret" + pad)[:32], b"0123456789abcdef", -4
    owner = rc4(hashlib.md5((b"owner" + pad)[:32]).digest()[:5], user)
    key = hashlib.md5(user + owner + permissions.to_bytes(4, "little", signed=True) + ident).digest()[:5]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
               b"<< /Filter /Standard /V 1 /R 2 /O <" + owner.hex().encode() + b"> /U <"
               + rc4(key, pad).hex().encode() + b"> /P -4 >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += (b"trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<" + ident.hex().encode() + b"> <"
            + ident.hex().encode() + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    path.write_bytes(bytes(out))
    return path


@pytest.mark.parametrize("damage, message", [
    ("locked", "the PDF is locked with a password"), ("cut", "cannot read the PDF"),
    ("none", "the file is named .pdf but is no PDF"), ("scan", "run it through a text recognition (OCR) program"),
    ("huge", "over the limit of 1,000"), ("blank", "the page printed blank")])
def test_a_hostile_or_damaged_pdf_is_refused(project, tmp_path, capsys, monkeypatch, damage, message):
    """A PDF locked with a password, one cut short, a file named .pdf that is none, a scan (its page an image), one
    over the size limit and a page the browser printed blank (its print style hides the article: only the printed
    header and footer) are refused with what to do, and nothing is written."""
    path = tmp_path / "article.pdf"
    if damage == "locked":
        _locked(path)
    elif damage == "cut":
        path.write_bytes((PDFS / "statement.pdf").read_bytes()[:20_000])
    elif damage == "none":
        path.write_text("Ferry runs aground off Inchmarnock in fog\n", encoding="utf-8")
    elif damage in ("scan", "blank"):
        path.write_bytes((PDFS / f"{damage}{'' if damage == 'scan' else '-page'}.pdf").read_bytes())
    else:
        monkeypatch.setattr(pdf_article, "MAX_BYTES", 1000)
        path.write_bytes((PDFS / "press-release.pdf").read_bytes())
    before = sorted((project / "content" / "sources").iterdir())
    assert dossier(project, "new", "source", str(path)) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert message in err and "copy" in err and "text into a .txt file" in err and "Traceback" not in err
    assert sorted((project / "content" / "sources").iterdir()) == before


@pytest.mark.parametrize("information, fields, note", [
    ({"Title": "Microsoft Word - statement_v3.docx", "Author": "jsmith", "CreationDate": "D:20260302091400Z"}, {},
     'its document information\'s title, "Microsoft Word - statement_v3.docx", is not among its first lines: not '
     'taken for its title'),
    ({"Author": "Administrator"}, {}, 'its author property, "Administrator", names no one: left out'),
    ({"Title": "Glenrock Quarry inquiry: statement | Harrowby District Council", "Author": "Ana Whitlow",
      "CreationDate": "D:20260302091400+01'00'"},
     {"title": "Glenrock Quarry inquiry: statement", "outlet": "Harrowby District Council", "author": "Ana Whitlow"},
     "its properties say it was created on 2026-03-02: the date the article gives is read from its text"),
    ({"Title": "Statement on the inquiry into the northern face | Harrowby District Council"}, {},
     'its document information\'s title, "Statement on the inquiry into the northern face | Harrowby District '
     'Council", is not among its first lines: not taken for its title')])  # a title cut short: its outlet's part, the masthead's words, is no headline
def test_the_document_information_only_where_it_is_plausible(information, fields, note):
    """A title is the document's when its text opens with it (not a word processor's "Microsoft Word - …"), the other
    part of it the outlet when the text names it; an author names a person (not "jsmith", "Administrator"); the day
    it was made is only a note."""
    document = pdf_article.office.Document(["Harrowby District Council", "Glenrock Quarry inquiry: statement",
                                            "The council has today published the findings."])
    pdf_article._information(document, information, [])
    assert {k: found.value for k, found in document.fields.items()} == fields and note in document.notes


def test_the_date_under_the_headline_of_a_printed_page():
    """A printed page's menus and cookie notice come before its headline: its date is read under the headline, in a
    byline's line of parts set side by side too."""
    document = pdf_article.office.Document(
        ["We use cookies to make this site work.", "Accept all cookies", "News\nSport\nBusiness", "Home > News",
         "Hestmark Calder loses dozens of boxes in Storm Ilka\noff Ostrevia",
         "By Dagny Prell, Casualty Correspondent 16 October 2025\nShare on LinkedIn Share on X Email Print",
         "Hestmark Container Line's Hestmark Calder lost containers overboard early on Tuesday."])
    pdf_article._information(document, {"Title": "Hestmark Calder loses dozens of boxes in Storm Ilka off Ostrevia | "
                                                 "Cargo Line Review"}, [])
    pdf_article._under_headline(document)
    assert document.fields["title"].value == "Hestmark Calder loses dozens of boxes in Storm Ilka off Ostrevia"
    assert document.fields["published"].value == "2025-10-16" and document.fields["author"].value == "Dagny Prell"


def test_the_headline_is_the_largest_type_but_a_bodys_name():
    """With no title the text shows, the headline is the first page's largest type, not a letterhead's body's name
    set larger still."""
    line = pdf_article.positioned.Line
    kept = [line(0, 40, 50, "24", "Wendmoor Valley Hospitals Trust", 400, 24.0),
            line(0, 90, 50, "18", "Power supply incident at Harrowmere", 400, 18.0),
            line(0, 110, 50, "18", "General Hospital", 300, 18.0)] + [
        line(0, 140 + 14 * n, 50, "11", "Harrowmere General Hospital lost its mains supply.", 500, 11.0)
        for n in range(4)]
    paragraphs = ["Wendmoor Valley Hospitals Trust", "Power supply incident at Harrowmere\nGeneral Hospital",
                  "\n".join(["Harrowmere General Hospital lost its mains supply."] * 4)]
    assert pdf_article._largest(kept, paragraphs)[0] == "Power supply incident at Harrowmere General Hospital"


def test_a_line_naming_only_the_documents_kind_is_no_headline_but_heads_it():
    """A regulator's safety communication (session 75's trial): its largest type, "Drug Safety Communication", had been
    the title; its title is the paragraph under it, set in the text's type, not the labelled line after that."""
    line = pdf_article.positioned.Line
    kept = [line(0, 40, 50, "11", "Drug Safety Communication", 300, 11.0),
            line(0, 60, 50, "10", "Corvalimab: trial halted after serious liver injury - advice for", 500, 10.0),
            line(0, 74, 50, "10", "former trial participants", 300, 10.0),
            line(0, 100, 50, "10", "Reference: MDAV/SC/2026/014", 300, 10.0)] + [
        line(0, 130 + 14 * n, 50, "10", "On 12 March 2026 the company halted the trial of corvalimab.", 500, 10.0)
        for n in range(4)]
    paragraphs = ["Drug Safety Communication", "\n".join(l.text for l in kept[1:3]), kept[3].text,
                  "\n".join(l.text for l in kept[4:])]
    assert pdf_article._largest(kept, paragraphs)[0] == \
        "Corvalimab: trial halted after serious liver injury - advice for former trial participants"
    assert pdf_article.article.document_kind("FIELD SAFETY NOTICE") and not pdf_article.article.document_kind(
        "Council Issues Flood Alert")
    dated = [line(0, 40, 50, "27", "Press Statement", 300, 26.7),
             line(0, 70, 50, "16", "Saturday 14 March 2026 – 5.30pm", 300, 16.0),
             line(0, 90, 50, "16", "Tanner Stand roof: update on this afternoon's fixture", 500, 16.0)] + [
        line(0, 120 + 18 * n, 50, "16", "A section of the roof cladding came away from its frame.", 500, 16.0)
        for n in range(4)]
    assert pdf_article._largest(dated, [dated[0].text, dated[1].text, dated[2].text,
                                        "\n".join(l.text for l in dated[3:])]) is None  # not the club's
    # statement's day under its kind (session 75's measure of the imports): its title is found as before


def test_a_headline_ends_at_a_line_that_ended_before_the_next_ones_first_word():
    """A committee's name over its minutes' title, a venue's line under it, all in one type and centred: the title
    is the line between them, its last word far from the width of the text under it."""
    line = pdf_article.positioned.Line
    kept = [line(0, 115, 241, "19", "Harbour Committee", 370, 18.7),
            line(0, 132, 130, "19", "Minutes of the meeting held on Monday 2 March 2026", 470, 18.7),
            line(0, 148, 170, "19", "Committee Room, Town Hall, Kelby", 430, 18.7)] + [
        line(0, 180 + 14 * n, 84, "15", "The committee heard the harbour master's report on the dredging work.", 527,
             14.7) for n in range(4)]
    paragraphs = ["\n".join(l.text for l in kept[:3]), "\n".join(l.text for l in kept[3:])]
    assert pdf_article._largest(kept, paragraphs)[0] == "Minutes of the meeting held on Monday 2 March 2026"


def test_a_signatorys_office_in_initials_is_the_name_its_text_spells_out():
    """A regulator's communication signed "Dr Pieter Houghe, Chief Medical Officer, MDAV" (session 75's trial): its
    outlet had been "mdav", the initials as its contact address writes them; it is the name its text gives in full."""
    lines = ["Contact: pharmacovigilance@mdav.example or www.mdav.example", "This communication is issued by the",
             "Medicines and Devices Authority of Varnland.", "Dr Pieter Houghe, Chief Medical Officer, MDAV"]
    assert pdf_article.office.as_written("MDAV", lines) == "Medicines and Devices Authority of Varnland"
    assert pdf_article.office.as_written("MDAV", lines[:1]) == "MDAV"  # no name spelt out: the initials
    assert pdf_article.office.as_written("FENWICK FINE CATERING LTD", ["Fenwick Fine Catering is sorry."]) == \
        "Fenwick Fine Catering"


@pytest.mark.parametrize("below, outlet", [
    ("Wendmoor Water Ltd, Harrowdale House, Mill Lane, Ashcombe WM4 7QT", "Wendmoor Water"),
    ("Wendmoor Water, Harrowdale House, Mill Lane", None),  # no legal form, no body's word: a person's letterhead?
    ("Harrowdale House, Mill Lane, Ashcombe", None)])
def test_a_letterheads_name_over_its_address_line_is_the_outlet(below, outlet):
    """A water company's customer notice (session 75's trial): "Wendmoor Water" in large type over "Wendmoor Water Ltd,
    Harrowdale House, …" named no outlet (a letterhead's name was read only in capitals)."""
    line = pdf_article.positioned.Line
    document = pdf_article.office.Document(["Wendmoor Water", below, "Today we are announcing a ban."])
    pdf_article._letterhead(document, [line(0, 40, 50, "20", "Wendmoor Water", 200, 20.0),
                                       line(0, 70, 50, "11", below, 400, 11.3),
                                       line(0, 100, 50, "14", "Today we are announcing a ban.", 400, 14.0)])
    assert (document.fields["outlet"].value if "outlet" in document.fields else None) == outlet


@pytest.mark.parametrize("top, text, outlet", [
    ("KELBY HARBOUR AUTHORITY", "The Kelby Harbour Authority has closed the slipway.", "Kelby Harbour Authority"),
    ("WESSARY REGIONAL GOVERNMENT", "The regional government met on Monday.", "Wessary Regional Government"),
    ("TARNELL", "Tarnell Civil Engineering Ltd confirms that its gates failed.", "Tarnell Civil Engineering"),
    ("BREAKING NEWS", "The river rose overnight.", None)])  # no body's name, no longer name in the text
def test_a_letterheads_name_in_capitals_atop_the_first_page_is_the_outlet(top, text, outlet):
    line = pdf_article.positioned.Line
    document = pdf_article.office.Document([top, text])
    pdf_article._letterhead(document, [line(0, 60, 50, "20", top, 300, 20.0), line(0, 100, 50, "11", text, 500, 11.0)])
    assert (document.fields["outlet"].value if "outlet" in document.fields else None) == outlet


@pytest.mark.parametrize("above, published", [
    (["Our ref: TC/2026/88", "Your ref: KF/12", "Date: 12 March 2026"], "2026-03-12"),
    (["HARBOUR BOARD", "HB/2026/4 — DRAFT, issued 9 March 2026"], "2026-03-09"),
    (["The board met on 2 March 2026 and agreed the dredging."], None)])  # a sentence's day, no line's date
def test_a_date_line_over_the_headline_is_the_day_issued(above, published):
    line = pdf_article.positioned.Line
    document = pdf_article.office.Document(above)
    pdf_article._dated(document, [line(0, 20 + 12 * k, 50, "11", text, 400, 11.0) for k, text in enumerate(above)])
    assert (document.fields["published"].value if "published" in document.fields else None) == published


def test_a_logos_letters_set_apart_are_furniture():
    line = pdf_article.positioned.Line
    lines = [line(0, 60, 50, "24", "TARNELL", 200, 24.0), line(0, 80, 50, "9", "C I V I L · E N G I N E E R S", 200, 9.0)]
    lines += [line(0, 120 + 14 * n, 50, "11", "The company said its engineers were on site.", 500, 11.0) for n in range(9)]
    assert pdf_article.positioned.furniture(lines, {0: 842.0}) == {lines[1]}


def test_a_sentence_ending_a_pages_full_last_line_goes_on_on_the_next():
    """A page's last line, full to the text's width, ends a sentence: the next page's first line goes on with its
    paragraph; a short last line ends it."""
    line = pdf_article.positioned.Line
    body = [line(0, 700 + 13 * n, 85, "15", "The committee heard the report of the harbour master on the work.", 527,
                 14.7) for n in range(3)]
    full = line(0, 739, 85, "15", "The Minister said that the subsidy covered the full published timetable.", 527, 14.7)
    short = line(0, 739, 85, "15", "The Minister said so.", 200, 14.7)
    after = line(1, 40, 85, "15", "She added that it covered the sailings now proposed for withdrawal.", 500, 14.7)
    assert len(pdf_article.positioned.joined(body + [full, after])) == 1
    assert len(pdf_article.positioned.joined(body + [short, after])) == 2


def test_a_page_of_thousands_of_lines_in_columns_is_read_at_once():
    """A headline over three columns of 1,500 lines each and a table of 1,600 rows (a dense page, a crafted one):
    each band's gutters are kept as its rows come (no band read again for each row), a table's cells placed by
    their gutters; every line read, column by column, in well under a second."""
    line = pdf_article.positioned.Line
    head = [line(0, 20, 40, "30", "A headline across the page set large", 600, 30.0)]
    columns = [line(0, 50 + 12 * r, 40 + 190 * c, "12", f"column {c} line {r} of the text", 220 + 190 * c, 12.0)
               for c in range(3) for r in range(1500)]
    ordered, count, others = pdf_article._reading_order(head + columns)
    assert ordered == head + columns and count == 3 and others == []
    cells = [line(0, 50 + 12 * r, 40 + 190 * c, "12", f"£{r}.{c}0", 80 + 190 * c, 12.0) for r in range(1600)
             for c in range(3)]
    ordered, _, _ = pdf_article._reading_order(head + cells)
    assert [l.text for l in ordered[1:3]] == ["£0.00\t£0.10\t£0.20", "£1.00\t£1.10\t£1.20"] and len(ordered) == 1601
