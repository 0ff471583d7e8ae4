"""What a newsletter issue reports: the period since the previous published issue.

The period runs from after the previous issue's date up to and including this issue's date
(the first issue: the 31 days up to its date). The events section looks ahead from the
issue's date, with every public planned appearance (the spec's rule; each shows its kind,
so an interview does not read as a meeting to go to); an appearance at a network event
listed there is shown with that event. An
issue's content depends only on the sources, never on the build clock, so a sent issue does
not change afterwards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .calendar import Appearance, Happening, from_appearance
from .clock import BuildClock, days
from .model import Ambassador, Appointment, NewsletterIssue, PodiumEntry, Story

FIRST_PERIOD_DAYS = 31
# Without the option email_unsubscribe the mail's unsubscribe link goes to this section of
# /nieuwsbrief/, which tells how to unsubscribe at the mailing service (the id of its
# heading in amb/newsletters.html; check's advisory names it).
UNSUBSCRIBE_ANCHOR = "afmelden"


@dataclass(frozen=True)
class IssueContents:
    issue: NewsletterIssue
    since: dt.date      # exclusive
    until: dt.date      # inclusive
    stories: tuple[Story, ...]
    events: tuple[Happening, ...]
    appearances: tuple[tuple[Ambassador, PodiumEntry], ...]
    appointments: tuple[Appointment, ...]

    @property
    def first_day(self) -> dt.date:
        """The first day the issue covers (`since` itself belongs to the previous one)."""
        return self.since + dt.timedelta(days=1)


def periods(issues: tuple[NewsletterIssue, ...], tz: dt.tzinfo) -> dict[str, tuple[dt.date, dt.date]]:
    """slug -> (after, up to and including), for published issues in any order."""
    ordered = sorted(issues, key=lambda n: (n.date, n.slug))
    result = {}
    previous: dt.date | None = None
    for issue in ordered:
        day = issue.date.astimezone(tz).date()
        result[issue.slug] = (previous if previous is not None
                              else day - dt.timedelta(days=FIRST_PERIOD_DAYS), day)
        previous = day
    return result


def issue_contents(issue: NewsletterIssue, since: dt.date, until: dt.date, *,
                   stories: tuple[Story, ...], events: tuple[Happening, ...],
                   ambassadors: tuple[Ambassador, ...], appointments: tuple[Appointment, ...],
                   clock: BuildClock, days_ahead: int) -> IssueContents:
    tz = clock.tz

    def within(moment: dt.datetime) -> bool:
        return since < moment.astimezone(tz).date() <= until

    horizon = until + days(days_ahead)
    coming = [h for h in events if until <= h.starts_at.astimezone(tz).date() <= horizon]
    listed = {h.event.slug for h in coming if h.event}   # an appearance there is shown with it
    coming += [from_appearance(Appearance(a, e, 1), clock) for a in ambassadors
               for e in a.podium if e.public and until <= e.date <= horizon
               and a.term.contains(e.date) and not (e.event and e.event in listed)]
    appeared = sorted(((a, e) for a in ambassadors for e in a.podium
                       if since < e.date <= until and a.term.contains(e.date)),
                      key=lambda pair: (pair[1].date, pair[0].slug, pair[1].title))
    return IssueContents(
        issue, since, until,
        stories=tuple(sorted((s for s in stories if within(s.date)),
                             key=lambda s: (s.date, s.slug))),
        events=tuple(sorted(coming, key=lambda h: (h.starts_at, h.key))),
        appearances=tuple(appeared),
        appointments=tuple(a for a in appointments if within(a.date)),
    )
