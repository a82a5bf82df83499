"""Printable briefings: each summit page printed to PDF by a headless Chromium (Playwright)."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from builder.problems import DossierError, Located, Problem

CHROMIUM_ARGS = ["--disable-gpu", "--no-sandbox", "--disable-background-networking", "--no-first-run"]


# Links into the site, as Chromium would print them: addresses of files in the folder being built, gone once it is
# swapped in. They lead to the published site's page instead (``site_url``), or, with none, are left as text.
_PUBLISHED_LINKS = """([root, published]) => {
    for (const link of document.querySelectorAll('a[href]')) {
        if (!link.href.startsWith('file:')) continue;
        if (published && link.href.startsWith(root)) link.href = published + link.href.slice(root.length);
        else link.removeAttribute('href');
    }
}"""


def require(out: Path) -> None:
    """Raise DossierError, before a build to ``out`` with --pdf, when Playwright is not installed."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        raise DossierError([Problem(Located(out), "PDF briefings need Playwright, which is not installed: "
                                                  f"`{Path(sys.executable).parent / 'pip'} install playwright`, and a "
                                                  "Chromium (the system's `chromium`, or set CHROMIUM_PATH to one); or "
                                                  "build without --pdf")]) from None


def briefings(site: Path, summits: list[str], site_url: str = "", out: Path | None = None) -> dict[str, bytes]:
    """{'briefings/<summit>.pdf': PDF bytes} for each summit page of the built ``site``, its links into the site
    leading to the published one at ``site_url`` (with none, left as text); problems are said of ``out``, the
    folder the site is for (default: ``site``)."""
    require(out or site)
    from playwright.sync_api import Error, sync_playwright
    files = {}
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(**_launch_options(playwright))
        except Error as exc:
            raise DossierError([Problem(Located(out or site), "cannot start Chromium for --pdf: "
                                        f"{exc.message.splitlines()[0]}; set CHROMIUM_PATH to a Chromium binary, or "
                                        "build without --pdf")]) from None
        page = browser.new_page()
        for summit in summits:
            page.goto((site / "summits" / f"{summit}.html").as_uri())
            page.evaluate(_PUBLISHED_LINKS, [site.as_uri() + "/", site_url])
            files[f"briefings/{summit}.pdf"] = page.pdf(format="A4", print_background=True, outline=True, tagged=True,
                                                        margin={"top": "18mm", "bottom": "18mm", "left": "16mm",
                                                                "right": "16mm"})
        browser.close()
    return files


def _launch_options(playwright) -> dict:
    """Playwright's own Chromium when installed, else CHROMIUM_PATH or the system's chromium."""
    path = os.environ.get("CHROMIUM_PATH")
    if not path and not Path(playwright.chromium.executable_path).exists():
        path = shutil.which("chromium")
    return {"executable_path": path, "args": CHROMIUM_ARGS} if path else {}
