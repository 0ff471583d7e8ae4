"""The typed page kinds and the route table (issue 18): each kind names a template that
exists, a known feed and an Open Graph type; routes cover every pattern; the template
helpers cannot be changed once built; serve is known from on_startup."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from generator.plugin import AmbassadorsPlugin
from generator.render.labels import NL
from generator.render.pages import kinds
from generator.render.routes import DEFAULT, PATTERNS, SEGMENTS, Routes, check_segments
from generator.sources.options.press_contact import OptionError, parse_workers

THEME = Path(kinds.__file__).resolve().parents[2] / "theme"
KINDS = [cls for name in kinds.__all__ if isinstance(cls := getattr(kinds, name), type)
         and issubclass(cls, kinds.PageSpec) and cls is not kinds.PageSpec]


def test_every_kind_is_listed() -> None:
    assert len(KINDS) == 18


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_a_kind_knows_its_template_feeds_and_type(kind: type[kinds.PageSpec]) -> None:
    assert (THEME / kind.template).is_file()
    assert set(kind.feeds) <= set(kinds.HOME_FEEDS)
    assert {f"feed_{feed}" for feed in kind.feeds} <= set(SEGMENTS)
    assert kind.og_type in {"website", "article", "profile"}
    assert kind.search_kind in NL and kind.search_kind.startswith("search_kind_")


def test_every_pattern_uses_known_segments_only() -> None:
    values = {"slug", "year", "width", "ext", "facet", "folder", "name"}
    for route, pattern in PATTERNS.items():
        used = {field for _, field, _, _ in string.Formatter().parse(pattern) if field}
        assert used <= set(SEGMENTS) | values, route


def test_segments_override_and_reserve() -> None:
    routes = Routes.of({"ambassadors": "en/ambassadors", "alumni": "former"})
    assert routes.path("ambassador", slug="a") == "en/ambassadors/a/index.md"
    assert routes.path("story", slug="s") == DEFAULT.path("story", slug="s")
    assert "former" in routes.reserved_ambassador_slugs
    assert "oud-ambassadeurs" not in routes.reserved_ambassador_slugs
    assert routes.feed("stories", "atom") == "feeds/verhalen.atom"


@pytest.mark.parametrize("given", [{"stories": "../x"}, {"stories": "Verhalen"},
                                   {"stories": ""}, {"stories": "a//b"}, {"nope": "x"},
                                   {"stories": 3}, ["stories"]])
def test_bad_segments_are_refused_in_two_languages(given: object) -> None:
    with pytest.raises(OptionError) as caught:
        check_segments(given)
    assert "urls" in caught.value.message and "urls" in caught.value.nl
    assert caught.value.message != caught.value.nl


def test_serve_is_known_from_on_startup() -> None:
    plugin = AmbassadorsPlugin()
    plugin.load_config({"workers": 3})
    plugin.on_startup(command="build", dirty=False)
    assert (plugin.workers, plugin.source_workers) == (3, 3)
    plugin.on_startup(command="serve", dirty=False)
    assert (plugin.workers, plugin.source_workers) == (3, 1)


def test_a_huge_segment_is_refused_quickly_and_not_echoed_whole() -> None:
    with pytest.raises(OptionError) as caught:
        check_segments({"stories": "a" * 1_000_000})
    with pytest.raises(OptionError):
        check_segments({"stories": "a" * 61})
    assert check_segments({"stories": "a" * 60}) == {"stories": "a" * 60}
    assert len(caught.value.message) < 400 and len(caught.value.nl) < 400
    with pytest.raises(OptionError) as caught:
        check_segments({"x" * 100_000: "y"})
    assert len(caught.value.message) < 600


@pytest.mark.parametrize("raw", [0, -1, 65, 10**9, "2", True, 2.5, [2], {"n": 2}])
def test_a_bad_worker_count_is_refused(raw: object) -> None:
    with pytest.raises(OptionError) as caught:
        parse_workers(raw)
    assert caught.value.message.startswith("workers: expected a whole number from 1 to 64")
    assert caught.value.nl.startswith("workers: verwacht een heel getal")


@pytest.mark.parametrize("raw, count", [(None, None), (1, 1), (64, 64)])
def test_a_good_worker_count_is_kept(raw: object, count: int | None) -> None:
    assert parse_workers(raw) == count
