"""The description of every generated page: `<meta name="description">`, `og:description` and
`twitter:description` all carry it.

Search engines show it under the link and chat apps in the preview, so a page that repeats
the site's slogan says nothing about itself. Each kind says what it holds from its own data
(counts, names, date and place, the first paragraph), in Dutch labels a site may override,
as plain text cut to fit at a word: search engines cut off around 160 characters anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..domain.text import first_paragraph
from .helpers import Helpers
from .pages import PageSpec

LIMIT = 160
ELLIPSIS = "…"


def shorten(text: str, limit: int = LIMIT) -> str:
    """At most `limit` characters: white space folded, cut after the last whole word that
    fits with an ellipsis (a single longer word is cut where it must be)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = text[:limit - len(ELLIPSIS) + 1]
    cut = room[:-1] if room.endswith(" ") else room.rsplit(" ", 1)[0] if " " in room \
        else room[:-1]
    return cut.rstrip(" ,;:–-") + ELLIPSIS


def describe(spec: PageSpec | None, helpers: Helpers, default: str) -> str:
    """The page's own description, or `default` (the site's) for a page we do not make or
    that has nothing to say."""
    kind = _KINDS.get(spec.kind) if spec else None
    return shorten((kind(spec, helpers) if kind else "") or default)


def counted(helpers: Helpers, noun: str, n: int) -> str:
    """'1 verhaal', '3 verhalen': labels `desc_<noun>_one` and `desc_<noun>_many`."""
    return helpers.t(f"desc_{noun}_one") if n == 1 else helpers.t(f"desc_{noun}_many", n=n)


def listing(helpers: Helpers, names: Iterable[str]) -> str:
    """'A, B en C'."""
    names = list(names)
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {helpers.t('desc_and')} {names[-1]}"


def _ambassador(spec: PageSpec, h: Helpers) -> str:
    person = spec.subject
    facts = ", ".join(filter(None, (person.role, person.organisation, person.region)))
    return " ".join(filter(None, (f"{facts}." if facts else "", f"{h.term_text(person)}.",
                                  first_paragraph(person.body))))


def _story(spec: PageSpec, h: Helpers) -> str:
    story = spec.subject
    people = listing(h, (p.name for p in h.ambassadors_of(story)))
    return h.summary(story) or h.t("desc_story", people=people, site=h.site_name,
                                   date=h.date(story.date))


def _directory(spec: PageSpec, h: Helpers) -> str:
    n = len(spec.data["ambassadors"])
    if not n:
        return h.t("desc_ambassadors_none", site=h.site_name)
    return h.t("desc_ambassadors", count=counted(h, "active", n), site=h.site_name)


def _facet(spec: PageSpec, h: Helpers) -> str:
    facet = spec.data["facet"]
    return h.t(f"desc_facet_{facet.kind}", count=counted(h, "active", len(facet.ambassadors)),
               site=h.site_name, value=facet.value,
               names=listing(h, (a.name for a in facet.ambassadors)))


def _alumni(spec: PageSpec, h: Helpers) -> str:
    people = spec.data["ambassadors"]
    honorary = sum(a.honorary for a in people)
    who = [counted(h, "alumni", len(people) - honorary) if len(people) > honorary else "",
           counted(h, "honorary", honorary) if honorary else ""]
    if not people:
        return h.t("desc_alumni_none", site=h.site_name)
    return h.t("desc_alumni", who=listing(h, filter(None, who)), site=h.site_name)


def _stories(spec: PageSpec, h: Helpers) -> str:
    stories = spec.data["stories"]
    if not stories:
        return h.t("desc_stories_none", site=h.site_name)
    return h.t("desc_stories", count=counted(h, "stories", len(stories)), site=h.site_name,
               title=stories[0].title)


def _story_theme(spec: PageSpec, h: Helpers) -> str:
    theme = spec.data["theme"]
    return h.t("desc_story_theme", count=counted(h, "stories", len(theme.stories)),
               value=theme.value, site=h.site_name,
               titles="; ".join(s.title for s in theme.stories))


def _agenda(spec: PageSpec, h: Helpers) -> str:
    upcoming = h.site.upcoming
    if not upcoming:
        return h.t("desc_agenda_none", site=h.site_name)
    events = sum(1 for item in upcoming if item.event)
    what = listing(h, filter(None, (
        counted(h, "events", events) if events else "",
        counted(h, "appearances", len(upcoming) - events) if len(upcoming) > events else "")))
    first = next((item for item in upcoming if not item.cancelled), upcoming[0])
    return h.t("desc_agenda", what=what, site=h.site_name, title=h.title(first),
               date=h.date(first.starts_at.astimezone(h.site.clock.tz)))


def _event(spec: PageSpec, h: Helpers) -> str:
    item = spec.subject
    head = " · ".join(filter(None, (h.when(item), h.location(item))))
    text = f"{head}. {first_paragraph(item.event.body)}".strip()
    return f"{h.t('cancelled')}: {text}" if item.cancelled else text


def _podium(spec: PageSpec, h: Helpers) -> str:
    """/podium/ shows the latest year like /podium/<year>/ does, but stands for all years.
    The figures are the page's own summary, which says only what the site's podium_public
    option lets the page say."""
    year = spec.data["year"]
    return h.t("desc_podium" if spec.kind == "podium" else "desc_podium_year",
               site=h.site_name, year=year, first=min(h.site.podium_years),
               summary=h.podium_summary(year))


def _newsletters(spec: PageSpec, h: Helpers) -> str:
    issues = spec.data["issues"]
    if not issues:
        return h.t("desc_newsletters_none", site=h.site_name)
    return h.t("desc_newsletters", count=counted(h, "issues", len(issues)), site=h.site_name,
               title=issues[0].title, date=h.date(issues[0].date))


def _newsletter(spec: PageSpec, h: Helpers) -> str:
    issue = spec.subject.issue
    return first_paragraph(issue.body) or h.t("desc_newsletter", site=h.site_name,
                                              date=h.date(issue.date))


def _appointments(spec: PageSpec, h: Helpers) -> str:
    announcements = spec.data["appointments"]
    if not announcements:
        return h.t("desc_appointments_none", site=h.site_name)
    return h.t("desc_appointments", count=counted(h, "announcements", len(announcements)),
               site=h.site_name, title=announcements[0].title,
               date=h.date(announcements[0].date))


def _appointment(spec: PageSpec, h: Helpers) -> str:
    appointment = spec.subject
    return first_paragraph(appointment.release) or h.t(
        "desc_appointment", site=h.site_name, date=h.date(appointment.date),
        names=listing(h, (a.name for a in spec.data["appointed"])))


def _press(spec: PageSpec, h: Helpers) -> str:
    announcements = spec.data["appointments"]
    if not announcements:
        return h.t("desc_press_none", site=h.site_name)
    return h.t("desc_press", site=h.site_name,
               count=counted(h, "announcements", len(announcements)))


def _accessibility(spec: PageSpec, h: Helpers) -> str:
    return h.t("desc_accessibility", site=h.site_name, date=spec.data["date"])


_KINDS: dict[str, Callable[[PageSpec, Helpers], str]] = {
    "ambassador": _ambassador, "story": _story, "ambassadors": _directory, "facet": _facet,
    "alumni": _alumni, "stories": _stories, "story_theme": _story_theme, "agenda": _agenda,
    "event": _event, "podium": _podium, "podium_year": _podium, "newsletters": _newsletters,
    "newsletter": _newsletter, "appointments": _appointments, "appointment": _appointment,
    "press": _press, "accessibility": _accessibility}
