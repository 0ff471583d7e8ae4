"""`python -m generator new ...`: the text of a new source file, every field explained in Dutch.

Ambassadors edit their files in the GitHub web editor, without the spec at hand, so the
file itself is the manual: required fields are filled in and pass `check` as they are,
optional ones are commented out with an example to copy. These functions only return
text and a slug; the command line decides where to write it and never overwrites.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from .domain.model import LINK_KINDS, PODIUM_KINDS
from .domain.people import slugify
from .domain.text import NOTE_HEADING
from .domain.terms import default_term_end
from .messages import Message, msg
from .sources.errors import Bilingual, FieldError
from .sources.fields import Context, Moment
from .sources.frontmatter import Scalar
from .sources.placeholders import PLACEHOLDER
from .sources.tree import Layout
from .render.dates import long_date

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
    text = f"""\
---
# Profiel van een ambassadeur: de naam van deze map ({slug}) wordt het webadres.
{_INTRO}

# Verplicht: je volledige naam, zoals die op de site en in de index komt.
name: {_yaml(name)}

# Je functie (optioneel).
# role: Directeur-eigenaar

# De organisatie waar je werkt (optioneel).
# organisation: Bakkerij Van den Berg

# Je regio, vrije tekst; bezoekers filteren erop (optioneel).
# region: Noord-Brabant

# Je sector, vrije tekst; bezoekers filteren erop (optioneel).
# sector: Voedingsmiddelen

# Thema's waar je over vertelt, een lijst tussen [ ]; bezoekers filteren erop (optioneel).
# themes: [inclusief werkgeverschap, leven lang ontwikkelen]

# Je portretfoto: een bestand in deze map, .jpg, .jpeg, .png of .webp, hoogstens 20 MiB
# en 40 megapixel (optioneel). Plaats alleen een foto die je mag publiceren.
# photo: portret.jpg

# Beschrijving van de foto voor wie hem niet kan zien (optioneel; standaard
# "Portret van" en je naam).
# photo_alt: {_yaml(f"Portret van {name}, lachend achter een werkbank")}

# Waar je gezicht staat, in procenten vanaf links en vanaf boven (optioneel):
# uitsneden houden dat punt in beeld. Standaard het midden: [50, 50].
# photo_focus: [50, 35]

# Fotograaf en licentie, voor de perskit (optioneel).
# photo_credit: "Foto: Jan de Vries, CC BY 4.0"

# Verplicht: je termijn als ambassadeur.
term:
  # Verplicht: de datum van je benoeming, als JJJJ-MM-DD.
  start: {today.isoformat()}
  # De laatste dag van je termijn (optioneel). Standaard de dag vóór dezelfde datum
  # {term_years} jaar later, hier {end.isoformat()}.
  # end: {end.isoformat()}

# true: na je termijn blijf je op de site als ere-lid, anders als oud-ambassadeur
# (optioneel; standaard false). Schrijf true of false: yes en no zijn fouten.
# honorary: true

# Links naar je eigen pagina's, alleen adressen die met https:// beginnen (optioneel).
# Zet alleen de regels neer die je gebruikt.
# links:
{_links()}

# Je GitHub-gebruikersnaam (optioneel): dan ben jij eigenaar van deze map en vraagt
# GitHub jou om een review als iemand anders hem wijzigt.
# github: mvdberg

# Je podiumlogboek: elk optreden als ambassadeur, in willekeurige volgorde (optioneel).
# Per kalenderjaar worden er minstens {podium_minimum} verwacht, naar rato in een gedeeltelijk
# jaar. Een optreden met een datum na vandaag staat als gepland optreden in de agenda.
# Soorten (kind): {_kinds()}.
# Kopieer het blok vanaf "- date" voor elk volgend optreden.
# podium:
#   - date: {today.isoformat()}                        # verplicht: de dag van het optreden
#     kind: presentatie                       # verplicht: de soort, zie hierboven
#     title: Sociale innovatie in de bakkerij # verplicht: waar het over ging
#     venue: Ondernemersvereniging Tilburg    # optioneel: waar, of voor wie
#     url: https://example.nl/verslag         # optioneel: verslag of opname, https://
#     public: false                           # optioneel: false = telt mee, maar alleen
#                                             #   datum en soort worden gepubliceerd
#     event: {event_example:<32} # optioneel: een bijeenkomst van het netwerk
#                                             #   waar je optreedt: de bestandsnaam in
#                                             #   {events_dir}/ zonder .md; het optreden
#                                             #   staat dan in de agenda bij die bijeenkomst
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
    text = f"""\
---
# Een verhaal: de bestandsnaam ({slug}) wordt het webadres.
{_INTRO}

# Verplicht: de titel.
title: {_yaml(title)}

# Verplicht: de publicatiedatum, JJJJ-MM-DD, of met een tijd: {today.isoformat()}T09:00.
# Een datum na vandaag verschijnt pas op die dag.
date: {today.isoformat()}

# Verplicht: de ambassadeurs over wie het verhaal gaat, een of meer, met de naam van
# hun map (zoals marie-therese-van-den-berg).
ambassadors: [{", ".join(ambassadors)}]

# Een samenvatting van een of twee zinnen (optioneel; standaard de eerste alinea).
# summary: Hoe een bakkerij haar team liet meebeslissen over het nieuwe rooster.

# Een omslagfoto naast dit bestand: .jpg, .jpeg, .png of .webp (optioneel). Een
# verhaal met eigen foto's kan ook in een eigen map staan, als index.md met de foto's
# ernaast: {slug}/index.md.
# image: omslag.jpg

# Verplicht zodra je image gebruikt: een beschrijving van de foto voor wie hem niet ziet.
# image_alt: Medewerkers overleggen aan een lange tafel in de bakkerij

# Thema's, een lijst tussen [ ] (optioneel).
# themes: [medezeggenschap]

# true: het verhaal wordt nooit gepubliceerd, ook niet na de datum (optioneel).
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
    slug = f"{begin:%Y-%m}-{_slug(title, msg('new.title'))}"
    timed = isinstance(begin, dt.datetime)
    shown = f"{begin:%Y-%m-%dT%H:%M}" if timed else begin.isoformat()
    end = f"{begin + dt.timedelta(hours=2):%Y-%m-%dT%H:%M}" if timed else begin.isoformat()
    speakers = (f"ambassadors: [{', '.join(ambassadors)}]" if ambassadors
                else "# ambassadors: [marie-therese-van-den-berg]")
    text = f"""\
---
# Een bijeenkomst in de agenda: de bestandsnaam ({slug}) wordt het webadres.
{_INTRO}

# Verplicht: de titel.
title: {_yaml(title)}

# Verplicht: het begin, JJJJ-MM-DDTUU:MM in de tijd van de site ({ctx.tz.key}).
# Alleen een datum (JJJJ-MM-DD) maakt er een evenement van de hele dag van.
start: {shown}

# Het einde, op dezelfde manier geschreven als start (optioneel). Bij een evenement
# van hele dagen is dit de laatste dag.
# end: {end}

# De soort bijeenkomst, vrije tekst (optioneel).
# kind: netwerkbijeenkomst

# Het adres (optioneel).
# location: Stadhuis Tilburg, Stadhuisplein 130, Tilburg

# Link om online mee te doen, https:// (optioneel).
# online: https://example.nl/live

# Link om je aan te melden, https:// (optioneel).
# registration: https://example.nl/aanmelden

# Sprekers of gastheren en -vrouwen: de namen van hun mappen (optioneel).
{speakers}

# true: de bijeenkomst gaat niet door; hij blijft in de agenda, gemarkeerd als
# afgelast (optioneel).
# cancelled: true
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
    text = f"""\
---
# Een nummer van de nieuwsbrief: de bestandsnaam ({slug}) wordt het webadres.
{_INTRO}

# Verplicht: de titel.
title: {_yaml(title)}

# Verplicht: de verschijningsdatum, JJJJ-MM-DD. Een datum na vandaag verschijnt pas op
# die dag. De nieuwsbrief toont wat er sinds het vorige nummer is gebeurd, tot en met
# deze datum, en de agenda van de weken erna.
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
    text = f"""\
---
# De jaarlijkse benoeming: het persbericht over de nieuwe ambassadeurs.
{_INTRO}

# Verplicht: de titel van het persbericht.
title: {_yaml(heading)}

# Verplicht: het moment van publicatie, JJJJ-MM-DDTUU:MM in de tijd van de site
# ({ctx.tz.key}). Tot dat moment staat niets van dit bericht op de site, en niets van
# de ambassadeurs hieronder wier termijn nog niet is begonnen (embargo).
date: {date}

# Verplicht: de nieuw benoemde ambassadeurs, met de naam van hun map.
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


def _slug(text: str, what: Message) -> str:
    """The file name `new` makes from `text`; `what` says what the text is (`new.title`)."""
    if "\n" in text or "\r" in text:
        raise ScaffoldError(msg("new.one_line", what=what))
    slug = slugify(text)
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


def _links() -> str:
    return "\n".join(f"#   {kind}: {_LINK_EXAMPLES.get(kind, f'https://example.nl/{kind}')}"
                     for kind in LINK_KINDS)


def _kinds() -> str:
    return ", ".join(PODIUM_KINDS[:-1]) + " of " + PODIUM_KINDS[-1]


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name
