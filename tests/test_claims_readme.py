"""README's claims on the quick start, configuration, content format and reference dossier, each checked on a real run."""
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from builder.config import load_config, options
from tests.test_invalid import MINI, run_dossier, run_dossier_process

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _mini(tmp_path: Path) -> Path:
    project = tmp_path / "mini"
    shutil.copytree(MINI, project, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    return project


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """A copy of the reference dossier built as a new user builds it: its folder and what the build printed."""
    project = tmp_path_factory.mktemp("reference")
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "site_config.yml", project)
    run = run_dossier(project, "build", "--no-cache")
    assert run.returncode == 0, run.stderr
    return project, run.stdout


def test_the_build_ends_with_one_line_saying_what_it_built(reference):
    assert ("`./scripts/build` ends with one line saying what it built: pages, facts, quotes verified, disputed and "
            "contested\nfacts, sources, speakers and summits.") in README
    _, out = reference
    assert re.fullmatch(r"Built \d+ pages \(\d+ files written\) into \S+ in [\d.]+ s: \d+ facts, \d+ quotes verified, "
                        r"\d+ disputed, \d+ contested, \d+ sources, \d+ speakers, \d+ summits\.\n", out), out


def test_the_reference_dossier_is_what_the_readme_counts(reference):
    said = re.search(r"`content/` holds the dossier on the Trump–Putin meetings at the G20: (\d+) sources, (\d+) speakers,"
                     r"\s+(\d+) summits and events, (\d+) fact cards with (\d+) verified quotes; the sources disagree on "
                     r"(\d+) facts and (\d+) is a contested claim\.", README)
    assert said, "README's count of the reference dossier is not where this test looks"
    project, out = reference
    data = json.loads((project / "site" / "exports" / "dossier.json").read_text(encoding="utf-8"))
    verdicts = Counter(fact["verdict"] for fact in data["facts"].values())
    quotes = sum(len(fact["accounts"]) for fact in data["facts"].values())
    counted = (len(data["sources"]), len(data["speakers"]), len(data["summits"]), len(data["facts"]), quotes,
               verdicts["disputed"], verdicts["contested"])
    assert tuple(int(n) for n in said.groups()) == counted
    sources, speakers, summits, facts, quotes, disputed, contested = counted
    assert (f"{facts} facts, {quotes} quotes verified, {disputed} disputed, {contested} contested, {sources} sources, "
            f"{speakers} speakers, {summits} summits.") in out


def _defaults() -> dict:
    """The configuration table's default column: option → the text of its cell."""
    table = README.split("## Configuration: `site_config.yml`", 1)[1].split("\n## ", 1)[0]
    return dict(re.findall(r"^\| `(\w+)` \| (.*?) \|", table, re.M))


def test_each_option_defaults_to_what_the_configuration_table_says(tmp_path):
    project = tmp_path / "bare"
    (project / "content").mkdir(parents=True)
    (project / "site_config.yml").write_text("# every option left to its default\n", encoding="utf-8")
    config = load_config(project)
    written = _defaults()
    assert set(written) == {option.name for option in options()}
    for name, cell in written.items():
        value = getattr(config, name)
        if cell == "empty":
            assert value in ("", {}), name
        elif not cell.startswith("see "):
            assert f"`{value}`" == cell, name


def test_a_project_template_overrides_the_built_in_one_of_the_same_name(tmp_path):
    assert "a template here overrides the built-in one of the same name" in README
    project = _mini(tmp_path)
    (project / "templates").mkdir()
    (project / "templates" / "page.md").write_text('<div class="project-page">\n{{ html|safe }}\n</div>\n', "utf-8")
    assert run_dossier(project, "build", "--no-cache").returncode == 0
    site = project / "site"
    assert '<div class="project-page">' in (site / "about.html").read_text(encoding="utf-8")
    assert "project-page" not in (site / "facts" / "scheduled-length.html").read_text(encoding="utf-8")


def test_hand_written_pages_escape_raw_html_and_nav_false_keeps_one_out_of_the_navigation(tmp_path):
    assert "(and `nav: false` to keep the page out of the navigation), then Markdown.\nRaw HTML in these pages is escaped." \
        in README
    project = _mini(tmp_path)
    (project / "content" / "pages" / "notes.md").write_text(
        "---\ntitle: Notes\nnav: false\n---\nSome *notes* and <b>raw</b> markup.\n\n## A heading\n", encoding="utf-8")
    assert run_dossier(project, "build", "--no-cache").returncode == 0
    site = project / "site"
    notes = (site / "notes.html").read_text(encoding="utf-8")
    assert "Some <em>notes</em> and &lt;b&gt;raw&lt;/b&gt; markup." in notes
    assert '<h2 id="a-heading">' in notes
    linking = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if "notes.html" in p.read_text("utf-8"))
    assert linking == [], "a page with nav: false is linked from the navigation"
    assert 'href="about.html"' in (site / "index.html").read_text(encoding="utf-8")  # a page without it is


def test_a_sources_body_is_plain_text_in_paragraphs_separated_by_blank_lines(tmp_path):
    assert "The body is plain text: it is never interpreted as Markdown or HTML. Paragraphs are separated by blank lines." \
        in README
    project = _mini(tmp_path)
    alpha = project / "content" / "sources" / "alpha.md"
    alpha.write_text(alpha.read_text(encoding="utf-8").rstrip("\n")
                     + "\n\n# Not a heading\n\nA *starred* word and [a link](https://example.org)\non two lines.\n",
                     encoding="utf-8")
    assert run_dossier(project, "build", "--no-cache").returncode == 0
    page = (project / "site" / "sources" / "alpha.html").read_text(encoding="utf-8")
    paragraphs = re.findall(r'<p id="p\d+">(.*?)</p>', page, re.S)
    assert paragraphs[-2:] == ["# Not a heading", "A *starred* word and [a link](https://example.org)\non two lines."]


def _value_corrections() -> list[tuple[str, str]]:
    """README's examples of a value written as the article prints it, each with the form check gives instead."""
    start = README.index("A value\nwritten as the article prints it is reported with the form to write instead:")
    paragraph = README[start:README.index("\n\n", start)].replace("\n", " ")
    pairs = re.findall(r"`(\{[^`]+\})`(?: \([^)]*\))? → (`[^`]+`|\d+)", paragraph)
    return [(written, said.strip("`")) for written, said in pairs]


@pytest.mark.parametrize("written, said", _value_corrections())
def test_a_value_written_as_the_article_prints_it_is_reported_with_the_form_to_write(tmp_path, written, said):
    assert len(_value_corrections()) == 5
    project = _mini(tmp_path)
    card = project / "content" / "facts" / "scheduled-length.yml"
    text = card.read_text(encoding="utf-8")
    assert text.count("value: {exact: 30}") == 1
    card.write_text(text.replace("value: {exact: 30}", "value: " + written.replace("…", "30 and 35")), encoding="utf-8")
    run = run_dossier(project, "check", "--no-cache")
    assert run.returncode == 1
    assert run.stderr.startswith("1. content/facts/scheduled-length.yml:11:") and said in run.stderr, run.stderr


def _files(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_no_cache_neither_reads_nor_updates_the_build_cache(tmp_path):
    assert "`--no-cache` neither reads nor updates the build cache (below)." in README
    project = _mini(tmp_path)
    assert run_dossier(project, "build", "--no-cache").returncode == 0
    assert not (project / ".dossier-cache").exists()
    assert run_dossier(project, "build").returncode == 0
    kept = _files(project / ".dossier-cache")
    card = project / "content" / "facts" / "scheduled-length.yml"
    card.write_text(card.read_text(encoding="utf-8").replace("half an hour or so", "about half an hour"), "utf-8")
    (project / ".dossier-cache" / "cache.json").write_bytes(b"not json")  # read, this would be a warning
    kept["cache.json"] = b"not json"
    for command in ("build", "check"):
        run = run_dossier(project, command, "--no-cache")
        assert (run.returncode, run.stderr) == (0, ""), run.stderr
        assert _files(project / ".dossier-cache") == kept
    assert "about half an hour" in (project / "site" / "facts" / "scheduled-length.html").read_text(encoding="utf-8")


def test_check_does_not_build_the_site_and_its_summary_ends_with_the_time_it_took(tmp_path):
    assert "validates only and does not build the site; fast enough to run on every save (its summary counts the facts, " \
           "the quotes verified and the disputed and contested facts, and ends with the time it took)." in README
    project = _mini(tmp_path)
    run = run_dossier(project, "check", "--no-cache")
    assert run.returncode == 0
    assert re.fullmatch(r"OK: 3 facts, 7 quotes verified, 1 disputed, 1 contested \(\d+\.\d\d s\)\.\n", run.stdout), \
        run.stdout
    assert not (project / "site").exists()


def test_strict_checks_every_internal_link_and_anchor_of_the_built_site(tmp_path):
    assert "`--strict` turns warnings into errors, checks every internal link and anchor of the built site" in README
    project = _mini(tmp_path)
    (project / "content" / "pages" / "links.md").write_text(
        "---\ntitle: Links\n---\nSee [a page](missing.html) and [an anchor](about.html#nowhere).\n", encoding="utf-8")
    assert run_dossier(project, "build").returncode == 0
    site = _files(project / "site")
    run = run_dossier(project, "build", "--strict")
    assert run.returncode == 1
    assert "content/pages/links.md:4: broken link to 'missing.html': missing.html does not exist; fix the address" \
        in run.stderr, run.stderr  # where the editor wrote it, and what to do
    assert "content/pages/links.md:4: broken link to 'about.html#nowhere': no element with id 'nowhere' on " \
        "about.html" in run.stderr, run.stderr
    assert _files(project / "site") == site


def test_without_site_url_no_page_has_a_canonical_link_and_the_sitemap_no_address(reference):
    assert "(then the pages have no canonical link and `sitemap.xml` no addresses)" in README
    project, _ = reference
    assert load_config(project).site_url == ""  # the reference dossier names no address
    site = project / "site"
    assert not [p for p in site.rglob("*.html") if 'rel="canonical"' in p.read_text(encoding="utf-8")]
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<urlset" in sitemap and "<loc>" not in sitemap


def test_a_site_outside_the_project_needs_allow_outside(tmp_path, monkeypatch):
    assert ("`--out DIR` elsewhere, a relative DIR being from the current folder, and a folder outside the project needs "
            "`--allow-outside`") in README
    project, outside = _mini(tmp_path), tmp_path / "outside"
    run = run_dossier(project, "build", "--out", str(outside))
    assert run.returncode == 1 and "pass --allow-outside to allow it" in run.stderr, run.stderr
    assert not outside.exists()
    monkeypatch.chdir(project / "content")
    assert run_dossier(project, "build", "--out", "../public").returncode == 0
    assert (project / "public" / "index.html").is_file()
    assert run_dossier(project, "build", "--out", str(outside), "--allow-outside").returncode == 0
    assert (outside / "index.html").is_file()


@pytest.mark.parametrize("args", [["build", "--bogus"], ["nosuch"], ["new", "fact"], ["serve", "--port", "70000"]],
                         ids=["unknown option", "unknown command", "missing argument", "bad port"])
def test_a_wrong_command_line_exits_with_2_and_writes_nothing(tmp_path, args):
    assert "The exit code is 0 on success, 1 when the content has errors, 2 for a wrong command line." in README
    project = _mini(tmp_path)
    run = run_dossier_process(project, *args)
    assert run.returncode == 2 and "usage: dossier" in run.stderr and "Traceback" not in run.stderr, run.stderr
    assert sorted(p.name for p in project.iterdir()) == ["content", "site_config.yml"]


def test_the_configuration_options_show_where_the_table_says(tmp_path):
    project = _mini(tmp_path)
    card = project / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text(encoding="utf-8").replace("quote: the talks went on for more than two hours",
                                                             "quote: more than two"), encoding="utf-8")
    run = run_dossier(project, "check", "--no-cache")
    assert run.returncode == 1 and "the quote has 3 words, fewer than the 4 needed" in run.stderr, run.stderr
    (project / "site_config.yml").write_text(
        'title: "Smith & Jones"\ndescription: "Two leaders, two sources."\nlanguage: de\n'
        "repo_url: https://example.org/repo\ncopyright: Cards by the editors\nquote_min_words: 3\n"
        "shared_wording_words: 6\n", encoding="utf-8")
    run = run_dossier(project, "build", "--no-cache")
    assert run.returncode == 0, run.stderr
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>Smith &amp; Jones</title>" in home and 'class="md-header__topic"' in home
    assert "Smith &amp; Jones" in home.split('class="md-header__topic"', 1)[1].split("</div>", 1)[0]  # the header
    assert '<p class="dz-lede">Two leaders, two sources.</p>' in home.split("<body", 1)[1]
    assert '<html lang="de"' in home
    assert re.search(r'<a href="https://example\.org/repo"[^>]*class="md-source"', home)  # in the header
    assert "Cards by the editors" in home.split("<footer", 1)[1]
    source = (project / "site" / "sources" / "alpha.html").read_text(encoding="utf-8")
    assert "no run of 6 words or more appears in another source" in source


def test_a_cards_first_topic_places_it_on_its_summit_page(tmp_path):
    assert "| `topics` | | topic slugs; the first groups the fact on its summit page, under its slug as a heading" \
        in README
    project = _mini(tmp_path)
    card = project / "content" / "facts" / "actual-length.yml"
    text = card.read_text(encoding="utf-8")
    assert text.count("topics: [meeting-length]") == 1
    card.write_text(text.replace("topics: [meeting-length]", "topics: [ceasefire, meeting-length]"), encoding="utf-8")
    assert run_dossier(project, "build", "--no-cache").returncode == 0
    page = (project / "site" / "summits" / "hamburg.html").read_text(encoding="utf-8")
    facts = page.split('<h2 id="facts">', 1)[1].split("<h2 ", 1)[0]
    groups = dict(re.findall(r'<h3 id="topic-([\w-]+)">.*?</h3>\s*<ul class="dz-fact-list">(.*?)</ul>', facts, re.S))
    linked = {topic: sorted(re.findall(r'href="\.\./facts/([\w-]+)\.html"', rows)) for topic, rows in groups.items()}
    assert linked == {"meeting-length": ["scheduled-length"], "ceasefire": ["actual-length", "ceasefire"]}, linked


def _verdict(project: Path, fact: str) -> str:
    run = run_dossier(project, "build", "--no-cache")
    assert run.returncode == 0, run.stderr
    return json.loads((project / "site" / "exports" / "dossier.json").read_text(encoding="utf-8"))["facts"][fact]["verdict"]


def test_approximate_tolerance_is_how_far_about_n_reaches(tmp_path):
    assert "| `approximate_tolerance` | `0.1` | How far \"about N\" reaches either side of N" in README
    project = _mini(tmp_path)
    card = project / "content" / "facts" / "scheduled-length.yml"
    card.write_text(card.read_text(encoding="utf-8").replace("value: {exact: 35}", "value: {approx: 35}"), "utf-8")
    assert _verdict(project, "scheduled-length") == "disputed"  # about 35 is 31.5 to 38.5: not 30
    config = project / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "approximate_tolerance: 0.2\n", encoding="utf-8")
    assert _verdict(project, "scheduled-length") == "agree"  # 28 to 42


def test_project_goes_before_or_after_the_commands_name(tmp_path, monkeypatch, capsys):
    assert "`dossier --project X check` and `dossier check --project X` are the same." in README.replace("\n", " ")
    from builder.cli import main
    project = _mini(tmp_path)
    monkeypatch.chdir(tmp_path)  # no project here: only --project names it
    said = []
    for args in (["--project", str(project), "check"], ["check", "--project", str(project)]):
        assert main(args) == 0
        said.append(re.sub(r"\([\d.]+ s\)", "", capsys.readouterr().out))
    assert said[0] == said[1] and said[0].startswith("OK: 3 facts")


def test_the_defaults_the_commands_rows_show_are_the_commands():
    from tests.test_readme import _commands
    checked = []
    for name, command in _commands().items():
        row = next(line for line in README.splitlines() if line.startswith(f"| `dossier {name}")).split(" |", 2)[0]
        for flag, value in re.findall(r"\[(--[a-z-]+) ([\d.]+)\]", row):
            action = next(a for a in command._actions if flag in a.option_strings)
            assert str(action.default) == value, f"dossier {name} {flag}"
            checked.append(flag)
    assert checked == ["--port", "--host", "--threshold"]


@pytest.mark.parametrize("language, skip", [("de-CH", "Zum Inhalt"), ("sw", "Skip to content"), ("pt-BR", "Pular para conteúdo")])
def test_any_language_check_accepts_builds_with_the_theme_in_it_or_its_base_or_english(tmp_path, language, skip):
    """Material has no Swiss German nor Swahili: `check` accepted them and the build failed."""
    assert "the theme's words are in it, else in its base language (de for de-CH), else in English." in README
    project = _mini(tmp_path)
    config = project / "site_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + f"language: {language}\n", encoding="utf-8")
    run = run_dossier(project, "build", "--no-cache")
    assert run.returncode == 0, run.stderr
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{language}"' in home and skip in home
