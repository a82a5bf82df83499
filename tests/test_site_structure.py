"""The built site, without a browser: a page per record, sound links and anchors, escaped content, stable bytes."""
import html
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from builder import linkcheck, pipeline
from builder.config import load_config

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
MINI = Path(__file__).resolve().parent / "fixtures" / "mini"
INJECTED = "<script>alert(1)</script><img src=x onerror=alert(1)>"


def content_ids(kind: str, ext: str) -> set[str]:
    return {p.stem for p in (CONTENT / kind).glob(f"*{ext}")}


def squash(text: str) -> str:
    return " ".join(text.split())


class Headings(HTMLParser):
    """The text of every <h1> inside the page content (Material's own markup has none)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.h1: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "h1":
            self._inside = True
            self.h1.append("")

    def handle_endtag(self, tag):
        if tag == "h1":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.h1[-1] += data


def h1_texts(path: Path) -> list[str]:
    parser = Headings()
    parser.feed(path.read_text("utf-8"))
    return [squash(t) for t in parser.h1]


# --- a page for every record ---------------------------------------------------------------------

@pytest.mark.parametrize("kind,ext,field", [
    ("summits", ".yml", "name"), ("speakers", ".yml", "name"), ("sources", ".md", "title"), ("facts", ".yml", "statement"),
])
def test_a_page_per_content_file_headed_by_its_name(built_site, kind, ext, field):
    ids = content_ids(kind, ext)
    assert ids, f"no content/{kind}"
    built = {p.stem for p in (built_site / kind).glob("*.html")} - {"index"}
    assert built == ids, f"{kind}: missing pages {sorted(ids - built)}, unexpected pages {sorted(built - ids)}"
    for rid in sorted(ids):
        text = (CONTENT / kind / f"{rid}{ext}").read_text("utf-8")
        data = yaml.safe_load(text.split("\n---", 1)[0].removeprefix("---\n") if ext == ".md" else text)
        # a claim's headline leads with who claims it ("Sergey Lavrov: …"), so the statement may follow a name
        assert any(h.endswith(squash(data[field])) for h in h1_texts(built_site / kind / f"{rid}.html")), \
            f"{kind}/{rid}.html: no <h1> with its {field}"


def test_index_comparison_and_hand_written_pages_exist(built_site):
    expected = ["index.html", "summits/index.html", "speakers/index.html", "sources/index.html", "facts/index.html",
                "compare/index.html", "disagreements.html", "404.html", "pagefind/pagefind.js", "sitemap.xml"]
    expected += [f"{p}.html" for p in content_ids("pages", ".md")]
    summits_with_facts = {yaml.safe_load(p.read_text("utf-8"))["summit"] for p in (CONTENT / "facts").glob("*.yml")}
    expected += [f"compare/{s}.html" for s in summits_with_facts]
    missing = [rel for rel in expected if not (built_site / rel).is_file()]
    assert not missing, f"missing from the built site: {missing}"
    compared = {p.stem for p in (built_site / "compare").glob("*.html")} - {"index"}
    assert compared == summits_with_facts


def _description(page: Path) -> str:
    found = re.findall(r'<meta name="description" content="([^"]*)">', page.read_text("utf-8"))
    assert len(found) == 1, f"{page}: {len(found)} meta descriptions"
    return html.unescape(found[0])


def test_every_dossier_page_has_a_description_of_its_own(built_site):
    """Search engines show a page's meta description under its title: each page says what it holds, rather than
    every page repeating the site's description (only the home page, 404 and hand-written pages carry that)."""
    site = load_config(ROOT).description
    pages = [p for p in built_site.rglob("*.html") if p.parent.name not in ("briefings", "exports")
             and 'http-equiv="refresh"' not in p.read_text("utf-8")]
    own = {p.relative_to(built_site).as_posix(): _description(p) for p in pages}
    shared = {path for path, text in own.items() if text == site}
    assert shared == {"index.html", "404.html", *(f"{p}.html" for p in content_ids("pages", ".md"))}
    assert len(set(own.values())) == len(own) - len(shared) + 1, "two dossier pages share a description"
    fact = yaml.safe_load((CONTENT / "facts" / "hamburg-trump-accepted-putin-denial.yml").read_text("utf-8"))
    assert own["facts/hamburg-trump-accepted-putin-denial.html"].startswith("Sources disagree (")
    assert own["facts/hamburg-trump-accepted-putin-denial.html"].endswith(squash(fact["statement"]))
    assert own["summits/hamburg-2017.html"].startswith("G20 summit, Hamburg 2017: ")
    claim = own["facts/hamburg-ceasefire-military-police.html"]  # an official's claim says whose it is
    assert claim.endswith("Sergey Lavrov: Russian military police would monitor the Syria cease-fire."), claim
    assert max(len(text) for path, text in own.items() if path.startswith("facts/")) <= 160


def test_a_long_statement_makes_a_description_cut_at_a_word():
    from builder.formatting import shortened
    cut = shortened("Sources disagree (2 sources): " + "The talks, long and difficult, went on. " * 10)
    assert len(cut) <= 160 and cut.endswith(" went on. The…"), cut


# --- links and anchors -----------------------------------------------------------------------------

def test_every_internal_link_and_fragment_resolves_and_every_page_is_reachable(built_site):
    problems = linkcheck.check_site(built_site)
    assert not problems, "\n".join(f"{p.where.path}: {p.message}" for p in problems)


class ArticleText(HTMLParser):
    """The text of a source page's article, and the offset in it of every element id (skipping links to facts)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.ids: dict[str, int] = {}
        self.tags: dict[str, tuple[str, str]] = {}
        self._depth = 0          # inside <article class="dz-article">
        self._skip = 0           # inside <a class="dz-to-fact">

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article" and "dz-article" in (attrs.get("class") or ""):
            self._depth = 1
            return
        if not self._depth:
            return
        if tag == "article":
            self._depth += 1
        if self._skip or (tag == "a" and "dz-to-fact" in (attrs.get("class") or "")):
            self._skip += tag == "a"
            return
        if attrs.get("id"):
            self.ids[attrs["id"]] = len(self.text)
            self.tags[attrs["id"]] = (tag, attrs.get("class") or "")

    def handle_endtag(self, tag):
        if self._skip and tag == "a":
            self._skip -= 1
        elif self._depth and tag == "article":
            self._depth -= 1

    def handle_data(self, data):
        if self._depth and not self._skip:
            self.text += data


@pytest.fixture(scope="module")
def reference():
    return pipeline.check(load_config(ROOT)).site


def test_each_cited_account_is_anchored_at_its_passage(built_site, reference):
    """sources/<id>.html#q-<fact>-<n> exists, is a highlighted passage (or its anchor), and the text there is the quote."""
    pages, wrong = {}, []
    accounts = [a for f in reference.dossier.facts.values() for a in f.accounts]
    assert len(accounts) > 100
    for a in accounts:
        if a.source not in pages:
            parser = ArticleText()
            parser.feed((built_site / "sources" / f"{a.source}.html").read_text("utf-8"))
            pages[a.source] = parser
        page = pages[a.source]
        if a.anchor not in page.ids:
            wrong.append(f"{a.source}.html: no element with id {a.anchor}")
            continue
        tag, cls = page.tags[a.anchor]
        if (tag, cls) not in (("mark", "dz-cited"), ("span", "dz-anchor")):
            wrong.append(f"{a.source}.html#{a.anchor} is <{tag} class={cls!r}>, not a cited passage")
        there = squash(page.text[page.ids[a.anchor]:])
        if not there.startswith(squash(a.excerpt)):
            wrong.append(f"{a.source}.html#{a.anchor}: text there is {there[:60]!r}, not {squash(a.excerpt)[:60]!r}")
    assert not wrong, "\n".join(wrong)


# --- content is escaped ------------------------------------------------------------------------------

DATA_SCRIPTS = ("application/json", "application/ld+json")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Injected(HTMLParser):
    """Scripts that would call alert, data scripts broken open, and event-handler attributes, in one HTML text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._script = None      # the type of the <script> we are in
        self._open: list[str] = []   # open elements, to say where a finding sits

    def _where(self) -> str:
        return " in " + (self._open[-1] if self._open else "the document")

    def handle_starttag(self, tag, attrs):
        found = [f"<{tag} {name}={value!r}>" for name, value in attrs if name.startswith("on")]
        self.found += [f + self._where() for f in found]
        if tag == "script":
            self._script = (dict(attrs).get("type") or "text/javascript").lower()
        if tag not in VOID:
            cls = dict(attrs).get("class")
            self._open.append(f"<{tag} class={cls!r}>" if cls else f"<{tag}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].startswith(f"<{tag}>") or self._open[i].startswith(f"<{tag} "):
                del self._open[i:]
                break

    def handle_data(self, data):
        if self._script in DATA_SCRIPTS:
            try:
                json.loads(data)
            except ValueError:
                self.found.append(f"<script type={self._script}> that is not JSON (broken open?): {data[:60]!r}")
        elif self._script and "alert" in data:
            where = self._open[-2] if len(self._open) > 1 else "the document"
            self.found.append(f"<script>{data[:40]}</script> in {where}")


def injected_in(html: str) -> list[str]:
    parser = Injected()
    parser.feed(html)
    parser.close()
    return parser.found


def _mini_with_markup(make_project, offline_zip: Path | None = None) -> Path:
    """The mini fixture with raw HTML in the site's title, a fact statement, a speaker name, a source title and its
    article body."""
    files = {p.relative_to(MINI).as_posix(): p.read_text("utf-8") for p in MINI.rglob("*") if p.is_file()}
    quoted = json.dumps(INJECTED)[1:-1]
    edits = {
        "site_config.yml": ("title: Mini dossier", f'title: "Mini {quoted} dossier"'),
        "content/facts/scheduled-length.yml": ("statement: The meeting was",
                                               f'statement: "The meeting {quoted} was'),
        "content/speakers/smith.yml": ("name: Anna Smith", f'name: "Anna {quoted} Smith"'),
        "content/sources/alpha.md": ('title: "Leaders meet in Hamburg"', f'title: "Leaders {quoted} meet in Hamburg"'),
    }
    for rel, (old, new) in edits.items():
        assert old in files[rel], f"fixture changed: {rel} has no {old!r}"
        files[rel] = files[rel].replace(old, new)
    statement = files["content/facts/scheduled-length.yml"].split("\n")
    files["content/facts/scheduled-length.yml"] = "\n".join(
        line + '"' if line.startswith('statement: "') else line for line in statement)
    files["content/sources/alpha.md"] += f"\nA reader wrote {INJECTED} under the article.\n"
    root = make_project(files)
    config = load_config(root)
    pipeline.build(config, root / "site", offline_zip=offline_zip)
    return root / "site"


@pytest.fixture
def marked_up_site(make_project):
    return _mini_with_markup(make_project)


@pytest.mark.parametrize("title, shown", [('The "fantasies" of Hamburg', "“The ‘fantasies’ of Hamburg”"),
                                          ("The “fantasies” of Hamburg", "“The ‘fantasies’ of Hamburg”"),
                                          ('12" and 7" screens', '“12" and 7" screens”')])
def test_a_title_in_quotation_marks_makes_its_own_single(title, shown):
    from builder.formatting import quoted
    assert quoted(title) == shown


@pytest.mark.parametrize("tag, way", [("ar", "rtl"), ("he-IL", "rtl"), ("ku-Arab", "rtl"), ("en", "ltr"),
                                      ("fr-CA", "ltr"), ("arn", "ltr")])
def test_the_writing_direction_of_a_language(tag, way):
    from builder.formatting import direction
    assert direction(tag) == way


def test_an_arabic_article_and_its_quotes_are_set_right_to_left(make_project):
    """The article's text and each quote of it run right to left; the page's own words around them do not."""
    files = {p.relative_to(MINI).as_posix(): p.read_text("utf-8") for p in MINI.rglob("*") if p.is_file()}
    files["content/sources/alpha.md"] = files["content/sources/alpha.md"].replace("language: en", "language: ar")
    root = make_project(files)
    pipeline.build(load_config(root), root / "site")
    source = (root / "site" / "sources" / "alpha.html").read_text("utf-8")
    assert '<article class="dz-article" lang="ar" dir="rtl"' in source
    assert '<h2 id="article" lang="en" dir="ltr">' in source
    fact = (root / "site" / "facts" / "scheduled-length.html").read_text("utf-8")
    assert '<blockquote class="dz-quote" lang="ar" dir="rtl">' in fact
    assert '<blockquote class="dz-quote" lang="en" dir="ltr">' in fact  # beta's


def test_markup_in_content_is_shown_as_text_never_run(marked_up_site):
    site = marked_up_site
    for page, shown in [("facts/scheduled-length.html", f"The meeting {INJECTED} was"),
                        ("speakers/smith.html", f"Anna {INJECTED} Smith"),
                        ("sources/alpha.html", f"Leaders {INJECTED} meet in Hamburg")]:
        assert shown in h1_texts(site / page)[0], f"{page}: the heading does not show the text as written"
    assert f"A reader wrote {INJECTED} under the article." in squash(
        _article_text(site / "sources" / "alpha.html")), "the article body does not show the markup as text"
    found = {p.relative_to(site).as_posix(): bad for p in sorted(site.rglob("*.html"))
             if (bad := injected_in(p.read_text("utf-8")))}
    assert not found, "content markup reached the HTML as elements:\n" + "\n".join(
        f"{page}: {bad}" for page, bad in found.items())


def _article_text(path: Path) -> str:
    parser = ArticleText()
    parser.feed(path.read_text("utf-8"))
    return parser.text


# --- deterministic output ----------------------------------------------------------------------------

def _build(out: Path) -> None:
    cmd = [sys.executable, "-m", "builder", "build", "--out", str(out), "--allow-outside"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_two_builds_are_byte_identical(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second-build"
    _build(first)
    _build(second)
    files = {p.relative_to(first) for p in first.rglob("*") if p.is_file()}
    others = {p.relative_to(second) for p in second.rglob("*") if p.is_file()}
    assert files == others
    assert len(files) > 100
    different = sorted(str(rel) for rel in files if (first / rel).read_bytes() != (second / rel).read_bytes())
    assert not different, f"files differ between two builds: {different}"
    shutil.rmtree(tmp_path)


class _Forgetful(dict):
    """A frame's shared parts that keep nothing: every page is framed alone."""

    def __setitem__(self, key, value):
        pass


def test_pages_sharing_parts_of_the_frame_are_framed_as_if_alone():
    """Material's navigation, tabs, search box, footer... are made once for the pages of one folder and tab
    (builder/mkdocs_site.py, shared): each page is byte for byte what it is when framed alone."""
    site = pipeline.check(load_config(ROOT)).site
    pages = [p for p in pipeline.render_site(site) if p.path.endswith(".md")]
    frame = pipeline.frame(site, pages)
    framed = {p.path: frame.render(p.path, p.body) for p in pages}
    reused = len(frame.shared)
    try:
        frame.shared = _Forgetful()
        alone = {p.path: frame.render(p.path, p.body) for p in pages}
    finally:
        frame.shared = {}
    assert len({p.split("/")[0] for p in framed if "/" in p}) >= 5  # pages in five folders, each its own tab
    assert 0 < reused < len(pages)
    assert [p for p in framed if framed[p] != alone[p]] == []


def _mini_project(tmp_path: Path, config: str) -> Path:
    root = tmp_path / "project"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    (root / "site_config.yml").write_text(config, encoding="utf-8")
    return root


def test_with_a_site_url_every_page_has_a_canonical_link_and_is_in_the_sitemap(tmp_path):
    root = _mini_project(tmp_path, "title: Smith & Jones\nsite_url: https://example.org/dossier/\n")
    subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"], check=True, capture_output=True)
    site = root / "site"
    pages = [p for p in site.rglob("*.html") if "http-equiv=\"refresh\"" not in p.read_text()
             and p.name != "404.html" and p.parent.name != "briefings"]
    sitemap = (site / "sitemap.xml").read_text()
    for page in pages:
        url = "https://example.org/dossier/" + page.relative_to(site).as_posix()
        assert f'<link rel="canonical" href="{url}">' in page.read_text(), page
        assert f"<loc>{url}</loc>" in sitemap, page
    home = (site / "index.html").read_text()
    assert "<title>Smith &amp; Jones</title>" in home  # the home page's title is the site's, once
    assert 'title="Smith &amp; Jones"' in home and "&amp;amp;" not in home  # escaped once, in the tooltip too


def test_without_a_site_url_a_strict_build_warns(tmp_path):
    root = _mini_project(tmp_path, "title: Mini dossier\n")
    run = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build", "--strict"],
                         capture_output=True, text=True)
    assert run.returncode == 0 and "no site_url" in run.stderr
    assert "no site_url" not in subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"],
                                               capture_output=True, text=True).stderr


def test_the_table_of_contents_lists_h2_and_h3_and_needs_their_ids():
    from builder import mkdocs_site
    toc = mkdocs_site._toc('<h1>T</h1><h2 id="a">A &amp; <em>b</em></h2><h3 id="c">C</h3>'
                           '<h3 id="d" data-toc="skip">D</h3><h2 id="e">E</h2>')
    assert [(item.id, item.title, [child.id for child in item.children]) for item in toc] == [
        ("a", "A &amp; b", ["c"]), ("e", "E", [])]
    with pytest.raises(ValueError, match="without an id"):
        mkdocs_site._toc("<h2>No id</h2>")


def test_a_template_heading_without_an_id_is_reported(tmp_path):
    root = _mini_project(tmp_path, "title: Mini dossier\n")
    (root / "templates").mkdir()
    text = (Path(__file__).resolve().parent.parent / "templates" / "fact.md").read_text()
    (root / "templates" / "fact.md").write_text(text.replace('<h2 id="accounts">', "<h2>"))
    run = subprocess.run([sys.executable, "-m", "builder", "--project", str(root), "build"],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "without an id" in run.stderr and "Traceback" not in run.stderr


def test_the_timeline_puts_a_days_cards_of_a_time_in_the_order_of_their_times():
    """The chlorine leak trial's timeline listed the cards of 14 April by their statements' letters ("Aldrane's shares
    fell…", "…alerts at 06:25", "…at 08:05", "The leak began at about 05:40…"): a time of day goes first, in order."""
    import dataclasses
    from types import SimpleNamespace

    from builder.pages.timeline import entries
    from tests.test_compare import account, fact, value
    cards = {name: dataclasses.replace(fact(*accounts), id=name, statement=name, quantity=quantity, date="2026-04-14")
             for name, quantity, accounts in (
                 ("A share fell.", "percent", (account("a", val=value(6.2)),)),
                 ("Alerts went out at 06:25.", "time", (account("a", val=value(385)),)),
                 ("The leak stopped at 08:05.", "time", (account("a", val=value(485)),)),
                 ("The leak began at 05:40.", "time", (account("a", val=value(340)), account("b", val=value(340)))))}
    site = SimpleNamespace(dossier=SimpleNamespace(summits={}, facts=cards))
    assert [e.title for e in entries(site)] == ["The leak began at 05:40.", "Alerts went out at 06:25.",
                                                "The leak stopped at 08:05.", "A share fell."]
