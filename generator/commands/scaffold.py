"""`python -m generator new ...`: the text of a new source file, every field explained in Dutch.

Ambassadors edit their files in the GitHub web editor, without the spec at hand, so the
file itself is the manual: required fields are filled in and pass `check` as they are,
optional ones are commented out with an example to copy. Each field's explanation is its
`hint` in sources/front_matter/schemas.py, the one the browser editor shows too; this module only adds
how to write the value in a text file (_SYNTAX) and what needs computed values (the term's
end, the podium's event). These functions only return text and a slug; the command line
decides where to write it and never overwrites.
"""

from __future__ import annotations

import datetime as dt
import difflib
import textwrap
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..domain.model import LINK_KINDS, PODIUM_KINDS
from ..domain.people import MAX_SLUG, shorten_slug, slugify
from ..domain.terms import default_term_end
from ..domain.text.paragraphs import NOTE_HEADING
from ..messages import Message, msg
from ..render.dates import long_date
from ..sources.checks.placeholders import PLACEHOLDER
from ..sources.errors import Bilingual, FieldError
from ..sources.files.tree import Layout
from ..sources.front_matter import schemas
from ..sources.front_matter.fields import Bool, Context, Date, FieldType, Moment, Slug
from ..sources.front_matter.parse import Scalar
from ..sources.front_matter.records import Field, ListOf, Schema

KINDS = ("ambassador", "story", "event", "newsletter", "appointment")

_INTRO = """\
# Regels die met # beginnen zijn uitleg: de site toont ze niet. Wil je een veld gebruiken,
# haal dan het # aan het begin van de regel weg (en laat de spaties ervoor staan: bij
# ingesprongen regels telt de inspringing). Controleer je werk met
# `python -m generator check`; in een pull request doet GitHub dat voor je."""


_LINK_EXAMPLES = {
    "website": "https://example.nl",
    "linkedin": "https://www.linkedin.com/in/voorbeeld",
    "mastodon": "https://mastodon.social/@voorbeeld",
    "bluesky": "https://bsky.app/profile/voorbeeld.bsky.social",
    "instagram": "https://www.instagram.com/voorbeeld",
    "facebook": "https://www.facebook.com/voorbeeld",
    "youtube": "https://www.youtube.com/@voorbeeld",
}


# How a value of each type is written in the file: said after the field's hint.
_LIST = "Een lijst tussen [ ]."
_SYNTAX: dict[type, str] = {
    Date: "Schrijf de datum als JJJJ-MM-DD.",
    Moment: "Schrijf JJJJ-MM-DD, of met een tijd: JJJJ-MM-DDTUU:MM.",
    Bool: "Schrijf true of false: yes en no zijn fouten.",
}
# The hints speak of the browser editor's switch; the file says true and false.
_SWITCH = {"Aan:": "true:", "Uit:": "false:"}
_WIDTH = 88
_PODIUM_COLUMN = 46  # where the podium example's explanations start


class ScaffoldError(Bilingual):
    """A bad argument to `new`: said in words (English and Dutch), never as a traceback."""


@dataclass(frozen=True)
class Draft:
    """A new source file: its kind, its slug (which names the file) and its text."""

    kind: str
    slug: str
    text: str


def ambassador(name: str, today: dt.date, term_years: int = 2,
               podium_minimum: int = 3, events: Sequence[str] = (),
               events_dir: str = "content/events") -> Draft:
    """`ambassadors/<slug>/index.md`, term starting today. `events`: the slugs of the
    site's public events; the podium example names the last, so that it passes `check`."""
    slug = _slug(name, msg("new.name"))
    event_example = (sorted(events)[-1] if events else "netwerkbijeenkomst-voorjaar")
    end = default_term_end(today, term_years)
    settings = {"term_years": term_years, "podium_minimum": podium_minimum,
                "events_dir": events_dir}
    x = _explainer(schemas.AMBASSADOR, settings)
    t = _explainer(schemas.TERM, settings, indent="  ")
    text = f"""\
---
# Profiel van een ambassadeur: de naam van deze map ({slug}) wordt het webadres.
{_INTRO}

{x("name")}
name: {_yaml(name)}

{x("sort_name")}
# sort_name: Tjon A Fong

{x("role")}
# role: Directeur-eigenaar

{x("organisation")}
# organisation: Bakkerij Van den Berg

{x("region")}
# region: Noord-Brabant

{x("sector")}
# sector: Voedingsmiddelen

{x("themes")}
# themes: [inclusief werkgeverschap, leven lang ontwikkelen]

{x("photo", after="Zet het bestand in deze map.")}
# photo: portret.jpg

{x("photo_alt")}
# photo_alt: {_yaml(f"Portret van {name}, lachend achter een werkbank")}

{x("photo_focus")}
# photo_focus: [50, 35]

{x("photo_credit")}
# photo_credit: "Foto: Jan de Vries, CC BY 4.0"

{x("term")}
term:
{t("start")}
  start: {today.isoformat()}
{t("end", after=f"Hier is dat {end.isoformat()}.")}
  # end: {end.isoformat()}

{x("honorary")}
# honorary: true

{x("links")}
# links:
{_links()}

{x("github")}
# github: mvdberg

{x("podium", named=True, after=f"Soorten (kind): {_kinds()}. Kopieer het blok vanaf "
   '"- date" voor elk volgend optreden.')}
# podium:
{_podium(today, event_example, settings)}
---
{PLACEHOLDER} je biografie: wie je bent, wat je organisatie doet en waarom je
ambassadeur bent geworden. Schrijf in de derde persoon ("{_first(name)} werkt ..."),
in een paar korte alinea's. Je mag Markdown gebruiken, zoals **vet** en
[links](https://example.nl).
"""
    return Draft("ambassador", slug, text)


def story(title: str, today: dt.date, ambassadors: Sequence[str],
          known: Collection[str]) -> Draft:
    """`stories/<slug>.md`, dated today, about ambassadors that exist."""
    slug = _slug(title, msg("new.title"))
    _known(ambassadors, known, required=True)
    x = _explainer(schemas.STORY, {})
    text = f"""\
---
# Een verhaal: de bestandsnaam ({slug}) wordt het webadres.
{_INTRO}

{x("title")}
title: {_yaml(title)}

{x("date", named=True)}
date: {today.isoformat()}

{x("ambassadors")}
ambassadors: [{", ".join(ambassadors)}]

{x("summary")}
# summary: Hoe een bakkerij haar team liet meebeslissen over het nieuwe rooster.

{x("image", after="Een verhaal met eigen foto's kan ook in een eigen map staan, als "
   f"index.md met de foto's ernaast: {slug}/index.md.")}
# image: omslag.jpg

{x("image_alt")}
# image_alt: Medewerkers overleggen aan een lange tafel in de bakkerij

{x("themes")}
# themes: [medezeggenschap]

{x("draft")}
# draft: true
---
{PLACEHOLDER} het verhaal. De eerste alinea is de samenvatting in
overzichten en feeds, dus vertel daarin kort waar het over gaat.

## Een tussenkop

Gebruik tussenkoppen met ## om een lang verhaal leesbaar te houden.
"""
    return Draft("story", slug, text)


def event(title: str, start: str, ctx: Context,
          ambassadors: Sequence[str] = (), known: Collection[str] = ()) -> Draft:
    """`<docs>/events/<yyyy-mm>-<slug>.md`: the month first, so the folder sorts by date."""
    begin = _moment(start, "--start", ctx)
    _known(ambassadors, known, required=False)
    slug = f"{begin:%Y-%m}-{_slug(title, msg('new.title'), MAX_SLUG - len('yyyy-mm-'))}"
    timed = isinstance(begin, dt.datetime)
    shown = f"{begin:%Y-%m-%dT%H:%M}" if timed else begin.isoformat()
    end = f"{begin + dt.timedelta(hours=2):%Y-%m-%dT%H:%M}" if timed else begin.isoformat()
    speakers = (f"ambassadors: [{', '.join(ambassadors)}]" if ambassadors
                else "# ambassadors: [marie-therese-van-den-berg]")
    x = _explainer(schemas.EVENT, {"timezone": ctx.tz.key})
    a = _explainer(schemas.ADDRESS, {}, indent="#   ")
    text = f"""\
---
# Een bijeenkomst in de agenda: de bestandsnaam ({slug}) wordt het webadres.
{_INTRO}

{x("title")}
title: {_yaml(title)}

{x("start", after="Alleen een datum maakt er een evenement van de hele dag van.")}
start: {shown}

{x("end", after="Bij een evenement van hele dagen is dit de laatste dag.", syntax="")}
# end: {end}

{x("kind")}
# kind: netwerkbijeenkomst

{x("location")}
# location: Stadhuis Tilburg, Stadhuisplein 130, Tilburg

{x("address")}
# address:
{a("street")}
#   street: Stadhuisplein 130
{a("postcode")}
#   postcode: 5038 TC
{a("city")}
#   city: Tilburg

{x("admission")}
# admission: free

{x("online")}
# online: https://example.nl/live

{x("registration")}
# registration: https://example.nl/aanmelden

{x("ambassadors")}
{speakers}

{x("cancelled")}
# cancelled: true

{x("sequence")}
# sequence: 1
---
{PLACEHOLDER} een beschrijving: voor wie de bijeenkomst is, wat er
gebeurt en wat deelnemers meenemen.
"""
    return Draft("event", slug, text)


def newsletter(title: str, date: str | None, today: dt.date, ctx: Context) -> Draft:
    """`<docs>/newsletter/<slug>.md`: the intro; the generator adds the rest."""
    slug = _slug(title, msg("new.title"))
    when = date if date is not None else today.isoformat()
    _moment(when, "--date", ctx)
    x = _explainer(schemas.NEWSLETTER, {})
    text = f"""\
---
# Een nummer van de nieuwsbrief: de bestandsnaam ({slug}) wordt het webadres.
{_INTRO}

{x("title")}
title: {_yaml(title)}

{x("date", named=True)}
date: {when}
---
{PLACEHOLDER} de inleiding van deze nieuwsbrief. De verhalen, de agenda,
de optredens en de benoemingen van deze periode voegt de generator zelf toe.
"""
    return Draft("newsletter", slug, text)


def appointment(year: str, date: str, ctx: Context, ambassadors: Sequence[str] = (),
                known: Collection[str] = (), title: str | None = None) -> Draft:
    """`<docs>/appointments/<year>.md`: the yearly announcement, under embargo until `date`."""
    if len(year) != 4 or not year.isdigit():
        raise ScaffoldError(msg("new.year", year=year))
    day = long_date(_moment(date, "--date", ctx))
    _known(ambassadors, known, required=False)
    heading = title or f"Nieuwe ambassadeurs benoemd in {year}"
    x = _explainer(schemas.APPOINTMENT, {"timezone": ctx.tz.key})
    text = f"""\
---
# De jaarlijkse benoeming: het persbericht over de nieuwe ambassadeurs.
{_INTRO}

{x("title")}
title: {_yaml(heading)}

{x("date", named=True)}
date: {date}

{x("ambassadors", syntax=_LIST)}
ambassadors: [{", ".join(ambassadors)}]
---
**Plaats, {day}** – {PLACEHOLDER} het persbericht: wie er benoemd zijn, wat ze
doen en wat het netwerk met deze lichting wil. De eerste alinea, met de plaats en datum
vooraan, is ook de samenvatting in de feed en bij gedeelde links.

## {NOTE_HEADING}

{PLACEHOLDER} wat journalisten moeten weten maar niet overnemen: wanneer en
waar de nieuwe ambassadeurs te spreken zijn. Dit deel staat op de site en in de perskit,
gemarkeerd als niet voor publicatie, en niet in de feed. Het perscontact komt uit
mkdocs.yml (press_contact).
"""
    return Draft("appointment", year, text)


def target(draft: Draft, layout: Layout) -> Path:
    """Where a draft belongs in the site's folders."""
    folders = {"ambassador": layout.ambassadors_dir / draft.slug, "story": layout.stories_dir,
               "event": layout.events_dir, "newsletter": layout.newsletter_dir,
               "appointment": layout.appointments_dir}
    name = "index.md" if draft.kind == "ambassador" else f"{draft.slug}.md"
    return folders[draft.kind] / name


def taken(draft: Draft, layout: Layout) -> Path | None:
    """An existing source with the same slug, also in another letter case or, for
    stories, as a folder: writing beside it would make a duplicate, so `new` refuses."""
    path = target(draft, layout)
    folder = path.parent.parent if draft.kind == "ambassador" else path.parent
    if not folder.is_dir():
        return None
    for entry in sorted(folder.iterdir()):
        if entry.is_dir() and draft.kind in ("ambassador", "story"):
            found, name = entry / "index.md", entry.name
        elif entry.is_file() and entry.suffix == ".md" and draft.kind != "ambassador":
            found, name = entry, entry.stem
        else:
            continue
        if name.casefold() == draft.slug.casefold() and found.is_file():
            return found
    return None


def _slug(text: str, what: Message, limit: int = MAX_SLUG) -> str:
    """The file name `new` makes from `text`, whole words up to `limit` characters (a long
    title would make a slug check refuses); `what` says what the text is (`new.title`)."""
    if "\n" in text or "\r" in text:
        raise ScaffoldError(msg("new.one_line", what=what))
    slug = shorten_slug(slugify(text), limit)
    if not slug:
        raise ScaffoldError(msg("new.no_letters", what=what, text=text))
    return slug


def _moment(text: str, option: str, ctx: Context) -> dt.date | dt.datetime:
    """The same rule `check` applies, so a scaffolded date never fails later."""
    try:
        return Moment().parse(Scalar(text, 0, True), ctx)
    except FieldError as exc:
        raise ScaffoldError(msg("new.option", option=option, problem=exc.text)) from None


def _known(slugs: Sequence[str], known: Collection[str], required: bool) -> None:
    if required and not slugs:
        raise ScaffoldError(msg("new.no_ambassador"))
    for slug in slugs:
        if slug not in known:
            close = difflib.get_close_matches(slug, list(known), n=1)
            hint = msg("suggest.one", first=close[0]) if close else msg("new.is_folder")
            raise ScaffoldError(msg("ambassador.unknown", slug=slug, hint=hint))


def _yaml(text: str) -> str:
    """A YAML scalar that reads back as exactly `text`: quoted only when it must be."""
    dumped = yaml.safe_dump(text, allow_unicode=True, width=1_000_000)
    return dumped.removesuffix("\n...\n").removesuffix("\n")


def _explainer(schema: Schema, settings: dict[str, object], indent: str = ""):
    """`x(name, ...)`: the comment above one field of `schema`, from its hint (see _explain)."""
    def explain(name: str, after: str = "", syntax: str | None = None,
                named: bool = False) -> str:
        text = _explain(schema.by_name[name], settings, after, syntax, named)
        return "\n".join(_wrap(text, indent + "# ", indent + "# "))
    return explain


def _wrap(text: str, first: str, then: str) -> list[str]:
    """Comment lines of at most _WIDTH characters; "[ ]" is never split."""
    lines = textwrap.wrap(text.replace("[ ]", "[\0]"), _WIDTH, initial_indent=first,
                          subsequent_indent=then, break_long_words=False,
                          break_on_hyphens=False)
    return [line.replace("[\0]", "[ ]") for line in lines]


def _explain(spec: Field, settings: dict[str, object], after: str = "",
             syntax: str | None = None, named: bool = False) -> str:
    """The field's hint with the site's settings filled in, "Verplicht: " before it when
    the field is required, then `after` and how to write the value (`syntax`; by default
    the one for its type). `named`: the hint does not say what the field is, so its label
    goes first."""
    text = spec.hint.format(**settings)
    for word, value in _SWITCH.items():
        if isinstance(spec.type, Bool) and text.startswith(word):
            text = value + text[len(word):]
    if named:
        text = (f"{_lower(spec.label)}. {text}" if spec.required
                else f"{spec.label}: {_lower(text)}")
    if spec.required:
        text = "Verplicht: " + _lower(text)
    syntax = _syntax(spec.type) if syntax is None else syntax
    return " ".join(part for part in (text, after, syntax) if part)


def _syntax(kind: FieldType) -> str:
    if isinstance(kind, ListOf) and isinstance(kind.item, Slug):
        return "Een lijst tussen [ ] met de namen van hun mappen."
    if isinstance(kind, ListOf) and not isinstance(kind.item, Schema):
        return _LIST
    return _SYNTAX.get(type(kind), "")


def _lower(text: str) -> str:
    """The first letter in lower case, unless the word is a name like GitHub."""
    first = text.split(" ", 1)[0]
    return text if first[1:] != first[1:].lower() else text[:1].lower() + text[1:]


def _podium(today: dt.date, event_example: str, settings: dict[str, object]) -> str:
    """The commented-out podium entry: each field with its example, its explanation (the
    field's hint, shortened to a phrase) beside it."""
    examples = {"date": today.isoformat(), "event": event_example}
    notes = {"kind": "zie hierboven", "event": "Schrijf de bestandsnaam zonder .md."}
    lines = []
    for index, spec in enumerate(schemas.PODIUM_ENTRY.fields):
        value = examples.get(spec.name, spec.example)
        code = f"#   {'- ' if index == 0 else '  '}{spec.name}: {value}"
        text = _explain(spec, settings, syntax="")
        if spec.name in notes:
            join = ", " if notes[spec.name][0].islower() else ". "
            text = text.removesuffix(".") + join + notes[spec.name]
        column = max(_PODIUM_COLUMN, len(code) + 1)
        lines += _wrap(_lower(text).removesuffix("."), f"{code:<{column}}# ",
                       f"{'#':<{column}}#   ")
    return "\n".join(lines)


def _links() -> str:
    return "\n".join(f"#   {kind}: {_LINK_EXAMPLES.get(kind, f'https://example.nl/{kind}')}"
                     for kind in LINK_KINDS)


def _kinds() -> str:
    return ", ".join(PODIUM_KINDS[:-1]) + " of " + PODIUM_KINDS[-1]


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name
