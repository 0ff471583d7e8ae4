"""The plugin's options in mkdocs.yml, typed and documented: one declaration per option,
with its rule (generator/sources/options/rules.py), and the rules of the MkDocs settings that
reach visitors; config_check.py runs them for `check` and the build alike."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c

from .render.labels import parse_labels
from .render.newsletter_email import parse_colour, parse_unsubscribe
from .render.routes import Routes
from .render.templating.podium_public import DEFAULT_MODE as PODIUM_PUBLIC_DEFAULT
from .render.templating.podium_public import MODES as PODIUM_PUBLIC_MODES
from .site_loader import Settings
from .sources.checks.remote_images import site_host
from .sources.options import rules
from .sources.options.newsletter_signup import parse_newsletter_signup
from .sources.options.press_contact import (
    parse_https_option,
    parse_invite_contact,
    parse_press_contact,
    parse_workers,
)
from .sources.options.rules import Parser

CONFIG_NAME = "mkdocs.yml"


class Option(c.BaseConfigOption[object]):
    """An option MkDocs takes as written (unset or null: the default), checked by its own
    rule `parse`, whose message names the option in English and Dutch (MkDocs' type check
    would say only "Expected type: <class 'int'>", and say nothing of a range)."""

    def __init__(self, parse: Parser, default: object = None) -> None:
        super().__init__()
        self.parse = parse
        self.default = default

    def run_validation(self, value: object) -> object:
        return self.default if value is None else value


def _value_only(parse: object) -> Parser:
    """A rule written for the value alone, whose messages name the option themselves."""
    return lambda option, value: parse(value)  # type: ignore[operator]


class AmbassadorsConfig(base.Config):
    enabled = Option(rules.flag, default=True)
    """Turn the whole plugin off, e.g. for a quick build of the hand-written pages."""

    ambassadors_dir = Option(rules.folder("ambassadors"), default="ambassadors")
    """Folder with one sub-folder per ambassador, relative to mkdocs.yml."""

    stories_dir = Option(rules.folder("stories"), default="stories")
    """Folder with the stories, relative to mkdocs.yml."""

    events_dir = Option(rules.folder("events"), default="events")
    """Folder inside docs_dir with the events (the calendar)."""

    appointments_dir = Option(rules.folder("appointments"), default="appointments")
    """Folder inside docs_dir with the yearly appointment announcements."""

    newsletter_dir = Option(rules.folder("newsletter"), default="newsletter")
    """Folder inside docs_dir with the newsletter issues."""

    private_dir = Option(rules.optional(rules.folder("private")))
    """A second folder with the same layout, for what may not be read before its moment
    (next year's announcement and the ambassadors it names): a checkout of a private
    repository, relative to mkdocs.yml and kept out of git. Unset: no private sources."""

    press_contact = Option(_value_only(parse_press_contact))
    """Who journalists contact: `name`, `role`, `email`, `phone` (all optional), shown on
    /pers/, on every announcement page and in every press kit."""

    invite_contact = Option(_value_only(parse_invite_contact), default="")
    """E-mail address or https page where visitors invite an ambassador to speak: the home
    page's call to action and one on every profile (the name in the subject)."""

    newsletter_signup = Option(_value_only(parse_newsletter_signup))
    """The mailing service's sign-up form, shown on /nieuwsbrief/ and in the footer as a
    plain form posting to the service: `action` (https), `email_field`, optional
    `name_field` and `hidden` (field: value). Unset: no form. See the README."""

    cms_auth_url = Option(parse_https_option, default="")
    """The https address of the OAuth helper that signs editors in to GitHub for the browser
    editor at /admin/ (its `backend.base_url`); see the README, "The browser editor"."""

    show_repository = Option(rules.flag, default=False)
    """Show the repository link in the header; off, since visitors have no use for it (the
    edit links still go to the repository)."""

    generator_credit = Option(rules.flag, default=False)
    """Show the theme's "Made with Material for MkDocs" line in the footer."""

    email_unsubscribe = Option(_value_only(parse_unsubscribe))
    """The newsletter e-mail's unsubscribe link: an https page, or Mailchimp's merge tag
    `*|UNSUB|*` when the e-mail is imported there; unset: the newsletter page. Laposta and
    Mailchimp's RSS campaigns add their own unsubscribe link to every mail."""

    email_colour = Option(_value_only(parse_colour))
    """The network's colour in the newsletter e-mail (`#rrggbb`; default: `colour`, else
    `#0b5e55`): its header, headings and links. Mail clients ignore the site's stylesheet,
    so the e-mail carries it itself."""

    timezone = Option(rules.timezone, default="Europe/Amsterdam")
    """Site timezone: local dates and times in sources are in this zone."""

    term_years = Option(rules.whole(1, 10), default=2)
    """Length of a term when an ambassador's `term.end` is not given: 1 to 10 years."""

    podium_minimum = Option(rules.whole(1, 52), default=3)
    """Appearances expected per full calendar year of a term: 1 to 52."""

    podium_public = Option(rules.choice(PODIUM_PUBLIC_MODES), default=PODIUM_PUBLIC_DEFAULT)
    """How the public pages show the target (the `podium` command always says met / not
    met): `full` met and not met; `progress` open years' progress and what was met, never a
    failure; `counts` only the number of appearances. See render/templating/podium_public.py."""

    network_maximum = Option(rules.whole(1, 10_000), default=25)
    """More active ambassadors than this (1 to 10,000) gives an advisory."""

    newsletter_days_ahead = Option(rules.whole(1, 366), default=42)
    """A newsletter issue lists the events starting on its date or this many days after
    (1 to 366)."""

    appointment_tolerance_days = Option(rules.whole(0, 366), default=31)
    """An advisory when a term started more than this many days (0 to 366) before its
    announcement."""

    feed_items = Option(rules.whole(1, 1000), default=50)
    """Each feed carries the newest this many items (1 to 1,000)."""

    calendar_past_days = Option(rules.whole(0, 3660), default=365)
    """The iCalendar feed carries items that ended at most this many days ago (0 to 3,660:
    0 carries only what has not ended)."""

    edit_guide = Option(rules.docs_page, default="je-pagina-bewerken.md")
    """A page in docs_dir explaining how to edit your own page; linked beside every "edit
    this page" link when it exists."""

    accessibility_contact = Option(rules.contact, default="")
    """E-mail address or page where visitors report accessibility problems."""

    card_colors = Option(rules.optional(rules.colours(2)))
    """Background and accent colour of the social cards (link previews): two `#rrggbb`;
    unset: `colour` and `accent_colour`, else the demo's `#0b5e55` and `#a1421b`."""

    colour = Option(rules.optional(rules.readable_colour))
    """The network's primary colour (`#rrggbb`): the header, links, the favicon's ground,
    the social cards, the newsletter e-mail and the press release. White text on it and it
    as text on white must reach 4.5:1 (WCAG 2.1 AA). Unset: the theme's look stays (the
    palette of mkdocs.yml and the site's own stylesheet). See render/images/look.py."""

    accent_colour = Option(rules.optional(rules.readable_colour))
    """The accent colour (`#rrggbb`): links and buttons on hover and focus, the social
    cards' stripe. Held to the same rule as `colour` (4.5:1 with white), since it colours
    text on white and carries white text on buttons. The dark scheme gets a lighter shade of
    both, derived to reach 4.5:1 on its background."""

    logo = Option(rules.optional(rules.logo_file))
    """The network's logo, an `.svg` or `.png` file in the repository relative to mkdocs.yml
    (by custom: `theme/logo.svg`): in the header, as favicon and apple-touch-icon, on the
    social cards, in the newsletter e-mail, the press release and /admin/. Checked like a
    published file (sources/options/logo.py)."""

    labels = Option(parse_labels, default={})
    """Interface texts that replace the Dutch defaults, by key: plain text of one line, with
    only the placeholders of the default text (render/labels.py)."""

    self_hosted = Option(rules.flag, default=True)
    """Private by default: switch off the theme's Google Fonts so no page calls a third party."""

    cache_dir = Option(rules.folder(".cache/ambassadors"), default=".cache/ambassadors")
    """Derived images, social cards and compiled templates are kept here between builds,
    relative to mkdocs.yml."""

    cache = Option(rules.flag, default=True)
    """Off: every build starts from an empty cache in a temporary folder (like Pelican's
    `--ignore-cache`). The environment variable AMBASSADORS_NO_CACHE=1 does the same for
    one build."""

    workers = Option(_value_only(parse_workers))
    """Processes for reading sources and making images; unset: the machine's cores. One
    under `mkdocs serve`, whose live-reload threads make forking unsafe."""

    urls = Option(_value_only(Routes.of))
    """The words in the site's addresses, replacing the Dutch defaults by key, e.g.
    `ambassadors: ambassadors` or `stories: en/stories` (see render/routes.py, SEGMENTS)."""


# The MkDocs settings that reach visitors, each by its rule: the address of every page,
# feed and calendar, the repository link and every "edit this page" link.
SETTINGS: Mapping[str, Parser] = {
    "site_url": rules.site_url,
    "repo_url": rules.repo_url,
    "edit_uri": rules.edit_uri,
    "edit_uri_template": rules.edit_uri_template,
}
def settings_of(options: AmbassadorsConfig, config_file_path: str, docs_dir: str,
                site_url: object = "", custom_dir: object = None) -> Settings:
    """The options as the engine-free Settings, with folders made absolute; `site_url` and
    the theme's `custom_dir` are mkdocs.yml's (validated where MkDocs settings are)."""
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
                    email_unsubscribe=parse_unsubscribe(options.email_unsubscribe),
                    routes=Routes.of(options.urls),
                    site_host=site_host(site_url) if isinstance(site_url, str) else "",
                    custom_dir=below_root(config_file_path, custom_dir)
                    if isinstance(custom_dir, str) and custom_dir else None,
                    logo=options.logo)


def below_root(config_file_path: str, folder: str) -> Path:
    """A folder of mkdocs.yml as an absolute path under the resolved site folder. Not
    resolved itself: a link in its path must stay visible to the confinement check."""
    config_dir = os.path.dirname(os.path.abspath(config_file_path))
    relative = os.path.relpath(os.path.abspath(os.path.join(config_dir, folder)), config_dir)
    return Path(os.path.normpath(Path(config_dir).resolve() / relative))
