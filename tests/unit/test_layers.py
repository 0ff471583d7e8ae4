"""The layers of issue 18: the domain knows no sources, renderers or engine; renderers and
sources know no engine. Moving to another engine means rewriting the adapter only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "generator"
FORBIDDEN = {
    "domain": ("mkdocs", "properdocs", "material", "generator.sources", "generator.render",
               "generator.plugin"),
    "render": ("mkdocs", "properdocs", "material", "generator.plugin"),
    "sources": ("mkdocs", "properdocs", "material", "generator.render", "generator.plugin"),
}


def imported(path: Path) -> set[str]:
    """Every module a file imports, relative imports resolved against the package."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = parts[: len(parts) - node.level] if node.level else ()
            module = ".".join((*base, *(node.module or "").split("."))).strip(".")
            names.add(module)
            names |= {f"{module}.{alias.name}" for alias in node.names}
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_stay_inside(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))   # its sub-packages too
    assert files
    found = [f"{path.relative_to(PACKAGE)}: {name}" for path in files for name in sorted(imported(path))
             if name.startswith(FORBIDDEN[layer])]
    assert found == []


def test_the_check_sees_a_forbidden_import() -> None:
    """The checker itself resolves relative imports (else the test above could not fail)."""
    module = PACKAGE / "domain" / "site.py"
    assert "generator.domain.problems" in imported(module)
    assert any(name.startswith("generator.render") for name in
               imported(PACKAGE / "render" / "pages" / "plan.py"))
