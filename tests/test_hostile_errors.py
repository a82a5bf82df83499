"""A project with thousands of problems: the first 200 are listed, then how many more there are and how to list
them all; the exit status is that of any failed build. The preview's error box is cut the same way. A letter of
another alphabet inside a word is written as its escape (tests/invalid/quote-homoglyph runs it through a check)."""
import re

import pytest

from builder.problems import SHOWN, visible
from builder.serve import overlay
from tests.test_invalid import run_dossier
from tests.test_update import _project

BROKEN = 250  # fact cards, one error each


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    root = _project(tmp_path_factory.mktemp("errors"))
    for n in range(BROKEN):
        (root / "content" / "facts" / f"broken-{n:03}.yml").write_text("summit: hamburg\nstatement: no accounts\n")
    return root


@pytest.mark.parametrize("command", ["check", "build"])
def test_only_the_first_errors_are_listed_then_how_many_more(broken, command):
    run = run_dossier(broken, command)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    numbered = [line for line in lines if re.match(r"\d+\. ", line)]
    assert len(numbered) == SHOWN and numbered[0].startswith("1. content/facts/broken-000.yml:1")
    assert numbered[-1].startswith(f"{SHOWN}. content/facts/broken-199.yml:1")  # in the order they are sorted
    assert lines[-2] == (f"... and {BROKEN - SHOWN} more not listed here; run the command again with --all-errors "
                         "to list every one")
    assert lines[-1] == f"{BROKEN} error(s); nothing was written."
    assert not (broken / "site").exists()


def test_all_errors_lists_every_one(broken):
    run = run_dossier(broken, "check", "--all-errors")
    assert run.returncode == 1
    numbered = [line for line in run.stderr.splitlines() if re.match(r"\d+\. ", line)]
    assert len(numbered) == BROKEN and numbered[-1].startswith(f"{BROKEN}. content/facts/broken-249.yml:1")
    assert "more not listed" not in run.stderr


def test_the_error_box_of_the_preview_lists_the_first_errors_then_how_many_more():
    box = overlay(tuple(f"{n}. content/facts/f{n}.yml:1: wrong" for n in range(1, 1001)))
    assert box.count("<li>") == SHOWN + 1
    assert f"<li>{SHOWN}. content/facts/f{SHOWN}.yml:1: wrong</li>" in box and f"f{SHOWN + 1}.yml" not in box
    assert "<li>... and 800 more not listed here; `dossier check --all-errors` lists every one</li>" in box


def test_a_card_of_thousands_of_unknown_keys_guesses_only_for_those_listed(tmp_path, monkeypatch):
    """Each unknown key is reported; the 'did you mean' guess (difflib, the cost of 18 s at 100,000 keys) is made only
    for the keys the list shows."""
    from builder import schema
    root = _project(tmp_path)
    card = root / "content" / "facts" / "actual-length.yml"
    card.write_text(card.read_text() + "statment: typo\n" + "".join(f"k{n:05}: {n}\n" for n in range(5000)))
    guessed = []
    real = schema.did_you_mean
    monkeypatch.setattr(schema, "did_you_mean", lambda word, choices: guessed.append(word) or real(word, choices))
    run = run_dossier(root, "check", "--all-errors")
    assert run.returncode == 1
    assert run.stderr.count("unknown key 'k") == 5000 and len(guessed) <= SHOWN
    assert "unknown key 'statment'; did you mean 'statement'?" in run.stderr  # the first listed, line by line
    assert "unknown key 'k04999'; remove it (allowed: summit," in run.stderr  # no guess: what is allowed


def test_an_id_cut_short_is_guessed_whole(tmp_path):
    """A role's summit written 'hamburg' for 'hamburg-g20-summit' (too unlike for difflib) is guessed as the one id
    that starts with it and a hyphen; none is guessed when two do."""
    from builder.problems import did_you_mean
    assert did_you_mean("nm418", ["nm418-emergency-landing", "osaka-2019"]) == "; did you mean 'nm418-emergency-landing'?"
    assert did_you_mean("nm418", ["nm418-emergency-landing", "nm418-inquiry"]) == ""
    root = _project(tmp_path)
    summit = root / "content" / "summits" / "hamburg.yml"
    summit.rename(summit.with_name("hamburg-g20-summit.yml"))
    for card in (root / "content").rglob("*.yml"):
        card.write_text(card.read_text().replace("summit: hamburg\n", "summit: hamburg-g20-summit\n"))
    speaker = next((root / "content" / "speakers").glob("*.yml"))
    speaker.write_text(speaker.read_text() + "roles:\n  - title: Delegate\n    summit: hamburg\n")
    run = run_dossier(root, "check")
    assert "summit 'hamburg' is unknown; did you mean 'hamburg-g20-summit'?" in run.stderr, run.stderr


@pytest.mark.parametrize("text, shown", [
    ("'f\u043er'", "'f\\u043er'"),  # a Cyrillic о in a Latin word
    ("\u0391\u0430a", "\\u0391\\u0430a"),  # Greek, Cyrillic and Latin: Latin kept in a tie
    ("\u041cocква", "\u041c\\x6f\\x63ква"),  # Latin o and c in a Cyrillic word
])
def test_a_letter_of_another_alphabet_in_a_word_is_written_as_its_escape(text, shown):
    assert visible(text) == shown


@pytest.mark.parametrize("text", ["Москва and Moscow", "café naïve", "Ελλάδα, iPhone", "Zürich's"])
def test_words_of_one_alphabet_are_shown_as_they_are(text):
    assert visible(text) == text


def test_a_current_folder_deleted_under_the_shell_is_said_not_a_traceback(tmp_path):
    """`rm -rf dossier && git clone … dossier` leaves a shell in a folder that no longer exists: `dossier check` there
    raised FileNotFoundError from Path.cwd() (session 46)."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT
    gone = tmp_path / "gone"
    gone.mkdir()
    code = ("import os, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]); sys.argv[1:] = ['check'];"
            "from builder.__main__ import run; sys.exit(run())")
    done = subprocess.run([sys.executable, "-c", code, str(gone)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == ("dossier: the current folder no longer exists (deleted, or replaced by one of the same "
                           "name); `cd` into the project again\n")
