"""The hosted site's search index: Pagefind over the built pages, written to pagefind/."""
from __future__ import annotations

import subprocess
from pathlib import Path

from pagefind.service import get_executable

from builder import write

FOLDER = "pagefind"


def index(site: Path) -> None:
    """(Re)index the built site at ``site`` into ``site/pagefind``, replacing any previous index whole.

    Only Material's article (the page content: no header, navigation or footer) of pages that carry
    ``data-pagefind-body`` is indexed (see templates/theme/main.html). Pagefind leaves stale files in a
    folder it writes again, so it writes beside the index, which is then swapped in.
    """
    binary = get_executable()
    if binary is None:
        raise RuntimeError("Pagefind is not installed: pip install 'pagefind[bin]'")
    partial = site / f".{FOLDER}.partial"
    write.remove(partial)
    subprocess.run([str(binary), "--site", str(site), "--output-path", str(partial), "--keep-index-url", "--quiet"],
                   check=True, stdout=subprocess.DEVNULL)
    write.swap(partial, site / FOLDER)
