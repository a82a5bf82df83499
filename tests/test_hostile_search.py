"""The search index made in parts (builder/search_parts.py) against words Pagefind may order, stem or split in
its own way: accents, scripts without spaces, emoji, ligatures, dotless i, very long words, right-to-left text. The
merged index must hold what one Pagefind run over every page gives."""
import shutil
import subprocess

from tests.test_search import _build, _canonical, _parts_project

STATEMENTS = [
    "Ärzte straße STRASSE Straße ﬁnancial ﬁnance café cafe CAFÉ naïve",
    "Die Gespräche dauerten länger; Genève, Zürich, İstanbul, ıstanbul, DİYARBAKIR",
    "会談は二時間以上続いた 普京与特朗普会晤 트럼프 푸틴 회담",
    "Путин и Трамп встретились; Пу\u0301тин; ёлка елка",
    "قمة بوتين وترامب في هامبورغ שיחות פוטין טראמפ",
    "emoji 🤝🇷🇺🇺🇸 👍🏽 zero\u200bwidth soft\u00adhyphen a\u0301ccent",
    "Supercalifragilisticexpialidocious" * 20 + " " + "x" * 500,
    "O'Neill’s \"quoted\" «guillemets» — dash – en-dash 2½ 3¾ ⅔ №5 1st 2nd x² H₂O",
    "I\u0307stanbul ǅemal ﬀ ﬃ ﬄ ŉ Ǆ ǰ ΐ ΰ ﬓ",  # characters whose case forms change length
]


def test_the_index_in_parts_of_odd_words_is_the_one_pagefind_makes_of_all_pages(tmp_path, monkeypatch):
    from pagefind.service import get_executable
    project = _parts_project(tmp_path, monkeypatch, 2)
    card = (project / "content" / "facts" / "actual-length.yml").read_text()
    for n, statement in enumerate(STATEMENTS):
        text = card.replace("statement: The meeting lasted over two hours.", "statement: '" + statement.replace("'", "''") + "'")
        (project / "content" / "facts" / f"odd-{n}.yml").write_text(text, encoding="utf-8")
    _build(project, tmp_path / "site")
    lean = project / ".dossier-cache" / "search"
    whole = tmp_path / "whole"
    for page in lean.glob("*/**/*.html"):
        target = whole / page.relative_to(lean).relative_to(page.relative_to(lean).parts[0])
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, target)
    subprocess.run([str(get_executable()), "--site", str(whole), "--output-path", str(tmp_path / "one"),
                    "--keep-index-url", "--quiet"], check=True, stdout=subprocess.DEVNULL)
    merged, one = _canonical(tmp_path / "site" / "pagefind"), _canonical(tmp_path / "one")
    assert len(merged["pages"]) > 20 and any("会談" in word or "普京" in word for word in merged["words"])
    assert merged == one


def test_hand_written_pages_which_search_leaves_out_share_the_home_pages_part(tmp_path, monkeypatch):
    """Pagefind fails on a part of nothing to index: a part holding only hand-written pages (which search leaves
    out) failed the build, as it would in a dossier of one summit and thousands of facts."""
    project = _parts_project(tmp_path, monkeypatch, 1)
    for n in range(12):
        (project / "content" / "pages" / f"note-{n}.md").write_text(f"---\ntitle: Note {n}\n---\nA note.\n")
    _build(project, tmp_path / "site")
    lean = project / ".dossier-cache" / "search"
    home, = (page.parent for page in lean.glob("*/index.html"))
    assert sorted(page.name for page in lean.glob("*/note-*.html")) == sorted(p.name for p in home.glob("note-*"))
    assert len(list(home.glob("note-*.html"))) == 12
    assert (tmp_path / "site" / "pagefind" / "pagefind-entry.json").is_file()
