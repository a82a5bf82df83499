"""dossier new source FEED.xml / ITEM.xml / SUBTITLES.ttml: a newsroom's XML file (a news feed, an agency's NewsML-G2
item, broadcast subtitles in TTML) told by its content and read as the article it holds (builder/news_xml.py)."""
import pytest

from builder import news_xml
from tests.test_new import dossier, project  # noqa: F401 - project is a fixture: a throwaway copy of the mini project

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Orlby Post &#8211; News</title><link>https://orlby.example/</link><language>en-gb</language>
<item><title>Ferry sailings cut to four a day</title><link>https://orlby.example/news/ferry-cut</link>
<dc:creator>Tam Roke</dc:creator><pubDate>Tue, 03 Mar 2026 23:30:00 -0500</pubDate>
<description>Sailings cut.</description>
<content:encoded><![CDATA[<figure><img src="https://orlby.example/ferry.jpg" alt="The ferry"/><figcaption>The Orlby
ferry at its berth. Photo: Kit Amory</figcaption></figure><p>Orlby Ferries will cut its sailings from six a day to four from 1 April, the company said.</p>
<p>&ldquo;We had no choice,&rdquo; said its chair, Ines&nbsp;Marlow. The union called the cut &quot;a betrayal&quot;.</p>
<div class="share">Share this story: <a href="f">Facebook</a> | <a href="e">Email</a></div>
<p>The post <a href="x">Ferry sailings cut</a> appeared first on <a href="y">The Orlby Post</a>.</p>]]></content:encoded>
</item>
<item><title>Harbour wall &amp; slipway to be repaired</title><author>desk@orlby.example (Kit Amory)</author>
<guid>https://orlby.example/news/harbour-wall</guid><pubDate>Wed, 04 Mar 2026 08:00:00 +0000</pubDate>
<description>&lt;p&gt;Repairs to the harbour wall and its slipway will start in May, the harbour board said on
Wednesday, and will take about six weeks.&lt;/p&gt;</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
<title>Skerrow Council &mdash; News and public notices</title>
<author><name>Skerrow Council Press Office</name></author>
<entry><title type="html">Beach &lt;em&gt;closed&lt;/em&gt; after algae found</title>
<link rel="self" href="https://skerrow.example/feed/1"/><link rel="alternate" href="https://skerrow.example/news/algae"/>
<updated>2025-08-05T09:15:00+01:00</updated>
<summary type="text">Algae found.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Tests found toxic algae at Millbrook Sands on
Sunday, the council said, and the beach is closed until further notice.</p><p>Dogs must be kept on a lead near the
water, and owners should call a vet at once if a dog is unwell.</p></div></content></entry>
</feed>
"""


def _source(project, ident):
    return (project / "content" / "sources" / f"{ident}.md").read_text(encoding="utf-8").split("---\n", 2)


def _written(project):
    return sorted((project / "content" / "sources").iterdir())


def test_an_rss_feeds_first_item_is_imported_with_what_the_feed_says(project, tmp_path, capsys):
    """The item's full text (content:encoded) read as a page's article, HTML's named entities as their characters,
    without a figure's caption, its share links or the line a blog's feed adds under it; its title, writer, day as written, link, and the feed's title
    without its section as the outlet; the note names the other items and how to choose one."""
    feed = tmp_path / "orlby.rss"
    feed.write_text(RSS, encoding="utf-8")
    assert dossier(project, "new", "source", str(feed), "--id", "ferry") == 0
    out = capsys.readouterr()
    _, front, body = _source(project, "ferry")
    assert body.strip().split("\n\n") == [
        "Ferry sailings cut to four a day",
        "Orlby Ferries will cut its sailings from six a day to four from 1 April, the company said.",
        "“We had no choice,” said its chair, Ines\u00a0Marlow. The union called the cut \"a betrayal\"."]
    for line in ('title: "Ferry sailings cut to four a day"', "outlet: The Orlby Post ", "author: Tam Roke ",
                 "published: 2026-03-03 ", 'url: "https://orlby.example/news/ferry-cut"', "language: en"):
        assert line in front
    assert "title: the feed item's title" in out.out and "outlet: the feed's title" in out.out
    assert "the feed holds 2 items; imported: 1 “Ferry sailings cut to four a day” (2026-03-03); " in out.err
    assert "import another with --item N: 2 “Harbour wall & slipway to be repaired” (2026-03-04)" in out.err
    assert "the feed's line under the item left out: “The post Ferry sailings cut appeared first on" in out.err
    assert dossier(project, "check") == 0


def test_item_n_chooses_another_item_and_a_summary_alone_is_said(project, tmp_path, capsys):
    """--item 2: the second item, its escaped HTML description its text, RSS's "address (name)" author the name, a
    permalink guid its address; an item without its full text is noted as a summary."""
    feed = tmp_path / "feed.xml"
    feed.write_text(RSS, encoding="utf-8")
    assert dossier(project, "new", "source", str(feed), "--item", "2", "--id", "wall") == 0
    err = capsys.readouterr().err
    _, front, body = _source(project, "wall")
    assert "Repairs to the harbour wall and its slipway will start in May, the harbour board said on\nWednesday" \
        in body or "Repairs to the harbour wall and its slipway will start in May, the harbour board said on " \
                   "Wednesday, and will take about six weeks." in body
    assert "author: Kit Amory " in front and 'url: "https://orlby.example/news/harbour-wall"' in front
    assert "the feed gives only a summary of this item" in err and "1 “Ferry sailings cut to four a day”" in err


def test_item_past_the_last_is_refused_listing_the_items(project, tmp_path, capsys):
    feed = tmp_path / "feed.xml"
    feed.write_text(RSS, encoding="utf-8")
    before = _written(project)
    assert dossier(project, "new", "source", str(feed), "--item", "3") == 1
    assert "--item 3: the feed holds 2 item(s): 1 “Ferry sailings cut to four a day” (2026-03-03); " \
           "2 “Harbour wall" in capsys.readouterr().err
    assert _written(project) == before


def test_a_description_holding_elements_is_read_as_html(project, tmp_path, capsys):
    """A feed that wrote its item's HTML as elements, not escaped: its paragraphs, not their text run together."""
    feed = tmp_path / "feed.xml"
    feed.write_text("<rss><channel><title>Orlby Post</title><item><title>Harbour wall repaired</title><description>"
                    "<p>Repairs to the harbour wall will start in May, the harbour board said.</p><p>They will take "
                    "six weeks &amp; cost two million pounds, it said.</p></description></item></channel></rss>",
                    encoding="utf-8")
    assert dossier(project, "new", "source", str(feed), "--id", "wall") == 0
    assert _source(project, "wall")[2].strip().split("\n\n")[1:] == [
        "Repairs to the harbour wall will start in May, the harbour board said.",
        "They will take six weeks & cost two million pounds, it said."]


def test_an_item_taken_from_another_feed_is_that_feeds(project, tmp_path, capsys):
    """An aggregator's item names the feed it was taken from (RSS's <source>): the outlet is that one."""
    feed = tmp_path / "feed.xml"
    feed.write_text(RSS.replace("<dc:creator>Tam Roke</dc:creator>", '<dc:creator>Tam Roke</dc:creator><source '
                                'url="https://wire.example/rss">Northwire</source>'), encoding="utf-8")
    assert dossier(project, "new", "source", str(feed), "--id", "ferry") == 0
    assert "outlet: Northwire " in _source(project, "ferry")[1]
    assert "outlet: the item's source, the feed it was taken from" in capsys.readouterr().out


def test_an_rss_1_feeds_plain_description(project, tmp_path, capsys):
    """RSS 1.0 (RDF): its items beside its channel, a description of plain text its paragraph, dc:date its day."""
    feed = tmp_path / "gazette.rdf"
    feed.write_text('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" '
                    'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour Gazette</title></channel>'
                    "<item><title>Slipway to reopen</title><dc:creator>Ana Bell</dc:creator><dc:date>2026-02-01T10:00Z"
                    "</dc:date><description>The harbour master said on Sunday that the slipway would reopen next "
                    "week &amp; the cafe too.</description></item></rdf:RDF>", encoding="utf-8")
    assert dossier(project, "new", "source", str(feed), "--id", "slipway") == 0
    _, front, body = _source(project, "slipway")
    assert body.strip().split("\n\n") == [
        "Slipway to reopen", "The harbour master said on Sunday that the slipway would reopen next week & the cafe too."]
    assert "outlet: Harbour Gazette " in front and "published: 2026-02-01 " in front and "author: Ana Bell " in front


def test_an_atom_entry_is_imported_whatever_the_files_name(project, tmp_path, capsys):
    """Told by its root, not its name: an Atom feed saved as .txt; its XHTML content, its title of type html as a
    reader sees it, its alternate link, the feed's author (a press office's name: no one, session 68), and its only
    day, the update's, with a note."""
    feed = tmp_path / "notices.txt"
    feed.write_text(ATOM, encoding="utf-8")
    assert dossier(project, "new", "source", str(feed), "--id", "algae") == 0
    err = capsys.readouterr().err
    _, front, body = _source(project, "algae")
    assert body.strip().split("\n\n")[0] == "Beach closed after algae found"
    assert "Dogs must be kept on a lead near the\nwater" in body or "Dogs must be kept on a lead near the water" in body
    for line in ('title: "Beach closed after algae found"', "outlet: Skerrow Council ",
                 "author: unknown ", "published: 2025-08-05 ",
                 'url: "https://skerrow.example/news/algae"'):
        assert line in front
    assert "the entry says only when it was last updated, 2025-08-05" in err and "summary" not in err


@pytest.mark.parametrize("text, message", [
    ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><item>'
     "<title>&b;</title></item></channel></rss>", "declares entities"),
    ("<rss><channel><item><title>Cut short", "not well-formed XML"),
    ("<rss>" + "<x>" * 300 + "</x>" * 300 + "</rss>", "nest more than 256 deep"),
    ('<?xml version="1.0" encoding="utf-8"?><rss><channel><item><title>Caf\xe9</title></item></channel></rss>',
     "not in the charset it declares"),
    ('<?xml version="1.0"?><catalogue><book>Not news.</book></catalogue>', "no kind of article read here"),
    ('<feed xmlns="urn:example:recipes"><entry><title>Soup</title></entry></feed>', "its root element is <feed>"),
    ("<rss><channel><title>Empty</title></channel></rss>", "the feed holds no item"),
    ("<rss><channel><item><title>Bare</title><link>https://orlby.example/bare</link></item></channel></rss>",
     "the feed's item 1, “Bare”, holds no text (no content, description nor summary): save the article's page "
     "(https://orlby.example/bare) as .html")])
def test_a_hostile_or_broken_feed_is_refused(project, tmp_path, capsys, text, message):
    """An entity declaration (the billion laughs), a file cut short or nested too deep, bytes not in the declared
    charset, XML of another kind (a <feed> in another namespace than Atom's too) and a feed of no item are refused
    with what to do, and nothing is written."""
    feed = tmp_path / "feed.xml"
    feed.write_bytes(text.encode("latin-1"))
    before = _written(project)
    assert dossier(project, "new", "source", str(feed)) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and (".html" in err and ".txt file" in err)
    assert _written(project) == before


def test_a_feed_over_the_size_limit_is_refused(project, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(news_xml, "MAX_BYTES", 1000)
    feed = tmp_path / "feed.rss"
    feed.write_text(RSS, encoding="utf-8")
    assert dossier(project, "new", "source", str(feed)) == 1
    assert "over the limit of 1,000" in capsys.readouterr().err


NEWSML = """<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-03-05T11:00:00Z</sent></header>
<itemSet>
<newsItem guid="urn:newsml:wire.example:1" version="3" xml:lang="en-GB">
<rightsInfo><copyrightHolder><name>Northwire Ltd</name></copyrightHolder></rightsInfo>
<itemMeta><itemClass qcode="ninat:text"/><provider literal="Northwire"/>
<versionCreated>2026-03-06T07:10:00Z</versionCreated><firstCreated>2026-03-05T10:30:00+01:00</firstCreated>
<edNote>Corrects the number of pupils in paragraph 2.</edNote></itemMeta>
<contentMeta><headline>School bus leaves pass road</headline><by>By Dr Lena Varga</by>
<dateline>VALDERRA, March 5</dateline><slugline>BUS-CRASH</slugline><language tag="en-GB"/></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head>
<title>Bus</title></head><body><h1>School bus leaves pass road</h1><p>A school bus left the Corvessa Pass road on
Wednesday morning, police said.</p><p>&#8220;The road was closed to heavy vehicles,&#8221; said Inspector Aldo
Renz.</p></body></html></inlineXML></contentSet>
</newsItem>
<newsItem guid="urn:newsml:wire.example:2"><itemMeta><provider literal="Northwire"/></itemMeta>
<contentMeta><headline>Pass reopens after crash</headline></contentMeta>
<contentSet><inlineData contenttype="text/plain">The Corvessa Pass road reopened on Thursday, the canton said.

Drivers were asked to take care on the descent.</inlineData></contentSet></newsItem>
</itemSet></newsMessage>
"""


def test_a_newsml_items_text_and_what_its_metadata_say(project, tmp_path, capsys):
    """A NewsML-G2 item's XHTML paragraphs, under its headline once; its byline's writer, the day of its first
    version (the later version's in a note), its provider, its language; its dateline, slugline and editor's note
    named beside its text, not put in it; a message of two items lists the other."""
    item = tmp_path / "wire.xml"
    item.write_text(NEWSML, encoding="utf-8")
    assert dossier(project, "new", "source", str(item), "--id", "bus") == 0
    err = capsys.readouterr().err
    _, front, body = _source(project, "bus")
    assert body.strip().split("\n\n") == [
        "School bus leaves pass road", "A school bus left the Corvessa Pass road on Wednesday morning, police said.",
        "“The road was closed to heavy vehicles,” said Inspector Aldo Renz."]
    for line in ('title: "School bus leaves pass road"', "author: Lena Varga ", "published: 2026-03-05 ",
                 "outlet: Northwire ", "language: en"):
        assert line in front
    assert "its dateline, “VALDERRA, March 5”" in err and "its latest version is of 2026-03-06" in err
    assert "its editor's note, “Corrects the number of pupils in paragraph 2.”" in err
    assert "the news message holds 2 items" in err and "2 “Pass reopens after crash”" in err


def test_a_newsml_items_inline_text(project, tmp_path, capsys):
    item = tmp_path / "wire.xml"
    item.write_text(NEWSML, encoding="utf-8")
    assert dossier(project, "new", "source", str(item), "--item", "2", "--id", "reopens") == 0
    _, front, body = _source(project, "reopens")
    assert body.strip().split("\n\n") == ["Pass reopens after crash",
                                          "The Corvessa Pass road reopened on Thursday, the canton said.",
                                          "Drivers were asked to take care on the descent."]
    assert "outlet: Northwire " in front


def test_a_newsml_items_xhtml_on_a_prefix_and_a_byline_with_the_writers_role(project, tmp_path, capsys):
    """The maternity-unit trial's agency item (session 72): its XHTML on a prefix ("xhtml:p", valid XML) had been no
    markup the page reader knows, and the item was refused as a page without text; "By Daniel Crewe, Health
    Correspondent" had been the author whole."""
    prefixed = (NEWSML.replace('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">',
                               '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/" '
                               'xmlns:xhtml="http://www.w3.org/1999/xhtml">')
                .replace('<html xmlns="http://www.w3.org/1999/xhtml">', "<xhtml:html>")
                .replace("By Dr Lena Varga", "By Dr Lena Varga, Health Correspondent"))
    for tag in ("html", "head", "title", "body", "h1", "p"):
        prefixed = prefixed.replace(f"<{tag}>", f"<xhtml:{tag}>").replace(f"</{tag}>", f"</xhtml:{tag}>")
    assert "<xhtml:p>" in prefixed and "<p>" not in prefixed
    item = tmp_path / "wire.xml"
    item.write_text(prefixed, encoding="utf-8")
    assert dossier(project, "new", "source", str(item), "--id", "bus") == 0
    _, front, body = _source(project, "bus")
    assert body.strip().split("\n\n")[1:] == [
        "A school bus left the Corvessa Pass road on Wednesday morning, police said.",
        "“The road was closed to heavy vehicles,” said Inspector Aldo Renz."]
    assert "author: Lena Varga " in front


def test_a_newsml_item_without_text_is_refused(project, tmp_path, capsys):
    item = tmp_path / "picture.xml"
    item.write_text('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta><headline>Crash site'
                    '</headline></contentMeta><contentSet><remoteContent href="https://wire.example/p.jpg"/>'
                    "</contentSet></newsItem>", encoding="utf-8")
    assert dossier(project, "new", "source", str(item)) == 1
    assert "the news item holds no text of its own" in capsys.readouterr().err


NINJS = {"uri": "https://wire.example/2026/bus-crash", "headline": "School bus leaves pass road",
         "byline": "Lena Varga", "versioncreated": "2026-03-05T10:30:00Z", "language": "en",
         "copyrightholder": "Northwire", "located": "Valderra",
         "body_html": "<p>A school bus left the Corvessa Pass road on Wednesday morning, police said.</p>"
                      "<p>Nineteen pupils were hurt, none of them seriously, the canton said.</p>"}


def test_a_ninjs_item_is_imported(project, tmp_path, capsys):
    """IPTC's ninjs (JSON): its body_html read as a page's article, its headline, byline, day, holder and uri."""
    import json

    item = tmp_path / "item.json"
    item.write_text(json.dumps(NINJS), encoding="utf-8")
    assert dossier(project, "new", "source", str(item), "--id", "bus") == 0
    err = capsys.readouterr().err
    _, front, body = _source(project, "bus")
    assert body.strip().split("\n\n") == [
        "School bus leaves pass road", "A school bus left the Corvessa Pass road on Wednesday morning, police said.",
        "Nineteen pupils were hurt, none of them seriously, the canton said."]
    for line in ("author: Lena Varga ", "published: 2026-03-05 ", "outlet: Northwire ",
                 'url: "https://wire.example/2026/bus-crash"'):
        assert line in front
    assert "a ninjs news item" in err and "its dateline, “Valderra”" in err
    assert dossier(project, "new", "source", str(item), "--item", "2") == 1
    assert "--item 2: the ninjs file holds one item" in capsys.readouterr().err


TTML = """<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling"
    xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xmlns:ttp="http://www.w3.org/ns/ttml#parameter"
    ttp:frameRate="25" xml:lang="en-GB">
<head><metadata><ttm:title>Harbour Tonight: the ferry cut</ttm:title>
<ttm:agent xml:id="host" type="person"><ttm:name>Nell Ambrose</ttm:name></ttm:agent>
<ttm:agent xml:id="guest" type="person"><ttm:name>Ines Marlow</ttm:name></ttm:agent></metadata>
<styling><style xml:id="base" tts:color="white"/><style xml:id="y" style="base" tts:color="yellow"/></styling></head>
<body style="base"><div begin="10s">
<p begin="00:00:00:00" end="00:00:02:12" ttm:agent="host">Good evening. Orlby Ferries<br/>will cut two sailings a day.</p>
<p begin="2.5s" end="4s"><span ttm:agent="host">Its chair joins us.</span></p>
<p begin="4s" end="6s" ttm:agent="guest">[SEAGULLS]</p>
<p begin="6s" dur="2s" ttm:agent="guest">We had no choice. The fuel bill<br/>has doubled since April.</p>
<p begin="8s" end="10s"><span style="y">The union says it is a betrayal.</span></p>
</div></body></tt>
"""


@pytest.mark.parametrize("namespace", ["http://www.w3.org/ns/ttml", "http://www.w3.org/2006/10/ttaf1"])
def test_ttml_subtitles_are_read_as_a_transcript(project, tmp_path, capsys, namespace):
    """TTML read as WebVTT is: its cues' lines joined into paragraphs under their first cue's time (a <div>'s begin
    offsets its cues, frames and offsets read), a new paragraph at each ttm:agent's name and at a change of colour
    (a style's, over the body's), sounds out; its title the broadcast's, its language. DFXP's namespaces of before
    TTML 1.0 are read as TTML's."""
    subtitles = tmp_path / "harbour.dfxp"
    subtitles.write_text(TTML.replace("http://www.w3.org/ns/ttml", namespace), encoding="utf-8")
    assert dossier(project, "new", "source", str(subtitles), "--id", "harbour") == 0
    err = capsys.readouterr().err
    _, front, body = _source(project, "harbour")
    assert body.strip().split("\n\n") == [
        "[00:00:10]", "Nell Ambrose: Good evening. Orlby Ferries will cut two sailings a day. Its chair joins us.",
        "[00:00:16]", "Ines Marlow: We had no choice. The fuel bill has doubled since April.",
        "[00:00:18]", "The union says it is a betrayal."]
    assert 'title: "Harbour Tonight: the ferry cut"' in front and "language: en" in front
    assert "TTML subtitles" in err and "a change of colour as a change of speaker" in err


def test_ttml_on_screen_captions_are_no_words_and_a_title_of_parts_gives_the_day(project, tmp_path, capsys):
    """The maternity-unit trial's programme (session 72): an on-screen caption in italics and capitals at a cue's top
    ("INES MARLOW, Chair, Orlby Ferries") had been run into the words said, and the day in its title of parts
    ("Harbour Tonight - Friday 27 February 2026 - 18:30 - …") left unread; a line in italics of words said stays."""
    captioned = TTML.replace("Harbour Tonight: the ferry cut", "Harbour Tonight - Friday 27 February 2026 - 18:30 - "
                             "the ferry cut").replace(
        '<p begin="6s" dur="2s" ttm:agent="guest">', '<p begin="6s" dur="2s" ttm:agent="guest"><span '
        'tts:fontStyle="italic">INES MARLOW, Chair, Orlby Ferries</span><br/>').replace(
        '<span style="y">The union', '<span style="y" tts:fontStyle="italic">The union')
    subtitles = tmp_path / "harbour.ttml"
    subtitles.write_text(captioned, encoding="utf-8")
    assert dossier(project, "new", "source", str(subtitles), "--id", "harbour") == 0
    _, front, body = _source(project, "harbour")
    assert "Ines Marlow: We had no choice." in body and "INES MARLOW" not in body
    assert "The union says it is a betrayal." in body and "published: 2026-02-27" in front


@pytest.mark.parametrize("expression, seconds, stamp", [
    ("00:01:02.5", 62.5, "00:01:02.500"), ("00:00:02:12", 2.48, "00:00:02.480"), ("40f", 1.6, "00:00:01.600"),
    ("1.9996s", 1.9996, "00:00:02.000"), ("250ms", 0.25, "00:00:00.250"), ("2m", 120, "00:02:00.000"),
    ("500t", 20, "00:00:20.000"), ("soon", None, None)])
def test_ttml_time_expressions(expression, seconds, stamp):
    """Clock time with a fraction or frames (at 25 a second), offsets in frames, ticks (25 a second: the frame
    rate's when no tick rate is given), ms, s, m; a cue's time in WebVTT rounded as a whole."""
    from builder import ttml

    found = ttml._seconds(expression, (25.0, 25.0))
    assert found == pytest.approx(seconds) if seconds is not None else found is None
    if stamp:
        assert ttml._stamp(found) == stamp


def test_ttml_spans_timed_in_an_untimed_paragraph_are_its_cues(project, tmp_path, capsys):
    """Live subtitles time their spans, not their <p>: each timed span is a cue, its time its own (and its div's)."""
    subtitles = tmp_path / "live.ttml"
    subtitles.write_text('<tt xmlns="http://www.w3.org/ns/ttml"><body><div begin="60s"><p>'
                         '<span begin="0s" end="2s">The council voted last night</span> '
                         '<span begin="2s" end="4s">to close the harbour office.</span></p><p>'
                         '<span begin="9s" end="12s">Staff will move to the town hall in May.</span></p></div>'
                         "</body></tt>", encoding="utf-8")
    assert dossier(project, "new", "source", str(subtitles), "--id", "live") == 0
    assert _source(project, "live")[2].strip().split("\n\n") == [
        "[00:01:00]", "The council voted last night to close the harbour office.",
        "[00:01:09]", "Staff will move to the town hall in May."]


def test_ttml_without_words_is_refused(project, tmp_path, capsys):
    subtitles = tmp_path / "empty.ttml"
    subtitles.write_text('<tt xmlns="http://www.w3.org/ns/ttml"><body><div/></body></tt>', encoding="utf-8")
    assert dossier(project, "new", "source", str(subtitles)) == 1
    assert "the subtitle file holds no cue with words" in capsys.readouterr().err


def test_a_newsml_byline_of_a_bodys_office_names_no_author(project, tmp_path):
    """A police item's "By Media Office, Valderra Cantonal Police" had been its author: an office is no one (session
    68, as a Word document's author property and a feed's author naming a press office are)."""
    item = tmp_path / "police.xml"
    item.write_text(NEWSML.replace("By Dr Lena Varga", "By Media Office, Valderra Cantonal Police"), encoding="utf-8")
    assert dossier(project, "new", "source", str(item), "--id", "police") == 0
    assert "author: unknown " in _source(project, "police")[1]


WXR_ITEM = """<item><title>{title}</title><link>https://tolvey.example/?p={n}</link>
<pubDate>Tue, 0{n} Sep 2026 10:00:00 +0000</pubDate><dc:creator><![CDATA[{login}]]></dc:creator>
<content:encoded><![CDATA[{body}]]></content:encoded>
<wp:status><![CDATA[{status}]]></wp:status><wp:post_type><![CDATA[{kind}]]></wp:post_type></item>"""
WXR_TEXT = ("<!-- wp:paragraph -->\n<p>The Tolvey lido will stay shut until May after cracks were found in its main "
            "pool, the council said on Monday.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:quote -->\n<blockquote "
            'class="wp-block-quote"><!-- wp:paragraph -->\n<p>"We cannot open a pool that leaks 40,000 litres a '
            'day," said Ros Edevane.</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->')


def _wxr(*items):
    """A WordPress export (WXR) of ``items`` (title, login, status, post type), its writers listed with the names
    its site shows."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- generator="WordPress/6.5" -->\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Tolvey Gazette</title><language>en-GB'
            '</language><wp:wxr_version>1.2</wp:wxr_version>'
            '<wp:author><wp:author_login><![CDATA[rede]]></wp:author_login><wp:author_display_name><![CDATA['
            'Rhiannon Ede]]></wp:author_display_name></wp:author>'
            '<wp:author><wp:author_login><![CDATA[admin2]]></wp:author_login></wp:author>'
            + "".join(WXR_ITEM.format(n=n, title=title, login=login, status=status, kind=kind,
                                      body=WXR_TEXT if kind == "post" else "")
                      for n, (title, login, status, kind) in enumerate(items, 1))
            + "</channel></rss>")


def test_a_wordpress_exports_posts_are_its_items_by_the_names_its_site_shows(project, tmp_path, capsys):
    """A WordPress export (WXR): its writer the name the site shows for the login (dc:creator's "rede" is "Rhiannon
    Ede"; a login the export names no one for stays as it is); its attachments, pages, menu items and drafts are no
    articles: left out, said, not counted by --item; the note names the imported item and the others by title and
    day; its block comments are no text."""
    export = tmp_path / "tolvey.xml"
    export.write_text(_wxr(("harbour-photo", "rede", "inherit", "attachment"), ("Lido stays shut", "rede", "publish",
                                                                                "post"),
                           ("About us", "rede", "publish", "page"), ("Lido draft", "rede", "draft", "post"),
                           ("Home", "rede", "publish", "nav_menu_item"),
                           ("Pool cracks: the council's report", "admin2", "publish", "post")), encoding="utf-8")
    assert dossier(project, "new", "source", str(export), "--id", "lido") == 0
    err = capsys.readouterr().err
    _, front, body = _source(project, "lido")
    assert 'title: "Lido stays shut"' in front and "author: Rhiannon Ede" in front and "published: 2026-09-02" in front
    assert "wp:" not in body and "<!--" not in body
    assert '"We cannot open a pool that leaks 40,000 litres a day," said Ros Edevane.' in body
    assert "the WordPress export holds 2 items; imported: 1 “Lido stays shut” (2026-09-02); import another with " \
           "--item N: 2 “Pool cracks: the council's report” (2026-09-06)" in err
    assert "no article left out (not counted by --item): 1 attachment, 1 page, 1 draft post, 1 menu item" in err
    assert dossier(project, "new", "source", str(export), "--item", "2", "--id", "cracks") == 0
    assert "author: admin2" in _source(project, "cracks")[1]
    assert dossier(project, "new", "source", str(export), "--item", "3") == 1
    assert "--item 3: the WordPress export holds 2 item(s)" in capsys.readouterr().err


def test_a_wordpress_export_of_no_published_article_is_refused(project, tmp_path, capsys):
    export = tmp_path / "site.xml"
    export.write_text(_wxr(("harbour-photo", "rede", "inherit", "attachment"), ("Lido draft", "rede", "draft", "post")),
                      encoding="utf-8")
    assert dossier(project, "new", "source", str(export)) == 1
    err = capsys.readouterr().err
    assert "the WordPress export holds no published article, only 1 attachment(s), 1 draft post(s)" in err
    assert not _written(project) or all(p.name != "harbour-photo.md" for p in _written(project))


NINJS_2 = {"uri": "https://wire.example/2026/bus-crash", "version": "2", "language": "en",
           "firstcreated": "2026-03-05T10:30:00Z", "copyrightholder": "Northwire", "located": "Valderra",
           "headlines": [{"role": "slugline", "value": "BUS-CRASH/VALDERRA"},
                         {"role": "main", "value": "School bus leaves pass road"}],
           "bylines": [{"byline": "By Lena Varga", "role": "author"}],
           "bodies": [{"role": "text", "contenttype": "text/plain", "value": "Plain text not read."},
                      {"role": "html", "contenttype": "text/html",
                       "value": "<p>A school bus left the Corvessa Pass road on Wednesday morning, police said.</p>"}]}
NINJS_3 = {"uri": "https://wire.example/2026/bus-crash", "firstCreated": "2026-03-05T10:30:00Z", "language": "en",
           "copyrightHolder": "Northwire", "headlines": [{"role": "main", "value": "School bus leaves pass road"}],
           "by": "Lena Varga", "edNote": "Corrects the day.",
           "bodies": [{"role": "text", "contentType": "text/plain",
                       "value": "A school bus left the Corvessa Pass road on Wednesday morning, police said."}]}


@pytest.mark.parametrize("item", [NINJS_2, NINJS_3], ids=["ninjs-2", "ninjs-3"])
def test_a_ninjs_item_of_versions_2_and_3_is_imported(project, tmp_path, capsys, item):
    """ninjs 2.x (``headlines``, ``bylines``, ``bodies``) and 3.x (the same in camelCase) are read as 1.x is (session
    74: a wire's ninjs 2.0 story had been refused as JSON of no kind the import reads); the HTML body is preferred."""
    import json

    path = tmp_path / "item.json"
    path.write_text(json.dumps(item), encoding="utf-8")
    assert dossier(project, "new", "source", str(path), "--id", "bus") == 0
    err = capsys.readouterr().err
    _, front, body = _source(project, "bus")
    assert body.strip().split("\n\n") == [
        "School bus leaves pass road", "A school bus left the Corvessa Pass road on Wednesday morning, police said."]
    for line in ("title: \"School bus leaves pass road\"", "author: Lena Varga ", "published: 2026-03-05 ",
                 "outlet: Northwire "):
        assert line in front
    assert ("its slugline, “BUS-CRASH/VALDERRA”" in err) == (item is NINJS_2)
    assert ("its editor's note, “Corrects the day.”" in err) == (item is NINJS_3)


NITF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.6//EN" "http://www.iptc.org/std/NITF/3.6/specification/dtd/nitf-3-6.dtd">
<nitf version="-//IPTC//DTD NITF 3.6//EN" xml:lang="en">
<head><title>HORSERACING-BALLINVEEN/ (UPDATE 2) Regulator opens inquiry</title>
<docdata><doc-id id-string="MPA-0412"/><date.issue norm="20260317T124500Z"/>
<du-key version="3" key="HORSERACING-BALLINVEEN"/><doc.copyright year="2026" holder="Meridian Press Agency"/></docdata>
</head>
<body><body.head><hedline><hl1>Regulator opens inquiry after horse dies</hl1><hl2>Course and charity at odds</hl2>
</hedline><note noteclass="correction"><p>Corrects number of runners to 28, not 26.</p></note>
<byline>By <person>Tom Ashdown</person><byttl>Sports Correspondent</byttl></byline>
<dateline><location><city>BALLINVEEN</city></location>, <story.date>March 17</story.date></dateline></body.head>
<body.content><p>The regulator on Tuesday opened an inquiry into the race, it said.</p>
<p>Twenty-eight runners went to post.</p></body.content>
<body.end><tagline>(Reporting by Tom Ashdown; Editing by Clare Whitcombe)</tagline></body.end></body></nitf>
"""


def test_an_nitf_item_is_imported(project, tmp_path, capsys):
    """IPTC's NITF, the wires' XML before NewsML-G2 (session 75's trial had to copy one into a .txt file: "no kind of
    article read here (its root element is <nitf>…)"): its body.content read as a page's article, its headline (not
    its <title> with the wire's slug), its byline's person (not its title), its day of issue and copyright holder;
    its dateline, slug and correction told beside its text."""
    item = tmp_path / "item.xml"
    item.write_text(NITF, encoding="utf-8")
    assert dossier(project, "new", "source", str(item), "--id", "horse") == 0
    err = capsys.readouterr().err
    _, front, body = _source(project, "horse")
    assert body.strip().split("\n\n") == [
        "Regulator opens inquiry after horse dies", "The regulator on Tuesday opened an inquiry into the race, it said.",
        "Twenty-eight runners went to post."]
    for line in ('title: "Regulator opens inquiry after horse dies"', "author: Tom Ashdown ", "published: 2026-03-17 ",
                 "outlet: Meridian Press Agency ", "language: en"):
        assert line in front
    assert "an NITF news item" in err and "its dateline, “BALLINVEEN, March 17”" in err
    assert "its editor's note, “Corrects number of runners to 28, not 26.”" in err
    assert news_xml.kind(item) == "nitf"


def test_a_content_item_of_a_publishing_api_is_imported(project, tmp_path, capsys):
    """A regulator's press release as GOV.UK's content API gives it (session 75's trial: "the file is JSON of no kind
    the import reads", and the trial copied it into a .txt by hand): its details' body read as a page's article, under
    its title and description; the day it was first published, its organisation the outlet, its locale."""
    import json

    item = tmp_path / "release.json"
    item.write_text(json.dumps({
        "base_path": "/government/news/regulator-backs-ban", "schema_name": "news_article",
        "document_type": "press_release", "locale": "en", "title": "Regulator backs temporary use ban",
        "description": "The authority supports the ban but puts storage at 61%.",
        "first_published_at": "2026-06-10T09:30:00.000+01:00", "public_updated_at": "2026-06-12T10:00:00.000+01:00",
        "details": {"body": "<p>The Water Regulation Authority has today confirmed that it supports the ban.</p>"
                            "<h2>Our assessment</h2><p>Our assessment puts storage at 61%, against about 80 per cent "
                            "normally.</p>"},
        "links": {"organisations": [{"title": "Water Regulation Authority", "base_path": "/government/wra"}]}}),
        encoding="utf-8")
    assert news_xml.kind(item) == "content_item"
    assert dossier(project, "new", "source", str(item), "--id", "wra") == 0
    err = capsys.readouterr().err
    _, front, body = _source(project, "wra")
    assert body.strip().split("\n\n") == [
        "Regulator backs temporary use ban", "The authority supports the ban but puts storage at 61%.",
        "The Water Regulation Authority has today confirmed that it supports the ban.", "Our assessment",
        "Our assessment puts storage at 61%, against about 80 per cent normally."]
    for line in ('title: "Regulator backs temporary use ban"', "published: 2026-06-10 ",
                 "outlet: Water Regulation Authority ", "language: en"):
        assert line in front
    assert "a content item of a publishing platform's API" in err and "it was updated on 2026-06-12" in err
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"base_path": "/x", "schema_name": "news_article", "details": {}}), encoding="utf-8")
    assert news_xml.kind(other) is None  # no body of its own: refused as JSON of no kind the import reads
