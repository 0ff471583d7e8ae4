"""The front matter of every source kind, as the spec (content-model.md) defines it."""

from __future__ import annotations

from ...domain.model import ADMISSION, LINK_KINDS, PODIUM_KINDS
from ..focus import Focus
from .fields import Bool, Choice, Date, GithubUser, HttpsUrl, ImageFile, Moment, Slug, Text, Whole
from .records import Field, ListOf, Schema

SLUGS = ListOf(Slug(), "[marie-van-den-berg, jan-jansen]", max_items=50)
THEMES = ListOf(Text(80), "[inclusief werkgeverschap, medezeggenschap]", max_items=20)
# Longer texts: descriptions and addresses; a summary is a sentence or two.
LONG, SUMMARY = Text(300), Text(1000)
# Every field carries its English `doc` (JSON Schemas, errors) and its Dutch `label` and
# `hint`: the browser editor (generator/cms_config.py) shows them beside its form fields and
# `python -m generator new` (commands/scaffold.py) writes the hint as the field's explanation.

TERM = Schema("term", (
    Field("start", Date(), True, "appointment date", "2025-01-20",
          label="Begin",
          hint="De datum van je benoeming."),
    Field("end", Date(), False, "last day of the term; default: the day before the same "
          "date term_years later", "2027-01-19",
          label="Einde",
          hint="De laatste dag van je termijn (optioneel). Standaard de dag vóór dezelfde "
               "datum {term_years} jaar later."),
))

_LINK_LABELS = {"website": "Website", "linkedin": "LinkedIn", "youtube": "YouTube"}


def _link(kind: str) -> Field:
    label = _LINK_LABELS.get(kind, kind.capitalize())
    page = "website" if kind == "website" else f"{label}-pagina"
    return Field(kind, HttpsUrl(), False, f"{kind} address", f"https://example.nl/{kind}",
                 label=label, hint=f"Het adres van je {page}, beginnend met https://.")


LINKS = Schema("links", tuple(_link(kind) for kind in LINK_KINDS))

PODIUM_ENTRY = Schema("podium entry", (
    Field("date", Date(), True, "day of the appearance", "2025-03-12",
          label="Datum",
          hint="De dag van het optreden."),
    Field("kind", Choice(PODIUM_KINDS), True, "kind of appearance", "presentatie",
          label="Soort",
          hint="De soort optreden."),
    Field("title", Text(), True, "what it was about", "Sociale innovatie in de bakkerij",
          label="Onderwerp",
          hint="Waar het over ging."),
    Field("venue", Text(), False, "where, or for whom", "Ondernemersvereniging Tilburg",
          label="Waar of voor wie",
          hint="Waar, of voor wie (optioneel)."),
    Field("url", HttpsUrl(), False, "a report or recording", "https://example.nl/verslag",
          label="Verslag of opname",
          hint="Een verslag of opname, een adres dat met https:// begint (optioneel)."),
    Field("public", Bool(), False, "false: counts, but only date and kind are published",
          "false",
          label="Openbaar",
          hint="Uit: telt mee, maar alleen datum en soort worden gepubliceerd."),
    Field("event", Slug(), False, "a network event this appearance is part of: the file "
          "name in content/events/ without .md; shown with that event in the calendar",
          "netwerkbijeenkomst-voorjaar",
          label="Bijeenkomst",
          hint="Een bijeenkomst van het netwerk waar je optreedt, uit {events_dir}/ "
               "(optioneel); het optreden staat dan in de agenda bij die bijeenkomst."),
))

AMBASSADOR = Schema("ambassador", (
    Field("name", Text(), True, "full name", "Marie-Thérèse van den Berg",
          label="Naam",
          hint="Je volledige naam, zoals die op de site en in de index komt. De naam van de "
               "map (het webadres) wordt ervan gemaakt."),
    # Dutch sorting skips particles and takes the last word (domain/people.py); a name it
    # cannot know says what it sorts by.
    Field("sort_name", Text(80), False, "what the name sorts by in the lists, where the Dutch "
          "rule (surname without particles) cannot know", "Tjon A Fong",
          label="Sorteernaam",
          hint="Waaronder je naam in de lijsten staat, als dat niet je achternaam zonder "
               "voorvoegsels is (optioneel): Tjon A Fong onder T, El Amrani onder E, het "
               "Belgische Van der Berg onder V. Zonder sorteernaam staat Joke van 't Hek "
               "onder H."),
    Field("role", Text(), False, "job title", "Directeur-eigenaar",
          label="Functie",
          hint="Je functie (optioneel)."),
    Field("organisation", Text(), False, "organisation", "Bakkerij Van den Berg",
          label="Organisatie",
          hint="De organisatie waar je werkt (optioneel)."),
    Field("region", Text(), False, "region, used for filtering", "Noord-Brabant",
          label="Regio",
          hint="Je regio, vrije tekst; bezoekers filteren erop (optioneel)."),
    Field("sector", Text(), False, "sector, used for filtering", "Voedingsmiddelen",
          label="Sector",
          hint="Je sector, vrije tekst; bezoekers filteren erop (optioneel)."),
    Field("themes", THEMES, False, "themes, used for filtering", "[inclusief werkgeverschap]",
          label="Thema's",
          hint="Thema's waar je over vertelt; bezoekers filteren erop (optioneel)."),
    Field("photo", ImageFile(), False, "portrait file in this folder", "portrait.jpg",
          label="Portretfoto",
          hint="Je portretfoto: .jpg, .jpeg, .png of .webp, hoogstens 20 MiB en 40 megapixel "
               "(optioneel). Plaats alleen een foto die je mag publiceren."),
    Field("photo_alt", LONG, False, "description of the portrait", "Portret van ...",
          label="Beschrijving van de foto",
          hint="Beschrijving van de foto voor wie hem niet kan zien (optioneel; standaard "
               '"Portret van" en je naam).'),
    Field("photo_focus", Focus(), False, "where the face is, in percent from the left and "
          "the top; crops keep it in view", "[50, 30]",
          label="Focuspunt van de foto",
          hint="Waar je gezicht staat, in procenten vanaf links en vanaf boven (optioneel): "
               "uitsneden houden dat punt in beeld. Standaard het midden: 50 en 50."),
    Field("photo_credit", LONG, False, "photographer and licence, for the press kit",
          "Foto: Jan de Vries, CC BY 4.0",
          label="Fotograaf en licentie",
          hint="Fotograaf en licentie, voor de perskit (optioneel), zoals: Foto: Jan de Vries, "
               "CC BY 4.0."),
    Field("term", TERM, True, "term of office", "{start: 2025-01-20}",
          label="Termijn",
          hint="Je termijn als ambassadeur."),
    Field("honorary", Bool(), False, "listed as ere-lid after the term", "true",
          label="Ere-lid",
          hint="Aan: na je termijn blijf je op de site als ere-lid, anders als oud-ambassadeur "
               "(optioneel)."),
    Field("links", LINKS, False, "https links", "{website: https://example.nl}",
          label="Links",
          hint="Links naar je eigen pagina's, alleen adressen die met https:// beginnen "
               "(optioneel). Vul alleen in wat je gebruikt."),
    Field("github", GithubUser(), False, "GitHub user who owns this folder", "mvdberg",
          label="GitHub-gebruikersnaam",
          hint="Je GitHub-gebruikersnaam (optioneel): dan ben jij eigenaar van deze map en "
               "vraagt GitHub jou om een review als iemand anders hem wijzigt."),
    Field("podium", ListOf(PODIUM_ENTRY, max_items=500), False, "the podium log", "[...]",
          label="Podiumlogboek",
          hint="Elk optreden als ambassadeur, in willekeurige volgorde (optioneel). Per "
               "kalenderjaar worden er minstens {podium_minimum} verwacht, naar rato in een "
               "gedeeltelijk jaar. Een optreden met een datum na vandaag staat als gepland "
               "optreden in de agenda."),
))

STORY = Schema("story", (
    Field("title", Text(), True, "title", "Hoe wij ons team lieten meebeslissen",
          label="Titel",
          hint="De titel; de bestandsnaam (het webadres) wordt ervan gemaakt."),
    Field("date", Moment(), True, "publication date; later than today = not yet published",
          "2026-03-14",
          label="Publicatiedatum",
          hint="Een datum na vandaag verschijnt pas op die dag."),
    Field("ambassadors", SLUGS, True, "the ambassadors this story is about",
          "[marie-therese-van-den-berg]",
          label="Ambassadeurs",
          hint="De ambassadeurs over wie het verhaal gaat, een of meer."),
    Field("summary", SUMMARY, False, "one or two sentences; default: the first paragraph",
          "Een korte samenvatting.",
          label="Samenvatting",
          hint="Een samenvatting van een of twee zinnen (optioneel; standaard de eerste alinea)."),
    Field("image", ImageFile(), False, "cover image beside the story", "cover.jpg",
          label="Omslagfoto",
          hint="Een omslagfoto naast dit verhaal: .jpg, .jpeg, .png of .webp (optioneel)."),
    Field("image_alt", LONG, False, "description of the image (required with image)",
          "Medewerkers aan tafel",
          label="Beschrijving van de omslagfoto",
          hint="Verplicht zodra je een omslagfoto gebruikt: een beschrijving van de foto voor "
               "wie hem niet ziet."),
    Field("themes", THEMES, False, "themes", "[medezeggenschap]",
          label="Thema's",
          hint="Thema's van het verhaal (optioneel)."),
    Field("draft", Bool(), False, "true: never published", "true",
          label="Concept",
          hint="Aan: het verhaal wordt nooit gepubliceerd, ook niet na de datum (optioneel)."),
))

ADDRESS = Schema("address", (
    Field("street", Text(), True, "street and house number", "Stadhuisplein 130",
          label="Straat en huisnummer",
          hint="Straat en huisnummer."),
    Field("postcode", Text(20), True, "postcode", "5038 TC",
          label="Postcode",
          hint="De postcode, zoals 5038 TC."),
    Field("city", Text(), True, "town or city", "Tilburg",
          label="Plaats",
          hint="De plaats."),
))

EVENT = Schema("event", (
    Field("title", Text(), True, "title", "Netwerkbijeenkomst voorjaar",
          label="Titel",
          hint="De titel; de bestandsnaam (het webadres) wordt ervan gemaakt."),
    Field("start", Moment(), True, "start; a date alone is an all-day event",
          "2026-03-12T19:00",
          label="Begin",
          hint="Het begin, in de tijd van de site ({timezone})."),
    Field("end", Moment(), False, "end, same kind of value as start", "2026-03-12T21:30",
          label="Einde",
          hint="Het einde, op dezelfde manier geschreven als het begin (optioneel)."),
    Field("kind", Text(), False, "kind of event", "netwerkbijeenkomst",
          label="Soort bijeenkomst",
          hint="De soort bijeenkomst, vrije tekst, zoals netwerkbijeenkomst (optioneel)."),
    Field("location", LONG, False, "address", "Stadhuis Tilburg, Stadhuisplein 130, Tilburg",
          label="Adres",
          hint="Het adres (optioneel)."),
    Field("address", ADDRESS, False, "the address in parts, for search engines and maps; "
          "location then names the venue only",
          "{street: Stadhuisplein 130, postcode: 5038 TC, city: Tilburg}",
          label="Adres in delen",
          hint="Het adres in delen: straat en huisnummer, postcode en plaats (optioneel). "
               "Zoekmachines en kaarten lezen het zo; zet bij Adres dan alleen de naam van "
               "de plek, zoals Stadhuis Tilburg."),
    # A choice, not a boolean: the browser editor saves an untouched boolean as false, which
    # would say that every event asks a fee.
    Field("admission", Choice(tuple(ADMISSION)), False, "free: no fee; paid: a fee is asked",
          "free",
          label="Toegang",
          hint="free als de toegang gratis is, paid als er entree wordt gevraagd (optioneel: "
               "leeg laten als je het niet wilt zeggen)."),
    Field("online", HttpsUrl(), False, "link to join online", "https://example.nl/live",
          label="Online meedoen",
          hint="Link om online mee te doen, https:// (optioneel)."),
    Field("registration", HttpsUrl(), False, "link to register", "https://example.nl/aanmelden",
          label="Aanmelden",
          hint="Link om je aan te melden, https:// (optioneel)."),
    Field("ambassadors", SLUGS, False, "speakers or hosts", "[marie-therese-van-den-berg]",
          label="Sprekers",
          hint="Sprekers of gastheren en -vrouwen (optioneel)."),
    Field("cancelled", Bool(), False, "true: stays listed, marked cancelled", "true",
          label="Afgelast",
          hint="Aan: de bijeenkomst gaat niet door; hij blijft in de agenda, gemarkeerd als "
               "afgelast (optioneel)."),
    Field("sequence", Whole(0, 999), False, "version of the time and place: raise it by one "
          "when the start, end, location, address or online link changes, or when a cancelled "
          "event goes ahead after all (cancelling raises the calendar's SEQUENCE by itself)", "1",
          label="Versie",
          hint="Verhoog dit getal met één als je het begin, het einde, het adres of de "
               "online link verandert, of als een afgelaste bijeenkomst toch doorgaat; dan "
               "nemen agenda's die de bijeenkomst al hebben de wijziging over (optioneel; "
               "afgelasten telt vanzelf mee)."),
))

APPOINTMENT = Schema("appointment", (
    Field("title", Text(), True, "title of the announcement", "Zes nieuwe ambassadeurs benoemd",
          label="Titel",
          hint="De titel van het persbericht."),
    Field("date", Moment(), True, "publication moment (embargo)", "2026-01-20T10:00",
          label="Moment van publicatie",
          hint="In de tijd van de site ({timezone}). Tot dat moment staat niets van dit "
               "bericht op de site, en niets van de ambassadeurs hieronder wier termijn nog "
               "niet is begonnen (embargo)."),
    Field("ambassadors", SLUGS, True, "the newly appointed", "[marie-therese-van-den-berg]",
          label="Nieuw benoemde ambassadeurs",
          hint="De nieuw benoemde ambassadeurs, met de naam van hun map, zoals "
               "marie-therese-van-den-berg."),
))

NEWSLETTER = Schema("newsletter issue", (
    Field("title", Text(), True, "title", "Nieuwsbrief maart 2026",
          label="Titel",
          hint="De titel; de bestandsnaam (het webadres) wordt ervan gemaakt."),
    Field("date", Moment(), True, "publication date; later than today = not yet published",
          "2026-03-31",
          label="Verschijningsdatum",
          hint="Een datum na vandaag verschijnt pas op die dag. De nieuwsbrief toont wat er "
               "sinds het vorige nummer is gebeurd, tot en met deze datum, en de agenda van de "
               "weken erna."),
))
