"""`amb.texts`: texts the templates derive from content: summaries, intros, counts, feed
titles and the home page's own text around its hero."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...domain.model import NewsletterIssue, Story
from ...domain.site import Site
from ...domain.text.paragraphs import first_paragraph
from ..labels import Labels
from ..pages import empty_states
from ..pages.kinds import APPOINTMENTS_FEED, NEWSLETTER_FEED, STORIES_FEED
from ..pages.plan import summary

_FIRST_H1 = re.compile(r"<h1\b[^>]*>.*?</h1>", re.DOTALL)
_FEED_LABELS = {STORIES_FEED: "feed_stories", NEWSLETTER_FEED: "feed_newsletter",
                APPOINTMENTS_FEED: "feed_appointments"}


@dataclass(frozen=True)
class Texts:
    site: Site
    t: Labels
    site_name: str

    @staticmethod
    def summary(story: Story) -> str:
        return summary(story)

    @staticmethod
    def intro(issue: NewsletterIssue) -> str:
        return first_paragraph(issue.body)

    def counted(self, key: str, n: int, **values: object) -> str:
        """The label for a count: `key_one` for exactly one, else `key` (with `{n}`)."""
        return self.t(f"{key}_one" if n == 1 else key, n=n, **values)

    def feed_title(self, feed: str) -> str:
        return self.t(_FEED_LABELS[feed], site=self.site_name)

    def home_numbers(self) -> list[tuple[int, str]]:
        """A few true numbers for the home page: active ambassadors, the appearances
        counted this year so far (private ones too: they happened), published stories;
        none that is zero."""
        year = self.site.today.year
        appearances = sum(row.counted for row in self.site.podium_log(year))
        counts = ((len(self.site.active), "home_number_ambassadors"),
                  (appearances, "home_number_appearances"),
                  (len(self.site.stories), "home_number_stories"))
        return empty_states.numbers([(n, self.counted(key, n, year=year))
                                     for n, key in counts])

    @staticmethod
    def without_first_h1(html: str) -> str:
        """The home page's own text below the hero, which already carries the page's h1."""
        return _FIRST_H1.sub("", html, count=1)

    @staticmethod
    def first_h1_id(html: str) -> str:
        """The id of that h1, which the hero's h1 takes over: the theme's table of contents
        links to it."""
        found = _FIRST_H1.search(html)
        named = found and re.search(r'\bid="([^"]+)"', found.group(0))
        return named.group(1) if named else "amb-hero-title"
