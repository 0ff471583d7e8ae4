"""Ambassadors whom no announcement names. Appointing happens once a year, in public; a
folder that no announcement mentions is often an ambassador added by `new` and forgotten,
or one whose slug in the announcement is misspelt. Appointed mid-year is allowed, so this
is an advisory from `check`, never from the build."""

from __future__ import annotations

from ..messages import msg
from .model import Sources
from .problems import Report


def report_unannounced(sources: Sources, report: Report, appointments_dir: str) -> None:
    """An advisory per ambassador in no announcement, when the site has announcements."""
    if not sources.appointments:
        return
    named = {slug for appointment in sources.appointments for slug in appointment.ambassadors}
    for ambassador in sources.ambassadors:
        if ambassador.slug in named:
            continue
        report.advisory(ambassador.source.path, ambassador.lines.get("name"), None,
                       msg("appointment.missing", slug=ambassador.slug,
                           folder=appointments_dir))
