"""site_config.yml: the one file a user edits to configure the site; unknown keys are errors."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

from builder.load import parse_yaml, read_text
from builder.problems import DossierError, Located, Problem, Problems, did_you_mean

CONFIG_FILE = "site_config.yml"


def _option(default, doc: str):
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Config:
    """The site's settings, read from site_config.yml; every option documented."""

    title: str = _option("Dossier", "Site title, shown in the header and the browser tab.")
    description: str = _option("", "One sentence on what the dossier covers, shown on the home page.")
    language: str = _option("en", "Language code of the site (HTML lang attribute, search stemming).")
    site_url: str = _option("", "Public URL of the published site (canonical links); empty when unknown.")
    repo_url: str = _option("", "URL of the repository, linked from the header; empty for none.")
    copyright: str = _option("", "Footer text.")
    content_dir: str = _option("content", "Folder holding sources/, speakers/, summits/, facts/ and pages/.")
    templates_dir: str = _option("templates", "Folder of Jinja2 templates, one per page kind.")
    output_dir: str = _option("site", "Folder the built site is written to.")
    approximate_tolerance: float = _option(0.1, "Relative tolerance of 'about N' values (0.1 = ±10%).")
    root: Path = field(default=Path("."), metadata={"internal": True})

    @property
    def content(self) -> Path:
        return self.root / self.content_dir

    @property
    def templates(self) -> Path:
        return self.root / self.templates_dir

    @property
    def output(self) -> Path:
        return self.root / self.output_dir


def options() -> list:
    """The user-facing options, in order."""
    return [f for f in fields(Config) if not f.metadata.get("internal")]


def load_config(root: Path) -> Config:
    """Read ``root/site_config.yml``; raise DossierError naming every bad key."""
    root = root.resolve()
    path = root / CONFIG_FILE
    problems = Problems()
    if not path.is_file():
        raise DossierError([Problem(Located(path), f"no {CONFIG_FILE} here; run dossier in the project folder or pass --project")])
    text = read_text(path, problems)
    data, lines = parse_yaml(text, Located(path), problems) if text is not None else (None, {})
    values = {}
    known = {f.name: f for f in options()}
    for key, value in (data or {}).items() if isinstance(data, dict) else ():
        where = Located(path).at(*lines.get((key,), (1, 0)))
        option = known.get(key)
        if option is None:
            problems.error(where, f"unknown option '{key}'{did_you_mean(key, known)}")
            continue
        expected = type(option.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or isinstance(value, bool):
            problems.error(where, f"option '{key}' must be a {_TYPE_NAMES[expected]}")
            continue
        if key.endswith("_dir") and not _inside(root, value):
            problems.error(where, f"option '{key}' points outside the project ('{value}'); use a folder inside it")
            continue
        values[key] = value
    if data is not None and not isinstance(data, dict):
        problems.error(Located(path).at(1), "expected a mapping of options to values")
    if problems.errors:
        raise DossierError(problems.errors)
    if values.get("site_url") and not values["site_url"].endswith("/"):
        values["site_url"] += "/"
    return Config(root=root, **values)


_TYPE_NAMES = {str: "text", float: "number"}


def _inside(root: Path, relative: str) -> bool:
    target = (root / relative).resolve()
    return target != root and root in target.parents
