"""Saved pages of particular kinds (session 68's trials): a paywalled page whose whole text is in its JSON-LD, a
word processor's export, a browser's Reader View copy, an AMP page and a broadcaster's transcript page."""
import json

import pytest

from builder import webpage

TEASER = ["The lock keepers walked out at dawn on Friday, closing the canal to boats for the first time in forty years.",
          "About sixty boats were moored between the two flights of locks when the gates were chained shut."]
REST = ["Crews on the upper flight said they had been given no warning, and several hire boats were due back on Saturday.",
        "The strike was called after talks on pay broke down on Thursday night, the union said.",
        "Repairs to the lower gates were also halted, leaving two narrowboats stranded in the basin until Monday.",
        "The trust said it would meet the union again next week and hoped to reopen the canal before Easter.",
        "A spokesman for the hire companies said refunds would be offered to anyone whose holiday was cut short."]
PAYWALL = ('<aside class="paywall"><h2>Read the full story</h2><p>Subscribe today for unlimited access to every '
           'story we publish. First month free.</p></aside>')


def _page(tmp_path, markup: str, name: str = "page.html") -> webpage.Page:
    path = tmp_path / name
    path.write_text(markup, encoding="utf-8")
    return webpage.read(path)


def _paywalled(body: str, key: str = "articleBody") -> str:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Canal shut as lock keepers strike", key: body})
    return (f'<html lang="en"><head><script type="application/ld+json">{ld}</script></head><body><article>'
            '<h1>Canal shut as lock keepers strike</h1><div class="body">' + "".join(f"<p>{p}</p>" for p in TEASER)
            + f"</div>{PAYWALL}</article></body></html>")


@pytest.mark.parametrize("body, key", [
    ("\n\n".join([*TEASER, *REST]), "articleBody"),
    ("\n".join([*TEASER, *REST]), "text"),  # CreativeWork's text, its paragraphs joined by a new line
    ("".join([*TEASER, *REST]), "articleBody"),  # joined with nothing: "…forty years.The strike…"
])
def test_a_paywalled_pages_json_ld_body_holding_its_teaser_and_more_is_the_article(tmp_path, body, key):
    """A paywalled page shows a teaser and an offer; its whole text is only in its JSON-LD: the teaser and the offer
    had been imported, the rest lost without a word (trials, session 68)."""
    page = _page(tmp_path, _paywalled(body, key))
    assert page.paragraphs == ["Canal shut as lock keepers strike", *TEASER, *REST]
    note = next(n for n in page.notes if "JSON-LD articleBody" in n)
    assert "paywall" in note and "Read the full story" in note


def test_a_json_ld_body_joined_by_spaces_is_parted_after_the_paragraph_the_page_shows(tmp_path):
    page = _page(tmp_path, _paywalled(" ".join([*TEASER, *REST])))
    assert page.paragraphs == ["Canal shut as lock keepers strike", *TEASER, " ".join(REST)]


def test_a_json_ld_body_no_longer_than_the_text_shown_or_a_summary_is_not_taken_for_it(tmp_path):
    """A page that shows its whole text keeps it as shown (a body that repeats it, or a summary shorter than it)."""
    shown = "".join(f"<p>{p}</p>" for p in [*TEASER, *REST])
    for body in ("\n\n".join([*TEASER, *REST[:2]]), TEASER[0]):
        ld = json.dumps({"@type": "NewsArticle", "headline": "Canal shut as lock keepers strike", "articleBody": body})
        page = _page(tmp_path, f'<html><head><script type="application/ld+json">{ld}</script></head><body><article>'
                     f'<h1>Canal shut as lock keepers strike</h1>{shown}</article></body></html>')
        assert page.paragraphs == ["Canal shut as lock keepers strike", *TEASER, *REST]
        assert not any("articleBody" in n for n in page.notes)
