"""Check each raw document on its own (JSON Schema, real dates, a source's text), in editors' words."""
from __future__ import annotations

import json
import math
import calendar
import re
import unicodedata
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import jsonschema_rs

from builder import addresses, units
from builder.formatting import DAY, MONTH, YEAR, duration as spoken
from builder.model import QUALIFIERS
from builder.problems import SHOWN, Problems, did_you_mean
from builder.units import MEASURES

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from builder.load import RawDoc

SCHEMA_NAMES = {"sources": "source", "speakers": "speaker", "summits": "summit", "facts": "fact", "pages": "page"}
ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"
MAX_ID_LENGTH = 100  # an id names a page's file ('<id>.html'), and a file name holds at most 255 bytes
# Names Windows keeps for devices, whatever the extension: a page 'con.html' could not be saved there, nor the offline
# copy unzipped
DEVICE_NAMES = {"con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(10))}


def device_name(ident: str) -> str | None:
    """What is wrong with an id Windows keeps for a device, or None."""
    if ident in DEVICE_NAMES:
        return (f"the id '{ident}' is a name Windows keeps for a device: its page {ident}.html could not be saved "
                "there, nor the offline copy unzipped")
    return None
_PATTERNS = {
    ID_PATTERN: "an id (lowercase letters, digits and single hyphens)",
    "^\\d{4}-\\d{2}-\\d{2}$": "a date written YYYY-MM-DD, e.g. 2017-07-07",
    "^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$": ("a date written YYYY-MM-DD, or a date and time written YYYY-MM-DD HH:MM "
                                              "(24-hour, at the event's place: convert a time given in another zone, "
                                              "and write no zone), e.g. 2017-07-07 or 2017-07-07 18:05"),
    "^https?://[^\\s\"<>{}|\\\\^`]+$": ("a web address starting with http:// or https://, without spaces, quotes, "
                                     "< > { } | \\ ^ or ` (percent-encode them: a space is %20), or null when unknown"),
    "^[a-z]{2,3}(-[A-Za-z]{2,4})?$": "a language code such as en, ru or pt-BR",
}
_DATES = {"sources": ("published", "reports_on"), "summits": ("start", "end"), "facts": ("date",)}
_REFERENCES = {"summit": "summit", "meeting": "meeting", "speaker": "speaker", "about": "speaker", "source": "source",
               "participants": "speaker", "present": "speaker"}
_TYPES = {"string": "text", "array": "a list", "object": "a mapping of keys to values", "number": "a number",
          "boolean": "true or false", "null": "null", "integer": "a whole number"}
_TYPE_HINTS = {"string": "put it in quotes", "boolean": "write true or false",
               "number": "write the number without quotes",
               "array": "write a list, e.g. [a, b] or one '- item' per line",
               "object": "write `key: value` lines indented under it"}


def schema_text(name: str) -> str:
    """The JSON text of a schema, e.g. ``schema_text('fact')``."""
    return resources.files("builder").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")


@cache
def _schema(name: str) -> dict:
    return json.loads(schema_text(name))


@cache
def _validator(name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # only to describe what is wrong: most runs never need it
    return Draft202012Validator(_schema(name))


@cache
def _fast_validator(name: str) -> jsonschema_rs.Draft202012Validator:
    return jsonschema_rs.Draft202012Validator(_schema(name), validate_formats=False)


def _valid(name: str, data) -> bool:
    """Whether ``data`` passes the schema, by jsonschema-rs (tens of times faster than jsonschema, which then
    describes what is wrong); False when it cannot tell (a number too large for it, say)."""
    try:
        return _fast_validator(name).is_valid(data)
    except (ValueError, TypeError, OverflowError):
        return False


def required_fields(kind: str) -> list[str]:
    """The keys a file of ``kind`` (e.g. 'facts') must have."""
    return list(_schema(SCHEMA_NAMES[kind])["required"])


def slug(name: str) -> str:
    """``name`` as an id: 'Müller Jr.' → 'muller-jr', 'US–Russia' → 'us-russia' (punctuation separates words, even
    where it has no ASCII form)."""
    spaced = "".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in name)
    ascii_name = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "item"


def check(doc: RawDoc, problems: Problems) -> bool:
    """Report everything wrong with ``doc`` on its own; True when nothing was."""
    return (_typed_values(doc, problems) and _check_schema(doc, problems) and _no_blanks(doc, problems)
            and _dates_valid(doc, problems)
            and _address_leads_where_it_shows(doc, problems) and _has_text(doc, problems))


_CLOCK = re.compile(r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_UNITS = {"year": YEAR, "month": MONTH, "week": 7 * DAY, "day": DAY, "hour": 60, "h": 60, "minute": 1, "min": 1,
          "second": 1 / 60, "sec": 1 / 60, "s": 1 / 60}
_PART = re.compile(r"(?P<n>\d+(?:\.\d+)?) *(?P<unit>years?|months?|weeks?|days?|hours?|h|minutes?|mins?|seconds?|secs?|s)"
                   r"(?= |$)")
_SPAN = re.compile(rf"(?:{_PART.pattern} *)+")  # a length of time with its units: "9 years", "2 h 15 min"
_TYPED = {"time": _CLOCK, "date": _DAY, "duration": _SPAN}  # the cards whose values may be written as text, and how


def typed_number(text: str) -> float | None:
    """The number a value written as text stands for: a time of day HH:MM ('16:45', '09:05') in minutes since
    midnight, a date YYYY-MM-DD as its day number (``date.toordinal``: 2026-04-02 is 739708), a length of time with
    its units in minutes ('9 years' is 4,730,400: a year of 365 days, a month its twelfth), a measure with its unit
    in its quantity's base unit ('12 km' is 12,000: builder/units.py); None for other text and for days no calendar
    has ('2026-02-30')."""
    text = text.strip()
    if (measure := units.WRITTEN.fullmatch(" ".join(text.split()))) and not _SPAN.fullmatch(text):
        return units.parse(text, units.unit(measure["unit"])[0])[0]
    if clock := _CLOCK.fullmatch(text):
        return int(clock["h"]) * 60 + int(clock["m"])
    if _DAY.fullmatch(text):
        try:
            return date.fromisoformat(text).toordinal()
        except ValueError:
            return None
    if _SPAN.fullmatch(text):
        minutes = sum(float(p["n"]) * _UNITS[p["unit"] if p["unit"] == "s" else p["unit"].removesuffix("s")]
                      for p in _PART.finditer(text))
        return int(minutes) if minutes.is_integer() else round(minutes, 6)
    return None


def _typed_values(doc: RawDoc, problems: Problems) -> bool:
    """Each figure a card writes as text made the number the comparison reads: a time of day HH:MM on a card of a
    time, a date YYYY-MM-DD on a card of a date (``typed_number``; YAML reads an unquoted 16:45 as 1005 itself, but
    not 09:05). Any other text is an error that says what to write (the schema lets such figures through as text,
    so that editors' schema lines accept them), and so is a number on a card of a date (2017, a year). True when
    there was none."""
    if doc.kind != "facts" or not isinstance(doc.data, dict) or not isinstance(doc.data.get("quantity", ""), str):
        return True  # a quantity that is no name: the schema's to refuse
    quantity = doc.data.get("quantity")
    written = _TYPED.get(quantity)
    accounts = doc.data.get("accounts")
    values = [(("claim",), doc.data.get("claim"))] + ([(("accounts", i, "value"), a.get("value"))
                                                      for i, a in enumerate(accounts) if isinstance(a, dict)]
                                                     if isinstance(accounts, list) else [])
    ok = True
    measure = quantity if quantity in MEASURES else None
    for path, value in values:
        for key, figure in value.items() if isinstance(value, dict) else ():
            if key not in QUALIFIERS:  # other keys: the schema's to refuse
                continue
            if measure:  # kept as written, read with its unit (validate._value)
                if not (isinstance(figure, str) and units.parse(figure, measure)):
                    problems.error(doc.at(*path, key), _no_measure(path + (key,), figure, value, measure))
                    ok = False
            elif isinstance(figure, str):
                n = typed_number(figure) if written and written.fullmatch(figure.strip()) else None
                if n is None:
                    problems.error(doc.at(*path, key), _not_typed(path + (key,), figure, quantity))
                    ok = False
                else:
                    value[key] = n
            elif written is _DAY and isinstance(figure, (int, float)) and not isinstance(figure, bool):
                problems.error(doc.at(*path, key), f"{_name(path + (key,))} is {figure}, which is no date; on a card "
                                                   "of a date, write the date as YYYY-MM-DD (e.g. 2026-04-02)")
                ok = False
    return ok


def _no_measure(path: tuple, figure, value: dict, measure: str) -> str:
    """What is wrong with a figure on a card of a length, an area, a mass, a volume or a speed, and how to write it."""
    key, example = path[-1], units.EXAMPLES[measure]
    cut = next((k for k in value if isinstance(k, (str, int)) and re.match(r"\d{3}\b", str(k))), None)
    if isinstance(figure, int) and cut is not None:  # {exact: 12,400 hectares}: YAML's {…} ends a value at a comma
        return (f"{_name(path)} is {figure}: in a {{…}} mapping a comma ends the figure ('{figure},{cut}'); write it "
                f"without the comma, `{key}: {figure}{cut}`, or quote it, `{key}: \"{figure},{cut}\"`")
    text = str(figure).strip() if isinstance(figure, (str, int, float)) and not isinstance(figure, bool) else None
    written = units.WRITTEN.fullmatch(" ".join((text or "").split()))
    parts = re.fullmatch(r"(-?[\d,.]*\d)\s*(.*)", text or "")
    if parts and parts[1].startswith("-"):
        said = f"below zero; {_a(measure)} is never negative"
    elif written and units.unit(written["unit"]):
        said = f"{_a(units.unit(written['unit'])[0])}, not {_a(measure)}"
    elif parts and parts[2] and (found := units.unit(parts[2])) and found[0] == measure:
        said = f"and {parts[1]} is no number as a card writes one (12.5, 12400 or 12,400)"
    elif parts and parts[2]:
        said = f"and '{_short(parts[2])}' is no unit of {_a(measure)}"
    else:
        said = "with no unit" if text is not None else "no figure"
    return (f"{_name(path)} is {_short(figure)!r}, {said}; on a card of {_a(measure)}, write the figure with its "
            f"unit, e.g. `{key}: {example}` (units: {units.names(measure)})")


def _short(figure):
    """A figure as an error shows it: text of more than 40 characters cut short ('1 aaaa…')."""
    return figure[:39] + "…" if isinstance(figure, str) and len(figure) > 40 else figure


def _a(noun: str) -> str:
    """``noun`` with its indefinite article: 'a length', 'an area'."""
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def _check_schema(doc: RawDoc, problems: Problems) -> bool:
    """Report every schema violation of ``doc``; True when there were none."""
    if _valid(SCHEMA_NAMES[doc.kind], doc.data):
        return True
    errors = sorted(_validator(SCHEMA_NAMES[doc.kind]).iter_errors(doc.data),
                    key=lambda e: list(map(str, e.absolute_path)))
    suggested: set[tuple] = set()  # (path, key) a misspelt key was taken for: not reported missing too
    for error in errors:
        if error.validator == "additionalProperties":
            path = tuple(error.absolute_path)
            allowed = error.schema.get("properties", {})
            unknown = sorted(((doc.at(*path, key), key) for key in set(error.instance) - set(allowed)),
                             key=lambda found: (found[0].line, found[0].column, str(found[1])))  # as listed
            for n, (where, key) in enumerate(unknown):
                hint = _value_key_hint(key, error.instance) if "exact" in allowed else ""
                hint = hint or (did_you_mean(key, allowed) if n < SHOWN else "")  # past the problems listed, a
                # guess costs for nothing: 100,000 unknown keys took 18 s
                if hint.startswith("; did you mean"):
                    suggested.add((path, hint.split("'")[1]))
                elif not hint:
                    hint = f"; remove it (allowed: {', '.join(allowed)})"
                problems.error(where, f"unknown key '{key}'{hint}")
    typed = {tuple(e.absolute_path)[:-1] for e in errors  # items YAML read as true, false or null
             if e.validator == "type" and e.absolute_path and (e.instance is None or isinstance(e.instance, bool))}
    for error in errors:
        path = tuple(error.absolute_path)
        if error.validator == "uniqueItems" and path in typed:  # `[on, NO, yes]`: "lists true twice" is what YAML
            continue  # made of them; quoting each item, as its own message says, is the fix
        if error.validator == "required":
            missing = error.message.split("'")[1]
            if (path, missing) not in suggested:
                problems.error(doc.at(*path), _missing(missing, error.schema, path))
        elif error.validator != "additionalProperties":
            problems.error(doc.at(*path), _describe(error, path, _schema(SCHEMA_NAMES[doc.kind])))
    if not errors:  # refused by jsonschema-rs alone: a `.nan` compared with a bound (a tolerance), which jsonschema
        errors = list(_not_numbers(doc.data))  # lets through, and every comparison with it is false
        for path in errors:
            problems.error(doc.at(*path), f"{_name(path)} is .nan, which is not a number; write a number")
    return not errors


def _not_numbers(value, path: tuple = ()):
    """The paths of the NaNs in ``value``."""
    if isinstance(value, float) and value != value:
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _not_numbers(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _not_numbers(item, (*path, i))


_BLANK = set("\u115f\u1160\u2800\u3164\uffa0")  # fillers that print nothing, though Unicode calls them letters


def _no_blanks(doc: RawDoc, problems: Problems) -> bool:
    """Text shown on a page (a name, a title, a statement) holds something a reader can see: not only spaces or
    invisible characters (a zero-width space), which would make an empty heading, or a link no one can click."""
    blanks = list(_blanks(doc.data, _schema(SCHEMA_NAMES[doc.kind])))
    for path, required in blanks:
        problems.error(doc.at(*path), f"{_name(path)} holds only spaces or invisible characters; write it"
                                      + ("" if required else " or remove it"))
    return not blanks


def shows_nothing(text: str) -> bool:
    """Whether ``text`` is only spaces or invisible characters (a zero-width space): a reader would see nothing."""
    return all(c.isspace() or c in _BLANK or unicodedata.category(c) in ("Cf", "Cc", "Zs") for c in text)


def _blanks(value, schema: dict, path: tuple = (), required: bool = True):
    """(path, whether required) of each text in ``value`` that shows nothing; quotes are checked with their source."""
    if isinstance(value, str):
        if "quote" not in path and shows_nothing(value):
            yield path, required
    elif isinstance(value, dict):
        properties = schema.get("properties", {})
        for key, item in value.items():
            yield from _blanks(item, properties.get(key, {}), (*path, key), key in schema.get("required", ()))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _blanks(item, schema.get("items", {}), (*path, i), False)


def _dates_valid(doc: RawDoc, problems: Problems) -> bool:
    """Dates written YYYY-MM-DD are real days (and an ``as_of``'s time a time of day), and an event does not end
    before it starts."""
    fields = [((key,), doc.data.get(key)) for key in _DATES.get(doc.kind, ())]
    fields += [(("meetings", i, "date"), m.get("date")) for i, m in enumerate(doc.data.get("meetings", ()))]
    fields += [(("accounts", i, "as_of"), a.get("as_of")) for i, a in enumerate(doc.data.get("accounts", ()))]
    ok = True
    for path, text in fields:
        if isinstance(text, str) and text != "unknown":
            day, _, time = text.partition(" ")  # as_of may give the time of day (the schema: HH:MM)
            try:
                date.fromisoformat(day)
            except ValueError:
                problems.error(doc.at(*path), f"'{path[-1]}' is '{text}', which is not a day of the calendar; "
                                              "fix the date")
                ok = False
                continue
            if time and not (int(time[:2]) < 24 and int(time[3:]) < 60):
                problems.error(doc.at(*path), f"'{path[-1]}' is '{text}', which is not a time of day (00:00 to "
                                              "23:59); fix the time")
                ok = False
    start, end = doc.data.get("start"), doc.data.get("end")
    if ok and doc.kind == "summits" and start and end and end < start:
        problems.error(doc.at("end"), f"'end' ({end}) is before 'start' ({start}); swap them or fix one")
        ok = False
    return ok


def _address_leads_where_it_shows(doc: RawDoc, problems: Problems) -> bool:
    """A source's url (http(s) by the schema) names a host, and no user before it, which would show one site and
    lead to another."""
    url = doc.data.get("url") if doc.kind == "sources" else None
    problem = url and addresses.host_problem(url, " (the article's, as the browser shows it), or null when unknown")
    if problem:
        problems.error(doc.at("url"), f"'url' is '{url}'; {problem}")
    return not problem


def _has_text(doc: RawDoc, problems: Problems) -> bool:
    """A source has text after its front matter (other kinds always pass)."""
    if doc.kind != "sources" or (doc.body or "").strip():
        return True
    problems.error(doc.where.at(doc.body_line - 1), "the source has no text after its front matter; "
                                                    "paste the article below the closing '---'")
    return False


def _missing(key: str, schema: dict, path: tuple) -> str:
    what = _lower(schema["properties"][key].get("description", ""))
    what = "" if what.startswith("e.g.") else what
    where = f" in item {path[-1] + 1} of '{path[-2]}'" if len(path) >= 2 and isinstance(path[-1], int) else ""
    return f"missing required field '{key}'{where}" + (f" ({what})" if what else "") + f"; add `{key}: ...`"


# Words an editor may write for a stance: "denies" is `disputes` (a source reporting someone denying it), "says" is
# `attributes`, "confirms" is `states`.
_STANCE_WORDS = {**dict.fromkeys(("denies", "denied", "deny", "rejects", "rejected", "disputed", "denial"),
                                 "disputes"),
                 **dict.fromkeys(("says", "said", "quotes", "quoted", "claims", "claimed", "reports", "reported",
                                  "attributed", "attribute"), "attributes"),
                 **dict.fromkeys(("confirms", "affirms", "agrees", "supports", "stated", "state"), "states"),
                 **dict.fromkeys(("contradicted", "contradict", "opposes"), "contradicts")}


def _describe(error, path: tuple, root: dict) -> str:
    """One sentence on a failed keyword, naming the field and what to write instead."""
    name = _name(path)
    value, schema = error.instance, error.schema
    shown = _show(value)
    if error.validator == "type":
        expected = schema["type"] if isinstance(schema["type"], str) else schema["type"][0]
        if expected == "number" and isinstance(value, str):
            return _not_a_number(path, value)
        hint = _TYPE_HINTS.get(expected, "fix the value")
        if value is None and "'unknown'" in schema.get("description", ""):  # `author: null`, whose quotes would
            hint = "write it, or write unknown when the source does not say"  # make it an author named "null"
        return f"{name} must be {_TYPES[expected]}, not {_kind_of(value)}; {hint}"
    if error.validator == "enum":
        choices = ", ".join(map(str, schema["enum"]))
        meant = _STANCE_WORDS.get(str(value).strip().lower())
        hint = f"; did you mean '{meant}'?" if meant in schema["enum"] else did_you_mean(value, schema["enum"])
        return f"{name} must be one of {choices}, not {shown}{hint}"
    if error.validator == "pattern":
        expected = _PATTERNS.get(schema["pattern"]) or _lower(schema.get("description", "another form"))
        fix = ""
        if schema["pattern"] == ID_PATTERN:
            field = next((p for p in reversed(path) if isinstance(p, str)), "")
            suggestion = slug(value)  # 'item' when the value has no letter or digit to make one from ('', '…')
            fix = (f"; use the {_REFERENCES[field]}'s id, its file name without the extension" if field in _REFERENCES
                   else f"; write '{suggestion}'" if suggestion != "item"
                   else "; write an id there" + (", or delete the item" if isinstance(path[-1], int) else ""))
        return f"{name} is {shown}, which is not {expected}{fix}"
    if error.validator == "anyOf":
        wrong_type = {e.schema_path[0] for e in error.context if e.validator == "type"}
        matching = [e for e in error.context if e.schema_path[0] not in wrong_type]
        if len(matching) == 1 and matching[0].validator != "const":  # only one alternative has the right type:
            return _describe(matching[0], path + tuple(matching[0].relative_path), root)  # what is wrong with it
        # (a word such as `unknown` has every type: `published: 20170708` is no 'unknown' mistyped)
        return f"{name} is {shown}; expected {_lower(schema.get('description', 'another form'))}"
    if error.validator == "const" and schema["const"] is True:  # `pending: false`: only ever true, or left out
        return f"{name} is {shown}; write `true`, or delete the line"
    if error.validator == "maxItems":  # every two accounts of a card are compared: 1,500 took half a minute; each
        # spelling is looked for in every statement (100,000 took minutes); each former id is a page (100,000: 400 MB)
        fix = {"quote": "cite fewer, longer passages",
               "spellings": "keep those the sources use (the transliterations of a name are found without them)",
               "formerly": "keep the ids of pages that were published (each is a page that leads here)"}.get(
            path[-1], "split the card into cards of one claim each")
        return f"{name} has {len(value):,} items, over the limit of {schema['maxItems']:,}; {fix}"
    if error.validator == "uniqueItems":  # a speaker listed twice showed twice on the page
        return f"{name} lists {_show(_first_repeated(value))} twice; keep one"
    if error.validator == "maxLength":
        return (f"{name} is {len(value):,} characters long, over the limit of {schema['maxLength']:,}; "
                "shorten it")
    if error.validator in ("minItems", "minLength", "minProperties"):
        fill = "add at least one item" if error.validator == "minItems" else "fill it in"
        return f"{name} is empty; {fill}" + ("" if _is_required(error, root) else " or remove it")
    if error.validator in ("minimum", "maximum", "exclusiveMaximum"):
        low, high = schema.get("minimum"), schema.get("maximum", schema.get("exclusiveMaximum"))
        upto = "up to (not including)" if "exclusiveMaximum" in schema else "to"
        span = f"from {low:,} {upto} {high:,}" if low is not None and high is not None else (
            f"of {low:,} or more" if low is not None else f"up to {high:,}")
        return f"{name} is {shown}; write a number {span}"
    return f"{name}: {error.message}"


def _value_key_hint(key, value: dict) -> str:
    """What an editor meant by an unknown key of a figure: the rest of '1,200' (YAML reads the comma as a new
    entry), or the article's qualifier word ('about', 'at least') for the key that says it."""
    from builder.prose_figures import QUALIFIERS as FORMS  # the article's words → the value form they give
    before = next((n for k, n in value.items() if isinstance(n, int) and k != key), None)
    if re.fullmatch(r"\d{3}", str(key)) and value[key] is None and before is not None:
        return (f"; YAML reads the comma in {before},{key} as a new entry: write the number without its thousands "
                f"comma ({before}{key})")
    decimal = re.fullmatch(r"(\d+)(\s*\S.*)?", str(key))  # "3,5 km", a decimal comma: "3" and "5 km"
    if decimal and value[key] is None and before is not None:
        return (f"; YAML reads the comma in {before},{key} as a new entry: write the decimal with a point "
                f"({before}.{decimal[1]}{decimal[2] or ''})")
    words = str(key).replace("_", " ").lower()
    if words == "between":
        return "; a figure 'between N and M' is written with two keys: `{min: N, max: M}`"
    form = FORMS.get(words)
    return f"; a figure the article gives as '{words} N' is written `{form}: N`" if form else ""


def _not_a_number(path: tuple, text: str) -> str:
    """What is wrong with text where a number is due, and how to write it; a date no calendar has ('2026-02-30',
    '10000-01-01') is said to be one."""
    if _DATE_LIKE.fullmatch(text) and typed_number(text) is None:
        return (f"{_name(path)} is {text.strip()}, which is no day of the calendar; write the date YYYY-MM-DD, from "
                "0001-01-01 to 9999-12-31, on a card with `quantity: date`")
    return f"{_name(path)} must be a number, not text; {_number_hint(path[-1], text) or _TYPE_HINTS['number']}"


_DATE_LIKE = re.compile(r"\s*\d+-\d{1,2}-\d{1,2}\s*")


def _not_typed(path: tuple, text: str, quantity: str | None) -> str:
    """What is wrong with text where a card of a time of day or of a date wants one, and how to write it: '3 p.m.'
    → `15:00`, a month ('2029-05', "in May") → the range of its days; other text: ``_not_a_number``."""
    key, text = path[-1], text.strip()
    if quantity == "time" and (clock := _TWELVE.fullmatch(text)):
        hour = int(clock["h"]) % 12 + (12 if (clock["half"] or "").lower() == "p" else 0)
        return f"{_name(path)} is '{text}'; a time of day is written HH:MM, 24-hour: `{key}: {hour:02}:{clock['m'] or '00'}`"
    if quantity == "date" and (month := _MONTH.fullmatch(text)):
        year, number = int(month["y"]), int(month["m"])
        days = f"{year:04}-{number:02}"
        return (f"{_name(path)} is '{text}', a month; a date is written YYYY-MM-DD, and a month is the range of its "
                f"days: `{{min: {days}-01, max: {days}-{calendar.monthrange(year, number)[1]:02}}}`")
    if quantity == "time" and not re.fullmatch(r"\d+:\d+", text):
        return f"{_name(path)} is '{text}', which is no time of day; write it HH:MM, 24-hour (3 p.m. is 15:00)"
    if quantity == "date" and not _DATE_LIKE.fullmatch(text):
        return f"{_name(path)} is '{text}', which is no date; write it YYYY-MM-DD (e.g. 2026-04-02)"
    return _not_a_number(path, text)


_TWELVE = re.compile(r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?:(?P<half>[ap])\.?\s?m\.?|o['’]clock)", re.I)
_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>0?[1-9]|1[0-2])")


def _number_hint(key, text: str) -> str:
    """How to write text an editor meant as a number: '1,200' → 1200, '1.2bn' → 1200000000, '2 hours' → 120; a time
    of day ('25:10') or a date ('2026-02-30') as one."""
    from builder.prose_figures import figures, number
    if re.fullmatch(r"\s*\d{1,2}:\d\d\s*", text):  # read as minutes on a card of a time of day (_typed_values)
        return "a time of day is written HH:MM, 00:00 to 23:59, on a card with `quantity: time`"
    if _DAY.fullmatch(text.strip()):  # read as a day on a card of a date (_typed_values)
        return "a date is written YYYY-MM-DD on a card with `quantity: date`"
    if re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+", text):  # YAML reads 1e6, 1e-5 as text
        value = float(text)
        if not math.isfinite(value) or (value == 0 and re.search(r"[1-9]", re.split("[eE]", text)[0])):
            # 1e309, 1e-400: Python makes them infinity, 0
            return "it is beyond the numbers a figure can hold (1e-308 to 1e308); write the figure the source gives"
        mantissa, exponent = f"{value:e}".split("e")  # '1.250000', '-300'
        mantissa = mantissa.rstrip("0").replace(".", ".0") if mantissa.rstrip("0").endswith(".") else mantissa.rstrip("0")
        shown = str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{mantissa}e{exponent}"
        return f"YAML reads e-notation as a number only with a dot and a signed exponent: `{key}: {shown}`"
    if measure := units.WRITTEN.fullmatch(" ".join(text.split())):
        return f"a figure with its unit is written on a card with `quantity: {units.unit(measure['unit'])[0]}`"
    found = figures(text)
    n = found[0].number if len(found) == 1 and found[0].text == text.strip() else number(text)
    if n is None:
        return ""
    n = int(n) if float(n).is_integer() else n
    if found and found[0].quantity == "duration":
        return f"write a length of time with its units, `{key}: {spoken(n)}`, or in minutes, `{key}: {n}`"
    return f"write the number alone, without quotes, units or separators: `{key}: {n}`"


def _is_required(error, root: dict) -> bool:
    """Whether the failing value is a required field of the object holding it."""
    where = list(error.absolute_schema_path)[:-1]  # the value's own schema: [..., 'properties', key]
    while len(where) >= 2 and where[-2] == "anyOf":  # one alternative of the value's schema
        where = where[:-2]
    if len(where) < 2 or where[-2] != "properties":
        return False
    parent = root
    for step in where[:-2]:
        parent = parent[step]
    return where[-1] in parent.get("required", ())


def _name(path: tuple) -> str:
    """'statement', or "item 2 of 'topics'" for a list item."""
    if len(path) >= 2 and isinstance(path[-1], int):
        return f"item {path[-1] + 1} of '{path[-2]}'"
    return f"'{path[-1]}'" if path else "the file"


def _first_repeated(items: list):
    """The first item of ``items`` that an earlier one equals (lists and mappings too: `topics: [[a], [a]]`)."""
    seen = set()
    for item in items:
        written = json.dumps(item, sort_keys=True, default=str)
        if written in seen:
            return item
        seen.add(written)
    return None


def _show(value) -> str:
    if isinstance(value, float) and abs(value) == float("inf"):
        return ".inf" if value > 0 else "-.inf"  # as YAML writes it
    text = f"'{value}'" if isinstance(value, str) else json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:59] + "…"


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:].rstrip(".")


def _kind_of(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "null"
