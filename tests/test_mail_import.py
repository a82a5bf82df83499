"""dossier new source MAIL.eml (session 67's rules): a reply's own text, a flowed text joined, the organisation a
sender's name or a signature gives, a Subject's label; each on a small hostile message of its own."""
import yaml

from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project


def imported(project, tmp_path, text, *options):
    message = tmp_path / "message.eml"
    message.write_bytes(text.encode("utf-8"))
    assert dossier(project, "new", "source", str(message), "--id", "message", *options) == 0
    _, front, body = (project / "content" / "sources" / "message.md").read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


HEADERS = ("From: {sender}\nTo: desk@paper.example\nSubject: {subject}\nDate: Tue, 3 Mar 2026 15:40:00 +0000\n"
           "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8{params}\n\n")

REPLY = HEADERS.format(sender="Orrin Vell <o.vell@ferrymen.example>", params="",
                       subject="RE: Questions on the Skerrow ferry (by 4pm)") + """Dear Tamsin,

Our answers sit under each of your questions below.

> 1. How many sailings were cancelled this week?

Fourteen sailings were cancelled, all of them on the northern route.

> 2. Were passengers told in advance?

Yes. Every booked passenger had a text message by 06:00 on the day.

Best regards,

Orrin Vell
Operations Director
Skerrow Ferrymen's Guild
Tel: 01632 960 101

-----Original Message-----
From: Tamsin Roke <t.roke@paper.example>
Sent: 03 March 2026 09:12
Subject: Questions on the Skerrow ferry (by 4pm)

Hello, I am writing about the cancelled sailings and have two questions for you.

Thanks, Tamsin
"""


def test_a_reply_with_answers_under_the_quoted_questions_is_the_repliers_text(project, tmp_path):
    """A reply whose answers sit under the questions it quotes, over "-----Original Message-----", is the replying
    body's text: its answers kept, the message it answers left out, its outlet the signature's organisation, its
    author the signer (a trial's had been read as a forward: every answer lost, the reporter the outlet)."""
    front, body = imported(project, tmp_path, REPLY)
    assert "Fourteen sailings were cancelled" in body and "text message by 06:00" in body
    assert "> 2. Were passengers told in advance?" in body
    assert "I am writing about" not in body and "Original Message" not in body
    assert (front["outlet"], front["author"]) == ("Skerrow Ferrymen's Guild", "Orrin Vell")
    assert front["title"] == "Questions on the Skerrow ferry (by 4pm)"


def test_a_forward_over_the_same_mark_is_still_the_forwarded_message(project, tmp_path):
    """"-----Original Message-----" under a forward ("FW: …") still opens the message forwarded, which is the text."""
    forward = REPLY.replace("Subject: RE: Questions", "Subject: FW: Questions", 1)
    front, body = imported(project, tmp_path, forward)
    assert "I am writing about the cancelled sailings" in body and "Fourteen sailings" not in body
    assert front["outlet"] == "Tamsin Roke"


FLOWED = HEADERS.format(sender="Dr Ines Marlow - Skerrow Seabird Trust <news@seabirds.example>",
                        subject="PRESS RELEASE: Puffin burrows flooded on Skerrow",
                        params="; format=flowed") + """Storm surge flooded ninety puffin burrows on the west \r
cliffs of Skerrow on Sunday night, the trust's wardens \r
found.\r
\r
> A quoted line the sender wrapped \r
> in two.\r
\r
Donate today: \r
https://seabirds.example/give?utm_source=email\r
\r
-- \r
Skerrow Seabird Trust\r
"""


def test_a_flowed_text_is_joined_and_a_senders_name_gives_the_organisation_after_it(project, tmp_path, capsys):
    """A "format=flowed" text's soft line breaks (a line ending in a space) are joined again, quoted lines too (a
    trial's kept each wrapped line with its trailing space); a From name "Dr Ines Marlow - Skerrow Seabird Trust" is
    the trust's, the outlet (it had been the whole name); a Subject's "PRESS RELEASE:" is no part of the title; a
    mailing's "Donate today:" and its link are page chrome."""
    front, body = imported(project, tmp_path, FLOWED, "--strip-chrome")
    assert ("Storm surge flooded ninety puffin burrows on the west cliffs of Skerrow on Sunday night, the trust's "
            "wardens found.\n") in body
    assert "> A quoted line the sender wrapped in two." in body
    assert " \n" not in body and "Donate" not in body
    assert (front["outlet"], front["title"]) == ("Skerrow Seabird Trust", "Puffin burrows flooded on Skerrow")
    assert "format=flowed" in "".join(capsys.readouterr())
