"""dossier new source STATEMENT.rtf: a press office's rich-text document imported as its text, as a word processor
shows it, with the title and author its \\info group gives (builder/rtf.py)."""
import os

import pytest

from builder import rtf
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

STATEMENT = r"""{\rtf1\ansi\ansicpg1252\deff0\uc1{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset204 Times Cyr;}}
{\colortbl;\red0\green0\blue0;\red255\green0\blue0;}{\stylesheet{\s0 Normal;}{\s1 heading 1;}}
{\info{\title Statement on the Seaforth Hotel fire}{\author Ana Whitlow}{\company Harlow Bay Hotels}
{\creatim\yr2026\mo3\dy2\hr9\min14}
{\revtim\yr2026\mo3\dy4}}
{\header \pard\plain CONFIDENTIAL UNTIL 10:00\par}{\footer \pard Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}
\pard\plain\f0 Statement on the Seaforth Hotel fire\par
\pard Eleven guests were taken to hos{\b pital} on Sunday {\deleted night }morning, the caf\'e9\rquote s manager
 said{\v  SEE LEGAL}.\par
\pard {\field{\*\fldinst { HYPERLINK "https://x.example" }}{\fldrslt {The boiler}}} was last serviced in Oc\-tober,\~the
 company said: \u8220\'93it was safe\u8221\'94.{\super\chftn}{\footnote\pard\plain {\super\chftn} A footnote.}\par
\pard The guest from Kyiv wrote {\f1 \'cf\'f0\'e8\'e2\'e5\'f2} and \u-10179?\u-8704?; the sign read \uc2\u26085\'93\'fa.\par
{\*\atnid Ed}{\*\annotation Check the time!}
\pard\intbl Guests\cell 11\cell\row
\pard\intbl Staff\par on duty\cell 3\cell\row
\pard {\listtext\pard\plain \'b7\tab}Ana Whitlow\line Head of Communications\par
\pard Harlow Bay Hotels\par
{\shp{\*\shpinst{\sp{\sn shapeType}{\sv 202}}{\shptxt \pard Notes to editors: the hotel has 64 rooms.\par}}
{\shprslt{\*\do\dobxtext Notes to editors: the hotel has 64 rooms.}}}
{\pict\pngblip\bin4 {}}}}\pard The hotel will reopen when the fire service allows it.\par
}
This follows the document's last brace."""


def _body(project, ident):
    return (project / "content" / "sources" / f"{ident}.md").read_text(encoding="utf-8").split("---\n", 2)


@pytest.mark.parametrize("name", ["statement.rtf", "statement.txt"])
def test_an_rtf_documents_text_is_imported_as_it_shows(project, tmp_path, capsys, name):
    """The text a reader sees, whatever the file's name: its characters as written (\\u escapes, \\'xx bytes in the
    document's code page and in a Cyrillic font's, a character past U+FFFF in two halves); no font, colour or style
    table, hidden or deleted text, field instruction, header, footer, footnote, comment, list bullet, picture or
    text box's fallback copy; a table's rows as cells between tabs; the title and author of its \\info group, its
    days only in a note, its company the outlet as a line of its text names it."""
    (tmp_path / name).write_bytes(STATEMENT.encode("latin-1"))
    assert dossier(project, "new", "source", str(tmp_path / name), "--id", "seaforth") == 0
    out = capsys.readouterr()
    _, front, body = _body(project, "seaforth")
    assert body.strip().split("\n\n") == [
        "Statement on the Seaforth Hotel fire",
        "Eleven guests were taken to hospital on Sunday morning, the café’s manager said.",
        "The boiler was last serviced in October, the company said: “it was safe”.",
        "The guest from Kyiv wrote Привет and 😀; the sign read 日.",
        "Guests\t11", "Staff on duty\t3", "Ana Whitlow\nHead of Communications", "Harlow Bay Hotels",
        "Notes to editors: the hotel has 64 rooms.", "The hotel will reopen when the fire service allows it."]
    assert 'title: "Statement on the Seaforth Hotel fire"' in front and "author: Ana Whitlow" in front
    assert "outlet: Harlow Bay Hotels" in front and "outlet: the document's company property" in out.out
    assert "2026-03-0" not in front and "title: the document's title property" in out.out
    assert "a rich-text (RTF) document: its text imported" in out.err
    assert "created on 2026-03-02 and last saved on 2026-03-04" in out.err
    assert dossier(project, "check") == 0


@pytest.mark.parametrize("text, message", [
    ("{\\rtf1 " + "{" * 600 + "Deep." + "}" * 601, "its groups nest more than 500 deep"),
    ("{\\rtf1\\ansi\\ansicpg99999 Text.\\par}", "unknown encoding: cp99999"),
    ("{\\rtf1 " + "x" * 60_000 + "}", "over the limit of 50,000")])
def test_a_hostile_or_damaged_rtf_is_refused(project, tmp_path, capsys, monkeypatch, text, message):
    """Groups nested past any word processor's (a parser's stack), a code page no one knows and a file over the limit
    are refused with what to do, and nothing is written."""
    monkeypatch.setattr(rtf, "MAX_BYTES", 50_000)
    (tmp_path / "statement.rtf").write_text(text, encoding="latin-1")
    before = sorted((project / "content" / "sources").iterdir())
    assert dossier(project, "new", "source", str(tmp_path / "statement.rtf")) == 1
    err = capsys.readouterr().err
    assert message in err and "copy its text into a .txt file" in err and "Traceback" not in err
    assert sorted((project / "content" / "sources").iterdir()) == before


@pytest.mark.parametrize("name", ["statement.rtf", "statement.docx", "message.eml", "press.mbox", "result.json",
                                  "article.txt"])
def test_a_named_pipe_is_refused_at_once_whatever_its_name(project, tmp_path, capsys, name):
    """Telling what kind of document a named pipe is (its first bytes, its zip directory) would wait for a writer
    for ever: each reader's test opens it without waiting, and its text's reader names it."""
    os.mkfifo(tmp_path / name)
    assert dossier(project, "new", "source", str(tmp_path / name)) == 1
    assert "it is a named pipe, not a regular file" in capsys.readouterr().err


def test_an_rtfs_unescaped_utf8_is_read_as_such(project, tmp_path, capsys):
    """A program that writes RTF may leave UTF-8's bytes unescaped though the document's code page is 1252: they
    are read as UTF-8 (not "cafÃ©"), with a note; a byte that is no UTF-8 still in the code page."""
    (tmp_path / "notice.rtf").write_bytes("{\\rtf1\\ansi\\ansicpg1252 Le café de la gare a fermé ses portes".encode()
                                          + b" \xe0 midi, selon la mairie de Vell.\\par}")
    assert dossier(project, "new", "source", str(tmp_path / "notice.rtf"), "--id", "notice") == 0
    body = (project / "content" / "sources" / "notice.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body.strip() == "Le café de la gare a fermé ses portes à midi, selon la mairie de Vell."
    assert "its unescaped characters are UTF-8's" in capsys.readouterr().err
