"""The template functions written in Python (builder/template_functions.py) say what the macros they replace said."""
from pathlib import Path
from types import SimpleNamespace

from builder import depends, render
from builder.model import Speaker
from builder.problems import Located

HERE = Located(Path("content/speakers/x.yml"))


def _render(text: str, speakers: dict, sources: dict | None = None, **values) -> str:
    env = render.environment(render.DEFAULT_TEMPLATES)
    shared = {"speakers": speakers, "sources": sources or {}, "summits": {}, "links": None}
    lookups = depends.Lookups()
    env.globals.update(render.link_globals(shared, lookups))
    return env.from_string(text).render(**lookups.wrap(shared), page_path="facts/f.md", page_folder="facts",
                                        **values)


def _speakers(*names: tuple[str, str]) -> dict:
    return {f"s{n}": Speaker(f"s{n}", name, kind, HERE) for n, (name, kind) in enumerate(names)}


def test_a_list_of_speakers_reads_as_a_sentence_and_closes_an_apposition():
    people = _speakers(("Anna Smith", "person"), ("The White House", "institution"),
                       ("Dave, a caller from Ashby", "person"), ("Ministry of Transport", "institution"))
    said = "{{ speaker_list(ids, linked=false, ends=ends) }}"
    assert _render(said, people, ids=["s0"], ends=False) == "Anna Smith"
    assert _render(said, people, ids=["s0", "s1"], ends=False) == "Anna Smith and the White House"
    assert _render(said, people, ids=["s0", "s1", "s3"], ends=False) == \
        "Anna Smith, the White House and the Ministry of Transport"
    assert _render(said, people, ids=["s2"], ends=False) == "Dave, a caller from Ashby,"  # the sentence goes on
    assert _render(said, people, ids=["s2"], ends=True) == "Dave, a caller from Ashby"
    assert _render(said, people, ids=["s2", "s0"], ends=True) == "Dave, a caller from Ashby, and Anna Smith"
    assert _render(said, people, ids=["s0", "s2", "s1"], ends=True) == \
        "Anna Smith; Dave, a caller from Ashby; and the White House"  # three names, one with an apposition
    linked = _render("{{ speaker_list(ids) }}", people, ids=["s0", "s1"])
    assert linked == ('<a class="dz-speaker" href="../speakers/s0.html">Anna Smith</a> and '
                      '<a class="dz-speaker" href="../speakers/s1.html">the White House</a>')
    assert "&lt;" in _render(said, _speakers(("A <b>", "person")), ids=["s0"], ends=True)  # escaped


def test_an_outlets_own_statement_is_told_by_the_speakers_name_or_spelling():
    body = Speaker("b", "Upland Keepers' Association", "group", HERE, spellings=("UKA",))
    speakers = {"b": body, "p": Speaker("p", "Anna Smith", "person", HERE)}
    sources = {"own": SimpleNamespace(outlet="Upland Keepers' Association"), "short": SimpleNamespace(outlet="UKA"),
               "paper": SimpleNamespace(outlet="The Albion Herald")}
    ask = "{{ 'own' if own_statement(a) }}/{{ 'body' if as_body(a) }}"

    def account(source: str, *who: str) -> SimpleNamespace:  # what the functions read of an account
        return SimpleNamespace(source=source, speakers=who)
    assert _render(ask, speakers, sources, a=account("own", "b")) == "own/body"
    assert _render(ask, speakers, sources, a=account("short", "b")) == "own/"  # by a spelling: not its very name
    assert _render(ask, speakers, sources, a=account("paper", "b")) == "/"
    assert _render(ask, speakers, sources, a=account("own", "b", "p")) == "/"  # two speakers: a report of them
