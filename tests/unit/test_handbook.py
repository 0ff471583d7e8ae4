"""The coordinator's handbook (generator/network/files/HANDBOEK.md, copied by `init` into
every new network) says only what is true: every link and image it uses is there, every
command it quotes exists with the options it gives, every name it quotes (a plugin option,
a field, a secret, a variable, a workflow, a job, a step) is the one the configuration and
the workflows use, its YAML is accepted by `check`, and its steps of the yearly cycle put
the files where it says."""

from __future__ import annotations

import json
import re
import shlex
import unicodedata
from functools import cache
from pathlib import Path

import pytest
import yaml
from mkdocs.config.defaults import MkDocsConfig
from PIL import Image

import generator
from generator.config import AmbassadorsConfig
from generator.network.workflows import workflow_files
from generator.sources.options import newsletter_signup, press_contact
from tests.sitebuilder import run_cli

FILES = Path(generator.__file__).parent / "network" / "files"
HANDBOOK = FILES / "HANDBOEK.md"
IMAGES = FILES / "handboek"
ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
EPOCH = 1795435200  # 23 November 2026, 13:00 in Amsterdam: before the handbook's 2027 moment
MAX_IMAGE_BYTES = 150 * 1024

FENCE = re.compile(r"^ *```(\w*)\n(.*?)^ *```$", re.MULTILINE | re.DOTALL)
LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")
SPAN = re.compile(r"`([^`\n]+)`")
HEADING = re.compile(r"^(#{1,6}) +(.+?) *$", re.MULTILINE)
COMMAND = "python -m generator "

# The workflows', jobs' and steps' names the handbook sends the coordinator to, in bold.
WORKFLOW_NAMES = ("Publiceren", "Controle", "Controle en voorbeeld", "Bouwen",
                  "CODEOWNERS bijwerken", "Check out the private sources")


def text() -> str:
    return HANDBOOK.read_text(encoding="utf-8")


def prose(markdown: str) -> str:
    """The text without its fenced code blocks (a link in code is no link)."""
    return FENCE.sub("", markdown)


def blocks(markdown: str, language: str | None = None) -> list[str]:
    found = [(m.group(1), m.group(2)) for m in FENCE.finditer(markdown)]
    return [_dedent(body) for lang, body in found if language is None or lang == language]


def _dedent(body: str) -> str:
    lines = body.splitlines()
    indent = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return "\n".join(line[indent:] for line in lines) + "\n"


def spans(markdown: str) -> list[str]:
    """Inline code of the prose and table cells."""
    return SPAN.findall(prose(markdown))


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading (where the handbook is read): inline code marks and
    punctuation dropped, letters of any script kept, lower case, spaces to hyphens."""
    heading = heading.replace("`", "").lower()
    kept = "".join(ch for ch in heading if ch in " -_" or
                   unicodedata.category(ch)[0] in "LN")
    return kept.replace(" ", "-")


def anchors(markdown: str) -> set[str]:
    return {github_slug(m.group(2)) for m in HEADING.finditer(prose(markdown))}


def workflows() -> str:
    return "\n".join(workflow_files(project=False).values())


@cache
def help_text(*command: str) -> str:
    done = run_cli(ROOT, *command, "--help")
    assert done.returncode == 0, done.stderr
    return done.stdout


def choices(*command: str) -> set[str]:
    """The sub-commands `--help` lists in its `{a,b,c}` line."""
    found = re.search(r"\{([a-z,-]+)\}", help_text(*command))
    assert found, help_text(*command)
    return set(found.group(1).split(","))


def quoted_commands(markdown: str) -> list[list[str]]:
    """Every `python -m generator ...` the handbook quotes, inline or in a code block, as
    the words after `generator`."""
    lines = spans(markdown) + [line for block in blocks(markdown)
                               for line in block.splitlines()]
    commands = []
    for line in lines:
        start = line.find(COMMAND)
        if start >= 0:
            commands.append(shlex.split(line[start + len(COMMAND):].replace("...", "")))
    return commands


def known_names() -> set[str]:
    """The names a coordinator may write: the plugin's options and their keys, MkDocs'
    settings, and the fields of the sources."""
    names = {key for key, _ in AmbassadorsConfig._schema}
    names |= {key for key, _ in MkDocsConfig._schema}
    names |= set(press_contact.KEYS) | set(newsletter_signup.KEYS)
    for schema in SCHEMAS.glob("*.schema.json"):
        properties = json.loads(schema.read_text(encoding="utf-8"))["properties"]
        names |= set(properties)
        for value in properties.values():
            names |= set(value.get("properties", {}))
            names |= set(value.get("items", {}).get("properties", {}))
    return names


# --- links and images ---------------------------------------------------------------------

def test_every_relative_link_and_image_is_in_the_files_init_copies() -> None:
    markdown = text()
    own = anchors(markdown)
    targets = LINK.findall(prose(markdown))
    assert targets
    for bang, label, target in targets:
        if target.startswith(("https://", "mailto:")):
            continue
        assert not target.startswith(("http:", "/", "..")), target
        path, _, anchor = target.partition("#")
        if path:
            file = (FILES / path).resolve()
            assert file.is_relative_to(FILES) and file.is_file(), target
        else:
            assert anchor in own, f"#{anchor} is no heading; headings: {sorted(own)}"
        if bang:
            assert label.strip(), f"image {target} has no alt text"
            assert path.startswith("handboek/") and path.endswith(".png"), target


def test_every_image_is_used_and_small() -> None:
    used = {target for bang, _, target in LINK.findall(prose(text())) if bang}
    shipped = {f"handboek/{p.name}" for p in IMAGES.iterdir()}
    assert used == shipped
    for name in shipped:
        path = FILES / name
        assert path.stat().st_size < MAX_IMAGE_BYTES, name
        with Image.open(path) as image:
            assert image.format == "PNG" and image.width >= 600, name


def test_the_github_slug_is_the_one_github_makes() -> None:
    assert github_slug("3. De privé-repository met deploy key") == \
        "3-de-privé-repository-met-deploy-key"
    assert github_slug("4. De inloghulp voor het formulier /admin/") == \
        "4-de-inloghulp-voor-het-formulier-admin"
    assert github_slug("2.5 Wie zijn de coördinatoren: `.github/CODEOWNERS`") == \
        "25-wie-zijn-de-coördinatoren-githubcodeowners"


def test_our_readme_links_the_handbook() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](generator/network/files/HANDBOEK.md)" in readme


# --- commands ------------------------------------------------------------------------------

def test_every_quoted_command_is_a_real_one_with_real_options() -> None:
    commands = quoted_commands(text())
    assert len(commands) > 10
    top = choices()
    for words in commands:
        assert words and words[0] in top, f"{COMMAND}{' '.join(words)}: not in {sorted(top)}"
        path = words[:1]
        if words[0] in ("new", "newsletter") and len(words) > 1:
            assert words[1] in choices(words[0]), words
            path = words[:2]
        helped = help_text(*path)
        for word in words:
            option = word.split("=", 1)[0]
            if option.startswith("--"):
                assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", helped), \
                    f"{COMMAND}{' '.join(path)} has no {option}"


def test_every_option_quoted_on_its_own_exists() -> None:
    alone = [span for span in spans(text()) if re.fullmatch(r"--[a-z-]+", span)]
    assert "--private" in alone and "--repository" in alone
    every = "\n".join(help_text(*c) for c in [(), *[(c,) for c in choices()],
                                              *[("new", k) for k in choices("new")]])
    for option in alone:
        assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", every), option


# --- names ---------------------------------------------------------------------------------

def test_every_option_and_field_name_it_quotes_is_real() -> None:
    known = known_names()
    quoted = set()
    for span in spans(text()):
        key = re.fullmatch(r"([a-z][a-z_]*): .*", span)
        if re.fullmatch(r"[a-z]+(?:_[a-z]+)+", span):
            quoted.add(span)
        elif key:
            quoted.add(key.group(1))
    assert {"press_contact", "private_dir", "cms_auth_url", "site_url", "photo_credit",
            "honorary"} <= quoted
    assert quoted <= known, sorted(quoted - known)


def test_every_secret_and_variable_it_quotes_is_the_workflows() -> None:
    upper = {span for span in spans(text()) if re.fullmatch(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+",
                                                             span)}
    assert {"PRIVATE_SOURCES_KEY", "PRIVATE_SOURCES_REPOSITORY"} <= upper
    publish = workflow_files()[".github/workflows/publish.yml"]
    for name in upper:
        assert re.search(rf"(secrets|vars)\.{name}\b", publish), name
    assert "`private-sources`" in text()
    assert re.search(r"^    environment: private-sources$", publish, re.MULTILINE)


def test_the_workflow_job_and_step_names_it_quotes_are_the_workflows() -> None:
    markdown, files = text(), workflows()
    for name in WORKFLOW_NAMES:
        assert f"**{name}**" in markdown, name
        assert re.search(rf"^ *(- )?name: {re.escape(name)}$", files, re.MULTILINE), name


def test_publishing_runs_as_it_says() -> None:
    """By hand ("Run workflow"), every half hour, waiting up to 40 minutes for a moment."""
    markdown = text()
    publish = yaml.safe_load(workflow_files()[".github/workflows/publish.yml"])
    triggers = publish[True]  # YAML 1.1 reads the key `on` as true
    assert "**Run workflow**" in markdown and "workflow_dispatch" in triggers
    assert "elk half uur" in markdown
    assert [s["cron"] for s in triggers["schedule"]] == ["0,30 * * * *"]
    assert "binnen 40 minuten" in markdown
    assert re.search(r"^ +run: .*\b(embargo --wait|wait-for-next-moment) 2400$",
                     workflow_files()[".github/workflows/publish.yml"], re.MULTILINE)


def test_dependabot_proposes_the_new_generator() -> None:
    assert "Dependabot" in text()
    dependabot = yaml.safe_load(workflow_files()[".github/dependabot.yml"])
    assert {"package-ecosystem": "pip", "directory": "/"}.items() <= \
        next(u for u in dependabot["updates"] if u["package-ecosystem"] == "pip").items()


def test_the_pinned_line_it_shows_is_this_version() -> None:
    pins = re.findall(r"ambassadors-generator==([\w.]+)", text())
    assert pins and set(pins) == {generator.__version__}


# --- a new network: the YAML it shows, the steps it gives ----------------------------------

@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("handboek") / "netwerk"
    done = run_cli(root.parent, "init", str(root), "--name", "Netwerk Handboek",
                   "--site-url", "https://ambassadeurs.example.nl/",
                   "--repository", "voorbeeld/ambassadeurs")
    assert done.returncode == 0, done.stderr
    return root


def test_init_copies_the_handbook_and_its_images(network: Path) -> None:
    assert (network / "HANDBOEK.md").read_bytes() == HANDBOOK.read_bytes()
    for image in IMAGES.iterdir():
        assert (network / "handboek" / image.name).read_bytes() == image.read_bytes()
    pin = [line for line in (network / "requirements.txt").read_text().splitlines()
           if line and not line.startswith("#")]
    assert pin == [f"ambassadors-generator=={generator.__version__}"]
    assert re.findall(r"ambassadors-generator==[\w.]+", text())[0] == pin[0]


def test_the_yaml_it_shows_passes_the_check(network: Path) -> None:
    config_file = network / "mkdocs.yml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    options = config["plugins"][0]["ambassadors"]
    shown = blocks(text(), "yaml")
    assert len(shown) >= 3
    for block in shown:
        values = yaml.safe_load(re.sub(r"<[^>]+>", "voorbeeld", block))
        for key, value in values.items():
            if key == "plugins":  # shown in its place: the plugin's options
                assert value == [{"ambassadors": value[0]["ambassadors"]}], block
                options.update(value[0]["ambassadors"])
            else:
                config[key] = value
    assert {"press_contact", "cms_auth_url"} <= set(options)
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    done = run_cli(network, "check", epoch=EPOCH)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 error(s)" in done.stderr + done.stdout


def test_the_yearly_cycle_puts_the_new_group_where_it_says(tmp_path: Path) -> None:
    """Section 7.2, as written: the announcement first, then an ambassador, both in the
    private folder without asking."""
    root = tmp_path / "netwerk"
    assert run_cli(tmp_path, "init", str(root), "--name", "Netwerk", "--site-url",
                   "https://ambassadeurs.example.nl/").returncode == 0
    cycle = text().split("### 7.2", 1)[1].split("### 7.3", 1)[0]
    steps = [words for words in quoted_commands(cycle)
             if words[:2] in (["new", "appointment"], ["new", "ambassador"])]
    assert [w[:2] for w in steps] == [["new", "appointment"], ["new", "ambassador"]]
    for words in steps:
        done = run_cli(root, *words, epoch=EPOCH)
        assert done.returncode == 0, done.stderr
    assert "`private/content/appointments/2027.md`" in cycle
    assert (root / "private/content/appointments/2027.md").is_file()
    assert "`private/ambassadors/loes-van-leeuwen/`" in cycle
    person = (root / "private/ambassadors/loes-van-leeuwen/index.md").read_text()
    assert re.search(r"^  start: 2027-01-20$", person, re.MULTILINE)
    assert not (root / "ambassadors/loes-van-leeuwen").exists()


# --- language ------------------------------------------------------------------------------

@pytest.mark.parametrize("placeholder", ["TODO", "TBD", "FIXME", "XXX", "Lorem", "lorem ipsum",
                                         "placeholder", "tbd"])
def test_no_english_placeholder_is_left(placeholder: str) -> None:
    assert not re.search(rf"\b{re.escape(placeholder)}\b", text())
