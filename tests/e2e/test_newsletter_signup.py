"""The option `newsletter_signup` (issue 20): the mailing service's sign-up form on
/nieuwsbrief/ and in every other page's footer (once per page, issue 30), a plain form posting to the service, with a label for
every visible field; nothing on any page loads from the service; a hostile value in
mkdocs.yml stops the build and `check` with a message in English and Dutch."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.sitebuilder import build, run_cli
from tests.zorgnetwerk import EPOCH, write_site

HOST = "voorbeeld.us1.list-manage.com"
ACTION = f"https://{HOST}/subscribe/post?u=abc123&id=def456"
OPTION = f"""      newsletter_signup:
        action: {ACTION}
        email_field: EMAIL
        name_field: FNAME
        hidden: {{u: abc123, id: def456, b_abc123_def456: ""}}"""


class Forms(HTMLParser):
    """Every form with its inputs, every label's `for`, and every attribute value."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self.labels: set[str] = set()
        self.attributes: list[tuple[str, str, str]] = []   # (tag, name, value)
        self._form: dict | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.attributes += [(tag, name, value) for name, value in values.items()]
        if tag == "form":
            self._form = {**values, "inputs": [], "buttons": []}
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None:
            self._form["inputs"].append(values)
        elif tag == "button" and self._form is not None:
            self._form["buttons"].append(values)
        elif tag == "label" and "for" in values:
            self.labels.add(values["for"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None


def parsed(html: str) -> Forms:
    forms = Forms()
    forms.feed(html)
    return forms


def signup_forms(html: str) -> list[dict]:
    return [f for f in parsed(html).forms if "amb-signup" in f.get("class", "").split()]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    root = write_site(tmp_path_factory.mktemp("signup"), OPTION)
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def _check_form(form: dict, labels: set[str]) -> None:
    assert form["method"] == "post" and form["action"] == ACTION
    assert "target" not in form
    visible = [i for i in form["inputs"] if i.get("type") != "hidden"]
    email = next(i for i in visible if i["name"] == "EMAIL")
    assert email["type"] == "email" and email["autocomplete"] == "email" and "required" in email
    assert {i["name"] for i in visible} == {"EMAIL", "FNAME"}
    for field in visible:
        assert field["id"] in labels
    hidden = {i["name"]: i["value"] for i in form["inputs"] if i.get("type") == "hidden"}
    assert hidden == {"u": "abc123", "id": "def456", "b_abc123_def456": ""}
    assert [b.get("type") for b in form["buttons"]] == ["submit"]


def test_the_form_is_on_the_newsletter_page_and_in_every_other_footer(built) -> None:
    page = built.page("nieuwsbrief/index.html")
    found = parsed(page)
    forms = signup_forms(page)
    assert len(forms) == 1 and "amb-signup--page" in forms[0]["class"]   # not twice
    _check_form(forms[0], found.labels)
    ids = [i["id"] for i in forms[0]["inputs"] if "id" in i]
    assert len(ids) == len(set(ids)) == 2
    assert ">Aanmelden</button>" in page
    assert f"Je aanmelding gaat naar {HOST}" in page

    other = built.page("ambassadeurs/anouk-de-wit/index.html")
    footer = signup_forms(other)
    assert len(footer) == 1 and "amb-signup--footer" in footer[0]["class"]
    _check_form(footer[0], parsed(other).labels)


def test_no_page_loads_anything_from_the_service(built) -> None:
    pages = sorted(built.site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        html = path.read_text(encoding="utf-8")
        found = parsed(html)
        for tag, name, value in found.attributes:
            if HOST in value:
                assert (tag, name) == ("form", "action"), (path, tag, name)
        assert html.count(HOST) == 2 * len(signup_forms(html)), path  # action and notice
        assert "<iframe" not in html
    for path in built.site.rglob("*"):
        if path.suffix in {".js", ".css", ".xml", ".json", ".ics"}:
            assert HOST not in path.read_text(encoding="utf-8", errors="replace"), path


def test_without_the_option_there_is_no_form(tmp_path: Path) -> None:
    result = build(write_site(tmp_path), EPOCH)
    assert result.code == 0, result.out
    for path in result.site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "amb-signup" not in html and 'method="post"' not in html, path
    assert "amb-signup" not in result.page("nieuwsbrief/index.html")


def test_laposta_with_only_an_email_field(tmp_path: Path) -> None:
    action = "https://api.laposta.nl/form/submit/abcd1234"
    root = write_site(tmp_path, f"""      newsletter_signup:
        action: {action}
        email_field: email""")
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    page = result.page("nieuwsbrief/index.html")
    form = signup_forms(page)[0]
    assert form["action"] == action
    assert [(i["name"], i["type"]) for i in form["inputs"]] == [("email", "email")]
    assert "Je aanmelding gaat naar api.laposta.nl" in page


HOSTILE = {
    "javascript": "action: javascript:alert(1)\n        email_field: EMAIL",
    "http": "action: http://voorbeeld.example.org/subscribe\n        email_field: EMAIL",
    "no-action": "email_field: EMAIL",
    "attribute": f"action: {ACTION}\n        email_field: 'EMAIL\" onfocus=\"x'",
    "no-email-field": f"action: {ACTION}",
    "name-field": f"action: {ACTION}\n        email_field: EMAIL\n        name_field: 'a b'",
    "script-value": f"action: {ACTION}\n        email_field: EMAIL\n"
                    "        hidden: {u: '<script>alert(1)</script>'}",
    "newline-value": f"action: {ACTION}\n        email_field: EMAIL\n"
                     "        hidden: {u: \"abc\\ndef\"}",
    "hidden-name": f"action: {ACTION}\n        email_field: EMAIL\n"
                   "        hidden: {'x\"y': abc}",
    "hidden-list": f"action: {ACTION}\n        email_field: EMAIL\n        hidden: [u, id]",
    "twice": f"action: {ACTION}\n        email_field: EMAIL\n        hidden: {{EMAIL: x}}",
    "unknown-key": f"action: {ACTION}\n        email_field: EMAIL\n        script: x",
}


@pytest.mark.parametrize("body", [*HOSTILE.values(), "LIST"], ids=[*HOSTILE, "list"])
def test_a_hostile_value_stops_build_and_check(tmp_path: Path, body: str) -> None:
    option = "      newsletter_signup: [https://x.example.org/, EMAIL]" if body == "LIST" \
        else "      newsletter_signup:\n        " + body
    root = write_site(tmp_path, option)
    done = run_cli(root, "check", epoch=EPOCH)
    assert done.returncode != 0 and "Traceback" not in done.stdout + done.stderr
    assert "newsletter_signup" in done.stdout and "NL: " in done.stdout
    result = build(root, EPOCH)
    assert result.code != 0 and "Traceback" not in result.out
    assert "newsletter_signup" in result.out
    assert re.search(r"NL: mkdocs\.yml:\d+: newsletter_signup", result.out)
    assert not (result.site / "nieuwsbrief/index.html").exists()
