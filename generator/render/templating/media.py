"""`amb.media`: the derived images of the site as templates and feeds want them: per owner
(ImageKey), in one format, smallest first, with their published URLs; and what stands in
for a missing portrait."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property

from ...domain.model import Ambassador, Story
from ...domain.text.paragraphs import initials
from ..images.derived import Derived
from .typography import longest_word


@dataclass(frozen=True)
class ImageKey:
    """Whose derived images these are: built once here, read by the templates' `amb.media`."""

    kind: str        # portrait, cover, body or press
    owner: str       # the ambassador's or story's slug; a body image's page folder
    name: str = ""   # a body image's file name; a press photo's ambassador slug

    @classmethod
    def portrait(cls, slug: str) -> ImageKey:
        return cls("portrait", slug)

    @classmethod
    def cover(cls, slug: str) -> ImageKey:
        return cls("cover", slug)

    @classmethod
    def body(cls, folder: str, name: str) -> ImageKey:
        return cls("body", folder, name)

    @classmethod
    def press(cls, year: int, slug: str) -> ImageKey:
        return cls("press", str(year), slug)


@dataclass(frozen=True)
class Image:
    url: str
    width: int
    height: int
    format: str = "JPEG"


class Media:
    def __init__(self, images: Mapping[ImageKey, tuple[Derived, ...]],
                 url_of: Callable[[str], str | None]) -> None:
        self._images = images
        self._url_of = url_of

    def photo(self, ambassador: Ambassador) -> tuple[Image, ...]:
        return self.sized(ImageKey.portrait(ambassador.slug))

    def cover(self, story: Story) -> tuple[Image, ...]:
        return self.sized(ImageKey.cover(story.slug))

    def sized(self, key: ImageKey, format: str = "JPEG") -> tuple[Image, ...]:  # noqa: A002
        """The derived images of one owner in one format, smallest first."""
        by_width = {d.width: d for d in self._images.get(key, ()) if d.recipe.format == format}
        return tuple(Image(self._url_of(d.dest) or d.dest, d.width, d.height, format)
                     for _, d in sorted(by_width.items()))

    @staticmethod
    def webp(images: tuple[Image, ...]) -> tuple[Image, ...]:
        """The WebP twins of JPEG images (same sizes), for <picture> sources."""
        return tuple(Image(i.url.rsplit(".", 1)[0] + ".webp", i.width, i.height, "WEBP")
                     for i in images)

    @staticmethod
    def initials(name: str) -> str:
        """In place of a missing portrait (domain/text/paragraphs.py)."""
        return initials(name)

    @staticmethod
    def longest_word(people: tuple[Ambassador, ...]) -> int:
        """The faces grid sizes its columns by this (typography.py)."""
        return longest_word(text for a in people for text in (a.name, a.role or ""))

    def body_images(self, src: str) -> dict[str, list[tuple[str, int, int]]]:
        """For a page: the src its body uses -> its derived copies (name, width, height)."""
        return self._body_index.get(src.rsplit("/", 1)[0], {})

    @cached_property
    def _body_index(self) -> dict[str, dict[str, list[tuple[str, int, int]]]]:
        index: dict[str, dict[str, list[tuple[str, int, int]]]] = {}
        for key, derived in self._images.items():
            if key.kind == "body":
                copies = [(d.dest.rsplit("/", 1)[1], d.width, d.height) for d in derived]
                index.setdefault(key.owner, {})[copies[-1][0]] = copies
        return index
