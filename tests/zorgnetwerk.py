"""A second content set, unlike the demo: a care network with its own folder names,
site under a sub-path, another repository host, and every rule of the spec at its edge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.sitebuilder import mkdocs_yml, portrait, write

# Build clock: 2026-06-15 12:00 Europe/Amsterdam (10:00 UTC).
EPOCH = int(dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.timezone.utc).timestamp())

FILES = {
    "docs/index.md": """
        # Zorgambassadeurs

        Zorgprofessionals die vertellen hoe het verpleeghuis van morgen eruitziet.
        """,
    "docs/over.md": "# Over ons\n\nHet netwerk van zorgambassadeurs.\n",
    "mensen/anouk-de-wit/index.md": """
        ---
        name: Anouk de Wit
        role: Verpleegkundige
        organisation: Zorggroep Oost
        region: Gelderland
        sector: Ouderenzorg
        themes: [verpleeghuis van de toekomst, Medezeggenschap]
        photo: foto.JPG
        term:
          start: 2025-02-01
        github: anoukdw
        links:
          website: https://zorggroep-oost.example.org
          bluesky: https://bsky.app/profile/anouk.example.org
        podium:
          - date: 2025-03-01
            kind: presentatie
            title: Wonen met zorg
        ---
        Anouk werkt al twintig jaar in de **ouderenzorg**.

        Ze vertelt graag over kleinschalig wonen.
        """,
    "mensen/joke-van-t-hek/index.md": """
        ---
        name: Joke van 't Hek
        role: Teamleider
        organisation: Het Anker
        region: Utrecht
        term:
          start: 2024-06-15
          end: 2026-06-14
        honorary: TRUE
        ---
        Joke was de eerste ambassadeur van het netwerk.
        """,
    "mensen/bram-ozturk/index.md": """
        ---
        name: Bram Öztürk
        organisation: Thuiszorg Noord
        region: Groningen
        term:
          start: 2023-01-10
        ---
        Bram was ambassadeur in de eerste jaren.
        """,
    "mensen/zoe-el-idrissi/index.md": """
        ---
        name: Zoë El Idrissi
        role: Specialist ouderengeneeskunde
        region: Gelderland
        term:
          start: 2026-06-15
        ---
        Zoë begint vandaag als ambassadeur.
        """,
    "mensen/pieter-vos/index.md": """
        ---
        name: Pieter Vos
        role: Bestuurder
        region: Utrecht
        term:
          start: 2026-09-01
        ---
        Pieter treedt na de zomer aan.
        """,
    "mensen/lotte-geheim/index.md": """
        ---
        name: Lotte Geheimhouding
        role: Wijkverpleegkundige
        photo: foto.jpg
        term:
          start: 2026-07-01
        ---
        Lotte wordt op 1 juli benoemd.
        """,
    "verhalen-bron/kleinschalig-wonen.md": """
        ---
        title: Kleinschalig wonen werkt
        date: 2026-05-02
        ambassadors: [anouk-de-wit, joke-van-t-hek]
        themes: [verpleeghuis van de toekomst]
        ---
        Bewoners koken weer zelf, en dat *merk* je aan alles.

        ## Wat we leerden

        Kleine groepen geven rust.
        """,
    "verhalen-bron/met-foto/index.md": """
        ---
        title: Een dag op de afdeling
        date: 2026-06-15
        ambassadors: [anouk-de-wit]
        summary: Een fotoverslag van een gewone dinsdag.
        image: dag.png
        image_alt: Verpleegkundigen aan de koffie
        ---
        Het begint om zeven uur.
        """,
    "verhalen-bron/concept.md": """
        ---
        title: Nog niet klaar
        date: 2026-01-01
        ambassadors: [anouk-de-wit]
        draft: True
        ---
        Concepttekst.
        """,
    "verhalen-bron/later.md": """
        ---
        title: Verhaal van volgende week
        date: 2026-06-22
        ambassadors: [anouk-de-wit]
        ---
        Komt later.
        """,
    "verhalen-bron/over-lotte.md": """
        ---
        title: Maak kennis met Lotte
        date: 2026-06-01
        ambassadors: [lotte-geheim]
        ---
        Lotte Geheimhouding vertelt.
        """,
    "docs/appointments/2026.md": """
        ---
        title: Nieuwe ambassadeur benoemd
        date: 2026-07-01T10:00
        ambassadors: [lotte-geheim]
        ---
        Geheim bericht over Lotte.
        """,
    "docs/appointments/2025.md": """
        ---
        title: Anouk benoemd
        date: 2025-02-01T09:00
        ambassadors: [anouk-de-wit]
        ---
        Persbericht 2025.
        """,
    "docs/events/2026-07-zomerbijeenkomst.md": """
        ---
        title: Zomerbijeenkomst
        start: 2026-07-02T15:00
        end: 2026-07-02T17:00
        ambassadors: [anouk-de-wit]
        ---
        Een middag in de tuin.
        """,
    "docs/newsletter/2026-05.md": """
        ---
        title: Nieuwsbrief mei
        date: 2026-05-31
        ---
        Intro.
        """,
}


def write_site(root: Path, extra: str = "") -> Path:
    write(root, FILES)
    write(root, {"mkdocs.yml": mkdocs_yml(extra)})
    portrait(root / "mensen/anouk-de-wit/foto.JPG")
    portrait(root / "mensen/lotte-geheim/foto.jpg", (10, 200, 30))
    from PIL import Image
    image = Image.new("RGBA", (800, 450), (0, 90, 200, 128))
    image.save(root / "verhalen-bron/met-foto/dag.png")
    return root
