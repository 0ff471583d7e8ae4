"""The browser editor's configuration (Decap CMS, /admin/config.yml): generated from the
validator's schemas, so every front-matter field has a form field with the same
required-ness, every folder follows the site's settings, and the committed copy is current."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cms_config
from generator.cli import settings_from
from generator.commands import json_schema
from generator.sources.front_matter import schemas
from generator.sources.front_matter.records import ListOf, Schema
from tests.sitebuilder import run_cli
from tests.zorgnetwerk import write_site

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "content" / "admin" / "config.yml"
KIND_OF = {c.name: c.kind for c in cms_config.COLLECTIONS}


def demo_text() -> str:
    config_file = REPO / "mkdocs.yml"
    return cms_config.render(settings_from(config_file), *cms_config.site_urls(config_file))


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    return yaml.safe_load(demo_text())


def collection(config: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in config["collections"] if c["name"] == name)


def json_fields(schema: dict[str, Any], prefix: str = "") -> dict[str, bool]:
    """Field path -> required, nested objects and the items of lists of objects included."""
    found = {}
    required = set(schema.get("required", []))
    for name, prop in schema["properties"].items():
        path = prefix + name
        found[path] = name in required
        if prop.get("type") == "object":
            found |= json_fields(prop, path + ".")
        elif prop.get("type") == "array" and prop["items"].get("type") == "object":
            found |= json_fields(prop["items"], path + "[].")
    return found


def cms_fields(fields: list[dict[str, Any]], prefix: str = "") -> dict[str, bool]:
    found = {}
    for field in fields:
        path = prefix + field["name"]
        # Decap makes a field required unless it says otherwise: always say it.
        assert isinstance(field.get("required"), bool), path
        found[path] = field["required"]
        if field["widget"] == "object":
            found |= cms_fields(field["fields"], path + ".")
        elif field["widget"] == "list" and "fields" in field:
            found |= cms_fields(field["fields"], path + "[].")
    return found


def all_fields(fields: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every field, nested ones and the single `field` of a list included."""
    found = []
    for field in fields:
        found.append(field)
        found += all_fields(field.get("fields", []))
        if "field" in field:
            found += all_fields([field["field"]])
    return found


def test_one_collection_per_kind_of_source(demo: dict[str, Any]) -> None:
    assert sorted(KIND_OF.values()) == sorted(json_schema.KINDS)
    assert [c["name"] for c in demo["collections"]] == list(KIND_OF)


@pytest.mark.parametrize("name", list(KIND_OF))
def test_every_schema_field_is_a_form_field_with_the_same_required_ness(
        demo: dict[str, Any], name: str) -> None:
    """Fails when a field is added to a schema and the editor would not offer it, or the
    editor offers a field `check` rejects as unknown."""
    fields = collection(demo, name)["fields"]
    assert fields[-1] == {**fields[-1], "name": "body", "widget": "markdown"}
    expected = json_fields(json_schema.document(KIND_OF[name]))
    assert cms_fields(fields[:-1]) == expected


def test_nested_fields_and_lists_of_objects_are_there(demo: dict[str, Any]) -> None:
    fields = cms_fields(collection(demo, "ambassadors")["fields"])
    assert fields["term"] is True and fields["term.start"] is True and fields["term.end"] is False
    assert fields["links.website"] is False and fields["podium[].public"] is False
    assert fields["podium[].kind"] is True and fields["podium[].event"] is False


def walk(schema: Schema, prefix: str = ""):
    for spec in schema.fields:
        yield schema, spec
        inner = spec.type.item if isinstance(spec.type, ListOf) else spec.type
        if isinstance(inner, Schema):
            yield from walk(inner, prefix + spec.name + ".")


def test_every_field_has_a_dutch_label_and_hint() -> None:
    for kind in json_schema.KINDS.values():
        for schema, spec in walk(kind):
            where = f"{schema.title}.{spec.name}"
            assert spec.label.strip(), where
            assert spec.hint.strip().endswith("."), where


def test_widgets_follow_the_field_types(demo: dict[str, Any]) -> None:
    ambassador = {f["name"]: f for f in all_fields(collection(demo, "ambassadors")["fields"])}
    assert ambassador["honorary"]["widget"] == "boolean"
    assert ambassador["start"] | {"hint": ""} == {
        "name": "start", "label": "Begin", "widget": "datetime", "format": "YYYY-MM-DD",
        "date_format": "DD-MM-YYYY", "time_format": False,
        "required": True, "hint": ""}
    assert ambassador["kind"]["widget"] == "select"
    assert ambassador["kind"]["options"] == list(schemas.PODIUM_ENTRY.by_name["kind"].type.values)
    assert ambassador["public"]["default"] is True
    assert ambassador["event"]["collection"] == "events"
    assert ambassador["photo"]["widget"] == "image"
    assert ambassador["podium"]["widget"] == "list" and ambassador["podium"]["max"] == 500
    story = {f["name"]: f for f in collection(demo, "stories")["fields"]}
    assert story["date"]["format"] == "YYYY-MM-DDTHH:mm"
    assert story["ambassadors"] | {"hint": ""} == {
        "name": "ambassadors", "label": "Ambassadeurs", "widget": "relation",
        "collection": "ambassadors", "value_field": "{{slug}}", "search_fields": ["name"],
        "display_fields": ["name"], "multiple": True, "max": 50, "required": True,
        "hint": ""}
    assert story["body"]["widget"] == "markdown"
    announcement = {f["name"]: f for f in collection(demo, "appointments")["fields"]}
    assert announcement["ambassadors"]["widget"] == "list"
    assert announcement["ambassadors"]["field"]["pattern"][0] == schemas.SLUGS.item \
        .json_schema()["pattern"]


def test_patterns_are_the_ones_check_applies_and_accept_the_examples(
        demo: dict[str, Any]) -> None:
    for c in cms_config.COLLECTIONS:
        specs = {spec.name: spec for _, spec in walk(c.schema)}
        for field in all_fields(collection(demo, c.name)["fields"]):
            if "pattern" not in field or field["name"] not in specs:
                continue
            spec = specs[field["name"]]
            assert field["pattern"][0] == spec.type.json_schema()["pattern"]
            assert field["pattern"][1].strip()
            assert re.search(field["pattern"][0], spec.example), (c.name, spec.name)


def test_https_and_slug_patterns_reject_what_check_rejects(demo: dict[str, Any]) -> None:
    fields = {f["name"]: f for f in all_fields(collection(demo, "ambassadors")["fields"])}
    url = re.compile(fields["website"]["pattern"][0])
    assert url.search("https://example.nl/a") and url.search("HTTPS://example.nl")
    for bad in ("http://example.nl", "javascript:alert(1)", "https://x.nl/\"><script>"):
        assert not url.search(bad)
    slug = re.compile(collection(demo, "appointments")["fields"][2]["field"]["pattern"][0])
    assert slug.search("jan-jansen") and not slug.search("Jan Jansen")


def test_backend_and_site(demo: dict[str, Any]) -> None:
    # open_authoring: an ambassador without write access saves through a fork of their own
    assert demo["backend"] == {"name": "github", "repo": "sociale-innovatie/ambassadeurs",
                               "branch": "main", "open_authoring": True}
    assert demo["publish_mode"] == "editorial_workflow"
    assert demo["local_backend"] is True and demo["locale"] == "nl"
    assert demo["site_url"] == "https://ambassadeurs.example.nl/"
    assert demo["public_folder"] == "/assets/media"
    people = collection(demo, "ambassadors")
    assert people["folder"] == "ambassadors" and people["path"] == "{{slug}}/index"
    assert people["media_folder"] == "" and people["public_folder"] == ""
    assert people["create"] is True and people["slug"] == "{{name}}"
    for c in demo["collections"]:
        assert c["format"] == "frontmatter" and c["extension"] == "md"
    assert [c["folder"] for c in demo["collections"]] == [
        "ambassadors", "stories", "content/events", "content/newsletter",
        "content/appointments"]


@pytest.mark.parametrize(("url", "repo"), [
    ("https://github.com/sociale-innovatie/ambassadeurs", "sociale-innovatie/ambassadeurs"),
    ("https://github.com/o/n.git", "o/n"),
    ("https://github.com/o/n/", "o/n"),
    ("https://git.example.org/zorg/site", None),
    ("https://github.com/o", None),
    (None, None),
])
def test_github_repo(url: str | None, repo: str | None) -> None:
    assert cms_config.github_repo(url) == repo


def test_committed_config_is_what_the_generator_makes_now() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == demo_text(), \
        f"{COMMITTED.relative_to(REPO)} is stale: run '{cms_config.COMMAND}' and commit it"


def test_output_is_stable_and_says_it_is_generated() -> None:
    text = demo_text()
    assert text == demo_text()
    assert text.startswith("# ") and cms_config.COMMAND in text.split("\nbackend:")[0]


def test_it_parses_and_uses_only_widgets_decap_knows(demo: dict[str, Any]) -> None:
    names = {c["name"] for c in demo["collections"]}
    for c in demo["collections"]:
        by_name = {f["name"] for f in c["fields"]}
        assert c["identifier_field"] in by_name
        for field in all_fields(c["fields"]):
            assert field["widget"] in cms_config.WIDGETS, field
            assert field["label"].strip() and field["name"].strip()
            if field["widget"] == "relation":
                assert field["collection"] in names
                target = collection(demo, field["collection"])
                assert set(field["search_fields"]) <= {f["name"] for f in target["fields"]}
            if "pattern" in field:
                re.compile(field["pattern"][0])


def test_folders_follow_the_settings_of_another_site(tmp_path: Path) -> None:
    root = write_site(tmp_path, extra="      events_dir: agenda\n")
    (root / "docs/agenda").mkdir(exist_ok=True)
    done = run_cli(root, "cms-config", "--write")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "wrote docs/admin/config.yml\n"
    text = (root / "docs/admin/config.yml").read_text(encoding="utf-8")
    again = run_cli(root, "cms-config", "--write")
    assert again.stdout == "docs/admin/config.yml: up to date\n"
    printed = run_cli(root, "cms-config")
    assert printed.returncode == 0 and printed.stdout == text
    config = yaml.safe_load(text)
    assert [c["folder"] for c in config["collections"]] == [
        "mensen", "verhalen-bron", "docs/agenda", "docs/newsletter", "docs/appointments"]
    # not on GitHub: git-gateway, said in a comment
    assert config["backend"] == {"name": "git-gateway", "branch": "main"}
    assert "git.example.org/zorg/site" in text.split("\nbackend:")[0]
    assert config["site_url"] == "https://zorg.example.org/netwerk/"
    assert config["media_folder"] == "docs/assets/media"
    assert config["public_folder"] == "/netwerk/assets/media"
    podium = next(f for f in collection(config, "ambassadors")["fields"] if f["name"] == "podium")
    event = next(f for f in podium["fields"] if f["name"] == "event")
    assert "docs/agenda/" in event["hint"]


def test_check_advises_when_the_committed_config_is_stale(tmp_path: Path) -> None:
    """Like CODEOWNERS: an advisory (exit 0) naming the file and the command that fixes it."""
    root = write_site(tmp_path)
    assert run_cli(root, "cms-config", "--write").returncode == 0
    assert "docs/admin/config.yml" not in run_cli(root, "check").stdout
    path = root / "docs/admin/config.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("label: Naam", "label: Name"),
                    encoding="utf-8")
    done = run_cli(root, "check")
    assert done.returncode == 0
    assert "advisory: docs/admin/config.yml: not what 'python -m generator cms-config' makes" \
        in done.stdout and "cms-config --write" in done.stdout


def test_the_oauth_helper_is_the_backends_base_url(tmp_path: Path) -> None:
    root = write_site(tmp_path / "ok", "      cms_auth_url: https://auth.example.org")
    done = run_cli(root, "cms-config")
    assert done.returncode == 0, done.stderr
    assert yaml.safe_load(done.stdout)["backend"]["base_url"] == "https://auth.example.org"
    bad = write_site(tmp_path / "bad", "      cms_auth_url: javascript:alert(1)")
    refused = run_cli(bad, "cms-config")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr  # mkdocs.yml's
    assert "cms_auth_url: expected an https:// address" in refused.stderr
    assert "verwacht een https://-adres" in refused.stderr


def test_a_tampered_config_is_not_published(tmp_path: Path) -> None:
    """A pull request that points the editors' sign-in elsewhere does not get published:
    the build publishes the configuration the generator makes, with an advisory, and the
    publishing workflow's --strict build goes on (one verdict with check)."""
    from tests.sitebuilder import build
    from tests.zorgnetwerk import EPOCH
    root = write_site(tmp_path)
    assert run_cli(root, "cms-config", "--write").returncode == 0
    assert build(root, EPOCH).code == 0
    path = root / "docs/admin/config.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "backend:\n", "backend:\n  base_url: https://attacker.example\n", 1), encoding="utf-8")
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    assert "advisory: docs/admin/config.yml: not what 'python -m generator cms-config' makes" \
        in result.out
    published = yaml.safe_load(result.page("admin/config.yml"))
    assert "attacker" not in result.page("admin/config.yml")
    assert published == yaml.safe_load(run_cli(root, "cms-config").stdout)
