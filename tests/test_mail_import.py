"""dossier new source MAIL.eml (sessions 67 and 69): a reply's own text, a flowed text joined, the organisation a
sender's name or a signature gives, a Subject's label; a stub plain part's HTML read block by block, a newsletter of a
body's, a forwarder's own note; each on a small hostile message of its own."""
import yaml

from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project


def imported(project, tmp_path, text, *options, ident="message"):
    message = tmp_path / "message.eml"
    message.write_bytes(text.encode("utf-8"))
    assert dossier(project, "new", "source", str(message), "--id", ident, *options) == 0
    _, front, body = (project / "content" / "sources" / f"{ident}.md").read_text(encoding="utf-8").split("---\n", 2)
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


def test_a_senders_corporate_communications_is_its_company():
    """A chain's statement forwarded by its press officer (session 75's trial): "Hollin Corporate Communications"
    had given the outlet "Hollin Corporate"; the office is left out whole, as "Press Office" is."""
    from builder import article
    assert article.without_office("Hollin Corporate Communications") == "Hollin"
    assert article.without_office("Tarvessa Canal Authority Communications Team") == "Tarvessa Canal Authority"


def test_a_newsletters_name_after_its_subject_is_no_part_of_the_title(project, tmp_path):
    """A patients' group's bulletin (session 75's trial): "CORAL-2: what we know | Breathe Equal Bulletin" kept its
    newsletter's name, which begins with its sender's; a Subject's last part naming something else stays."""
    text = HEADERS.format(sender="Breathe Equal <news@breatheequal.example>", params="",
                          subject="CORAL-2: what we know, and what we are asking for | Breathe Equal Bulletin") + \
        "The trial was halted on 12 March, and we want answers about the first case.\n"
    front, _ = imported(project, tmp_path, text)
    assert (front["title"], front["outlet"]) == ("CORAL-2: what we know, and what we are asking for", "Breathe Equal")
    other = text.replace("| Breathe Equal Bulletin", "| Part two")
    front, _ = imported(project, tmp_path, other, ident="other")
    assert front["title"] == "CORAL-2: what we know, and what we are asking for | Part two"


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


def test_a_stub_plain_part_gives_way_to_the_html_part_read_block_by_block(project, tmp_path, capsys):
    """A mailing whose plain-text part is only "View this email in your browser" is read from its HTML part (the
    trial's was refused as a paywall's page), block by block: its headings and list items kept (an extractor of web
    articles had dropped them), a preheader its style hides, a button and a bar of links left out with a note, its
    registration line page chrome. A plain-text part as long as the HTML part's text is still the one read."""
    html = ('<html><head><style>p{margin:0}</style></head><body><span style="display:none;max-height:0">Hidden '
            'summary for the inbox.</span><table role="presentation"><tr><td><h1>Quay wall: the cracks were '
            'reported</h1><p>Dear member,</p><p>Divers found three cracks in the east quay wall on Monday, the '
            'harbour board said.</p><h2>What we ask</h2><ul><li>A survey of every wall</li><li>No berths until it is '
            'done</li></ul><table><tr><th>Wall</th><th>Cracks</th></tr><tr><td>East</td><td>3</td></tr></table>'
            '<p><a href="https://kfa.example/petition" style="background:#123;padding:8px">Back the '
            'petition</a></p></td></tr><tr><td><p>Follow us: <a href="https://f.example">Facebook</a> · '
            '<a href="https://i.example">Instagram</a></p><p>You are receiving this email because you are a member. '
            '<a href="https://kfa.example/u">Unsubscribe</a></p><p>Kessel Ferrymen’s Association, 9 Dock Row, '
            'Kessel. Registered trade union no. 512.</p></td></tr></table></body></html>')
    stub = "View this email in your browser (https://kfa.example/view/1)\n"
    message = _alternative(stub, html)
    front, body = imported(project, tmp_path, message, "--strip-chrome")
    err = capsys.readouterr().err
    for kept in ("Divers found three cracks", "What we ask\n", "A survey of every wall\n", "No berths until it is done",
                 "Wall\tCracks\n", "East\t3\n"):
        assert kept in body
    for left_out in ("Hidden summary", "Back the petition", "Follow us", "Registered trade union", "Unsubscribe"):
        assert left_out not in body
    assert "HTML part is read" in err and "“Back the petition”, “Follow us: Facebook · Instagram”" in err
    assert front["title"] == "Quay wall: the cracks were reported"  # the Subject's "Quay wall – …" under its name
    whole = "Divers found three cracks in the east quay wall on Monday, the harbour board said. " * 3
    front, body = imported(project, tmp_path, _alternative(whole, html), ident="whole")
    assert "What we ask" not in body and "Divers found" in body


def _alternative(plain: str, html: str, sender: str = "KFA Tidings <news@kfa.example>",
                 subject: str = "Tidings: Quay wall – the cracks were reported") -> str:
    """A mailing's message of a plain-text and a base64 HTML alternative."""
    import base64
    encoded = base64.encodebytes(html.encode("utf-8")).decode("ascii")
    return (f"From: {sender}\nSubject: {subject}\nDate: Tue, 3 Mar 2026 15:40:00 +0000\nMIME-Version: 1.0\n"
            "Content-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{plain}\n--b1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{encoded}\n"
            "--b1--\n")


def test_a_newsletter_named_by_its_bodys_initials_is_the_bodys(project, tmp_path, capsys):
    """A From name of a body's initials and the newsletter's name the Subject opens with ("KFA Tidings" over
    "Tidings: …"), the email spelling the initials out as an organisation's name, is the body's: it is the outlet,
    with a note (the trial's union newsletter had its product's name for outlet). A branch's own name ("KFA Harbour
    Branch") or a Subject naming no newsletter leaves the sender the outlet; so do initials the email never spells
    out."""
    html = ("<html><body><h1>Quay wall: the cracks were reported</h1><p>Divers found three cracks in the east quay "
            "wall on Monday, the harbour board said on behalf of the Kessel Ferrymen's Association.</p></body></html>")
    front, _ = imported(project, tmp_path, _alternative("", html))
    assert front["outlet"] == "Kessel Ferrymen's Association" and "is a newsletter of" in capsys.readouterr().err
    front, _ = imported(project, tmp_path, _alternative("", html, sender="KFA Harbour Branch <b@kfa.example>"),
                        ident="branch")
    assert front["outlet"] == "KFA Harbour Branch"
    front, _ = imported(project, tmp_path, _alternative("", html.replace("Kessel Ferrymen's Association", "members")),
                        ident="unnamed")
    assert front["outlet"] == "KFA Tidings"


FORWARD = HEADERS.format(sender="Ines Morrow <ines@post.example>", params="",
                         subject="Fwd: A letter from the club's chair") + """Dear all,

{note}

Ines

---------- Forwarded message ---------
From: Harbour Rowing Club <office@rowing.example>
Date: Mon, 2 Mar 2026 at 09:10
Subject: A letter from the club's chair
To: <ines@post.example>

Dear member,

The boathouse roof failed in the storm and the club will close it until April.

Yours sincerely,

Aldo Brenn
Chair of the Committee
Harbour Rowing Club
Tel. 0555 010 777
Affiliation no. RC 4471
"""
OWN_NOTE = ("I went to the boathouse on Sunday and counted eleven boats under the broken roof, not the four the "
            "letter implies. The repairs were quoted at 30,000 last year and the committee put them off twice. We "
            "are ninety members paying fees every month, and we deserve a proper account of why nothing was done. I "
            "will raise it at the meeting on Thursday and I hope some of you will come with me to ask what the "
            "insurers were told. Nobody has answered my letter of January.")


def test_a_forwarders_own_note_is_the_text_and_a_short_one_is_not(project, tmp_path, capsys):
    """A forwarder's note of sentences of their own (80 words or more: the trial's donor's, whose figures were lost) is
    the text, the forwarded message kept after it under its headers, which are no datelines; its title, author and
    date are the forwarding email's, and a person's email has no outlet. The forwarded message's sign-off naming a
    person and an office stays (it alone says whose that message is), its telephone is page chrome. A short note
    ("FYI, see below.") is still left out, the forwarded message the text."""
    front, body = imported(project, tmp_path, FORWARD.format(note=OWN_NOTE), "--strip-chrome")
    err = capsys.readouterr().err
    assert OWN_NOTE in body and "From: Harbour Rowing Club <office@rowing.example>\n" in body
    assert "The boathouse roof failed" in body and "Aldo Brenn\n" in body and "Chair of the Committee" in body
    assert "Tel. 0555" not in body and "Affiliation" not in body and "sign-off: its contact details" in err
    assert (front["title"], front["author"], front["outlet"]) == ("A letter from the club's chair", "Ines Morrow",
                                                                  "unknown")
    front, body = imported(project, tmp_path, FORWARD.format(note="FYI, see below. The roof again."), "--strip-chrome",
                           ident="short")
    assert "FYI" not in body and "The boathouse roof failed" in body and front["outlet"] == "Harbour Rowing Club"
    assert "Aldo Brenn" not in body  # the author the front matter gives: the sign-off is no text


def test_an_email_of_no_text_is_refused_in_words_of_an_email(project, tmp_path, capsys):
    """An email whose only words are a button's is refused as an email, not as a page behind a paywall."""
    message = tmp_path / "button.eml"
    message.write_text(_alternative("", '<p><a href="https://x.example" class="btn">Open the offer</a></p>'),
                       encoding="utf-8")
    assert dossier(project, "new", "source", str(message)) == 1
    err = capsys.readouterr().err
    assert "the email holds no article text" in err and "paywall" not in err


def test_a_registration_of_any_body_is_a_legal_footer():
    """A union's, a society's or a charity's registration, its number three figures or more, letters before them or
    not, is a legal footer; a sentence of registrations is not."""
    from builder import chrome
    lines = ["Kessel Ferrymen’s Association, 9 Dock Row. Registered trade union no. 512.",
             "Registered charity no. VC 20931", "Registered society number: 3301R",
             "The union registered 512 new members in March."]
    assert [c.line for c in chrome.find(lines)] == [1, 2, 3]


ALL_STAFF = HEADERS.format(sender='"Professor Ines Calloway, Vice-Chancellor" <vc-office@harrowmere.ac.uk>', params="",
                           subject="Securing Harrowmere's future") + """Dear colleagues,

The University of Harrowmere ended the last financial year with a deficit of £23.6 million.

Our Governing Council will vote on the proposals on Wednesday 25 November. Until then nothing is final.

With thanks and respect,

Professor Ines Calloway
Vice-Chancellor and Chief Executive
University of Harrowmere
Castle Walk, Kestlebury KB2 4HW
"""


def test_a_person_and_office_in_from_signing_for_an_organisation_is_its(project, tmp_path, capsys):
    """The university-cuts trial's all-staff email (session 71): its From, "Professor Ines Calloway, Vice-Chancellor",
    had been its outlet whole; the sign-off names the person and, under her office, the university: the outlet, the
    sender its author. A person's own email, signed with no organisation, keeps its From name."""
    front, _ = imported(project, tmp_path, ALL_STAFF, "--strip-chrome")
    assert (front["outlet"], front["author"]) == ("University of Harrowmere", "Ines Calloway")
    assert "signs the message for University of Harrowmere" in capsys.readouterr().err
    unsigned = ALL_STAFF.replace("University of Harrowmere\nCastle Walk", "Castle Walk")
    front, _ = imported(project, tmp_path, unsigned, ident="unsigned")
    assert front["outlet"] == "Professor Ines Calloway, Vice-Chancellor"


def test_a_groups_name_after_its_senders_is_the_outlet_when_the_message_is_headed_with_it(project, tmp_path):
    """The maternity-unit trial's campaign newsletter (session 72): From "Janet Rudd - Save Calderbrook Maternity", its
    masthead "SAVE CALDERBROOK MATERNITY"; the outlet had been the From name whole (no word of it says organisation)."""
    newsletter = HEADERS.format(sender="Janet Rudd - Save Calderbrook Maternity <news@scm.example>", params="",
                                subject="Our birth suite") + ("SAVE CALDERBROOK MATERNITY\n\nThe trust will stop "
                                                              "overnight births at the unit from Monday 2 March.\n")
    front, _ = imported(project, tmp_path, newsletter)
    assert front["outlet"] == "Save Calderbrook Maternity"
    front, _ = imported(project, tmp_path, newsletter.replace("SAVE CALDERBROOK MATERNITY\n\n", ""), ident="plain")
    assert front["outlet"] == "Janet Rudd - Save Calderbrook Maternity"
