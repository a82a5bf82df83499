"""The same dossier as a Hugo site and as a plain MkDocs + Material site, for run.py to build and time.

Both read the generated project's files (not generate.py's memory) and write one page per fact, source,
speaker and summit plus the section index pages and a home page, with the same links between them.
Backlinks (which facts cite a source, name a speaker, belong to a summit) are computed here, once, the way
a Hugo or MkDocs user would precompute them; that work is not timed, so both comparisons favour the rival.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
AFFIRMING = ("states", "attributes")


@dataclass
class Data:
    """The project's records as plain dicts, with the backlinks every page kind shows."""

    title: str
    sources: dict[str, dict] = field(default_factory=dict)
    speakers: dict[str, dict] = field(default_factory=dict)
    summits: dict[str, dict] = field(default_factory=dict)
    facts: dict[str, dict] = field(default_factory=dict)
    facts_by_summit: dict[str, list[str]] = field(default_factory=dict)
    facts_by_source: dict[str, list[str]] = field(default_factory=dict)
    statements_by_speaker: dict[str, list[str]] = field(default_factory=dict)
    mentions_of_speaker: dict[str, list[str]] = field(default_factory=dict)


def read(project: Path) -> Data:
    """Read site_config.yml and content/ of a dossier project."""
    config = yaml.load((project / "site_config.yml").read_text("utf-8"), Loader=_Loader) or {}
    data = Data(str(config.get("title", "Dossier")))
    content = project / "content"
    for path in sorted((content / "sources").glob("*.md")):
        _, front, body = path.read_text("utf-8").split("---\n", 2)
        data.sources[path.stem] = {**yaml.load(front, Loader=_Loader), "body": body}
    for kind in ("speakers", "summits", "facts"):
        target = getattr(data, kind)
        for path in sorted((content / kind).glob("*.yml")):
            target[path.stem] = yaml.load(path.read_text("utf-8"), Loader=_Loader)
    for fid, fact in data.facts.items():
        data.facts_by_summit.setdefault(fact["summit"], []).append(fid)
        for sid in dict.fromkeys(a["source"] for a in fact["accounts"]):
            data.facts_by_source.setdefault(sid, []).append(fid)
        if fact.get("speaker"):
            data.statements_by_speaker.setdefault(fact["speaker"], []).append(fid)
        named = set(fact.get("about", ()))
        for account in fact["accounts"]:
            who = account.get("speaker", ())
            named.update([who] if isinstance(who, str) else who)
        for who in sorted(named - {fact.get("speaker")}):
            data.mentions_of_speaker.setdefault(who, []).append(fid)
    return data


def disputed(fact: dict) -> bool:
    stances = {a["stance"] in AFFIRMING for a in fact["accounts"]}
    return len(stances) == 2


def _value_text(value: dict | None) -> str:
    if not value:
        return ""
    words = {"exact": "", "approx": "about ", "min": "at least ", "max": "at most ", "more_than": "more than ",
             "less_than": "less than "}
    return " and ".join(f"{words[k]}{v:g}" for k, v in value.items())


def _reset(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# --- Hugo --------------------------------------------------------------------------------------------------

HUGO_CONFIG = """baseURL = "http://localhost/"
title = {title}
disableKinds = ["taxonomy", "term", "rss"]
[outputs]
home = ["html", "json"]
[markup.goldmark.renderer]
unsafe = false
"""

HUGO_LAYOUTS = {
    "baseof.html": """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav>{{ range slice "summits" "speakers" "sources" "facts" }}{{ with site.GetPage (printf "/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}{{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "home.html": """{{ define "main" }}<h1>{{ site.Title }}</h1>{{ .Content }}
<p>{{ len (where site.RegularPages "Section" "facts") }} facts, {{ len (where site.RegularPages "Section" "sources") }} sources.</p>
<ul>{{ range (site.GetPage "/summits").Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "home.json": """{{- $pages := slice -}}
{{- range site.RegularPages -}}{{- $pages = $pages | append (dict "title" .Title "url" .RelPermalink "text" .Plain) -}}{{- end -}}
{{- jsonify $pages -}}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
""",
    "single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
""",
    "_partials/factlist.html": """<ul>{{ range . }}{{ with site.GetPage (printf "/facts/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if .Params.disputed }} (disputed){{ end }}</li>{{ end }}{{ end }}</ul>
""",
    "facts/single.html": """{{ define "main" }}
{{ $summit := site.GetPage (printf "/summits/%s" .Params.summit) }}
<p><a href="{{ $summit.RelPermalink }}">{{ $summit.Title }}</a>{{ with .Params.date }} · {{ . }}{{ end }}</p>
<h1>{{ .Title }}</h1>
{{ with .Params.speaker }}{{ with site.GetPage (printf "/speakers/%s" .) }}<p>Said by <a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}{{ end }}
{{ with .Params.about }}<p>About: {{ range . }}{{ with site.GetPage (printf "/speakers/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}{{ end }}</p>{{ end }}
<h2>{{ if .Params.disputed }}Disputed{{ else }}The sources agree{{ end }}</h2>
<h2>What each source says</h2>
{{ range .Params.accounts }}{{ $src := site.GetPage (printf "/sources/%s" .source) }}
<figure><figcaption><a href="{{ $src.RelPermalink }}">{{ $src.Params.outlet }}</a> {{ .stance }}{{ with .speaker }} ({{ . }}){{ end }}{{ with .value }} {{ . }}{{ end }}</figcaption>
<blockquote><p>{{ .quote }}</p></blockquote></figure>
{{ end }}{{ end }}
""",
    "sources/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<dl><dt>Outlet</dt><dd>{{ .Params.outlet }}</dd><dt>Author</dt><dd>{{ .Params.author }}</dd><dt>Published</dt><dd>{{ .Params.published }}</dd></dl>
<h2>Cited in</h2>{{ partial "factlist.html" .Params.cited_by }}
<h2>The article</h2><article>{{ .Content }}</article>{{ end }}
""",
    "speakers/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.country }}</p>
<h2>Statements</h2>{{ partial "factlist.html" .Params.statements }}
<h2>Mentioned in</h2>{{ partial "factlist.html" .Params.mentions }}{{ end }}
""",
    "summits/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.city }}, {{ .Params.country }} · {{ .Params.start }}</p>
{{ range .Params.meetings }}<h3>{{ .title }}</h3><p>{{ range .participants }}{{ with site.GetPage (printf "/speakers/%s" .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}{{ end }}</p>{{ end }}
<h2>Facts</h2>{{ partial "factlist.html" .Params.facts }}{{ end }}
""",
}


def write_hugo(data: Data, folder: Path) -> int:
    """A Hugo project in ``folder`` (replaced); returns the number of content pages."""
    _reset(folder)
    _write(folder / "hugo.toml", HUGO_CONFIG.format(title=json.dumps(data.title)))
    for name, text in HUGO_LAYOUTS.items():
        _write(folder / "layouts" / name, text)
    content = folder / "content"
    pages = 0

    def page(path: str, front: dict, body: str = "") -> None:
        nonlocal pages
        _write(content / path, "---\n" + yaml.dump(front, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
               + "---\n" + body)
        pages += 1

    page("_index.md", {"title": data.title})
    for section, title in (("facts", "All facts"), ("sources", "Sources"), ("speakers", "Speakers"),
                           ("summits", "Summits and events")):
        page(f"{section}/_index.md", {"title": title})
    for fid, fact in data.facts.items():
        accounts = [{"source": a["source"], "quote": a["quote"], "stance": a["stance"],
                     "speaker": a.get("speaker", ""), "value": _value_text(a.get("value"))} for a in fact["accounts"]]
        page(f"facts/{fid}.md", {"title": fact["statement"], "summit": fact["summit"], "date": str(fact.get("date", "")),
                                 "speaker": fact.get("speaker", ""), "about": fact.get("about", []),
                                 "disputed": disputed(fact), "accounts": accounts})
    for sid, source in data.sources.items():
        front = {k: str(v) for k, v in source.items() if k not in ("body", "notes", "url") and v is not None}
        page(f"sources/{sid}.md", {**front, "cited_by": data.facts_by_source.get(sid, [])}, source["body"])
    for pid, speaker in data.speakers.items():
        page(f"speakers/{pid}.md", {"title": speaker["name"], "country": speaker.get("country", ""),
                                    "statements": data.statements_by_speaker.get(pid, []),
                                    "mentions": data.mentions_of_speaker.get(pid, [])})
    for sid, summit in data.summits.items():
        meetings = [{"title": m["title"], "participants": m.get("participants", [])} for m in summit.get("meetings", ())]
        page(f"summits/{sid}.md", {"title": summit["name"], "city": summit.get("city", ""),
                                   "country": summit.get("country", ""), "start": str(summit.get("start", "")),
                                   "meetings": meetings, "facts": data.facts_by_summit.get(sid, [])})
    return pages


# --- plain MkDocs + Material ----------------------------------------------------------------------------------


def write_mkdocs(data: Data, folder: Path) -> int:
    """A hand-written-style MkDocs project in ``folder`` (replaced), every page in the nav; returns the page count."""
    _reset(folder)
    docs = folder / "docs"
    titles = {**{f"facts/{i}.md": f["statement"] for i, f in data.facts.items()},
              **{f"sources/{i}.md": s["title"] for i, s in data.sources.items()},
              **{f"speakers/{i}.md": s["name"] for i, s in data.speakers.items()},
              **{f"summits/{i}.md": s["name"] for i, s in data.summits.items()}}

    def link(path: str, here: str) -> str:
        return f"[{_md(titles[path])}]({'../' * here.count('/')}{path})"

    def facts_list(ids: list[str], here: str) -> str:
        return "".join(f"- {link(f'facts/{i}.md', here)}{' (disputed)' if disputed(data.facts[i]) else ''}\n"
                       for i in ids) or "None.\n"

    pages = {"index.md": f"# {_md(data.title)}\n\n{len(data.facts)} facts from {len(data.sources)} sources.\n\n"
             + "".join(f"- {link(f'summits/{i}.md', 'index.md')}\n" for i in data.summits)}
    for fid, fact in data.facts.items():
        here = f"facts/{fid}.md"
        text = [f"# {_md(fact['statement'])}\n\n", f"{link('summits/' + fact['summit'] + '.md', here)}\n\n"]
        if fact.get("speaker"):
            text.append(f"Said by {link('speakers/' + fact['speaker'] + '.md', here)}\n\n")
        text.append("**Disputed.**\n\n" if disputed(fact) else "**The sources agree.**\n\n")
        text.append("## What each source says\n\n")
        for a in fact["accounts"]:
            value = _value_text(a.get("value"))
            text.append(f"> {_md(a['quote'])}\n\n{link('sources/' + a['source'] + '.md', here)}, {a['stance']}"
                        + (f", {value}" if value else "") + "\n\n")
        pages[here] = "".join(text)
    for sid, source in data.sources.items():
        here = f"sources/{sid}.md"
        pages[here] = (f"# {_md(source['title'])}\n\nOutlet: {_md(source['outlet'])} · Author: {_md(source['author'])}"
                       f" · Published: {source['published']}\n\n## Cited in\n\n"
                       f"{facts_list(data.facts_by_source.get(sid, []), here)}\n## The article\n\n{_md(source['body'])}")
    for pid, speaker in data.speakers.items():
        here = f"speakers/{pid}.md"
        pages[here] = (f"# {_md(speaker['name'])}\n\n## Statements\n\n{facts_list(data.statements_by_speaker.get(pid, []), here)}"
                       f"\n## Mentioned in\n\n{facts_list(data.mentions_of_speaker.get(pid, []), here)}")
    for sid, summit in data.summits.items():
        here = f"summits/{sid}.md"
        meetings = "".join(f"### {_md(m['title'])}\n\n" for m in summit.get("meetings", ()))
        pages[here] = (f"# {_md(summit['name'])}\n\n{summit.get('city', '')}, {summit.get('country', '')}\n\n"
                       f"## Meetings\n\n{meetings}## Facts\n\n{facts_list(data.facts_by_summit.get(sid, []), here)}")
    sections = (("Summits", "summits", "Summits and events"), ("Speakers", "speakers", "Speakers"),
                ("Sources", "sources", "Sources"), ("Facts", "facts", "All facts"))
    nav: list = [{"Home": "index.md"}]
    for label, section, title in sections:
        members = sorted((p for p in titles if p.startswith(section + "/")), key=lambda p: titles[p].casefold())
        pages[f"{section}/index.md"] = f"# {title}\n\n" + "".join(f"- {link(p, section + '/index.md')}\n" for p in members)
        nav.append({label: [{"Overview": f"{section}/index.md"}] + [{titles[p]: p} for p in members]})
    for path, text in pages.items():
        _write(docs / path, text)
    config = {"site_name": data.title, "theme": {"name": "material"}, "plugins": ["search"], "nav": nav}
    _write(folder / "mkdocs.yml", yaml.dump(config, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000))
    return len(pages)


def _md(text: str) -> str:
    """Plain text made safe for Markdown: characters that would start markup are escaped."""
    out = str(text)
    for char in "\\`*_[]<>#|":
        out = out.replace(char, "\\" + char)
    return out
