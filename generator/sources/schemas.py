"""The front matter of every source kind, as the spec (content-model.md) defines it."""

from __future__ import annotations

from ..domain.model import LINK_KINDS, PODIUM_KINDS
from .focus import Focus
from .fields import Bool, Choice, Date, GithubUser, HttpsUrl, ImageFile, Moment, Slug, Text
from .records import Field, ListOf, Schema

SLUGS = ListOf(Slug(), "[marie-van-den-berg, jan-jansen]", max_items=50)
THEMES = ListOf(Text(80), "[inclusief werkgeverschap, medezeggenschap]", max_items=20)
# Longer texts: descriptions and addresses; a summary is a sentence or two.
LONG, SUMMARY = Text(300), Text(1000)

TERM = Schema("term", (
    Field("start", Date(), True, "appointment date", "2025-01-20"),
    Field("end", Date(), False, "last day of the term; default: the day before the same "
          "date term_years later", "2027-01-19"),
))

LINKS = Schema("links", tuple(
    Field(kind, HttpsUrl(), False, f"{kind} address", f"https://example.nl/{kind}")
    for kind in LINK_KINDS))

PODIUM_ENTRY = Schema("podium entry", (
    Field("date", Date(), True, "day of the appearance", "2025-03-12"),
    Field("kind", Choice(PODIUM_KINDS), True, "kind of appearance", "presentatie"),
    Field("title", Text(), True, "what it was about", "Sociale innovatie in de bakkerij"),
    Field("venue", Text(), False, "where, or for whom", "Ondernemersvereniging Tilburg"),
    Field("url", HttpsUrl(), False, "a report or recording", "https://example.nl/verslag"),
    Field("public", Bool(), False, "false: counts, but only date and kind are published",
          "false"),
    Field("event", Slug(), False, "a network event this appearance is part of: the file "
          "name in content/events/ without .md; shown with that event in the calendar",
          "netwerkbijeenkomst-voorjaar"),
))

AMBASSADOR = Schema("ambassador", (
    Field("name", Text(), True, "full name", "Marie-Thérèse van den Berg"),
    Field("role", Text(), False, "job title", "Directeur-eigenaar"),
    Field("organisation", Text(), False, "organisation", "Bakkerij Van den Berg"),
    Field("region", Text(), False, "region, used for filtering", "Noord-Brabant"),
    Field("sector", Text(), False, "sector, used for filtering", "Voedingsmiddelen"),
    Field("themes", THEMES, False, "themes, used for filtering", "[inclusief werkgeverschap]"),
    Field("photo", ImageFile(), False, "portrait file in this folder", "portrait.jpg"),
    Field("photo_alt", LONG, False, "description of the portrait", "Portret van ..."),
    Field("photo_focus", Focus(), False, "where the face is, in percent from the left and "
          "the top; crops keep it in view", "[50, 30]"),
    Field("photo_credit", LONG, False, "photographer and licence, for the press kit",
          "Foto: Jan de Vries, CC BY 4.0"),
    Field("term", TERM, True, "term of office", "{start: 2025-01-20}"),
    Field("honorary", Bool(), False, "listed as ere-lid after the term", "true"),
    Field("links", LINKS, False, "https links", "{website: https://example.nl}"),
    Field("github", GithubUser(), False, "GitHub user who owns this folder", "mvdberg"),
    Field("podium", ListOf(PODIUM_ENTRY, max_items=500), False, "the podium log", "[...]"),
))

STORY = Schema("story", (
    Field("title", Text(), True, "title", "Hoe wij ons team lieten meebeslissen"),
    Field("date", Moment(), True, "publication date; later than today = not yet published",
          "2026-03-14"),
    Field("ambassadors", SLUGS, True, "the ambassadors this story is about",
          "[marie-therese-van-den-berg]"),
    Field("summary", SUMMARY, False, "one or two sentences; default: the first paragraph",
          "Een korte samenvatting."),
    Field("image", ImageFile(), False, "cover image beside the story", "cover.jpg"),
    Field("image_alt", LONG, False, "description of the image (required with image)",
          "Medewerkers aan tafel"),
    Field("themes", THEMES, False, "themes", "[medezeggenschap]"),
    Field("draft", Bool(), False, "true: never published", "true"),
))

EVENT = Schema("event", (
    Field("title", Text(), True, "title", "Netwerkbijeenkomst voorjaar"),
    Field("start", Moment(), True, "start; a date alone is an all-day event",
          "2026-03-12T19:00"),
    Field("end", Moment(), False, "end, same kind of value as start", "2026-03-12T21:30"),
    Field("kind", Text(), False, "kind of event", "netwerkbijeenkomst"),
    Field("location", LONG, False, "address", "Stadhuis Tilburg, Stadhuisplein 130, Tilburg"),
    Field("online", HttpsUrl(), False, "link to join online", "https://example.nl/live"),
    Field("registration", HttpsUrl(), False, "link to register", "https://example.nl/aanmelden"),
    Field("ambassadors", SLUGS, False, "speakers or hosts", "[marie-therese-van-den-berg]"),
    Field("cancelled", Bool(), False, "true: stays listed, marked cancelled", "true"),
))

APPOINTMENT = Schema("appointment", (
    Field("title", Text(), True, "title of the announcement", "Zes nieuwe ambassadeurs benoemd"),
    Field("date", Moment(), True, "publication moment (embargo)", "2026-01-20T10:00"),
    Field("ambassadors", SLUGS, True, "the newly appointed", "[marie-therese-van-den-berg]"),
))

NEWSLETTER = Schema("newsletter issue", (
    Field("title", Text(), True, "title", "Nieuwsbrief maart 2026"),
    Field("date", Moment(), True, "publication date; later than today = not yet published",
          "2026-03-31"),
))

# Dutch label and hint of every field above, by schema title and field name: the browser
# editor (generator/cms_config.py) shows them beside its form fields, in the words of the
# explanations `python -m generator new` writes (scaffold.py). Hints may name the site's
# settings as {term_years}, {podium_minimum}, {timezone} and {events_dir}.
_LINK_LABELS = {"website": "Website", "linkedin": "LinkedIn", "youtube": "YouTube"}
DUTCH: dict[str, dict[str, tuple[str, str]]] = {
    "term": {
        "start": ("Begin", "De datum van je benoeming."),
        "end": ("Einde", "De laatste dag van je termijn (optioneel). Standaard de dag vóór "
                "dezelfde datum {term_years} jaar later."),
    },
    "links": {kind: (_LINK_LABELS.get(kind, kind.capitalize()),
                     "Het adres van je " + ("website" if kind == "website" else
                                            f"{_LINK_LABELS.get(kind, kind.capitalize())}-"
                                            "pagina") + ", beginnend met https://.")
              for kind in LINK_KINDS},
    "podium entry": {
        "date": ("Datum", "De dag van het optreden."),
        "kind": ("Soort", "De soort optreden."),
        "title": ("Onderwerp", "Waar het over ging."),
        "venue": ("Waar of voor wie", "Waar, of voor wie (optioneel)."),
        "url": ("Verslag of opname", "Een verslag of opname, een adres dat met https:// "
                "begint (optioneel)."),
        "public": ("Openbaar", "Uit: telt mee, maar alleen datum en soort worden "
                   "gepubliceerd."),
        "event": ("Bijeenkomst", "Een bijeenkomst van het netwerk waar je optreedt, uit "
                  "{events_dir}/ (optioneel); het optreden staat dan in de agenda bij die "
                  "bijeenkomst."),
    },
    "ambassador": {
        "name": ("Naam", "Je volledige naam, zoals die op de site en in de index komt. "
                 "De naam van de map (het webadres) wordt ervan gemaakt."),
        "role": ("Functie", "Je functie (optioneel)."),
        "organisation": ("Organisatie", "De organisatie waar je werkt (optioneel)."),
        "region": ("Regio", "Je regio, vrije tekst; bezoekers filteren erop (optioneel)."),
        "sector": ("Sector", "Je sector, vrije tekst; bezoekers filteren erop (optioneel)."),
        "themes": ("Thema's", "Thema's waar je over vertelt; bezoekers filteren erop "
                   "(optioneel)."),
        "photo": ("Portretfoto", "Je portretfoto: .jpg, .jpeg, .png of .webp, hoogstens "
                  "20 MiB en 40 megapixel (optioneel). Plaats alleen een foto die je mag "
                  "publiceren."),
        "photo_alt": ("Beschrijving van de foto", "Beschrijving van de foto voor wie hem "
                      "niet kan zien (optioneel; standaard \"Portret van\" en je naam)."),
        "photo_focus": ("Focuspunt van de foto", "Waar je gezicht staat, in procenten vanaf "
                        "links en vanaf boven (optioneel): uitsneden houden dat punt in "
                        "beeld. Standaard het midden: 50 en 50."),
        "photo_credit": ("Fotograaf en licentie", "Fotograaf en licentie, voor de perskit "
                         "(optioneel), zoals: Foto: Jan de Vries, CC BY 4.0."),
        "term": ("Termijn", "Je termijn als ambassadeur."),
        "honorary": ("Ere-lid", "Aan: na je termijn blijf je op de site als ere-lid, anders "
                     "als oud-ambassadeur (optioneel)."),
        "links": ("Links", "Links naar je eigen pagina's, alleen adressen die met https:// "
                  "beginnen (optioneel). Vul alleen in wat je gebruikt."),
        "github": ("GitHub-gebruikersnaam", "Je GitHub-gebruikersnaam (optioneel): dan ben "
                   "jij eigenaar van deze map en vraagt GitHub jou om een review als iemand "
                   "anders hem wijzigt."),
        "podium": ("Podiumlogboek", "Elk optreden als ambassadeur, in willekeurige volgorde "
                   "(optioneel). Per kalenderjaar worden er minstens {podium_minimum} "
                   "verwacht, naar rato in een gedeeltelijk jaar. Een optreden met een datum "
                   "na vandaag staat als gepland optreden in de agenda."),
    },
    "story": {
        "title": ("Titel", "De titel; de bestandsnaam (het webadres) wordt ervan gemaakt."),
        "date": ("Publicatiedatum", "Een datum na vandaag verschijnt pas op die dag."),
        "ambassadors": ("Ambassadeurs", "De ambassadeurs over wie het verhaal gaat, een of "
                        "meer."),
        "summary": ("Samenvatting", "Een samenvatting van een of twee zinnen (optioneel; "
                    "standaard de eerste alinea)."),
        "image": ("Omslagfoto", "Een omslagfoto naast dit verhaal: .jpg, .jpeg, .png of "
                  ".webp (optioneel)."),
        "image_alt": ("Beschrijving van de omslagfoto", "Verplicht zodra je een omslagfoto "
                      "gebruikt: een beschrijving van de foto voor wie hem niet ziet."),
        "themes": ("Thema's", "Thema's van het verhaal (optioneel)."),
        "draft": ("Concept", "Aan: het verhaal wordt nooit gepubliceerd, ook niet na de datum "
                  "(optioneel)."),
    },
    "event": {
        "title": ("Titel", "De titel; de bestandsnaam (het webadres) wordt ervan gemaakt."),
        "start": ("Begin", "Het begin, in de tijd van de site ({timezone})."),
        "end": ("Einde", "Het einde, op dezelfde manier geschreven als het begin "
                "(optioneel)."),
        "kind": ("Soort bijeenkomst", "De soort bijeenkomst, vrije tekst, zoals "
                 "netwerkbijeenkomst (optioneel)."),
        "location": ("Adres", "Het adres (optioneel)."),
        "online": ("Online meedoen", "Link om online mee te doen, https:// (optioneel)."),
        "registration": ("Aanmelden", "Link om je aan te melden, https:// (optioneel)."),
        "ambassadors": ("Sprekers", "Sprekers of gastheren en -vrouwen (optioneel)."),
        "cancelled": ("Afgelast", "Aan: de bijeenkomst gaat niet door; hij blijft in de "
                      "agenda, gemarkeerd als afgelast (optioneel)."),
    },
    "appointment": {
        "title": ("Titel", "De titel van het persbericht."),
        "date": ("Moment van publicatie", "In de tijd van de site ({timezone}). Tot dat "
                 "moment staat niets van dit bericht op de site, en niets van de ambassadeurs "
                 "hieronder wier termijn nog niet is begonnen (embargo)."),
        "ambassadors": ("Nieuw benoemde ambassadeurs", "De nieuw benoemde ambassadeurs, met "
                        "de naam van hun map, zoals marie-therese-van-den-berg."),
    },
    "newsletter issue": {
        "title": ("Titel", "De titel; de bestandsnaam (het webadres) wordt ervan gemaakt."),
        "date": ("Verschijningsdatum", "Een datum na vandaag verschijnt pas op die dag. De "
                 "nieuwsbrief toont wat er sinds het vorige nummer is gebeurd, tot en met "
                 "deze datum, en de agenda van de weken erna."),
    },
}
