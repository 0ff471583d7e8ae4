"""Can a subscriber leave? Without the option `email_unsubscribe` the e-mail's 'Afmelden'
link goes to /nieuwsbrief/#afmelden, which can only point back to the mailing service's own
link at the bottom of every mail; without `newsletter_signup` either, nothing on the site
comes from the service. `check` says so once there is a newsletter issue (issue 29): an
advisory, since the service's own link may well be there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.newsletter import UNSUBSCRIBE_ANCHOR
from ...messages import msg
from ..errors import Report

if TYPE_CHECKING:
    from ...domain.model import Sources
    from ...site_loader import Settings


def report_unsubscribe(settings: Settings, sources: Sources, report: Report) -> None:
    if not sources.newsletters or settings.email_unsubscribe or settings.newsletter_signup:
        return
    page = "/" + settings.routes.folder("newsletters").strip("/") + f"/#{UNSUBSCRIBE_ANCHOR}"
    report.advisory("mkdocs.yml", None, "email_unsubscribe",
                    msg("newsletter.no_unsubscribe", page=page))
