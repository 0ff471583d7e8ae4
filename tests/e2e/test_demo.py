"""The demo network in this repository builds with --strict and shows what the spec promises.

Expectations are worked out here from the raw YAML (not through the generator's own
loader), so a mistake in the generator's rules cannot hide itself.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
import yaml

from tests.quality.conftest import copy_demo
from tests.sitebuilder import Result, build

REPO = Path(__file__).resolve().parents[2]
EPOCH = 1795435200  # 2026-11-23 12:00 UTC
TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
AMSTERDAM = dt.timezone(dt.timedelta(hours=1))  # CET: the demo's dates are in winter time
EDIT = "https://github.com/sociale-innovatie/ambassadeurs/edit/main/"


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def moment(value: dt.date | dt.datetime | str) -> dt.datetime:
    if isinstance(value, str):  # PyYAML leaves '2027-01-20T10:00' (no seconds) a string
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=value.tzinfo or AMSTERDAM)
    return dt.datetime.combine(value, dt.time(0), AMSTERDAM)


def term_end(term: dict) -> dt.date:
    start = term["start"]
    return term.get("end") or start.replace(year=start.year + 2) - dt.timedelta(days=1)


# The demo keeps its embargoed announcement and the people it names in private/ (private_dir).
TREES = (REPO, REPO / "private")
AMBASSADORS = {p.parent.name: front_matter(p) for tree in TREES
               for p in sorted(tree.glob("ambassadors/*/index.md"))}
EMBARGOED = {slug for tree in TREES for p in tree.glob("content/appointments/*.md")
             if moment(front_matter(p)["date"]) > NOW for slug in front_matter(p)["ambassadors"]}
PUBLIC = {s for s, a in AMBASSADORS.items() if s not in EMBARGOED and a["term"]["start"] <= TODAY}
ACTIVE = {s for s in PUBLIC if TODAY <= term_end(AMBASSADORS[s]["term"])}
ALUMNI = PUBLIC - ACTIVE
STORIES = {(p.parent.name if p.name == "index.md" else p.stem): front_matter(p)
           for tree in TREES
           for p in sorted(tree.glob("stories/*.md")) + sorted(tree.glob("stories/*/index.md"))}
PUBLISHED = {s for s, st in STORIES.items() if not st.get("draft") and moment(st["date"]) <= NOW
             and set(st["ambassadors"]) <= PUBLIC}
HELD = set(STORIES) - PUBLISHED


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Result:
    result = build(copy_demo(tmp_path_factory.mktemp("demo")), EPOCH)
    assert result.code == 0, result.out
    return result


def test_the_demo_is_a_real_network() -> None:
    assert 18 <= len(ACTIVE) <= 25
    assert len(ALUMNI) >= 5 and any(AMBASSADORS[s].get("honorary") for s in ALUMNI)
    assert EMBARGOED and len(PUBLISHED) >= 30
    assert any(st.get("draft") for st in STORIES.values())
    assert any(moment(st["date"]) > NOW for st in STORIES.values())


def test_every_active_ambassador_has_a_profile_and_a_card(demo: Result) -> None:
    directory = demo.page("ambassadeurs/index.html")
    for slug in ACTIVE:
        page = demo.page(f"ambassadeurs/{slug}/index.html")
        heading = re.search(r'<h1 class="amb-profile__name"[^>]*>([^<]*)</h1>', page)
        assert heading and html.unescape(heading.group(1)) == AMBASSADORS[slug]["name"]
        assert f'href="{slug}/"' in directory
    cards = re.findall(r'class="amb-card__link" href="([a-z0-9-]+)/"', directory)
    assert sorted(cards) == sorted(ACTIVE)


def test_alumni_page_lists_alumni_and_marks_ere_leden(demo: Result) -> None:
    page = demo.page("ambassadeurs/oud-ambassadeurs/index.html")
    honorary_part, former_part = page.split("Oud-ambassadeurs (", 1)
    for slug in ALUMNI:
        part = honorary_part if AMBASSADORS[slug].get("honorary") else former_part
        assert f"../{slug}/" in part, slug
    assert honorary_part.count("amb-badge--honorary") == \
        sum(bool(AMBASSADORS[s].get("honorary")) for s in ALUMNI)
    for slug in ACTIVE:
        assert f"../{slug}/" not in page


def test_stories_link_to_their_ambassadors_and_back(demo: Result) -> None:
    for slug in PUBLISHED:
        page = demo.page(f"verhalen/{slug}/index.html")
        for person in STORIES[slug]["ambassadors"]:
            assert f'href="../../ambassadeurs/{person}/"' in page
            profile = demo.page(f"ambassadeurs/{person}/index.html")
            assert f'href="../../verhalen/{slug}/"' in profile


def test_drafts_future_and_held_back_stories_are_absent(demo: Result) -> None:
    everything = demo.all_bytes()
    for slug in HELD:
        assert not demo.exists(f"verhalen/{slug}/index.html")
        assert STORIES[slug]["title"].encode() not in everything, slug


def test_embargoed_ambassadors_appear_nowhere(demo: Result) -> None:
    everything = demo.all_bytes().lower()
    for slug in EMBARGOED:
        assert slug.encode() not in everything
        assert AMBASSADORS[slug]["name"].lower().encode() not in everything


def test_edit_link_points_to_the_source_file(demo: Result) -> None:
    for slug in ACTIVE:
        profile = demo.page(f"ambassadeurs/{slug}/index.html")
        assert f'href="{EDIT}ambassadors/{slug}/index.md"' in profile
        assert 'href="../../je-pagina-bewerken/"' in profile  # the Dutch editing guide
    story = sorted(PUBLISHED)[0]
    source = "index.md" if (REPO / "stories" / story).is_dir() else ""
    expected = f"stories/{story}/index.md" if source else f"stories/{story}.md"
    assert f'href="{EDIT}{expected}"' in demo.page(f"verhalen/{story}/index.html")


def test_no_third_party_requests_in_pages(demo: Result) -> None:
    for page in demo.site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        for tag in re.findall(r"<(?:script|link|img)\b[^>]*>", text):
            source = re.search(r'(?:src|href)="(https?:)?//([^/"]+)', tag)
            if source and "rel=\"canonical\"" not in tag:
                assert source.group(2) == "ambassadeurs.example.nl", (page, tag)
