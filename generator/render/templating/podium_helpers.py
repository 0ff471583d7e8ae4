"""What templates may ask about the podium log: progress, tables and charts."""

from __future__ import annotations


from ...domain.calendar import planned_appearances
from ...domain.model import PODIUM_KINDS, Ambassador, PodiumEntry
from ...domain.podium import YearResult, behind_first, history
from ...domain.site import Site
from .chart import Bar, bar_chart
from ..dates import short_month
from ..labels import Labels
from .links import Links
from .podium_public import DEFAULT_MODE, PodiumView, public_view


class PodiumHelpers:
    """Part of the templates' `amb` (see helpers.Helpers), for the yearly target."""

    site: Site
    t: Labels
    addresses: Links
    podium_public: str = DEFAULT_MODE   # plugin option: full, progress or counts

    def podium_targets(self) -> bool:
        """Whether the public pages mention a target at all (not under `counts`)."""
        return self.podium_public != "counts"

    def podium_marks(self) -> bool:
        """Whether the public pages say who met the target or is behind (only under `full`)."""
        return self.podium_public == "full"

    def podium_years(self) -> list[int]:
        return self.site.podium_years

    def podium_year_href(self, year: int) -> str:
        return self.addresses.file("podium_year", year=year)

    def podium_rows(self, year: int) -> tuple[YearResult, ...]:
        """Behind first under `full`; otherwise by surname, so no one stands out as behind."""
        rows = self.site.podium_log(year)
        return behind_first(rows) if self.podium_public == "full" else rows

    def podium_view(self, result: YearResult) -> PodiumView:
        """What the public pages show for a year (see podium_public)."""
        return public_view(result, self.podium_public, self.site.options.podium_minimum,
                           self.t)

    def podium_state(self, result: YearResult) -> str:
        """'met', 'not-met' or 'open': also the CSS modifier."""
        return {True: "met", False: "not-met", None: "open"}[result.met]

    def podium_state_label(self, result: YearResult) -> str:
        if result.met is None:
            return self.t("podium_open", n=result.shortfall)
        return self.t("podium_met" if result.met else "podium_not_met")

    def podium_entries(self, year: int) -> list[tuple[Ambassador, PodiumEntry]]:
        rows = [(r.ambassador, e) for r in self.site.podium_log(year) for e in r.entries]
        return sorted(rows, key=lambda row: (row[1].date, row[0].slug), reverse=True)

    def podium_planned(self, year: int) -> list[PodiumEntry]:
        """Public entries of `year` after the build clock within the term: the calendar's
        planned appearances that will count in the log once their day has come."""
        return [a.entry for a in planned_appearances(self.site.ambassadors, self.site.today)
                if a.entry.date.year == year and a.ambassador.term.contains(a.entry.date)]

    def podium_summary(self, year: int) -> str:
        """Under `full` how many met the target; otherwise only neutral totals, since
        "1 of 4 met it" says that three did not (and no total of 0 appearances). Where a
        target shows, the network's total against the sum of the targets follows (once there
        is one): a figure that names no one."""
        rows = self.site.podium_log(year)
        appearances = sum(r.counted for r in rows)
        if self.podium_public == "full":
            people = self.t("podium_summary", met=sum(r.met is True for r in rows),
                            total=len(rows), year=year)
        else:
            people = self.t("podium_summary_counts" if appearances and not self.podium_targets()
                            else "podium_summary_none",
                            total=len(rows), year=year, appearances=appearances)
        if not self.podium_targets() or not appearances:
            return people
        running = year >= self.site.today.year
        total = self.t("podium_total_open" if running else "podium_total",
                       counted=appearances, required=sum(r.required for r in rows), year=year)
        planned = len(self.podium_planned(year))
        after = " " + self.t("podium_total_planned", n=planned, year=year) if planned else ""
        return f"{people} {total}{after}"

    def month_chart(self, year: int) -> str:
        counts, planned = [0] * 12, [0] * 12
        for _, entry in self.podium_entries(year):
            counts[entry.date.month - 1] += 1
        for entry in self.podium_planned(year):
            planned[entry.date.month - 1] += 1
        bars = [Bar(short_month(month), count, planned[month - 1])
                for month, count in enumerate(counts, 1)]
        return self._chart(bars, "podium_per_month", year, f"amb-month-{year}")

    def kind_chart(self, year: int) -> str:
        entries = [entry for _, entry in self.podium_entries(year)]
        planned = self.podium_planned(year)
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
