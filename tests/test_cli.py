"""The command line as a newcomer meets it: where it finds the project, what its help says, what it tells you."""
import io
import sys

import pytest

from builder.cli import main
from tests.test_new import project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project
from tests.test_readme import _commands
from tests.test_suggest import _gamma


def test_a_command_run_in_a_subfolder_finds_the_project(project, monkeypatch, capsys):
    monkeypatch.chdir(project / "content" / "facts")
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("OK: 3 facts")


def test_without_a_project_above_it_says_where_to_run(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
    assert (f"no site_config.yml in {tmp_path.resolve()}; run dossier in the project folder or pass it with --project "
            "(`dossier init` starts a new one)") in capsys.readouterr().err


def test_project_given_is_used_as_given(project, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(project)  # a project here, but --project names another folder
    assert main(["--project", str(tmp_path), "check"]) == 1
    assert f"no site_config.yml in {tmp_path.resolve()}" in capsys.readouterr().err
    assert main(["--project", str(tmp_path / "nowhere"), "check"]) == 1
    assert f"the project folder {tmp_path.resolve() / 'nowhere'} does not exist" in capsys.readouterr().err
    assert main(["--project", str(project / "site_config.yml"), "check"]) == 1
    assert f"is a file, not the project folder; pass the folder that holds site_config.yml with --project " \
           f"({project.resolve()}?)" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["build", "check", "serve", "suggest"])
def test_each_commands_help_says_what_it_does(command, capsys):
    with pytest.raises(SystemExit) as exit:
        main([command, "--help"])
    assert exit.value.code == 0
    usage, description = capsys.readouterr().out.split("\n\n")[:2]
    assert description.replace("\n", " ") == _commands()[command].description.replace("\n", " ")
    assert len(description.split()) > 12, description


def test_the_help_says_where_to_go_next(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Run `dossier COMMAND --help` for a command's options." in out
    assert "content/pages/editing.md of the reference dossier" in out  # not in a dossier `init` starts


def test_suggest_without_a_terminal_says_nothing_was_asked(project, monkeypatch, capsys):
    _gamma(project)
    monkeypatch.setattr("sys.stdin", io.StringIO("a\n"))
    assert main(["--project", str(project), "suggest", "gamma"]) == 0
    out = capsys.readouterr().out
    assert ("; 0 accepted.\nNone was asked about: the input is not a terminal. Run `dossier suggest` in a terminal"
            in out)
    assert main(["--project", str(project), "suggest", "gamma", "--apply"]) == 0
    assert "None was asked about" not in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["source", "speaker", "summit", "fact"])
def test_the_next_step_after_new_asks_only_for_what_the_file_has(kind, project, capsys):
    assert main(["--project", str(project), "new", kind, f"new-{kind}"]) == 0
    next_step = capsys.readouterr().out
    text = next((project / "content").glob(f"*/new-{kind}.*")).read_text(encoding="utf-8")
    assert ("TODO" in next_step) == ("TODO" in text), next_step


def test_ok_says_how_many_warnings_are_above_it(project, capsys):
    assert main(["--project", str(project), "check"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("s).")
    _gamma(project)  # a source no fact cites: a warning
    assert main(["--project", str(project), "check"]) == 0
    out, err = capsys.readouterr()
    assert "warning: no fact cites this source" in err
    assert out.rstrip().endswith("s). 1 warning above: fix before publishing (--strict refuses them).")
    assert main(["--project", str(project), "build"]) == 0
    assert capsys.readouterr().out.rstrip().endswith(" 1 warning above: fix before publishing (--strict refuses them).")


def test_a_strict_build_counts_the_warnings_it_lets_through_without_saying_it_refuses_them(project, capsys):
    assert main(["--project", str(project), "build", "--strict"]) == 0  # the mini project has no site_url, no publisher
    out, err = capsys.readouterr()
    assert "warning: no site_url" in err and "warning: no publisher" in err
    assert out.rstrip().endswith("1 summit. 2 warnings above.")


def test_dossier_alone_lists_the_commands(capsys):
    assert main([]) == 2
    out = capsys.readouterr().out
    assert out.startswith("usage: dossier") and all(f"    {name} " in out for name in _commands())


def test_a_quote_typed_in_suggest_with_a_word_changed_gets_the_closest_passage(project):
    from builder import review
    from builder.config import load_config
    _gamma(project)
    dossier, report, _ = review.read(load_config(project), "gamma")
    answers = iter(["e", "the talks went on two hours and 15 minutes", "q"])
    said = []
    assert review.ask(report.suggestions[:1], dossier, prompt=lambda _: next(answers), say=said.append) == []
    assert ('Those words are not in the source; the closest passage reads "the talks lasted two hours and 15 minutes": '
            "the quote has 'went on' where the source has 'lasted'. Copy the words exactly.") in said


@pytest.mark.parametrize("command", ["build", "check", "serve"])
def test_an_unknown_option_of_a_command_is_shown_with_that_commands_usage(project, capsys, command):
    with pytest.raises(SystemExit) as stopped:
        main(["--project", str(project), command, "--bogus"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: dossier {command} ") and err.endswith(
        f"dossier {command}: error: unrecognized arguments: --bogus\n"), err
    assert not (project / "site").exists()


@pytest.mark.parametrize("args", [["build", "--offline-zip", ""], ["build", "--out", " "], ["check", "--project", ""]])
def test_an_empty_value_of_an_option_is_a_wrong_command_line(project, monkeypatch, capsys, args):
    """`--offline-zip "$ZIP"` with ZIP unset built no zip and passed; `--out ""` built into the default folder."""
    monkeypatch.chdir(project)
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    assert capsys.readouterr().err.endswith(f"argument {args[1]}: it is empty (an unset variable in a script?); give "
                                            "a value, or leave the option out\n")
    assert not (project / "site").exists()


@pytest.mark.parametrize("unbuffered", ["1", ""])
@pytest.mark.parametrize("command", [["build"], ["check"], ["--help"], ["new", "--help"]])
def test_an_output_that_cannot_be_written_is_one_line_on_stderr_and_the_site_is_built(project, command, unbuffered):
    """`dossier build > /dev/full`: the summary's print failed (no room), and the build, whose site was written,
    said "1. <project>: No space left on device; … nothing was written." (`--help` said nothing and ended with 0,
    or Python's "Exception ignored" when the output is buffered)."""
    import os
    import subprocess
    import sys
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "builder", "--project", str(project), *command], stdout=full,
                             stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    assert run.returncode == 1
    assert run.stderr == ("dossier: the standard output cannot be written (No space left on device), so the command's "
                          "report is lost; it ran to its end otherwise. Send the output where there is room (or to "
                          "/dev/null)\n")
    if command == ["build"]:
        assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []
        pages = {p.relative_to(project / "site").as_posix() for p in (project / "site").rglob("*.html")}
        assert {"index.html", "facts/actual-length.html", "facts/ceasefire.html", "sources/alpha.html"} <= pages


def test_pdf_without_playwright_says_how_to_install_it_before_building(project, monkeypatch, capsys):
    """Said of the site's folder (it was the build's own staging folder, ".site.partial"), with the command that
    installs Playwright into the dossier's Python, before any page is built."""
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # importing it raises ImportError
    assert main(["--project", str(project), "build", "--pdf"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("1. site: PDF briefings need Playwright, which is not installed: `")
    assert "pip install playwright`" in err and ".partial" not in err
    assert not (project / "site").exists()


@pytest.mark.parametrize("args, says", [
    (["import", "article.txt"], "to import an article, run `dossier new source FILE.txt|FILE.html`"),
    (["biuld"], "did you mean 'build'?"), (["new", "speker", "x"], "did you mean 'speaker'?")])
def test_an_unknown_command_says_which_was_meant(capsys, args, says):
    from builder.cli import main
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2 and says in capsys.readouterr().err
