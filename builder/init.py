"""dossier init: a new, empty dossier that checks and builds as it is: its site_config.yml, its content folders with
the schemas editors' schema lines point to, and a .gitignore for what builds write."""
from __future__ import annotations

import json
from pathlib import Path

from builder import write
from builder.config import CONFIG_FILE, check_options, load_config
from builder.problems import DossierError, Located, Problem

FOLDERS = ("sources", "speakers", "summits", "facts", "pages")
IGNORED = ("site/", ".dossier-cache/")
_CONFIG = """# The one configuration file of this dossier. Every option is documented in the README of dossier.
title: {title}
description: {description}
language: {language}
# publisher: who publishes the dossier (the creator of its Dataset, the author of its fact checks)
# publisher: "The dossier editors"
# copyright: "Fact cards by the dossier editors; quotations belong to the cited outlets."
# site_url: the address the site is published at, e.g. site_url: "https://example.org/dossier/"
"""


def init(folder: Path, title: str | None = None, language: str = "en") -> list[str]:
    """Write a new dossier into ``folder`` (made if missing); refuse one that has a site_config.yml. The files
    written, relative to ``folder``."""
    config_file = folder / CONFIG_FILE
    if config_file.exists():
        raise DossierError([Problem(Located(config_file), "a dossier is here already; run `dossier new` in it to add "
                                                          "content, or choose another folder")])
    check_options(folder, language=language, **({"title": title} if title else {}))
    named = folder.resolve().name.replace("-", " ").replace("_", " ").strip().title() or "This dossier"
    title = title or f"{named}: a source-by-source dossier"
    description = f"{title.split(':')[0]}: what the news reports, every fact cited word for word, and every point on " \
                  "which the sources disagree."  # the subject as written: "about Tessaly Reef collision" wanted a "the"
    text = _CONFIG.format(title=json.dumps(title, ensure_ascii=False),
                          description=json.dumps(description, ensure_ascii=False),
                          language=json.dumps(language, ensure_ascii=False))  # quoted: YAML reads no (Norwegian)
    # as false
    made = [f for f in (folder, folder / "content", *(folder / "content" / name for name in FOLDERS)) if not f.exists()]
    for made_folder in made:
        made_folder.mkdir(parents=True)  # "dossier init briefs/tessaly" where briefs is missing too
    write.copy_schemas(folder / "content" / "schemas")
    written = [CONFIG_FILE, "content/"]
    ignore = folder / ".gitignore"
    if not ignore.exists():
        write.create_new(ignore, "".join(f"{line}\n" for line in IGNORED))
        written.append(".gitignore")
    write.create_new(config_file, text)  # last: an init stopped before it leaves no dossier, and runs again
    try:
        load_config(folder)  # a --title or --language the configuration refuses: nothing is left written
    except DossierError:
        config_file.unlink()
        if ".gitignore" in written:
            ignore.unlink()
        if made:  # the first folder made holds the others
            write.remove(made[0])
        raise
    return written
