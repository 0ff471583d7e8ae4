"""Interface texts, in Dutch by default; a site overrides any of them with the `labels` option."""

from __future__ import annotations

import string
from collections.abc import Mapping

from ..messages import msg
from ..sources.options.press_contact import OptionError
from ..sources.options.rules import one_line, strings

LABEL_LIMIT = 1000

NL: dict[str, str] = {
    "ambassadors": "Ambassadeurs",
    "ambassadors_intro": "Wie de ambassadeurs van het netwerk zijn, wat ze doen en waar je "
                         "ze tegenkomt.",
    "active_count": "{n} actieve ambassadeurs",
    "active_count_one": "1 actieve ambassadeur",
    "alumni": "Oud-ambassadeurs en ere-leden",
    # The alumni page's two groups, with their counts: the plural beside the plural.
    "alumni_group": "Oud-ambassadeurs ({n})",
    "alumni_group_one": "Oud-ambassadeur (1)",
    "honorary_group": "Ere-leden ({n})",
    "honorary_group_one": "Ere-lid (1)",
    # The order of the directory and the alumni page (domain/people.py), named beside them.
    "order_surname": "Volgorde: op achternaam",
    "alumni_intro": "Ambassadeurs van eerdere jaren. Ere-leden blijven na hun termijn "
                    "verbonden aan het netwerk.",
    "honorary": "Ere-lid",
    "alumnus": "Oud-ambassadeur",
    "active": "Ambassadeur",
    "upcoming": "Treedt aan op {date}",
    "stories": "Verhalen",
    "stories_intro": "Ervaringen en lessen van de ambassadeurs, het nieuwste eerst.",
    "story_by": "Met",
    "stories_of": "Verhalen van {name}",
    "read_story": "Lees het verhaal",
    "all_stories": "Alle verhalen",
    "all_ambassadors": "Alle ambassadeurs",
    "meet_ambassadors": "Maak kennis met de ambassadeurs",
    "latest_stories": "Nieuwste verhalen",
    # The browser editor's sign-in page (/admin/, adapter/admin_page.py): what it is for, before
    # Decap's sign-in button.
    "admin_title": "Beheer – {site}",
    "admin_intro": "Hier bewerken de ambassadeurs en de coördinator de site in een "
                   "formulier: je eigen pagina, verhalen, de agenda en de nieuwsbrief. Je "
                   "logt in met een (gratis) account op GitHub. Wat je opslaat komt niet "
                   "meteen op de site: het wordt een voorstel (een pull request) dat de "
                   "coördinator eerst bekijkt en goedkeurt.",
    "admin_date_placeholder": "dd-mm-jjjj",
    "admin_moment_placeholder": "dd-mm-jjjj uu:mm",
    "admin_date_error": "Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 20-05-2026.",
    "admin_moment_error": "Schrijf de datum als dd-mm-jjjj, met de tijd erachter als uu:mm, "
                          "bijvoorbeeld 20-05-2026 of 20-05-2026 14:30.",
    # Stories by theme (/verhalen/thema/<slug>/), and every page's meta description
    # (render/pages/descriptions.py): plain text, the counted nouns as `_one` and `_many`.
    "story_filter": "Verhalen per thema",
    "story_filter_reset": "Toon alle verhalen",
    "story_theme_title": "Verhalen: {value}",
    "story_theme_intro": "Verhalen van de ambassadeurs over het thema {value}, het nieuwste "
                         "eerst.",
    "desc_and": "en",
    "desc_active_one": "1 actieve ambassadeur",
    "desc_active_many": "{n} actieve ambassadeurs",
    "desc_alumni_one": "1 oud-ambassadeur",
    "desc_alumni_many": "{n} oud-ambassadeurs",
    "desc_honorary_one": "1 ere-lid",
    "desc_honorary_many": "{n} ere-leden",
    "desc_stories_one": "1 verhaal",
    "desc_stories_many": "{n} verhalen",
    "desc_events_one": "1 bijeenkomst",
    "desc_events_many": "{n} bijeenkomsten",
    "desc_appearances_one": "1 optreden",
    "desc_appearances_many": "{n} optredens",
    "desc_issues_one": "1 nummer",
    "desc_issues_many": "{n} nummers",
    "desc_announcements_one": "1 aankondiging",
    "desc_announcements_many": "{n} aankondigingen",
    "desc_ambassadors": "De {count} van {site}, met functie, organisatie en regio. Filter "
                        "op regio, sector of thema.",
    "desc_ambassadors_none": "Op dit moment heeft {site} geen actieve ambassadeurs.",
    "desc_facet_region": "{count} van {site} in de regio {value}: {names}.",
    "desc_facet_sector": "{count} van {site} in de sector {value}: {names}.",
    "desc_facet_themes": "{count} van {site} met het thema {value}: {names}.",
    "desc_alumni": "Ambassadeurs van eerdere jaren bij {site}: {who}, met hun profiel en "
                   "verhalen.",
    "desc_alumni_none": "{site} heeft nog geen oud-ambassadeurs of ere-leden.",
    "desc_story": "Een verhaal van {people} op {site}, {date}.",
    "desc_stories": "{count} van de ambassadeurs van {site}, het nieuwste eerst: {title}.",
    "desc_stories_none": "Hier verschijnen de verhalen van de ambassadeurs van {site}; er "
                         "zijn er nog geen.",
    "desc_story_theme": "{count} over {value} van de ambassadeurs van {site}, het nieuwste "
                        "eerst: {titles}.",
    "desc_agenda": "{what} op de agenda van {site}. Eerstvolgende, op {date}: {title}.",
    "desc_agenda_none": "Er staat op dit moment niets op de agenda van {site}; hier vind je "
                        "ook de bijeenkomsten en optredens die geweest zijn.",
    "desc_agenda_empty": "Hier verschijnen de bijeenkomsten van {site} en de optredens van "
                         "de ambassadeurs; er staat nog niets op de agenda.",
    "desc_podium": "Hoe vaak de ambassadeurs van {site} op het podium staan, elk jaar sinds "
                   "{first}. {summary}",
    "desc_podium_year": "Podium {year} van {site}: alle optredens, per ambassadeur, maand en "
                        "soort. {summary}",
    "desc_newsletters": "Alle nummers van de nieuwsbrief van {site}: {count}, het nieuwste "
                        "eerst. Laatst verschenen: {title} ({date}).",
    "desc_newsletters_none": "De nieuwsbrief van {site}: nieuwe verhalen, de agenda en "
                             "benoemingen. Er is nog geen nummer verschenen.",
    "desc_newsletter": "De nieuwsbrief van {site} van {date}: nieuwe verhalen, de agenda, "
                       "optredens en benoemingen.",
    "desc_appointments": "{count} van nieuwe ambassadeurs van {site}, de nieuwste eerst: "
                         "{title} ({date}).",
    "desc_appointments_none": "Hier verschijnen de aankondigingen van nieuwe ambassadeurs "
                              "van {site}; er zijn er nog geen.",
    "desc_appointment": "De nieuwe ambassadeurs van {site}, benoemd op {date}: {names}.",
    "desc_press": "Voor journalisten: {count} van nieuwe ambassadeurs van {site}, perskits "
                  "om te downloaden en feeds om je op te abonneren.",
    "desc_press_none": "Voor journalisten: feeds om je te abonneren op de aankondigingen van "
                       "nieuwe ambassadeurs van {site}.",
    "desc_accessibility": "Toegankelijkheidsverklaring van {site}: doel WCAG 2.1 niveau AA, "
                          "laatst getest op {date}, bekende beperkingen en waar je een "
                          "probleem meldt.",
    "role": "Functie",
    "organisation": "Organisatie",
    "region": "Regio",
    "sector": "Sector",
    "themes": "Thema's",
    "theme": "Thema",
    "term": "Termijn",
    "term_since": "Ambassadeur sinds {start}, tot en met {end}",
    "term_was": "Ambassadeur van {start} tot en met {end}",
    "term_from": "Treedt aan op {start}, termijn tot en met {end}",
    "links": "Links",
    "link_website": "Website",
    "link_linkedin": "LinkedIn",
    "link_mastodon": "Mastodon",
    "link_bluesky": "Bluesky",
    "link_instagram": "Instagram",
    "link_facebook": "Facebook",
    "link_youtube": "YouTube",
    "edit_page": "Bewerk deze pagina",
    "edit_guide": "Zo werkt het.",
    "filter": "Filter de ambassadeurs",
    "filter_all": "Alle",
    "filter_reset": "Toon alle ambassadeurs",
    "filter_result": "{n} ambassadeurs gevonden",
    "filter_result_one": "1 ambassadeur gevonden",
    "filter_none": "Geen ambassadeurs gevonden met dit filter.",
    "facet_title": "Ambassadeurs: {value}",
    "no_ambassadors": "Er zijn op dit moment geen ambassadeurs.",
    # A network without (active) ambassadors, stories or alumni (render/pages/empty_states.py).
    "no_ambassadors_yet": "Er zijn nog geen ambassadeurs benoemd.",
    "no_active_ambassadors": "Er zijn op dit moment geen actieve ambassadeurs.",
    "ambassadors_first_start": "De eerste ambassadeurs treden aan op {date}.",
    "ambassadors_next_start": "De nieuwe ambassadeurs treden aan op {date}.",
    "ambassadors_first_moment": "De eerste ambassadeurs maken we bekend op {moment}.",
    "ambassadors_next_moment": "De nieuwe ambassadeurs maken we bekend op {moment}.",
    "no_alumni": "Er zijn nog geen oud-ambassadeurs of ere-leden.",
    "stories_none": "Er zijn nog geen verhalen verschenen. Abonneer je op de feed, dan mis "
                    "je het eerste verhaal niet.",
    "published_on": "Gepubliceerd op",
    "photo_missing": "Geen foto",
    "agenda": "Agenda",
    "agenda_intro": "Bijeenkomsten van het netwerk en optredens van de ambassadeurs.",
    "agenda_calendar_name": "{site}: agenda",
    "upcoming_events": "Binnenkort",
    "past_events": "Geweest",
    "no_upcoming": "Er staat op dit moment niets op de agenda.",
    "cancelled": "Geannuleerd",
    "when": "Wanneer",
    "where": "Waar",
    "online": "Online",
    "online_join": "Online meedoen",
    "registration": "Aanmelden",
    "speakers": "Met",
    "kind": "Soort",
    "add_to_calendar": "Zet in je agenda",
    "download_ics": "Download (.ics)",
    "google_calendar": "Google Agenda",
    "outlook_calendar": "Outlook.com",
    "subscribe_calendar": "Abonneer je op de agenda (iCalendar)",
    "subscribe_calendar_hint": "In Outlook kies je Agenda toevoegen en dan Abonneren via "
                               "internet, in Apple Agenda Archief en dan Nieuw "
                               "agenda-abonnement; plak daar dit adres, dan verschijnen "
                               "nieuwe afspraken vanzelf.",
    # subscribing on /agenda/: webcal link, Google's "add by URL", the address to copy
    "subscribe_calendar_google": "Abonneren in Google Agenda",
    "subscribe_calendar_address": "Adres van de agenda (selecteer en kopieer het)",
    "subscribe_calendar_copy": "Kopieer",
    "subscribe_calendar_copied": "Gekopieerd",
    "subscribe_calendar_download": "Of download de agenda eenmalig (.ics)",
    "appearance": "Optreden van {name}",
    "appearance_summary": "{name}: {title}",
    "upcoming_appearances": "Binnenkort",
    "all_events": "Hele agenda",
    "more_info": "Meer informatie",
    "podium_presentatie": "Presentatie",
    "podium_workshop": "Workshop",
    "podium_inleiding": "Inleiding",
    "podium_bedrijfsbezoek": "Bedrijfsbezoek",
    "podium_interview": "Interview",
    "podium_artikel": "Artikel",
    "podium_anders": "Anders",
    "network_event": "Netwerkactiviteit",
    "podium": "Podium",
    "podium_intro": "Elke ambassadeur staat minstens {minimum} keer per jaar op het podium: een "
                    "presentatie, workshop, bedrijfsbezoek, interview of artikel. Wie korter "
                    "dan een heel jaar ambassadeur is, naar rato.",
    "podium_year": "Podium {year}",
    "podium_progress": "{counted} van {required}",
    "podium_met": "Gehaald",
    "podium_not_met": "Niet gehaald",
    "podium_open": "Nog {n} te gaan",
    "podium_counted": "Optredens",
    "podium_required": "Nodig",
    "podium_status": "Stand",
    "podium_this_year": "Podium dit jaar",
    "podium_history": "Podiumlog",
    "podium_no_entries": "Nog geen optredens.",
    "podium_entries": "Alle optredens in {year}",
    "podium_other_years": "Andere jaren",
    "podium_per_month": "Optredens per maand in {year}",
    "podium_per_month_desc": "Aantal optredens per maand: {figures}.",
    "podium_per_kind": "Optredens per soort in {year}",
    "podium_per_kind_desc": "Aantal optredens per soort: {figures}.",
    "podium_not_public": "Niet openbaar",
    "podium_summary": "{met} van de {total} ambassadeurs hebben het doel van {year} gehaald.",
    "podium_table_caption": "Stand per ambassadeur in {year}",
    # podium_public `progress` and `counts`: neutral texts, no target where none is shown
    "podium_count": "{n} keer",
    "podium_summary_counts": "Ambassadeurs in {year}: {total}. Optredens samen: {appearances}.",
    "podium_summary_none": "Ambassadeurs in {year}: {total}.",
    "podium_intro_counts": "Hoe vaak de ambassadeurs op het podium stonden: een presentatie, "
                           "workshop, bedrijfsbezoek, interview of artikel.",
    "podium_table_caption_counts": "Optredens per ambassadeur in {year}",
    # The network's total against the sum of the targets, after the summary (issue 30), and
    # the charts' planned appearances (render/templating/chart.py)
    "podium_total": "Samen stonden ze {counted} keer op het podium, van de {required} keer "
                    "die het doel voor {year} vraagt.",
    "podium_total_open": "Samen stonden ze tot nu toe {counted} keer op het podium, van de "
                         "{required} keer die het doel voor {year} vraagt.",
    "podium_total_planned": "Nog gepland in {year}: {n}.",
    "podium_chart_with_planned": "{label} {n} en {planned} gepland",
    "podium_legend_counted": "Geweest",
    "podium_legend_planned": "Gepland",
    "date": "Datum",
    "title": "Titel",
    "venue": "Waar",
    "ambassador": "Ambassadeur",
    "month": "Maand",
    "count": "Aantal",
    "newsletter": "Nieuwsbrief",
    "newsletter_intro": "De nieuwsbrief van het netwerk: nieuwe verhalen, de agenda, wie er op "
                        "het podium stond en nieuwe benoemingen.",
    "newsletter_none": "Er is nog geen nieuwsbrief verschenen.",
    "newsletter_stories": "Nieuwe verhalen",
    "newsletter_events": "Agenda voor de komende weken",
    "newsletter_appearances": "Op het podium",
    "newsletter_appointments": "Benoemingen",
    "newsletter_nothing": "Niets nieuws in deze periode.",
    "newsletter_period": "Over de periode {since} tot en met {until}.",
    # The newsletter as e-mail (render/newsletter_email.py, issue 20).
    "email_view_online": "Bekijk deze nieuwsbrief in je browser",
    "email_why": "Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld bij {site}.",
    "email_unsubscribe": "Afmelden",
    # /nieuwsbrief/#afmelden: where that link goes without the option email_unsubscribe.
    "unsubscribe_title": "Afmelden",
    "unsubscribe_howto": "Wil je de nieuwsbrief niet meer ontvangen? Meld je af bij de dienst "
                         "die hem verstuurt: onderaan elke nieuwsbrief staat daarvoor een link "
                         "van die dienst, met een woord als „afmelden” of „uitschrijven”. "
                         "Vind je die niet, beantwoord dan de nieuwsbrief met de vraag je af "
                         "te melden.",
    "appointments": "Benoemingen",
    "appointments_intro": "Elk jaar benoemt het netwerk nieuwe ambassadeurs, op één moment. "
                          "Hier staan alle aankondigingen, de nieuwste eerst.",
    "appointments_none": "Er zijn nog geen benoemingen aangekondigd.",
    "appointed": "De nieuwe ambassadeurs",
    "farewell": "Afscheid in {year}",
    "farewell_intro": "Hun termijn loopt dit jaar af. Dank voor hun inzet!",
    "read_announcement": "Lees de aankondiging",
    "subscribe": "Abonneren",
    "subscribe_rss": "RSS-feed",
    "subscribe_atom": "Atom-feed",
    # Newsletter sign-up (issue 20): the mailing service's form on /nieuwsbrief/ and in the
    # footer (option newsletter_signup, theme/amb/macros.html signup_form).
    "signup_title": "Nieuwsbrief per e-mail",
    "signup_intro": "Ontvang de nieuwsbrief in je mailbox.",
    "signup_email": "Je e-mailadres",
    "signup_name": "Je voornaam (mag leeg blijven)",
    "signup_submit": "Aanmelden",
    "signup_notice": "Je aanmelding gaat naar {host}, de dienst die de nieuwsbrief verstuurt: "
                     "je verlaat deze site.",
    "feed_stories": "{site}: verhalen",
    "feed_stories_description": "Nieuwe verhalen van de ambassadeurs van {site}.",
    "feed_newsletter": "{site}: nieuwsbrief",
    "feed_newsletter_description": "De nieuwsbrief van {site}.",
    "feed_appointments": "{site}: benoemingen",
    "feed_appointments_description": "Aankondigingen van nieuwe ambassadeurs van {site}, voor "
                                     "de pers.",
    "private_appearance": "optreden",
    "press": "Pers",
    "nav_home": "Start",
    # Search (/zoeken/, render/search/pagefind.py, assets/javascripts/search.js).
    "search_title": "Zoeken",
    "search_label": "Zoek op deze site",
    "search_placeholder": "Naam, plaats of onderwerp",
    "search_submit": "Zoeken",
    "search_open": "Zoeken",
    "search_filters": "Verfijn de resultaten",
    "search_filter_kind": "Soort pagina",
    "search_filter_chosen": "{n} gekozen",
    "search_clear": "Wis de filters",
    "search_hint": "Typ een naam, plaats of onderwerp. Accenten hoef je niet te typen.",
    "search_busy": "Bezig met zoeken…",
    "search_none": "Geen resultaten voor „{query}”. Probeer een ander woord of minder "
                   "filters.",
    "search_one": "1 resultaat voor „{query}”.",
    "search_many": "{n} resultaten voor „{query}”.",
    "search_shown": "De eerste {shown} staan hieronder.",
    "search_more": "Toon meer resultaten",
    "search_failed": "Zoeken lukt nu niet. Laad de pagina opnieuw of probeer het later.",
    "search_nojs": "Zoeken werkt met JavaScript, dat in je browser uit staat. Je vindt alle "
                   "ambassadeurs ook in het overzicht:",
    "search_kind_page": "Pagina",
    "search_kind_ambassador": "Ambassadeur",
    "search_kind_story": "Verhaal",
    "search_kind_agenda": "Agenda",
    "search_kind_podium": "Podium",
    "search_kind_newsletter": "Nieuwsbrief",
    "search_kind_appointment": "Benoeming",
    "search_kind_press": "Pers",
    "desc_search": "Zoek in {site}: ambassadeurs, verhalen, de agenda en meer.",
    "home_number_ambassadors": "ambassadeurs actief",
    "home_number_ambassadors_one": "ambassadeur actief",
    "home_number_appearances": "optredens in {year}",
    "home_number_appearances_one": "optreden in {year}",
    "home_number_stories": "verhalen",
    "home_number_stories_one": "verhaal",
    "home_faces": "Onze ambassadeurs",
    "home_upcoming": "Binnenkort",
    "home_agenda_all": "Hele agenda",
    "home_latest_announcement": "Nieuw benoemd",
    "home_numbers": "In cijfers",
    "footer_for_ambassadors": "Voor ambassadeurs: je pagina bewerken",
    "made_with": "Gemaakt met",
    "not_found_title": "Deze pagina bestaat niet (meer)",
    "not_found_text": "Misschien is het adres verkeerd getypt, of is de pagina verhuisd. "
                      "Hier vind je verder:",
    "edit_hint_person": "Ben jij {name}? Zo pas je je pagina aan.",
    "edit_small": "Deze pagina bewerken",
    "invite": "Nodig een ambassadeur uit",
    "invite_person": "Nodig {name} uit",
    "invite_person_hint": "Voor een presentatie, workshop, interview of bedrijfsbezoek: het "
                          "bureau van het netwerk brengt je in contact.",
    "invite_subject": "Uitnodiging voor een ambassadeur van {site}",
    "invite_subject_person": "Uitnodiging voor {name}",
    "nav_about": "Over het netwerk",
    "press_intro": "Informatie voor journalisten: de aankondigingen van nieuwe ambassadeurs, "
                   "persfoto's om te downloaden en feeds om je op te abonneren.",
    "press_subscribe": "Abonneer je op de benoemingen",
    "press_latest": "Laatste aankondiging",
    "press_kits": "Perskits",
    "press_kit": "Perskit {year} (zip, {size})",
    "press_kit_hint": "Elke perskit bevat het persbericht als tekst en als printbare pagina, "
                      "de portretten in drukkwaliteit zonder metadata, bijschriften met naam, "
                      "functie, organisatie en fotograaf, en het perscontact.",
    "press_photo": "Persfoto",
    "press_text_file": "persbericht",
    "press_release": "Persbericht",
    "captions_file": "bijschriften",
    "captions_title": "Bijschriften bij de portretten (perskit {year})",
    "caption_name": "Naam",
    "caption_role": "Functie",
    "caption_organisation": "Organisatie",
    "photo_by": "Foto: {credit}",
    "photo_supplied": "Foto: aangeleverd door {site}",
    "not_for_publication": "Niet voor publicatie",
    "editors_note_hint": "Achtergrond voor journalisten; niet bedoeld om over te nemen.",
    "press_contact": "Perscontact",
    "press_contact_email": "E-mail",
    "press_contact_phone": "Telefoon",
    "press_next": "De volgende aankondiging van nieuwe ambassadeurs verschijnt op {moment}.",
    "press_embargo_policy": "Nieuwe ambassadeurs maken we op het aangekondigde moment voor "
                            "alle media tegelijk bekend, op deze site, in de feed en in de "
                            "perskit, en hun namen delen we vooraf met niemand, ook niet "
                            "onder embargo.",
    "press_all_kits": "Alle perskits en persfoto's",
    "press_moment_title": "Volgende aankondiging",
    "press_policy_title": "Zo maken we nieuwe ambassadeurs bekend",
    "press_kit_download": "Download de perskit",
    "press_kit_contents": "Persbericht als tekst en als printbare pagina, portretten in "
                          "drukkwaliteit en bijschriften ({size}).",
    "for_journalists": "Voor journalisten",
    "moment": "{date} om {time} uur",
    "press_folder": "perskit-{year}",
    "appointed_in": "Benoemd in {year}",
    "footer_links": "Over deze website",
    "accessibility": "Toegankelijkheid",
    "a11y_intro": "{site} wil dat iedereen deze website kan gebruiken, ook mensen met een "
                  "beperking. Deze verklaring beschrijft hoe we dat doen en waar het nog "
                  "tekortschiet.",
    "a11y_status_title": "Status",
    "a11y_status": "{site} streeft naar de norm WCAG 2.1 niveau AA (EN 301 549). Bij elke "
                   "wijziging van de website draaien automatische tests; die vinden geen "
                   "fouten. Een volledig handmatig onderzoek door een onafhankelijke partij "
                   "is nog niet gedaan, daarom voldoet de website gedeeltelijk.",
    "a11y_tested_title": "Hoe en wanneer getest",
    "a11y_tested": "Laatst getest op {date}, bij het bouwen van deze versie van de website, "
                   "met:",
    "a11y_tool_axe": "axe-core in de browser Chromium, met de regels voor WCAG 2.1 A en AA, "
                     "in de lichte en de donkere weergave;",
    "a11y_tool_vnu": "de Nu Html Checker (W3C) op elke pagina;",
    "a11y_tool_links": "een controle van alle links, feeds en agendabestanden;",
    "a11y_tool_browser": "browsertests: de filters werken met alleen het toetsenbord en "
                         "zonder JavaScript, en pagina's passen op een scherm van 375 pixels "
                         "breed.",
    "a11y_measures_title": "Wat we doen",
    "a11y_measure_alt": "Elke foto heeft een beschrijving; portretten standaard „Portret van "
                        "…”.",
    "a11y_measure_keyboard": "Alles werkt met het toetsenbord en zonder JavaScript.",
    "a11y_measure_contrast": "Tekst en links hebben voldoende contrast en links zijn "
                             "onderstreept.",
    "a11y_measure_privacy": "De website laadt niets van andere partijen: geen lettertypen, "
                            "scripts of trackers.",
    "a11y_limits_title": "Bekende beperkingen",
    "a11y_limit_automated": "Automatische tests vinden maar een deel van de mogelijke "
                            "problemen; toetsenbordvolgorde en schermlezers zijn niet volledig "
                            "handmatig getest.",
    "a11y_limit_content": "Ambassadeurs schrijven hun eigen teksten. We controleren die, "
                          "maar er kan een onduidelijke link of beschrijving tussen zitten.",
    "a11y_limit_downloads": "De perskits (zip) bevatten foto's en platte tekst; de foto's "
                            "hebben daarin geen beschrijving.",
    "a11y_report_title": "Een probleem melden",
    "a11y_report": "Loop je tegen een probleem aan? Laat het ons weten, dan lossen we het "
                   "binnen vijf werkdagen op of zoeken we samen met jou een oplossing:",
    "a11y_escalate": "Ben je niet tevreden met onze reactie, dan kun je contact opnemen met "
                     "de Nationale Ombudsman.",
}

LINK_ORDER = ("website", "linkedin", "mastodon", "bluesky", "instagram", "facebook", "youtube")


class Labels:
    """`t(key, **values)`: the label for `key`, with `{placeholders}` filled in."""

    def __init__(self, overrides: Mapping[str, str] | None = None) -> None:
        self.texts = {**NL, **(overrides or {})}

    def __call__(self, key: str, **values: object) -> str:
        text = self.texts.get(key, key)
        return text.format(**values) if values else text


def parse_labels(option: str, value: object) -> dict[str, str]:
    """The `labels` option: known keys, each plain text of one line with only the
    placeholders its default text has (`{n}`, `{site}`), written plainly: no `{n!r}`,
    `{n.attr}` or `{n:>999999999}`, which would print internals or fill the memory."""
    labels = {}
    for key, text in strings(option, value).items():
        if key not in NL:
            raise OptionError(msg("option.label_unknown", key=str(key)))
        field = f"{option}.{key}"
        labels[str(key)] = one_line(field, text, LABEL_LIMIT)
        _check_placeholders(field, text, placeholders(NL[str(key)]))
    return labels


def placeholders(text: str) -> tuple[str, ...]:
    """The `{names}` a text fills in, in order, each once."""
    found = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    return tuple(dict.fromkeys(found))


def _check_placeholders(field: str, text: str, known: tuple[str, ...]) -> None:
    allowed = ", ".join("{%s}" % name for name in known) or msg("type.none")
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:  # a lone '{' or '}'
        raise OptionError(msg("option.label_brace", field=field, known=allowed)) from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in known or spec or conversion:
            written = "{" + name + (f"!{conversion}" if conversion else "") + \
                (f":{spec}" if spec else "") + "}"
            raise OptionError(msg("option.label_placeholder", field=field,
                                  found=written[:40], known=allowed))
