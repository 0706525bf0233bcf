"""联动 (four-level linkage): the inbox (received from below, assigned from above),
the matters this site sent with where they stand, the overdue list 督办, and the
members of this site's joint conference or federation. One filter bar (unit,
period) above them; each page exports to Excel. Pages are read when shown, on the
runner (RowsPage.load)."""

from PySide6.QtWidgets import QWidget

from app.linkage import conference, lists
from app.mediation.lists import Filter
from app.privacy import mask_phone
from ui.hub import Changes, Hub
from ui.kit.filter_bar import FilterBar
from ui.kit.stale_pages import StalePages
from ui.kit.table_model import Column
from ui.lazy_pages import LazyPage
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.linkage.actions import LinkageActions
from ui.tabs.linkage.sessions import LinkageDecisionsPage
from ui.tabs.mediation.pages import RowsPage

PAGE_KEYS = ("inbox", "sent", "overdue", "decisions", "members")


class LinkageMattersPage(RowsPage):
    """Escalations of one list (`read`: the app/ function), flagged when overdue."""

    def __init__(self, tab, read, title: str):
        columns = [Column(self.tr("Escalated"), lambda r: r.escalated_at.date()), Column(self.tr("Kind"), lambda r: r.kind),
                   Column(self.tr("Matter"), lambda r: r.subject), Column(self.tr("Filed under"), lambda r: r.unit),
                   Column(self.tr("Held by"), lambda r: r.holder), Column(self.tr("State"), lambda r: r.state),
                   Column(self.tr("Due"), lambda r: r.due_at.date() if r.due_at else None),
                   Column(self.tr("Assigned to"), lambda r: r.assignee), Column(self.tr("Answer"), lambda r: r.answer)]
        super().__init__(tab, columns, (90, 70, 220, 110, 90, 80, 90, 120),
                         lambda r: ("warn", self.tr("Overdue: chase it (督办)")) if r.overdue else None)
        self.read, self.title = read, title

    def refresh(self, f: Filter) -> None:
        self._filter, read = f, self.read
        self.load(lambda: lists.filtered(read(), f), self._show)

    def _show(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.info.setText(self.tr("%1 matters").replace("%1", str(self.model.rowCount())))


class LinkageMembersPage(RowsPage):
    def __init__(self, tab):
        columns = [Column(self.tr("Name"), lambda m: m.name),
                   Column(self.tr("Kind"), lambda m: conference.KINDS.get(m.kind, m.kind)),
                   Column(self.tr("Contact"), lambda m: m.contact_name),
                   Column(self.tr("Phone"), lambda m: mask_phone(m.contact_phone)),
                   Column(self.tr("Joined"), lambda m: m.joined_on),
                   Column(self.tr("Grids looked after"), lambda m: "、".join(conference.covered(m.uuid)))]
        super().__init__(tab, columns, (200, 110, 90, 120, 90))
        self.write_button(self.tr("Add a member…"), tab.actions.add_member)
        self.finish(self.tr("Members"))

    def refresh(self, f: Filter) -> None:
        self.load(conference.members, self._show)

    def _show(self, rows: list) -> None:
        self.model.set_rows(rows)
        self.info.setText(self.tr("%1 members").replace("%1", str(self.model.rowCount())))


class LinkageTab(StalePages, QWidget):
    page_keys = PAGE_KEYS
    inbox, sent, overdue, decisions, members = LazyPage(), LazyPage(), LazyPage(), LazyPage(), LazyPage()

    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.actions = LinkageActions(self)
        self.message_bar = MessageBar()
        self.filter_bar = FilterBar(parent=self)
        self.filter_bar.changed.connect(self.filters_changed)
        self.choose_unit, self.choose_period = self.filter_bar.choose_unit, self.filter_bar.choose_period
        sent = ((self.tr("Escalate a request…"), None), (self.tr("Close with call-back…"), "close"))
        self.lay_out_lazy_pages(hub, (
            ("inbox", self.tr("Inbox"), lambda: self._matters(lists.inbox, self.tr("Inbox"),
                                                              ((self.tr("Decide…"), "decide"),))),
            ("sent", self.tr("Sent"), lambda: self._matters(lists.sent, self.tr("Sent"), sent)),
            ("overdue", self.tr("Overdue"), lambda: self._matters(lists.overdue, self.tr("Overdue (督办)"), ())),
            ("decisions", self.tr("Sessions and decisions"), lambda: LinkageDecisionsPage(self)),
            ("members", self.tr("Members"), lambda: LinkageMembersPage(self))))

    def _matters(self, read, title: str, buttons) -> LinkageMattersPage:
        page = LinkageMattersPage(self, read, title)
        for text, action in buttons:
            slot = self.actions.escalate if action is None else \
                (lambda _c=False, a=action, p=page: getattr(self.actions, a)(p.current()))
            page.write_button(text, slot)
        page.finish(title)
        return page

    def filter(self) -> Filter:
        start, end = self.filter_bar.days()
        return Filter(root_path=self.filter_bar.unit.currentData(), start=start, end=end)

    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self.filter_bar.fill_units()
        if changes.orders or changes.exchange or changes.mediation or changes.org:
            self.mark_all_stale()
