"""Where each setting stands in mkdocs.yml: the YAML node tree, composed but never
constructed, so that the line of `plugins -> ambassadors -> term_years` or of `site_url` can
be named, and the entries that make a build run code (`hooks:`, `!!python/...` tags) found
without running any of it. Tags the safe loader does not know (`!ENV`, `!!python/name:`)
are fine here: composing only records them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

PLUGIN = "ambassadors"
PYTHON_TAG = "tag:yaml.org,2002:python/"
STR_TAG = "tag:yaml.org,2002:str"


@dataclass(frozen=True)
class ConfigNodes:
    """The composed top-level mapping of mkdocs.yml, or None when it is not one."""

    root: MappingNode | None = None

    @classmethod
    def read(cls, path: Path) -> ConfigNodes:
        """The file's nodes; an empty result when it cannot be composed (MkDocs' own loader
        then says why)."""
        try:
            node = yaml.compose(path.read_text(encoding="utf-8-sig"), Loader=yaml.SafeLoader)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            return cls()
        return cls(node if isinstance(node, MappingNode) else None)

    def top(self, key: str) -> int | None:
        """The line (1-based) of a top-level key."""
        found = _entry(self.root, key)
        return found[0].start_mark.line + 1 if found else None

    def scalar(self, key: str) -> str | None:
        """A top-level value written as a plain string (not `!ENV`, not a mapping)."""
        found = _entry(self.root, key)
        if found and isinstance(found[1], ScalarNode) and found[1].tag == STR_TAG:
            return str(found[1].value)
        return None

    def option(self, key: str, plugin: str = PLUGIN) -> int | None:
        """The line of `plugins -> <plugin> -> <key>`, else of the plugin's entry."""
        entry = self._plugin(plugin)
        if entry is None:
            return None
        name, options = entry
        found = _entry(options, key) if isinstance(options, MappingNode) else None
        node = found[0] if found else name
        return node.start_mark.line + 1

    def written(self, key: str, plugin: str = PLUGIN) -> bool:
        """Whether `plugins -> <plugin> -> <key>` is in the file (not left to its default)."""
        entry = self._plugin(plugin)
        return entry is not None and isinstance(entry[1], MappingNode) and \
            _entry(entry[1], key) is not None

    def entries(self, key: str) -> list[tuple[str, int]]:
        """Each entry of a top-level list (`hooks:`, `extra_templates:`) with its line."""
        found = _entry(self.root, key)
        if not found:
            return []
        _, node = found
        items = node.value if isinstance(node, SequenceNode) else [node]
        return [(str(item.value) if isinstance(item, ScalarNode) else "?",
                 item.start_mark.line + 1) for item in items]

    def python_tags(self) -> list[tuple[str, int]]:
        """Each `!!python/...` tag with its line: MkDocs' loader imports or calls Python for
        them while it reads the file."""
        found = [(node.tag.replace("tag:yaml.org,2002:", "!!"), node.start_mark.line + 1)
                 for node in _walk(self.root) if node.tag.startswith(PYTHON_TAG)]
        return sorted(found, key=lambda tag: tag[1])

    def keys_twice(self) -> list[tuple[str, int, int]]:
        """Each key written twice in one mapping, anywhere in the file: (key, line, line of
        the first). YAML silently keeps the last, so the first one's value would be lost."""
        found = []
        for node in _walk(self.root):
            if not isinstance(node, MappingNode):
                continue
            first: dict[str, int] = {}
            for name, _ in node.value:
                if isinstance(name, ScalarNode):
                    line = name.start_mark.line + 1
                    if name.value in first:
                        found.append((str(name.value), line, first[name.value]))
                    else:
                        first[name.value] = line
        return sorted(found, key=lambda entry: entry[1])

    def tagged_keys(self) -> set[str]:
        """The top-level keys whose value holds a `!!python/...` tag somewhere."""
        if self.root is None:
            return set()
        return {str(key.value) for key, value in self.root.value
                if any(node.tag.startswith(PYTHON_TAG) for node in _walk(value))}

    def _plugin(self, plugin: str) -> tuple[Node, Node | None] | None:
        found = _entry(self.root, "plugins")
        if not found:
            return None
        plugins = found[1]
        if isinstance(plugins, MappingNode):
            return _entry(plugins, plugin)
        if not isinstance(plugins, SequenceNode):
            return None
        for item in plugins.value:
            if isinstance(item, ScalarNode) and item.value == plugin:
                return item, None
            if isinstance(item, MappingNode) and (entry := _entry(item, plugin)):
                return entry
        return None


def _entry(mapping: Node | None, key: str) -> tuple[Node, Node] | None:
    """The (key node, value node) of a key; the last one when written twice, as YAML reads."""
    if not isinstance(mapping, MappingNode):
        return None
    found = None
    for name, value in mapping.value:
        if isinstance(name, ScalarNode) and name.value == key:
            found = (name, value)
    return found


def _walk(node: Node | None) -> Iterator[Node]:
    """Every node once, aliases included only once (a 'billion laughs' stays small)."""
    pending, seen = [node] if node is not None else [], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, SequenceNode):
            pending.extend(current.value)
        elif isinstance(current, MappingNode):
            pending.extend(part for pair in current.value for part in pair)
