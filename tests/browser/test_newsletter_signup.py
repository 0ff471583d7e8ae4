"""The newsletter sign-up form (option newsletter_signup, issue 20) in Chromium on a phone:
no sideways scrolling, the e-mail field found by its label, and a submit that goes to the
mailing service as a POST with the address, intercepted and aborted, never sent."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs

import pytest

from tests.browser.conftest import serve
from tests.sitebuilder import build
from tests.zorgnetwerk import EPOCH, write_site

HOST = "voorbeeld.us1.list-manage.com"
OPTION = f"""      newsletter_signup:
        action: https://{HOST}/subscribe/post?u=abc123&id=def456
        email_field: EMAIL
        name_field: FNAME
        hidden: {{u: abc123, id: def456}}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    result = build(write_site(tmp_path_factory.mktemp("signup-browser"), OPTION), EPOCH)
    assert result.code == 0, result.out
    url, server = serve(result.site)
    yield url
    server.shutdown()


def test_the_form_fits_a_phone_and_posts_to_the_service(browser, site: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    sent = []

    def intercept(route) -> None:
        sent.append((route.request.method, route.request.url, route.request.post_data or ""))
        route.abort()

    outside = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(site) else None)
    page.route(f"https://{HOST}/**", intercept)
    page.goto(site + "nieuwsbrief/")
    page.wait_for_load_state("load")
    assert outside == []   # nothing from the service (or anyone else) before submitting
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    form = page.locator("form.amb-signup--page")
    email = form.get_by_label("Je e-mailadres")
    assert email.get_attribute("type") == "email"
    assert form.get_by_label("Je voornaam").get_attribute("name") == "FNAME"
    box = form.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    # The form is on the page once: the footer leaves it to the page.
    assert page.get_by_label("Je e-mailadres").count() == 1

    email.fill("lezer@example.org")
    form.get_by_label("Je voornaam").fill("Lotte")
    with page.expect_request(lambda request: HOST in request.url):
        form.get_by_role("button", name="Aanmelden").click()
    assert len(sent) == 1
    method, url, body = sent[0]
    assert method == "POST" and url == f"https://{HOST}/subscribe/post?u=abc123&id=def456"
    fields = parse_qs(body)
    assert fields["EMAIL"] == ["lezer@example.org"] and fields["FNAME"] == ["Lotte"]
    assert fields["u"] == ["abc123"] and fields["id"] == ["def456"]
    context.close()
