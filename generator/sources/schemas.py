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
