"""`amb.network`: the network itself as the templates show it, from the plugin's options and
mkdocs.yml: its name and address, contacts, forms and choices."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...domain.model import PressContact
from ...sources.options.newsletter_signup import NewsletterSignup
from .podium_public import DEFAULT_MODE


@dataclass(frozen=True)
class Presentation:
    site_name: str = ""
    site_url: str = ""
    logo_url: str | None = None
    press_contact: PressContact | None = None
    invite_contact: str | None = None   # e-mail address or https page
    newsletter_signup: NewsletterSignup | None = None   # the mailing service's form
    show_repository: bool = False
    generator_credit: bool = False
    podium_public: str = DEFAULT_MODE
    colour: str | None = None   # the network's colour (option `colour`), for print and mail
    logo_file: Path | None = None   # the logo as PNG (render/images/look.py), for print and mail
    logo_size: tuple[int, int] = (0, 0)   # its width and height in pixels
