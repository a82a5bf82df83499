"""Write fact cards for the editor: accounts added to a card in place (its comments, order and quoting kept, by a
ruamel.yaml round trip), and new cards from what an editor or `dossier suggest` knows."""
from __future__ import annotations

import io
import json
import math
from decimal import Decimal
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
import yaml as pyyaml
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from builder import write

SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/fact.schema.json"


def _yaml() -> YAML:
    """A round-trip YAML that writes the cards' own layout: two-space maps, list items indented under their key."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(float, _decimal)
    yaml.representer.add_representer(str, _text)
    return yaml


_LOADER_RESOLVER = pyyaml.resolver.Resolver()


def _text(representer, text: str):
    """New text in quotes wherever the checker's YAML 1.1 would read it as something else: ruamel writes YAML 1.2,
    whose plain 14:25 is text and plain `on` a word, where YAML 1.1 reads the number 865 and true."""
    plain = _LOADER_RESOLVER.resolve(pyyaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"
    return representer.represent_scalar("tag:yaml.org,2002:str", text, style=None if plain else '"')


def _decimal(representer, number: float):
    """A new figure written in decimals, 0.00003 (not 3e-05, which YAML 1.1 reads as text); a card's own figures keep
    their writing."""
    text = format(Decimal(repr(number)), "f") if math.isfinite(number) else repr(number)
    return representer.represent_scalar("tag:yaml.org,2002:float", text)


def _account(account: dict) -> CommentedMap:
    """An account as the cards write it; a ``qualifier`` ("around") becomes a comment on the value's line, unless the
    value's form is that word ({nearly: 40})."""
    out = CommentedMap()
    for key, value in account.items():
        if key == "qualifier":
            continue
        if key == "quote":
            value = DoubleQuotedScalarString(value)
        elif key == "value":
            value = CommentedMap(value)
            value.fa.set_flow_style()
        out[key] = value
    if account.get("qualifier") and "value" in out and account["qualifier"] not in out["value"]:  # not {nearly: 40}
        out.yaml_add_eol_comment(f"the source's word: {account['qualifier']}", "value")
    if account.get("pending"):
        out.yaml_add_eol_comment("held back: it would make the sources disagree; read it, then delete this line",
                                 "pending")
    return out


def with_accounts(text: str, accounts: list[dict]) -> str:
    """The card ``text`` with ``accounts`` appended to its `accounts` list, but those it lists already (the same
    source and quote); everything else as it was."""
    yaml = _yaml()
    card = yaml.load(text)
    listed = card.get("accounts")
    if not isinstance(listed, list):
        listed = card["accounts"] = CommentedSeq()
    there = {_said(a) for a in listed if isinstance(a, dict)}
    listed.extend(_account(a) for a in accounts if _said(a) not in there)
    if len({a["source"] for a in listed if isinstance(a, dict) and not a.get("pending")}) > 1 \
            and card.get("single_source") is True:
        del card["single_source"]
    out = io.StringIO()
    yaml.dump(card, out)
    return out.getvalue()


def _said(account) -> tuple[str, str]:
    """An account's source and quote, comparable (a quote in pieces is a list)."""
    return str(account.get("source")), json.dumps(account.get("quote"))


def add_accounts(path: Path, accounts: list[dict]) -> str:
    """Append ``accounts`` to the card at ``path``; return the text it had (to restore it if need be)."""
    before = path.read_text(encoding="utf-8")
    write.replace_text(path, with_accounts(before, accounts))
    return before


def card(summit: str, statement: str, account: dict, meeting: str | None = None, speaker: str | None = None,
         quantity: str | None = None, currency: str | None = None) -> str:
    """A new fact card's text, in the house layout."""
    lines = [SCHEMA_LINE, f"summit: {summit}"]
    if meeting:
        lines.append(f"meeting: {meeting}")
    lines += [f"statement: {_quoted(statement)}", "single_source: true  # delete once a second source reports it",
              "topics: []"]
    if speaker:
        lines.append(f"speaker: {speaker}")
    if quantity:
        lines.append(f"quantity: {quantity}")
    if currency:
        lines.append(f"currency: {currency}")
    out = io.StringIO()
    _yaml().dump({"accounts": [_account(account)]}, out)
    return "\n".join(lines) + "\n" + out.getvalue()


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
