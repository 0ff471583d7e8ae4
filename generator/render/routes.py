"""Every address the site makes, from one table of patterns (Pelican's `*_SAVE_AS`, the
blog's `post_url_format`): pages, images, feeds, calendars and press kits.

Paths are source paths in the engine's docs tree (`ambassadeurs/<slug>/index.md`); the
engine turns them into URLs. The words in them are segments with today's Dutch defaults;
the plugin option `urls` overrides any of them, so a network can publish `/ambassadors/`
or `/en/ambassadors/`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ..domain.problems import quote
from ..messages import msg
from ..sources.options.press_contact import OptionError

SEGMENTS: Mapping[str, str] = MappingProxyType({
    "ambassadors": "ambassadeurs",
    "alumni": "oud-ambassadeurs",
    "region": "regio",
    "sector": "sector",
    "themes": "thema",
    "stories": "verhalen",
    "agenda": "agenda",
    "calendar": "agenda",
    "podium": "podium",
    "newsletter": "nieuwsbrief",
    "appointments": "benoemingen",
    "press": "pers",
    "press_kit": "perskit",
    "feeds": "feeds",
    "feed_stories": "verhalen",
    "feed_newsletter": "nieuwsbrief",
    "feed_appointments": "benoemingen",
    "accessibility": "toegankelijkheid",
    "search": "zoeken",
    "search_bundle": "pagefind",
})

PATTERNS: Mapping[str, str] = MappingProxyType({
    "ambassadors": "{ambassadors}/index.md",
    "ambassador": "{ambassadors}/{slug}/index.md",
    "alumni": "{ambassadors}/{alumni}/index.md",
    "facet": "{ambassadors}/{facet}/{slug}/index.md",
    "portrait": "{ambassadors}/{slug}/{slug}-{width}.{ext}",
    "stories": "{stories}/index.md",
    "story": "{stories}/{slug}/index.md",
    "story_theme": "{stories}/{folder}/{slug}/index.md",
    "cover": "{stories}/{slug}/{slug}-{width}.{ext}",
    "agenda": "{agenda}/index.md",
    "event": "{agenda}/{slug}/index.md",
    "event_ics": "{agenda}/{slug}/{slug}.ics",
    "calendar": "{calendar}.ics",
    "podium": "{podium}/index.md",
    "podium_year": "{podium}/{year}/index.md",
    "newsletters": "{newsletter}/index.md",
    "newsletter": "{newsletter}/{slug}/index.md",
    "newsletter_email": "{newsletter}/{slug}/email.html",
    "newsletter_text": "{newsletter}/{slug}/email.txt",
    "appointments": "{appointments}/index.md",
    "appointment": "{appointments}/{year}/index.md",
    "press": "{press}/index.md",
    "press_photo": "{press}/{year}/{slug}.jpg",
    "press_kit": "{press}/{press_kit}-{year}.zip",
    "feed": "{feeds}/{name}.{ext}",
    "accessibility": "{accessibility}/index.md",
    "search": "{search}/index.md",
    # Pagefind's bundle: its script, index chunks and filters (render/search/pagefind.py).
    "search_bundle": "{search_bundle}/pagefind.js",
    # The network's look (render/images/look.py): its colours, its logo as written (an SVG), as
    # PNG (mail, print), as favicon and as home-screen icon.
    "look_css": "assets/stylesheets/look.css",
    "logo_svg": "assets/logo/logo.svg",
    "logo_png": "assets/logo/logo.png",
    "favicon": "assets/logo/favicon.png",
    "touch_icon": "assets/logo/apple-touch-icon.png",
})

# The facets of the directory: ambassador field -> the segment of its filter pages.
FACETS = ("region", "sector", "themes")
# A segment: lower-case words joined by '-', optionally several joined by '/' ('en/news');
# short enough that every path stays well within a file system's limits.
_SEGMENT = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*")
SEGMENT_LIMIT = 60


def check_segments(given: object) -> dict[str, str]:
    """The `urls` option checked: known keys, values like `ambassadors` or `en/news`."""
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        raise OptionError(msg("option.urls"))
    for key, value in given.items():
        if key not in SEGMENTS:
            raise OptionError(msg("option.urls_key", key=quote(str(key)),
                                  known=", ".join(SEGMENTS)))
        if not isinstance(value, str) or len(value) > SEGMENT_LIMIT \
                or not _SEGMENT.fullmatch(value):
            raise OptionError(msg("option.urls_value", key=key, limit=SEGMENT_LIMIT,
                                  value=quote(str(value))))
    checked = {key: str(value) for key, value in given.items()}
    _check_apart({**SEGMENTS, **checked}, checked)
    return checked


# Each of these is a folder of its own at the site's root: two at one address, or one inside
# another, and a page of one replaces a page of the other (the ambassador 'verhalen' and the
# stories' index). Likewise the directory's own pages and the feeds' file names.
AREAS = ("ambassadors", "stories", "agenda", "podium", "newsletter", "appointments", "press",
         "feeds", "accessibility", "search", "search_bundle")
GROUPS = (AREAS, ("alumni", *FACETS), ("feed_stories", "feed_newsletter", "feed_appointments"))
# The browser editor's own page (/admin/, adapter/admin_page.py).
RESERVED = ("admin",)


def _check_apart(segments: Mapping[str, str], given: Mapping[str, str]) -> None:
    """No two outputs at one address: the words of a group lie apart, no area is the
    editor's page, no feed is called like the feeds' sitemap, and the calendar
    (`<calendar>.ics`) does not lie among the events' own .ics files."""
    for group in GROUPS:
        for index, key in enumerate(group):
            for other in group[:index]:
                if key in given:
                    _apart(segments, key, other)
                elif other in given:
                    _apart(segments, other, key)
    for key in AREAS:
        if key in given and segments[key] in RESERVED:
            raise OptionError(msg("option.urls_reserved", key=key, value=quote(segments[key]),
                                  word=segments[key] + "/"))
    for key in ("feed_stories", "feed_newsletter", "feed_appointments"):
        if segments[key] == "sitemap":
            raise OptionError(msg("option.urls_reserved", key=key, value="'sitemap'",
                                  word=segments["feeds"] + "/sitemap.xml"))
    if "calendar" in given or "agenda" in given:
        _apart(segments, "calendar", "agenda", nested_only=True)


def _apart(segments: Mapping[str, str], key: str, other: str, nested_only: bool = False) -> None:
    first, second = segments[key], segments[other]
    inside = first.startswith(second + "/")
    if inside or (not nested_only and (first == second or second.startswith(first + "/"))):
        raise OptionError(msg("option.urls_twice", key=key, value=quote(first), other=other,
                              other_value=quote(second)))


@dataclass(frozen=True)
class Routes:
    """The site's addresses: `routes.path("story", slug="x")` -> `verhalen/x/index.md`."""

    overrides: tuple[tuple[str, str], ...] = ()   # from check_segments, sorted
    segments: Mapping[str, str] = field(init=False, repr=False, compare=False)
    _filled: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        segments = {**SEGMENTS, **dict(self.overrides)}
        object.__setattr__(self, "segments", MappingProxyType(segments))
        # The segments written into the patterns once: templates ask for tens of thousands
        # of addresses, and each then formats only its own values.
        filled = {}
        for route, pattern in PATTERNS.items():
            for key, word in segments.items():
                pattern = pattern.replace("{%s}" % key, word)
            filled[route] = pattern
        object.__setattr__(self, "_filled", filled)

    @classmethod
    def of(cls, given: object) -> Routes:
        return cls(tuple(sorted(check_segments(given).items())))

    def path(self, route: str, /, **values: object) -> str:
        return self._filled[route].format_map(values)

    def pattern(self, route: str) -> str:
        """The route with this site's words and its placeholders: `verhalen/{slug}/index.md`."""
        return self._filled[route]

    def folder(self, route: str, /, **values: object) -> str:
        """The folder of a page: `verhalen/x` for `story`."""
        return self.path(route, **values).rsplit("/", 1)[0]

    def feed(self, feed: str, ext: str) -> str:
        """`feeds/verhalen.xml` for feed id `stories`."""
        return self.path("feed", name=self.segments[f"feed_{feed}"], ext=ext)

    @property
    def reserved_ambassador_slugs(self) -> frozenset[str]:
        """Folder names under the directory that the site uses itself (the alumni page and
        the filter pages): an ambassador folder with one of them would collide."""
        return frozenset(self.segments[key].split("/", 1)[0] for key in ("alumni", *FACETS))


DEFAULT = Routes()
