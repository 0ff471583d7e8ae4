"""The templates' `amb`: one attribute per concern, each a small read-only object in a module
of its own here, so that a template author finds what `amb.podium.summary(year)` does in
podium.py. Registered in one place, the plugin's `on_env`, beside the labels `t`
(render/labels.py); the newsletter e-mail gets the same object.

    amb.site       the Site (domain/site.py): ambassadors, stories, calendar, clock
    amb.network    network.py: the network's name, address, contacts, forms and choices
    amb.links      links.py: addresses of pages, feeds, filter pages, cards, the guide
    amb.media      media.py: derived images and what stands in for a missing portrait
    amb.dates      dates.py: Dutch dates and moments in the site's timezone
    amb.people     people.py: an ambassador's status, term, links, stories, invitation
    amb.texts      texts.py: summaries, intros, counts, feed titles, the home page's text
    amb.calendar   calendar.py: events and appearances, add-to-calendar and subscribe links
    amb.podium     podium.py: the yearly target: rows, totals, planned, charts
    amb.press      press.py: release summaries, notes for editors, press kits and photos
    amb.jsonld     jsonld.py: schema.org structured data
    amb.search     search.py: Pagefind's filters, weights, ranking and script

Every address is site-relative (use `| url`) unless a name says absolute. Built last, from
collaborators made before it, and never changed afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...domain.site import Site
from ..labels import Labels
from .calendar import Calendar
from .dates import Dates
from .jsonld import StructuredData
from .links import Links
from .media import Media
from .network import Presentation
from .people import People
from .podium import Podium
from .press import Press
from .search import Search
from .texts import Texts


@dataclass(frozen=True)
class TemplateNames:
    site: Site
    t: Labels
    network: Presentation
    links: Links
    media: Media
    dates: Dates
    people: People
    texts: Texts
    calendar: Calendar
    podium: Podium
    press: Press
    jsonld: StructuredData
    search: Search

    @classmethod
    def build(cls, site: Site, t: Labels, links: Links, media: Media,
              shown: Presentation = Presentation(),
              file_sizes: Mapping[str, int] | None = None) -> TemplateNames:
        """`file_sizes`: the generated downloads (press kits), by source path."""
        dates = Dates(site.clock.tz, t)
        people = People(site, t, dates, shown)
        texts = Texts(site, t, shown.site_name)
        calendar = Calendar(site, t, links)
        return cls(site=site, t=t, network=shown, links=links, media=media, dates=dates,
                   people=people, texts=texts, calendar=calendar,
                   podium=Podium(site, t, links, shown.podium_public),
                   press=Press(links, media, people, dict(file_sizes or {})),
                   jsonld=StructuredData(shown, links, media, people, texts, calendar),
                   search=Search(t, links))
