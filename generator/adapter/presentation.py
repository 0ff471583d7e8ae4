"""What the templates show of the plugin's options and mkdocs.yml (`amb.network`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..render.images.look import Made
from ..render.routes import Routes
from ..render.templating.network import Presentation

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from ..config import AmbassadorsConfig
    from ..site_loader import Settings


def of(config: MkDocsConfig, options: AmbassadorsConfig, settings: Settings, routes: Routes,
       logo: Made | None) -> Presentation:
    """`logo`: the network's logo as made for this build, if it has one; without one the
    theme's favicon stands for the network in structured data and feeds."""
    image = routes.path("logo_png") if logo else \
        config.theme.get("favicon") or "assets/images/favicon.png"
    return Presentation(
        site_name=config.site_name, site_url=config.site_url or "",
        logo_url=config.site_url.rstrip("/") + "/" + image,
        colour=options.colour, logo_file=logo.files["raster"] if logo else None,
        logo_size=logo.raster_size if logo else (0, 0),
        press_contact=settings.press_contact, invite_contact=settings.invite_contact,
        newsletter_signup=settings.newsletter_signup,
        show_repository=options.show_repository, generator_credit=options.generator_credit,
        podium_public=options.podium_public)
