"""Session 71's import rules for social posts saved as JSON (builder/social_thread.py): a Bluesky thread's view, a
Mastodon account's statuses, an ActivityPub outbox read as the thread an account wrote, each post a paragraph; others'
replies and boosts left out and counted; a list of several threads an item each (small hostile examples of its own,
none from a trial)."""
import json

import pytest
import yaml

from builder import social_thread
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

HARBOUR = {"did": "did:plc:harbour1", "handle": "orlbyharbour.bsky.social", "displayName": "Orlby Harbour Board",
           "createdAt": "2023-01-01T00:00:00.000Z"}  # the account's own day: not the post's


def _bsky(rkey, text, author=HARBOUR, created="2026-05-29T07:10:00.000Z", **more):
    return {"uri": f"at://{author['did']}/app.bsky.feed.post/{rkey}", "cid": "bafy", "author": author,
            "record": {"$type": "app.bsky.feed.post", "text": text, "createdAt": created, **more.pop("record", {})},
            "indexedAt": "2026-06-01T00:00:00.000Z", "labels": [], **more}


def _node(post, *replies, parent=None):
    return {"$type": "app.bsky.feed.defs#threadViewPost", "post": post, "replies": list(replies),
            **({"parent": parent} if parent else {})}


READER = {"did": "did:plc:reader9", "handle": "quaywalker.bsky.social", "displayName": "Quay Walker"}
THREAD = {"thread": _node(
    _bsky("3kpier1", "🧵 1/3 North pier closed. A survey found cracks in two of the pier's piles.\n\n"
                     "Repairs take six weeks. #Orlby"),
    _node(_bsky("r1", "Six weeks? They said two at the meeting.", READER, "2026-05-29T07:30:00.000Z"),
          _node(_bsky("3kanswer", "Two for the survey, then the repairs.", created="2026-05-29T07:40:00.000Z"))),
    _node(_bsky("3kpier2", "2/3 Ferries will leave from the south quay and run every 40 minutes.",
                created="2026-05-29T07:12:00.000Z",
                embed={"$type": "app.bsky.embed.images#view", "images": [{"alt": "A map of the south quay"}]}),
          _node(_bsky("3kpier3", "3/3 We will post again when the pier reopens.", created="2026-05-29T07:15:00.000Z",
                      labels=[{"val": "graphic-media"}])))), "threadgate": None}


def imported(project, tmp_path, data, *options, name="posts.json"):
    (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert dossier(project, "new", "source", str(tmp_path / name), "--id", "posts", *options) == 0
    _, front, body = (project / "content" / "sources" / "posts.md").read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def test_a_bluesky_threads_own_posts_are_the_article(project, tmp_path, capsys):
    """A trial's thread had been refused as JSON of no kind the import reads: its account's posts replying to its own
    are the text, in order, their numbering kept; a reader's reply and the account's answer to it are no part of it."""
    front, body = imported(project, tmp_path, THREAD)
    assert (front["title"], front["outlet"], front["author"], str(front["published"]), front["url"]) == (
        "North pier closed", "Orlby Harbour Board", "unknown", "2026-05-29",
        "https://bsky.app/profile/orlbyharbour.bsky.social/post/3kpier1")
    assert body.split("\n\n") == [
        "🧵 1/3 North pier closed. A survey found cracks in two of the pier's piles.", "Repairs take six weeks. #Orlby",
        "2/3 Ferries will leave from the south quay and run every 40 minutes.",
        "3/3 We will post again when the pier reopens.\n"]
    err = capsys.readouterr().err
    assert "the thread of 3 posts by Orlby Harbour Board" in err
    assert "2 replies by other accounts or to them (readers' words, not the thread's) left out" in err
    assert "1 image description (alt text, not the post's words) left out" in err
    assert "post 3 carries the platform's labels: graphic-media" in err


def test_a_view_of_a_post_inside_the_thread_reads_it_from_its_top(project, tmp_path, capsys):
    """A thread's view saved from its second post holds the first as its parent (and what that replies to, another
    account's post): the thread is read from the account's first post, the other's above it counted, left out."""
    top = {"$type": "app.bsky.feed.defs#threadViewPost", "post": _bsky("q", "Is the pier safe?", READER)}
    first = {"$type": "app.bsky.feed.defs#threadViewPost", "parent": top,
             "post": _bsky("3kpier1", "Pier update (1/2)", created="2026-05-29T07:10:00.000Z")}
    front, body = imported(project, tmp_path, {"thread": _node(
        _bsky("3kpier2", "The north pier is shut until the survey ends (2/2)", created="2026-05-29T07:11:00.000Z"), parent=first)})
    assert (front["title"], front["url"]) == (
        "Pier update", "https://bsky.app/profile/orlbyharbour.bsky.social/post/3kpier1")
    assert body.split("\n\n") == ["Pier update (1/2)", "The north pier is shut until the survey ends (2/2)\n"]
    assert "1 post above the thread (another account's, which it replies to) left out" in capsys.readouterr().err


def test_an_account_of_no_name_is_its_handle_and_an_address_of_no_known_form_is_left(project, tmp_path):
    author = {"did": "did:plc:harbour1", "handle": "orlbyharbour.bsky.social"}
    post = _bsky("3kpier1", "The north pier is closed until further notice.", author)
    post["uri"] = "at://orlbyharbour.bsky.social/app.bsky.feed.post/3kpier1"  # a handle, not the DID
    front, _ = imported(project, tmp_path, {"posts": [post]})
    assert (front["outlet"], front["url"]) == ("orlbyharbour.bsky.social", None)


def test_an_accounts_feed_leaves_its_reposts_out_not_its_pinned_post(project, tmp_path, capsys):
    feed = {"feed": [{"post": _bsky("x", "A reader's post shared.", READER),
                      "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "by": HARBOUR}},
                     {"post": _bsky("3kpier1", "The north pier is closed until further notice."),
                      "reason": {"$type": "app.bsky.feed.defs#reasonPin"}}]}
    _, body = imported(project, tmp_path, feed)
    assert body == "The north pier is closed until further notice.\n"
    assert "1 boost or repost (another account's post shared) left out" in capsys.readouterr().err


COUNCIL = {"id": "1090", "username": "orlbydc", "acct": "orlbydc", "display_name": "Orlby District Council :verified:",
           "url": "https://social.orlby.example/@orlbydc", "created_at": "2022-01-01T00:00:00.000Z",
           "emojis": [{"shortcode": "verified", "url": "https://social.orlby.example/emoji/verified.png"}]}


def _status(ident, content, reply=None, created="2026-06-02T16:31:00.000Z", account=COUNCIL, **more):
    return {"id": ident, "created_at": created, "in_reply_to_id": reply, "spoiler_text": "", "content": content,
            "url": f"https://social.orlby.example/@{account['acct']}/{ident}", "account": account, "reblog": None,
            "media_attachments": [], "edited_at": None, **more}


STATUSES = [  # newest first, as the API lists them
    _status("13", "<p>(2/2) Details: <a href=\"https://orlby.example/pier\" rel=\"nofollow noopener\"><span "
                  "class=\"invisible\">https://</span><span class=\"ellipsis\">orlby.example/pi</span><span "
                  "class=\"invisible\">er</span></a><br>Questions to <span class=\"h-card\"><a href=\"https://social."
                  "orlby.example/@harbour\" class=\"u-url mention\">@<span>harbour</span></a></span></p>", "11",
            "2026-06-02T16:33:00.000Z", edited_at="2026-06-02T17:00:00.000Z"),
    _status("12", "<p>Bins go out on Friday this week.</p>", created="2026-06-02T12:00:00.000Z",
            spoiler_text="Bin day change", media_attachments=[{"type": "image", "description": "A brown bin"}]),
    _status("14", "", created="2026-06-02T11:00:00.000Z", reblog=_status("7", "<p>Shared.</p>")),
    _status("11", "<p>STATEMENT: the north pier &amp; the ferries (1/2)</p><p>The pier stays shut while the "
                  "<a href=\"https://social.orlby.example/tags/PierSurvey\" class=\"mention hashtag\">#<span>PierSurvey"
                  "</span></a> goes on.</p>"),
]


def test_a_mastodon_accounts_statuses_are_its_threads_each_an_item(project, tmp_path, capsys):
    """A council's statement in statuses replying to each other, among its other posts and a boost: the statement is
    the first item (the list's order), its HTML read as text: paragraphs, a line break, a link's address whole (the
    parts Mastodon hides kept), a mention and a hashtag as they read; the account's name without its custom emoji."""
    front, body = imported(project, tmp_path, STATUSES)
    assert (front["title"], front["outlet"], str(front["published"]), front["url"]) == (
        "STATEMENT: the north pier & the ferries", "Orlby District Council", "2026-06-02",
        "https://social.orlby.example/@orlbydc/11")
    assert body.split("\n\n") == [
        "STATEMENT: the north pier & the ferries (1/2)", "The pier stays shut while the #PierSurvey goes on.",
        "(2/2) Details: https://orlby.example/pier\nQuestions to @harbour\n"]
    err = capsys.readouterr().err
    assert "a list of 2 threads: thread 1 imported; import another with --item N: 2 “Bins go out on Friday this " \
           "week” (2026-06-02)" in err
    assert "1 boost or repost (another account's post shared) left out" in err
    assert "post 2 was edited after it was posted: the export gives the last words" in err


def test_item_chooses_a_thread_and_its_warning_and_alt_text_stay_out(project, tmp_path, capsys):
    front, body = imported(project, tmp_path, STATUSES, "--item", "2")
    assert (front["title"], body) == ("Bins go out on Friday this week", "Bins go out on Friday this week.\n")
    err = capsys.readouterr().err
    assert "post 1 is behind a content warning, left out of the text: “Bin day change”" in err
    assert "1 image description (alt text, not the post's words) left out" in err


def test_a_single_status_and_an_activitypub_outbox_are_read_alike(project, tmp_path, capsys):
    front, body = imported(project, tmp_path, STATUSES[-1], name="status.json")
    assert (front["title"], body.split("\n\n")[1]) == (
        "STATEMENT: the north pier & the ferries", "The pier stays shut while the #PierSurvey goes on.\n")
    (project / "content" / "sources" / "posts.md").unlink()
    actor = "https://social.orlby.example/users/orlbydc"
    note = {"type": "Note", "id": f"{actor}/statuses/21", "url": "https://social.orlby.example/@orlbydc/21",
            "published": "2026-06-03T09:00:00Z", "attributedTo": actor, "inReplyTo": None,
            "content": "<p>The pier reopens on Monday.</p>"}
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", "orderedItems": [
        {"type": "Create", "object": note},
        {"type": "Create", "object": {**note, "id": f"{actor}/statuses/22", "inReplyTo": note["id"],
                                      "content": "<p>Ferries return to the north quay.</p>"}},
        {"type": "Announce", "object": "https://elsewhere.example/notes/9"}]}
    front, body = imported(project, tmp_path, outbox, name="outbox.json")
    assert (front["title"], str(front["published"]), front["url"], front["outlet"]) == (
        "The pier reopens on Monday", "2026-06-03", "https://social.orlby.example/@orlbydc/21", "unknown")
    assert body.split("\n\n") == ["The pier reopens on Monday.", "Ferries return to the north quay.\n"]
    err = capsys.readouterr().err
    assert "an ActivityPub outbox: the thread of 2 posts" in err and "1 boost or repost" in err
    assert "the file names no account: write the outlet (--outlet)" in err


@pytest.mark.parametrize("first, title", [
    ("(1/4) Statement from the harbour board on the closure of the north pier and the ferries' new times from "
     "Monday, with the survey's findings.", "Statement from the harbour board on the closure of the north pier and "
                                            "the ferries' new times from Monday"),
    ("Our helpline is open 24/7", "Our helpline is open 24/7"),
    ("Statement on the pier 🧵", "Statement on the pier"),
    ("1/ Why is the pier shut? Here is what the survey found.", "Why is the pier shut?"),
    ("Ferry times change from Monday for all sailings leaving Orlby and Skerrow harbours until the survey ends and "
     "the contractors finish the piles", "Ferry times change from Monday for all sailings leaving Orlby and Skerrow "
                                         "harbours until the survey ends and the contractors…")])
def test_the_title_is_the_first_sentence_without_its_numbering_cut_sensibly(first, title):
    assert social_thread._title(first) == title


LOOPED = [_status("1", "<p>A status replying to itself.</p>", "1"),
          _status("2", "<p>One of two statuses replying to each other.</p>", "3"),
          _status("3", "<p>The other of the two.</p>", "2")]


@pytest.mark.parametrize("data, item, message", [
    ('{"thread": {"post": {"uri": "at://did:plc:a/app.bsky.feed.post/1", "record": ' + "[" * 100_000 + "]" * 100_000
     + "}}}", None, "cannot read the posts' JSON (its values nest too deep)"),
    ('{"thread": {"post": {"uri": "at://did:plc:a/app.bsky.feed.post/1", "record": {', None,
     "cannot read the posts' JSON"),
    ({"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "replies": "none",
                 "post": {"uri": 7, "author": "someone", "record": {"text": ["not", "text"]}}}},
     None, "the file is a Bluesky thread's view, of no post with words"),
    ({"thread": _node(_bsky("1", "", record={"embed": {"images": [{"alt": "A photo"}]}}))}, None,
     "the file is a Bluesky thread's view, of no post with words"),
    ([_status("1", "", reblog=_status("2", "<p>Shared.</p>"))], None,
     "the file is a Mastodon account's statuses, of no post with words"),
    ({"orderedItems": [{"type": "Announce", "object": "https://w3.example/n"}],
      "@context": "https://www.w3.org/ns/activitystreams"}, None, "the file is an ActivityPub outbox, of no post"),
    ({"@context": "https://www.w3.org/ns/activitystreams", "type": "Person", "name": "Orlby"}, None,
     "the JSON holds no post a social platform's API gives"),
    ({"ancestors": [], "descendants": [_status("2", "<p>A reply without the status it replies to.</p>", "1")]},
     None, "the JSON holds no post a social platform's API gives"),
    (THREAD, "2", "--item 2: the file holds one thread, not several; leave --item out"),
    (STATUSES, "3", "--item 3: the list holds 2 threads; choose one from 1 to 2")])
def test_hostile_posts_are_refused(project, tmp_path, capsys, data, item, message):
    """Values nested past the parser's depth, broken JSON, wrong types, posts of no words, boosts alone, JSON of no
    post, an item the file does not hold: refused with what to do, nothing written, no traceback."""
    (tmp_path / "posts.json").write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    before = sorted((project / "content" / "sources").iterdir())
    assert dossier(project, "new", "source", str(tmp_path / "posts.json"), *(("--item", item) if item else ())) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert sorted((project / "content" / "sources").iterdir()) == before


def test_replies_in_a_loop_end_and_a_huge_file_is_refused(project, tmp_path, capsys, monkeypatch):
    """A status replying to itself is a thread of one; two replying to each other a thread from the first listed;
    a file over the size limit is refused unread."""
    front, body = imported(project, tmp_path, LOOPED, "--item", "2")
    assert body.split("\n\n") == ["One of two statuses replying to each other.", "The other of the two.\n"]
    assert "a list of 2 threads" in capsys.readouterr().err
    monkeypatch.setattr(social_thread, "MAX_BYTES", 1000)
    (tmp_path / "big.json").write_text(json.dumps(STATUSES * 10), encoding="utf-8")
    assert dossier(project, "new", "source", str(tmp_path / "big.json")) == 1
    assert "cannot read the posts' JSON (" in capsys.readouterr().err
