"""`photo_focus`: where the face is, so that crops keep it (an extension of the spec)."""

from __future__ import annotations

from typing import Any

from ..messages import msg
from .errors import FieldError
from .front_matter.fields import Context, FieldType
from .front_matter.parse import Node, Scalar, Sequence


class Focus(FieldType):
    """Two percentages, from the left and from the top: `[50, 30]`."""

    expected = msg("type.focus")

    def json_schema(self) -> dict[str, Any]:
        number = {"type": "number", "minimum": 0, "maximum": 100}
        return {"type": "array", "items": number, "minItems": 2, "maxItems": 2}

    def parse(self, node: Node, ctx: Context) -> tuple[float, float]:
        if not isinstance(node, Sequence) or len(node.items) != 2 or not all(
                isinstance(item, Scalar) for item in node.items):
            raise FieldError(msg("value.expected", expected=self.expected))
        values = []
        for item in node.items:
            assert isinstance(item, Scalar)
            try:
                value = float(item.text)
            except ValueError:
                raise self.fail(item) from None
            if not 0 <= value <= 100:
                raise self.fail(item)
            values.append(value / 100)
        return values[0], values[1]
