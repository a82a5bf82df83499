"""A summit of many facts measuring one thing: each fact's page lists the related facts nearest it, not all of them
(600 facts of one meeting listed each other on every page: a site of 158 MB, growing as the square)."""
import re

from builder.link import RELATED
from tests.test_invalid import run_dossier
from tests.test_update import _project

FACTS = 30


def test_a_fact_page_lists_at_most_the_nearest_related_facts_and_the_summit_every_fact(tmp_path):
    root = _project(tmp_path)
    card = (root / "content" / "facts" / "actual-length.yml").read_text()
    for n in range(FACTS):
        (root / "content" / "facts" / f"length-{n:02}.yml").write_text(
            card.replace("The meeting lasted over two hours.", f"The meeting lasted over two hours ({n})."))
    assert run_dossier(root, "build").returncode == 0
    site = root / "site"
    for n in (0, 15, FACTS - 1):
        page = (site / "facts" / f"length-{n:02}.html").read_text()
        related = page[page.index('id="related"'):page.index("</ul>", page.index('id="related"'))]
        listed = re.findall(r'class="dz-fact-link" href="([a-z0-9-]+)\.html"', related)
        assert len(listed) == RELATED and f"length-{n:02}" not in listed
    middle = (site / "facts" / "length-15.html").read_text()
    middle = middle[middle.index('id="related"'):]
    assert 'href="length-14.html"' in middle and 'href="length-16.html"' in middle  # its neighbours
    summit = (site / "compare" / "hamburg.html").read_text()
    assert all(f"length-{n:02}.html" in summit for n in range(FACTS))
