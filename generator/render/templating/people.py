"""`amb.people`: what templates show of an ambassador: status, term, links, stories,
announcements, filter values and the invitation to invite them."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from ...domain.model import Ambassador, Appointment, Story
from ...domain.people import slugify
from ...domain.site import Site
from ...domain.terms import Status
from ..dates import long_date
from ..labels import LINK_ORDER, Labels
from ..pages import empty_states
from .dates import Dates
from .network import Presentation


@dataclass(frozen=True)
class People:
    site: Site
    t: Labels
    dates: Dates
    network: Presentation

    def status(self, ambassador: Ambassador) -> str:
        """upcoming, active, alumnus or honorary: also the CSS modifier."""
        status = self.site.status(ambassador)
        if status is Status.ALUMNUS:
            return "honorary" if ambassador.honorary else "alumnus"
        return status.value

    def status_label(self, ambassador: Ambassador) -> str:
        status = self.status(ambassador)
        if status == "upcoming":
            return self.t("upcoming", date=long_date(ambassador.term.start))
        return self.t(status)

    def term_text(self, ambassador: Ambassador) -> str:
        key = {"active": "term_since", "upcoming": "term_from"}.get(
            self.site.status(ambassador).value, "term_was")
        return self.t(key, start=long_date(ambassador.term.start),
                      end=long_date(ambassador.term.end))

    def links(self, ambassador: Ambassador) -> list[tuple[str, str, str]]:
        """(kind, label, url) in a fixed order."""
        given = dict(ambassador.links)
        return [(kind, self.t(f"link_{kind}"), given[kind]) for kind in LINK_ORDER
                if kind in given]

    def stories_of(self, ambassador: Ambassador) -> tuple[Story, ...]:
        return self.site.stories_of(ambassador.slug)

    def ambassadors_of(self, item: Story | Appointment) -> tuple[Ambassador, ...]:
        return self.site.ambassadors_of(item.ambassadors)

    def appointments_of(self, ambassador: Ambassador) -> tuple[Appointment, ...]:
        """The published announcements that name an ambassador: their term history."""
        return tuple(a for a in self.site.appointments if ambassador.slug in a.ambassadors)

    @staticmethod
    def facet_values(ambassador: Ambassador, kind: str) -> str:
        """The slugs of a person's region, sector or themes, for the directory's filters."""
        value = getattr(ambassador, kind)
        values = value if isinstance(value, tuple) else (value,) if value else ()
        return " ".join(slugify(v) for v in values)

    def no_ambassadors(self) -> tuple[str, ...]:
        """What the directory and the home page say while no ambassador is active."""
        return empty_states.no_ambassadors(self.site, self.t, self.dates.moment)

    def invite_href(self, ambassador: Ambassador | None = None) -> str | None:
        """Where "invite an ambassador" goes: a mail with the ambassador's name in the
        subject, or the network's page for invitations; None when the site has neither."""
        contact = self.network.invite_contact
        if not contact or contact.startswith("https://"):
            return contact
        subject = self.t("invite_subject_person", name=ambassador.name) if ambassador \
            else self.t("invite_subject", site=self.network.site_name)
        return f"mailto:{contact}?subject={quote(subject)}"
