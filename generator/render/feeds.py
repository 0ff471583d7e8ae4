"""RSS 2.0 and Atom 1.0 with feedgen: one set of items, two formats, no XML templates.

Dates come from the sources and the build clock, never from 'now', so builds stay
byte-identical. GUIDs are tag URIs from the site's host and the item's slug: they survive
title edits, date fixes and moving a story into a folder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from feedgen.feed import FeedGenerator
from lxml import etree

ATOM = "http://www.w3.org/2005/Atom"
TAG_DATE = "2025"  # when this id scheme was minted; changing it would change every GUID


@dataclass(frozen=True)
class Channel:
    name: str            # file name: feeds/<name>.xml and feeds/<name>.atom
    title: str
    description: str
    page_url: str        # the HTML page the feed mirrors
    site_name: str
    logo_url: str | None = None
    language: str = "nl"


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    link: str
    published: dt.datetime
    summary: str
    content: str         # full HTML, every URL absolute
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    enclosure: tuple[str, int, str] | None = None   # url, length in bytes, MIME type


def guid(site_url: str, kind: str, slug: str) -> str:
    host = urlsplit(site_url).hostname or "ambassadors.invalid"
    return f"tag:{host},{TAG_DATE}:{kind}/{slug}"


def rss(channel: Channel, items: list[Item], self_url: str, built: dt.datetime) -> bytes:
    return _generator(channel, items, self_url, built, "CDATA").rss_str(pretty=True)


def atom(channel: Channel, items: list[Item], self_url: str, built: dt.datetime) -> bytes:
    text = _generator(channel, items, self_url, built, "html").atom_str(pretty=True)
    return _atom_links(text, items)


def _atom_links(text: bytes, items: list[Item]) -> bytes:
    """feedgen 1.0.0 drops `rel` and `type` from Atom entry links; set them here and add
    the enclosure as rel="enclosure" (RFC 4287 4.2.7)."""
    root = etree.fromstring(text)
    by_id = {item.guid: item for item in items}
    for entry in root.iter(f"{{{ATOM}}}entry"):
        item = by_id[entry.findtext(f"{{{ATOM}}}id")]
        for link in entry.iter(f"{{{ATOM}}}link"):
            link.set("rel", "alternate")
            link.set("type", "text/html")
        if item.enclosure:
            url, length, mime = item.enclosure
            etree.SubElement(entry, f"{{{ATOM}}}link", rel="enclosure", href=url, type=mime,
                             length=str(length))
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _generator(channel: Channel, items: list[Item], self_url: str, built: dt.datetime,
               content_type: str) -> FeedGenerator:
    feed = FeedGenerator()
    feed.id(channel.page_url)
    feed.title(channel.title)
    feed.subtitle(channel.description)  # RSS description and Atom subtitle
    # feedgen takes the RSS channel <link> from the last link added: the page, not the feed.
    feed.link(href=self_url, rel="self")
    feed.link(href=channel.page_url, rel="alternate")
    feed.language(channel.language)
    feed.author({"name": channel.site_name})
    feed.generator("ambassadors-generator")
    if channel.logo_url:
        feed.logo(channel.logo_url)
        feed.image(url=channel.logo_url, title=channel.title, link=channel.page_url)
    feed.lastBuildDate(built)
    feed.updated(max([built] + [item.published for item in items]))
    for item in items:
        _entry(feed, item, content_type)
    return feed


def _entry(feed: FeedGenerator, item: Item, content_type: str) -> None:
    entry = feed.add_entry(order="append")
    entry.guid(item.guid, permalink=False)
    entry.title(item.title)
    entry.link(href=item.link, rel="alternate")
    entry.published(item.published)
    entry.updated(item.published)
    entry.description(item.summary)
    entry.summary(item.summary)
    entry.content(item.content, type=content_type)
    for name in item.authors:
        entry.author({"name": name})
    for category in item.categories:
        entry.category(term=category)
    # feedgen 1.0.0 drops `rel` from Atom entry links, so an enclosure would become a second
    # alternate link there; Atom readers find the image in the content anyway.
    if item.enclosure and content_type != "html":
        url, length, mime = item.enclosure
        entry.enclosure(url, str(length), mime)
