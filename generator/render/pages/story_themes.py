"""The stories grouped by theme, one static page each, so that `/verhalen/` can be filtered
by theme without JavaScript, as the directory is by region, sector and theme.

The pages live at `verhalen/<folder>/<theme-slug>/`, beside the stories themselves
(`verhalen/<story-slug>/`). The folder is `thema`; a published story whose slug is `thema`
keeps its promised address (`/verhalen/<slug>/` is part of the public contract), and the
theme pages move to the first of `themas`, `op-thema`, `thema-2`, `thema-3`, ... that no
published story uses. Only published stories count, so that the choice reveals nothing
about a story that is still held back.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, count

from ...domain.model import Story
from ...domain.people import fold, slugify
from ..routes import Routes

FOLDERS = ("thema", "themas", "op-thema")


@dataclass(frozen=True)
class StoryTheme:
    """One theme, e.g. 'inclusief werkgeverschap', and the published stories with it,
    newest first (the order of `stories`)."""

    value: str
    slug: str
    src: str
    stories: tuple[Story, ...]


def themes_folder(stories: tuple[Story, ...]) -> str:
    """The folder under the stories section that holds the theme pages (see above)."""
    taken = {story.slug for story in stories}
    candidates = chain(FOLDERS, (f"{FOLDERS[0]}-{n}" for n in count(2)))
    return next(name for name in candidates if name not in taken)


def story_themes(stories: tuple[Story, ...], routes: Routes) -> tuple[StoryTheme, ...]:
    """The themes of the published stories, in Dutch alphabetical order; spellings that
    give the same slug ('Medezeggenschap', 'medezeggenschap') are one theme, shown in the
    spelling of its newest story."""
    folder = themes_folder(stories)
    groups: dict[str, tuple[str, list[Story]]] = {}
    for story in stories:
        seen = set()
        for value in story.themes:
            slug = slugify(value)
            if slug and slug not in seen:
                seen.add(slug)
                groups.setdefault(slug, (value, []))[1].append(story)
    return tuple(StoryTheme(value, slug, routes.path("story_theme", folder=folder, slug=slug),
                            tuple(members))
                 for slug, (value, members) in
                 sorted(groups.items(), key=lambda g: (fold(g[1][0]), g[0])))
