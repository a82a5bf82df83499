"""Session 70's import rules for a Reddit thread's JSON (builder/reddit.py): the post is the article, its title,
poster, forum, day and address the front matter, its Markdown read as a page shows it; the comments left out and
counted (small hostile examples, none from a trial)."""
import json

import pytest
import yaml

from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project


def _comment(author, body, replies=""):
    return {"kind": "t1", "data": {"author": author, "body": body, "created_utc": 1780000000.0,
                                   "replies": replies}}


def _thread(**post):
    post = {"subreddit": "Orlby", "subreddit_name_prefixed": "r/Orlby", "author": "OrlbyHarbourBoard",
            "title": "Harbour Board statement on the pier closure &amp; ferry times", "is_self": True,
            "selftext": "**Why the north pier is shut**\n\nA survey found *cracks* in two of the pier's piles, "
                        "and [the engineers' report](https://harbour.example/report) says repairs take 6 weeks.\n\n"
                        "Ferries will leave from the south quay &amp; run every 40 minutes.\n\n"
                        "*Orlby Harbour Board*",
            "created_utc": 1780030800.0, "url": "https://forum.example/r/Orlby/comments/abc123/harbour_board/",
            "permalink": "/r/Orlby/comments/abc123/harbour_board/", **post}
    comments = [_comment("quay_walker", "Six weeks? They said two at the meeting.",
                         {"kind": "Listing", "data": {"children": [_comment("OrlbyHarbourBoard", "Two for the survey.")]}}),
                _comment("AutoModerator", "I am a bot, and this action was performed automatically.")]
    return [{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": post}]}},
            {"kind": "Listing", "data": {"children": comments + [{"kind": "more", "data": {"count": 4}}]}}]


def imported(project, tmp_path, data, *options):
    (tmp_path / "thread.json").write_text(json.dumps(data), encoding="utf-8")
    assert dossier(project, "new", "source", str(tmp_path / "thread.json"), "--id", "thread", *options) == 0
    _, front, body = (project / "content" / "sources" / "thread.md").read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def test_a_threads_post_is_the_article_and_its_comments_are_left_out(project, tmp_path, capsys):
    """A trial's thread, saved as the site serves it, had been refused as JSON of no kind the import reads."""
    front, body = imported(project, tmp_path, _thread())
    assert (front["title"], front["author"], front["outlet"], str(front["published"]), front["url"]) == (
        "Harbour Board statement on the pier closure & ferry times", "u/OrlbyHarbourBoard", "r/Orlby", "2026-05-29",
        "https://forum.example/r/Orlby/comments/abc123/harbour_board/")
    assert body.split("\n\n") == [
        "Why the north pier is shut", "A survey found cracks in two of the pier's piles, and the engineers' report says "
        "repairs take 6 weeks.", "Ferries will leave from the south quay & run every 40 minutes.",
        "Orlby Harbour Board\n"]
    assert "its 3 comments (readers' words, not the post's) left out" in capsys.readouterr().err


def test_a_deleted_poster_is_left_unknown_and_a_link_post_is_refused(project, tmp_path, capsys):
    front, _ = imported(project, tmp_path, _thread(author="[deleted]"))
    assert front["author"] == "unknown"
    (tmp_path / "link.json").write_text(json.dumps(_thread(is_self=False, selftext="", url="https://news.example/a")))
    assert dossier(project, "new", "source", str(tmp_path / "link.json")) == 1
    assert "it links to https://news.example/a, whose page is the article" in capsys.readouterr().err


@pytest.mark.parametrize("text, item, message", [
    ('[{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": ' + "[" * 100_000 + "]" * 100_000 + "}]}}]",
     None, "its values nest too deep"),
    ('[{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {', None, "cannot read the thread's JSON"),
    ('[{"kind": "Listing", "data": {"children": [{"kind": "t1", "data": {}}]}}, "t3"]', None, "holds no post"),
    (json.dumps(_thread()), "2", "--item 2: the file holds one article, not several")])
def test_a_hostile_thread_is_refused(project, tmp_path, capsys, text, item, message):
    """Values nested past the parser's depth, broken JSON, a listing of no post and an item of a thread of one post
    are refused with what to do, and nothing is written."""
    (tmp_path / "thread.json").write_text(text, encoding="utf-8")
    before = sorted((project / "content" / "sources").iterdir())
    assert dossier(project, "new", "source", str(tmp_path / "thread.json"), *(("--item", item) if item else ())) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert sorted((project / "content" / "sources").iterdir()) == before
