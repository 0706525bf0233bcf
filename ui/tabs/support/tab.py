"""四重支持: the manpower the community can call on and the figures behind it —
registered units and in-service party members (双报到) with their service record,
party task forces and volunteer teams with their members, co-building projects,
volunteer services, the proxy-service quick log of the service centres, and the
subdistrict reform figures. One filter bar above them (org subtree, period: the
period applies to the volunteer services); every write broadcasts
Changes(support=True) and the visible page refreshes itself, the others when
they are shown next. Nothing is read before the tab is first shown."""

from PySide6.QtWidgets import QWidget

from ui.hub import Changes, Hub
from ui.kit.filter_bar import FilterBar
from ui.kit.stale_pages import StalePages
from ui.lazy_pages import LazyPage
from ui.message_bar import MessageBar
from ui.runner import Runner
from ui.tabs.support.actions import SupportActions
from ui.tabs.support.members import MembersPage
from ui.tabs.support.pages import SupportFilter, UnitsPage
from ui.tabs.support.posts import PostsPage
from ui.tabs.support.projects import ProjectsPage, ServicesPage
from ui.tabs.support.proxy_log import ProxyLogPage
from ui.tabs.support.teams import TeamsPage

PAGE_KEYS = ("units", "members", "task_forces", "volunteers", "projects", "services", "proxy", "posts")


class SupportTab(StalePages, QWidget):
    page_keys = PAGE_KEYS
    units, members, task_forces, volunteers = LazyPage(), LazyPage(), LazyPage(), LazyPage()
    projects, services, proxy, posts = LazyPage(), LazyPage(), LazyPage(), LazyPage()  # built when first shown

    def __init__(self, hub: Hub, runner: Runner | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.runner = hub, runner
        self.actions = SupportActions(self)
        self.message_bar = MessageBar()
        self.filter_bar = FilterBar(parent=self)
        self.filter_bar.changed.connect(self.filters_changed)
        self.unit, self.period = self.filter_bar.unit, self.filter_bar.period
        self.choose_unit, self.choose_period = self.filter_bar.choose_unit, self.filter_bar.choose_period
        self.lay_out_lazy_pages(hub, (
            ("units", self.tr("Registered units"), lambda: UnitsPage(self)),
            ("members", self.tr("In-service members"), lambda: MembersPage(self)),
            ("task_forces", self.tr("Party task forces"), lambda: TeamsPage(self, "task_force")),
            ("volunteers", self.tr("Volunteer teams"), lambda: TeamsPage(self, "volunteer")),
            ("projects", self.tr("Co-building projects"), lambda: ProjectsPage(self)),
            ("services", self.tr("Volunteer services"), lambda: ServicesPage(self)),
            ("proxy", self.tr("Proxy services"), lambda: ProxyLogPage(self)),
            ("posts", self.tr("Subdistrict posts"), lambda: PostsPage(self))))

    def filter(self) -> SupportFilter:
        start, end = self.filter_bar.days()
        return SupportFilter(root_path=self.unit.currentData(), start=start, end=end)

    def team_page(self, kind: str) -> TeamsPage:
        return self.task_forces if kind == "task_force" else self.volunteers

    def on_changed(self, changes: Changes) -> None:
        if changes.org:
            self.filter_bar.fill_units()
        if changes.support or changes.org or changes.roster or changes.orders:
            self.mark_all_stale()

    def show_proxy_log(self) -> None:
        """The quick log, with the cursor in "for whom"."""
        self.show_page("proxy")
        self.proxy.for_whom.setFocus()
