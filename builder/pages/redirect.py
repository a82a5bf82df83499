"""Redirect pages: a renamed fact card's old URL forwards to its new one, so links never break."""
from builder.pages import Site
from builder.render import PageSpec


def pages(site: Site):
    for fact in site.dossier.facts.values():
        for old in fact.formerly:
            yield PageSpec(f"facts/{old}.html", fact.statement, "redirect.html", {"fact": fact}, hide=())
