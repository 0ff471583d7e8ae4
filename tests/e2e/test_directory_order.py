"""The directory's order (issue 30): by surname without Dutch particles, in any letter case,
or by `sort_name` where that rule cannot know; the order is named beside the list, the
alumni page counts its groups with the plural beside the plural, and a bad `sort_name` is
an error naming file, line and field in English and Dutch."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sitebuilder import Result, build, run_cli, write
from tests.zorgnetwerk import EPOCH, write_site


def person(name: str, extra: str = "", term: str = "start: 2026-01-01") -> str:
    return f"---\nname: {name}\n{extra}term:\n  {term}\n---\nTekst.\n"


PEOPLE = {
    "mensen/wendy-tjon-a-fong/index.md": person("Wendy Tjon A Fong", "sort_name: Tjon A Fong\n"),
    "mensen/frank-fokker/index.md": person("Frank Fokker"),
    "mensen/tom-terpstra/index.md": person("Tom Terpstra"),
    "mensen/mila-in-t-veld/index.md": person("Mila In 't Veld"),
    "mensen/karel-van-der-berg/index.md": person("Karel Van der Berg"),
    "mensen/sem-uil/index.md": person("Sem Uil"),
    "mensen/hans-de-oud/index.md": person("Hans de Oud", "honorary: true\n",
                                          "start: 2020-01-01\n  end: 2022-01-01"),
}
# The added people as the directory lists them: 'Van der' ignored in capitals (B), Tjon A
# Fong by its sort_name under T (without it: under F, after Fokker), 'In 't' ignored (V).
ORDER = ["Karel Van der Berg", "Frank Fokker", "Tom Terpstra", "Wendy Tjon A Fong",
         "Sem Uil", "Mila In 't Veld"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Result:
    root = write_site(tmp_path_factory.mktemp("directory-order"))
    write(root, PEOPLE)
    result = build(root, EPOCH)
    assert result.code == 0, result.out
    return result


def _names(html: str) -> list[str]:
    return re.findall(r'class="amb-card__link" href="[^"]*">([^<]*)</a>', html)


def test_the_directory_lists_people_by_surname_and_sort_name(built: Result) -> None:
    names = [n.replace("&#39;", "'") for n in _names(built.page("ambassadeurs/index.html"))]

    assert [n for n in names if n in ORDER] == ORDER
    assert names.index("Anouk de Wit") > names.index("Tom Terpstra")  # W, after T


def test_the_order_is_named_beside_the_list(built: Result) -> None:
    for page in ("ambassadeurs/index.html", "ambassadeurs/oud-ambassadeurs/index.html"):
        assert re.search(r'class="amb-order"[^>]*>Volgorde: op achternaam<', built.page(page)), page


def test_the_alumni_groups_count_in_the_plural_and_singular(built: Result) -> None:
    alumni = built.page("ambassadeurs/oud-ambassadeurs/index.html")
    headings = re.findall(r'<h2 id="amb-group-\d">([^<]*)</h2>', alumni)

    assert headings == ["Ere-leden (2)", "Oud-ambassadeur (1)"]
    # within a group, too, by surname: Hek before Oud
    assert alumni.index("Joke van") < alumni.index("Hans de Oud")


@pytest.mark.parametrize(("value", "english", "dutch"), [
    ("''", "expected text, got an empty value", "verwacht tekst, maar het veld is leeg"),
    ("[Tjon, A, Fong]", "expected text, got a list", "verwacht tekst, maar er staat een lijst"),
    ("x" * 81, "the text is 81 characters long; at most 80 are allowed here",
     "de tekst is 81 tekens lang; hier mogen er hoogstens 80 staan"),
])
def test_a_bad_sort_name_is_an_error_naming_file_line_and_field(
        tmp_path: Path, value: str, english: str, dutch: str) -> None:
    root = write_site(tmp_path)
    write(root, {"mensen/sem-uil/index.md": person("Sem Uil", f"sort_name: {value}\n")})

    done = run_cli(root, "check", "--format", "github", epoch=EPOCH)

    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if "title=sort_name" in x)
    assert line.startswith("::error file=mensen/sem-uil/index.md,line=3,title=sort_name::")
    assert english in line and dutch in line
