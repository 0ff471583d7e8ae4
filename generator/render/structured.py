"""schema.org data for search engines: Person on profiles, NewsArticle on announcements."""

from __future__ import annotations

import json
from typing import Any

from ..domain.model import Ambassador, Appointment
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


def news_article(appointment: Appointment, *, url: str | None, images: list[str],
                 publisher: str, site_url: str, logo: str | None, description: str) -> str:
    organisation: dict[str, Any] = {"@type": "Organization", "name": publisher,
                                    "url": site_url}
    if logo:
        organisation["logo"] = {"@type": "ImageObject", "url": logo}
    data: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": appointment.title,
        "datePublished": stated(appointment.date).isoformat(timespec="minutes"),
        "dateModified": stated(appointment.date).isoformat(timespec="minutes"),
        "author": organisation, "publisher": organisation,
    }
    if description:
        data["description"] = description
    if images:
        data["image"] = images
    if url:
        data["url"] = url
        data["mainEntityOfPage"] = url
    return as_script(data)
