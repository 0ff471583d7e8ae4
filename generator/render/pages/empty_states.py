"""What a page says where its list would be empty: true sentences, never a count of nothing.

A network without ambassadors is normal on its first day; the page then says whether anyone
was ever appointed and, when it is known, when the next ones come: the start of a term that
has been announced, or the moment of an announcement that is ready and waiting.

Only a page that is the list says so; a section of another page whose list is empty is left
out, heading and all (a profile without stories has no stories section)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ...domain.site import Site
from ...domain.terms import Status
from ..dates import long_date
from ..labels import Labels


def no_ambassadors(site: Site, t: Labels, moment: Callable[[dt.datetime], str]
                   ) -> tuple[str, ...]:
    """The sentences for a directory without active ambassadors."""
    coming = site.with_status(Status.UPCOMING)
    first = not site.alumni
    said = [t("no_ambassadors_yet") if first and not coming else t("no_active_ambassadors")]
    if coming:
        start = min(a.term.start for a in coming)
        said.append(t("ambassadors_first_start" if first else "ambassadors_next_start",
                      date=long_date(start)))
    elif site.next_announcement:
        said.append(t("ambassadors_first_moment" if first else "ambassadors_next_moment",
                      moment=moment(site.next_announcement)))
    return tuple(said)


def numbers(counted: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The home page's numbers without the zeros: '0 verhalen' says nothing true to a
    visitor that the page does not already show."""
    return [(value, label) for value, label in counted if value]
