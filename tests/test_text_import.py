"""Session 67's import rules for plain text and subtitles: a text from `pdftotext -layout`, a wire's flashes, teletext
pages and automatic captions keep their words and lose their furniture (small hostile examples, none from a trial)."""
import re

from builder import subtitles
from tests.test_new import dossier, project  # noqa: F401  (the fixture)


def imported(project, tmp_path, name: str, text: str, *options: str) -> tuple[str, str]:
    """The front matter and the body ``dossier new source`` writes for a file ``name`` holding ``text``."""
    path, ident = tmp_path / name, name.split(".")[0]
    path.write_text(text, encoding="utf-8")
    assert dossier(project, "new", "source", str(path), "--id", ident, *options) == 0
    _, front, body = (project / "content" / "sources" / f"{ident}.md").read_text(encoding="utf-8").split("---\n", 2)
    return front, body


LAID_OUT = """\
                                                                  NORTH QUAY HARBOUR BOARD
                                                                  Licensing Section

  Brackwater Boats Ltd                                            Our ref:   NQ/L/77
  2 Salt Lane                                                     Your ref:  BB/9
  Quayford QF1 2AB                                                Date:      3 March 2027


                               NOTICE OF LICENCE CONDITIONS

  1.   The Board has reviewed the mooring of vessels at the east quay after the storm in February.

       Item              Record
       Storm             Gusts of 70 knots were recorded at the pier head on
                         14 February 2027 (Board anemometer)
       Moorings lost     Three, recovered by
                         16 February 2027 (Board launch)

                              2027            2026
                         Berths   Boats   Berths   Boats
       East quay          40        38       41       40

  2.   The conditions in the schedule apply from the date of this notice.
"""


def test_a_laid_out_tables_wrapped_cells_and_a_letterheads_reference_stay(project, tmp_path):
    """`--strip-chrome` deleted a table's cell wrapped onto a line that opens with a day ("… recorded at the pier head
    on" / "14 February 2027 (Board anemometer)") as a dateline, and a letterhead's line with "Your ref:" beside an
    address; a line set in under a cell of the line above, or under a line that runs on ("… on", "… by"), is never a
    dateline, and a reference is a reference in whichever column it stands. A table's header of days, two columns
    each a day, is no dateline either. The notice had been titled by its letterhead's second line: its heading in
    capitals centred under the letterhead is its title, with its reference, however few its words."""
    front, body = imported(project, tmp_path, "notice.txt", LAID_OUT, "--strip-chrome")
    assert 'title: "NOTICE OF LICENCE CONDITIONS NQ/L/77"' in front  # its heading, centred under the letterhead
    assert "Licensing Section" not in body and "Brackwater Boats" in body  # the letterhead, but a line with a reference
    for kept in ("14 February 2027 (Board anemometer)", "16 February 2027 (Board launch)", "Your ref:  BB/9",
                 "Date:      3 March 2027"):
        assert kept in body
    from builder import layout
    assert layout.column_days("   30 Sept 2026        30 Sept 2025") and not layout.column_days("30 Sept 2026")
    assert not layout.column_days("Tuesday 28 April 2026      Vol. 118, No. 61")
    assert layout.continued(["By the harbour master,", "12 March 2027"]) == {2}
    assert layout.continued(["The storm passed.", "12 March 2027"]) == set()


PAGES = """\
                                                  GREYFELL ROWING CLUB
                                                  The Boathouse, Mill Quay
   Mr P. Ostrander                                Tel: 01632 960 555
   3 Weir Cottages                                www.greyfell.example

                                                  Date: 2 May 2027
   Our ref: GRC/22

   Dear Member,

   The committee met on Tuesday and agreed to close the boathouse for repairs until the end of June.
   The regatta moves to the lake at Hollin Bank for this season only.

   The Greyfell Rowing Club is a company limited by guarantee.
                                                                      Page 1 of 2
\f   GRC/22                                              Boathouse repairs

   Members may still use the ergometers in the school gym on weekday evenings, as before.

                                                                            7

   Greyfell Rowing Club Annual Summary                  2027

   The treasurer reports a surplus of 400 pounds for the year, the first since the flood.

   The Greyfell Rowing Club is a company limited by guarantee.
                                                                            8
\f   - - - - - - - - - - - - - - - - - - - - - - - - - - - -
   REPLY SLIP
   [ ] I will help at the regatta
   Name: _______________________
"""


def test_a_laid_out_texts_pages_lose_their_furniture_and_indent(project, tmp_path):
    """A text from `pdftotext -layout` kept its pages' furniture: page numbers alone on their lines, the line opening
    each page (the same on each, or set in columns), a legal footer ending each page, a letterhead and an address
    block side by side, a reply slip under its cut line, the form feeds and the indent every line shares. With
    `--strip-chrome` they go; the letter's reference and date, which a reader needs, stay; and so does a line set
    apart on one page only ("Greyfell Rowing Club Annual Summary" opens no other page and has one column)."""
    front, body = imported(project, tmp_path, "letter.txt", PAGES, "--strip-chrome")
    assert body.startswith("                                               Date: 2 May 2027\nOur ref: GRC/22\n\n"
                           "Dear Member,\n")
    for gone in ("Ostrander", "01632", "Page 1 of", "Boathouse repairs", "limited by guarantee", "REPLY SLIP",
                 "regatta\n", "____", "- - -", "\f"):
        assert gone not in body
    assert not re.search(r"^\s*\d+\s*$", body, re.M)  # a page's number
    assert "Members may still use" in body and "surplus of 400 pounds" in body
    assert "outlet: Greyfell Rowing Club" in front


def test_a_laid_out_tables_rows_are_paragraphs_their_wrapped_cells_in_them(project, tmp_path):
    """A table laid out with spaces had its rows wrapped over two lines split in two paragraphs, or all its rows run
    into one; each row is one paragraph now, with the lines of its cells wrapped under themselves, and a table of
    rows of one line each a paragraph a row."""
    _, body = imported(project, tmp_path, "notice.txt", LAID_OUT)
    assert ("     Storm             Gusts of 70 knots were recorded at the pier head on\n"
            "                       14 February 2027 (Board anemometer)\n\n     Moorings lost     Three, recovered by\n"
            "                       16 February 2027 (Board launch)\n") in body
    assert "\n\n     East quay          40        38       41       40\n" in body
    assert "Berths   Boats   Berths   Boats\n\n     East" in body


def test_a_reports_day_is_the_day_its_foreword_was_signed():
    """A report from a PDF dated nowhere but under its chair's foreword ("Helena Marrick" / "Chair of the Trustee
    Board" / "20 November 2026") had been published `unknown`; the day a block of a name and an office ends on is
    the text's when no dateline gives one. A day under no name, or a sentence over it, dates nothing."""
    from builder import article
    text = ["Annual review", ""] + ["The club had a good year.", ""] * 12
    assert article.published(text + ["Ada Quell", "Chair of the Board", "3 May 2027", "", "The accounts follow."]) \
        == "2027-05-03"
    assert article.published(text + ["3 May 2027", "", "The accounts follow."]) is None
    assert article.published(text + ["We met again.", "3 May 2027", "", "The accounts follow."]) is None


WIRE = """\
URGENT
HARBOUR TRUST SAYS 40 BERTHS LOST IN STORM
0815 GMT 4 Mar 2027

FLASH
HARBOUR TRUST TO CLOSE EAST QUAY
HARBOUR TRUST TO CLOSE EAST QUAY
0820 GMT 4 Mar 2027

UPDATE 1-Harbour trust closes east quay after storm wrecks berths
1010 GMT 4 Mar 2027

By Ana Veldt

QUAYFORD, March 4 (Northgate Wire) - The North Quay harbour trust closed its east
quay on Thursday after a storm wrecked 38 of its berths, the trust said.

The trust said repairs would take until June.

((Reporting by Ana Veldt; Editing by Bo Lund))

Related
Storm closes ferry routes across the bay
Insurers brace for claims after coastal storm

Northgate Wire, 1010 GMT 4 Mar 2027. All rights reserved.
"""


def test_a_wires_flashes_are_furniture_and_its_story_gives_the_front_matter(project, tmp_path):
    """A wire's file of flashes, then the story ("URGENT" / the alert in capitals, repeated / "0815 GMT 4 Mar 2027"),
    had been titled by its first flash, which the story corrects, its flashes kept as text, its byline deleted
    unread, and its dateline's agency and day left unread under them (they fell below the lines read for them),
    its credit in double brackets and the "Related" headlines kept as paragraphs. The flashes are page chrome now,
    the story's headline is the title, without its tag, its byline the author, its dateline's agency the outlet, its
    stamp the day; the credit is a reporting credit, "Related" and the headlines under it related links. A label
    over the story's words, in lower case, is no flash."""
    front, body = imported(project, tmp_path, "wire.txt", WIRE, "--strip-chrome")
    assert 'title: "Harbour trust closes east quay after storm wrecks berths"' in front
    assert "outlet: Northgate Wire" in front and "author: Ana Veldt" in front and "published: 2027-03-04" in front
    assert body.startswith("UPDATE 1-Harbour trust closes east quay after storm wrecks berths\n")
    assert "40 BERTHS" not in body and "EAST QUAY" not in body and "Storm closes ferry" not in body
    assert "Reporting by" not in body  # its credit, in double brackets
    assert "repairs would take until June." in body
    from builder import article
    assert article.flashes(["BREAKING", "The quay is closed after the storm.", "", "More follows."]) == 0


def teletext_page(number: int, clock: str, lines: list[str], last: bool) -> str:
    """A teletext page as a text saves it: its header, its counter, its lines, its prompt and coloured keys."""
    return "\n".join([f" P201  QuayText 201  Thu 4 Mar  {clock}", f"  QT NEWS                           {number}/2", "",
                      *(f" {line}" for line in lines), "", " Weather 400   Sport 300" if last
                      else " Continued on next page >>>", " News  Quay  Sport  Weather       ", ""])


TELETEXT = teletext_page(1, "08:10/12", ["EAST QUAY SHUT AFTER", "STORM", "", "The east quay at Quayford was shut on",
                                         "Thursday after a storm."], False) + "\n" + \
    teletext_page(2, "08:10/40", ["QUAY: REPAIRS", "", "Repairs will take until", "June, the trust said."], True)


def test_teletext_pages_lose_their_headers_counters_and_keys(project, tmp_path):
    """Teletext pages saved as text had been titled by a page's header ("P104 WVText 104 Tue 10 Nov 20:14/37"),
    their headers, subpage counters ("1/5"), coloured keys' links and "Continued on next page >>>" kept five times,
    their service and day unread. With two headers or more they are furniture, the service the headers name is the
    outlet, the heading atop the first page the title, and the day the note names, without its year."""
    front, body = imported(project, tmp_path, "quay.txt", TELETEXT, "--strip-chrome")
    assert 'title: "EAST QUAY SHUT AFTER STORM"' in front and "outlet: QuayText" in front
    assert body == ("EAST QUAY SHUT AFTER\nSTORM\n\nThe east quay at Quayford was shut on\nThursday after a storm.\n\n"
                    "QUAY: REPAIRS\n\nRepairs will take until\nJune, the trust said.\n")
    from builder import teletext
    assert teletext.day(TELETEXT.split("\n")) == "Thu 4 Mar"
    assert teletext.furniture([" P201  QuayText 201  Thu 4 Mar  08:10/12", "News  Quay  Sport"]) == {}  # one page


AUTOMATIC = "WEBVTT\nKind: captions\nLanguage: en\n\n" + "\n\n".join(
    f"00:00:{2 * k:02d}.000 --> 00:00:{2 * k + 1:02d}.990 align:start position:0%\n{before}\n \n"
    f"00:00:{2 * k + 1:02d}.990 --> 00:00:{2 * k + 2:02d}.000 align:start position:0%\n{before}\n"
    + "<00:00:00.500><c> </c>".join(now.split())
    for k, (before, now) in enumerate(zip(["", "the ferry is off again", "because the ramp failed on sunday",
                                           "and it will be a week"], ["the ferry is off again",
                                                                      "because the ramp failed on sunday",
                                                                      "and it will be a week", "before it sails"])))


def test_automatic_captions_are_read_once_each_and_warned_of(project, tmp_path, capsys):
    """Automatic captions (rolling cues, each repeating the line before, its new line timed word by word, no stop nor
    capital) had been refused as holding "no article text", with a message about paywalls. Each spoken line is read
    once, in order, the paragraphs cut by time, and the note says the cues end no sentence; a subtitle file with no
    line of speech is refused in words of subtitles."""
    path = tmp_path / "ferry.vtt"
    path.write_text(AUTOMATIC, encoding="utf-8")
    assert dossier(project, "new", "source", str(path), "--id", "t") == 0
    assert "Its cues end no sentence (automatic captions?)" in capsys.readouterr().err
    body = (project / "content" / "sources" / "t.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body == ("[00:00:01]\n\nthe ferry is off again because the ramp failed on sunday and it will be a week "
                    "before it sails\n")
    from builder import subtitles
    assert not subtitles.punctuated(AUTOMATIC) and subtitles.punctuated("00:01.000 --> 00:02.000\nIt sails.\n")
    empty = tmp_path / "empty.srt"
    empty.write_text("1\n00:00:01,000 --> 00:00:02,000\n[MUSIC]\n\n2\n00:00:02,000 --> 00:00:03,000\nhi\n\n"
                     "3\n00:00:03,000 --> 00:00:04,000\n[APPLAUSE]\n", encoding="utf-8")
    assert dossier(project, "new", "source", str(empty), "--id", "e") == 1
    message = capsys.readouterr().err
    assert "the subtitle file holds no speech" in message and "paywall" not in message


def test_a_caption_files_sounds_speaker_marks_and_publishing_body(project, tmp_path):
    """A committee's captions named their council in a note ("Harbour Borough Council - Licensing Committee"), which
    was left unread; an unvoiced cue of a sound in lower case ("[applause from the gallery]") had been read as the
    last speaker's words, and a podcast's ">>" marks of a change of speaker were kept in its text."""
    front, body = imported(project, tmp_path, "committee.vtt", "WEBVTT\n\nNOTE\nHarbour Borough Council - Licensing "
                           "Committee\nMonday 1 March 2027\n\n"
                   "00:00:01.000 --> 00:00:04.000\n<v Cllr Ann Roe>The quay stays shut until the ramp is mended.\n\n"
                   "00:00:04.000 --> 00:00:05.000\n[applause from the gallery]\n\n"
                   "00:00:05.000 --> 00:00:09.000\n<v Cllr Ann Roe>We will vote on the licence next month.\n")
    assert "outlet: Harbour Borough Council" in front and "applause" not in body
    _, body = imported(project, tmp_path, "show.srt", "1\n00:00:01,000 --> 00:00:04,000\n>> welcome back to the "
                       "harbour hour with me\n\n2\n00:00:04,500 --> 00:00:08,000\n>> and me and the ferry is off "
                       "\n\n3\n00:00:08,000 --> 00:00:09,000\nagain\n")
    assert ">>" not in body and "\n\nand me and the ferry is off again\n" in body


def test_a_signers_initial_is_spelled_out_by_the_name_typed_under_it():
    """A notice signed "I. Falkner" over the typed "Idris Falkner" had been authored by the initial; the name a line
    spells in full is the author. Another's name, or a surname alone, spells nothing."""
    from builder import article
    signed = ["The quay is shut.", "", "Yours sincerely,", "", "A. Quell", "", "Ada Quell", "Harbour master"]
    assert article.author(signed) == "Ada Quell"
    assert article.author(signed[:5] + ["", "Alan Quellor", "Harbour master"]) == "A. Quell"


SUBVIEWER = """0:00:00.000,0:00:01.200
[THUNDER]

0:00:01.400,0:00:06.900
ILSE MARROW: The ferry to Skerrow has not sailed for three days.

0:00:07.100,0:00:11.300
Harbour staff say the swell reached six metres overnight.

0:00:11.500,0:00:12.700
[SIREN]

0:00:12.900,0:00:17.400
>> JONAS BREKKE: We have had no boat since Tuesday, and no bread since Wednesday.

0:00:17.600,0:00:19.900
>> ILSE MARROW: The harbour hopes to reopen on Monday. Ilse Marrow, KTV News, Skerrow.
"""


def test_subviewer_captions_are_read_as_subtitles(project, tmp_path, capsys):
    """A trial's SubViewer captions (.sbv, a video site's download) were read as text: each "0:00:01.700,0:00:08.420"
    a paragraph, its "[EXPLOSION]" kept, its first caption's speaker label the title, and its reporter's sign-off
    ("Tom Ashdown, NBS News, Pellbury.") no author nor outlet; they read as SubRip's do, the sign-off read."""
    front, body = imported(project, tmp_path, "ferry-captions.sbv", SUBVIEWER)
    assert 'title: "ferry-captions"' in front and "the file's name is its title" in capsys.readouterr().err
    assert not re.search(r"\d:\d\d:\d\d\.\d{3}", body) and "THUNDER" not in body and "SIREN" not in body
    assert "ILSE MARROW: The ferry to Skerrow has not sailed for three days. Harbour staff say the swell reached six " \
           "metres overnight." in body
    assert "\nJONAS BREKKE: We have had no boat since Tuesday, and no bread since Wednesday.\n" in body
    assert "author: Ilse Marrow" in front and "outlet: KTV News" in front  # the reporter's sign-off


def test_a_transcript_ending_on_no_sign_off_names_no_reporter():
    """A last sentence that is no reporter's name and outlet ("Back to you, Sarah.", "Thanks, Ilse Marrow.") names
    no one."""
    for last in ("Back to you, Sarah.", "Thanks to Ilse Marrow, our reporter.", "Ilse Marrow, KTV News, Skerrow, "
                 "said the harbour would reopen on Monday."):
        assert subtitles.signed_off(["[00:00:01]", "", f"The harbour reopens on Monday. {last}"]) is None
