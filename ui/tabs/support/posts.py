"""街道编制: the subdistrict reform figures (internal bodies, administrative and fully
funded institution posts per subdistrict office and year). Reference data set at
the district: only an administrator at a district site sees the button; everyone
else reads the table with a note saying why it cannot be changed here."""

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel

from app import auth
from app.errors import EXPECTED
from app.session import local_site
from app.support import posts
from ui.tabs.support.models import PostsModel
from ui.tabs.support.pages import SupportPage


def can_set_posts() -> tuple[bool, str]:
    """(may this user set the figures here?, why not)."""
    try:
        level = local_site().level
    except EXPECTED:
        level = ""
    if level != "district":
        return False, "site"
    if not auth.can("admin"):
        return False, "admin"
    return True, ""


class PostsPage(SupportPage):
    def __init__(self, tab):
        super().__init__(tab, PostsModel(), (160, 70, 90, 110, 130))
        self.view.horizontalHeader().setStretchLastSection(False)  # the numbers stay beside their headers
        self.year = QComboBox()
        self.year.currentIndexChanged.connect(lambda _i: self.fill())
        self.bar.addWidget(self.year)
        allowed, why = can_set_posts()
        self.set_button = self.write_button(self.tr("Set the figures…"),
                                            lambda: tab.actions.set_posts(self.current()), permission="admin")
        self.set_button.setVisible(allowed)
        self.activated.connect(lambda: tab.actions.set_posts(self.current()) if allowed else None)
        self.finish_bar()
        notes = {"site": self.tr("These figures are reference data set by the district and sent down with the data "
                                 "exchange; they can be changed only at a district site."),
                 "admin": self.tr("Only an administrator can change these figures."), "": ""}
        self.note = QLabel(notes[why])
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6368;")
        self.note.setVisible(bool(why))
        self.layout().insertWidget(0, self.note)
        self.allowed = allowed
        self._years_filled = False

    def _fill_years(self) -> list[int]:
        everything = posts.posts(self._filter.root_path)
        years = sorted({p.year for p in everything} | {dt.date.today().year}, reverse=True)
        keep = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for year in years:
            self.year.addItem(str(year), year)
        if not self._years_filled and everything:  # first time: the newest year with figures
            keep = max(p.year for p in everything)
        self._years_filled = True
        self.year.setCurrentIndex(max(0, self.year.findData(keep)) if keep else 0)
        self.year.blockSignals(False)
        return everything

    def refresh(self, f) -> None:
        self._filter = f
        self._fill_years()
        self.fill()

    def fill(self) -> None:
        year = self.year.currentData()
        rows = posts.posts(self._filter.root_path, year)
        todo = (self.tr("Click “Set the figures…” to enter them for each subdistrict office.") if self.allowed
                else self.tr("They arrive with the district's data."))
        self.show_rows(rows, self.tr("No subdistrict figures yet.") + "\n" + todo)
        if year is not None:
            self.info.setText(self.tr("%1: %2 internal bodies, %3 administrative posts, %4 institution posts")
                              .replace("%1", str(year)).replace("%2", str(sum(r.internal_bodies for r in rows)))
                              .replace("%3", str(sum(r.admin_posts for r in rows)))
                              .replace("%4", str(sum(r.institution_posts for r in rows))))
        else:
            self.info.setText(self.tr("%1 rows").replace("%1", str(len(rows))))
