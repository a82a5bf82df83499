"""dossier new source result.json [--item N]: a messaging app's JSON export of a chat or channel, read as its HTML
export is (messaging.py): a paragraph a message under its stamp and sender, the chat's name its title
(builder/chat_export.py)."""
import json

import pytest
import yaml

from builder import chrome

from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project


def _message(n, date, text, sender="Orlby Ferries", **more):
    return {"id": n, "type": "message", "date": date, "date_unixtime": "0", "from": sender, "from_id": "channel1",
            "text": text, "text_entities": [], **more}


CHANNEL = {"name": "Orlby Ferries – storm updates", "type": "public_channel", "id": 1700123456, "messages": [
    {"id": 1, "type": "service", "date": "2026-03-02T07:59:00", "actor": "Orlby Ferries", "action": "create_channel",
     "title": "Orlby Ferries", "text": ""},
    _message(2, "2026-03-02T08:00:05", "The 08:30 sailing to Skerrow is cancelled because of high winds."),
    _message(3, "2026-03-02T09:12:40", ["Update: ", {"type": "bold", "text": "all sailings"},
                                        " are suspended until 14:00.\n\nCheck ",
                                        {"type": "link", "text": "https://ferries.example/status"}, " for news."],
             edited="2026-03-02T09:20:00"),
    _message(4, "2026-03-02T10:00:00", "", photo="photos/photo_1.jpg"),
    {"id": 5, "type": "service", "date": "2026-03-02T10:01:00", "actor": "Orlby Ferries", "action": "pin_message",
     "message_id": 3, "text": ""},
    _message(6, "2026-03-03T17:05:00", "Passengers waited three hours at the terminal with no word from the crew.",
             forwarded_from="Orlby Ferry Users Group"),
    _message(7, "2026-03-03T18:00:00", "Normal service resumes tomorrow at 06:45.",
             reactions=[{"type": "emoji", "count": 12, "emoji": "👍"}])]}
GROUP = {"name": "Skerrow harbour watch", "type": "private_group", "id": 42, "messages": [
    _message(1, "2026-03-04T06:10:00", "Tanker aground off the north pier, tugs on the way.", sender="Ivo Brand"),
    _message(2, "2026-03-04T06:25:00", "Coastguard says no one is hurt.", sender="Mae Tull"),
    _message(3, "2026-03-04T06:40:00", "Pier closed to walkers until further notice.", sender="Ivo Brand")]}


def imported(project, tmp_path, data, *options, name="result.json"):
    (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert dossier(project, "new", "source", str(tmp_path / name), "--id", "chat", *options) == 0
    _, front, body = (project / "content" / "sources" / "chat.md").read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def test_a_channels_export_is_a_paragraph_a_message(project, tmp_path, capsys):
    """Each message with words under its full stamp and sender (a message of parts joined, its paragraphs kept since
    session 70), a forwarded one's words under "Forwarded from …"; the app's notices (the channel created, a
    message pinned), a photo without words and reactions left out; titled by the channel, its outlet the name it
    posts as (its title adds the news of the day: a channel of one story, read whole), dated by its first message
    (its last, before session 70); edited messages counted in a note."""
    front, body = imported(project, tmp_path, CHANNEL)
    assert body.strip().split("\n\n") == [
        "[02/03/2026, 08:00:05] Orlby Ferries: The 08:30 sailing to Skerrow is cancelled because of high winds.",
        "[02/03/2026, 09:12:40] Orlby Ferries: Update: all sailings are suspended until 14:00.",
        "Check https://ferries.example/status for news.",
        "Forwarded from Orlby Ferry Users Group",
        "Passengers waited three hours at the terminal with no word from the crew.",
        "[03/03/2026, 18:00:00] Orlby Ferries: Normal service resumes tomorrow at 06:45."]
    assert (front["title"], front["outlet"], str(front["published"])) == ("Orlby Ferries – storm updates",
                                                                         "Orlby Ferries", "2026-03-02")
    err = capsys.readouterr().err
    assert "a messaging app's export: each message opening with" in err and "1 message(s) were edited" in err
    assert dossier(project, "check") == 0


def test_a_groups_outlet_is_its_most_frequent_sender(project, tmp_path):
    """A group's name is its title; who sent most of its messages its outlet, as the HTML export is read, whatever
    the file's name."""
    front, body = imported(project, tmp_path, GROUP, name="harbour-watch.json")
    assert (front["title"], front["outlet"]) == ("Skerrow harbour watch", "Ivo Brand")
    assert body.startswith("[04/03/2026, 06:10:00] Ivo Brand: Tanker aground")


def test_item_chooses_a_chat_of_a_full_export(project, tmp_path, capsys):
    """An account's full export holds its chats under "chats": `--item 2` imports the second, a note lists the
    others."""
    front, _ = imported(project, tmp_path, {"about": "…", "chats": {"about": "…", "list": [CHANNEL, GROUP]}},
                        "--item", "2")
    assert front["title"] == "Skerrow harbour watch"
    assert "an export of 2 chats: chat 2 imported; import another with --item N: 1 “Orlby Ferries – storm updates”" \
        in capsys.readouterr().err


@pytest.mark.parametrize("text, item, message", [
    ('{"name": "x", "messages": ' + "[" * 100_000 + "]" * 100_000 + "}", None, "its values nest too deep"),
    ('{"name": "x", "messages": [', None, "cannot read the chat's export (Expecting value"),
    (json.dumps({**GROUP, "messages": [_message(1, "2026-03-04T06:10:00", "")]}), None, "holds no message with words"),
    (json.dumps(GROUP), "2", "--item 2: the file holds one chat, not several; leave --item out"),
    (json.dumps({"about": "", "chats": {"list": [GROUP]}}), "3",
     "--item 3: the export holds 1 chat; choose one from 1 to 1")])
def test_a_hostile_or_empty_export_is_refused(project, tmp_path, capsys, text, item, message):
    """Values nested past the parser's depth, broken JSON, a chat of no words and an item the export does not hold
    are refused with what to do, and nothing is written."""
    (tmp_path / "result.json").write_text(text, encoding="utf-8")
    before = sorted((project / "content" / "sources").iterdir())
    assert dossier(project, "new", "source", str(tmp_path / "result.json"), *(("--item", item) if item else ())) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert sorted((project / "content" / "sources").iterdir()) == before


PHONE = """07/08/2025, 14:02 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
07/08/2025, 14:02 - Dana Price created group "Ferry users"
07/08/2025, 14:02 - Dana Price added Sam Reyes
07/08/2025, 14:02 - Dana Price: The ferry has been cancelled again, third time this week
07/08/2025, 14:03 - Tom Alder: <Media omitted>
07/08/2025, 14:05 - Tom Alder: The harbour office told me the engine failed at 6am and
the replacement part will not arrive before Friday at the earliest.
They said about 140 passengers were stranded
07/08/2025, 14:07 - Sam Reyes left
13/08/2025, 09:10 - Dana Price: Service resumes on Monday, the operator says.
"""


def test_a_phones_text_export_is_a_paragraph_a_message(project, tmp_path, capsys):
    """A phone's text export ("07/08/2025, 14:02 - Name: …"): a message running over several lines is one paragraph
    under its stamp (its lines had been paragraphs of their own, and the export, a message a line no more, titled by
    its first message); the app's notices, a group's events among them ("… created group", "… added …", "… left"),
    are flagged, after a name too when the app marks them as its own (U+200E, a left-to-right mark); the last day is
    read day first, as another stamp ("13/08/2025") shows the phone writes it."""
    (tmp_path / "ferry-users.txt").write_text(PHONE, encoding="utf-8")
    assert dossier(project, "new", "source", str(tmp_path / "ferry-users.txt"), "--id", "chat") == 0
    err = capsys.readouterr().err
    _, front, body = (project / "content" / "sources" / "chat.md").read_text(encoding="utf-8").split("---\n", 2)
    front = yaml.safe_load(front)
    assert (front["title"], str(front["published"])) == ("ferry-users", "2025-08-13")
    assert "07/08/2025, 14:05 - Tom Alder: The harbour office told me the engine failed at 6am and\nthe replacement " \
           "part will not arrive before Friday at the earliest.\nThey said about 140 passengers were stranded" \
        in body.split("\n\n")
    flagged = [line for line in err.splitlines() if "(a chat export's notice)" in line]
    for notice in ("Messages and calls", "created group", "Dana Price added Sam Reyes", "Sam Reyes left", "<Media"):
        assert any(notice in line for line in flagged), notice
    assert len(flagged) == 5 and not chrome.find(["The minister left", "Dana Price added Sam Reyes"], set())
    ios = ["[06/08/2025, 07:58:03] Ferry users: \u200eMessages and calls are end-to-end encrypted. Only people in "
           "this chat can read them.", '[06/08/2025, 07:58:03] Dana Price: \u200eDana Price created group "Ferry users"',
           "[06/08/2025, 08:13:02] Tom Alder: \u200eimage omitted", "[06/08/2025, 08:14:02] Tom Alder: I left at six"]
    assert [c.line for c in chrome.find(ios, set())] == [1, 2, 3]  # the app's mark (U+200E) before its own words


@pytest.mark.parametrize("name", ["liveblog.json", "liveblog.txt"])
def test_json_of_no_kind_the_import_reads_is_refused(project, tmp_path, capsys, name):
    """A sports site's live blog fetched from its API as JSON had been imported as text, its title
    '"headline": "…",', every key and quote in its body: JSON that is no chat app's export nor an agency's item is
    refused with what to do, whatever its name (session 68)."""
    blog = tmp_path / name
    blog.write_text(json.dumps({"headline": "Rovers in administration: live", "entries": [
        {"time": "2026-03-04T09:12:00Z", "body": "<p>The administrators were appointed this morning.</p>"}]}),
        encoding="utf-8")
    before = sorted((project / "content" / "sources").iterdir())
    assert dossier(project, "new", "source", str(blog)) == 1
    assert "the file is JSON of no kind the import reads" in capsys.readouterr().err
    assert sorted((project / "content" / "sources").iterdir()) == before


def _posted(n, date, unix, text):
    return _message(n, date, text, sender="Skerrow Today", date_unixtime=str(unix))


NEWS = {"name": "Skerrow Today", "type": "public_channel", "id": 77, "messages": [
    _posted(1, "2027-04-01T09:00:00", 1806570000, "Library opening hours change from Monday."),
    _posted(2, "2027-04-02T07:30:00", 1806651000, [{"type": "bold", "text": "Tanker aground off the north pier"},
                                                   "\n\nA tanker ran aground at 06:50.\n\nNo one is hurt."]),
    _posted(3, "2027-04-02T09:45:00", 1806659100, [{"type": "bold", "text": "UPDATE 09:45"},
                                                   "\n\nTugs have refloated the tanker."]),
    _posted(4, "2027-04-02T10:30:00", 1806661800, [{"type": "bold", "text": "Update on the library"},
                                                   "\n\nIt opens at ten on Mondays."]),
    _posted(5, "2027-04-03T12:00:00", 1806753600, [{"type": "bold", "text": "BREAKING:"},
                                                   " The pier stays shut. Divers found a crack."]),
    _posted(6, "2027-04-04T12:00:00", 1806840000, "Latest: divers found two more cracks.")]}


def test_a_news_channel_is_read_as_its_stories(project, tmp_path, capsys):
    """A trial's news channel (named as it posts, the news of many days) had been one article of every message,
    titled by the channel and dated by its last message: each story is an item, an update posted soon after
    ("UPDATE 09:45") going on with the one before; titled by its first message's head, dated by its day."""
    front, body = imported(project, tmp_path, NEWS, "--item", "2")
    assert (front["title"], str(front["published"]), front["outlet"]) == (
        "Tanker aground off the north pier", "2027-04-02", "Skerrow Today")
    assert body.strip().split("\n\n") == [
        "[02/04/2027, 07:30:00] Skerrow Today: Tanker aground off the north pier", "A tanker ran aground at 06:50.",
        "No one is hurt.", "[02/04/2027, 09:45:00] Skerrow Today: UPDATE 09:45", "Tugs have refloated the tanker."]
    assert "a channel of 5 items: item 2 imported; import another with --item N: 1 “Library opening hours change " \
           "from Monday.” (01/04/2027); 3 “Update on the library” (02/04/2027); 4 “BREAKING: The pier stays " \
           "shut.” (03/04/2027); 5 “Latest: divers found two more cracks.” (04/04/2027)" \
        in capsys.readouterr().err
    (project / "content" / "sources" / "chat.md").unlink()
    front, _ = imported(project, tmp_path, NEWS, "--item", "4")
    assert front["title"] == "BREAKING: The pier stays shut."  # a label in bold is no head


def test_an_item_a_news_channel_does_not_hold_is_refused(project, tmp_path, capsys):
    (tmp_path / "result.json").write_text(json.dumps(NEWS), encoding="utf-8")
    assert dossier(project, "new", "source", str(tmp_path / "result.json"), "--item", "6") == 1
    assert "--item 6: the channel holds 5 items; choose one from 1 to 5" in capsys.readouterr().err


def test_a_news_channel_in_a_full_export_is_read_as_its_stories(project, tmp_path, capsys):
    """A news channel in an account's full export had been one article of every message: its stories are items of
    the export, each named after the channel in the note, beside the other chats."""
    front, body = imported(project, tmp_path, {"about": "…", "chats": {"about": "…", "list": [GROUP, NEWS]}},
                           "--item", "3")
    assert (front["title"], str(front["published"]), front["outlet"]) == (
        "Tanker aground off the north pier", "2027-04-02", "Skerrow Today")
    assert body.count("Skerrow Today:") == 2 and "Library" not in body  # the story and its update alone
    assert "an export of 6 items: item 3 imported; import another with --item N: 1 “Skerrow harbour watch”; " \
           "2 “Skerrow Today”: “Library opening hours change from Monday.” (01/04/2027); 4 “Skerrow Today”: " \
           "“Update on the library” (02/04/2027)" in capsys.readouterr().err

