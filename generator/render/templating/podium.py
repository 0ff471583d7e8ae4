"""`amb.podium`: the podium log against the yearly target as the public pages may show it
(podium_public.py): rows, totals, planned appearances, charts and a profile's progress."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.calendar import planned_appearances
from ...domain.model import PODIUM_KINDS, Ambassador, PodiumEntry
from ...domain.podium import YearResult, behind_first, history
from ...domain.site import Site
from ..dates import short_month
from ..labels import Labels
from .chart import Bar, bar_chart
from .links import Links
from .podium_public import DEFAULT_MODE, PodiumView, public_view


@dataclass(frozen=True)
class Podium:
    site: Site
    t: Labels
    links: Links
    mode: str = DEFAULT_MODE   # plugin option podium_public: full, progress or counts

    def targets(self) -> bool:
        """Whether the public pages mention a target at all (not under `counts`)."""
        return self.mode != "counts"

    def marks(self) -> bool:
        """Whether the public pages say who met the target or is behind (only under `full`)."""
        return self.mode == "full"

    def years(self) -> list[int]:
        return self.site.podium_years

    def year_href(self, year: int) -> str:
        return self.links.file("podium_year", year=year)

    def rows(self, year: int) -> tuple[YearResult, ...]:
        """Behind first under `full`; otherwise by surname, so no one stands out as behind."""
        rows = self.site.podium_log(year)
        return behind_first(rows) if self.mode == "full" else rows

    def view(self, result: YearResult) -> PodiumView:
        """What the public pages show for a year (see podium_public)."""
        return public_view(result, self.mode, self.site.options.podium_minimum,
                           self.t)

    def state(self, result: YearResult) -> str:
        """'met', 'not-met' or 'open': also the CSS modifier."""
        return {True: "met", False: "not-met", None: "open"}[result.met]

    def entries(self, year: int) -> list[tuple[Ambassador, PodiumEntry]]:
        rows = [(r.ambassador, e) for r in self.site.podium_log(year) for e in r.entries]
        return sorted(rows, key=lambda row: (row[1].date, row[0].slug), reverse=True)

    def planned(self, year: int) -> list[PodiumEntry]:
        """Public entries of `year` after the build clock within the term: the calendar's
        planned appearances that will count in the log once their day has come."""
        return [a.entry for a in planned_appearances(self.site.ambassadors, self.site.today)
                if a.entry.date.year == year and a.ambassador.term.contains(a.entry.date)]

    def summary(self, year: int) -> str:
        """Under `full` how many met the target; otherwise only neutral totals, since
        "1 of 4 met it" says that three did not (and no total of 0 appearances). Where a
        target shows, the network's total against the sum of the targets follows (once there
        is one): a figure that names no one."""
        rows = self.site.podium_log(year)
        appearances = sum(r.counted for r in rows)
        if self.mode == "full":
            people = self.t("podium_summary", met=sum(r.met is True for r in rows),
                            total=len(rows), year=year)
        else:
            people = self.t("podium_summary_counts" if appearances and not self.targets()
                            else "podium_summary_none",
                            total=len(rows), year=year, appearances=appearances)
        if not self.targets() or not appearances:
            return people
        running = year >= self.site.today.year
        total = self.t("podium_total_open" if running else "podium_total",
                       counted=appearances, required=sum(r.required for r in rows), year=year)
        planned = len(self.planned(year))
        after = " " + self.t("podium_total_planned", n=planned, year=year) if planned else ""
        return f"{people} {total}{after}"

    def month_chart(self, year: int) -> str:
        counts, planned = [0] * 12, [0] * 12
        for _, entry in self.entries(year):
            counts[entry.date.month - 1] += 1
        for entry in self.planned(year):
            planned[entry.date.month - 1] += 1
        bars = [Bar(short_month(month), count, planned[month - 1])
                for month, count in enumerate(counts, 1)]
        return self._chart(bars, "podium_per_month", year, f"amb-month-{year}")

    def kind_chart(self, year: int) -> str:
        entries = [entry for _, entry in self.entries(year)]
        planned = self.planned(year)
        bars = [Bar(self.t(f"podium_{kind}"), sum(e.kind == kind for e in entries),
                    sum(e.kind == kind for e in planned))
                for kind in PODIUM_KINDS]
        return self._chart(bars, "podium_per_kind", year, f"amb-kind-{year}")

    def _chart(self, bars: list[Bar], key: str, year: int, chart_id: str) -> str:
        """The text alternative names every figure, and a planned one as planned."""
        figures = ", ".join(
            self.t("podium_chart_with_planned", label=bar.label, n=bar.value,
                   planned=bar.planned) if bar.planned else f"{bar.label} {bar.value}"
            for bar in bars)
        legend = (self.t("podium_legend_counted"), self.t("podium_legend_planned"))
        return bar_chart(bars, title=self.t(key, year=year),
                         description=self.t(f"{key}_desc", figures=figures), chart_id=chart_id,
                         legend=legend)

    def progress(self, ambassador: Ambassador) -> YearResult | None:
        """This year's figures, for an ambassador whose term touches this year."""
        year = self.site.today.year
        if year not in range(ambassador.term.start.year, ambassador.term.end.year + 1):
            return None
        return self.site.podium_progress(ambassador, year)

    def history(self, ambassador: Ambassador) -> tuple[PodiumEntry, ...]:
        return history(ambassador, self.site.today)
