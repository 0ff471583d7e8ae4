"""Embargoed sources in the public tree: the site keeps them back, but anyone can read them
on the repository host before their moment (content-model.md v1.3, "Private sources")."""

from __future__ import annotations

import datetime as dt

from ..messages import msg
from .clock import BuildClock
from .model import Source, Sources
from .problems import Report
from .site import Publication


def readable_early(sources: Sources, clock: BuildClock
                   ) -> list[tuple[Source, dt.datetime, bool]]:
    """Each public-tree source that is not public at the clock because of an unpublished
    announcement, with that announcement's moment: the announcement itself, the folders of
    the people it names, and the stories and events that name them (drafts too: they
    name them as well). True marks an ambassador: their whole folder moves, photo and all."""
    publication = Publication(sources, clock)
    secret = {slug: moment for slug, moment in publication.embargoed.items()
              if slug not in publication.announced}
    found: list[tuple[Source, dt.datetime, bool]] = [
        (a.source, a.date, False) for a in sources.appointments
        if a not in publication.appointments]
    found += [(a.source, secret[a.slug], True) for a in sources.ambassadors if a.slug in secret]
    for item in (*sources.stories, *sources.events):
        moments = [secret[slug] for slug in item.ambassadors if slug in secret]
        if moments:
            found.append((item.source, max(moments), False))
    return [item for item in found if not item[0].private]


def report_readable_early(sources: Sources, clock: BuildClock, report: Report,
                          private_dir: str | None) -> None:
    """An advisory per source, never an error: the build keeps the embargo either way."""
    where = private_dir or msg("exposed.no_private_dir")
    for source, moment, folder in readable_early(sources, clock):
        report.advisory(source.path, None, None, msg(
            "exposed.readable", moment=moment.astimezone(clock.tz), where=where,
            what=msg("exposed.folder" if folder else "exposed.file")))
