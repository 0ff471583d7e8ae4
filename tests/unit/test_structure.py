"""The generator's structure (issue 31): no import circle anywhere, and no folder of more than
15 modules. A module that needs another for its types only still depends on it, so type-only
imports count; so do imports inside functions. A circle means neither module can be read,
changed or moved without the other; a folder past 15 modules has stopped saying what it is
for, and its modules belong in rooms of their own (render/ shows how)."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_layers import PACKAGE, imported


def modules() -> dict[str, Path]:
    """generator.x.y -> its file, packages by their __init__."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def graph() -> dict[str, set[str]]:
    """Each module's imports of the generator's own modules (a name imported from a module
    counts as the module, `from . import x` as the submodule x)."""
    known = modules()
    edges: dict[str, set[str]] = {}
    for name, path in known.items():
        targets = {target for target in imported(path) if target in known}
        edges[name] = {target for target in targets
                       if target != name and not name.startswith(target + ".")}
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_the_detector_finds_a_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(edges) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_relative_and_type_only_imports() -> None:
    edges = graph()
    assert "generator.domain.model" in edges["generator.domain.site"]
    assert "generator.render.labels" in edges["generator.render.templating.people"]   # ..labels
    assert "generator.render.templating.media" in edges["generator.render.pages.kinds"]  # typing


def test_no_module_of_the_generator_is_in_an_import_circle() -> None:
    found = circles(graph())
    assert not found, "import circles:\n" + "\n".join(" <-> ".join(group) for group in found)


MAX_MODULES = 15


def loose_modules() -> dict[str, int]:
    """Each package of the generator -> the modules directly in it (its __init__ not counted)."""
    return {str(init.parent.relative_to(PACKAGE.parent)):
            len([p for p in init.parent.glob("*.py") if p.name != "__init__.py"])
            for init in PACKAGE.rglob("__init__.py")}


def test_no_folder_of_the_generator_holds_more_than_15_modules() -> None:
    counts = loose_modules()
    assert counts["generator/render"] >= 1 and len(counts) >= 10   # the check sees the tree
    crowded = {folder: n for folder, n in counts.items() if n > MAX_MODULES}
    assert not crowded, crowded
