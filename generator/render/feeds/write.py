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

from ..dates import stated

ATOM = "http://www.w3.org/2005/Atom"
MRSS = "http://search.yahoo.com/mrss/"
TAG_DATE = "2025"  # when this id scheme was minted; changing it would change every GUID
# Keep <content:encoded><![CDATA[...]]> as feedgen wrote it when the RSS is post-processed.
_PARSER = etree.XMLParser(strip_cdata=False)


@dataclass(frozen=True)
class Channel:
    name: str            # the feed id (kinds.STORIES_FEED, ...); routes give its file
    title: str
    description: str
    page_url: str        # the HTML page the feed mirrors
    site_name: str
    logo_url: str | None = None
    language: str = "nl"


@dataclass(frozen=True)
class Media:
    """An image of an item, so that readers can show it without opening the page."""

    url: str             # absolute
    length: int          # bytes
    mime: str
    width: int
    height: int
    title: str | None = None    # the person's name or the image's alt text
    credit: str | None = None   # photographer and licence, when the source names them


@dataclass(frozen=True)
class Author:
    """A person an item is by. RSS's own <author> must be an e-mail address, so it is
    written only with one (never a made-up one); the names go in <dc:creator>."""

    name: str
    email: str | None = None
    uri: str | None = None   # the profile page, absolute (Atom's <uri>)


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    link: str
    published: dt.datetime
    summary: str
    content: str         # full HTML, every URL absolute
    authors: tuple[Author, ...] = ()
    categories: tuple[str, ...] = ()
    media: tuple[Media, ...] = ()   # in order; RSS's single <enclosure> is the first
    # The authors' names as one line ('A, B en C') for RSS's <dc:creator>: feedparser keeps
    # only the last of several, rss2email and newsboat only the first.
    byline: str = ""


def guid(site_url: str, kind: str, slug: str) -> str:
    host = urlsplit(site_url).hostname or "ambassadors.invalid"
    return f"tag:{host},{TAG_DATE}:{kind}/{slug}"


def rss(channel: Channel, items: list[Item], self_url: str, built: dt.datetime) -> bytes:
    text = _generator(channel, items, self_url, built, "CDATA").rss_str(pretty=True)
    root = etree.fromstring(text, _PARSER)
    by_guid = {item.guid: item for item in items}
    for element in root.iter("item"):
        _media(element, by_guid[element.findtext("guid")])
    return _serialise(root)


def atom(channel: Channel, items: list[Item], self_url: str, built: dt.datetime) -> bytes:
    text = _generator(channel, items, self_url, built, "html").atom_str(pretty=True)
    return _atom_links(text, items)


def _atom_links(text: bytes, items: list[Item]) -> bytes:
    """feedgen 1.0.0 drops `rel` and `type` from Atom entry links; set them here and add
    each image as rel="enclosure" (RFC 4287 4.2.7 allows several)."""
    root = etree.fromstring(text)
    by_id = {item.guid: item for item in items}
    for entry in root.iter(f"{{{ATOM}}}entry"):
        item = by_id[entry.findtext(f"{{{ATOM}}}id")]
        for link in entry.iter(f"{{{ATOM}}}link"):
            link.set("rel", "alternate")
            link.set("type", "text/html")
        for image in item.media:
            etree.SubElement(entry, f"{{{ATOM}}}link", rel="enclosure", href=image.url,
                             type=image.mime, length=str(image.length))
        _media(entry, item)
    return _serialise(root)


def _media(parent: etree._Element, item: Item) -> None:
    """Media RSS, which feedgen's `media` extension cannot write: it has no title or credit
    and puts images in one <media:group>, which means versions of one image."""
    for image in item.media:
        content = etree.SubElement(parent, f"{{{MRSS}}}content", url=image.url,
                                   type=image.mime, medium="image", width=str(image.width),
                                   height=str(image.height), fileSize=str(image.length))
        if image.title:
            etree.SubElement(content, f"{{{MRSS}}}title").text = image.title
        if image.credit:
            etree.SubElement(content, f"{{{MRSS}}}credit").text = image.credit


def _serialise(root: etree._Element) -> bytes:
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _generator(channel: Channel, items: list[Item], self_url: str, built: dt.datetime,
               content_type: str) -> FeedGenerator:
    feed = FeedGenerator()
    if any(item.media for item in items):
        feed.load_extension("media")  # only to declare xmlns:media once, on the root
    if content_type != "html" and any(item.byline for item in items):
        feed.load_extension("dc", atom=False, rss=True)  # <dc:creator>: RSS items only
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
    feed.updated(stated(max([built] + [item.published for item in items])))
    for item in items:
        _entry(feed, item, content_type)
    return feed


def _entry(feed: FeedGenerator, item: Item, content_type: str) -> None:
    entry = feed.add_entry(order="append")
    entry.guid(item.guid, permalink=False)
    entry.title(item.title)
    entry.link(href=item.link, rel="alternate")
    entry.published(stated(item.published))
    entry.updated(stated(item.published))
    entry.description(item.summary)
    entry.summary(item.summary)
    entry.content(item.content, type=content_type)
    for author in item.authors:
        # feedgen writes RSS's <author> only for an author with an e-mail address
        entry.author({key: value for key, value in (("name", author.name),
                      ("email", author.email), ("uri", author.uri)) if value})
    if item.byline and content_type != "html":
        entry.dc.dc_creator(item.byline)
    for category in item.categories:
        entry.category(term=category)
    # RSS allows one enclosure. feedgen 1.0.0 drops `rel` from Atom entry links, so there an
    # enclosure would become a second alternate link: _atom_links adds them instead.
    if item.media and content_type != "html":
        first = item.media[0]
        entry.enclosure(first.url, str(first.length), first.mime)
