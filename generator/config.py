"""The plugin's options in mkdocs.yml, typed and documented."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c

from .render.podium_public import DEFAULT_MODE as PODIUM_PUBLIC_DEFAULT
from .render.podium_public import MODES as PODIUM_PUBLIC_MODES
from .render.routes import Routes
from .site_loader import Settings
from .sources.newsletter_signup import parse_newsletter_signup
from .sources.press_contact import parse_https_option, parse_invite_contact, parse_press_contact


class _AsWritten(c.BaseConfigOption[object]):
    """Any value: checked by our own parser, whose messages name the field in English and
    Dutch (MkDocs' type check would say only "Expected type: <class 'dict'>")."""

    def run_validation(self, value: object) -> object:
        return value


class AmbassadorsConfig(base.Config):
    enabled = c.Type(bool, default=True)
    """Turn the whole plugin off, e.g. for a quick build of the hand-written pages."""

    ambassadors_dir = c.Dir(exists=False, default="ambassadors")
    """Folder with one sub-folder per ambassador, relative to mkdocs.yml."""

    stories_dir = c.Dir(exists=False, default="stories")
    """Folder with the stories, relative to mkdocs.yml."""

    events_dir = c.Type(str, default="events")
    """Folder inside docs_dir with the events (the calendar)."""

    appointments_dir = c.Type(str, default="appointments")
    """Folder inside docs_dir with the yearly appointment announcements."""

    newsletter_dir = c.Type(str, default="newsletter")
    """Folder inside docs_dir with the newsletter issues."""

    private_dir = c.Optional(c.Type(str))
    """A second folder with the same layout, for what may not be read before its moment
    (next year's announcement and the ambassadors it names): a checkout of a private
    repository, relative to mkdocs.yml and kept out of git. Unset: no private sources."""

    press_contact = _AsWritten()
    """Who journalists contact: `name`, `role`, `email`, `phone` (all optional), shown on
    /pers/, on every announcement page and in every press kit."""

    invite_contact = c.Type(str, default="")
    """E-mail address or https page where visitors invite an ambassador to speak: the home
    page's call to action and one on every profile (the name in the subject)."""

    newsletter_signup = _AsWritten()
    """The mailing service's sign-up form, shown on /nieuwsbrief/ and in the footer as a
    plain form posting to the service: `action` (https), `email_field`, optional
    `name_field` and `hidden` (field: value). Unset: no form. See the README."""

    cms_auth_url = c.Type(str, default="")
    """The https address of the OAuth helper that signs editors in to GitHub for the browser
    editor at /admin/ (its `backend.base_url`); see the README, "The browser editor"."""

    show_repository = c.Type(bool, default=False)
    """Show the repository link in the header; off, since visitors have no use for it (the
    edit links still go to the repository)."""

    generator_credit = c.Type(bool, default=False)
    """Show the theme's "Made with Material for MkDocs" line in the footer."""

    email_unsubscribe = _AsWritten()
    """The newsletter e-mail's unsubscribe link: an https page, or Mailchimp's merge tag
    `*|UNSUB|*` when the e-mail is imported there; unset: the newsletter page. Laposta and
    Mailchimp's RSS campaigns add their own unsubscribe link to every mail."""

    email_colour = _AsWritten()
    """The network's colour in the newsletter e-mail (`#rrggbb`, default `#0b5e55`): its
    header, headings and links. Mail clients ignore the site's stylesheet, so the e-mail
    carries it itself."""

    timezone = c.Type(str, default="Europe/Amsterdam")
    """Site timezone: local dates and times in sources are in this zone."""

    term_years = c.Type(int, default=2)
    """Length of a term when an ambassador's `term.end` is not given."""

    podium_minimum = c.Type(int, default=3)
    """Appearances expected per full calendar year of a term."""

    podium_public = c.Choice(PODIUM_PUBLIC_MODES, default=PODIUM_PUBLIC_DEFAULT)
    """How the public pages show the target (the `podium` command always says met / not
    met): `full` met and not met; `progress` open years' progress and what was met, never a
    failure; `counts` only the number of appearances. See render/podium_public.py."""

    network_maximum = c.Type(int, default=25)
    """More active ambassadors than this gives a warning."""

    newsletter_days_ahead = c.Type(int, default=42)
    """A newsletter issue lists the events starting on its date or this many days after."""

    appointment_tolerance_days = c.Type(int, default=31)
    """Warn when a term started more than this many days before its announcement."""

    feed_items = c.Type(int, default=50)
    """Each feed carries the newest this many items."""

    calendar_past_days = c.Type(int, default=365)
    """The iCalendar feed carries items that ended at most this many days ago."""

    edit_guide = c.Type(str, default="je-pagina-bewerken.md")
    """A page in docs_dir explaining how to edit your own page; linked beside every "edit
    this page" link when it exists."""

    accessibility_contact = c.Type(str, default="")
    """E-mail address or page where visitors report accessibility problems."""

    card_colors = c.Type(list, default=["#0b5e55", "#a1421b"])
    """Background and accent colour of the social cards (link previews)."""

    labels = c.Type(dict, default={})
    """Interface texts that replace the Dutch defaults, by key."""

    self_hosted = c.Type(bool, default=True)
    """Private by default: switch off the theme's Google Fonts so no page calls a third party."""

    cache_dir = c.Type(str, default=".cache/ambassadors")
    """Derived images, social cards and compiled templates are kept here between builds,
    relative to mkdocs.yml."""

    cache = c.Type(bool, default=True)
    """Off: every build starts from an empty cache in a temporary folder (like Pelican's
    `--ignore-cache`). The environment variable AMBASSADORS_NO_CACHE=1 does the same for
    one build."""

    workers = _AsWritten()
    """Processes for reading sources and making images; unset: the machine's cores. One
    under `mkdocs serve`, whose live-reload threads make forking unsafe."""

    urls = _AsWritten()
    """The words in the site's addresses, replacing the Dutch defaults by key, e.g.
    `ambassadors: ambassadors` or `stories: en/stories` (see render/routes.py, SEGMENTS)."""


def settings_of(options: AmbassadorsConfig, config_file_path: str, docs_dir: str) -> Settings:
    """The options as the engine-free Settings, with folders made absolute."""
    return Settings(root=Path(config_file_path).parent.resolve(),
                    docs_dir=below_root(config_file_path, docs_dir),
                    ambassadors_dir=below_root(config_file_path, options.ambassadors_dir),
                    stories_dir=below_root(config_file_path, options.stories_dir),
                    events_dir=options.events_dir, appointments_dir=options.appointments_dir,
                    newsletter_dir=options.newsletter_dir, timezone=options.timezone,
                    term_years=options.term_years, podium_minimum=options.podium_minimum,
                    network_maximum=options.network_maximum,
                    newsletter_days_ahead=options.newsletter_days_ahead,
                    appointment_tolerance_days=options.appointment_tolerance_days,
                    private_dir=below_root(config_file_path, options.private_dir)
                    if options.private_dir else None,
                    press_contact=parse_press_contact(options.press_contact),
                    invite_contact=parse_invite_contact(options.invite_contact),
                    cms_auth_url=parse_https_option("cms_auth_url", options.cms_auth_url),
                    newsletter_signup=parse_newsletter_signup(options.newsletter_signup),
                    routes=Routes.of(options.urls))


def below_root(config_file_path: str, folder: str) -> Path:
    """A folder of mkdocs.yml as an absolute path under the resolved site folder. Not
    resolved itself: a link in its path must stay visible to the confinement check."""
    config_dir = os.path.dirname(os.path.abspath(config_file_path))
    relative = os.path.relpath(os.path.abspath(os.path.join(config_dir, folder)), config_dir)
    return Path(os.path.normpath(Path(config_dir).resolve() / relative))
