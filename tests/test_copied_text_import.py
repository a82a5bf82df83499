"""Session 69's import rules for plain text: a radio newsroom's bulletin script of several stories, a live blog copied
from the browser, an automatic transcription service's export, a court's press summary and a social post copied as
text keep their words and lose their furniture (small hostile examples, none from a trial)."""
from tests.test_new import dossier, project  # noqa: F401  (the fixture)
from tests.test_text_import import imported

SCRIPT = """\
HARLOW VALE RADIO NEWSROOM -- BULLETIN SCRIPT
BULLETIN: 1300   DATE: MON 1 MAR 2027   WRITER: PL (Petra Lind)   READER: OM
------------------------------------------------------------

SLUG: QUARRY BLAST 1300
WRITER: PL   READ: 0'30"   TOTAL WITH CLIP: 0'55"

A blast at Selby Quarry shook homes in Harlow Vale [HAR-lo VAIL] this morning.

The quarry's owner says the charge was twice the size it should have been.

CUE: TENNANT CLIP -- FILE: QUARRY_TENNANT_0103.MP3
IN: "We felt the whole..."
OUT: "...nobody came."
DUR: 0'25"

[CLIP TEXT, FOR THE STUDIO ONLY -- NOT READ ON AIR]
"We felt the whole house move and the windows rattled, and nobody came."

BACK ANNO: That was Rosa Tennant, who lives on Mill Row.

END QUARRY BLAST -- NEXT: FERRY
------------------------------------------------------------

SLUG: FERRY 1300
WRITER: GK   READ: 0'15"

The Vale ferry will not sail this afternoon because of high winds.

END BULLETIN 1300 -- TOTAL 1'10"   NEXT BULLETIN: 1400 (OM)
"""


def test_a_bulletin_scripts_first_story_is_the_article_its_other_stories_furniture(project, tmp_path, capsys):
    """A script's timing line had been taken for the headline and the id, its writer's name dropped with the line
    giving it, a back-announcement's words (read on air, the only line naming the clip's speaker) deleted as a cue,
    and its other stories, its header, its clip's cue, its read-out's label and its end lines kept."""
    front, body = imported(project, tmp_path, "script.txt", SCRIPT, "--strip-chrome")
    assert 'title: "QUARRY BLAST 1300"' in front and "author: Petra Lind" in front and "published: 2027-03-01" in front
    assert "BACK ANNO: That was Rosa Tennant, who lives on Mill Row." in body  # read on air
    assert '"We felt the whole house move and the windows rattled, and nobody came."' in body  # the clip's words
    assert body.startswith("A blast at Selby Quarry shook homes in Harlow Vale this morning.\n")
    for furniture in ("NEWSROOM", "READ:", "FILE:", "FOR THE STUDIO ONLY", "END ", "ferry", "SLUG"):
        assert furniture not in body
    assert "a bulletin script of 2 items: item 1 imported; import another with --item N: 2 FERRY 1300" \
        in capsys.readouterr().err
    front, body = imported(project, tmp_path, "ferry.txt", SCRIPT, "--strip-chrome", "--item", "2")
    assert 'title: "FERRY 1300"' in front and "author: unknown" in front  # its writer's initials alone: no name
    assert body == "The Vale ferry will not sail this afternoon because of high winds.\n"
    path = tmp_path / "three.txt"
    path.write_text(SCRIPT, encoding="utf-8")
    assert dossier(project, "new", "source", str(path), "--item", "3") == 1
    assert "--item 3: the bulletin script holds 2 items; choose one from 1 to 2" in capsys.readouterr().err
    _, body = imported(project, tmp_path, "one.txt", "SLUG: ROADS / WEATHER\n\nThe bypass reopens on Friday after "
                       "three weeks of repairs to its bridge.\n\nSLUG line reads as a story's only with one name.\n")
    assert "SLUG line reads" in body  # a running order names several stories: no script of several


LIVE = """\
Skip to main content
The Harlow Vale Echo
News | Harlow Vale | Live
Log in   Subscribe

Harlow Vale quarry blast: homes evacuated as engineers inspect damage – live

Residents of Mill Row were told to leave their homes after a blast at Selby Quarry cracked walls

Ana Ruiz and Tom Hale
Mon 1 Mar 2027 14.05 GMT

Share via WhatsApp
Key events
Show key events only
13:50 Mill Row evacuated
13:35 Roads closed
13:20 Blast at quarry

Please enable JavaScript to see all live updates

13:50
Mill Row evacuated

Police say 40 homes on Mill Row have been evacuated.

13:35
Roads closed

Mill Row and Quarry Lane are closed to traffic.

13:20
Blast at quarry

A blast at Selby Quarry was felt across the valley at about one o'clock.

Most read
1. Vale ferry cancelled again
2. Budget: what it means for you

mruiz@echo.example
"""


def test_a_live_blog_copied_from_the_browser_loses_its_menus_and_lists(project, tmp_path):
    """A line of menu words ("Sign in   Subscribe") had been the title, a byline without "By" left unread, and the
    share button by email, the key events' list (its entries' headings again, with their stamps), the prompt to turn
    on JavaScript and the numbered headlines under "Most viewed" kept; a writer's address alone stays."""
    front, body = imported(project, tmp_path, "live.txt", LIVE, "--strip-chrome")
    assert 'title: "Harlow Vale quarry blast: homes evacuated as engineers inspect damage – live"' in front
    assert "author: Ana Ruiz and Tom Hale" in front
    for furniture in ("Log in", "WhatsApp", "Key events", "13:50 Mill Row", "JavaScript", "Most read", "ferry"):
        assert furniture not in body
    assert "13:50\n\nMill Row evacuated\n\nPolice say 40 homes" in body and body.endswith("mruiz@echo.example\n")
    front, _ = imported(project, tmp_path, "caps.txt", "LIVE: BLAST AT SELBY QUARRY SHAKES HOMES ACROSS THE VALLEY "
                        "TODAY\n\nHARLOW VALE NEWS DESK\nMon 1 Mar 2027 14.05 GMT\n\nA blast at Selby Quarry shook "
                        "homes across the valley this morning.\n")
    assert "author: unknown" in front  # a label in capitals over the day: no byline


TRANSCRIPT = """\
Vale Talk - Episode 9 - "After the blast"
Transcript created by Scribeo on 4 March 2027
Recording length: 00:10:12
Accuracy may vary. Speaker names might be wrong.

Host  00:00:02
Welcome to Vale Talk. This week, the blast at Selby Quarry and what the owner knew.

Guest  00:00:09
Right.

Host  00:00:10
The quarry's own log says the charge was checked twice.

Host  00:00:21
[Advert]

--- End of preview. Full transcript for members. ---
Exported from Scribeo. Not checked by a human.
"""


def test_an_automatic_transcripts_notes_go_and_each_turn_is_one_form(project, tmp_path):
    """An export's note of its length and accuracy, its end of excerpt and its export line had been kept, the day it
    was made left unread, a label left over an advert alone, and a one-line turn run into its label's paragraph
    ("Speaker 3  00:00:15" / "Yeah."), which `suggest` then read as a time of day."""
    front, body = imported(project, tmp_path, "talk.txt", TRANSCRIPT, "--strip-chrome")
    assert "published: 2027-03-04" in front
    for furniture in ("Recording length", "Accuracy", "End of preview", "Exported", "00:00:21", "Advert"):
        assert furniture not in body
    assert "Guest  00:00:09\n\nRight.\n\nHost  00:00:10\n\nThe quarry's own log" in body
    from builder import chrome
    assert chrome.turn_labels(["Updated at 13:50", "Share", "Updated at 13:35", "Share", "Updated at 13:20"]) == set()


SUMMARY = """\
HARLOW VALE DISTRICT COURT
PRESS SUMMARY

2 March 2027

SELBY QUARRY LIMITED
v
HARLOW VALE PARISH COUNCIL

NOTE: This summary is provided to help in understanding the decision. It does not form part of the reasons for it.

1. The Court found that the quarry gave the parish council notice of the blast on 26 February 2027.

References in square brackets are to paragraphs of the judgment.

– ENDS –

Media Office, Harlow Vale District Court, Harlow
media@hvdc.example | tel. 0123 456 789
"""


def test_a_courts_press_summary_keeps_its_parties_on_a_line_and_loses_its_notes(project, tmp_path, capsys):
    """A court's summary had kept its label, a "v" alone between the parties, its note on references, its end mark
    and its press office's lines, its disclaimer unflagged, and advised adding the court as a speaker: its findings
    are its own account."""
    front, body = imported(project, tmp_path, "court.txt", SUMMARY, "--strip-chrome")
    assert "\nSELBY QUARRY LIMITED v HARLOW VALE PARISH COUNCIL\n\n1. The Court found" in body
    for furniture in ("PRESS SUMMARY", "NOTE:", "References", "ENDS", "Media Office", "media@"):
        assert furniture not in body
    assert "add it as a speaker" not in capsys.readouterr().err
    _, body = imported(project, tmp_path, "kept.txt", SUMMARY)  # chrome flagged, not removed: the parties joined
    assert "SELBY QUARRY LIMITED v HARLOW VALE PARISH COUNCIL\n" in body and "\nv\n" not in body


POST = """\
Rosa Tennant
2 March at 08:15 · 🌍

The windows went first. 😢 Then the shelves came down in the kitchen, and my neighbour's chimney cracked.

Nobody from the quarry has knocked on a door on Mill Row since.

See translation

👍😮 312 · 58 comments · 40 shares

Like · Comment · Share

Most relevant ▾

Ian Brook
Same on our street. They said it was a normal charge.
2 March at 08:40 · Like · Reply · 12

View more comments
"""


def test_a_social_post_copied_as_text_is_its_accounts_without_its_comments(project, tmp_path, capsys):
    """A post copied as text had been titled by its whole first paragraph and its emoji, its account and time left
    in its text and unread, and its platform's buttons and counters and its comments (a name, their words, their
    stamp) kept as the post's."""
    front, body = imported(project, tmp_path, "post.txt", POST, "--strip-chrome")
    assert 'title: "The windows went first"' in front and "author: Rosa Tennant" in front
    assert "outlet: Rosa Tennant" in front and "published: unknown" in front  # no year given
    assert "the day without the year: 2 March at 08:15" in capsys.readouterr().out
    assert body == ("The windows went first. 😢 Then the shelves came down in the kitchen, and my neighbour's chimney "
                    "cracked.\n\nNobody from the quarry has knocked on a door on Mill Row since.\n")
    _, body = imported(project, tmp_path, "letter.txt", "Rosa Tennant\nMill Row, Harlow Vale\n\nDear editor, the "
                       "quarry has not knocked on a single door.\n\nLike · Comment · Share\n")
    assert body.startswith("Rosa Tennant\n")  # a name over no post's stamp: a letter, read as one


THREAD = """r/Harbourside
Posted by u/Orlby_Harbour_Board
3 March 2027

Harbour Board statement on the north pier closure

Why the pier is shut

A survey found cracks in two of the pier's piles, and repairs will take six weeks.

Orlby Harbour Board, Quay Street

57 points

3 comments

quay_walker
Six weeks? They said two at the meeting.
31 points

Orlby_Harbour_Board
Two weeks for the survey, six for the repairs.
-2 points

AutoModerator
Please keep discussion civil. *I am a bot, and this action was performed automatically.*
1 point
"""


def test_a_forum_thread_copied_as_text_is_its_post_without_its_points_and_comments(project, tmp_path, capsys):
    """A trial's thread copied from the forum's page had been titled "Posted by u/…", its author and outlet left
    unknown, and its points, its comments' writers and a bot's note kept as the post's words."""
    front, body = imported(project, tmp_path, "thread.txt", THREAD, "--strip-chrome")
    assert 'title: "Harbour Board statement on the north pier closure"' in front
    assert "author: u/Orlby_Harbour_Board" in front and "outlet: r/Harbourside" in front
    assert "published: 2027-03-03" in front
    assert "A survey found cracks in two of the pier's piles, and repairs will take six weeks." in body
    assert "Orlby Harbour Board, Quay Street" in body and "Why the pier is shut" in body
    for furniture in ("r/Harbourside", "Posted by", "3 March 2027", "points", "comments", "quay_walker", "Six weeks?",
                      "Two weeks for the survey", "AutoModerator", "I am a bot"):
        assert furniture not in body, furniture
    err = capsys.readouterr().err
    assert "(a bot's note under the post)" in err and "(a comment under the post: not the post's words)" in err
    front, _ = imported(project, tmp_path, "ago.txt", THREAD.replace("3 March 2027", "5 hr. ago"))
    assert 'title: "Harbour Board statement on the north pier closure"' in front  # a time counted back: no title


def test_a_user_named_in_a_posts_text_makes_no_thread():
    """A user named alone on a line, under no forum and not as "Posted by", makes no copied thread of a text."""
    from builder import social_post

    lines = ["Pier closed", "", "u/quay_walker", "", "Thanks to u/quay_walker for the photos of the pier's piles."]
    assert social_post.text_fields(lines) == {} and social_post.text_furniture(lines) == {}


BRIEFING = """\
WESTMERE CITY COUNCIL
Transcript: press conference on the e-scooter hire scheme
Date: Friday 6 March 2026

COUNCILLOR ADAIR: The scheme cost the council nothing to run, and the suspension costs us nothing either. Thank you \
all very much.

(ENDS 11:34)

Westmere City Council press office | press@westmere.gov.example | 01632 960 114
© Westmere City Council. You may reuse this transcript free of charge.
"""


def test_a_transcripts_end_mark_with_its_time_and_its_press_offices_foot_are_furniture(project, tmp_path):
    """The scooter-scheme trial's transcript (session 71) kept "(ENDS 11:34)", a contact line of the press office, its
    address and its number between bars, and a copyright line without a year."""
    _, body = imported(project, tmp_path, "briefing.txt", BRIEFING, "--strip-chrome")
    assert body.rstrip().endswith("Thank you all very much.")
    from builder import chrome
    assert not chrome.find(["He said the trial ends on 12 May (ENDS).", "Tickets | £3 | from 01632 960 114",
                            "The © sign is on the label."])
    promo = "Radio Wendmoor podcasts are available wherever you get your podcasts. Subscribe · Share · Download MP3"
    assert [c.reason for c in chrome.find([promo])] == ["subscription prompt"]  # the bee-deaths trial's podcast


RADIO_PAGE = """\
Skip to main content
Radio Kessling 94.2
Listen Live
News
Sport
Traffic & Travel
Weather
Podcasts
Contact
NEWS  >  LOCAL
Five containers, two and a half tonnes: what we know about the Nordkai cocaine bust
By Dana Rusk
Published: 11 March 2026, 12:40
It was the kind of shift nobody at Nordkai will forget in a hurry. Last Sunday, more than 40 customs officers spent the day pulling boxes of bananas out of containers.
"""


def test_a_menu_copied_without_bullets_is_chrome_and_the_station_above_it_the_outlet(project, tmp_path):
    """A local radio's page copied from the browser (session 74's trial) kept its menu, a word or two a line
    ("Listen Live", "News", "Sport", "Traffic & Travel", …), and its outlet was read as "News"; six such lines in a row
    before the article are a menu, and the station's name above them is the outlet. Fewer stay (an address)."""
    front, body = imported(project, tmp_path, "radio.txt", RADIO_PAGE, "--strip-chrome")
    assert "outlet: Radio Kessling 94.2" in front and "author: Dana Rusk" in front
    for furniture in ("Listen Live", "Traffic & Travel", "Podcasts", "\nNews\n"):
        assert furniture not in body
    from builder import chrome
    assert chrome.find(["Harbury District Council", "Town Hall", "Market Street", "Harbury",
                        "Dear Ms Lind,"]) == []


VIDEO_TRANSCRIPT = """\
Ferry cut leaves islanders stranded | Harbour Tonight
Orlby TV
12.1K subscribers
Subscribe
2,310 views  4 Mar 2026  #Orlby #ferry
The ferry company cuts two sailings a day. Kit Amory reports.
...more

Transcript
Search in video

0:00
[music]
0:03
Orlby Ferries will cut its sailings from
six a day to four from the first of
0:07
April the company says the fuel bill
has doubled since last spring
0:12
islanders say they were never asked
0:15
we had no choice none at all
0:18
the union calls it a betrayal
0:21
Kit Amory Harbour Tonight Orlby

Comments 12
Sort by
@islandgirl The 7am boat is the only one I can use
"""


def test_a_transcript_copied_from_a_video_page_is_read_as_its_captions(project, tmp_path, capsys):
    """A regional TV report's transcript panel copied from a video site with the page above it (session 75's trial):
    each time alone on its line and each broken line of the panel had been a paragraph of its own, the page's lines
    kept, and the panel's search box, "Search in video", the title. Its captions are joined as a subtitle file's are,
    under its first time; the page's title, channel and day are its title, outlet and published; its comments left
    out."""
    front, body = imported(project, tmp_path, "report.txt", VIDEO_TRANSCRIPT)
    assert 'title: "Ferry cut leaves islanders stranded"' in front and "outlet: Orlby TV" in front
    assert "published: 2026-03-04" in front
    assert body.strip().split("\n\n") == [
        "[00:00:03]", "Orlby Ferries will cut its sailings from six a day to four from the first of April the company "
        "says the fuel bill has doubled since last spring islanders say they were never asked we had no choice none at "
        "all the union calls it a betrayal Kit Amory Harbour Tonight Orlby"]
    assert "a video site's transcript copied as text, read as its captions" in capsys.readouterr().err
    from builder import video_transcript
    assert video_transcript.webvtt("0:04\nNot a transcript\n") is None  # too few times


PICTURE_POST = """\
hoofprintwelfare
Verified
Ballinveen Racecourse

[Image 1 of 3: a photo of a chestnut horse in a paddock]

hoofprintwelfare  STATEMENT ON THE DEATH OF COPPER LANTERN 🕯️

Our observers were at the course. Copper Lantern fell at the 22nd fence, not at the open ditch.

#CopperLantern #Ballinveen #AnimalWelfare

View all 412 comments
4,318 likes
MARCH 14

paddy_the_punter_77  He fell at the 19th mate, I was standing at it.
46 likes  Reply
    hoofprintwelfare  @paddy_the_punter_77 We stand by the 22nd.
    89 likes  Reply

jumpjockeyfan  Wishing Declan Furey a speedy recovery too ❤️‍🩹
9 likes  Reply

Add a comment… 🙂  Post
"""


def test_a_picture_post_copied_as_text_is_its_caption_without_its_comments(project, tmp_path, capsys):
    """A charity's Instagram post copied as text (session 75's trial): its title had been the caption's first line with
    the handle and an emoji, its account unread, and every reader's comment kept, read as the charity's ("Wishing
    Declan Furey a speedy recovery too" written to the card of the jockey's injury)."""
    front, body = imported(project, tmp_path, "post.txt", PICTURE_POST, "--strip-chrome")
    assert 'title: "STATEMENT ON THE DEATH OF COPPER LANTERN"' in front
    assert "outlet: hoofprintwelfare" in front and "author: hoofprintwelfare" in front
    assert "published: unknown" in front and "MARCH 14" in capsys.readouterr().out  # no year given
    assert body.strip().split("\n\n") == [
        "hoofprintwelfare  STATEMENT ON THE DEATH OF COPPER LANTERN 🕯️",
        "Our observers were at the course. Copper Lantern fell at the 22nd fence, not at the open ditch."]
