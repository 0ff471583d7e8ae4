"""Loads a site from its folders and options: shared by the plugin and the command line."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .addresses import Addresses
from .domain.clock import BuildClock
from .domain.model import PressContact, Sources
from .domain.site import Site, SiteOptions, build_site
from .messages import msg
from .render.routes import DEFAULT, Routes
from .sources.errors import Report
from .sources.files.tree import Layout
from .sources.front_matter.fields import Context
from .sources.images import ImageChecks
from .sources.loaders import LoadOptions, load_sources
from .sources.options.newsletter_signup import NewsletterSignup


@dataclass(frozen=True)
class Settings:
    """The plugin options the domain needs, free of MkDocs types."""

    root: Path
    docs_dir: Path
    ambassadors_dir: Path
    stories_dir: Path
    events_dir: str = "events"
    appointments_dir: str = "appointments"
    newsletter_dir: str = "newsletter"
    timezone: str = "Europe/Amsterdam"
    term_years: int = 2
    podium_minimum: int = 3
    network_maximum: int = 25
    newsletter_days_ahead: int = 42
    appointment_tolerance_days: int = 31
    private_dir: Path | None = None
    press_contact: PressContact | None = None
    invite_contact: str | None = None   # e-mail address or https page
    cms_auth_url: str | None = None     # OAuth helper of the browser editor
    newsletter_signup: NewsletterSignup | None = None   # the mailing service's form
    email_unsubscribe: str | None = None   # the e-mail's unsubscribe link (option)
    routes: Routes = DEFAULT            # the site's addresses (option `urls`)
    site_host: str = ""                 # site_url's host: whose images are the site's own
    custom_dir: Path | None = None      # the theme's custom_dir (mkdocs.yml), read by the engine
    logo: str | None = None             # the logo file as mkdocs.yml writes it (option `logo`)

    @property
    def layout(self) -> Layout:
        def inside_docs(name: str) -> Path:  # '..' folded, so the confinement check sees it
            return Path(os.path.normpath(self.docs_dir / name))

        return Layout(self.root, self.ambassadors_dir, self.stories_dir, self.docs_dir,
                      inside_docs(self.events_dir), inside_docs(self.appointments_dir),
                      inside_docs(self.newsletter_dir), self.private_dir,
                      custom_dir=self.custom_dir)


def load_site(settings: Settings, clock: BuildClock, report: Report,
              unsafe_is_error: bool = False, workers: int = 1) -> Site:
    """Both phases' first half: read and validate every source, apply the clock's rules."""
    return load_all(settings, clock, report, unsafe_is_error, workers)[1]


def load_all(settings: Settings, clock: BuildClock, report: Report,
             unsafe_is_error: bool = False, workers: int = 1,
             images: ImageChecks | None = None) -> tuple[Sources, Site]:
    """The sources as read (embargoed ones too) and the site at the clock, from one read;
    `images`: the photos known good from the last build, and those found good in this one."""
    options = LoadOptions(Context(clock.tz, unsafe_is_error), settings.term_years,
                          unsafe_is_error, workers, settings.site_host,
                          images if images is not None else ImageChecks())
    sources = load_sources(settings.layout, options, report, Addresses(settings.routes).taken)
    _check_reserved(sources, report, settings.routes)
    site_options = SiteOptions(settings.term_years, settings.podium_minimum,
                          settings.network_maximum, settings.newsletter_days_ahead,
                          settings.appointment_tolerance_days)
    return sources, build_site(sources, clock, site_options, report)


def _check_reserved(sources: Sources, report: Report, routes: Routes) -> None:
    """An ambassador folder named like a page the site makes under /ambassadeurs/ (the
    alumni, a filter) would take that address: an error, in check and build alike."""
    reserved = routes.reserved_ambassador_slugs
    for ambassador in sources.ambassadors:
        if ambassador.slug in reserved:
            taken = ", ".join(sorted(reserved))
            where = "/" + routes.folder("ambassador", slug=ambassador.slug) + "/"
            report.error(ambassador.source.path, None, None,
                         msg("folder.reserved", slug=ambassador.slug, where=where, taken=taken))
