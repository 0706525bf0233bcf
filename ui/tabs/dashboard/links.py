"""Where a click on the start page leads: the module tab that lists what the card or
chart counts, its filter set to the same unit and period, and the matching page.

The filters are set while the tab is hidden (a hidden tab only marks its pages
stale), then the tab is brought forward and refreshes the page once. The tabs'
own hooks are used: choose_unit, choose_period("custom") with the filter bar's
dates, show_page, the orders tab's category box, a board's show_state, the funds
tab's year, the grid tab's select. The lists and the dashboard's figures cut a period
at the same local midnights (app/local_days.py), so a card and its list count the same."""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate

from app.dashboard.cards import CARDS
from app.orders.lists import COUNTED

OUTCOME_STATES = {"agreed": "agreed", "failed": "failed", "ended": "ended", "ongoing": "mediating",
                  "archived": "archived"}  # a mediation outcome -> the case board's column


@dataclass(frozen=True)
class Link:
    tab: str  # grid / orders / mediation / funds / support
    page: str  # the tab's page key
    root_path: str
    unit_uuid: str | None = None
    start: dt.date | None = None  # [start, end) calendar days
    end: dt.date | None = None
    category: str | None = None  # the orders tab's request category
    state: str | None = None  # a board's state column


def open_list(window, link: Link) -> bool:
    """Bring the link's tab forward with the link's filter; False when the window has no such tab."""
    tab = getattr(window, f"{link.tab}_tab", None)
    if tab is None:
        return False
    if link.tab == "grid":
        window.tabs.setCurrentWidget(tab)
        if link.unit_uuid:
            tab.select(link.unit_uuid)
        return True
    tab.choose_unit(link.root_path)
    if link.tab == "funds":
        tab.year.setValue(link.start.year)
    else:
        _choose_days(tab.filter_bar, link.start, link.end)
    if link.tab == "orders":
        tab.category.setCurrentIndex(max(0, tab.category.findData(link.category)) if link.category else 0)
    tab.show_page(link.page)
    window.tabs.setCurrentWidget(tab)
    if link.state:
        tab.pages.currentWidget().show_state(link.state)
    return True


def _choose_days(bar, start: dt.date | None, end: dt.date | None) -> None:
    if start is None or end is None:
        bar.choose_period("all")
        return
    bar.date_from.setDate(QDate(start.year, start.month, start.day))
    last = end - dt.timedelta(days=1)
    bar.date_to.setDate(QDate(last.year, last.month, last.day))
    bar.choose_period("custom")


class DashboardClicks:
    """What the start page does with a click on a card or a chart (mixed into the tab,
    which has `figures`, the shown Dashboard, and `filter_bar`, its DashboardFilter)."""

    def _link(self, tab: str, page: str, *, path: str | None = None, month=None, **extra) -> Link:
        period = month or self.figures.period
        path = path or self.figures.root_path
        return Link(tab, page, path, self.filter_bar.uuid_of(path), period.start, period.end, **extra)

    def follow(self, link: Link) -> bool:
        return open_list(self.window(), link)

    def open_card(self, key: str) -> None:
        if self.figures is not None:
            spec = next(s for s in CARDS if s.key == key)
            self.follow(self._link(spec.tab, spec.page, state=spec.state))

    def open_requests(self, month_index: int, category: str | None) -> None:
        month = self.figures.requests.months[month_index]
        self.follow(self._link("orders", "requests", month=month, category=category, state=COUNTED))

    def open_month_orders(self, month_index: int) -> None:
        self.follow(self._link("orders", "board", month=self.figures.rate_months[month_index]))

    def open_completion(self, index: int) -> None:
        self.follow(self._link("orders", "board", path=self.figures.completion.units[index].path))

    def open_outcome(self, outcome: str) -> None:
        self.follow(self._link("mediation", "cases", state=OUTCOME_STATES[outcome]))

    def open_funds(self, _fund_type: str) -> None:
        self.follow(self._link("funds", "budget"))

    def open_settled(self, _level: int) -> None:
        self.follow(self._link("linkage", "sent"))  # what left this unit, with where it stands

