"""街道编制: set (or correct) one subdistrict office's internal bodies and posts for a
year — an administrator at a district site only (app.support.posts says why not)."""

import datetime as dt

from PySide6.QtWidgets import QSpinBox, QWidget

from app.support import posts
from ui.kit.form_dialog import FormDialog
from ui.tabs.support.dialog_common import org_combo


class PostsDialog(FormDialog):
    def __init__(self, root_path: str | None, subdistrict_uuid: str | None = None, year: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Subdistrict posts"), parent)
        self.subdistrict = self.add_field(self.tr("Subdistrict:"), org_combo(root_path, (1,), subdistrict_uuid),
                                          "subdistrict")
        self.year = self.add_field(self.tr("Year:"), QSpinBox(), "year")
        self.year.setRange(posts.FIRST_YEAR, dt.date.today().year + 1)
        self.year.setValue(year or dt.date.today().year)
        self.bodies = self.add_field(self.tr("Internal bodies:"), QSpinBox(), "internal_bodies")
        self.admin = self.add_field(self.tr("Administrative posts:"), QSpinBox(), "admin_posts")
        self.institution = self.add_field(self.tr("Fully funded institution posts:"), QSpinBox(), "institution_posts")
        for box in (self.bodies, self.admin, self.institution):
            box.setRange(0, 10000)
        self.subdistrict.currentIndexChanged.connect(lambda _i: self._fill())
        self.year.valueChanged.connect(lambda _v: self._fill())
        self._fill()

    def _fill(self) -> None:
        """Start from the figures already set for this subdistrict and year, if any."""
        uuid = self.subdistrict.currentData()
        found = [p for p in posts.posts(None, self.year.value()) if p.subdistrict_uuid == uuid] if uuid else []
        if found:
            self.bodies.setValue(found[0].internal_bodies)
            self.admin.setValue(found[0].admin_posts)
            self.institution.setValue(found[0].institution_posts)

    def save(self) -> str:
        return posts.set_posts(self.subdistrict.currentData(), self.year.value(), self.bodies.value(),
                               self.admin.value(), self.institution.value()).uuid
