"""The MkDocs adapter: event handlers that delegate to the engine-free core."""

from __future__ import annotations

import functools
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, TypeVar
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger

from .adapter import admin_page, look_files, mkdocs_files, nav, presentation
from .addresses import THEME_DIR
from .config import AmbassadorsConfig, settings_of
from .config_check import check_config, mkdocs_settings
from .domain.clock import BuildClock, ClockError
from .domain.newsletter import UNSUBSCRIBE_ANCHOR
from .domain.site import Site
from .domain.text.paragraphs import first_paragraph
from .domain.text.plain import strip_markup
from .render.feeds.feed_html import extract, for_feed
from .render.feeds.feed_plan import FeedPlan, plan_feeds, write_feeds
from .render.html import own_images, sanitise, size_images
from .render.images import derived as image_work
from .render.images.look import LogoFailed, Look, Made
from .render.images.social import PageMeta, meta_tags, plan_cards
from .render.labels import Labels
from .render.newsletter_email import parse_colour, parse_unsubscribe, render_email
from .render.outputs import calendar_files, press_files
from .render.pages.descriptions import describe, shorten
from .render.pages.kinds import NewsletterPage, PageSpec
from .render.pages.listings import listings
from .render.pages.plan import site_images, site_pages
from .render.routes import Routes
from .render.search.pagefind import PagesDigest, SearchEntry, SearchError, mark, write_index
from .render.templating.links import Links
from .render.templating.media import Media
from .render.templating.names import TemplateNames
from .site_loader import load_all
from .sources.errors import Report, Severity
from .sources.files.confinement import check_confinement
from .sources.files.hand_written import PAGE_TEMPLATES
from .sources.images import ImageChecks
from .sources.options.config_file import ConfigNodes
from .sources.options.press_contact import OptionError, parse_workers

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

    from .domain.model import Sources

log = get_plugin_logger(__name__)
IMAGE_FACTS = "image-facts.json"   # in the folder of kept outputs (AmbassadorsPlugin.kept)
F = TypeVar("F", bound=Callable[..., Any])


def guarded(handler: F) -> F:
    """No traceback for authors: any unexpected failure becomes one PluginError."""

    @functools.wraps(handler)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return handler(*args, **kwargs)
        except PluginError:
            raise
        except (ClockError, OptionError, SearchError, mkdocs_files.Collision,
                image_work.DamagedImage, LogoFailed) as exc:
            raise PluginError(str(exc)) from None
        except Exception as exc:  # noqa: BLE001 - reported, never swallowed
            raise PluginError(f"ambassadors plugin failed in {handler.__name__}: "
                              f"{type(exc).__name__}: {exc}") from exc

    return wrapper  # type: ignore[return-value]


class AmbassadorsPlugin(BasePlugin[AmbassadorsConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.site: Site | None = None
        self.specs: dict[str, PageSpec] = {}
        self.amb: TemplateNames | None = None   # the templates' `amb`, built last in on_files
        self.labels = Labels()
        self.feed_plans: list[FeedPlan] = []
        self.feed_html: dict[str, str] = {}
        self.search_pages = PagesDigest()   # what this build's search index is made of
        self.email_intro: dict[str, str] = {}   # newsletter page -> its intro, links absolute
        self.env: jinja2.Environment | None = None
        self.email_colour, self.email_unsubscribe = "", None   # parsed in on_config
        self.cards: dict[str, str] = {}
        self.look = Look()   # the network's look (render/images/look.py)
        self.logo_images: Made | None = None   # its logo's images, made in on_files
        self.descriptions: dict[str, str] = {}   # plain text, by page source path
        self.url_of: Callable[[str], str | None] = lambda src: None  # set per build
        self.routes = Routes()
        self.serving = False
        self.cache_dir = Path()
        self._temporary: tempfile.TemporaryDirectory[str] | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `mkdocs serve` runs live-reload threads, which make forking worker processes unsafe.
        self.serving = command == "serve"

    @guarded
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._check_options(config)
        if not self.config.enabled:
            return None
        self.labels = Labels(self.config.labels)
        self.settings = settings_of(self.config, config.config_file_path, config.docs_dir,
                                    config.site_url, config.theme.custom_dir)
        self.routes = self.settings.routes
        self.look = look_files.look_of(self.config, self.settings.root)
        # The e-mail's options, checked here and used as parsed (render/newsletter_email.py).
        self.email_colour = parse_colour(self.config.email_colour or self.config.colour)
        self.email_unsubscribe = parse_unsubscribe(self.config.email_unsubscribe)
        BuildClock.from_environment(self.settings.timezone)  # fail early on a bad zone
        self.cache_dir = self._cache_dir()
        self._confine(config)
        custom = 1 if config.theme.custom_dir else 0
        config.theme.dirs.insert(custom, str(THEME_DIR))
        config.extra_css.append("assets/stylesheets/ambassadors.css")
        config.extra_javascript.append("assets/javascripts/ambassadors.js")
        look_files.apply(config, self.look, self.routes)
        if self.config.self_hosted:
            config.theme["font"] = False
        _replace_theme_search(config)
        _links_are_advice(config)
        return config

    def _check_options(self, config: MkDocsConfig) -> None:
        """Every option and the settings that reach visitors, by the rules `check` runs
        (config_check.py): one PluginError lists each error with its line in mkdocs.yml; an
        advisory (`hooks:`) is said at INFO."""
        path = Path(os.path.abspath(config.config_file_path))
        nodes = ConfigNodes.read(path)
        report = Report()
        check_config(self.config, mkdocs_settings(config, nodes, self.serving), nodes,
                     path.parent, report, path.name)
        _log_report(report, path.name)

    def _cache_dir(self) -> Path:
        """The cache folder, or a fresh temporary one when caches are bypassed."""
        if self.config.cache and os.environ.get("AMBASSADORS_NO_CACHE", "") in ("", "0"):
            return self.settings.root / self.config.cache_dir
        if self._temporary is None:  # one per run: serve rebuilds reuse it
            self._temporary = tempfile.TemporaryDirectory(prefix="ambassadors-cache-")
        return Path(self._temporary.name)

    def on_shutdown(self) -> None:
        if self._temporary is not None:
            self._temporary.cleanup()
            self._temporary = None

    @property
    def kept(self) -> Path:
        """The cache's folder of outputs kept between builds (render/kept.py)."""
        return self.cache_dir / "kept"

    @property
    def workers(self) -> int:
        """Processes for images and cards (forkserver: safe beside serve's threads): the
        option, else the machine's cores."""
        return parse_workers(self.config.workers) or os.cpu_count() or 1

    @property
    def source_workers(self) -> int:
        """Processes reading sources, forked: one under `mkdocs serve`, whose live-reload
        threads make forking unsafe."""
        return 1 if self.serving else self.workers

    def _confine(self, config: MkDocsConfig) -> None:
        """Before MkDocs collects docs_dir (following links) or reads the theme: a symbolic
        link in any folder it or we read stops the build, naming each link."""
        report = Report()
        check_confinement(self.settings.layout, report)
        _log_report(report)

    # After other plugins have added their files, so that collisions are seen.
    @event_priority(-50)
    @guarded
    def on_files(self, files: Files, config: MkDocsConfig) -> Files | None:
        """The build's steps, in order: each a named function of the package that does the
        work (site_loader, render/) or adds its files to the engine's (adapter/), given
        what the steps before it made."""
        if not self.config.enabled:
            return None
        sources, site = self._read_sources()
        mkdocs_files.keep_back(files, config, sources, self.settings)
        self.logo_images = look_files.add_files(files, config, self.look, self.routes,
                                                self.cache_dir)
        listed = listings(site, self.routes)
        specs = site_pages(site, self.labels, listed, self.config.accessibility_contact,
                           self.routes)
        mkdocs_files.add_pages(files, config, specs, self.settings.root)
        self.site, self.specs = site, {spec.src: spec for spec in specs}
        self.search_pages = PagesDigest()
        self.url_of = mkdocs_files.url_lookup(files)   # from here on, pages have addresses
        image_work.read_facts(self.kept / IMAGE_FACTS)   # sizes and digests of photos
        planned = site_images(site, self.routes)
        made = mkdocs_files.add_derived(files, config, planned, self.cache_dir, self.workers)
        links = Links.of(self.routes, self.url_of, config.site_url or "", listed,
                         self.config.edit_guide)
        shown = presentation.of(config, self.config, self.settings, self.routes,
                                self.logo_images)
        press = press_files(site, links, self.labels, shown, made, self.kept)
        mkdocs_files.add_cached(files, config, press)
        self.amb = TemplateNames.build(site, self.labels, links, Media(planned, self.url_of),
                                       shown, {dest: kit.stat().st_size
                                               for dest, kit in press.items()})
        mkdocs_files.add_raw(files, config, calendar_files(
            site, self.amb, self.config.calendar_past_days, self.kept))
        self._plan_feeds(made)
        self.cards = mkdocs_files.add_cards(
            files, config, plan_cards(site, specs, self.amb, config.site_description or ""),
            self.cache_dir, self.workers, self._card_colours(),
            self.logo_images.files["raster"] if self.logo_images else None)
        image_work.write_facts(self.kept / IMAGE_FACTS)
        _log_report(admin_page.publish_config(files, config, self.settings))
        admin_page.add_admin(files, config, self.labels)
        return files

    def _read_sources(self) -> tuple[Sources, Site]:
        """Every source read and checked at the build clock; problems logged (an error stops
        the build, sources/ says why)."""
        report = Report()
        checked = self.kept / "checked-images.json"
        images = ImageChecks.read(checked)   # photos unchanged since are not read again
        sources, site = load_all(self.settings,
                                 BuildClock.from_environment(self.settings.timezone), report,
                                 workers=self.source_workers, images=images)
        _log_report(report)
        images.write(checked)
        return sources, site

    def _plan_feeds(self, made: dict[str, Path]) -> None:
        """What each feed carries; the item HTML is collected as the pages are built."""
        assert self.site is not None and self.amb is not None
        sizes = {self.url_of(dest) or dest: path.stat().st_size for dest, path in made.items()}
        self.feed_plans = plan_feeds(self.site, self.amb, self.config.feed_items,
                                     self.amb.network.logo_url, sizes)
        self.feed_html = {p.src: "" for plan in self.feed_plans for p in plan.items}

    def _card_colours(self) -> tuple[str, str]:
        """The cards' background and text: the option card_colors, else the network's look."""
        given = self.config.card_colors
        return (given[0], given[1]) if given else self.look.card_colours

    @guarded
    def on_nav(self, nav_: Navigation, config: MkDocsConfig, files: Files) -> Navigation | None:
        if not self.site:
            return None
        guide = self.config.edit_guide
        how = nav.Arrangement(auto=config.nav is None, home=self.labels("nav_home"),
                              ambassadors=self.labels("ambassadors"),
                              about=self.labels("nav_about"),
                              edit_guide=guide if files.get_file_from_path(guide) else None,
                              routes=self.routes)
        return nav.arrange(nav_, files, set(self.specs), how)

    def on_env(self, env: jinja2.Environment, config: MkDocsConfig, files: Files) -> None:
        if not self.amb:
            return None
        # Our templates print contributor text: escape it (not in a plain-text one, which is
        # no HTML). Material's own stay as they are.
        env.autoescape = lambda name: bool(name and name.startswith("amb/")
                                           and not name.endswith(".txt"))
        self.env = env
        env.globals["t"] = self.labels
        env.globals["amb"] = self.amb
        # Compiling the theme's and our templates costs a fixed ~0.3 s per build; keep the
        # compiled code beside the image cache (Jinja checks each template's source).
        compiled = self.cache_dir / "templates"
        compiled.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(compiled))
        return None

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig,
                         files: Files) -> str | None:
        spec = self.specs.get(page.file.src_uri)
        if not spec and page.meta.get("template", PAGE_TEMPLATES[0]) not in PAGE_TEMPLATES:
            del page.meta["template"]   # reported (page.template): the page gets the default
        if spec:
            # The theme prints page.title without escaping (header, <title>, nav); ours are
            # contributor text, so hand it over already escaped. Markup keeps our own
            # autoescaping templates from escaping it twice.
            page.meta.update(template=spec.template, title=Markup.escape(spec.title))
        elif page.is_homepage and self.site:
            page.meta.setdefault("template", "amb/home.html")
        if not spec and "title" in page.meta:  # hand-written: the theme prints it unescaped
            page.meta["title"] = Markup.escape(strip_markup(str(page.meta["title"])))
        return None

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig,
                        files: Files) -> str | None:
        spec = self.specs.get(page.file.src_uri)
        if not self.amb or (spec and not spec.authored):
            return None
        if spec is None:  # a hand-written page: it comes through a pull request too
            return sanitise(html)
        html = size_images(sanitise(html), self.amb.media.body_images(spec.src))
        return own_images(html, config.site_url) if spec.own_images_only else html

    def on_page_context(self, context: dict[str, Any], page: Page, config: MkDocsConfig,
                        nav: Navigation) -> dict[str, Any]:
        spec = self.specs.get(page.file.src_uri)
        if spec:
            context["spec"] = spec
        if self.amb:
            text = self.descriptions[page.file.src_uri] = self._description(page, config)
            # The theme writes the one <meta name="description"> from page.meta, unescaped:
            # hand it over escaped once (Markup keeps our templates from escaping it again).
            page.meta["description"] = Markup.escape(text)
        return context

    def _description(self, page: Page, config: MkDocsConfig) -> str:
        """The page's description (render/pages/descriptions.py). A hand-written page keeps its own
        `description:` (as text), else its first paragraph; the home page, which the site
        description is written for, uses that."""
        assert self.amb is not None
        site = config.site_description or config.site_name
        spec = self.specs.get(page.file.src_uri)
        if spec:
            return describe(spec.describe(self.amb), site)
        own = strip_markup(str(page.meta.get("description") or ""))
        first = shorten(first_paragraph(page.markdown or ""))
        if page.is_homepage:
            return own or config.site_description or first or config.site_name
        return own or first or site

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str | None:
        """Keep the feed part of pages that are feed items; add link-preview tags."""
        if not self.amb:
            return None
        src = page.file.src_uri
        if src in self.feed_html:
            fragment = extract(output) or ""
            self.feed_html[src] = for_feed(fragment, page.canonical_url or config.site_url)
        if isinstance(self.specs.get(src), NewsletterPage):
            self.email_intro[src] = for_feed(page.content or "",
                                             page.canonical_url or config.site_url)
        spec = self.specs.get(src)
        output = mark(output, spec.search(self.amb) if spec else self._search_entry(page))
        self.search_pages.add(page.file.dest_uri, output)
        head = self._meta_tags(page, config)
        if self.logo_images:
            head += look_files.touch_icon_tag(page.url, self.routes)
        return output.replace("</head>", head + "</head>", 1)

    def on_post_template(self, output_content: str, template_name: str,
                         config: MkDocsConfig) -> str | None:
        """The not-found page, shown at any address, links the home-screen icon from the
        site's root."""
        if not self.logo_images or template_name != "404.html":
            return None
        tag = look_files.touch_icon_tag(page_url="", routes=self.routes,
                                        root=urlsplit(config.site_url or "/").path)
        return output_content.replace("</head>", tag + "</head>", 1)

    def _search_entry(self, page: Page) -> SearchEntry:
        """A hand-written page: searchable unless its front matter says `search: {exclude:
        true}` (the theme's own way to say so). The home page lists faces, dates and stories:
        it weighs as little as other lists."""
        asked = page.meta.get("search")
        excluded = isinstance(asked, dict) and bool(asked.get("exclude"))
        return SearchEntry(self.labels("search_kind_page"), indexed=not excluded,
                           listing=page.is_homepage)

    def _meta_tags(self, page: Page, config: MkDocsConfig) -> str:
        assert self.amb is not None
        spec = self.specs.get(page.file.src_uri)
        card = self.cards.get(page.file.src_uri) or self.cards[""]
        name = spec.title if spec else page.title
        title = config.site_name if page.is_homepage else f"{name} - {config.site_name}"
        description = self.descriptions.get(page.file.src_uri) or self._description(page, config)
        meta = PageMeta(title, description,
                        page.canonical_url or config.site_url,
                        config.site_url.rstrip("/") + "/" + card,
                        spec.og_type if spec else "website",
                        spec.published() if spec else None)
        return meta_tags(meta, config.site_name)

    # Last: the search index reads every page the build and other plugins have written.
    @event_priority(-50)
    @guarded
    def on_post_build(self, config: MkDocsConfig) -> None:
        if self.site:
            self._write_emails(Path(config.site_dir), config.site_url)
            write_feeds(self.feed_plans, self.feed_html, Path(config.site_dir),
                        config.site_url, self.site.clock.now, self.routes)
            write_index(Path(config.site_dir), self.routes.folder("search_bundle"),
                        self.cache_dir / "search", self.search_pages)

    def _write_emails(self, site_dir: Path, site_url: str) -> None:
        """Each published issue as an e-mail beside its page (render/newsletter_email.py);
        the newsletter feed's item is the same e-mail."""
        assert self.amb is not None and self.env is not None
        html_template = self.env.get_template("amb/email.html")
        text_template = self.env.get_template("amb/email.txt")
        # Without the option: the newsletter page's section on unsubscribing.
        unsubscribe = self.email_unsubscribe or \
            f'{self.amb.links.absolute("newsletters") or site_url}#{UNSUBSCRIBE_ANCHOR}'
        logo = (self.amb.network.logo_url, self.logo_images.raster_size) \
            if self.logo_images and self.amb.network.logo_url else None
        for src, spec in self.specs.items():
            if not isinstance(spec, NewsletterPage):
                continue
            issue = spec.newsletter.issue
            email = render_email(html_template, text_template, spec.newsletter,
                                 self.email_intro.get(src, ""), self.amb,
                                 self.amb.links.absolute(issue) or site_url,
                                 self.email_colour, unsubscribe,
                                 self.descriptions.get(src, ""), logo)
            for route, body in (("newsletter_email", email.html),
                                ("newsletter_text", email.text)):
                target = site_dir / self.routes.path(route, slug=issue.slug)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(body, encoding="utf-8")
            if src in self.feed_html:
                self.feed_html[src] = email.body

    def on_serve(self, server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> None:
        if self.config.enabled:
            for folder in (self.settings.ambassadors_dir, self.settings.stories_dir,
                           self.settings.private_dir):
                if folder and folder.is_dir():
                    server.watch(str(folder))


def _log_report(report: Report, where: str = "the sources") -> None:
    """The verdict of `check` (messages/severity.py): errors stop the build, all listed at
    once, except those the build made harmless, which warn (so `serve` shows a preview and
    `--strict` fails); advisories and notices are said at INFO level and never stop a build.
    Errors and advisories are said in English, then in Dutch on an indented `NL:` line."""
    for problem in report.problems:
        if problem.severity is Severity.ERROR and problem.neutralised:
            log.warning(f"{problem}\n  NL: {problem.dutch()}")
        elif problem.severity is Severity.ADVISORY:
            log.info(f"advisory: {problem}\n  NL: {problem.dutch()}")
        elif problem.severity is Severity.INFO:
            log.info(str(problem))
    errors = [p for p in report.errors if not p.neutralised]
    if errors:
        listing = "\n".join(f"  {problem}\n    NL: {problem.dutch()}" for problem in errors)
        raise PluginError(f"{len(errors)} problem(s) in {where}; fix them and build "
                          f"again:\n{listing}")


def _links_are_advice(config: MkDocsConfig) -> None:
    """A link in a story or page to a file that is not there, or a `nav` entry without its
    page, leaves a dead link, not a wrong site: MkDocs says so at INFO level instead of as
    a warning, so that it never stops a strict build that `check` passes (one verdict,
    content-model.md v1.4), such as a scheduled publication at an embargo moment."""
    config.validation.links.not_found = logging.INFO
    config.validation.nav.not_found = logging.INFO


def _replace_theme_search(config: MkDocsConfig) -> None:
    """Turn the theme's search off when mkdocs.yml lists it: it would send every visitor
    an index of every page, and its box would sit beside ours (render/search/pagefind.py)."""
    for name in ("material/search", "search"):
        theme_search = config.plugins.get(name)
        if theme_search is not None and "enabled" in theme_search.config:
            theme_search.config["enabled"] = False
