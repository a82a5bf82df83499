"""site_config.yml: the one file a user edits to configure the site; unknown keys are errors."""
from __future__ import annotations

import math
import os
import re
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path

from builder import addresses
from builder.load import not_regular, outside, read_text
from builder.yaml_values import parse_yaml
from builder.problems import DossierError, Located, Problem, Problems, did_you_mean
from builder.schema import shows_nothing
from builder.units import MEASURES

CONFIG_FILE = "site_config.yml"
CACHE_DIR = ".dossier-cache"  # the build cache (builder/cache.py), in the project folder


def _option(default, doc: str):
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Config:
    """The site's settings, read from site_config.yml; every option documented."""

    title: str = _option("Dossier", "Site title, shown in the header and the browser tab.")
    description: str = _option("", "One sentence on what the dossier covers, shown on the home page.")
    language: str = _option("en", "Language code of the site (HTML lang attribute, search stemming): en, pt-BR, "
                                  "zh-Hant-TW, es-419; the theme's words are in it, else in its base language (de "
                                  "for de-CH), else in English.")
    site_url: str = _option("", "Public URL of the published site (canonical links); empty when unknown.")
    repo_url: str = _option("", "URL of the repository, linked from the header; empty for none.")
    publisher: str = _option("", "Who publishes the dossier: the author of its fact checks (ClaimReview).")
    copyright: str = _option("", "Footer text.")
    license: str = _option("", "Address of the license the dossier's data is published under (its Dataset's license), "
                               "e.g. https://creativecommons.org/licenses/by/4.0/; empty for none.")
    content_dir: str = _option("content", "Folder holding sources/, speakers/, summits/, facts/ and pages/.")
    templates_dir: str = _option("templates", "Folder of Jinja2 templates, one per page kind.")
    output_dir: str = _option("site", "Folder the built site is written to.")
    approximate_tolerance: float = _option(0.1, "How far 'about N' reaches either side of N, and 'nearly N' "
                                                "below it, as a fraction of N (0.1 = ±10%).")
    minor_tolerance: dict = field(default_factory=dict, metadata={"doc": (
        "Per quantity, how far apart figures may be and still be a minor discrepancy, e.g. "
        "`{duration: {absolute: 1, relative: 0.02}}`; merged over the defaults.")})
    shared_wording_words: int = _option(15, "Shortest run of words two articles must share to count as copied "
                                              "wording (wire copy, rewrites).")
    quote_min_words: int = _option(4, "Fewest words a quote (or each piece of one) may have without an explicit "
                                      "`occurrence`, so that it pins one passage.")
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
    """Read ``root/site_config.yml``; raise DossierError naming every bad option."""
    root = root.resolve()
    path = root / CONFIG_FILE
    problems = Problems()
    if not path.is_file():
        kind = not_regular(path.stat().st_mode) if os.path.exists(path) else None  # a folder, a named pipe
        message = (f"{CONFIG_FILE} is {kind}, not a file; remove it and write the file" if kind else
                   f"the project folder {root} does not exist; pass the folder that holds {CONFIG_FILE} with "
                   "--project" if not os.path.exists(root) else
                   f"{root} is a file, not the project folder; pass the folder that holds {CONFIG_FILE} with "
                   f"--project ({root.parent}?)" if not os.path.isdir(root) else
                   f"no {CONFIG_FILE} in {root}; run dossier in the project folder or pass it with --project "
                   "(`dossier init` starts a new one)")
        raise DossierError([Problem(Located(path), message)])
    target = outside(path, root)
    if target:  # a link out of the project: its lines would be quoted in the messages
        raise DossierError([Problem(Located(path, 1), f"{CONFIG_FILE} is a link to {target}, outside the project; "
                                                      "the builder reads only the project: copy the file into it")])
    text = read_text(path, problems)
    data, lines = parse_yaml(text, Located(path), problems) if text is not None else (None, {})
    if data is not None and not isinstance(data, dict):
        problems.error(Located(path, *lines[()]), "expected `option: value` lines, e.g. `title: My dossier`")
        data = None
    values, where = {}, {}
    known = {f.name: f for f in options()}
    for key, value in (data or {}).items():
        where[key] = Located(path).at(*lines.get((key,), (1, 0)))
        message = _check_option(root, key, value, known)
        if message:
            problems.error(where[key], message)
        else:
            values[key] = _url(key, _kind(known[key])(value))
    if not problems.errors:
        config = Config(root=root, **values)
        if config.templates_dir != Config.templates_dir and not config.templates.is_dir():  # misspelt: its templates unused
            problems.error(where["templates_dir"], f"the templates folder '{config.templates_dir}' does not exist; "
                                                   "fix templates_dir, or remove it to use the builder's templates")
        for key, message in _check_folders(config):
            problems.error(where.get(key, Located(path, 1)), message)
    if problems.errors:
        raise DossierError(problems.errors)
    return config


def with_site_url(config: Config, url: str) -> Config:
    """``config`` with another ``site_url`` (e.g. ``dossier build --site-url``); raise DossierError when it is bad."""
    check_options(config.root, site_url=url)
    return replace(config, site_url=_url("site_url", url))


def check_options(root: Path, **values) -> None:
    """Raise DossierError when an option given on the command line (``dossier init --language``) is bad, at the
    option rather than at a file not written yet."""
    known = {f.name: f for f in options()}
    problems = [Problem(Located(Path(f"--{key.replace('_', '-')}")), message) for key, value in values.items()
                if (message := _check_option(root, key, value, known))]
    if problems:
        raise DossierError(problems)


def _url(key: str, value):
    """An address in ASCII (addresses.ascii_address); a site address ends in '/', so that page paths can be appended
    to it (Pages gives it without)."""
    if not (_is_url(key) and value):
        return value
    value = addresses.ascii_address(value)
    return value.rstrip("/") + "/" if key == "site_url" else value


_TYPE_NAMES = {str: "text", float: "a number", dict: "a mapping"}
QUANTITIES = ("duration", "count", "date", "percent", "time") + MEASURES
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|\d{3}))?$")  # a language, its script, its region:
# "en", "pt-BR", "sr-Latn", "zh-Hant-TW", "es-419"


def _check_option(root: Path, key: str, value, known: dict) -> str | None:
    """What is wrong with one option's value, or None."""
    option = known.get(key)
    if option is None:
        return f"unknown option '{key}'" + (did_you_mean(key, known) or f"; remove it (options: {', '.join(known)})")
    kind = _kind(option)
    expected = float if kind is int else kind
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not (isinstance(value, expected) and not isinstance(value, bool) or expected is float and number):
        hint = {str: "put it in quotes", int: f"write a whole number such as {option.default}",
                float: f"write a number such as {option.default}",
                dict: "write `duration: {absolute: 1, relative: 0.02}` lines indented under it"}[kind]
        return f"option '{key}' must be {_TYPE_NAMES[expected]}, not {_kind_of(value)}; {hint}"
    if key in _TEXTS and (value or key == "title") and shows_nothing(value):
        return f"option '{key}' holds only spaces or invisible characters; write it" + (
            "" if key == "title" else ", or leave it out")
    if key in _TEXTS and len(value) > _TEXTS[key]:
        return f"option '{key}' is {len(value):,} characters long, over the limit of {_TEXTS[key]:,}; shorten it"
    if key.endswith("_dir") and not _inside(root, value):
        return f"option '{key}' points outside the project ('{value}'); use a folder inside it"
    if key == "minor_tolerance":
        return _check_tolerances(key, value)
    if key == "shared_wording_words" and not (float(value).is_integer() and 4 <= value <= 200):
        return f"option '{key}' is {value}; use a whole number of words from 4 to 200, e.g. 15"
    if key == "quote_min_words" and not (float(value).is_integer() and 1 <= value <= 50):
        return f"option '{key}' is {value}; use a whole number of words from 1 to 50, e.g. 4"
    if key == "approximate_tolerance" and not 0 <= value < 1:
        return f"option '{key}' is {value}; use a fraction from 0 up to (not including) 1, e.g. 0.1 for ±10%"
    if _is_url(key) and value and not value.startswith(addresses.WEB):
        example = " (the license's page, e.g. https://creativecommons.org/licenses/by/4.0/)" if key == "license" else ""
        return f"option '{key}' is '{value}'; use an address starting with https:// or http://{example}, or leave it empty"
    if _is_url(key) and value and addresses.NOT_IN_URLS.search(value):
        return f"option '{key}' is '{value}'; {addresses.UNSAFE_CHARACTERS}"
    if key == "site_url" and value and ("?" in value or "#" in value):
        return (f"option '{key}' is '{value}'; the site's address is the folder its pages are in, with no query (?) "
                "or fragment (#), e.g. https://example.org/dossier/")
    if _is_url(key) and value and (problem := addresses.host_problem(value, ", e.g. https://example.org/dossier/")):
        return f"option '{key}' is '{value}'; {problem}"
    if key == "language" and not _LANGUAGE.match(value):
        return f"option '{key}' is '{value}'; use a language code such as en, ru or pt-BR"
    return None


_TEXTS = {"title": 300, "description": 2000, "publisher": 300, "copyright": 1000}  # text shown: its longest


def _is_url(key: str) -> bool:
    """Whether the option's value is an address."""
    return key.endswith("_url") or key == "license"


def _kind(option) -> type:
    """The type of an option's values."""
    return dict if option.default is MISSING else type(option.default)


def _check_tolerances(key: str, value: dict) -> str | None:
    """What is wrong with a minor_tolerance mapping, or None."""
    for quantity, limits in value.items():
        if quantity not in QUANTITIES:
            return f"option '{key}' names '{quantity}', which is not a quantity; use {', '.join(QUANTITIES)}"
        if not isinstance(limits, dict) or not limits or set(limits) - {"relative", "absolute"}:
            return (f"option '{key}': '{quantity}' must be a mapping with `relative` and/or `absolute`, "
                    f"e.g. `{quantity}: {{absolute: 1, relative: 0.02}}`")
        for name, n in limits.items():
            if isinstance(n, bool) or not isinstance(n, (int, float)) or not 0 <= n < math.inf or (
                    name == "relative" and n >= 1):  # NaN, infinity: no limit at all
                limit = "a fraction from 0 up to 1" if name == "relative" else "a number of 0 or more"
                return f"option '{key}': {quantity} {name} is {n!r}; use {limit}"
    return None


def _check_folders(config: Config):
    """(option, message) for a missing content folder, templates that overlap the content, or an output folder that
    would overwrite input."""
    if not config.content.is_dir():
        yield "content_dir", (f"the content folder '{config.content_dir}' does not exist; create it or set "
                              "content_dir to the folder holding sources/, speakers/, summits/ and facts/")
    for key in ("content_dir", "templates_dir"):  # the default ones too: a link out of the project
        folder = config.root / getattr(config, key)
        if os.path.lexists(folder) and not _inside(config.root, getattr(config, key)):
            yield key, (f"the folder '{getattr(config, key)}' is a link to {folder.resolve()}, outside the project; "
                        "the builder reads only the project: copy the folder into it")
    out = config.output.resolve()
    for key, folder in (("content_dir", config.content), ("templates_dir", config.templates)):
        folder = folder.resolve()
        if out == folder or out in folder.parents or folder in out.parents:
            yield "output_dir", (f"option 'output_dir' ('{config.output_dir}') overlaps {key} "
                                 f"('{getattr(config, key)}'); every build replaces it, so use a folder of its own")
    content, templates = config.content.resolve(), config.templates.resolve()
    if content == templates or content in templates.parents or templates in content.parents:
        yield "templates_dir", (f"option 'templates_dir' ('{config.templates_dir}') overlaps content_dir "
                                f"('{config.content_dir}'): the content would be read as templates, and run; use a "
                                "folder of its own")
    cache = (config.root / CACHE_DIR).resolve()
    if out == cache or cache in out.parents:
        yield "output_dir", (f"option 'output_dir' ('{config.output_dir}') is in the build cache ({CACHE_DIR}); every "
                             "build replaces it, so use a folder of its own")


def _kind_of(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return {str: "text", list: "a list", dict: "a mapping", type(None): "empty"}.get(type(value), "another kind")


def _inside(root: Path, relative: str) -> bool:
    target = (root / relative).resolve()
    return target != root and root in target.parents
