"""schema.org data for search engines: Person on profiles, NewsArticle on announcements,
BlogPosting on stories (events: calendar_links.py)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..domain.model import Ambassador, Appointment, Story
from .dates import stated


def as_script(data: dict[str, Any]) -> str:
    """JSON that is safe inside <script type="application/ld+json">: no '<', '>' or '&' at
    all, so no text can close the element or switch the parser's script states."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def person(ambassador: Ambassador, url: str | None, image: str | None) -> str:
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Person",
                            "name": ambassador.name}
    if ambassador.role:
        data["jobTitle"] = ambassador.role
    if ambassador.organisation:
        data["worksFor"] = {"@type": "Organization", "name": ambassador.organisation}
    if ambassador.region:
        data["homeLocation"] = {"@type": "Place", "name": ambassador.region}
    if ambassador.themes:
        data["knowsAbout"] = list(ambassador.themes)
    if image:
        data["image"] = image
    if url:
        data["url"] = url
    if ambassador.links:
        data["sameAs"] = [link for _, link in ambassador.links]
    return as_script(data)


def person_ref(name: str, url: str | None) -> dict[str, Any]:
    """An ambassador as author or performer: their name and, when known, their profile."""
    return {"@type": "Person", "name": name, **({"url": url} if url else {})}


def organisation(name: str, site_url: str, logo: str | None) -> dict[str, Any]:
    """The network as publisher or organizer: its name, site and logo (the `logo` option)."""
    data: dict[str, Any] = {"@type": "Organization", "name": name}
    if site_url:
        data["url"] = site_url
    if logo:
        data["logo"] = {"@type": "ImageObject", "url": logo}
    return data


def news_article(appointment: Appointment, *, url: str | None, images: list[str],
                 publisher: str, site_url: str, logo: str | None, description: str) -> str:
    network = organisation(publisher, site_url, logo)
    data = _article("NewsArticle", appointment.title, appointment.date, description, url,
                    images)
    return as_script(data | {"author": network, "publisher": network})


def blog_posting(story: Story, *, url: str | None, images: list[str],
                 authors: list[dict[str, str]], publisher: dict[str, Any],
                 description: str) -> str:
    """A story: by its ambassadors (Person, with their profile), published by the network.
    The sources carry no date of a later edit, so dateModified is the publication moment."""
    data = _article("BlogPosting", story.title, story.date, description, url, images)
    if authors:
        data["author"] = authors
    if story.themes:
        data["keywords"] = list(story.themes)
    return as_script(data | {"publisher": publisher})


def _article(kind: str, headline: str, moment: dt.datetime, description: str,
             url: str | None, images: list[str]) -> dict[str, Any]:
    when = stated(moment).isoformat(timespec="minutes")
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": headline, "datePublished": when, "dateModified": when}
    if description:
        data["description"] = description
    if images:
        data["image"] = images
    if url:
        data["url"] = url
        data["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
    return data
