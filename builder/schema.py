"""Check raw documents against the JSON Schemas shipped in builder/schemas, in editors' words."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources

from jsonschema import Draft202012Validator

from builder.load import RawDoc
from builder.problems import Problems, did_you_mean

SCHEMA_NAMES = {"sources": "source", "speakers": "speaker", "summits": "summit", "facts": "fact", "pages": "page"}
_TYPES = {"string": "text", "array": "a list", "object": "a mapping of keys to values", "number": "a number",
          "boolean": "true or false", "null": "null", "integer": "a whole number"}


def schema_text(name: str) -> str:
    """The JSON text of a schema, e.g. ``schema_text('fact')``."""
    return resources.files("builder").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads(schema_text(name)))


def check(doc: RawDoc, problems: Problems) -> bool:
    """Report every schema violation of ``doc``; True when there were none."""
    errors = sorted(_validator(SCHEMA_NAMES[doc.kind]).iter_errors(doc.data), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors:
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            allowed = error.schema.get("properties", {})
            for key in sorted(set(error.instance) - set(allowed)):
                problems.error(doc.at(*path, key), f"unknown key '{key}'{did_you_mean(key, allowed)}")
        elif error.validator == "required":
            missing = error.message.split("'")[1]
            problems.error(doc.at(*path), f"missing required field '{missing}'; add `{missing}: ...`"
                           + (" to this item" if path else ""))
        else:
            problems.error(doc.at(*path), _describe(error, path))
    return not errors


def _describe(error, path: tuple) -> str:
    """One sentence on a failed keyword, naming the field."""
    name = next((str(p) for p in reversed(path) if isinstance(p, str)), "value")
    value, schema = error.instance, error.schema
    shown = f"'{value}'" if isinstance(value, str) else json.dumps(value, default=str)
    if error.validator == "type":
        expected = schema["type"] if isinstance(schema["type"], str) else schema["type"][0]
        return f"'{name}' must be {_TYPES[expected]}, not {_kind_of(value)}"
    if error.validator == "enum":
        return f"'{name}' must be one of {', '.join(schema['enum'])}, not {shown}{did_you_mean(value, schema['enum'])}"
    if error.validator in ("pattern", "anyOf", "const"):
        return f"'{name}' is {shown}; expected {_lower(schema.get('description', 'another form'))}"
    if error.validator in ("minItems", "minLength", "minProperties"):
        return f"'{name}' must not be empty"
    return f"'{name}': {error.message}"


def _lower(text: str) -> str:
    return text[0].lower() + text[1:].rstrip(".")


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
