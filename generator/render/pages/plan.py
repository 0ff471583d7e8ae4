"""Which pages and images the site gets, as typed specs (kinds.py): the adapter turns them
into files. Every path comes from the route table (routes.py)."""

from __future__ import annotations

from pathlib import PurePosixPath

from ...domain.calendar import Happening
from ...domain.model import Ambassador, Appointment, Source, Story
from ...domain.people import slugify
from ...domain.site import Site
from ...domain.text.paragraphs import first_paragraph
from ...sources.body_images import retarget
from ..dates import long_date
from ..images.derived import Derived, Recipe, plan
from ..labels import Labels
from ..routes import DEFAULT, Routes
from ..templating.media import ImageKey
from .kinds import (
    AccessibilityPage,
    AgendaPage,
    AlumniPage,
    AppointmentPage,
    AppointmentsPage,
    DirectoryPage,
    EventPage,
    FacetPage,
    NewsletterPage,
    NewslettersPage,
    PageSpec,
    PodiumPage,
    PodiumYearPage,
    PressPage,
    ProfilePage,
    SearchPage,
    StoriesPage,
    StoryPage,
    StoryThemePage,
)
from .listings import Listings

PRESS_PHOTO = Recipe(3000, None, quality=90, longest=True)
# Images inside a body: JPEG only, because the same HTML also goes into feeds and e-mail.
BODY = (Recipe(640), Recipe(1280))
# Every width in WebP (small) and JPEG (for every mail client and old browser).
PORTRAIT = tuple(Recipe(w, (4, 5), format=f) for f in ("WEBP", "JPEG") for w in (320, 640))
COVER = tuple(Recipe(w, format=f) for f in ("WEBP", "JPEG") for w in (320, 640, 1280))


def site_pages(site: Site, t: Labels, listed: Listings, contact: str = "",
               routes: Routes = DEFAULT) -> list[PageSpec]:
    """Every generated page, in a fixed order."""
    r = routes.path
    all_facets, themes = listed.facets, listed.themes
    pages: list[PageSpec] = [
        DirectoryPage(src=r("ambassadors"), title=t("ambassadors"), ambassadors=site.active,
                      facets=all_facets),
        AlumniPage(src=r("alumni"), title=t("alumni"), ambassadors=site.alumni),
        StoriesPage(src=r("stories"), title=t("stories"), stories=site.stories, themes=themes),
    ]
    pages += [FacetPage(src=facet.src, title=t("facet_title", value=facet.value),
                        ambassadors=facet.ambassadors, facets=all_facets, facet=facet)
              for group in all_facets.values() for facet in group]
    pages += [StoryThemePage(src=theme.src, title=t("story_theme_title", value=theme.value),
                             stories=theme.stories, themes=themes, theme=theme)
              for theme in themes]
    pages.append(AgendaPage(src=r("agenda"), title=t("agenda")))
    if site.podium_years:
        pages.append(PodiumPage(src=r("podium"), title=t("podium"), year=site.podium_years[0]))
        pages += [PodiumYearPage(src=r("podium_year", year=year),
                                 title=t("podium_year", year=year), year=year)
                  for year in site.podium_years]
    pages.append(NewslettersPage(src=r("newsletters"), title=t("newsletter"),
                                 issues=site.newsletters))
    pages += [NewsletterPage(src=r("newsletter", slug=n.slug), title=n.title, markdown=n.body,
                             edit_path=_editable(n.source), authored=True,
                             newsletter=site.newsletter(n)) for n in site.newsletters]
    pages.append(AppointmentsPage(src=r("appointments"), title=t("appointments"),
                                  appointments=site.appointments))
    pages += [_appointment(site, a, routes) for a in site.appointments]
    pages.append(PressPage(src=r("press"), title=t("press"), appointments=site.appointments))
    pages.append(AccessibilityPage(src=r("accessibility"), title=t("accessibility"),
                                   date=long_date(site.today), contact=contact))
    pages.append(SearchPage(src=r("search"), title=t("search_title")))
    pages += [_profile(site, a, routes) for a in site.ambassadors]
    pages += [_story(site, s, routes) for s in site.stories]
    pages += [_event(site, h, routes) for h in site.calendar if h.event]
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


def _profile(site: Site, ambassador: Ambassador, routes: Routes) -> PageSpec:
    folder = routes.folder("ambassador", slug=ambassador.slug)
    body = _with_derived_images(ambassador.body, folder, ambassador.slug,
                                ambassador.body_images)
    return ProfilePage(src=routes.path("ambassador", slug=ambassador.slug),
                       title=ambassador.name, markdown=body,
                       edit_path=_editable(ambassador.source), authored=True,
                       ambassador=ambassador, stories=site.stories_of(ambassador.slug),
                       status=site.status(ambassador).value)


def _story(site: Site, story: Story, routes: Routes) -> PageSpec:
    folder = routes.folder("story", slug=story.slug)
    body = _with_derived_images(story.body, folder, story.slug, story.body_images)
    return StoryPage(src=routes.path("story", slug=story.slug), title=story.title,
                     markdown=body, edit_path=_editable(story.source), authored=True,
                     story=story, ambassadors=site.ambassadors_of(story.ambassadors))


def _event(site: Site, item: Happening, routes: Routes) -> PageSpec:
    event = item.event
    assert event is not None
    return EventPage(src=routes.path("event", slug=event.slug), title=event.title,
                     markdown=event.body, edit_path=_editable(event.source), authored=True,
                     item=item, ambassadors=site.ambassadors_of(event.ambassadors))


def _appointment(site: Site, appointment: Appointment, routes: Routes) -> PageSpec:
    farewell = tuple(a for a in site.ambassadors if a.term.end.year == appointment.year
                     and a.slug not in appointment.ambassadors)
    return AppointmentPage(src=routes.path("appointment", year=appointment.year),
                           title=appointment.title, markdown=appointment.release,
                           edit_path=_editable(appointment.source), authored=True,
                           appointment=appointment,
                           appointed=site.ambassadors_of(appointment.ambassadors),
                           farewell=farewell)


def _editable(source: Source) -> str | None:
    """The source file an "edit this page" link opens; none for a private source, which
    lives in a repository the visitor cannot see."""
    return None if source.private else source.path


def summary(story: Story) -> str:
    return story.summary or first_paragraph(story.body)


def site_images(site: Site, routes: Routes = DEFAULT) -> dict[ImageKey, tuple[Derived, ...]]:
    """Derived images per owner, smallest first."""
    images = {}
    for ambassador in site.ambassadors:
        if ambassador.photo:
            images[ImageKey.portrait(ambassador.slug)] = tuple(
                plan(ambassador.photo, recipe, routes.path(
                    "portrait", slug=ambassador.slug, width=recipe.width,
                    ext=recipe.extension), ambassador.photo_focus)
                for recipe in PORTRAIT)
    owners = [(routes.folder("ambassador", slug=a.slug), a.slug, a.body_images)
              for a in site.ambassadors]
    owners += [(routes.folder("story", slug=s.slug), s.slug, s.body_images)
               for s in site.stories]
    for folder, slug, body_images in owners:
        for name, path in body_images:
            images[ImageKey.body(folder, name)] = tuple(
                plan(path, recipe, body_image_dest(folder, slug, name, recipe))
                for recipe in BODY)
    for appointment in site.appointments:
        for person in site.ambassadors_of(appointment.ambassadors):
            if person.photo:
                images[ImageKey.press(appointment.year, person.slug)] = (plan(
                    person.photo, PRESS_PHOTO, routes.path("press_photo", year=appointment.year,
                                                           slug=person.slug)),)
    for story in site.stories:
        if story.image:
            images[ImageKey.cover(story.slug)] = tuple(
                plan(story.image, recipe, routes.path("cover", slug=story.slug,
                                                      width=recipe.width,
                                                      ext=recipe.extension))
                for recipe in COVER)
    return images
