"""The build cache on disk (.dossier-cache/): what it keeps between runs is used only while its file is unchanged,
a damaged part is ignored with a warning, and the site is the one a build without the cache gives."""
import base64
import json
import os
import shutil
import zlib
from pathlib import Path

import pytest

from builder import cache, load, pipeline, schema, validate
from builder.config import load_config
from builder.problems import DossierError
from tests.test_cache import _edit, _files
from tests.test_serve import _rows

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini"
CARD = "content/facts/actual-length.yml"


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(MINI, root, ignore=shutil.ignore_patterns(".dossier-cache", "site"))
    return root


def _build(project: Path, out: Path):
    with cache.kept_in(project / ".dossier-cache") as kept:  # saved and read back, as the CLI does
        return pipeline.build(load_config(project), out, allow_outside=True, cache=kept)


def _check(project: Path) -> list[str]:
    """The problems ``dossier check`` reports from the saved cache (none: [])."""
    with cache.kept_in(project / ".dossier-cache") as kept:
        try:
            pipeline.check(load_config(project), cache=kept)
        except DossierError as exc:
            return [p.format(project) for p in exc.problems]
    return []


def _counting(monkeypatch, module, name: str) -> list:
    """Note the first argument of every call of ``module.name`` (a function), still calling it."""
    calls, real = [], getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args[0] if args else None)
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, counted)
    return calls


def test_an_unchanged_file_is_neither_parsed_nor_checked_again(project, tmp_path, monkeypatch):
    _build(project, tmp_path / "site")
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    parsed = _counting(monkeypatch, load, "_load_file")
    checked = _counting(monkeypatch, schema, "check")
    facts = _counting(monkeypatch, validate, "_fact")
    _build(project, tmp_path / "site")
    assert parsed == ["facts"] and [d.id for d in checked] == ["actual-length"]  # the edited card alone
    assert [d.id for d in facts] == ["actual-length"]
    shutil.rmtree(tmp_path / "site")
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    _build(project, tmp_path / "site")
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_a_card_is_checked_again_only_when_a_record_it_names_changes(project, tmp_path, monkeypatch):
    """A sound card's check is kept while the files of the records it names (summit, speakers, sources) are unchanged:
    a new article re-checks no card (every card was checked again: 1.3 s of the 9 s a new article took to show in
    `dossier serve` at 5,000 facts), an edited article the cards citing it, a speaker's file the cards naming them. A
    card with a problem is checked again when any file changes: the speaker it names is unknown until added."""
    _build(project, tmp_path / "site")
    facts = _counting(monkeypatch, validate, "_fact")

    def checked(change) -> list[str]:
        change(project / "content")
        facts.clear()
        problems = _check(project)
        return sorted(d.id for d in facts), problems
    alpha = (project / "content/sources/alpha.md").read_text()
    assert checked(lambda c: (c / "sources/gamma.md").write_text(
        alpha.replace("Alpha News", "Gamma News").replace("The leaders met", "Leaders met"))) == ([], [])
    assert checked(lambda c: (c / "speakers/jones.yml").write_text("name: Bob Jones\nkind: person\n"
                                                                  "spellings: [Robert Jones]\n")) == (["ceasefire"], [])
    assert checked(lambda c: (c / "sources/beta.md").write_text((c / "sources/beta.md").read_text() + "\nMore.\n")) \
        == (["actual-length", "ceasefire", "scheduled-length"], [])
    assert checked(lambda c: (c / "sources/gamma.md").write_text(alpha.replace("Alpha News", "Gamma"))) == ([], [])
    _edit(project, "content/facts/scheduled-length.yml", "summit: hamburg", "summit: hamburg\nspeaker: lee")
    assert checked(lambda c: None)[1] == ["content/facts/scheduled-length.yml:3:1: speaker 'lee' is unknown; add "
                                          "content/speakers/lee.yml or use an existing speaker id"]
    assert checked(lambda c: (c / "speakers/lee.yml").write_text("name: Ann Lee\nkind: person\n")) == (
        ["scheduled-length"], [])


def test_a_new_article_renders_again_only_its_page_and_the_lists_of_sources(project, tmp_path, monkeypatch):
    """A source page shows the wording its source shares with others, looked up source by source: a new article
    that shares none with them leaves their pages as they were (every source page was rendered again: 1.4 s at 5,000
    facts); one copying another's words renders that one's page again too."""
    from builder import render
    _build(project, tmp_path / "site")
    rendered = _counting(monkeypatch, render, "_render_one")
    alpha = project / "content/sources/alpha.md"
    (project / "content/sources/gamma.md").write_text(
        alpha.read_text().split("---\n")[1].join(("---\n", "---\nA wholly other text about the weather.\n"))
        .replace("Alpha News", "Gamma News"))
    _build(project, tmp_path / "site")
    assert sorted(s.path for s in rendered if s.path.startswith("sources/")) == ["sources/gamma.md",
                                                                                 "sources/index.md"]
    rendered.clear()
    (project / "content/sources/delta.md").write_text(alpha.read_text().replace("Alpha News", "Delta News"))
    _build(project, tmp_path / "site")
    assert sorted(s.path for s in rendered if s.path.startswith("sources/")) == [
        "sources/alpha.md", "sources/delta.md", "sources/index.md"]
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_an_edited_file_is_checked_again(project):
    assert _check(project) == []
    _edit(project, CARD, "topics: [meeting-length]", "topics: [meeting-length]\ntopic: extra")
    assert _check(project) == ["content/facts/actual-length.yml:6:1: unknown key 'topic'; did you mean 'topics'?"]
    assert _check(project) == ["content/facts/actual-length.yml:6:1: unknown key 'topic'; did you mean 'topics'?"]
    _edit(project, CARD, "\ntopic: extra", "")
    assert _check(project) == []


def test_a_checked_card_is_checked_again_when_a_source_changes(project):
    assert _check(project) == []
    _edit(project, "content/sources/beta.md", "the talks went on for more than two hours",
          "the talks went on for over two hours")
    problems = _check(project)
    assert len(problems) == 1 and problems[0].startswith("content/facts/actual-length.yml:13:5: quote not found")
    _edit(project, "content/sources/beta.md", "the talks went on for over two hours",
          "the talks went on for more than two hours")
    assert _check(project) == []


def test_a_damaged_part_is_ignored_with_a_warning(project, tmp_path, capsys):
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    for part in ("files", "pages", "exports", "shared", "notes"):
        damaged = sorted(folder.glob(f"{part}-*.json"))[0]
        damaged.write_bytes(b'[["not what')
    sorted(folder.glob("spans-*.json"))[0].unlink()
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")
    err = capsys.readouterr().err
    for part in ("files", "pages", "exports", "shared", "notes"):
        assert "cannot be read" in err and f"doing its part ({part}) again" in err
    assert "lacks a file of its part spans" in err
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")
    _build(project, tmp_path / "site")  # the parts were written anew
    assert "warning" not in capsys.readouterr().err


def test_a_part_changed_in_place_is_ignored_with_a_warning(project, tmp_path, capsys):
    """Still valid JSON, but not what the builder wrote (a flipped bit, a hand edit): never published, never a
    traceback."""
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    shard = next(p for p in folder.glob("pages-*.json") if b"lasted over two hours" in p.read_bytes())
    shard.write_bytes(shard.read_bytes().replace(b"lasted over two hours", b"lasted over six hours"))
    next(folder.glob("site-*.json")).write_bytes(b"[1, 2]")
    _build(project, tmp_path / "site")
    err = capsys.readouterr().err
    assert "doing its part (pages) again" in err and "doing its part (site) again" in err
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_data_of_the_wrong_shape_under_a_right_checksum_have_the_build_done_without_them(project, tmp_path, capsys):
    """A cache restored from a shared store may hold anything its files' checksums pass: each fact's part of the
    exports a mapping where a list was written ended a build in a traceback (KeyError: 0 in export.files). The build
    is done again without the cache, with a warning, and the cache saved is the new build's."""

    from builder.cli import main
    assert main(["--project", str(project), "build"]) == 0
    folder = project / ".dossier-cache"
    index = json.loads((folder / "cache.json").read_text())
    name = index["parts"]["exports"][0]
    entries = json.loads((folder / name).read_text())
    for entry in entries:
        entry[1] = {}
    data = json.dumps(entries).encode()
    renamed = f"{name.rsplit('-', 1)[0]}-{zlib.crc32(data):08x}.json"  # its checksum right
    (folder / name).unlink()
    (folder / renamed).write_bytes(data)
    index["parts"]["exports"][0] = renamed
    (folder / "cache.json").write_text(json.dumps(index))
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    capsys.readouterr()
    assert main(["--project", str(project), "build"]) == 0
    assert "the build cache's data do not fit this build (KeyError(0))" in capsys.readouterr().err
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(project / "site") == _files(tmp_path / "fresh")
    assert main(["--project", str(project), "build"]) == 0 and "warning" not in capsys.readouterr().err


@pytest.mark.parametrize("checker", ["a child", "the process: it has threads", "the process: no child can start"])
def test_damaged_texts_of_pages_have_the_pages_rendered_again(project, tmp_path, capsys, monkeypatch, checker):
    """The pages' texts are read only for the pages a build writes, but their files are checked before the build
    uses the part (by a forked child; by the process itself where it has threads, and so never forks, or where no
    process can start): a damaged one is found before any page is reused without its text."""
    import threading
    _build(project, tmp_path / "site")
    forks = _counting(monkeypatch, os, "fork")
    threaded = checker != "a child"
    monkeypatch.setattr(threading, "active_count", lambda: 2 if checker.endswith("threads") else 1)
    if checker.endswith("start"):
        def refused():
            forks.append("refused")
            raise BlockingIOError(11, "Resource temporarily unavailable")
        monkeypatch.setattr(os, "fork", refused)
    folder = project / ".dossier-cache"
    for shard in folder.glob("texts-*.json"):  # each page's texts, packed (RenderedPage.packed), in base64
        entries = json.loads(shard.read_bytes())
        for entry in entries:
            body = zlib.decompress(base64.b64decode(entry[1]))
            entry[1] = base64.b64encode(zlib.compress(body.replace(b"lasted over two hours", b"lasted over six hours"))).decode()
        if json.loads(shard.read_bytes()) != entries:
            shard.write_text(json.dumps(entries))
            break
    else:
        raise AssertionError("no page's text says 'lasted over two hours'")
    shutil.rmtree(tmp_path / "site")  # every page is written: every text is needed
    _build(project, tmp_path / "site")
    assert forks == (["refused"] if checker.endswith("start") else [] if threaded else [None])
    err = capsys.readouterr().err
    assert "doing its part (texts) again" in err and "doing its part (pages) again" in err
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_a_one_fact_edit_reads_only_the_texts_it_decodes_and_a_child_checks_the_others(project, tmp_path,
                                                                                         monkeypatch):
    """The lazy parts' files are checked by a forked child while the build reads the other parts: the build reads
    only the shards it decodes (a one-fact edit at 5,000 facts checked 127 MB of them to decode about 15 shards)."""
    import threading
    monkeypatch.setattr(cache, "SHARD_ENTRIES", 1)  # as many shards as a large dossier's
    _build(project, tmp_path / "site")
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    read = _counting(monkeypatch, cache, "_whole")
    forks = _counting(monkeypatch, os, "fork")
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # not this test process's other threads
    with cache.kept_in(project / ".dossier-cache") as kept:
        pipeline.build(load_config(project), tmp_path / "site", allow_outside=True, cache=kept)
        decoded = {kept.texts.files[index] for index in kept.texts.read} | {
            kept.fragments.files[index] for index in kept.fragments.read}
        stored = len(kept.texts.files) + len(kept.fragments.files)
    assert forks, "no child checked the files"
    assert set(read) <= decoded and len(read) < stored


def test_a_check_starts_no_child_to_check_the_files_of_pages_it_never_renders(project, tmp_path, monkeypatch):
    """``dossier check`` renders no page, so it reads neither the pages' texts nor the rows of the lists of facts: no
    child process is started to check their files."""
    import threading
    from builder import cli
    assert cli.main(["build", "--project", str(project), "--out", str(tmp_path / "site"), "--allow-outside"]) == 0
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    forks = _counting(monkeypatch, os, "fork")
    read = _counting(monkeypatch, cache, "_whole")
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # not this test process's other threads
    assert cli.main(["check", "--project", str(project)]) == 0
    assert forks == [] and read == []


@pytest.mark.parametrize("text, said", [
    (None, "the build cache holds no text for this page"),  # the texts of no page
    (b"not packed", "a page's text does not unpack"),
    (zlib.compress(b" " * (cache._LARGEST_PAGE + 1), 9), "unpacks to more than any page holds")])  # 260 KB
def test_texts_that_check_out_but_are_wrong_stop_the_build_with_what_to_do(project, tmp_path, text, said):
    """Files rewritten with a checksum to match (by hand, or by a tool) pass the check: texts of no page, texts that
    do not unpack (they are kept packed: zlib, in base64), or that unpack to more than any page holds (a few KB to
    GBs) stop the build with what to do, never a traceback nor a page without its body."""
    import subprocess
    import sys
    command = [sys.executable, "-m", "builder", "--project", str(project), "build", "--out", str(tmp_path / "site"),
               "--allow-outside"]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    folder = project / ".dossier-cache"
    index = cache.orjson.loads((folder / cache.FILE_NAME).read_bytes())
    for n, name in enumerate(index["parts"]["texts"]):
        entries = json.loads((folder / name).read_bytes())
        (folder / name).unlink()
        data = json.dumps([] if text is None else [[entry[0], base64.b64encode(text).decode(), None]
                                                   for entry in entries]).encode()
        index["parts"]["texts"][n] = f"texts-{n:02d}-{zlib.crc32(data):08x}.json"
        (folder / index["parts"]["texts"][n]).write_bytes(data)
    (folder / cache.FILE_NAME).write_bytes(cache.orjson.dumps(index))
    shutil.rmtree(tmp_path / "site")
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert said in run.stderr and "delete the folder .dossier-cache and build again" in run.stderr
    assert not (tmp_path / "site").exists()


def _fragments_replaced(project: Path, tmp_path: Path, monkeypatch, data) -> list:
    """Build the project with the rows of its lists in one shard, then put ``data(its entries)`` in its place, with
    a checksum to match; the entries it held."""
    monkeypatch.setattr(cache, "SHARD_ENTRIES", 10 ** 6)  # one shard: the edit after needs it
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    index = cache.orjson.loads((folder / cache.FILE_NAME).read_bytes())
    (name,) = index["parts"]["fragments"]
    entries = cache.orjson.loads((folder / name).read_bytes())
    (folder / name).unlink()
    index["parts"]["fragments"] = [cache._write(folder, "fragments-00", data(entries))]
    (folder / cache.FILE_NAME).write_bytes(cache.orjson.dumps(index))
    return entries


def test_a_shard_that_checks_out_but_cannot_be_decoded_is_done_again_and_written_anew(project, tmp_path, capsys,
                                                                                    monkeypatch):
    """A lazy part's shard is decoded only when needed, after its file was checked: one holding what is not an
    entry (written with a checksum to match) is reported once, its rows rendered again, and written anew."""
    _fragments_replaced(project, tmp_path, monkeypatch, lambda entries: b"[[1]]")
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")
    assert "part fragments cannot be read" in capsys.readouterr().err
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")
    _edit(project, CARD, "The talks ran past two hours.", "The meeting lasted over two hours.")
    _build(project, tmp_path / "site")
    assert "warning" not in capsys.readouterr().err


def test_an_entry_that_cannot_be_decoded_is_done_again_and_its_shard_written_anew(project, tmp_path, capsys,
                                                                                  monkeypatch):
    """A lazy part's entries are decoded one by one, when looked up: one holding what is not an entry (in a file
    written with a checksum to match) is reported, its page's rows rendered again, and its shard written anew."""
    entries = _fragments_replaced(project, tmp_path, monkeypatch,
                                  lambda entries: cache.orjson.dumps([[path, "not rows"] for path, _ in entries]))
    folder = project / ".dossier-cache"
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")
    assert "an entry of the build cache's part fragments cannot be read" in capsys.readouterr().err
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")
    (name,) = cache.orjson.loads((folder / cache.FILE_NAME).read_bytes())["parts"]["fragments"]
    still = {path for path, rows in cache.orjson.loads((folder / name).read_bytes()) if rows == "not rows"}
    assert still < {path for path, _ in entries}  # the pages the edit rendered again: rows anew; the others' later


def test_a_one_fact_edit_decodes_the_texts_and_rows_of_the_pages_it_renders_only(project, tmp_path, monkeypatch):
    """The texts and the rows of the lists of facts are read shard by shard, when a page rendered again needs them,
    and decoded entry by entry: a one-fact edit leaves the other shards unread, and the other pages' rows in the
    shards it read undecoded."""
    from builder import render
    monkeypatch.setattr(cache, "SHARD_ENTRIES", 1)  # as many shards as a large dossier's
    _build(project, tmp_path / "site")
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    rendered = _counting(monkeypatch, render, "_render_one")
    with cache.kept_in(project / ".dossier-cache") as kept:
        pipeline.build(load_config(project), tmp_path / "site", allow_outside=True, cache=kept)
    for part, lazy in (("texts", kept.texts), ("fragments", kept.fragments)):  # the texts: saved with the cache
        shards = {cache._shard(spec.path, lazy.count) for spec in rendered}
        assert set(lazy.now) == shards, part
    assert len(kept.texts.now) < len({cache._shard(path, kept.texts.count) for path in kept.pages})
    read = {path: rows for shard in kept.fragments.now.values() for path, rows in shard.items()}
    decoded = {path for path, rows in read.items() if not isinstance(rows, cache._Undecoded)}
    assert decoded and decoded <= {spec.path for spec in rendered} and decoded != set(read)
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_a_page_whose_notes_the_cache_knows_no_digest_of_is_rendered_again(project, tmp_path, monkeypatch):
    """The cache keeps one digest per note for all its entries; an entry noting what it has no digest of (the notes
    of a damaged or hand-made cache) counts as changed, never as fresh."""
    from builder import render
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    index = cache.orjson.loads((folder / cache.FILE_NAME).read_bytes())
    (name,) = index["parts"]["notes"]
    notes = cache.orjson.loads((folder / name).read_bytes())
    kept = [entry for entry in notes if not entry[0].startswith("sources ")]  # no digest of any source
    (folder / name).unlink()
    index["parts"]["notes"] = [cache._write(folder, "notes", cache.orjson.dumps(kept))]
    (folder / cache.FILE_NAME).write_bytes(cache.orjson.dumps(index))
    rendered = _counting(monkeypatch, render, "_render_one")
    _build(project, tmp_path / "site")
    with cache.kept_in(folder) as read:
        noting = {path for path, entry in read.pages.items() if any(n[0] == "sources" for n, _ in entry.needs)}
    assert noting and noting <= {spec.path for spec in rendered}
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_a_small_dossiers_cache_is_a_few_files_and_a_part_is_split_anew_as_it_grows(project, tmp_path, monkeypatch):
    """About SHARD_ENTRIES entries a shard, at most a part's shards: the mini dossier's cache is a file or two a part
    (a file costs a build about a millisecond to write). A part is split anew once its count is four times off (it
    grew or shrank a lot), its lazy parts decoded whole; the site stays the one a build without the cache gives."""
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    index = cache.orjson.loads((folder / cache.FILE_NAME).read_bytes())
    assert all(len(files) <= 2 for files in index["parts"].values())
    monkeypatch.setattr(cache, "SHARD_ENTRIES", 1)  # as if the dossier had grown fifty-fold
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")
    index = cache.orjson.loads((folder / cache.FILE_NAME).read_bytes())
    assert len(index["parts"]["pages"]) >= 16 and len(index["parts"]["texts"]) == len(index["parts"]["pages"])
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")
    _edit(project, CARD, "The talks ran past two hours.", "The meeting lasted over two hours.")
    _build(project, tmp_path / "site")  # read back in those shards
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_a_part_keeps_its_count_of_shards_while_within_a_factor_of_four():
    part = cache.PARTS["pages"]
    assert [cache._count(part, n, 0) for n in (0, 50, 51, 400, 6000, 10 ** 6)] == [1, 1, 2, 8, 128, 128]
    assert cache._count(part, 6000, 64) == 64 and cache._count(part, 6000, 32) == 32  # 128 aimed at
    assert cache._count(part, 6000, 16) == 128 and cache._count(part, 100, 16) == 2


def test_a_cache_json_naming_no_files_is_ignored(project, tmp_path, capsys):
    _build(project, tmp_path / "site")
    index_file = project / ".dossier-cache" / cache.FILE_NAME
    index = cache.orjson.loads(index_file.read_bytes())
    index["parts"]["exports"] = [{"a": 1}, 7]  # a part `dossier check` does not read
    index_file.write_bytes(cache.orjson.dumps(index))
    assert _check(project) == []
    _build(project, tmp_path / "site")
    assert "doing that part again" in capsys.readouterr().err
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_only_the_parts_that_changed_are_written_again(project, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "SHARD_ENTRIES", 1)  # as many shards as a large dossier's
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    before = {p.name for p in folder.glob("*.json")}
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")
    after = {p.name for p in folder.glob("*.json")}
    kept = before & after
    assert any(n.startswith("shared-") for n in kept)  # the sources did not change
    assert sum(n.startswith("files-") for n in kept) == sum(n.startswith("files-") for n in before) - 1 > 1  # the
    # card's shard only
    assert after - before and all(n.split("-")[0] in cache.PARTS for n in after - before)
    index = cache.orjson.loads((folder / cache.FILE_NAME).read_bytes())
    assert {n for files in index["parts"].values() for n in files} | {cache.FILE_NAME} == after  # none left over


def test_the_cache_holds_data_only(project, tmp_path):
    _build(project, tmp_path / "site")
    for path in (project / ".dossier-cache").rglob("*"):
        if path.suffix == ".json":
            cache.orjson.loads(path.read_bytes())  # JSON, never pickle or code


def test_the_search_input_is_kept_and_brought_up_to_date(project, tmp_path):
    _build(project, tmp_path / "site")
    lean = project / ".dossier-cache" / "search" / "1-0"  # the one part of a small dossier
    assert "The meeting lasted over two hours." in (lean / "facts" / "actual-length.html").read_text()
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    (project / "content/facts/scheduled-length.yml").unlink()
    _build(project, tmp_path / "site")
    assert "The talks ran past two hours." in (lean / "facts" / "actual-length.html").read_text()
    assert not (lean / "facts" / "scheduled-length.html").exists()
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_pagefind_writes_only_the_page_records_that_changed_and_never_into_the_current_site(project, tmp_path):
    """After a one-fact edit, the page records of the index that did not change are links to the current site's;
    the current site's files are left as they were; the index is a build without the cache's, file for file (the
    records the edit made unused are gone)."""
    _build(project, tmp_path / "site")
    old = tmp_path / "old-index"
    shutil.copytree(tmp_path / "site" / "pagefind", old, copy_function=os.link)  # holds the current files
    before, keys = _files(old), cache.orjson.loads((project / ".dossier-cache" / "search.keys").read_bytes())
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")
    assert _files(old) == before, "a file of the current site's index was written through a link"
    changed = cache.orjson.loads((project / ".dossier-cache" / "search.keys").read_bytes()).items() - keys.items()
    inodes = {p.stat().st_ino for p in old.rglob("*") if p.is_file()}
    fragments = list((tmp_path / "site" / "pagefind" / "fragment").iterdir())
    new = [p for p in fragments if p.stat().st_ino not in inodes]
    assert 0 < len(new) <= len(changed) < len(fragments), "new fragments only for pages whose text changed"
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    index = {k: v for k, v in _files(tmp_path / "site").items() if k.startswith("pagefind/")}
    assert index == {k: v for k, v in _files(tmp_path / "fresh").items() if k.startswith("pagefind/")}


def test_an_index_whose_metadata_cannot_be_read_is_made_anew(project, tmp_path, monkeypatch):
    from builder import search
    _build(project, tmp_path / "site")
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    monkeypatch.setattr(search, "SIGNATURE", b"another format")  # as a Pagefind of another version would write
    runs = _counting(monkeypatch, search, "_running")
    _build(project, tmp_path / "site")
    assert len(runs) == 2, "Pagefind runs again, into an empty folder"
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_a_search_input_left_half_written_is_written_anew(project, tmp_path):
    _build(project, tmp_path / "site")
    lean = project / ".dossier-cache" / "search" / "1-0"  # the one part of a small dossier
    (lean / "facts" / "ceasefire.html").write_text("<html><body><div data-pagefind-body>stale</div></body></html>")
    (project / ".dossier-cache" / "search.keys").unlink()  # as a build killed while updating it leaves it
    _build(project, tmp_path / "site")
    assert "stale" not in (lean / "facts" / "ceasefire.html").read_text()
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_a_tampered_search_input_never_touches_files_outside_it(project, tmp_path):
    """search.keys naming paths outside the copy, or a copy that is a link to another folder (a cache restored
    from a shared store): the build neither deletes nor writes anything there."""
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    victim = project / "content" / "pages" / "about.md"
    keys = cache.orjson.loads((folder / "search.keys").read_bytes())
    keys["../../content/pages/about.md"] = "0" * 32
    (folder / "search.keys").write_bytes(cache.orjson.dumps(keys))
    _build(project, tmp_path / "site")
    assert victim.exists()
    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(folder / "search", elsewhere)
    before = _files(elsewhere)
    shutil.rmtree(folder / "search")
    (folder / "search").symlink_to(elsewhere)
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    (project / "content/facts/scheduled-length.yml").unlink()
    _build(project, tmp_path / "site")
    assert _files(elsewhere) == before
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_a_search_input_holding_a_pipe_or_a_link_is_written_anew(project, tmp_path):
    """A named pipe among the pages Pagefind reads would make it wait for ever, a link would have it index any file
    (a cache restored from a shared store): the build replaces them and indexes the pages only."""
    import os
    import subprocess
    import sys
    _build(project, tmp_path / "site")
    lean = project / ".dossier-cache" / "search" / "1-0"  # the one part of a small dossier
    (lean / "facts" / "ceasefire.html").unlink()
    os.mkfifo(lean / "facts" / "ceasefire.html")
    (tmp_path / "secret.html").write_text("<div data-pagefind-body>password swordfish</div>")
    (lean / "facts" / "leak.html").symlink_to(tmp_path / "secret.html")
    build = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "build", "--out",
                            str(tmp_path / "site"), "--allow-outside"], capture_output=True, text=True, timeout=120)
    assert build.returncode == 0, build.stderr
    assert (lean / "facts" / "ceasefire.html").is_file() and not (lean / "facts" / "leak.html").exists()
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


@pytest.mark.parametrize("name", ["cache.json", "search.keys", "a shard"])
@pytest.mark.parametrize("made", ["a named pipe", "a link to /dev/zero", "a folder"])
def test_a_cache_file_that_is_no_regular_file_is_done_again_never_waited_on(project, tmp_path, name, made):
    """A cache restored from a shared store: a named pipe where a file was made the build wait for ever, a link to
    /dev/zero read until memory ran out, a folder failed every build after; each is now replaced by a file."""
    import subprocess
    import sys
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    path = folder / (name if name != "a shard" else next(p.name for p in folder.glob("*-*.json")))
    path.unlink()
    {"a named pipe": os.mkfifo, "a link to /dev/zero": lambda p: p.symlink_to("/dev/zero"),
     "a folder": os.mkdir}[made](path)
    for _ in range(2):  # the second: the cache written anew is read
        build = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "build", "--out",
                                str(tmp_path / "site"), "--allow-outside"], capture_output=True, text=True, timeout=120)
        assert build.returncode == 0, build.stderr
    assert path.is_file() or not os.path.lexists(path)
    assert "warning" not in build.stderr
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_records_round_trip_with_infinite_bounds():
    from builder.model import Value
    value = Value(120, float("inf"), low_open=True, text="more than 120", qualifier="more_than")
    data = cache.orjson.loads(cache.orjson.dumps(cache._record(value)))
    assert cache._reader(Value)(data) == value


def test_quote_places_stay_cached_while_their_cards_are_reused(project, tmp_path):
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    before = set(cache.open_cache(folder, cache.code_key()).spans)
    assert len(before) >= 6  # every quote of the three cards
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")  # the other cards are not checked again, yet their quotes stay
    assert set(cache.open_cache(folder, cache.code_key()).spans) == before


def test_check_reads_only_the_parts_it_needs(project, tmp_path):
    _build(project, tmp_path / "site")
    folder = project / ".dossier-cache"
    pages = {p.name for p in folder.glob("pages-*.json")}
    with cache.kept_in(folder) as kept:
        pipeline.check(load_config(project), cache=kept)
        read = set(vars(kept)) & set(cache.PARTS)
    assert read == {"files", "shared"}  # never the pages, the exports or the last site (nor quotes: no card changed)
    assert {p.name for p in folder.glob("pages-*.json")} == pages  # and they are kept as they were


def test_the_rows_of_the_lists_of_facts_are_kept_between_runs(project, tmp_path):
    """After a one-fact edit, the pages listing many facts render that fact's rows again and join the others as
    the run before kept them on disk (that run in a process of its own, as the command runs)."""
    import subprocess
    import sys
    subprocess.run([sys.executable, "-m", "builder", "--project", str(project), "build", "--out", str(tmp_path / "site"),
                    "--allow-outside"], cwd=ROOT, check=True, capture_output=True)
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    with cache.kept_in(project / ".dossier-cache", load_config(project).templates) as kept:  # as the command opens it
        before = _rows(kept)
        assert before, "no rows were kept"
        pipeline.build(load_config(project), tmp_path / "site", allow_outside=True, cache=kept)
        after = _rows(kept)
    made = [row for key, row in after.items() if before.get(key) is not row]
    assert made and all(("facts", "actual-length") in row.notes() for row in made)
    assert len(after) > len(made)
    assert ("facts/ceasefire.md", next(k for p, k in before if p == "facts/ceasefire.md")) in after, \
        "the rows of a page not rendered again were dropped"
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")


def test_a_build_that_changes_no_indexed_page_keeps_the_search_index(project, tmp_path, monkeypatch):
    """Pagefind runs again only when what it reads changed: the current site's index is linked otherwise."""
    from builder import search
    _build(project, tmp_path / "site")
    runs = _counting(monkeypatch, search, "indexing")
    _build(project, tmp_path / "site")  # nothing changed
    assert runs == []
    _edit(project, CARD, "The meeting lasted over two hours.", "The talks ran past two hours.")
    _build(project, tmp_path / "site")
    assert len(runs) == 1
    pipeline.build(load_config(project), tmp_path / "fresh", allow_outside=True)
    assert _files(tmp_path / "site") == _files(tmp_path / "fresh")
