"""dossier new source FILE.mbox / DIGEST.eml [--item N]: a mailbox's messages, or a mailing list's digest's, are the
items `--item N` chooses among (from 1, the first by default, the others listed in a note), each read as an .eml
is (builder/mbox.py, builder/mail.py)."""
import pytest
import yaml

from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

MAILBOX = """From press@harlowbay.example Mon Mar  2 09:14:00 2026
From: Harlow Bay Hotels Press Office <press@harlowbay.example>
Subject: Statement on the Seaforth Hotel fire
Date: Mon, 2 Mar 2026 09:14:00 +0000
Content-Type: text/plain; charset="utf-8"

Eleven guests were taken to hospital on Sunday morning after the alarm sounded at 06:10.
>From the first floor, staff led guests to the car park, the company said.

Kind regards,
Ana Whitlow
Head of Communications

From fire@brigade.example Tue Mar  3 11:00:00 2026
From: Seaforth Fire and Rescue <fire@brigade.example>
Subject: =?utf-8?q?Update=3A_caf=C3=A9_reopens?=
Date: Tue, 3 Mar 2026 11:00:00 +0000
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

The hotel's caf=E9 reopened on Tuesday after inspectors found the kitchen safe to use again.

From - Wed Mar  4 08:00:00 2026
From: Desk <desk@courier.example>
Subject: Re: Statement on the Seaforth Hotel fire
Date: Wed, 4 Mar 2026 08:00:00 +0000

Thanks, we will run it in the morning edition with the brigade's figures.
"""

TEXT_DIGEST = """From: seaforth-residents-request@lists.example
Subject: Seaforth-residents Digest, Vol 12, Issue 3
Date: Thu, 5 Mar 2026 12:00:02 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Send Seaforth-residents mailing list submissions to
	seaforth-residents@lists.example

Today's Topics:

   1. Road closure on Quay Street (Morag Fell)
   2. Re: Road closure on Quay Street (Dev Anand)

----------------------------------------------------------------------

Message: 1
Date: Thu, 5 Mar 2026 08:12:40 +0000
From: Morag Fell <morag@example.net>
Subject: [Residents] Road closure on Quay Street

The council says Quay Street will stay closed until the hotel's scaffolding is taken down next week.

------------------------------

Message: 2
Date: Thu, 5 Mar 2026 09:30:00 +0000
From: Dev Anand <dev@example.org>
Subject: Re: [Residents] Road closure on Quay Street

Buses are being diverted along the promenade, and the number 4 will not stop at the harbour at all.

------------------------------

Subject: Digest Footer

_______________________________________________
Seaforth-residents mailing list

------------------------------

End of Seaforth-residents Digest, Vol 12, Issue 3
*************************************************
"""

MIME_DIGEST = """From: harbour-news-request@lists.example
Subject: Harbour-news Digest, Vol 3, Issue 9
Date: Fri, 06 Mar 2026 12:00:00 +0000
List-Id: Harbour news <harbour-news.lists.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset="utf-8"

Today's Topics:

   1. Ferry timetable (Harbour Board)
   2. Re: Ferry timetable (Kit Marsh)

--outer
Content-Type: multipart/digest; boundary="inner"

--inner
Content-Type: message/rfc822

From: Harbour Board <board@harbour.example>
Subject: [Harbour] Ferry timetable
Date: Fri, 06 Mar 2026 09:00:00 +0000

The winter timetable starts on Monday with two fewer sailings each day.

--inner

From: Kit Marsh <kit@example.net>
Subject: Re: [Harbour] Ferry timetable
Date: Fri, 06 Mar 2026 10:15:00 +0000

That leaves the island without an evening crossing on four days a week.

--inner--

--outer--
"""


def imported(project, tmp_path, name, text, *options):
    (tmp_path / name).write_bytes(text.encode("utf-8"))
    assert dossier(project, "new", "source", str(tmp_path / name), "--id", "message", *options) == 0
    _, front, body = (project / "content" / "sources" / "message.md").read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def test_a_mailboxs_first_message_is_imported_and_the_others_listed(project, tmp_path, capsys):
    """A mailbox (named .mbox) is a file of several messages: the first is imported as an .eml is (its Subject the
    title, its sender's organisation the outlet, its sign-off flagged), a line the mailbox escaped (">From the
    first floor") as written, and a note lists the others with how to import them."""
    front, body = imported(project, tmp_path, "press.mbox", MAILBOX)
    err = capsys.readouterr().err
    assert front["title"] == "Statement on the Seaforth Hotel fire" and front["outlet"] == "Harlow Bay Hotels"
    assert "\nFrom the first floor, staff led guests to the car park" in body and ">From" not in body
    assert "a mailbox of 3 messages: message 1 imported; import another with --item N: 2 “Update: café reopens”, " \
           "Seaforth Fire and Rescue <fire@brigade.example>" in err and "; 3 “Re: Statement on the Seaforth" in err
    assert "an email's sign-off" in err and "of press.mbox" not in err  # no line of the file: it holds several
    assert dossier(project, "check") == 0


def test_item_chooses_a_message_of_a_mailbox_whatever_its_name(project, tmp_path, capsys):
    """`--item 2` imports the second message, decoded (its Subject's encoded words, its quoted-printable Latin-1
    text); a file opening with a mailbox's "From " line is one whatever its name."""
    front, body = imported(project, tmp_path, "press.txt", MAILBOX, "--item", "2")
    assert front["title"] == "Update: café reopens" and front["outlet"] == "Seaforth Fire and Rescue"
    assert body.strip() == "The hotel's café reopened on Tuesday after inspectors found the kitchen safe to use again."
    assert "message 2 imported; import another with --item N: 1 “Statement" in capsys.readouterr().err


def test_one_email_named_mbox_is_read_as_one(project, tmp_path):
    """A file named .mbox without a mailbox's "From " line is one email, read as such (it had held no message)."""
    front, _ = imported(project, tmp_path, "one.mbox", MAILBOX.split("\n\nFrom fire")[0].split("\n", 1)[1])
    assert front["title"] == "Statement on the Seaforth Hotel fire"


def test_an_article_opening_with_from_is_no_mailbox(project, tmp_path):
    """An article's first words "From Paris to Rome" are no mailbox's separator (a sender and a day and time)."""
    front, body = imported(project, tmp_path, "trains.txt", "From Paris to Rome in a day: the night train returns\n\n"
                           "The sleeper service will run three times a week from December, the operator said.\n")
    assert front["title"] == "From Paris to Rome in a day: the night train returns"


# The digest as a mail program saves it in a mailbox, each of its messages under a "From " line, unescaped.
SAVED_DIGEST = "From seaforth-residents-request@lists.example  Thu Mar  5 12:00:04 2026\n" + TEXT_DIGEST.replace(
    "Message: 1\n", "From morag@example.net  Thu Mar  5 08:12:40 2026\n").replace(
    "Message: 2\n", "From dev@example.org  Thu Mar  5 09:30:00 2026\n")


@pytest.mark.parametrize("name, text, item, author", [("digest.eml", TEXT_DIGEST, None, "Morag Fell"),
                                                      ("digest.eml", TEXT_DIGEST, "2", "Dev Anand"),
                                                      ("digest.mbox", SAVED_DIGEST, "2", "Dev Anand")])
def test_a_plain_text_digests_messages_are_its_items(project, tmp_path, capsys, name, text, item, author):
    """A mailing list's digest in plain text ("Today's Topics:", messages between lines of dashes under their own
    headers), saved as an email or in a mailbox that its messages' own "From " lines would split: each message an
    item, its footer none; a member's post is the member's, the list its outlet, the list's tag no part of its
    title."""
    front, body = imported(project, tmp_path, name, text, *(("--item", item) if item else ()))
    assert front["title"] == "Road closure on Quay Street" and front["author"] == author
    assert front["outlet"] == "Seaforth-residents" and str(front["published"]) == "2026-03-05"
    assert "Today's Topics" not in body and "Digest Footer" not in body and len(body.strip().split("\n\n")) == 1
    assert "a digest of 2 messages" in capsys.readouterr().err


def test_a_mime_digests_messages_are_its_items(project, tmp_path):
    """A MIME digest (multipart/digest): its messages are the items; the list is named by its List-Id; a body's
    post (the Harbour Board's) stays the body's."""
    front, _ = imported(project, tmp_path, "digest.eml", MIME_DIGEST)
    assert front["outlet"] == "Harbour Board" and front["author"] == "unknown" and front["title"] == "Ferry timetable"
    (project / "content" / "sources" / "message.md").unlink()
    front, body = imported(project, tmp_path, "digest.eml", MIME_DIGEST, "--item", "2")
    assert front["outlet"] == "Harbour news" and front["author"] == "Kit Marsh"
    assert body.strip() == "That leaves the island without an evening crossing on four days a week."


def _deep(depth: int) -> str:
    """An email whose parts nest ``depth`` deep: the parser's recursion, not a message."""
    text = "From: a@b.example\nSubject: Deep\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n"
    text += "".join(f"--b{n - 1}\nContent-Type: multipart/mixed; boundary=\"b{n}\"\n\n" for n in range(1, depth))
    return text + f"--b{depth - 1}\nContent-Type: text/plain\n\nText.\n" + "".join(
        f"--b{n}--\n" for n in range(depth - 1, -1, -1))


@pytest.mark.parametrize("name, text, item, message", [
    ("press.mbox", MAILBOX, "4", "--item 4: the mailbox holds 3 messages; choose one from 1 to 3"),
    ("one.eml", MAILBOX.split("\n\nFrom fire")[0].split("\n", 1)[1], "2",
     "--item 2: the file holds one message, not several; leave --item out"),
    ("empty.mbox", "", None, "the email holds no article text"),
    ("deep.eml", _deep(3000), None, "its parts nest in one another too deep")])
def test_a_message_the_file_does_not_hold_is_refused(project, tmp_path, capsys, name, text, item, message):
    """An item past the mailbox's last message, a second item of one email, an empty file and parts nested past the
    parser's depth are refused, saying what to do, and nothing is written."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    before = sorted((project / "content" / "sources").iterdir())
    assert dossier(project, "new", "source", str(tmp_path / name), *(("--item", item) if item else ())) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert sorted((project / "content" / "sources").iterdir()) == before


def test_a_newsletters_own_list_id_changes_nothing(project, tmp_path):
    """A newsletter's mailer writes a List-Id of its own ("4c1d mc list"): the email is still its sender's, its
    Subject whole; only a digest's messages are posts to a list."""
    front, _ = imported(project, tmp_path, "weekly.eml", "From: Quay Traders Association <news@quay.example>\n"
                        "List-Id: 4c1d mc list <4c1d.list-id.quay.example>\nSubject: [Weekly] Market moves to the pier\n"
                        "Date: Sat, 7 Mar 2026 08:00:00 +0000\n\nThe Saturday market moves to the pier from next week "
                        "while the square is resurfaced.\n")
    assert (front["outlet"], front["title"]) == ("Quay Traders Association", "[Weekly] Market moves to the pier")
