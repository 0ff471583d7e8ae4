"""A newsletter issue as one e-mail (issue 20): `email.html` and `email.txt` beside the
issue's page, for a coordinator to import or paste into a mailing tool, and the newsletter
feed's item content for RSS-to-mail services.

Mail clients want what the web left behind: one 600 px column of tables, every style on its
element (inlined by css-inline, a maintained inliner; no stylesheet, no script), absolute
links and images with their size and alt text, and a plain-text twin. The same
IssueContents feeds the page, this e-mail and the feed item, so the three cannot differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

import css_inline

from ..domain.problems import quote
from ..domain.text.paragraphs import first_paragraph, first_sentence
from ..messages import msg
from ..sources.options.press_contact import OptionError, parse_https_option
from .html import own_images

if TYPE_CHECKING:
    from jinja2 import Template

    from ..domain.newsletter import IssueContents
    from .templating.names import TemplateNames

# Mailchimp's merge tag for a subscriber's unsubscribe link (option email_unsubscribe).
MAILCHIMP_UNSUBSCRIBE = "*|UNSUB|*"
WIDTH = 600
GUTTER = 24                      # the column's cellpadding: room on either side
CONTENT_WIDTH = WIDTH - 2 * GUTTER   # an image wider than this would widen the table in
                                     # clients that size by content
PORTRAIT_WIDTH = 96              # a portrait of the newly appointed, or its initials
# After the preheader: blank characters that fill the inbox preview (Gmail shows about 100
# to 140 characters), so that it does not run on into the mail's first line. A zero-width
# non-joiner between the spaces keeps clients from collapsing them.
PREHEADER_PADDING = "&zwnj;&nbsp;" * 110
_START, _END = "<!--amb:issue-->", "<!--/amb:issue-->"   # in amb/email.html
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
DEFAULT_COLOUR = "#0b5e55"
_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=False,
                                 keep_link_tags=False)


@dataclass(frozen=True)
class Email:
    html: str
    text: str

    @property
    def body(self) -> str:
        """The issue itself, without the mail's frame (the 'view online' line, the site's
        header, the unsubscribe footer): a feed item, which a mailing tool puts into its
        own template with its own footer."""
        start = self.html.index(_START) + len(_START)
        return self.html[start:self.html.index(_END)].strip()


def render_email(page: Template, text: Template, contents: IssueContents, intro: str,
                 amb: TemplateNames, page_url: str, colour: str, unsubscribe: str,
                 description: str = "", logo: tuple[str, tuple[int, int]] | None = None
                 ) -> Email:
    """The e-mail of one issue. `intro` is the editor's text as HTML with absolute links
    (feed_html.for_feed); `page_url` is the issue's public page ('view in browser');
    `description` is the page's own (descriptions.py), also the e-mail's; `logo` the
    network's logo as PNG (its absolute address and pixel size), shown at the top."""
    intro = own_images(_mail_images(intro), amb.network.site_url)   # no tracking pixel, whatever came
    values: dict[str, Any] = dict(c=contents, intro=intro, amb=amb, t=amb.t, page_url=page_url,
                                  site_url=amb.network.site_url, site_name=amb.network.site_name, width=WIDTH,
                                  colour=colour, unsubscribe=unsubscribe,
                                  description=description, logo=_logo(logo),
                                  preheader=preheader(contents.issue.body),
                                  preheader_padding=PREHEADER_PADDING, gutter=GUTTER,
                                  portrait_width=PORTRAIT_WIDTH,
                                  image=lambda images, width=CONTENT_WIDTH:
                                  _image(images, amb.network.site_url, width))
    # Classes only carried the styles, which are now on the elements.
    made = re.sub(r' class="[^"]*"', "", _INLINER.inline(page.render(**values)))
    plain = text.render(**values, intro_text=html_to_text(intro))
    return Email(made, re.sub(r"\n{3,}", "\n\n", plain).strip() + "\n")


def preheader(body: str) -> str:
    """The intro's first sentence as plain text: the line an inbox shows after the
    subject. Markup in it stays text (the template escapes it)."""
    return first_sentence(first_paragraph(body))


_IMG = re.compile(r"<img\b[^>]*>")
LOGO_BOX = (240, 48)   # the logo's largest size in the mail, in CSS pixels


def _logo(logo: tuple[str, tuple[int, int]] | None) -> dict[str, Any] | None:
    """The logo's address and the size it is shown at: within LOGO_BOX, at most half its
    pixels (sharp on high-density screens)."""
    if logo is None:
        return None
    src, (width, height) = logo
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height, 0.5)
    return {"src": src, "width": max(1, round(width * scale)),
            "height": max(1, round(height * scale))}


def _mail_images(fragment: str) -> str:
    """The editor's images as mail clients need them: with their size (one without is
    left out: clients draw it at any size) and an alt text (empty: decorative)."""
    def fix(match: re.Match[str]) -> str:
        tag = match.group(0)
        if " width=" not in tag or " height=" not in tag:
            return ""
        return tag if " alt=" in tag else tag[:4] + ' alt=""' + tag[4:]

    return _IMG.sub(fix, fragment)


def _image(images: tuple, site_url: str, wanted: int = CONTENT_WIDTH) -> dict[str, Any] | None:
    """The smallest rendition at least `wanted` pixels wide (else the widest), with its
    absolute URL and the size it is shown at (at most the content's width)."""
    if not images:
        return None
    fitting = [i for i in images if i.width >= wanted] or list(images)
    chosen = min(fitting, key=lambda i: i.width)
    width = min(CONTENT_WIDTH, chosen.width)
    return {"src": site_url.rstrip("/") + "/" + chosen.url, "width": width,
            "height": round(chosen.height * width / chosen.width)}


class _Text(HTMLParser):
    """HTML to plain text for the e-mail's text part: paragraphs apart, list items with a
    dash, every link's address after its text."""

    BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
              "table", "tr", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.links:
            href = self.links.pop()
            if href and not href.startswith("#"):
                self.parts.append(f" <{href}>")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def parse_colour(value: object) -> str:
    """The `email_colour` option: '#rrggbb', as it goes into a style attribute."""
    if value is None:
        return DEFAULT_COLOUR
    if not isinstance(value, str) or not _COLOUR.fullmatch(value):
        raise OptionError(msg("option.email_colour", value=quote(str(value))))
    return value


def parse_unsubscribe(value: object) -> str | None:
    """The `email_unsubscribe` option: an https address or Mailchimp's merge tag; None
    when unset (the e-mail then links to the newsletter page's section on unsubscribing)."""
    if value == MAILCHIMP_UNSUBSCRIBE:
        return MAILCHIMP_UNSUBSCRIBE
    return parse_https_option("email_unsubscribe", value)
