"""Nederlands: the language of the ambassadors, under every English message."""

MESSAGES: dict[str, str] = {
    # Wat een veldtype verwacht: vult "verwacht ..." aan.
    "type.value": "een waarde",
    "type.text": "tekst",
    "type.choice": "een van deze waarden: {values}",
    "type.slug": "een slug: kleine letters a-z, cijfers en streepjes, zoals marie-van-den-berg",
    "type.bool": "true of false",
    "type.date": "een datum zoals 2025-01-20",
    "type.moment": "een datum zoals 2026-03-12 of een datum en tijd zoals 2026-03-12T19:00",
    "type.https": "een webadres dat begint met https://, zoals https://example.nl/page",
    "type.image": "de naam van een afbeelding in deze map, zoals portrait.jpg (jpg, jpeg, png "
                  "of webp)",
    "type.github": "een GitHub-gebruikersnaam zoals mvdberg",
    "type.focus": "twee percentages vanaf links en vanaf boven, zoals [50, 30]",
    "type.list": "een lijst zoals {example}",
    "shape.list": "een lijst",
    "shape.fields": "een groep velden",

    # Een waarde die niet klopt.
    "value.mismatch": "verwacht {expected}, maar er staat {got}{hint}",
    "value.expected": "verwacht {expected}",
    "value.close": " (bedoel je '{close}'?)",
    "text.empty": "verwacht tekst, maar het veld is leeg",
    "text.too_long": "de tekst is {length} tekens lang; hier mogen er hoogstens {limit} staan",
    "text.html": "HTML is in dit veld niet toegestaan ({tag}): schrijf gewone tekst; de build "
                 "haalt het weg",
    "text.invisible": "de tekst bevat een onzichtbaar teken ({char}) waarmee tekst er anders "
                      "uit kan zien dan ze is: haal het weg (typ de tekst opnieuw)",
    "date.not_a_day": "{value} is geen bestaande dag: kijk de datum na, zoals 2025-01-20",
    "date.out_of_range": "{value} ligt buiten de jaren {first}-{last}: kijk het jaartal na op "
                         "een tikfout, zoals 2025-01-20",
    "text.control": "stuurtekens weggehaald ({chars}): die komen mee met tekst die uit een "
                    "pdf of tekstverwerker is geplakt en betekenen niets op een webpagina; de "
                    "site wordt zonder gebouwd, haal ze hier weg om deze melding kwijt te raken",
    "clock.epoch": "verwacht hele seconden sinds 1970-01-01 00:00 UTC, van 0 tot en met "
                   "{last} ({moment:%Y-%m-%d %H:%M:%S} UTC), zoals 1767225600; gekregen: {value}",
    "clock.timezone": "onbekende tijdzone {name}: gebruik een IANA-naam zoals "
                      "'Europe/Amsterdam'",
    "moment.invalid": "{value} is geen bestaande datum en tijd: kijk hem na, zoals "
                      "2026-03-12T19:00",
    "moment.offset": "{offset!r} is geen geldig tijdsverschil: gebruik Z of +UU:MM, zoals "
                     "+02:00",
    "moment.skipped": "{moment:%Y-%m-%d %H:%M} bestaat niet in {zone}: de klok slaat dat uur "
                      "over bij de overgang naar zomertijd; kies een tijd buiten dat uur",
    "list.too_long": "de lijst heeft {count} items; hoogstens {limit} zijn toegestaan",
    "list.item": "item {number}: {problem}",

    # Velden van een bron.
    "fields.expected": "verwacht velden zoals {example}, elk op een eigen ingesprongen regel",
    "fields.entries": "verwacht een lijst met items die elk met '- ' beginnen, zoals:{example}",
    "field.unknown": "onbekend veld '{key}': toegestane velden zijn {allowed}",
    "field.unknown_close": "onbekend veld '{key}': bedoel je '{close}'? Toegestane velden zijn "
                           "{allowed}",
    "field.required": "dit veld is verplicht: voeg een regel toe zoals '{name}: {example}'",
    "field.not_plain": "een veldnaam moet gewone tekst zijn, zoals 'name'",
    "field.twice": "het veld '{name}' staat er twee keer (ook op regel {first}): houd er één "
                   "over",
    "frontmatter.missing": "bovenaan het bestand horen de velden te staan: een regel '---', de "
                           "velden, en een afsluitende regel '---'",
    "frontmatter.unclosed": "de velden bovenaan zijn niet afgesloten: zet een regel '---' na "
                            "het laatste veld",
    "frontmatter.not_fields": "de velden bovenaan moeten regels 'veld: waarde' zijn, zoals "
                              "'name: Marie', geen losse waarde of lijst",
    "frontmatter.anchors": "YAML-ankers en -verwijzingen (&naam, *naam) zijn niet toegestaan: "
                           "schrijf elke waarde helemaal uit",
    "frontmatter.too_deep": "lijsten en groepen velden zijn meer dan {limit} lagen diep genest; "
                            "geen enkel veld heeft dat nodig: kijk de inspringing en de haakjes "
                            "na",
    "yaml.invalid": "de velden bovenaan zijn geen geldige YAML: {problem}",
    "yaml.colon": "er staat een dubbele punt waar dat niet kan: zet een waarde met een dubbele "
                  "punt tussen aanhalingstekens, zoals role: 'eigenaar: bakkerij', en kijk de "
                  "inspringing na",
    "yaml.unclosed": "een lijst of groep tussen haakjes is niet afgesloten: er ontbreekt een "
                     "'{first}' of '{second}'",
    "yaml.tab": "er staat een tab: spring in met spaties",
    "yaml.cannot_start": "een waarde kan niet met '{char}' beginnen: zet de hele waarde tussen "
                         "aanhalingstekens, zoals github: '@mvdberg'",
    "yaml.open_quote": "een aanhalingsteken is niet gesloten: eindig de waarde met hetzelfde "
                       "aanhalingsteken als waarmee ze begint",
    "yaml.indentation": "de inspringing klopt niet: velden op hetzelfde niveau beginnen even ver "
                        "naar rechts",
    "yaml.other": "kijk op deze regel de dubbele punten, aanhalingstekens, haakjes en "
                  "inspringing na",

    # Bestanden en mappen.
    "folder.ambassador_index": "een map van een ambassadeur heeft een bestand index.md nodig",
    "folder.story_index": "een map van een verhaal heeft een bestand index.md nodig",
    "folder.reserved": "de mapnaam {slug!r} gebruikt de site zelf ({where}); kies een andere "
                       "naam, zoals de volledige naam van de ambassadeur (niet: {taken})",
    "slug.invalid": "de naam {slug!r} van {kind} is geen geldige slug: gebruik kleine letters "
                    "a-z, cijfers en streepjes{advice}",
    "slug.like": ", zoals {suggestion!r}",
    "slug.taken": "; {other} bestaat al, dus voeg de twee samen of kies een andere naam",
    "slug.duplicate": "{slug!r} bestaat twee keer: {other} heeft dezelfde naam (hoofdletters "
                      "tellen niet als verschil); houd er één over",
    "slug.too_long": "de naam {slug} van {kind} is {length} tekens lang; een naam (die wordt "
                     "het webadres) mag hoogstens {limit} tekens hebben: geef een kortere "
                     "naam, bijvoorbeeld {suggestion!r}",
    "folder.ambassador_file": "een ambassadeur is een map, geen los bestand: zet dit bestand "
                              "in {target} en de foto ernaast in {folder}/; zo wordt het "
                              "bestand niet gelezen",
    "file.md_name": "dit bestand wordt niet gelezen: het bestand van {kind} eindigt op .md; "
                    "noem het {name}",
    "private.both": "{slug!r} staat zowel hier als bij de openbare bronnen ({there}); {kind} "
                    "staat in de privémap of in de openbare map, niet in allebei: haal er één "
                    "weg",
    "private.absent": "de privémap is er niet: alleen de openbare bronnen worden gebouwd",
    "private.overlaps": "de privémap {private} overlapt met {option} ({where}); kies een eigen "
                        "map ernaast, zoals 'private', en houd die buiten git (.gitignore)",
    "confine.outside": "{folder} ligt buiten de map van de site ({root}); bronmappen moeten in "
                       "de repository liggen",
    "confine.link": "is een symbolische koppeling (symlink): die worden nooit gevolgd, zodat "
                    "niets van buiten de repository gelezen of gepubliceerd kan worden; zet het "
                    "bestand of de map zelf hier neer",
    "confine.link_in_path": "{path} {link}",
    "file.unreadable": "het bestand kan niet gelezen worden ({reason})",
    "file.too_large": "het bestand is {mib:.1f} MiB; een Markdown-bestand mag hoogstens 1 MiB "
                      "zijn",
    "file.not_utf8": "het bestand is geen UTF-8-tekst: sla het op als UTF-8",
    "file.name_invisible": "de naam bevat een teken dat je niet ziet ({char}); het zou in het "
                           "adres van de pagina en in het menu van elke pagina komen: geef het "
                           "bestand of de map een andere naam",

    # De soorten bronnen; "this.*" met dit/deze, naar het geslacht van het woord.
    "kind.ambassador": "ambassadeur",
    "kind.story": "verhaal",
    "kind.event": "evenement",
    "kind.appointment": "benoeming",
    "kind.newsletter_issue": "nieuwsbrief",
    "this.ambassador": "deze ambassadeur",
    "this.story": "dit verhaal",
    "this.event": "dit evenement",
    "this.appointment": "deze benoeming",
    "this.newsletter_issue": "dit nummer van de nieuwsbrief",

    # De tekst onder de velden.
    "body.placeholder": "bevat nog de voorbeeldtekst van 'python -m generator new' "
                        "(\"{placeholder} ...\"): schrijf eerst de echte tekst",
    "body.unsafe": "{what} is niet toegestaan: daarmee zou een script op de openbare site "
                   "kunnen draaien; haal het weg (de build haalt het ook weg)",
    "unsafe.tag": "een <{name}>-tag",
    "unsafe.handler": "een event-handler-attribuut ({name})",
    "unsafe.scheme": "een {name}:-link",
    "unsafe.data": "een {name}:-adres",
    # Bestanden in docs_dir die gepubliceerd worden zoals ze zijn, en losse pagina's.
    "unsafe.declaration": "een documenttypedeclaratie met eigen definities ({name})",
    "unsafe.instruction": "een verwerkingsinstructie (<?{name})",
    "unsafe.remote_use": "een <use> van een bestand elders ({name})",
    "unsafe.use_unchecked": "een <use>-tag die te lang is om te controleren, of meer dan "
                            "{name} ervan",
    "raw.unsafe": "{what} is niet toegestaan in een HTML-, SVG- of XML-bestand, dat "
                  "gepubliceerd wordt zoals het is: daarmee zou een script op de openbare site "
                  "kunnen draaien; haal het weg (de build laat het bestand weg)",
    "raw.too_large": "het bestand is {mib:.1f} MiB; een HTML-, SVG- of XML-bestand mag "
                     "hoogstens {limit} MiB zijn om op scripts te controleren (de build laat "
                     "het weg)",
    "raw.not_utf8": "het bestand is geen UTF-8-tekst en kan dus niet op scripts gecontroleerd "
                    "worden: sla het op als UTF-8 (de build laat het weg)",
    "raw.control": "het bestand bevat het stuurteken {char}, dat een script voor deze controle "
                   "kan verbergen: haal het weg (de build laat het bestand weg)",
    "raw.gzip": "het bestand is geen volledige met gzip gecomprimeerde SVG en kan dus niet op "
                "scripts gecontroleerd worden: sla het op als .svg (de build laat het weg)",
    "page.template": "{value} is geen paginasjabloon: gebruik main.html (of amb/home.html voor "
                     "een startpagina), of laat template weg; de build gebruikt {used}",
    "docs.taken": "zou gepubliceerd worden op {address}, waar de site zelf zijn {pattern} "
                  "publiceert: geef het bestand een andere naam of plek (de build laat het "
                  "weg)",
    "docs.theme_file": "zou gepubliceerd worden op {address} in plaats van het bestand met die "
                       "naam van het thema, dat de pagina's laden: geef het bestand een andere "
                       "naam of plek (de build laat het weg)",
    "body.slow": "deze alinea heeft te veel open of diep geneste haakjes ('[', '(', '<' of '`') "
                 "om in redelijke tijd te lezen: sluit ze of splits de alinea",
    "body.dense": "deze alinea is te lang voor de links, code, nadruk en HTML erin om in "
                  "redelijke tijd te lezen: splits hem met lege regels in kortere alinea's",
    "body.emphasis": "nadruk ('*' of '_') wordt in deze alinea meer dan {limit} keer geopend "
                     "zonder te sluiten, te diep om te lezen: sluit de tekens of haal er een "
                     "paar weg",
    "body.nesting": "lijsten of citaten zijn hier meer dan {limit} niveaus diep genest, te diep "
                    "om te lezen: gebruik minder niveaus",
    "body.nested_often": "te veel regels staan diep genest in lijsten of citaten om in "
                         "redelijke tijd te lezen: gebruik minder niveaus, of minder regels in "
                         "de diepe",
    "body.lines": "de tekst heeft meer dan {limit} regels, te veel om in redelijke tijd te "
                  "lezen: maak hem korter of verdeel hem over meer bestanden",
    "body.paragraphs": "de tekst heeft meer dan {limit} alinea's of lege regels, te veel om in "
                       "redelijke tijd te lezen: maak hem korter of verdeel hem over meer "
                       "bestanden",
    "body.markup": "de tekst heeft meer dan {limit} opmaaktekens ('[', ']', '(', ')', '`', "
                   "'\\', '<', '&', '*', '_' of '|'), te veel om in redelijke tijd te lezen: "
                   "maak hem korter of verdeel hem over meer bestanden",
    "body_image.no_alt": "de afbeelding {name!r} heeft geen beschrijving: schrijf er een tussen "
                         "de haken, zoals ![Drie collega's aan de lunchtafel]({name})",
    "body_image.flat_story": "{name!r}: een verhaal met afbeeldingen moet een map zijn: "
                             "verplaats het naar stories/<slug>/index.md en zet de afbeelding "
                             "ernaast",

    # Afbeeldingen die de velden noemen.
    "image.not_a_name": "verwacht de naam van een bestand in deze map, zoals portrait.jpg, maar "
                        "er staat {name!r}: de afbeelding moet naast het Markdown-bestand staan",
    "image.link": "{name!r} is een symbolische koppeling (symlink); die worden nooit gevolgd: "
                  "zet de afbeelding zelf in de map",
    "image.missing": "het bestand {name!r} staat niet in deze map ({listing})",
    "image.none_here": "hier staan geen afbeeldingen",
    "image.here": "afbeeldingen hier: {names}",
    "image.outside": "{name!r} wijst naar iets buiten deze map (een snelkoppeling?); zet de "
                     "afbeelding zelf in de map",
    "image.not_a_file": "{name!r} is geen bestand",
    "image.damaged": "de afbeelding kan niet tot het einde gelezen worden (beschadigd of "
                     "afgebroken); exporteer of bewaar haar opnieuw",
    "image.too_large": "{name!r} is {mib:.1f} MiB; hoogstens 20 MiB is toegestaan",
    "image.unreadable": "{name!r} is geen leesbare JPEG-, PNG- of WebP-afbeelding",
    "image.format": "{name!r} is een {format}-afbeelding; gebruik JPEG, PNG of WebP",
    "image.misnamed": "{name!r} is eigenlijk een {format}-afbeelding; geef het bestand een naam "
                      "die eindigt op {suffix}",
    "image.pixels": "{name!r} heeft {width}x{height} pixels ({megapixels:.0f} megapixel); "
                    "hoogstens 40 megapixel is toegestaan",
    "image.cut_off": "{name!r} kan niet tot het einde gelezen worden (beschadigd of "
                     "afgebroken): exporteer of bewaar de afbeelding opnieuw",
    "press.no_photo": "wordt op {when:%Y-%m-%d %H:%M} aangekondigd zonder foto: de perskit en "
                      "de feeds hebben een portret nodig van minstens {pixels} px aan de lange "
                      "kant",
    "press.small_photo": "{photo} is {width}×{height} px, te klein om te drukken: de perskit "
                         "van {when:%Y-%m-%d %H:%M} heeft minstens {pixels} px aan de lange "
                         "kant nodig",
    "press.no_credit": "wordt op {when:%Y-%m-%d %H:%M} aangekondigd: vul photo_credit in, de "
                       "naam die een krant onder het portret zet",
    "photo.no_credit": "{photo} staat online zonder photo_credit: vul de fotograaf (en de "
                       "licentie) in, zoals \"Foto: Jan de Vries, CC BY 4.0\"; perskits en "
                       "feeds zetten die onder het portret",

    # De waarden van één bron.
    "order.term": "de termijn eindigt ({end}) voordat hij begint ({start})",
    "order.event": "het evenement eindigt ({end}) voordat het begint ({start})",
    "event.end_shape": "verwacht {shape}, dezelfde soort waarde als start (alleen een datum "
                       "voor een evenement van de hele dag, anders een datum en tijd)",
    "event.timed": "een datum en tijd zoals 2026-03-12T21:30",
    "event.all_day": "een datum zoals 2026-03-12",
    "appearance.twice": "hetzelfde optreden (datum {date}, titel {title!r}) staat al in de "
                        "lijst als item {entry}; haal er één weg",
    "story.image_alt": "een verhaal met een afbeelding heeft image_alt nodig: een korte "
                       "beschrijving van de afbeelding voor wie hem niet kan zien, zoals "
                       "'image_alt: Medewerkers aan tafel'",
    "appointment.file_name": "een benoemingsbericht heet naar zijn jaar, zoals "
                             "content/appointments/2026.md",

    # Tussen bronnen.
    "ambassador.unknown": "onbekende ambassadeur {slug!r}{hint}",
    "ambassador.is_folder": "; elke slug is de naam van een map in ambassadors/",
    "suggest.one": "; bedoel je {first!r}?",
    "suggest.two": "; bedoel je {first!r} of {second!r}?",
    "suggest.three": "; bedoel je {first!r} of {second!r} of {third!r}?",
    "event.unknown": "onbekend evenement {slug!r}{hint}",
    "event.none": "; er zijn geen evenementen: elk evenement is een bestand in content/events/",
    "event.named_like": "; een evenement heet naar zijn bestandsnaam zonder .md, zoals {stem!r} "
                        "voor {path}",
    "event.other_day": "{date} is niet de datum van evenement {slug!r} ({days}); kijk beide "
                       "datums na",
    "event.days": "{first} tot en met {last}",
    "event.sequence": "{fields} is gewijzigd sinds de vorige versie, maar sequence is niet "
                      "verhoogd: schrijf sequence: {wanted}, dan nemen agenda's die deze "
                      "bijeenkomst al hebben de wijziging over",
    "previous.unreadable": "de bijeenkomsten van de vorige versie ({folder}) kunnen niet "
                           "gelezen worden, dus van geen bijeenkomst is nagekeken of sequence "
                           "verhoogd moet worden: {reason}",
    "reason.previous_missing": "{folder} is geen map",
    "reason.previous_error": "{error}",
    "appearance.outside_term": "{date} valt buiten de termijn ({start} tot en met {end}), dus "
                               "dit optreden telt niet mee",
    "appointment.late": "de termijn van {slug!r} begon op {start}, meer dan {days} dagen voor "
                        "dit bericht ({announced}); kijk beide datums na",
    "appointment.missing": "{slug!r} staat in geen enkel benoemingsbericht ({folder}/<jaar>.md); "
                           "halverwege het jaar benoemen mag, maar zet de ambassadeur in het "
                           "volgende bericht of kijk de spelling van de slug daar na",
    "network.over_maximum": "er zijn {active} ambassadeurs actief, meer dan het maximum van het "
                            "netwerk ({maximum})",
    "held.until": "{kind} {slug!r} wordt achtergehouden tot {until:%Y-%m-%d %H:%M %Z}: "
                  "{reason}",
    "held.never": "{kind} {slug!r} wordt achtergehouden: {reason}",
    "reason.not_announced": "nog niet aangekondigd",
    "reason.not_started": "de termijn is nog niet begonnen",
    "reason.names_hidden": "noemt een ambassadeur die nog niet openbaar is",
    "reason.draft": "concept (draft: true)",
    "reason.future": "datum in de toekomst",
    "reason.embargo": "embargo",
    "exposed.readable": "valt onder embargo tot {moment:%Y-%m-%d %H:%M %Z}, maar is vóór dat "
                        "moment leesbaar op de repository-host; verplaats {what} naar de "
                        "privémap ({where})",
    "exposed.folder": "het (de hele map, met foto)",
    "exposed.file": "het",
    "exposed.no_private_dir": "stel eerst de plugin-optie private_dir in mkdocs.yml in; zie de "
                              "README",

    # Bestanden die de hulpmiddelen maken, en `new`.
    "codeowners.stale": "komt niet overeen met de github:-velden van de ambassadeurs; de "
                        "publicatie-workflow werkt het bij na het samenvoegen (of voer 'python "
                        "-m generator codeowners --write' uit en commit het resultaat)",
    "codeowners.no_maintainer": "noem minstens één beheerder, zoals @organisatie/redactie",
    "codeowners.bad_owner": "{owner!r} kan geen eigenaar in CODEOWNERS zijn: gebruik "
                            "@gebruiker, @organisatie/team of een e-mailadres",
    "cms.stale": "niet wat 'python -m generator cms-config' maakt uit de schema's en "
                 "mkdocs.yml: de site publiceert de configuratie die de generator maakt, niet "
                 "dit bestand; voer 'python -m generator cms-config --write' uit en commit het "
                 "resultaat, zodat de repository laat zien wat /admin/ gebruikt",
    "init.bad_value": "{flag}: verwacht {expected}, maar er staat {value}",
    "init.plain_text": "gewone tekst op één regel, zonder HTML of onzichtbare tekens, "
                       "hoogstens {limit} tekens",
    "init.https": "het https://-adres waarop de site komt te staan, zoals "
                  "'https://ambassadeurs.example.nl/'",
    "init.repository": "een repository op GitHub als EIGENAAR/NAAM, zoals "
                       "'netwerk-zorg/ambassadeurs'",
    "init.logo": "een bestaand .svg- of .png-bestand, geen link",
    "init.option": "{flag}: {problem}",
    "init.no_option": "{flag}: deze versie van de generator kent de optie {option!r} niet",
    "init.not_empty": "{folder} bestaat al en is geen lege map: kies een nieuwe map, er is "
                      "niets geschreven",
    "init.check_failed": "de nieuwe repository komt niet door 'python -m generator check' en "
                         "is weer verwijderd:\n{problems}",
    "new.private_default": "in de besloten map gezet: de benoeming van "
                           "{moment:%Y-%m-%d %H:%M} ({announcement}) staat gepland, dus de "
                           "termijn begint op die dag; zet {slug!r} bij haar ambassadeurs. "
                           "Hoort deze ambassadeur niet bij die groep? Verwijder de map en "
                           "draai de opdracht opnieuw met --public",
    "new.exists": "{path} bestaat al; bewerk dat bestand, of kies een andere naam",
    "new.year": "het jaar moet vier cijfers hebben, zoals 2027, maar er staat {year!r}",
    "new.one_line": "de {what} moet op één regel passen",
    "new.no_letters": "in de {what} {text!r} staan geen letters of cijfers om een bestandsnaam "
                      "van te maken",
    "new.name": "naam",
    "new.title": "titel",
    "new.option": "{option}: {problem}",
    "new.no_ambassador": "noem minstens één ambassadeur met --ambassador SLUG",
    "new.is_folder": "; elke slug is de naam van de map van een ambassadeur",

    # Plugin-opties in mkdocs.yml.
    "option.press_contact": "press_contact: verwacht een lijst met name, role, email en phone",
    "option.press_contact_key": "press_contact: onbekende sleutel {key!r}; verwacht name, role, "
                                "email of phone",
    "option.got": "{field}: verwacht {expected}, maar er staat {value!r}",
    "option.without": "{field}: verwacht {expected}, zonder {what}",
    "option.markup": "opmaak, onzichtbare tekens, regeleinden of meer dan {limit} tekens",
    "option.unprintable": "opmaak, onzichtbare tekens, regeleinden of meer dan {limit} tekens",
    "option.email": "een e-mailadres zoals pers@example.nl",
    "option.phone": "een telefoonnummer zoals +31 30 123 45 67, tussen aanhalingstekens",
    "option.line": "één regel tekst",
    "option.invite_contact": "invite_contact: verwacht een e-mailadres zoals "
                             "uitnodigen@example.nl of een https://-pagina, maar er staat "
                             "{value!r}",
    "option.https": "{option}: verwacht een https://-adres, maar er staat {value!r}",
    "option.site_url": "site_url is verplicht, zoals 'site_url: https://ambassadeurs.example.nl/': "
                       "feeds en agenda's hebben volledige adressen nodig",
    "option.label_unknown": "labels: onbekend label {key!r}; het wordt niet gebruikt",
    "option.urls": "urls: verwacht een lijst 'sleutel: woord', zoals 'ambassadors: ambassadors'",
    "option.urls_key": "urls: onbekende sleutel {key}; kies uit {known}",
    "option.urls_value": "urls: {key}: verwacht kleine letters, cijfers en '-', delen verbonden "
                         "met '/' (zoals 'ambassadors' of 'en/ambassadors'), hoogstens {limit} "
                         "tekens, maar er staat {value}",
    "option.workers": "workers: verwacht een heel getal van 1 tot en met {most}, maar er staat "
                      "{value}",
    "option.newsletter_signup": "newsletter_signup: verwacht een lijst met action, "
                                "email_field en eventueel name_field en hidden",
    "option.newsletter_signup_key": "newsletter_signup: onbekende sleutel {key}; verwacht "
                                    "action, email_field, name_field of hidden",
    "option.newsletter_signup_action": "newsletter_signup.action: verwacht het https://-adres "
                                       "waar het aanmeldformulier van de dienst naartoe "
                                       "stuurt, maar er staat {value}",
    "option.newsletter_signup_field": "newsletter_signup.{key}: verwacht een veldnaam van "
                                      "letters, cijfers, '_', '-', '[' en ']', hoogstens "
                                      "{limit} tekens, maar er staat {value}",
    "option.newsletter_signup_hidden": "newsletter_signup.hidden: verwacht een lijst van "
                                       "hoogstens {most} veldnamen met waarden, zoals 'u: abc'",
    "option.newsletter_signup_value": "newsletter_signup.hidden.{name}: verwacht één regel "
                                      "platte tekst van hoogstens {limit} tekens, zonder "
                                      "opmaak of stuurtekens, maar er staat {value}",
    "option.newsletter_signup_twice": "newsletter_signup: de veldnaam {name} staat er twee "
                                      "keer in",
    "search.failed": "de zoekindex kon niet worden geschreven: {reason}",
    "option.email_colour": "email_colour: verwacht een kleur zoals '#0b5e55', maar er staat {value}",
    "option.colour_contrast": "{option}: {colour} geeft met wit een contrast van {ratio}; "
                              "verwacht is minstens 4.5:1 (WCAG 2.1 AA), zodat witte tekst "
                              "erop en de kleur als tekst op wit leesbaar zijn: kies een "
                              "donkerdere tint",
    "option.logo_outside": "logo: {file} ligt buiten de repository; zet het bestand erin, "
                           "zoals 'theme/logo.svg'",
    "option.logo_link": "logo: {link} is een symbolische koppeling (symlink): die worden "
                        "nooit gevolgd, zodat niets van buiten de repository wordt "
                        "gepubliceerd; zet het bestand zelf daar",
    "option.logo_missing": "logo: {file} is geen bestand in de repository; verwacht een .svg- "
                           "of .png-bestand, ten opzichte van mkdocs.yml, zoals "
                           "'theme/logo.svg'",
    "option.logo_unreadable": "logo: {file} kan niet gelezen worden: {reason}",
    "option.logo_too_large": "logo: {file} is {kib} KiB; een logo mag hoogstens {limit} KiB "
                             "zijn",
    "option.logo_unsafe": "logo: {file}, regel {line}: {what} is niet toegestaan in een logo, "
                          "dat ongewijzigd wordt gepubliceerd en door de build wordt getekend",
    "option.logo_invalid": "logo: {file} {reason}",
    "option.logo_reference": "logo: {file}, regel {line}: {reference} verwijst naar iets "
                             "buiten het bestand; een logo mag alleen naar zijn eigen delen "
                             "verwijzen ('#id') en een afbeelding alleen insluiten als "
                             "data:image/png;base64",
    "option.logo_pixels": "logo: {file} is {width}×{height} pixels; verwacht is {least} tot "
                          "{most} pixels in beide richtingen",
    "option.logo_shape": "logo: {file} is {width}×{height}; een logo mag hoogstens {most} keer "
                         "zo breed als hoog zijn, of zo hoog als breed",
    "reason.logo_not_utf8": "is geen UTF-8-tekst: sla de SVG op als UTF-8",
    "reason.logo_not_xml": "is geen geldige XML (regel {line}): exporteer de SVG opnieuw",
    "reason.logo_not_svg": "is geen SVG-tekening (het eerste element is geen <svg>)",
    "reason.logo_no_size": "heeft geen afmetingen: geef de <svg> een viewBox, zoals "
                           "viewBox=\"0 0 64 64\"",
    "reason.logo_not_png": "is geen leesbare PNG-afbeelding: exporteer het opnieuw als PNG",
    # Elke optie en elke instelling die bezoekers bereikt, volgens haar regel.
    "option.expected": "{option}: verwacht {expected}, maar er staat {value}",
    "type.whole": "een heel getal van {least} tot en met {most}",
    "type.colours": "een lijst van {count} kleuren zoals ['#0b5e55', '#a1421b']",
    "type.colour": "een kleur zoals '#0b5e55'",
    "type.logo": "een .svg- of .png-bestand in de repository, ten opzichte van mkdocs.yml, "
                 "zoals 'theme/logo.svg'",
    "type.folder": "een map in de repository, vanaf mkdocs.yml, zoals {example!r}",
    "type.page": "een Markdown-pagina in docs_dir, zoals 'je-pagina-bewerken.md'",
    "type.contact": "een e-mailadres zoals toegankelijkheid@example.nl of een https://-pagina",
    "type.site_url": "een https://-adres zoals 'https://ambassadeurs.example.nl/' "
                     "(http:// alleen voor localhost of 127.0.0.1, zoals 'mkdocs serve' "
                     "het zelf instelt), zonder gebruikersnaam of wachtwoord",
    "type.repo_url": "het https://-adres van de repository, zoals "
                     "'https://github.com/netwerk/site', zonder gebruikersnaam of "
                     "wachtwoord",
    "type.edit_uri": "een pad op de server van de repository zoals 'edit/main/docs/', "
                     "of een https://-adres",
    "type.mapping": "een lijst 'sleutel: waarde'",
    "type.none": "geen",
    "option.folder_outside": "{option}: {folder} ligt buiten de repository (de map van "
                             "mkdocs.yml) of in .git: de build leest en schrijft alleen daarbinnen; "
                             "kies daar een map",
    "option.cache_tracked": "{option}: {folder} bevat {count} bestand(en) die git bijhoudt "
                            "({files}): een cache maken de builds zelf en komt nooit uit een "
                            "commit (de gecompileerde templates daarin zijn code die de build "
                            "uitvoert); haal ze uit git met `git rm -r --cached` en houd de "
                            "map in .gitignore",
    "option.folders_overlap": "{option}: {folder} overlapt met {other} ({where}): {why}",
    "reason.docs_dir": "MkDocs publiceert elk bestand in docs_dir zoals het is (originele "
                       "foto's met hun GPS-positie, privébronnen); kies een map daarbuiten",
    "reason.site_dir": "de build maakt de uitvoermap leeg en schrijft daar de site; kies "
                       "mappen los van elkaar",
    "reason.apart": "een bestand zou twee keer gelezen of overschreven worden; kies mappen "
                    "los van elkaar",
    "option.docs_folder_outside": "{option}: {folder} is geen map in docs_dir: deze pagina's "
                                  "worden gelezen uit een map in docs_dir, zoals 'events'",
    "option.docs_folders_overlap": "{option}: {folder} overlapt met {other} ({where}): een "
                                   "pagina zou als twee soorten gelezen worden; kies mappen los "
                                   "van elkaar",
    "option.label_placeholder": "{field}: {found} is geen invulplek van deze tekst; gebruik "
                                "{known}, precies zo geschreven",
    "option.label_brace": "{field}: een '{{' of '}}' zonder zijn paar; deze tekst mag {known} "
                          "gebruiken",
    "option.unknown": "geen optie van de plugin {plugin}{close}: MkDocs negeert haar en "
                      "waarschuwt, waardoor een build met --strict mislukt",
    "option.setting_unknown": "geen instelling die MkDocs kent (of niet meer ondersteunt)"
                              "{close}: MkDocs negeert haar en waarschuwt, waardoor een build "
                              "met --strict mislukt",
    "option.hooks": "{path} voert code uit tijdens de build: een coördinator bekijkt deze "
                    "wijziging",
    "option.python_tag": "{tag} laat MkDocs Python-code importeren of uitvoeren bij het lezen "
                         "van mkdocs.yml: een coördinator bekijkt deze wijziging",
    "option.urls_twice": "urls: {key} ({value}) en {other} ({other_value}) zouden twee "
                         "uitvoerbestanden op één adres zetten; kies woorden los van elkaar "
                         "(geen van beide in de ander)",
    "option.urls_reserved": "urls: {key}: {value} is al in gebruik voor {word}; kies een ander "
                            "woord",
    "option.yaml": "niet te lezen als YAML: {problem}",
    "option.docs_dir_missing": "docs_dir: de map {folder} bestaat niet (vanaf mkdocs.yml)",
    "option.edit_uri_both": "MkDocs negeert edit_uri als edit_uri_template er staat, en "
                            "waarschuwt, waardoor een build met --strict mislukt: houd er één "
                            "over",
    "option.mkdocs": "MkDocs meldt (in het Engels): {said}",
    "newsletter.unknown": "geen nieuwsbrief {slug!r}; de nieuwsbrieven zijn: {known}",
    "newsletter.no_unsubscribe": "de nieuwsbrief heeft de optie email_unsubscribe niet en "
                                 "newsletter_signup ook niet: de link 'Afmelden' in de e-mail "
                                 "gaat naar {page}, en die kan alleen zeggen dat de link van "
                                 "de verzenddienst onderaan elke mail afmeldt; geef de "
                                 "afmeldlink van de dienst als email_unsubscribe (Mailchimp: "
                                 "\"*|UNSUB|*\") of het formulier als newsletter_signup",
    "newsletter.remote_image": "een afbeelding van een andere server ({host}): een "
                               "mailprogramma of browser haalt die daar op en vertelt die "
                               "server zo wie de nieuwsbrief leest en wanneer (een "
                               "trackingpixel); de pagina, de e-mail en de feeds laten haar "
                               "weg: gebruik een afbeelding van de site zelf",
    "newsletter.preview_failed": "het bouwen voor de proef van {slug!r} is mislukt:\n{output}",
}
