"""What `dossier suggest` does with its suggestions: show them, ask about each, write the accepted ones into the
cards and the uncovered passages as new cards, then check the dossier (restoring every file if it fails, and,
unattended, every card the new accounts made red)."""
from __future__ import annotations

import contextlib
import functools
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from builder import attribution, cards, load, pipeline, prose_figures, units, write
from builder.cache import Cache
from builder.compare import CONTESTED, DISPUTED
from builder.config import Config
from builder.model import AFFIRMING, Dossier
from builder.problems import DossierError, Located, Problem, visible
from builder.quotes import closest, locate
from builder.scaffold import propose_id
from builder.suggest import COUNTS_SAME, DENIES_FIGURE, Report, Retriever, Suggestion, Uncovered, figure_in, occurrence


def read(config: Config, source: str, cache: Cache | None = None) -> tuple[Dossier, Report, dict[str, str]]:
    """The checked dossier, suggest's report on ``source`` (an id, or the path of its file) and each fact's verdict;
    with the build ``cache``, what has not changed since the last run is not parsed or checked again."""
    site = pipeline.check(config, cache=cache).site
    dossier, verdicts = site.dossier, {fid: row.verdict for fid, row in site.comparison.facts.items()}
    ident = Path(source).stem if source.endswith(".md") else source
    if ident not in dossier.sources:
        known = ", ".join(dossier.sources) or "none yet"
        raise DossierError([Problem(Located(config.content / "sources"),
                                    f"no source '{ident}'; the sources are: {known}")])
    body = dossier.sources[ident].body
    if len(body) > LONG:  # a minute or more of silence read as a hang (a 1.9 MB text took two)
        print(f"Reading {ident} ({len(body):,} characters) against {len(dossier.facts):,} cards: a text this long "
              "takes a minute or more.", file=sys.stderr, flush=True)
    return dossier, Retriever(dossier, config.quote_min_words).read(dossier.sources[ident]), verdicts


LONG = 200_000  # characters: a source longer than any news article, said to take a while (a long read is 60,000)


UNNAMED = ("Whose words these are, the dossier does not know: add them (`dossier new speaker ID`) and write the "
           "account by hand, or skip.")


def unattended(chosen: list[Suggestion], dossier: Dossier) -> tuple[list[Suggestion], list[tuple[Suggestion, str]]]:
    """What ``--apply`` accepts of the ``chosen`` suggestions, and what it leaves for the editor to read, with why:
    an account whose speaker the dossier does not know, one on a card with a quantity that gives no figure ("The
    night the dam gave way" for the dam's height; a denial pointing back to the claim before it needs none, "Mr
    Aldersey denies this.", unless a card with no quantity takes it: "Lechner disputed that account." denies the
    piste was closed, not the time it was), and a figure proposed for several cards, or its restatement in
    parentheses (a card counting what it counts keeps it, then one whose statement's words stand in the figure's
    own clause, else the likeliest: "312 soldiers and 140 firefighters" is not the count of the missing too, nor "14
    fishermen held" that of the vessels near a reef, nor "16 nautical miles (about 30 km) from the reef" the reef's
    distance from the coast too, nor "…carry a wheelchair user down the stairs, after both lifts broke down on 2
    November" the day of the carrying); and a count of things in a passage whose figure counts what another card,
    counting the same, takes it for ("Seven of the lake's eleven beaches are now shut": its 7 the beaches closed, its
    11 beaches no count of the lake's campsites; not "Morvay, 27, had been tested nine times", her age beside); and a
    denial pointing back to a claim proposed for the same card and left out ("…," said Brenning. "…, a claim Vasquell
    denies." on a card of his years as treasurer, whose claim gives none)."""
    left = {id(s): (s, "whose words these are, the dossier does not know: add them (`dossier new speaker ID`)")
            for s in chosen if s.unnamed}
    claims = {(s.source, s.start) for s in chosen if not dossier.facts[s.fact].quantity}  # passages a card of no
    # quantity takes
    left |= {id(s): (s, "it gives no figure of the card's " + dossier.facts[s.fact].quantity) for s in chosen
             if not s.value and dossier.facts[s.fact].quantity and id(s) not in left
             and not (s.rebutting and (s.source, s.start) not in claims)
             and not any(w == DENIES_FIGURE for w in s.why)}  # "The real backlog is nowhere near £46 million": a
    # denial of the figure, which gives none
    counted = {fid for fid, f in dossier.facts.items() if f.quantity == "count" and not f.currency}  # of things,
    # not sums ("42 million euros" counts no thing a card of pounds counts)
    counting: dict[tuple, list[Suggestion]] = {}  # passages that cards counting what they count take
    for s in chosen:
        if s.counts_same and s.value and s.fact in counted:
            counting.setdefault((s.source, s.start), []).append(s)
    left |= {id(s): (s, f"its figure counts what '{other.fact}' counts, which the passage is proposed for")
             for s in chosen if s.value and not s.counts_same and id(s) not in left and s.fact in counted
             for other in counting.get((s.source, s.start), ()) if other.fact != s.fact and other.figure != s.figure
             and _counts_what(s, other, dossier)}
    first: dict[tuple, Suggestion] = {}
    around = {id(s): _in_clause(s, dossier) for s in chosen}
    measured = {id(s): _names_what_it_measures(s, dossier) for s in chosen}
    for s in sorted(chosen, key=lambda s: (not s.counts_same, not measured[id(s)], -around[id(s)], -s.confidence)):
        if s.value and id(s) not in left:
            figure = (s.source, s.figure or (s.start, tuple(sorted(s.value.items()))))
            if figure in first:
                likelier = "which counts what it counts" if first[figure].counts_same > s.counts_same else \
                    "which names what it measures" if measured[id(first[figure])] > measured[id(s)] else \
                    "whose words stand in its clause" if around[id(first[figure])] > around[id(s)] else \
                    "with more confidence"
                left[id(s)] = s, f"its figure is proposed for '{first[figure].fact}' too, {likelier}"
            first.setdefault(figure, s)
    claimed: dict[tuple, list[Suggestion]] = {}  # the claims proposed for each card from the source
    for s in chosen:
        if s.stance in AFFIRMING:
            claimed.setdefault((s.fact, s.source), []).append(s)
    left |= {id(s): (s, "the claim it denies is left out too") for s in chosen if s.rebutting and id(s) not in left
             and claimed.get((s.fact, s.source)) and all(id(c) in left for c in claimed[(s.fact, s.source)])}
    return [s for s in chosen if id(s) not in left], [left[id(s)] for s in chosen if id(s) in left]


def _counts_what(s: Suggestion, other: Suggestion, dossier: Dossier) -> bool:
    """Whether the figure of ``s`` counts what ``other`` counts the same as its card ("eleven beaches" beside the
    beaches closed; not "nine times" beside Morvay's age), by the first four letters of their words."""
    body = dossier.sources[s.source].body
    found = prose_figures.figures(body[s.figure[0]:s.figure[1] + 60]) if s.figure else []
    same = " ".join(w.removeprefix(COUNTS_SAME) for w in other.why if w.startswith(COUNTS_SAME))
    return bool(found) and bool(_stems(found[0].counted) & _stems(same))


# Where a clause ends, or a subordinate one begins: "…down the stairs, after both lifts … broke down on 2 November".
_CLAUSE_EDGE = re.compile(r"[,;:.!?()—–]|\b(?:after|before|when|while|since|because|until|but|whereas)\b", re.I)
_NOT_OF_THE_THING = re.compile(r"(?:january|february|march|april|june|july|august|sept|september|october|november"
                               r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                               r"|hundreds?|thousands?|millions?|billions?|euros?|pounds?|dollars?|francs?)$")  # nor
# a figure's own words: "nearly twelve million euros" names no card's "€1.9 million" more than another's


def _in_clause(s: Suggestion, dossier: Dossier) -> int:
    """How many words of the card's statement (by their first four letters; no month or weekday, nor a word of a sum
    or a scale, which the figure itself gives) the clause holding the suggestion's figure has."""
    if not s.figure:
        return 0
    body, reach = dossier.sources[s.source].body, max(0, s.figure[0] - 200)
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(body, reach, s.figure[0])), default=reach)
    after = _CLAUSE_EDGE.search(body, s.figure[1])
    clause = body[start:after.start() if after else len(body)]
    return len(_stems(clause) & _stems(dossier.facts[s.fact].statement))


def _names_what_it_measures(s: Suggestion, dossier: Dossier) -> bool:
    """Whether the card's statement names the thing the suggestion's measure is joined to ("a 24-inch water main": the
    main, of "The burst main is 600 mm across", not of "Flood water … was about 50 cm deep")."""
    fact = dossier.facts[s.fact]
    if not s.figure or fact.quantity not in units.MEASURES:
        return False
    body = dossier.sources[s.source].body
    found = prose_figures.figures(body[s.figure[0]:s.figure[1] + 60])
    words = re.split(r"\s+(?:of|from|in|at|on|to|for|with|by)\b", found[0].counted, maxsplit=1)[0].split() \
        if found and found[0].counted else []
    return bool(words) and words[-1][:4].lower() in _stems(fact.statement)


def _stems(text: str) -> set[str]:
    """The first four letters of each word of four letters or more of ``text``, but months, weekdays and the words of
    a sum or a scale."""
    return {w[:4] for w in re.findall(r"[a-z]{4,}", text.lower()) if not _NOT_OF_THE_THING.match(w)}


def describe(s: Suggestion, dossier: Dossier) -> str:
    """A suggestion as the terminal shows it."""
    fact = dossier.facts[s.fact]
    lines = [f"{s.fact}  (confidence {s.confidence:.2f})", f"  card:   {fact.statement}",
             f"  quote:  {s.quote}",
             f"  stance: {s.stance}" + (f", speaker {s.speaker}" if s.speaker else "") + f"  ({_meaning(s, dossier)})"]
    if s.value:
        value = "{" + ", ".join(f"{key}: {number}" for key, number in s.value.items()) + "}"  # as the card writes it
        lines.append(f"  value:  {value}" + (f"  (from '{s.qualifier}')" if s.qualifier else "")
                     + (f", as of {s.as_of} (the moment its passage gives, not the source's day)" if s.as_of else ""))
    lines.append("  why:    " + "; ".join(s.why))
    return "\n".join(lines)


def _meaning(s: Suggestion, dossier: Dossier) -> str:
    """What the stance says, in words: whose voice the source gives the card in."""
    who = dossier.speakers[s.speaker].name if s.speaker in dossier.speakers else s.speaker or \
        "someone the dossier does not know"
    return {"states": "the outlet says it in its own voice", "contradicts": "the outlet says otherwise",
            "attributes": f"the source reports {who} saying it",
            "disputes": f"the source reports {who} denying it"}.get(s.stance, s.stance)


def ask(suggestions: list[Suggestion], dossier: Dossier, prompt: Callable[[str], str] | None = None,
        say: Callable[[str], None] = print) -> list[Suggestion]:
    """Review one suggestion at a time: [a]ccept, [s]kip, [e]dit the quote, [q]uit (or end of input); return
    the accepted."""
    accepted: list[Suggestion] = []
    try:
        _ask(suggestions, dossier, prompt or input, say, accepted, functools.cache(lambda: Retriever(dossier)))
    except EOFError:
        pass
    return accepted


def _ask(suggestions, dossier, prompt, say, accepted: list[Suggestion], reader: Callable[[], Retriever]) -> None:
    for number, s in enumerate(suggestions, 1):
        say(f"\n[{number}/{len(suggestions)}] " + describe(s, dossier))
        while True:
            answer = prompt("Accept, skip, edit the quote, quit? [a/s/e/q] ").strip().lower()[:1]
            if answer == "a" and s.unnamed:
                say(UNNAMED)
                continue
            if answer == "a":
                accepted.append(s)
            elif answer == "e":
                quote = prompt("Quote (the source's words): ").strip()
                body = dossier.sources[s.source].body
                if not quote:
                    say("Nothing typed: the proposed quote stands.")
                    continue
                if not locate(quote, body):
                    passage, _, difference = closest(quote, body)
                    say(visible("Those words are not in the source; " + (  # a U+202E typed would turn the line
                        f"the closest passage reads \"{passage}\": {difference}. Copy the words exactly." if passage
                        else "copy them exactly.")))
                    continue
                accepted.append(_requoted(s, quote, dossier, say, reader()))
            elif answer == "q":
                return
            elif answer != "s":
                say("Type a to accept, s to skip, e to type the quote yourself, q to stop.")
                continue
            break


def _requoted(s: Suggestion, quote: str, dossier: Dossier, say: Callable[[str], None],
              reader: Retriever) -> Suggestion:
    """The suggestion with the quote the editor typed, the value that quote gives, read in its sentence (the
    proposed passage's figure may not be in it), and the stance and speaker its passage gives, read as `suggest`
    reads a passage (the proposed passage's stay where it names someone who is no speaker of the dossier); the
    editor is told which."""
    source, fact = dossier.sources[s.source], dossier.facts[s.fact]
    span = locate(quote, source.body)
    passage = reader.passage_at(source, span.start)
    within = passage and span.end <= passage.end and (span.start - passage.start, span.end - passage.start)
    figure = fact.quantity and (within and figure_in(passage.text, fact, within=within) or figure_in(quote, fact))
    # read in its sentence first: "instead of the planned 35" follows "two hours and 15 minutes"
    value, qualifier = (figure.value, figure.qualifier) if figure else (None, None)
    if value != s.value:
        say(f"The value is read from your quote: {value}." if value else
            "Your quote gives no figure: the account is written without a value.")
    stance, speaker = attribution.stance(reader.said_at(source, span.start), fact)
    read = replace(s, quote=quote, occurrence=occurrence(quote, source.body, s.start), value=value,
                   qualifier=qualifier, as_of=s.as_of if value else None, stance=stance, speaker=speaker)
    if read.unnamed:
        read = replace(read, stance=s.stance, speaker=s.speaker)
        say(f"Your quote's passage reports someone who is no speaker of the dossier: the stance stays {s.stance} "
            f"({_meaning(s, dossier)}); add the speaker and correct the card.")
    else:
        say(f"The stance is read from your quote's passage: {stance} ({_meaning(read, dossier)}); if it says "
            "otherwise, correct it in the card.")
    return read


def apply(config: Config, dossier: Dossier, accepted: list[Suggestion], uncovered: list[Uncovered] = (),
          verdicts: dict[str, str] | None = None) -> tuple[list[Path], list[Suggestion], list[tuple[Uncovered, str]]]:
    """Write the accepted accounts into their cards and the uncovered passages as new cards; if the dossier
    then fails `dossier check`, put every file back as it was and raise its problems, unless only new cards fail it:
    those are not written, and returned with the first problem of each (a figure beyond what a card holds). Given the
    facts' ``verdicts`` before (`--apply`: no one read the accounts), the accounts of a card they would make red are
    held back: written `pending: true`, which counts for nothing until an editor has read them, and returned; a
    machine's reading alone never makes the sources disagree. Returns the files written, the accounts held back and
    the new cards refused, and the cards they made contested that were not (listed for the editor to read: a wrong
    passage makes a contest that is none)."""
    red, contested = _made_red(config, dossier, accepted, verdicts) if verdicts is not None else (set(), [])
    held = [s for s in accepted if s.fact in red]
    written: dict[Path, str | None] = {}
    stubs: dict[Path, Uncovered] = {}
    try:
        for fact, accounts in _by_card(accepted, red).items():
            path = dossier.facts[fact].where.path
            with write.stops_held():  # a card written is noted, to be put back
                written[path] = cards.add_accounts(path, accounts)
        for u in uncovered:
            path, text = _stub(config, dossier, u)
            with write.stops_held():
                write.create_new(path, text)
                written[path] = None
            stubs[path] = u
        refused = _check_without_refused(config, stubs, written)
        write.stop_asked()  # a Ctrl-C whose exception was lost (in a library's bare `except:`) still stops it
    except BaseException:  # the check failed, a file could not be written, or Ctrl-C: the cards as they were
        with write.stops_held():  # every one of them, even when Ctrl-C is pressed again
            _restore(written)
        raise
    return list(written), held, refused, contested


def _check_without_refused(config: Config, stubs: dict[Path, Uncovered],
                           written: dict[Path, str | None]) -> list[tuple[Uncovered, str]]:
    """Check the dossier; when only new cards (``stubs``) fail the check, remove them (from ``written`` too), check
    again, and return each one's passage with its first problem; any other problem is raised."""
    try:
        pipeline.check(config)
        return []
    except DossierError as failed:
        errors = [p for p in failed.problems if not p.warning]
        where = {path: [p for p in errors if (config.root / p.where.path).resolve() == path.resolve()]
                 for path in stubs}
        if not errors or sum(map(len, where.values())) < len(errors):
            raise
    refused = [(stubs[path], problems[0].message) for path, problems in where.items() if problems]
    for path, problems in where.items():
        if problems:
            with write.stops_held():
                path.unlink(missing_ok=True)
                del written[path]
    pipeline.check(config)
    return refused


def _by_card(accepted, pending: set[str] = frozenset()) -> dict[str, list[dict]]:
    """The accounts of ``accepted`` by card, those of the cards ``pending`` names `pending: true`."""
    by_card: dict[str, list[dict]] = {}
    for s in accepted:
        by_card.setdefault(s.fact, []).append(s.account() | ({"pending": True} if s.fact in pending else {}))
    return by_card


def _made_red(config: Config, dossier: Dossier, accepted: list[Suggestion],
              verdicts: dict[str, str]) -> tuple[set[str], list[str]]:
    """The facts the ``accepted`` accounts would make red, and those they would make contested that were neither,
    read in a copy of the content with them written in, so that no card is written before it is known (a run killed
    then leaves none)."""
    with write.scratch("suggest") as folder:
        _copy_content(config.content, folder / "content")
        for fact, accounts in _by_card(accepted).items():
            path = folder / "content" / dossier.facts[fact].where.path.relative_to(config.content)
            write.replace_text(path, cards.with_accounts(path.read_text(encoding="utf-8"), accounts))
        try:
            rows = pipeline.check(replace(config, root=folder, content_dir="content")).site.comparison.facts
        except DossierError:  # the accounts fail `check`: reported at the project's own files when written there
            return set(), []
    red = {s.fact for s in accepted if rows[s.fact].disputed and verdicts.get(s.fact) != DISPUTED}
    return red, list(dict.fromkeys(s.fact for s in accepted if s.fact not in red and rows[s.fact].contested
                                   and verdicts.get(s.fact) not in (CONTESTED, DISPUTED)))


def _copy_content(content: Path, copy: Path) -> None:
    """The files `dossier check` reads in ``content``, each kind's regular files (through a link: what it leads to),
    copied into ``copy``; not a named pipe, which would be waited on for ever, nor a folder."""
    for kind in load.KINDS:
        (copy / kind).mkdir(parents=True)
        with contextlib.suppress(OSError):
            for path in (content / kind).iterdir():
                if path.is_file():
                    shutil.copyfile(path, copy / kind / path.name)


def _restore(written: dict[Path, str | None]) -> None:
    for path, before in written.items():
        if before is None:
            path.unlink(missing_ok=True)
        else:
            write.replace_text(path, before)


def _stub(config: Config, dossier: Dossier, u: Uncovered) -> tuple[Path, str]:
    """A new card for a passage no card covers, under its summit (a quotation's as its speaker's remark), stating
    the passage itself until the editor words it; a passage of one figure (a quotation of one count of something)
    makes a card of that figure's quantity, with its value; a rebuttal right after the passage is its second
    account."""
    summit = u.summit or next(iter(dossier.summits))
    words = propose_id(re.sub(r"[\"“”]", "", u.passage.text))
    base = "-".join(filter(None, [summit.split("-")[0], (u.speaker or "").split("-")[-1], words]))
    ident, n = base, 1
    while (config.content / "facts" / f"{ident}.yml").exists() or ident in dossier.facts:
        n += 1
        ident = f"{base}-{n}"
    quote = " ".join(u.passage.text.split())
    account = {"source": u.source, "quote": quote, "stance": "attributes" if u.speaker else "states"}
    place = occurrence(quote, dossier.sources[u.source].body, u.passage.start, config.quote_min_words)
    if place:  # "Deaths 2 Police", a table's row: too short, or printed twice, to pin its place without it
        account["occurrence"] = place
    if u.speaker:
        account["speaker"] = u.speaker
    figures = [f for f in prose_figures.figures(quote) if u.kind == "figure" or f.counted and
               attribution.inside_quotes(quote, f.start, f.start + len(f.text))]  # a count in someone's words:
    one = figures[0] if len(figures) == 1 else None  # "“Forty houses … have been destroyed,” the minister said"
    if one:  # its figure, compared once another source gives the fact
        account["value"] = one.value
    text = cards.card(summit, quote, account, speaker=u.speaker if u.kind == "quotation" and not one else None,
                      quantity=one and one.quantity, currency=one.currency or None if one else None)  # a figure
    # someone gives is a fact, theirs only in its account: on a card of their remark, every later article's own
    # figure on it was written as theirs, a source contradicting itself
    if u.denied and u.denied.speaker:  # "… told Vantage 24 that the seal numbers did not match. OADA says that is not
        text = cards.with_accounts(text, [u.denied.account()])  # what happened.": both sides, a contested claim
    return config.content / "facts" / f"{ident}.yml", text.replace(
        "\nstatement:", "\n# statement: the source's words for now; write the fact in your own words\nstatement:", 1)
