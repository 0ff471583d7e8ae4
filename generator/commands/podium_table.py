"""The podium table for the terminal, a spreadsheet or another program."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

FIELDS = ("slug", "name", "year", "counted", "required", "met")


def podium_table(rows: list[dict[str, Any]], form: str) -> str:
    if form == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if form == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows({**row, "met": _met(row["met"], "csv")} for row in rows)
        return out.getvalue()
    width = max([len(row["name"]) for row in rows] + [len("ambassador")])
    lines = [f"{'ambassador':{width}}  counted  required  met"]
    lines += [f"{row['name']:{width}}  {row['counted']:>7}  {row['required']:>8}  "
              f"{_met(row['met'], 'text')}" for row in rows]
    return "\n".join(lines) + "\n"


def _met(value: bool | None, form: str) -> str:
    if value is None:
        return "" if form == "csv" else "not yet"
    return ("true" if value else "false") if form == "csv" else ("yes" if value else "NO")
