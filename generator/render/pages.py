"""Which pages and images the site gets, as plain specs: the adapter turns them into files.

Every path here is a source path in the engine's docs tree (`ambassadeurs/<slug>/index.md`);
the engine decides the final URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from ..domain.calendar import Happening
from ..domain.model import Ambassador, Appointment, Event, NewsletterIssue, Source, Story
from ..domain.people import fold, slugify
from ..domain.site import Site
from ..domain.text import first_paragraph
from ..sources.body_images import retarget
from .dates import long_date
from .images import Derived, Recipe, plan
from .labels import Labels
from .story_themes import story_themes

AMBASSADORS = "ambassadeurs"
ALUMNI = "oud-ambassadeurs"
STORIES = "verhalen"
AGENDA = "agenda"
PODIUM = "podium"
NEWSLETTER = "nieuwsbrief"
APPOINTMENTS = "benoemingen"
FEEDS = "feeds"
PRESS = "pers"
ACCESSIBILITY = "toegankelijkheid"
PRESS_PHOTO = Recipe(3000, None, quality=90, longest=True)
# Images inside a body: JPEG only, because the same HTML also goes into feeds and e-mail.
BODY = (Recipe(640), Recipe(1280))
CALENDAR_FILE = "agenda.ics"
FACETS = (("region", "regio"), ("sector", "sector"), ("themes", "thema"))
# Folder names under ambassadeurs/ that the site uses itself: an ambassador folder with one
# of these names would collide with the alumni page or a filter page.
RESERVED_AMBASSADOR_SLUGS = frozenset({ALUMNI, *(path for _, path in FACETS)})
# Every width in WebP (small) and JPEG (for every mail client and old browser).
PORTRAIT = tuple(Recipe(w, (4, 5), format=f) for f in ("WEBP", "JPEG") for w in (320, 640))
COVER = tuple(Recipe(w, format=f) for f in ("WEBP", "JPEG") for w in (320, 640, 1280))


@dataclass(frozen=True)
class PageSpec:
    src: str
    template: str
    title: str
    kind: str
    markdown: str = ""
    edit_path: str | None = None     # the contributor's source file, relative to the root
    subject: Any = None
    data: dict[str, Any] = field(default_factory=dict)
    authored: bool = False           # the body comes from a contributor: sanitise it


@dataclass(frozen=True)
class Facet:
    """One filter value, e.g. region 'Noord-Brabant', and the active ambassadors with it."""

    kind: str
    path: str
    value: str
    slug: str
    ambassadors: tuple[Ambassador, ...]

    @property
    def src(self) -> str:
        return f"{AMBASSADORS}/{self.path}/{self.slug}/index.md"


def ambassador_src(slug: str) -> str:
    return f"{AMBASSADORS}/{slug}/index.md"


def story_src(slug: str) -> str:
    return f"{STORIES}/{slug}/index.md"


def facets(site: Site) -> dict[str, tuple[Facet, ...]]:
    """Filter values per kind, in Dutch alphabetical order; spellings that give the same
    slug are one value."""
    result = {}
    for kind, path in FACETS:
        groups: dict[str, tuple[str, list[Ambassador]]] = {}
        for ambassador in site.active:
            values = getattr(ambassador, kind)
            for value in (values if isinstance(values, tuple) else (values,)):
                if value and slugify(value):
                    groups.setdefault(slugify(value), (value, []))[1].append(ambassador)
        result[kind] = tuple(Facet(kind, path, value, slug, tuple(members))
                             for slug, (value, members) in
                             sorted(groups.items(), key=lambda g: (fold(g[1][0]), g[0])))
    return result


def site_pages(site: Site, t: Labels, contact: str = "") -> list[PageSpec]:
    """Every generated page, in a fixed order."""
    all_facets = facets(site)
    themes = story_themes(site.stories, STORIES)
    pages = [
        PageSpec(f"{AMBASSADORS}/index.md", "amb/ambassadors.html", t("ambassadors"),
                 "ambassadors", data={"ambassadors": site.active, "facets": all_facets}),
        PageSpec(f"{AMBASSADORS}/{ALUMNI}/index.md", "amb/alumni.html", t("alumni"), "alumni",
                 data={"ambassadors": site.alumni}),
        PageSpec(f"{STORIES}/index.md", "amb/stories.html", t("stories"), "stories",
                 data={"stories": site.stories, "themes": themes}),
    ]
    for group in all_facets.values():
        pages += [PageSpec(facet.src, "amb/ambassadors.html",
                           t("facet_title", value=facet.value), "facet",
                           data={"ambassadors": facet.ambassadors, "facets": all_facets,
                                 "facet": facet}) for facet in group]
    pages += [PageSpec(theme.src, "amb/stories.html", t("story_theme_title", value=theme.value),
                       "story_theme", data={"stories": theme.stories, "themes": themes,
                                            "theme": theme}) for theme in themes]
    pages.append(PageSpec(f"{AGENDA}/index.md", "amb/agenda.html", t("agenda"), "agenda"))
    if site.podium_years:
        pages.append(PageSpec(f"{PODIUM}/index.md", "amb/podium.html", t("podium"), "podium",
                              data={"year": site.podium_years[0]}))
        pages += [PageSpec(podium_src(year), "amb/podium.html", t("podium_year", year=year),
                           "podium_year", data={"year": year}) for year in site.podium_years]
    pages.append(PageSpec(f"{NEWSLETTER}/index.md", "amb/newsletters.html", t("newsletter"),
                          "newsletters", data={"issues": site.newsletters}))
    pages += [PageSpec(newsletter_src(n), "amb/newsletter.html", n.title, "newsletter",
                       markdown=n.body, edit_path=_editable(n.source), subject=site.newsletter(n),
                       authored=True) for n in site.newsletters]
    pages.append(PageSpec(f"{APPOINTMENTS}/index.md", "amb/appointments.html",
                          t("appointments"), "appointments",
                          data={"appointments": site.appointments}))
    pages += [_appointment(site, a) for a in site.appointments]
    pages.append(PageSpec(f"{PRESS}/index.md", "amb/press.html", t("press"), "press",
                          data={"appointments": site.appointments}))
    pages.append(PageSpec(f"{ACCESSIBILITY}/index.md", "amb/accessibility.html",
                          t("accessibility"), "accessibility",
                          data={"date": long_date(site.today), "contact": contact}))
    pages += [_profile(site, a) for a in site.ambassadors]
    pages += [_story(site, s) for s in site.stories]
    pages += [_event(site, h) for h in site.calendar if h.event]
    return pages


def body_image_dest(folder: str, slug: str, name: str, recipe: Recipe) -> str:
    """`verhalen/x/x-team-1280.jpg` for `![...](team.JPG)` in story x."""
    stem = slugify(PurePosixPath(name).stem) or "afbeelding"
    return f"{folder}/{slug}-{stem}-{recipe.width}.{recipe.extension}"


def _with_derived_images(body: str, folder: str, slug: str,
                         images: tuple[tuple[str, object], ...]) -> str:
    """Point the body's image links at the largest derived copy beside the page."""
    names = {name for name, _ in images}
    return retarget(body, lambda name: body_image_dest(folder, slug, name, BODY[-1])
                    .rsplit("/", 1)[1] if name in names else None)


def _profile(site: Site, ambassador: Ambassador) -> PageSpec:
    body = _with_derived_images(ambassador.body, f"{AMBASSADORS}/{ambassador.slug}",
                                ambassador.slug, ambassador.body_images)
    return PageSpec(ambassador_src(ambassador.slug), "amb/ambassador.html", ambassador.name,
                    "ambassador", markdown=body, edit_path=_editable(ambassador.source),
                    subject=ambassador, authored=True,
                    data={"stories": site.stories_of(ambassador.slug),
                          "status": site.status(ambassador).value})


def _story(site: Site, story: Story) -> PageSpec:
    body = _with_derived_images(story.body, f"{STORIES}/{story.slug}", story.slug,
                                story.body_images)
    return PageSpec(story_src(story.slug), "amb/story.html", story.title, "story",
                    markdown=body, edit_path=_editable(story.source), subject=story,
                    authored=True, data={"ambassadors": site.ambassadors_of(story.ambassadors)})


def _event(site: Site, item: Happening) -> PageSpec:
    event = item.event
    assert event is not None
    return PageSpec(event_src(event), "amb/event.html", event.title, "event",
                    markdown=event.body, edit_path=_editable(event.source), subject=item,
                    authored=True, data={"ambassadors": site.ambassadors_of(event.ambassadors)})


def _appointment(site: Site, appointment: Appointment) -> PageSpec:
    farewell = tuple(a for a in site.ambassadors if a.term.end.year == appointment.year
                     and a.slug not in appointment.ambassadors)
    return PageSpec(appointment_src(appointment), "amb/appointment.html", appointment.title,
                    "appointment", markdown=appointment.release, edit_path=_editable(appointment.source),
                    subject=appointment, authored=True,
                    data={"appointed": site.ambassadors_of(appointment.ambassadors),
                          "farewell": farewell})


def _editable(source: Source) -> str | None:
    """The source file an "edit this page" link opens; none for a private source, which
    lives in a repository the visitor cannot see."""
    return None if source.private else source.path


def press_photo(appointment: Appointment, person: Ambassador) -> str:
    return f"{PRESS}/{appointment.year}/{person.slug}.jpg"


def press_kit(appointment: Appointment) -> str:
    return f"{PRESS}/perskit-{appointment.year}.zip"


def newsletter_src(issue: NewsletterIssue) -> str:
    return f"{NEWSLETTER}/{issue.slug}/index.md"


def appointment_src(appointment: Appointment) -> str:
    return f"{APPOINTMENTS}/{appointment.year}/index.md"


def podium_src(year: int) -> str:
    return f"{PODIUM}/{year}/index.md"


def event_src(event: Event) -> str:
    return f"{AGENDA}/{event.slug}/index.md"


def event_ics(event: Event) -> str:
    return f"{AGENDA}/{event.slug}/{event.slug}.ics"


def summary(story: Story) -> str:
    return story.summary or first_paragraph(story.body)


def site_images(site: Site) -> dict[str, tuple[Derived, ...]]:
    """Derived images per owner (`ambassador:<slug>`, `story:<slug>`), smallest first."""
    images = {}
    for ambassador in site.ambassadors:
        if ambassador.photo:
            images[f"ambassador:{ambassador.slug}"] = tuple(
                plan(ambassador.photo, recipe, f"{AMBASSADORS}/{ambassador.slug}/"
                     f"{ambassador.slug}-{recipe.width}.{recipe.extension}",
                     ambassador.photo_focus)
                for recipe in PORTRAIT)
    owners = [(f"{AMBASSADORS}/{a.slug}", a.slug, a.body_images) for a in site.ambassadors]
    owners += [(f"{STORIES}/{s.slug}", s.slug, s.body_images) for s in site.stories]
    for folder, slug, body_images in owners:
        for name, path in body_images:
            images[f"body:{folder}:{name}"] = tuple(
                plan(path, recipe, body_image_dest(folder, slug, name, recipe))
                for recipe in BODY)
    for appointment in site.appointments:
        for person in site.ambassadors_of(appointment.ambassadors):
            if person.photo:
                images[f"press:{appointment.year}:{person.slug}"] = (
                    plan(person.photo, PRESS_PHOTO, press_photo(appointment, person)),)
    for story in site.stories:
        if story.image:
            images[f"story:{story.slug}"] = tuple(
                plan(story.image, recipe, f"{STORIES}/{story.slug}/{story.slug}-"
                     f"{recipe.width}.{recipe.extension}") for recipe in COVER)
    return images
