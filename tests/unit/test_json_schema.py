"""The JSON Schemas for editors: generated from the validator's own field definitions,
committed in schemas/, accepting the demo content and rejecting what `check` rejects."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from generator.commands import json_schema
from generator.sources.front_matter import schemas

REPO = Path(__file__).resolve().parents[2]
SCHEMAS = REPO / "schemas"

# Where each kind lives in the demo; .vscode/settings.json maps the same globs.
_PUBLIC_GLOBS = {
    "ambassador": ["ambassadors/*/index.md"],
    "story": ["stories/*.md", "stories/*/index.md"],
    "event": ["content/events/*.md"],
    "appointment": ["content/appointments/*.md"],
    "newsletter": ["content/newsletter/*.md"],
}
# The private folder (private_dir: private) has the same layout.
GLOBS = {kind: globs + [f"private/{glob}" for glob in globs]
         for kind, globs in _PUBLIC_GLOBS.items()}


def validator(kind: str) -> Any:
    schema = json.loads((SCHEMAS / json_schema.file_name(kind)).read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def as_text(value: Any) -> Any:
    """PyYAML reads 2025-01-20 as a date and 2025-01-20 10:00:00 as a datetime; editors
    (YAML 1.2) and `check` see the text. A date-time without seconds stays a string."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_text(item) for item in value]
    return value


def front_matter(path: Path) -> dict[str, Any]:
    return as_text(yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1]))


def front_matter_text(text: str) -> dict[str, Any]:
    return as_text(yaml.safe_load(text))


def demo_files(kind: str) -> list[Path]:
    return sorted(p for pattern in GLOBS[kind] for p in REPO.glob(pattern)
                  if p.name.lower() != "readme.md")


def errors(kind: str, data: dict[str, Any]) -> list[str]:
    return [error.message for error in validator(kind).iter_errors(data)]


def test_committed_schemas_are_what_the_generator_makes_now() -> None:
    committed = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.schema.json")}
    assert committed == json_schema.all_files(), \
        "schemas/ is stale: run 'python -m generator schema' and commit the result"


def test_output_is_stable_sorted_and_ends_with_a_newline() -> None:
    for kind in json_schema.KINDS:
        text = json_schema.render(kind)
        assert text == json_schema.render(kind) and text.endswith("}\n")
        assert text == json.dumps(json.loads(text), indent=2, sort_keys=True,
                                  ensure_ascii=False) + "\n"


@pytest.mark.parametrize("kind", list(json_schema.KINDS))
def test_every_field_is_described_and_required_ones_are_required(kind: str) -> None:
    document = json_schema.document(kind)
    schema = json_schema.KINDS[kind]
    assert document["additionalProperties"] is False
    assert set(document["properties"]) == {f.name for f in schema.fields}
    assert document["required"] == [f.name for f in schema.fields if f.required]
    for spec in schema.fields:
        assert document["properties"][spec.name]["description"] == spec.doc


def test_field_types_map_to_json_schema() -> None:
    props = json_schema.document("ambassador")["properties"]
    assert props["name"]["type"] == "string"
    assert props["honorary"] == {"type": "boolean", "description": "listed as ere-lid after "
                                 "the term"}
    assert props["term"]["properties"]["start"]["pattern"] == r"^(\d{4})-(\d{2})-(\d{2})$"
    assert props["links"]["properties"]["website"]["pattern"].startswith("^[hH][tT]")
    entry = props["podium"]["items"]
    assert props["podium"]["type"] == "array" and entry["type"] == "object"
    assert entry["properties"]["kind"]["enum"] == list(schemas.PODIUM_ENTRY.by_name["kind"]
                                                       .type.values)
    assert entry["required"] == ["date", "kind", "title"]
    story = json_schema.document("story")["properties"]
    assert story["ambassadors"]["items"]["pattern"] == "^[a-z0-9]+(?:-[a-z0-9]+)*$"


@pytest.mark.parametrize("kind", list(json_schema.KINDS))
def test_the_demo_content_is_valid(kind: str) -> None:
    files = demo_files(kind)
    assert files
    for path in files:
        assert errors(kind, front_matter(path)) == [], path


AMBASSADOR = {"name": "Jan Jansen", "term": {"start": "2025-01-20"}}


@pytest.mark.parametrize(("kind", "data", "fragment"), [
    ("ambassador", {**AMBASSADOR, "organization": "X"}, "'organization' was unexpected"),
    ("ambassador", {**AMBASSADOR, "term": {"start": "2025-01-20", "einde": "2027-01-19"}},
     "'einde' was unexpected"),
    ("ambassador", {**AMBASSADOR, "links": {"website": "http://example.nl"}}, "does not match"),
    ("ambassador", {**AMBASSADOR, "links": {"website": "javascript:alert(1)"}},
     "does not match"),
    ("ambassador", {**AMBASSADOR, "podium": [{"date": "2025-03-01", "kind": "lezing",
                                              "title": "X"}]}, "is not one of"),
    ("ambassador", {**AMBASSADOR, "podium": [{"date": "2025-03-01", "kind": "workshop"}]},
     "'title' is a required property"),
    ("ambassador", {**AMBASSADOR, "term": {"start": "20-01-2025"}}, "does not match"),
    ("ambassador", {**AMBASSADOR, "honorary": "yes"}, "is not of type 'boolean'"),
    ("ambassador", {**AMBASSADOR, "photo": "portret.gif"}, "does not match"),
    ("ambassador", {**AMBASSADOR, "photo": "../andere/portret.jpg"}, "does not match"),
    ("ambassador", {**AMBASSADOR, "name": "   "}, "does not match"),
    ("ambassador", {"name": "Jan Jansen"}, "'term' is a required property"),
    ("story", {"title": "T", "date": "2026-03-14", "ambassadors": ["Jan Jansen"]},
     "does not match"),
    ("story", {"title": "T", "date": "2026-03-14", "ambassadors": "jan-jansen"},
     "is not of type 'array'"),
    ("event", {"title": "T", "start": "2026-03-12 om 19:00"}, "does not match"),
    ("appointment", {"title": "T", "date": "2026-01-20T10:00"},
     "'ambassadors' is a required property"),
    ("newsletter", {"title": "T", "date": "31 maart 2026"}, "does not match"),
])
def test_bad_front_matter_is_rejected(kind: str, data: dict[str, Any], fragment: str) -> None:
    found = errors(kind, data)
    assert any(fragment in message for message in found), found


@pytest.mark.parametrize("value", ["2026-03-12", "2026-03-12T19:00", "2026-03-12 19:00",
                                   "2026-03-12T19:00:30", "2026-03-12T19:00Z",
                                   "2026-03-12T19:00+01:00"])
def test_every_moment_check_accepts_is_accepted(value: str) -> None:
    assert errors("event", {"title": "T", "start": value}) == []


def test_url_scheme_in_any_letter_case_like_check() -> None:
    assert errors("event", {"title": "T", "start": "2026-03-12",
                            "online": "HTTPS://example.nl/live"}) == []


def test_yes_is_a_boolean_to_pyyaml_so_only_check_and_editors_catch_it() -> None:
    """YAML 1.1 (PyYAML) reads `yes` as true, so after safe_load the schema sees a valid
    boolean; editors read YAML 1.2, where `yes` is text and the schema rejects it. `check`
    keeps the typed text and rejects it too (tests/e2e/test_errors.py)."""
    data = front_matter_text("name: Jan Jansen\nterm:\n  start: 2025-01-20\nhonorary: yes\n")
    assert data["honorary"] is True and errors("ambassador", data) == []


def test_vscode_settings_map_each_kind_to_its_schema() -> None:
    settings = json.loads((REPO / ".vscode/settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert mapping == {f"./schemas/{json_schema.file_name(kind)}": globs
                       for kind, globs in GLOBS.items()}
    for schema_path in mapping:
        assert (REPO / schema_path).is_file()
