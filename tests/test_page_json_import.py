"""A page its scripts fill in (a client-rendered app: an empty root and "Loading…" in its markup): its article read
from the JSON its scripts carry (builder/page_json.py), by key names and shape, with a note; a shell with no such
JSON refused, naming what was read."""
import json

import pytest

from builder import page_json, webpage
from builder.problems import DossierError

HEADLINE = "Ferry strike strands hundreds on the islands"
PARAGRAPHS = ["Hundreds of passengers were stranded on the outer islands on Tuesday after ferry crews walked out.",
              "The operator said it had cancelled every sailing until Thursday and would refund all tickets.",
              "Talks between the union and the operator broke down late on Monday, both sides said."]
SUBHEAD = "Talks broke down"
CORRECTION = "Correction: an earlier version of this article gave the wrong day for the strike."
SHELL = '<div id="root"><div class="spinner" role="status">Loading…</div></div>'


def _page(tmp_path, scripts: str, body: str = SHELL) -> webpage.Page:
    path = tmp_path / "page.html"
    path.write_text(f'<html lang="en"><head><title>Island Times</title></head><body>{body}{scripts}</body></html>',
                    encoding="utf-8")
    return webpage.read(path)


def _script(data, ident: str = "__NEXT_DATA__") -> str:
    return f'<script id="{ident}" type="application/json">{json.dumps(data)}</script>'


def _span(text: str) -> dict:
    return {"_type": "span", "text": text, "marks": []}


NEXT = {"props": {"pageProps": {"story": {
    "headline": HEADLINE, "byline": {"name": "Ola Strand", "role": "Islands reporter"},
    "datePublished": "2026-03-10T08:00:00+01:00",
    "body": [{"_type": "block", "style": "normal", "children": [_span(PARAGRAPHS[0][:40]), _span(PARAGRAPHS[0][40:])]},
             {"_type": "image", "caption": "Passengers waiting on the quay at dawn on Tuesday morning."},
             {"_type": "block", "style": "normal", "children": [_span(PARAGRAPHS[1])]},
             {"_type": "block", "style": "h2", "children": [_span(SUBHEAD)]},
             {"_type": "block", "style": "normal", "children": [_span(PARAGRAPHS[2])]},
             {"_type": "adSlot", "text": "Advertisement: book your summer crossing today and save."},
             {"_type": "correctionNote", "text": CORRECTION}],
    "related": [{"headline": "Ferry fares to rise in April", "slug": "fares"}]}}}, "page": "/[slug]"}


def test_a_client_rendered_pages_article_is_read_from_its_next_data(tmp_path):
    """A trial's Next.js page showed "Loading…" and held its whole article in __NEXT_DATA__: it had been refused with a
    message about a paywall (session 69)."""
    page = _page(tmp_path, _script(NEXT))
    assert page.paragraphs == [HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], SUBHEAD, PARAGRAPHS[2], CORRECTION]
    assert {k: (f.value, f.origin) for k, f in page.fields.items() if k != "language"} == {
        "title": (HEADLINE, 'the page\'s JSON (<script id="__NEXT_DATA__">): its headline'),
        "author": ("Ola Strand", 'the page\'s JSON (<script id="__NEXT_DATA__">): its byline'),
        "published": ("2026-03-10", 'the page\'s JSON (<script id="__NEXT_DATA__">): its date'),
        "outlet": ("Island Times", "the page's <title>, the site's name over the article its JSON gives")}
    assert any("__NEXT_DATA__" in n and "the page shows only “Loading…”" in n for n in page.notes)


def test_nuxts_payload_of_indices_and_a_state_object_a_script_assigns_are_read(tmp_path):
    """Nuxt's __NUXT_DATA__ writes each value as the index of its own item; a store's state is assigned in a script;
    a rich-text document's paragraphs hold runs and links, joined as they read."""
    payload = [["Reactive", 1], {"data": 2}, {"article": 3}, {"title": 4, "authors": 5, "paragraphs": 8},
               HEADLINE, [6, 7], {"name": 9}, {"name": 10}, [11, 12, 13], "Ola Strand", "Ina Berg", *PARAGRAPHS]
    page = _page(tmp_path, _script(payload, "__NUXT_DATA__"))
    assert page.paragraphs == [HEADLINE, *PARAGRAPHS]
    assert page.fields["author"].value == "Ola Strand and Ina Berg"
    rich = {"nodeType": "document", "content": [
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": "Hundreds of passengers were "},
                                              {"nodeType": "hyperlink", "content": [
                                                  {"nodeType": "text", "value": "stranded"}]},
                                              {"nodeType": "text", "value": PARAGRAPHS[0][36:]}]},
        {"nodeType": "unordered-list", "content": [
            {"nodeType": "list-item", "content": [{"nodeType": "paragraph", "content": [
                {"nodeType": "text", "value": text}]}]} for text in PARAGRAPHS[1:]]}]}
    state = json.dumps({"article": {"title": HEADLINE, "richText": rich}})
    page = _page(tmp_path, f"<script>window.__INITIAL_STATE__ = {state};</script>")
    assert page.paragraphs == [HEADLINE, *PARAGRAPHS]


def test_a_payload_whose_values_point_back_at_one_another_is_read_in_bounded_time():
    """A hostile Nuxt payload: each object's two values are the object itself (2 ** 60 paths, were each followed)."""
    assert page_json.article(page_json._hydrated([{"a": 0, "b": 0, "body": 1}, PARAGRAPHS[0]]), "test").paragraphs == [
        PARAGRAPHS[0]]


def test_a_body_of_html_strings_is_parted_by_its_blocks_and_a_headline_in_several_forms_is_read():
    data = {"content_elements": [{"type": "text", "content": f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"},
                                 {"type": "video", "content": "<p>Watch our report from the quay on Tuesday.</p>"},
                                 {"type": "text", "content": PARAGRAPHS[2].replace("union", "<a href='/u'>union</a>")}],
            "headlines": {"basic": HEADLINE}}
    story = page_json.article(data, "test")
    assert story.paragraphs == PARAGRAPHS and story.headline == HEADLINE


def test_a_page_showing_its_text_or_another_one_keeps_what_it_shows(tmp_path):
    """A server-rendered page holds its text in its markup and its JSON alike; a section's page shows its own text
    while its JSON holds another story's: neither is replaced by the JSON."""
    shown = "<article><h1>Ferry strike strands hundreds on the islands</h1>" + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"
    page = _page(tmp_path, _script(NEXT), shown)
    assert page.paragraphs == [HEADLINE, *PARAGRAPHS] and not any("JSON a script" in n for n in page.notes)
    other = ("<main><h1>Island news this week in one place</h1><p>Our reporters cover every island and every harbour "
             "from Monday to Saturday, in print and online.</p></main>")
    page = _page(tmp_path, _script(NEXT), other)
    assert "Our reporters cover every island" in page.paragraphs[1] and PARAGRAPHS[0] not in page.paragraphs


@pytest.mark.parametrize("scripts, read", [
    ("", "no script of it carries JSON"),
    (_script({"props": {"pageProps": {"ads": {"slots": ["top"]}}}}), "none of the JSON its scripts carry (1 block(s))"),
    ('<script id="__NEXT_DATA__" type="application/json">{"props": ' + "[" * 5000 + "]" * 5000 + "}</script>",
     "no script of it carries JSON"),  # nested past what the parser follows: no JSON
    ('<script id="__NEXT_DATA__" type="application/json">{"props": {"body": </script>', "no script of it carries"),
])
def test_a_shell_with_no_article_anywhere_is_refused_naming_what_was_read(tmp_path, scripts, read):
    with pytest.raises(DossierError) as caught:
        _page(tmp_path, scripts)
    message = caught.value.problems[0].message
    assert message.startswith("found no article text in the page: it shows only “Loading…”, its JSON-LD gives no "
                              "articleBody, and ") and read in message
