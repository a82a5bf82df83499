"""Write a synthetic dossier project of any size, the same bytes for the same --facts and --seed.

    python benchmarks/generate.py --facts 5000 --seed 1 --out /tmp/bench-5000

Proportions follow the reference dossier: summits ≈ facts/50, speakers ≈ facts/20, sources ≈ facts/10
(each about 800 words of article text). Every fact has 2–5 accounts from distinct sources of its summit,
and every quote is a passage of its source, sometimes written with straight quotes or ``--`` where the
source has typographic ones. Each source words a fact its own way (names in full or by surname, its own
circumstance and attribution), and the rest of an article is sentences drawn from a vocabulary with numbers,
places and people, so that articles share wording as real ones do: rarely by chance, and where one article
takes over a paragraph of another of its summit (one in 25, as wire copy). About one fact in seven is a typed
duration (a third of those with figures that disagree), one in ten is disputed (``disputes`` or
``contradicts``), one in four is a speaker's remark worded differently by different sources. The result passes
``dossier check`` without warnings.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

MARKER = ".dossier-benchmark"
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/{}.schema.json\n"

FIRST = ("Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Karin",
         "Lars", "Maya", "Nikolai", "Olga", "Pavel", "Quentin", "Rosa", "Sergey", "Tanya", "Umar", "Vera",
         "Walter", "Xenia", "Yusuf", "Zofia", "Aleksandr", "Beatriz", "Chen", "Dalia", "Emil", "Fatima",
         "Goran", "Hana", "Igor", "Julia", "Kofi", "Leila", "Marek", "Nadia")
LAST = ("Abramov", "Berg", "Castillo", "Dufour", "Eriksen", "Fischer", "Gallo", "Haddad", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Sato", "Tanaka",
        "Ulrich", "Varga", "Weber", "Xu", "Yilmaz", "Zhukov", "Adler", "Brandt", "Costa", "Demir", "Engel",
        "Ferreira", "Gruber", "Horvat", "Iqbal", "Jovanovic", "Keller", "Lopez", "Meyer", "Nilsson", "Orlov",
        "Pereira", "Richter", "Schmidt", "Torres", "Vogel", "Wagner", "Yamamoto", "Zeman", "Kuznetsov")
SPELLING_SWAPS = (("Sergey", "Sergei"), ("Aleksandr", "Alexander"), ("Dmitri", "Dmitry"), ("Tanya", "Tatiana"),
                  ("ov", "off"), ("ova", "owa"), ("sen", "ssen"), ("ch", "tch"))
COUNTRIES = ("Germany", "Russia", "United States", "France", "Japan", "Brazil", "India", "Turkey", "Poland",
             "Italy", "Canada", "Mexico", "Nigeria", "Sweden", "Spain", "Egypt", "Indonesia", "Argentina")
CITIES = ("Hamburg", "Osaka", "Helsinki", "Warsaw", "Vienna", "Geneva", "Lima", "Nairobi", "Seoul", "Oslo",
          "Lisbon", "Prague", "Ankara", "Jakarta", "Mumbai", "Cairo", "Montreal", "Valencia", "Kyoto", "Porto")
EVENT_KINDS = (("summit", "summit"), ("meeting", "ministerial meeting"), ("summit", "leaders' forum"),
               ("speech", "address"), ("event", "conference"))
ROLES = ("Foreign Minister", "Prime Minister", "President", "Trade Representative", "Press Secretary",
         "National Security Adviser", "Defence Minister", "Ambassador", "Finance Minister", "Spokesperson")
INSTITUTIONS = ("Ministry of Foreign Affairs", "Central Bank", "Security Council", "Press Office",
                "Energy Agency", "Trade Commission", "Election Commission", "Defence Ministry")
OUTLETS = ("Daily Courier", "Evening Ledger", "Wire Service", "Global Herald", "Morning Post", "News Agency",
           "Capital Review", "Harbour Times", "unknown")
TOPICS = ("trade", "energy-security", "cybersecurity", "climate", "syria", "ukraine", "north-korea",
          "election-interference", "sanctions", "migration", "arms-control", "terrorism", "atmosphere",
          "meeting-length", "agenda", "press-conference", "ceasefire", "tariffs", "health", "food-security")
SUBJECTS = ("the delegations", "both leaders", "the two ministers", "the host government", "the negotiators",
            "the visiting side", "senior officials", "the working group", "the summit partners", "the envoys")
ACTIONS = ("agreed to expand cooperation on", "promised further talks on", "discussed at length",
           "set up a commission on", "raised serious concerns about", "signed a declaration on",
           "postponed any decision on", "reaffirmed their commitment to", "exchanged proposals on",
           "called for new rules on")
OBJECTS = ("energy security", "cyber threats", "climate finance", "the southern ceasefire",
           "tariffs on steel", "grain exports", "nuclear arms control", "the refugee situation",
           "sanctions relief", "election security", "maritime borders", "vaccine supplies", "debt relief",
           "the humanitarian corridor", "satellite launches", "the gas pipeline")
TAILS = ("before the closing session", "during the working lunch", "on the first day", "late in the evening",
         "behind closed doors", "before the cameras", "after a long delay", "in a joint statement")
SYNONYMS = {"agreed": "decided", "further": "more", "serious": "grave", "joint": "common", "new": "fresh",
            "expand": "widen", "promised": "pledged", "concerns": "worries", "long": "lengthy"}
ADJECTIVES = ("productive", "frank", "constructive", "difficult", "cordial", "tense", "useful", "businesslike")
# A fact as each source tells it: who did what, the people named one of five ways (_names), with the source's
# own circumstance (TAILS) and lead-in or attribution, so that sources seldom share a run of 15 words (the
# shared-wording run) by chance
REMARKED = ("told reporters", "said", "told a news conference", "said on television", "added",
            "said in a statement", "told the press")
CONTINUED = ("and we will continue", "we will meet again", "that much is clear", "nothing more", "for now",
             "as I said before", "and that is progress")
ATTRIBUTED = ("officials confirmed", "aides said", "diplomats said", "sources said", "officials said")
LEADS = ("Officials confirmed that", "According to organisers,", "By one account,", "A spokeswoman said",
         "Aides said", "Diplomats said", "One official said", "Organisers said")

# The rest of an article: sentences drawn from a vocabulary, so that articles share no wording by chance
OPENERS = ("On Monday", "On Tuesday", "On Wednesday", "On Thursday", "On Friday", "Over the weekend", "Last month",
           "Earlier in the week", "Late on Friday", "In an interview", "At a press briefing", "In a statement",
           "Two days earlier", "Later that evening", "Before dawn", "In a radio interview", "Speaking privately",
           "A year ago", "By midday", "In the spring")
ACTORS = ("a spokesman for the {country} embassy", "the mayor of {city}", "economists in {city}",
          "a senior diplomat from {country}", "local business owners", "an aide to the prime minister",
          "union leaders", "opposition lawmakers", "a retired general", "the chamber of commerce",
          "several analysts", "a researcher at a {city} university", "residents of the old town",
          "farmers' groups", "the central bank of {country}", "a former minister", "human rights groups",
          "the port authority", "taxi drivers in {city}", "hotel owners", "a think tank in {city}",
          "the transport ministry of {country}", "local newspapers", "a group of engineers")
REPORTING = ("said", "warned", "noted", "argued", "suggested", "insisted", "predicted", "conceded", "complained",
             "acknowledged", "wrote", "claimed", "told this newspaper", "pointed out")
QUALIFIERS = ("regional", "national", "ambitious", "costly", "delayed", "modest", "controversial", "popular",
                   "fragile", "long-awaited", "private", "public", "northern", "southern", "eastern", "western",
                   "local", "planned", "rival", "ageing")
NOUNS = ("harbour expansion", "budget", "railway line", "currency", "wheat harvest", "steel industry",
         "fishing fleet", "shipping lane", "power grid", "border crossing", "bond market", "housing plan",
         "pension reform", "tax code", "airport", "coal mine", "water supply", "data centre", "ferry service",
         "copper price", "rice market", "film festival", "football stadium", "city council", "school system",
         "hospital network", "wind farm", "fertiliser supply", "motorway", "tram network", "bridge",
         "museum", "university", "textile sector", "tourism board", "car industry")
PREDICATES = ("would need {n} million more", "had fallen {n} weeks behind schedule", "would be delayed until {year}",
              "could cost {n} jobs", "had been shelved in {year}", "drew {n} complaints last week",
              "would be reviewed in {year}", "had split the coalition in {country}", "was backed by {n} per cent of voters",
              "was {n} per cent over budget", "had attracted {n} foreign investors", "depended on credit from {country}",
              "was now before a court in {city}", "had doubled in size since {year}", "was losing {n} thousand a month",
              "might be sold to a buyer from {country}", "was the subject of {n} inquiries", "had survived the winter of {year}",
              "would open to the public in {year}", "had been badly managed since {year}", "had grown by {n} per cent",
              "needed a new director by {year}", "had not recovered since {year}", "would be rebuilt by {year}")
CIRCUMSTANCES = ("despite the rain in {city}", "after {n} weeks of delay", "for the first time since {year}",
                 "in front of {n} people", "with {n} guests present", "at a hotel in {city}",
                 "with {n} police officers on duty", "to applause from {n} delegates", "by {n} votes",
                 "with {n} days' notice", "as expected in {city}", "to the surprise of {n} observers",
                 "under pressure from {country}", "after a {n}-minute debate")
PEOPLE = ("protesters", "journalists", "volunteers", "police officers", "students", "tourists", "delegates",
          "residents", "interpreters", "drivers", "cyclists", "pensioners", "shopkeepers", "fans")
GATHERED = ("gathered", "waited", "marched", "queued", "assembled", "lined up", "stood", "sang")
PLACES = ("near the station", "on the main square", "along the river", "at the city gates", "in the conference hall",
          "by the harbour", "in front of the town hall", "outside the cathedral", "behind the barriers",
          "at the airport", "in the park", "on the bridge")
COPIED = 0.04  # the share of articles that take over a paragraph of another article of their summit (wire copy)


@dataclass
class Speaker:
    id: str
    name: str
    kind: str
    country: str
    summit: str
    role: str
    spellings: list[str] = field(default_factory=list)


@dataclass
class Summit:
    id: str
    name: str
    kind: str
    city: str
    country: str
    start: date
    end: date
    meetings: list[dict] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)


@dataclass
class Source:
    id: str
    summit: str
    title: str
    outlet: str
    author: str
    published: date
    reports_on: date
    translated: bool
    url: str | None
    short_name: str  # one per article: several articles of one outlet must be told apart
    sentences: list[str] = field(default_factory=list)


def counts(facts: int) -> dict[str, int]:
    """How many summits, speakers and sources go with ``facts`` facts."""
    return {"summits": max(1, round(facts / 50)), "speakers": max(2, round(facts / 20)),
            "sources": max(2, round(facts / 10)), "facts": facts}


def generate(facts: int, seed: int, out: Path, summits: int | None = None, sources: int | None = None) -> dict[str, int]:
    """Write the project into ``out`` (replacing a project this script wrote there); return the counts. ``summits``
    and ``sources`` replace the usual proportions (one event with many sources: ``summits=1, sources=30``)."""
    rng = random.Random(seed)
    n = counts(facts) | {k: v for k, v in (("summits", summits), ("sources", sources)) if v}
    summits = _summits(rng, n["summits"])
    speakers = _speakers(rng, n["speakers"], summits)
    sources = _sources(rng, n["sources"], summits)
    _meetings(rng, summits, speakers)
    fact_docs = _facts(rng, facts, summits, speakers, sources)
    _prepare(out)
    _write(out / "site_config.yml", f"title: \"Synthetic dossier: {facts} facts (seed {seed})\"\n"
           f"description: \"A generated dossier for benchmarks: {n['summits']} summits, {n['speakers']} speakers, "
           f"{n['sources']} sources, {facts} facts.\"\nlanguage: en\n")
    content = out / "content"
    for summit in summits:
        _write(content / "summits" / f"{summit.id}.yml", _summit_yaml(summit))
    for speaker in speakers.values():
        _write(content / "speakers" / f"{speaker.id}.yml", _speaker_yaml(speaker))
    articles = _articles(rng, sources, summits)
    for source in sources.values():
        _write(content / "sources" / f"{source.id}.md", _source_md(source, articles[source.id]))
    for fid, text in fact_docs:
        _write(content / "facts" / f"{fid}.yml", text)
    return n


# --- records -----------------------------------------------------------------------------------------


def _summits(rng: random.Random, count: int) -> list[Summit]:
    result = []
    first = date(2010, 1, 1)
    for i in range(count):
        city = CITIES[i % len(CITIES)]
        kind, label = EVENT_KINDS[rng.randrange(len(EVENT_KINDS))]
        start = first + timedelta(days=i * 11 + rng.randrange(10))
        end = start + timedelta(days=rng.randrange(3))
        result.append(Summit(f"{city.lower()}-{start.year}-{i + 1}", f"{label.capitalize()} no. {i + 1}, {city} {start.year}",
                             kind, city, rng.choice(COUNTRIES), start, end))
    return result


def _speakers(rng: random.Random, count: int, summits: list[Summit]) -> dict[str, Speaker]:
    """People (and some institutions) with unique names and spellings, each attached to a summit."""
    taken: set[str] = set()
    names = [f"{f} {l}" for f in FIRST for l in LAST]
    rng.shuffle(names)
    speakers = {}
    for i in range(count):
        summit = summits[i % len(summits)]
        country = rng.choice(COUNTRIES)
        if i % 10 == 9:
            kind, name = "institution", f"{INSTITUTIONS[i // 10 % len(INSTITUTIONS)]} of {country} ({i + 1})"
        else:
            kind, name = "person", _unique_name(names, i, taken)
        taken.add(name.casefold())
        speaker = Speaker(f"sp-{i + 1:05d}-{_slug(name.split(' (')[0])}", name, kind, country, summit.id,
                          rng.choice(ROLES) if kind == "person" else "")
        if kind == "person" and rng.random() < 0.25:
            for old, new in SPELLING_SWAPS:
                variant = name.replace(old, new, 1)
                if variant != name and variant.casefold() not in taken:
                    speaker.spellings.append(variant)
                    taken.add(variant.casefold())
                    break
        speakers[speaker.id] = speaker
        summit.speakers.append(speaker.id)
    return speakers


def _unique_name(names: list[str], i: int, taken: set[str]) -> str:
    base = names[i % len(names)]
    round_ = i // len(names)
    name = base if round_ == 0 else f"{base.split()[0]} {chr(65 + round_ % 26)}. {base.split()[1]}" + (
        f" {round_ // 26 + 1}" if round_ >= 26 else "")
    while name.casefold() in taken:
        name += " Jr"
    return name


def _sources(rng: random.Random, count: int, summits: list[Summit]) -> dict[str, Source]:
    sources, per_outlet = {}, Counter()
    for i in range(count):
        summit = summits[i % len(summits)]
        outlet = OUTLETS[rng.randrange(len(OUTLETS))]
        author = "unknown" if rng.random() < 0.3 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        sid = f"src-{i + 1:05d}-{_slug(outlet) if outlet != 'unknown' else 'unsigned'}"
        title = f"{SUBJECTS[i % len(SUBJECTS)].capitalize()} meet in {summit.city}: {rng.choice(OBJECTS)} on the table"
        url = None if rng.random() < 0.4 else f"https://news.example.org/{summit.start.year}/{sid}"
        per_outlet[outlet] += 1
        name = f"{outlet if outlet != 'unknown' else 'Unsigned report'} {per_outlet[outlet]}"
        source = Source(sid, summit.id, title, outlet, author, summit.end + timedelta(days=rng.randrange(3)),
                        summit.start, rng.random() < 0.15, url, name)
        sources[sid] = source
        summit.sources.append(sid)
    return sources


def _meetings(rng: random.Random, summits: list[Summit], speakers: dict[str, Speaker]) -> None:
    """One to three meetings per summit among its speakers (or any speakers when it has too few)."""
    everyone = list(speakers)
    for summit in summits:
        pool = summit.speakers if len(summit.speakers) >= 2 else everyone
        for m in range(1 + rng.randrange(3)):
            # the first meeting names all the summit's speakers, so that every speaker is named somewhere
            people = list(pool) if m == 0 and pool is summit.speakers else rng.sample(pool, min(len(pool), 3))
            summit.meetings.append({
                "id": f"meeting-{m + 1}",
                "title": f"Bilateral meeting {m + 1}: {' and '.join(speakers[p].name for p in people[:2])}",
                "date": summit.start + timedelta(days=min(m, (summit.end - summit.start).days)),
                "participants": people[:2], "present": people[2:],
            })


# --- facts and the sentences that report them -------------------------------------------------------------


def _facts(rng, count, summits, speakers, sources) -> list[tuple[str, str]]:
    """Every fact card's id and YAML; adds the sentences quoted to their sources."""
    docs = []
    cursor = {s.id: 0 for s in summits}
    for i in range(count):
        summit = summits[i % len(summits)]
        pool = summit.sources if len(summit.sources) >= 2 else list(sources)
        wanted = min(len(pool), rng.choice((2, 2, 3, 3, 3, 4, 4, 5)))
        start = cursor[summit.id]
        chosen = [pool[(start + k) % len(pool)] for k in range(wanted)]
        cursor[summit.id] = (start + wanted) % len(pool)
        people = summit.speakers or list(speakers)
        speaker = speakers[people[rng.randrange(len(people))]]
        kind = rng.choices(("plain", "duration", "disputed", "remark"), (50, 15, 10, 25))[0]
        topic = "meeting-length" if kind == "duration" else TOPICS[rng.randrange(len(TOPICS))]
        fid = f"{_slug(topic)}-{i + 1:05d}"
        docs.append((fid, _fact(rng, fid, kind, topic, summit, speaker, chosen, speakers, sources)))
    return docs


def _fact(rng, fid, kind, topic, summit, speaker, chosen, speakers, sources) -> str:
    text = " ".join(s for sid in chosen for s in sources[sid].sentences)
    tails = rng.sample(TAILS, len(chosen))  # each source's own circumstance
    for _ in range(50):  # a quote pins one place in its source: no sentence told twice in one source
        subject, action, obj = rng.choice(SUBJECTS), rng.choice(ACTIONS), rng.choice(OBJECTS)
        names = _names(*_pair(rng, summit, speakers))  # each source names them its own way
        cores = [f"{n} {action} {obj}" for n in names]
        told = [f"{c} {t}" for c, t in zip(cores, tails)]  # what each source tells, before its attribution
        if not any(t in text for t in told) and f"talks on {obj} were" not in text:
            break
    core = cores[0]
    lines = [SCHEMA_LINE.format("fact"), f"summit: {summit.id}\n"]
    meeting = summit.meetings[rng.randrange(len(summit.meetings))] if rng.random() < 0.4 else None
    if meeting:
        lines.append(f"meeting: {meeting['id']}\n")
    accounts = []
    if kind == "duration":
        minutes = rng.choice((30, 35, 40, 45, 60, 90))
        statement = f"The meeting of {names[0]} at {summit.city} lasted {minutes} minutes."
        disagree = rng.random() < 0.35
        for k, sid in enumerate(chosen):
            phrase, value = _duration(rng, minutes, far=disagree and k == len(chosen) - 1)
            used = " ".join(sources[sid].sentences)  # a quote pins one place in its source: avoid repeats
            label = f"meeting of {names[k]}"
            ending = next((t for t in (tails[k], *TAILS) if f"the {label} lasted {phrase}, {t}" not in used), tails[k])
            sentence = f"{rng.choice(LEADS)} the {label} lasted {phrase}, {ending}."
            quote = f"the {label} lasted {phrase}, {ending}"
            accounts.append(_account(sid, quote, "states", value=value))
            sources[sid].sentences.append(sentence)
        head = [f"statement: {_q(statement)}\n", f"topics: [{topic}]\n", f"date: {summit.start}\n", "quantity: duration\n"]
    elif kind == "remark":
        adjective = rng.choice(ADJECTIVES)
        remark = f"the talks on {obj} were {adjective} and {subject} {action} {rng.choice(OBJECTS)}"
        statement = f"{speaker.name} said the talks on {obj} were {adjective}."
        for k, sid in enumerate(chosen):
            words = remark.split()
            if k % 2 == 1:  # another rendering, as in a second translation
                words = [SYNONYMS.get(w, w) for w in words]
            text = " ".join(words)
            name = speaker.spellings[0] if speaker.spellings and k % 3 == 2 else speaker.name
            then = rng.choice(CONTINUED)
            sentence = f"{name} {rng.choice(REMARKED)}: \u201c{text[0].upper()}{text[1:]} \u2013 {then}.\u201d"
            quote = f"\"{text[0].upper()}{text[1:]} -- {then}.\"" if k % 2 else \
                f"\u201c{text[0].upper()}{text[1:]} \u2013 {then}.\u201d"
            accounts.append(_account(sid, quote, "attributes", speaker=speaker.id))
            sources[sid].sentences.append(sentence)
        head = [f"statement: {_q(statement)}\n", f"topics: [{topic}]\n", f"speaker: {speaker.id}\n"]
    else:
        statement = f"{core}."
        denier = speakers[summit.speakers[0]] if summit.speakers else speaker
        for k, sid in enumerate(chosen):
            if kind == "disputed" and k == len(chosen) - 1:
                if rng.random() < 0.5:
                    sentence = f"{denier.name} denied that {told[k]}."
                    accounts.append(_account(sid, f"denied that {told[k]}", "disputes", speaker=denier.id))
                else:
                    sentence = f"It is not true that {told[k]}."
                    accounts.append(_account(sid, f"not true that {told[k]}", "contradicts"))
            elif k == 1:
                sentence = f"{speaker.name} said {told[k]}."
                accounts.append(_account(sid, f"{speaker.name} said {told[k]}", "attributes", speaker=speaker.id))
            elif rng.random() < 0.5:
                sentence = f"{told[k]}, {rng.choice(ATTRIBUTED)}."
                accounts.append(_account(sid, told[k], "states"))
            else:
                sentence = f"{rng.choice(LEADS)} {told[k]}."
                accounts.append(_account(sid, told[k], "states"))
            sources[sid].sentences.append(sentence)
        head = [f"statement: {_q(statement)}\n", f"topics: [{topic}]\n"]
        if rng.random() < 0.5:
            head.append(f"about: [{speaker.id}]\n")
    lines += head
    lines.append("accounts:\n")
    lines += accounts
    return "".join(lines)


def _pair(rng, summit: Summit, speakers: dict[str, Speaker]) -> list[Speaker]:
    """Two people of ``summit`` (of any summit when it has fewer)."""
    people = [p for p in summit.speakers if speakers[p].kind == "person"]
    if len(people) < 2:
        people = [p for p in speakers if speakers[p].kind == "person"] or list(speakers)
    return [speakers[p] for p in rng.sample(people, 2)]


def _names(a: Speaker, b: Speaker) -> list[str]:
    """Five ways to name two people, one for each source of a fact: in full or by surname, either first."""
    last_a, last_b = a.name.split()[-1], b.name.split()[-1]
    titled = " and ".join(f"{s.role} {s.name}" if s.role else s.name for s in (a, b))
    return [f"{a.name} and {b.name}", f"{last_b} and {last_a}", f"{b.name} and {a.name}", f"{last_a} and {last_b}",
            titled]


def _duration(rng, minutes: int, far: bool) -> tuple[str, str]:
    """A phrase for a meeting's length and its typed value; ``far`` gives one that cannot agree."""
    if far:
        hours = rng.choice((2, 3, 4))
        return f"more than {hours} hours", f"{{more_than: {hours * 60}}}"
    form = rng.randrange(4)
    if form == 0:
        return f"{minutes} minutes", f"{{exact: {minutes}}}"
    if form == 1:
        return f"about {minutes} minutes", f"{{approx: {minutes}}}"
    if form == 2:
        return f"between {minutes - 5} and {minutes + 5} minutes", f"{{min: {minutes - 5}, max: {minutes + 5}}}"
    return f"no more than {minutes} minutes", f"{{max: {minutes}}}"


def _account(source: str, quote: str, stance: str, speaker: str | None = None, value: str | None = None) -> str:
    text = f"  - source: {source}\n    quote: {_q(quote)}\n    stance: {stance}\n"
    if speaker:
        text += f"    speaker: {speaker}\n"
    if value:
        text += f"    value: {value}\n"
    return text


# --- files -----------------------------------------------------------------------------------------------


def _summit_yaml(s: Summit) -> str:
    out = [SCHEMA_LINE.format("summit"), f"name: {_q(s.name)}\n", f"kind: {s.kind}\n", f"city: {s.city}\n",
           f"country: {_q(s.country)}\n", f"start: {s.start}\n", f"end: {s.end}\n", "mentioned_only: false\n",
           f"description: {_q(f'A generated {s.kind} in {s.city}, for benchmarks.')}\n", "meetings:\n"]
    for m in s.meetings:
        out.append(f"  - id: {m['id']}\n    title: {_q(m['title'])}\n    date: {m['date']}\n"
                   f"    participants: [{', '.join(m['participants'])}]\n")
        if m["present"]:
            out.append(f"    present: [{', '.join(m['present'])}]\n")
    return "".join(out)


def _speaker_yaml(s: Speaker) -> str:
    out = [SCHEMA_LINE.format("speaker"), f"name: {_q(s.name)}\n", f"kind: {s.kind}\n"]
    if s.spellings:
        out.append(f"spellings: [{', '.join(_q(x) for x in s.spellings)}]\n")
    out.append(f"country: {_q(s.country)}\n")
    if s.role:
        out.append(f"roles:\n  - title: {_q(f'{s.role} of {s.country}')}\n    summit: {s.summit}\n")
    return "".join(out)


def _articles(rng: random.Random, sources: dict[str, Source], summits: list[Summit]) -> dict[str, list[str]]:
    """Each source's paragraphs; now and then (COPIED) one is taken over from another article of its summit."""
    articles = {sid: _paragraphs(rng, s) for sid, s in sources.items()}
    for summit in summits:
        for k, sid in enumerate(summit.sources[1:], 1):
            if rng.random() < COPIED:
                donor = sources[summit.sources[rng.randrange(k)]]
                own = [p for p in articles[donor.id] if not any(q in p for q in donor.sentences)]
                if own:
                    articles[sid].insert(rng.randrange(len(articles[sid]) + 1), rng.choice(own))
    return articles


def _paragraphs(rng: random.Random, s: Source) -> list[str]:
    """~800 words: the quoted sentences, in a random order, among sentences of the article's own, 2–4 a paragraph."""
    sentences = list(s.sentences)
    rng.shuffle(sentences)
    words = sum(len(x.split()) for x in sentences)
    while words < 760 + rng.randrange(80):
        sentence = _sentence(rng)
        sentences.insert(rng.randrange(len(sentences) + 1), sentence)
        words += len(sentence.split())
    paragraphs, i = [], 0
    while i < len(sentences):
        size = 2 + rng.randrange(3)
        paragraphs.append(" ".join(sentences[i:i + size]))
        i += size
    return paragraphs


def _sentence(rng: random.Random) -> str:
    """A sentence of an article's own, from the vocabulary above, a place or a number in every part of it: no two
    articles share one by chance."""
    actor, predicate, circumstance = (rng.choice(words).format(city=rng.choice(CITIES), country=rng.choice(COUNTRIES),
                                                               year=1990 + rng.randrange(30), n=2 + rng.randrange(300))
                                      for words in (ACTORS, PREDICATES, CIRCUMSTANCES))
    thing = f"the {rng.choice(QUALIFIERS)} {rng.choice(NOUNS)}"
    form = rng.randrange(4)
    if form == 0:
        text = f"{rng.choice(OPENERS)}, {actor} {rng.choice(REPORTING)} that {thing} {predicate}"
    elif form == 1:
        text = f"{thing} {predicate} {circumstance}, according to {actor}"
    elif form == 2:
        text = (f"about {10 + rng.randrange(3000)} {rng.choice(PEOPLE)} {rng.choice(GATHERED)} {rng.choice(PLACES)} "
                f"{rng.choice(OPENERS).lower()}")
    else:
        text = f"{actor} {rng.choice(REPORTING)} that {thing} {predicate} {circumstance}"
    return f"{text[0].upper()}{text[1:]}."


def _source_md(s: Source, paragraphs: list[str]) -> str:
    """Front matter and the article's paragraphs."""
    front = [f"title: {_q(s.title)}\n", f"outlet: {_q(s.outlet)}\n", f"short_name: {_q(s.short_name)}\n",
             f"author: {_q(s.author)}\n",
             f"published: {s.published}\n", f"reports_on: {s.reports_on}\n", "language: en\n",
             f"translated: {'true' if s.translated else 'false'}\n", f"url: {_q(s.url) if s.url else 'null'}\n",
             "notes: >-\n  Generated by benchmarks/generate.py; the metadata is invented.\n"]
    return "---\n" + "".join(front) + "---\n" + "\n\n".join(paragraphs) + "\n"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _slug(text: str) -> str:
    out = "".join(c if c.isalnum() and c.isascii() else "-" for c in text.lower())
    return "-".join(part for part in out.split("-") if part)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _prepare(out: Path) -> None:
    """Make ``out`` ready: create it, or clear a project this script generated there before."""
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            sys.exit(f"{out} exists and was not made by generate.py (no {MARKER}); choose another --out")
        for name in ("content", "site_config.yml"):
            target = out / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("Generated by benchmarks/generate.py; content/ is replaced on every run.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, required=True, help="number of fact cards")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="project folder to write")
    parser.add_argument("--summits", type=int, help="number of summits (default: facts/50)")
    parser.add_argument("--sources", type=int, help="number of sources (default: facts/10)")
    args = parser.parse_args(argv)
    if args.facts < 1 or (args.summits or 1) < 1 or (args.sources or 2) < 2:
        parser.error("--facts and --summits must be at least 1, --sources at least 2")
    n = generate(args.facts, args.seed, args.out, args.summits, args.sources)
    print(f"Wrote {args.out}: {n['facts']} facts, {n['sources']} sources, {n['speakers']} speakers, "
          f"{n['summits']} summits.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
