"""dossier new source STATEMENT.docx / .odt: a press office's Word or OpenDocument file imported as its text, as
the document shows it, with the title and author its properties give (builder/office.py)."""
import zipfile

import pytest

from builder import office
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
CORE = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
        '<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>'
        '<dcterms:created>2026-03-02T09:14:00Z</dcterms:created>'
        '<dcterms:modified>2026-03-04T16:40:00Z</dcterms:modified></cp:coreProperties>')


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(f'<w:r><w:t xml:space="preserve">{run}</w:t></w:r>' for run in runs) + "</w:p>"


BODY = (
    # the letterhead: a table of one row
    '<w:tbl><w:tr><w:tc>' + _p("Harlow Bay Hotels plc") + '</w:tc><w:tc>' + _p("Press Office") + '</w:tc>'
    '<w:tc>' + _p("4 March 2026") + '</w:tc></w:tr></w:tbl>'
    + _p("Statement on the incident at the Seaforth Hotel")
    # a sentence in runs split mid-word, a tracked deletion, a comment's mark and a footnote's
    + '<w:p><w:r><w:t>Eleven guests were taken to hos</w:t></w:r><w:r><w:t>pital on Sunday </w:t></w:r>'
      '<w:del><w:r><w:delText>night </w:delText></w:r></w:del><w:ins><w:r><w:t>morning </w:t></w:r></w:ins>'
      '<w:commentRangeStart w:id="1"/><w:r><w:t>after the alarm sounded at 06:10.</w:t></w:r>'
      '<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>'
      '<w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
    # a field's code is no text; its result is
    + '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.example" '
      '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>The boiler</w:t></w:r>'
      '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> was last serviced in '
      'Oc\u00adtober,\u00a0the company said.</w:t></w:r></w:p>'
    # a text box, with the fallback copy older programs read
    + '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
      + _p("Notes to editors: the hotel has 64 rooms.") + '</w:txbxContent></w:drawing></mc:Choice>'
      '<mc:Fallback><w:pict><w:txbxContent>' + _p("Notes to editors: the hotel has 64 rooms.")
      + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'
    + '<w:p></w:p>'
    + '<w:p><w:r><w:t>Ana Whitlow</w:t><w:br/><w:t>Head of Communications</w:t></w:r></w:p>'
    + '<w:tbl><w:tr><w:tc>' + _p("Guests") + '</w:tc><w:tc>' + _p("11") + '</w:tc></w:tr>'
      '<w:tr><w:tc>' + _p("Staff") + '</w:tc><w:tc>' + _p("3") + '</w:tc></w:tr></w:tbl>')


def _docx(path, body=BODY, core=CORE.format(title="Statement on the incident at the Seaforth Hotel",
                                             creator="Ana Whitlow"), extra=(), header=_p('CONFIDENTIAL UNTIL 10:00')):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>")
        archive.writestr("word/header1.xml", f"<w:hdr {W}>{header}</w:hdr>")
        archive.writestr("word/footnotes.xml", f"<w:footnotes {W}><w:footnote w:id=\"2\">{_p('A footnote.')}"
                                               "</w:footnote></w:footnotes>")
        archive.writestr("word/comments.xml", f"<w:comments {W}><w:comment w:id=\"1\">{_p('Check the time!')}"
                                              "</w:comment></w:comments>")
        if core:
            archive.writestr("docProps/core.xml", core)
        for name, data in extra:
            archive.writestr(name, data)
    return path


def _body(project, ident):
    return (project / "content" / "sources" / f"{ident}.md").read_text(encoding="utf-8").split("---\n", 2)


def test_a_word_documents_text_is_imported_as_it_shows(project, tmp_path, capsys):
    """The text a reader sees: runs joined, tracked deletions, comments, footnotes, a field's code and the page
    header left out, a text box once, a table's rows as cells between tabs; its title and author from its
    properties, the days it was made only in a note."""
    assert dossier(project, "new", "source", str(_docx(tmp_path / "statement.docx")), "--id", "seaforth") == 0
    out = capsys.readouterr()
    _, front, body = _body(project, "seaforth")
    paragraphs = body.strip().split("\n\n")
    assert paragraphs[0] == "Harlow Bay Hotels plc\tPress Office\t4 March 2026"
    assert "Eleven guests were taken to hospital on Sunday morning after the alarm sounded at 06:10." in paragraphs
    assert "The boiler was last serviced in October, the company said." in paragraphs
    assert body.count("Notes to editors: the hotel has 64 rooms.") == 1
    assert "Ana Whitlow\nHead of Communications" in body and ["Guests\t11", "Staff\t3"] == paragraphs[-2:]
    for absent in ("night", "CONFIDENTIAL", "A footnote", "Check the time", "HYPERLINK"):
        assert absent not in body
    assert 'title: "Statement on the incident at the Seaforth Hotel"' in front and "author: Ana Whitlow" in front
    assert "published: 2026-03-04" not in front and "2026-03-02" not in front
    assert "title: the document's title property" in out.out and "author: the document's author property" in out.out
    assert "created on 2026-03-02 and last saved on 2026-03-04: the date the article gives is read from its text" \
        in out.err
    assert dossier(project, "check") == 0


def test_a_bodys_name_for_author_is_the_outlet(project, tmp_path, capsys):
    """A press office's document names the office as its author: the body is the outlet, the author the person its
    text names (the signature's)."""
    document = _docx(tmp_path / "statement.docx", core=CORE.format(
        title="Statement on the incident at the Seaforth Hotel", creator="Harlow Bay Hotels Press Office"))
    assert dossier(project, "new", "source", str(document), "--id", "seaforth") == 0
    front = _body(project, "seaforth")[1]
    assert "outlet: Harlow Bay Hotels " in front and "author: Ana Whitlow" in front
    document = _docx(tmp_path / "comms.docx", core=CORE.format(  # the bee-deaths trial's (session 72): had been its
        title="Statement on the incident at the Seaforth Hotel", creator="Harlow Bay Hotels Communications"))  # author
    assert dossier(project, "new", "source", str(document), "--id", "comms") == 0
    front = _body(project, "comms")[1]
    assert "outlet: Harlow Bay Hotels " in front and "author: Ana Whitlow" in front


@pytest.mark.parametrize("title, creator, note", [
    ("Press release template", "Ana Whitlow", 'its title property, "Press release template", is not among its first'),
    ("Statement on the incident at the Seaforth Hotel", "jsmith", 'its author property, "jsmith", names no one')])
def test_a_templates_properties_are_left_out(project, tmp_path, capsys, title, creator, note):
    """A document made from a template keeps the template's title and its user name: neither is the article's."""
    document = _docx(tmp_path / "statement.docx", core=CORE.format(title=title, creator=creator))
    assert dossier(project, "new", "source", str(document), "--id", "seaforth") == 0
    assert note in capsys.readouterr().err
    front = _body(project, "seaforth")[1]
    assert "Press release template" not in front and "jsmith" not in front


ODT = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:text>'
       '<text:tracked-changes><text:changed-region><text:deletion><text:p>Nine guests</text:p></text:deletion>'
       '</text:changed-region></text:tracked-changes>'
       '<text:h text:outline-level="1">Seaforth Hotel: update</text:h>'
       '<text:p>Eleven<text:s/>guests were taken to hospital,<text:s text:c="2"/>the fire service said.'
       '<office:annotation><dc:creator>Ed</dc:creator><text:p>Confirm?</text:p></office:annotation>'
       '<text:note><text:note-body><text:p>A note.</text:p></text:note-body></text:note></text:p>'
       '<text:list><text:list-item><text:p>The alarm sounded at <text:span>06:10</text:span>.</text:p>'
       '</text:list-item></text:list>'
       '<table:table><table:table-row><table:table-cell><text:p>Guests</text:p></table:table-cell>'
       '<table:table-cell><text:p>11</text:p></table:table-cell></table:table-row></table:table>'
       '</office:text></office:body></office:document-content>')
META = ('<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<office:meta><dc:title>Seaforth Hotel: update</dc:title><meta:initial-creator>Ana Whitlow'
        '</meta:initial-creator><meta:creation-date>2026-03-02T09:14:00</meta:creation-date></office:meta>'
        '</office:document-meta>')


def test_an_opendocument_text_is_imported_as_it_shows(project, tmp_path, capsys):
    document = tmp_path / "update.odt"
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", ODT)
        archive.writestr("meta.xml", META)
    assert dossier(project, "new", "source", str(document), "--id", "update") == 0
    assert "an OpenDocument document: its text imported" in capsys.readouterr().err
    _, front, body = _body(project, "update")
    assert body.strip().split("\n\n") == ["Seaforth Hotel: update",
                                          "Eleven guests were taken to hospital,  the fire service said.",
                                          "The alarm sounded at 06:10.", "Guests\t11"]
    assert 'title: "Seaforth Hotel: update"' in front and "author: Ana Whitlow" in front


@pytest.mark.parametrize("damage, message", [
    ("entities", "declares entities"), ("bomb", "unpacks to"), ("broken", "cannot read the document")])
def test_a_hostile_or_damaged_document_is_refused(project, tmp_path, capsys, monkeypatch, damage, message):
    """An entity declaration (the billion laughs), a part that unpacks past the limit (a zip bomb) and a document
    part that is no XML are refused with what to do, and nothing is written."""
    monkeypatch.setattr(office, "MAX_PART", 50_000)
    body = {"entities": '<!DOCTYPE w [<!ENTITY a "aaaa">]>', "bomb": "", "broken": ""}[damage]
    document = tmp_path / "statement.docx"
    with zipfile.ZipFile(document, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", body + (
            f"<w:document {W}><w:body>{_p('x' * 60_000) if damage == 'bomb' else _p('Text.')}</w:body></w:document>"
            if damage != "broken" else "<w:document"))
    before = sorted((project / "content" / "sources").iterdir())
    assert dossier(project, "new", "source", str(document)) == 1
    err = capsys.readouterr().err
    assert message in err and "copy its text into a .txt file" in err and "Traceback" not in err
    assert sorted((project / "content" / "sources").iterdir()) == before


@pytest.mark.parametrize("item, message", [("2", "the file holds one article, not several; leave --item out"),
                                           ("0", "items are numbered from 1")])
def test_item_is_refused_for_a_file_of_one_article(project, tmp_path, capsys, item, message):
    """`--item N` chooses among the articles of a file of several; a document holds one."""
    document = _docx(tmp_path / "statement.docx")
    assert dossier(project, "new", "source", str(document), "--item", item) == 1
    assert f"--item {item}: {message}" in capsys.readouterr().err


APP = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application><Company>{}</Company></Properties>')


@pytest.mark.parametrize("company, outlet, note", [
    ("Harlow Bay Hotels plc", "Harlow Bay Hotels", None),
    ("Contoso Ltd", "unknown", 'its company property, "Contoso Ltd", is named nowhere in its text: left out')])
def test_a_documents_company_is_its_outlet_when_its_text_names_it(project, tmp_path, capsys, company, outlet, note):
    """A Word document's company property (docProps/app.xml), its legal form ("plc", "Ltd") aside, is the outlet
    when the text names it (its letterhead: "Harlow Bay Hotels plc"); a template's company, named nowhere, is not."""
    document = _docx(tmp_path / "statement.docx", extra=[("docProps/app.xml", APP.format(company))])
    assert dossier(project, "new", "source", str(document), "--id", "seaforth") == 0
    err = capsys.readouterr().err
    assert f"outlet: {outlet}" in _body(project, "seaforth")[1] and (note is None or note in err)


STATEMENT = (_p("STATEMENT ON BEHALF OF TOLVEY LIDO TRUST LTD") + _p("For immediate release \u2014 2 May 2026")
             + _p("Lido to stay shut until the summer")
             + _p("Tolvey Lido Trust is sorry that the lido will not open on 9 May as planned. Cracks found in the "
                  "main pool last week mean it will stay shut until July, the trust's engineers said.")
             + _p("Mara Quentin") + _p("Chief Executive, Tolvey Lido Trust Ltd") + _p("ENDS")
             + _p("Notes to editors: Tolvey Lido Trust runs the town's open-air pool. It employs 22 staff."))


def test_a_statements_head_and_signature_give_its_outlet_and_author_over_its_properties(project, tmp_path, capsys):
    """A statement signed at its end ("Mara Quentin" / "Chief Executive, Tolvey Lido Trust Ltd") is its signatory's,
    not the file's author's (a solicitor who edited the draft: a note says so), and its head ("STATEMENT ON BEHALF OF
    …") names its outlet, as its text writes it and without its legal form; the head and the signature are flagged
    as furniture the front matter gives, its notes to editors kept as the trust's own statements."""
    document = _docx(tmp_path / "lido.docx", body=STATEMENT, core=CORE.format(title="Lido statement v3",
                                                                              creator="Pat Oduya"))
    assert dossier(project, "new", "source", str(document), "--id", "lido") == 0
    out = capsys.readouterr()
    _, front, body = _body(project, "lido")
    assert "outlet: Tolvey Lido Trust " in front and "author: Mara Quentin " in front and "Pat Oduya" not in front
    assert 'its author property, "Pat Oduya", the file\'s author, is not whom its text is signed by, Mara Quentin: ' \
           "left out" in out.err
    assert "outlet: the statement's head, naming who issues it" in out.out
    for line in ("STATEMENT ON BEHALF OF TOLVEY LIDO TRUST LTD", "Mara Quentin",
                 "Chief Executive, Tolvey Lido Trust Ltd"):
        assert f"in the front matter (outlet)): `{line}`" in out.err or f"in the front matter (author)): `{line}`" \
            in out.err
    assert "Notes to editors" not in out.err and "Notes to editors: Tolvey Lido Trust runs" in body
    assert dossier(project, "new", "source", str(document), "--id", "lido-2", "--strip-chrome") == 0
    stripped = _body(project, "lido-2")[2]
    assert "Mara Quentin" not in stripped and "ON BEHALF OF" not in stripped and "It employs 22 staff." in stripped


def test_a_signatory_naming_no_body_gives_the_author_and_the_property_is_a_fallback(project, tmp_path, capsys):
    """A signature whose office names no body gives the author alone; a text signed by no one takes its author from
    the document's author property, which says it is the file's author."""
    signed = _docx(tmp_path / "signed.docx", body=STATEMENT.replace(", Tolvey Lido Trust Ltd", "").replace(
        _p("STATEMENT ON BEHALF OF TOLVEY LIDO TRUST LTD"), ""), core=CORE.format(title="x", creator="Pat Oduya"))
    assert dossier(project, "new", "source", str(signed), "--id", "signed") == 0
    front = _body(project, "signed")[1]
    assert "author: Mara Quentin " in front and "outlet: unknown " in front
    unsigned = _docx(tmp_path / "unsigned.docx", body=_p("Lido to stay shut until the summer") + _p(
        "Cracks found in the main pool last week mean the lido will stay shut until July, its engineers said."),
        core=CORE.format(title="x", creator="Pat Oduya"))
    assert dossier(project, "new", "source", str(unsigned), "--id", "unsigned") == 0
    assert "author: Pat Oduya " in _body(project, "unsigned")[1]
    assert "author: the document's author property: the file's author, whoever saved it (the text names no writer)" \
        in capsys.readouterr().out


def test_a_statements_head_saying_what_it_is_on_is_its_headline_too(project, tmp_path, capsys):
    """The warehouse-walkout and bee-deaths trials' statements (session 72): "Harlow Bay Hotels statement on the
    Seaforth fire" names the outlet and is the headline, kept (flagged as a head, it had left a paragraph for the
    title)."""
    body = _p("Harlow Bay Hotels statement on the Seaforth fire") + _p(
        "The hotel's fire alarms sounded at 02:10 on Monday, and all 140 guests left the building safely, the hotel "
        "said.")
    document = _docx(tmp_path / "fire.docx", body=body, core=CORE.format(title="Fire v2", creator="jsmith"))
    assert dossier(project, "new", "source", str(document), "--id", "fire", "--strip-chrome") == 0
    _, front, text = _body(project, "fire")
    assert 'title: "Harlow Bay Hotels statement on the Seaforth fire"' in front and "outlet: Harlow Bay Hotels " in front


@pytest.mark.parametrize("line, body", [
    ("STATEMENT ON BEHALF OF FENWICK FINE CATERING LTD", "FENWICK FINE CATERING LTD"),
    ("Statement from Harlow Bay Hotels:", "Harlow Bay Hotels"),
    ("Press statement by Harlow Bay Hotels on the Seaforth fire", "Harlow Bay Hotels"),
    ("Harlow Bay Hotels statement", "Harlow Bay Hotels"),
    ("Harlow Bay Hotels statement on the Seaforth fire", "Harlow Bay Hotels"),  # the walkout trial's (session 72)
    ("Joint statement", None), ("Statement from the Chief Executive", None), ("Press statement", None),
    ("Statement from the council said the pool was safe.", None), ("Mayor of Orlby statement", None)])
def test_a_statements_head_names_a_body_not_an_office(line, body):
    """Which heads name who issues a statement: a body's name after "on behalf of", "from", "by", or before
    "statement"; not what the statement is ("Joint statement"), an office ("the Chief Executive"), nor a sentence."""
    found = office._head([line, "", "Cracks found in the main pool mean the lido will stay shut, its engineers said."],
                         None)
    assert (found and found[1]) == body


def test_an_rtf_statements_head_and_signature_are_read_as_a_word_documents(project, tmp_path, capsys):
    """An RTF statement's head and signature give its outlet and author over its \\info author, flagged as a Word
    document's are."""
    (tmp_path / "lido.rtf").write_text(
        "{\\rtf1\\ansi{\\info{\\author Pat Oduya}}Statement from Tolvey Lido Trust\\par Cracks found in the main pool "
        "last week mean the lido will stay shut until July, the trust's engineers said.\\par Mara Quentin\\par Chief "
        "Executive\\par ENDS\\par}", encoding="ascii")
    assert dossier(project, "new", "source", str(tmp_path / "lido.rtf"), "--id", "lido") == 0
    err = capsys.readouterr().err
    front = _body(project, "lido")[1]
    assert "outlet: Tolvey Lido Trust " in front and "author: Mara Quentin " in front
    assert "(a statement's signature, in the front matter (author)): `Chief Executive`" in err
    assert "(a statement's head naming who issues it, in the front matter (outlet)): `Statement from Tolvey" in err


def test_a_head_naming_the_signatory_names_no_outlet():
    """"Statement from Gavin Fenwick", signed by him: the person is the author, no body the outlet."""
    lines = ["Statement from Gavin Fenwick", "", "We reject the claim that the chicken was undercooked.", "",
             "Gavin Fenwick", "Managing Director"]
    assert office._head(lines, "Gavin Fenwick") is None and office._head(lines, None)[1] == "Gavin Fenwick"


def test_a_letters_title_property_under_its_letterhead_is_its_title(project, tmp_path, capsys):
    """The parking-app trial's letter (session 72): its title property, its subject line under the office's name, its
    address, "To:" and "Our ref:", had been "not among its first lines", and the title the office's name. One after the
    text's first sentence is still left out."""
    letter = ("{\\rtf1\\ansi{\\info{\\title ParkHarrow duplicate payments}}Office of the City Manager\\par Civic Centre, "
              "Market Square\\par To: All Members of the Council\\par Our ref: CM/2026/PK/014\\par ParkHarrow duplicate "
              "payments\\par Dear Councillor,\\par From Monday 9 March the app charged some drivers twice, the "
              "supplier told us.\\par}")
    (tmp_path / "letter.rtf").write_text(letter, encoding="ascii")
    assert dossier(project, "new", "source", str(tmp_path / "letter.rtf"), "--id", "letter") == 0
    assert 'title: "ParkHarrow duplicate payments"' in _body(project, "letter")[1]
    late = letter.replace("ParkHarrow duplicate payments\\par Dear", "Dear").replace("twice, the supplier told us.",
                                                                                      "twice.\\par ParkHarrow duplicate payments")
    (tmp_path / "late.rtf").write_text(late, encoding="ascii")
    assert dossier(project, "new", "source", str(tmp_path / "late.rtf"), "--id", "late") == 0
    assert "is not among its first lines: left out" in capsys.readouterr().err


@pytest.mark.parametrize("named, outlet", [("the National Customs Service (NCS)", "National Customs Service"),
                                           ("customs officers", "unknown")])
def test_a_letterhead_in_the_page_header_names_the_outlet_its_text_names(project, tmp_path, named, outlet):
    """A customs agency's release (session 74's trial) had its letterhead in its page header, "NATIONAL CUSTOMS
    SERVICE" over its directorate's address, and came in with no outlet: the header's first line is the outlet when it
    names a body the text names too (as the text writes it); a template's header naming another is not."""
    body = _p("Customs seize 2.4 tonnes of cocaine") + _p(f"Officers of {named} have seized 2,412 kilograms of "
                                                          "cocaine at the Port of Kessling.")
    header = _p("NATIONAL CUSTOMS SERVICE") + _p("Enforcement Directorate \u00b7 Havnegade 12 \u00b7 4410 Kessling")
    document = _docx(tmp_path / "release.docx", body=body, core=None, header=header)
    assert dossier(project, "new", "source", str(document), "--id", "seizure") == 0
    assert f"outlet: {outlet} " in _body(project, "seizure")[1]


def test_an_open_letters_title_over_its_release_line_and_its_sender(project, tmp_path):
    """An orchestra's open letter (session 74's trial): its title, "Open letter to our audiences…", stood above
    "FOR IMMEDIATE RELEASE", and the salutation under that, "Dear friends of the Philharmonic,", had been taken for the
    title, the outlet unread though "From the Board of the Halvarden Philharmonic Orchestra" names it."""
    body = (_p("Open letter to our audiences, our musicians and the people of Halvarden")
            + _p("From the Board of the Halvarden Philharmonic Orchestra") + _p("FOR IMMEDIATE RELEASE")
            + _p("Dear friends of the Philharmonic,")
            + _p("It is with the deepest regret that the Board has decided to cancel the 2026-27 season."))
    document = _docx(tmp_path / "letter.docx", body=body, core=None)
    assert dossier(project, "new", "source", str(document), "--id", "letter") == 0
    front = _body(project, "letter")[1]
    assert 'title: "Open letter to our audiences, our musicians and the people of Halvarden"' in front
    assert "outlet: Halvarden Philharmonic Orchestra " in front
