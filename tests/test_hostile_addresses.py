"""Hostile web addresses: one that is not http(s) (`javascript:`), or shows one host and leads to another
(`https://trusted.org@elsewhere.net/`), never reaches a content file or a page's link."""
import pytest

from tests.test_invalid import run_dossier
from tests.test_update import _project

ARTICLE = "Leaders meet in Hamburg for long talks\n\n" + "The leaders talked for a long time on Friday.\n\n" * 3


@pytest.mark.parametrize("url, says", [
    ("javascript:alert(1)", "it is not a web address: write one starting with https:// or http://"),
    ("data:text/html,<script>alert(1)</script>", "it is not a web address: write one starting with https:// or "
                                                 "http://"),
    ('https://example.org/"onmouseover="alert(1)', "an address cannot hold spaces, quotes, < > { } | \\ ^ or `: "
                                                   "percent-encode them (a space is %20)"),
    ("https://www.reuters.com@evil.example/world", "it holds 'www.reuters.com@' before its host, so it shows "
                                                   "www.reuters.com but leads to evil.example; write it without that "
                                                   "part: https://evil.example/world"),
    ("https:///world", "it names no host; write the whole address, as the browser shows it"),
])
def test_dossier_new_source_refuses_an_address_a_page_may_not_link_to_and_writes_nothing(tmp_path, url, says):
    """`dossier new source FILE --url 'javascript:alert(1)'` wrote it into the new source's url."""
    root = _project(tmp_path)
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    sources = sorted((root / "content" / "sources").iterdir())
    run = run_dossier(root, "new", "source", str(article), "--url", url)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr == f"1. {article}: --url {url}: {says}\n1 error(s); nothing was written.\n"
    assert sorted((root / "content" / "sources").iterdir()) == sources


def test_a_web_pages_address_that_shows_another_host_is_left_out_with_a_warning(tmp_path):
    """A saved page's canonical link `https://trusted.example@evil.example/story` was taken as the source's url."""
    root = _project(tmp_path)
    page = tmp_path / "page.html"
    page.write_text('<html lang="en"><head><title>Leaders meet</title><link rel="canonical" '
                    'href="https://trusted.example@evil.example/story"></head><body><article>'
                    "<h1>Leaders meet in Hamburg for long talks</h1>"
                    "<p>The leaders talked for a long time in the city on Friday, officials said.</p>"
                    "<p>They met again on Saturday for more talks about trade.</p></article></body></html>")
    run = run_dossier(root, "new", "source", str(page), "--id", "leaders-meet")
    assert run.returncode == 0, run.stderr
    assert (f"{page}: warning: url is left null: the page's link rel=canonical gives "
            "'https://trusted.example@evil.example/story'; it holds 'trusted.example@' before its host") in run.stderr
    assert "\nurl: null " in (root / "content" / "sources" / "leaders-meet.md").read_text()
    assert run_dossier(root, "check").returncode == 0


def test_a_site_address_that_shows_another_host_is_refused(tmp_path):
    root = _project(tmp_path)
    run = run_dossier(root, "build", "--site-url", "https://editors.example.org@evil.example/")
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.startswith("1. --site-url: option 'site_url' is 'https://editors.example.org@evil.example/'; it "
                                 "holds 'editors.example.org@' before its host"), run.stderr
    assert not (root / "site").exists()


def test_a_hand_written_pages_links_reach_an_href_only_when_they_are_safe(tmp_path):
    """Markdown links and autolinks of `javascript:`, `vbscript:`, `file:` or `data:` (in any case) are left as
    text; raw HTML is shown as text."""
    root = _project(tmp_path)
    (root / "content" / "pages" / "links.md").write_text(
        "---\ntitle: Links\n---\n[one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) [three](vbscript:msgbox)\n"
        "[four](data:text/html;base64,PHNjcmlwdD4=) [five](file:///etc/passwd) <javascript:alert(6)>\n"
        '[seven][r] <a href="javascript:alert(8)">eight</a>\n\n[r]: javascript:alert(7)\n', encoding="utf-8")
    run = run_dossier(root, "build")
    assert run.returncode == 0, run.stderr
    page = (root / "site" / "links.html").read_text("utf-8")
    body = page[page.index('<article'):page.index('</article>')]
    for scheme in ("javascript:", "vbscript:", "data:", "file:"):
        assert f'href="{scheme}' not in body.lower(), body
    assert "&lt;a href=&quot;javascript:alert(8)&quot;&gt;eight&lt;/a&gt;" in body
