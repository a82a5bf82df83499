"""The one adapter to MkDocs: a standard mkdocs.yml + docs tree in, a built site out.

Everything MkDocs-specific lives here, so the same generated project can be built by another tool that
reads mkdocs.yml (such as Zensical) by swapping this module.
"""
from __future__ import annotations

import html
import logging
from pathlib import Path

import yaml

from builder.config import Config

EXTRA_CSS = "assets/dossier.css"
IFRAME_WORKER = "assets/vendor/iframe-worker-shim.js"  # lets Material's search run from file:// URLs


def mkdocs_yml(config: Config, nav: list[dict], theme_dir: Path, offline: bool = False) -> str:
    """The text of mkdocs.yml for the generated docs tree; ``theme_dir`` holds Material overrides.

    ``offline`` adds Material's offline plugin, so search works when the site is opened from the file system.
    """
    settings = {
        "site_name": html.escape(config.title),  # MkDocs and Material print these unescaped
        "site_description": html.escape(config.description),
        "docs_dir": "docs",
        "site_dir": "site",
        "use_directory_urls": False,
        "strict": False,
        "theme": {
            "name": "material",
            "custom_dir": str(theme_dir),
            "language": config.language,
            "font": False,
            "features": ["navigation.tabs", "navigation.top", "navigation.footer", "search.suggest",
                         "search.highlight", "content.tooltips"],
            "palette": [
                {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "indigo",
                 "accent": "deep orange", "toggle": {"icon": "material/weather-night", "name": "Switch to dark mode"}},
                {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "indigo",
                 "accent": "deep orange", "toggle": {"icon": "material/weather-sunny", "name": "Switch to light mode"}},
            ],
        },
        "plugins": ["search", "offline"] if offline else ["search"],
        "markdown_extensions": ["admonition", "attr_list", {"toc": {"permalink": False}}],
        "extra_css": [EXTRA_CSS],
        "nav": nav,
    }
    if offline:
        settings["extra"] = {"polyfills": [IFRAME_WORKER]}
    for key in ("site_url", "repo_url"):
        if getattr(config, key):
            settings[key] = getattr(config, key)
    if config.copyright:
        settings["copyright"] = html.escape(config.copyright)
    return yaml.safe_dump(settings, allow_unicode=True, sort_keys=False)


def build(project: Path, site_dir: Path) -> None:
    """Build the MkDocs project at ``project`` into ``site_dir`` with MkDocs' Python API."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    cfg = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir))
    mkdocs_build(cfg)
