"""How the public pages present one year of the podium log (plugin option `podium_public`).

The coordinator needs "met / not met" (the `podium` command, domain.podium), but a public
page that marks who is behind or who fell short names and shames someone: often a former
ambassador whose term ended in January with a pro-rata target of one. So the public
templates ask this module what to show instead of reading `YearResult.met` themselves:

- `full`: met, not met, or progress ("2 van 3", "Nog 1 te gaan"), behind first.
- `progress` (the default): the count against the target ("2 van 3", as content-model.md
  asks of /podium/ and the profile) and nothing more: no "Gehaald", no "Nog 1 te gaan", no
  bar, no colour, so every row looks the same whatever the outcome, in open and closed
  years alike. A short remnant (see `short_remnant`) shows the count alone. The network's
  total progress is the one figure set against a target (podium.Podium.summary).
- `counts`: only the number of appearances; no target anywhere.

The domain semantics are untouched: this only decides what a visitor sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.podium import YearResult, days_active, days_in_year
from ..labels import Labels

MODES = ("full", "progress", "counts")
DEFAULT_MODE = "progress"

SHORT_REMNANT_DAYS = 92
"""About three months: a term that covers fewer days of a year than this is a remnant."""


@dataclass(frozen=True)
class PodiumView:
    """What a row of the table or the profile's line shows for one year."""

    state: str    # CSS modifier of row, bar and badge: met, not-met, open or plain
    status: str   # the state text ("Gehaald", ...); "" shows no badge at all
    target: bool  # "counted van required"; False: the count alone
    bar: bool = True   # the progress bar beside "counted van required" (only under `full`)


def short_remnant(result: YearResult, minimum: int) -> bool:
    """A year in which the term covered only a short remnant, so falling short says little.

    True when the term covers part of the year only and either fewer than
    SHORT_REMNANT_DAYS (about three months) of it, or so little that pro rata brought the
    target down to one while the yearly minimum is higher (with the default minimum of 3:
    up to about four months). A full year is never a remnant, whatever the minimum.
    """
    active = days_active(result.ambassador.term, result.year)
    if active >= days_in_year(result.year):
        return False
    return active < SHORT_REMNANT_DAYS or (minimum > 1 and result.required <= 1)


def public_view(result: YearResult, mode: str, minimum: int, t: Labels) -> PodiumView:
    """The presentation of `result` under `mode` (one of MODES)."""
    if mode == "full":
        state = {True: "met", False: "not-met", None: "open"}[result.met]
        if result.met is None:
            return PodiumView(state, t("podium_open", n=result.shortfall), True)
        return PodiumView(state, t("podium_met" if result.met else "podium_not_met"), True)
    if mode == "counts" or short_remnant(result, minimum):
        return PodiumView("plain", "", False, False)
    return PodiumView("plain", "", True, False)
