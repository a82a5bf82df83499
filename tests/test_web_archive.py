"""dossier new source PAGE.mhtml|.mht|.webarchive: a web archive's main page read as a saved page is, at the address
the archive gives it; hostile archives refused with what to do, never a traceback nor a hang."""
import email.policy
import os
import plistlib
import quopri
import subprocess
import sys
import time
from email.message import Message
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest
import yaml

from builder import web_archive
from tests.conftest import ROOT
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

PAGE = ROOT / "tests" / "fixtures" / "tram-extension" / "articles" / "1-post.html"  # names no url of its own
ADDRESS = "https://www.evening-post.example/city/eastline-cost"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
AGAIN = "save the page again from the browser (\"Save page as…\", \"Webpage, HTML only\")"
ARTICLE = ("<html><head><title>Ferry</title></head><body><h1>Harbour ferry cut to one sailing a day</h1>"
           "<p>The harbour ferry will sail once a day from Monday, the operator said on Friday evening.</p>"
           "<p>Two crews have left since March and no replacement has been found, it said in a statement.</p>"
           "</body></html>")


def html_part(page: bytes, charset: str | None = None, cid: str | None = None) -> Message:
    """The page as a browser writes it into an archive: quoted-printable, at its address."""
    part = Message()
    part["Content-Type"] = "text/html" + (f"; charset={charset}" if charset else "")
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part["Content-Location"] = ADDRESS
    if cid:
        part["Content-ID"] = cid
    part.set_payload(quopri.encodestring(page).decode("ascii"))
    return part


def encoded(payload: str, encoding: str) -> Message:
    """A page part of the ``payload`` given, in the transfer ``encoding`` named."""
    part = Message()
    part["Content-Type"] = "text/html"
    part["Content-Transfer-Encoding"] = encoding
    part.set_payload(payload)
    return part


def mhtml(*parts: Message, start: str | None = None) -> bytes:
    """An archive as Chrome's "Webpage, Single File" writes it (CRLF lines, a multipart/related of the page first,
    then its images), of ``parts`` (default: the ferry page and an image)."""
    archive = MIMEMultipart("related", type="text/html", **({"start": start} if start else {}))
    archive["From"] = "<Saved by Blink>"
    archive["Snapshot-Content-Location"] = ADDRESS
    archive["Subject"] = "Harbour ferry cut to one sailing a day"
    archive["Date"] = "Sat, 12 Dec 2026 09:30:00 -0000"
    for part in parts or (html_part(ARTICLE.encode()), MIMEImage(PNG, "png")):
        archive.attach(part)
    return archive.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n"))


def webarchive(data: bytes, kind: str = "text/html", charset: str | None = "UTF-8", fmt=plistlib.FMT_BINARY) -> bytes:
    """A Safari .webarchive: its main resource ``data`` and an image beside it."""
    main = {"WebResourceData": data, "WebResourceMIMEType": kind, "WebResourceURL": ADDRESS,
            "WebResourceFrameName": ""} | ({"WebResourceTextEncodingName": charset} if charset else {})
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [
        {"WebResourceData": PNG, "WebResourceMIMEType": "image/png", "WebResourceURL": ADDRESS + "/photo.png"}]},
        fmt=fmt)


def imported(project, tmp_path, name: str, content: bytes, *args) -> tuple[dict, str]:
    archive = tmp_path / name
    archive.write_bytes(content)
    assert dossier(project, "new", "source", str(archive), "--id", "ferry", *args) == 0
    text = (project / "content" / "sources" / "ferry.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def refused(project, tmp_path, capsys, name: str, content: bytes) -> str:
    archive, sources = tmp_path / name, sorted((project / "content" / "sources").iterdir())
    archive.write_bytes(content)
    assert dossier(project, "new", "source", str(archive)) == 1
    assert sorted((project / "content" / "sources").iterdir()) == sources
    err = capsys.readouterr().err
    assert "Traceback" not in err and AGAIN in err, err
    return err


def test_a_saved_page_wrapped_as_chrome_does_imports_as_the_page_does(project, tmp_path, capsys):
    """Chrome's MHTML of a fixture's saved page, quoted-printable beside an image: the same source as the .html's,
    but for the url the archive gives (the page names none) and the note saying what was read."""
    assert dossier(project, "new", "source", str(PAGE), "--id", "page") == 0
    page_out, page_err = capsys.readouterr()
    archive = tmp_path / "tram.mhtml"
    archive.write_bytes(mhtml(html_part(PAGE.read_bytes()), MIMEImage(PNG, "png")))
    assert dossier(project, "new", "source", str(archive), "--id", "archive") == 0
    archive_out, archive_err = capsys.readouterr()
    sources = project / "content" / "sources"
    page_file, archive_file = (sources / "page.md").read_text(), (sources / "archive.md").read_text()
    assert "url: null" in page_file
    assert archive_file.replace(f'url: "{ADDRESS}"', "url: null").replace('seed: "tram.mhtml"', 'seed: "1-post.html"') \
        == page_file
    assert archive_out == page_out.replace("sources/page.md", "sources/archive.md").replace(
        "suggest page`", "suggest archive`").replace("  language:", "  url: the web archive's address of the page\n"
                                                                      "  language:")
    note = (f"{archive}: warning: a web archive (MHTML, saved on 2026-12-12, not the article's day): its page read as a "
            "saved page is, its 1 other part(s) (images, style sheets, frames) left out")
    assert note in archive_err
    assert [line.split(". ", 1)[1] for line in archive_err.splitlines() if note not in line] == [
        line.split(". ", 1)[1].replace("sources/page.md", "sources/archive.md") for line in page_err.splitlines()]


@pytest.mark.parametrize("suffix", [".mhtml", ".mht"])
def test_an_mhtml_archive_is_read_and_its_day_is_not_the_articles(project, tmp_path, suffix):
    front, body = imported(project, tmp_path, f"ferry{suffix}", mhtml())
    assert front["title"] == "Harbour ferry cut to one sailing a day"
    assert front["url"] == ADDRESS
    assert front["published"] == "unknown"  # the archive's Date is the day it was saved
    assert "Two crews have left since March and no replacement has been found, it said in a statement." in body


def test_the_pages_own_address_comes_before_the_archives(project, tmp_path):
    page = ARTICLE.replace("<title>", '<link rel="canonical" href="https://ferries.example/news/1"><title>')
    front, _ = imported(project, tmp_path, "ferry.mhtml", mhtml(html_part(page.encode())))
    assert front["url"] == "https://ferries.example/news/1"


def test_the_root_part_its_start_names_is_the_page_not_a_frame_before_it(project, tmp_path):
    frame = html_part(b"<html><body><p>An advertisement frame with a sentence of words in it.</p></body></html>")
    root = html_part(ARTICLE.encode(), cid="<page@archive>")
    _, body = imported(project, tmp_path, "ferry.mhtml", mhtml(frame, root, start="page@archive"))
    assert "The harbour ferry will sail once a day" in body and "advertisement" not in body


def test_the_parts_charset_is_read_before_the_pages_own(project, tmp_path):
    page = ARTICLE.replace("<title>", '<meta charset="utf-8"><title>').replace("Friday", "Fríday").encode("cp1252")
    _, body = imported(project, tmp_path, "ferry.mht", mhtml(html_part(page, charset="windows-1252")))
    assert "said on Fríday evening" in body


def test_a_page_in_base64_as_an_old_browser_wrote_it_is_read(project, tmp_path):
    _, body = imported(project, tmp_path, "ferry.mht", mhtml(MIMEText(ARTICLE.replace("Friday", "Fríday"), "html", "utf-8")))
    assert "said on Fríday evening" in body


def test_a_part_with_no_charset_is_read_in_the_pages_own(project, tmp_path):
    page = ARTICLE.replace("<title>", '<meta charset="windows-1251"><title>').replace("Friday", "пятница")
    _, body = imported(project, tmp_path, "ferry.mhtml", mhtml(html_part(page.encode("cp1251"))))
    assert "said on пятница evening" in body


@pytest.mark.parametrize("fmt", [plistlib.FMT_BINARY, plistlib.FMT_XML])
def test_a_safari_webarchive_is_read_in_its_charset_at_its_address(project, tmp_path, capsys, fmt):
    page = ARTICLE.replace("Friday", "Fríday").encode("cp1252")
    front, body = imported(project, tmp_path, "ferry.webarchive", webarchive(page, charset="windows-1252", fmt=fmt))
    assert front["url"] == ADDRESS and "said on Fríday evening" in body
    assert "a web archive (Safari's): its page read as a saved page is, its 1 other resource(s)" in (
        capsys.readouterr().err)


@pytest.mark.parametrize("name, content, message", [
    ("images.mhtml", mhtml(MIMEImage(PNG, "png")), "the web archive holds no HTML page (no text/html part)"),
    ("charset.mhtml", mhtml(html_part(ARTICLE.encode(), charset="x-no-such-charset")),
     "the web archive declares the page's charset x-no-such-charset, which is not a known character encoding"),
    ("plain.mht", b"From: <Saved by Blink>\nSubject: Talks\n\n<html><body><p>Talks</p></body></html>",
     "the web archive holds no HTML page"),
    ("cut.mhtml", mhtml(encoded("PGh0bWw+PGJvZHk+P", "base64")), "the web archive's page is not valid base64"),
    ("uuencoded.mhtml", mhtml(encoded("begin 644 page.html", "x-uuencode")),
     "the web archive's page is encoded as x-uuencode, which no browser writes"),
    ("random.mhtml", bytes(range(256)) * 40, "the file is no web archive: it does not open with MIME headers"),
    ("random.webarchive", bytes(range(256)) * 40, "the file is no web archive Safari wrote"),
    ("cut.webarchive", webarchive(ARTICLE.encode())[:-40], "the file is no web archive Safari wrote"),
    ("html.webarchive", ARTICLE.encode(), "the file is no web archive Safari wrote"),
    ("list.webarchive", plistlib.dumps([1, 2]), "the file is no web archive Safari wrote"),
    ("image.webarchive", webarchive(PNG, "image/png", None),
     "the web archive's main resource is no web page but image/png"),
    ("charset.webarchive", webarchive(ARTICLE.encode(), charset="x-no-such-charset"),
     "the web archive declares the page's charset x-no-such-charset, which is not a known character encoding"),
    ("entities.webarchive", b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY a "aaaa">]><plist><dict>'
                            b"<key>WebMainResource</key><string>&a;</string></dict></plist>",
     "the file is no web archive Safari wrote"),
])
def test_a_hostile_archive_is_refused(project, tmp_path, capsys, name, content, message):
    assert message in refused(project, tmp_path, capsys, name, content)


def test_an_archive_of_endless_parts_is_refused_at_once(project, tmp_path, capsys):
    parts = b"".join(b"--b\r\nContent-Type: image/png\r\n\r\nx\r\n" for _ in range(200_000))
    started = time.monotonic()
    err = refused(project, tmp_path, capsys, "parts.mhtml",
                  b'Content-Type: multipart/related; boundary="b"\r\n\r\n' + parts + b"--b--\r\n")
    assert "the web archive holds over 10,000 parts" in err
    assert time.monotonic() - started < 5


def test_an_endlessly_nested_archive_is_refused(project, tmp_path, capsys):
    nested = ARTICLE.encode()
    for depth in range(2000):
        nested = (f'Content-Type: multipart/related; boundary="b{depth}"\r\n\r\n--b{depth}\r\n'.encode() + nested
                  + f"\r\n--b{depth}--\r\n".encode())
    err = refused(project, tmp_path, capsys, "nested.mhtml", nested)
    assert "the web archive's parts nest over 8 deep" in err


def test_a_deeply_nested_property_list_is_refused(project, tmp_path, capsys):
    deep = b"<array>" * 100_000 + b"</array>" * 100_000
    assert "the file is no web archive Safari wrote" in refused(
        project, tmp_path, capsys, "deep.webarchive", b'<?xml version="1.0"?><plist>' + deep + b"</plist>")


def test_an_archive_larger_than_an_article_and_its_images_is_refused(project, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(web_archive, "MAX_ARCHIVE_BYTES", 1_000)
    content = mhtml()
    err = refused(project, tmp_path, capsys, "big.mhtml", content)
    assert f"the web archive is {len(content):,} bytes, over the limit of 1,000 (a page's and its images')" in err


def test_headers_that_never_end_are_refused(project, tmp_path, capsys):
    err = refused(project, tmp_path, capsys, "headers.mhtml", b"X-Padding: " + b"a" * 100_000 + b"\r\n")
    assert "a part of the web archive has headers over 65,536 bytes long" in err


def test_dossier_new_source_writes_an_archives_source(project, tmp_path):
    """The command line an editor types, in the dossier's folder: the source written, and it passes check."""
    (tmp_path / "x.mhtml").write_bytes(mhtml())
    run = subprocess.run([sys.executable, "-m", "builder", "new", "source", str(tmp_path / "x.mhtml")], cwd=project,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Created content/sources/harbour-ferry-cut-one-sailing-day.md." in run.stdout
    assert "url: the web archive's address of the page" in run.stdout
    source = (project / "content" / "sources" / "harbour-ferry-cut-one-sailing-day.md").read_text(encoding="utf-8")
    assert f'url: "{ADDRESS}"' in source and "The harbour ferry will sail once a day from Monday" in source
    assert dossier(project, "check") == 0
