"""Which items each feed carries, with their metadata; the HTML comes from the built pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from ...domain.model import Appointment, NewsletterIssue
from ...domain.site import Site
from ...domain.text.paragraphs import first_paragraph
from ..pages.descriptions import listing
from ..pages.kinds import APPOINTMENTS_FEED, NEWSLETTER_FEED, STORIES_FEED
from ..pages.plan import summary
from ..routes import DEFAULT, Routes
from ..templating.media import ImageKey
from ..templating.names import TemplateNames
from .write import Author, Channel, Item, Media, atom, guid, rss

EMPTY_SITEMAP = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
                 b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n')


@dataclass(frozen=True)
class PlannedItem:
    src: str          # the page whose content becomes the item's HTML
    item: Item        # everything but the content


@dataclass(frozen=True)
class FeedPlan:
    channel: Channel
    items: tuple[PlannedItem, ...]


def plan_feeds(site: Site, amb: TemplateNames, limit: int, logo_url: str | None,
               cover_bytes: dict[str, int]) -> list[FeedPlan]:
    base = amb.network.site_url
    t, name = amb.t, amb.network.site_name
    src, absolute = amb.links.src, amb.links.absolute

    def channel(feed: str, label: str, index: str) -> Channel:
        return Channel(feed, t(label, site=name), t(f"{label}_description", site=name),
                       absolute(index) or base, name, logo_url)

    # The GUIDs keep the Dutch words they were made with, whatever the routes say: a reader
    # would otherwise show every item as new.
    stories = [PlannedItem(src(s), Item(
        guid(base, "verhalen", s.slug), s.title, absolute(s) or "", s.date, summary(s),
        "", tuple(Author(a.name, uri=absolute(a)) for a in amb.people.ambassadors_of(s)),
        s.themes, _images(amb, ImageKey.cover(s.slug), cover_bytes, s.image_alt),
        byline=listing(amb, (a.name for a in amb.people.ambassadors_of(s)))))
        for s in site.stories[:limit]]
    issues = [PlannedItem(src(n), Item(
        guid(base, "nieuwsbrief", n.slug), n.title, absolute(n) or "", n.date,
        first_paragraph(n.body), "", (), (), _issue_images(amb, site, n, cover_bytes)))
        for n in site.newsletters[:limit]]
    appointments = [PlannedItem(src(a), Item(
        guid(base, "benoemingen", a.slug), a.title, absolute(a) or "", a.date,
        first_paragraph(a.release), "", (), (),
        _portraits(amb, a, cover_bytes))) for a in site.appointments[:limit]]
    return [FeedPlan(channel(STORIES_FEED, "feed_stories", "stories"), tuple(stories)),
            FeedPlan(channel(NEWSLETTER_FEED, "feed_newsletter", "newsletters"), tuple(issues)),
            FeedPlan(channel(APPOINTMENTS_FEED, "feed_appointments", "appointments"),
                     tuple(appointments))]


def _issue_images(amb: TemplateNames, site: Site, issue: NewsletterIssue,
                  cover_bytes: dict[str, int]) -> tuple[Media, ...]:
    """An issue's pictures, as its e-mail shows them: the covers of its stories, then the
    portraits of the newly appointed. The first is what Mailchimp's *|RSSITEM:IMAGE|*
    takes."""
    contents = site.newsletter(issue)
    covers = tuple(image for story in contents.stories
                   for image in _images(amb, ImageKey.cover(story.slug), cover_bytes,
                                        story.image_alt or story.title))
    return covers + tuple(image for ap in contents.appointments
                          for image in _portraits(amb, ap, cover_bytes))


def _portraits(amb: TemplateNames, appointment: Appointment,
               cover_bytes: dict[str, int]) -> tuple[Media, ...]:
    """The newly appointed who have a photo, in the announcement's order."""
    return tuple(image for person in amb.people.ambassadors_of(appointment)
                 for image in _images(amb, ImageKey.portrait(person.slug), cover_bytes,
                                      person.name, person.photo_credit))


def _images(amb: TemplateNames, key: ImageKey, cover_bytes: dict[str, int], title: str | None,
            credit: str | None = None) -> tuple[Media, ...]:
    """The largest JPEG derived for the site, as published: every reader and mail client
    shows JPEG. Nothing without a site_url, since feed URLs must be absolute."""
    images = amb.media.sized(key, format="JPEG")   # smallest first
    largest = images[-1] if images else None
    if largest is None or not amb.network.site_url or largest.url not in cover_bytes:
        return ()
    return (Media(amb.network.site_url.rstrip("/") + "/" + largest.url, cover_bytes[largest.url],
                  "image/jpeg", largest.width, largest.height, title, credit),)


def write_feeds(plans: list[FeedPlan], contents: dict[str, str], site_dir: Path,
                site_url: str, built: dt.datetime, routes: Routes = DEFAULT) -> None:
    """Write each feed as RSS 2.0 (`feeds/<name>.xml`) and Atom (`feeds/<name>.atom`)."""
    # The theme fetches sitemap.xml beside every <link rel="alternate"> it finds (it takes
    # them for language versions); an empty one keeps that from being a failed request.
    sitemap = site_dir / routes.path("feed", name="sitemap", ext="xml")
    sitemap.parent.mkdir(parents=True, exist_ok=True)
    sitemap.write_bytes(EMPTY_SITEMAP)
    for plan in plans:
        items = [replace(p.item, content=contents.get(p.src, "")) for p in plan.items]
        for ext, write in (("xml", rss), ("atom", atom)):
            path = routes.feed(plan.channel.name, ext)
            (site_dir / path).parent.mkdir(parents=True, exist_ok=True)
            (site_dir / path).write_bytes(write(plan.channel, items,
                                                f"{site_url.rstrip('/')}/{path}", built))
