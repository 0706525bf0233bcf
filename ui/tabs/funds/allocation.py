"""拨付: a year's allocation for a whole subdistrict in one action
(app.funds.funds.allocate). Before it runs the dialog shows the year's standards
and how many communities and compound party branches will receive what; funds
already allocated are skipped, so running it twice allocates nothing twice."""

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from app.funds import funds, money
from app.funds.types import COMMUNITY_TYPES, FUND_TYPES, type_label
from app.orders import lists
from ui.kit.form_dialog import FormDialog
from ui.tabs.funds.fields import date_edit


def plan(sub_path: str) -> tuple[list[str], int]:
    """The communities (uuids) of a subdistrict and how many compound party branches they have."""
    communities = [u.uuid for u in lists.units(sub_path, 2) if u.level == 2]
    return communities, sum(len(funds.branches(c)) for c in communities)


class FundAllocationDialog(FormDialog):
    def __init__(self, subdistricts: list[tuple[str, str, str]], year: int, parent: QWidget | None = None):
        """subdistricts: (uuid, name, path)."""
        super().__init__(self.tr("Allocate funds"), parent)
        self.setMinimumWidth(560)
        self.subdistrict = self.add_field(self.tr("Subdistrict:"), QComboBox(), "subdistrict")
        for uuid, name, path in subdistricts:
            self.subdistrict.addItem(name, (uuid, path))
        self.year = self.add_field(self.tr("Year:"), QSpinBox(), "year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        today = dt.date.today()
        self.posted_on = self.add_field(self.tr("Date:"), date_edit(today if year == today.year
                                                                    else dt.date(year, 1, 1)), "posted_on")
        self.doc_no = self.add_field(self.tr("Document no.:"), QLineEdit(), "doc_no")
        self.doc_no.setPlaceholderText(self.tr("e.g. 商街财〔2026〕12号"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setObjectName("preview")
        self.form.addRow(self.tr("Will receive:"), self.preview)
        self.subdistrict.currentIndexChanged.connect(lambda _i: self.show_plan())
        self.year.valueChanged.connect(lambda _v: self.show_plan())
        self.show_plan()
        self.doc_no.setFocus()

    def show_plan(self) -> None:
        year = self.year.value()
        amounts = funds.standards(year)
        if not amounts:
            self.preview.setText(self.tr("No fund standards for %1 yet: the district sets them under Settings → "
                                         "Fund standards.").replace("%1", str(year)))
            return
        chosen = self.subdistrict.currentData()
        communities, branch_count = plan(chosen[1]) if chosen else ([], 0)
        each = sum(amounts.get(t, 0) for t in COMMUNITY_TYPES)
        per_branch = amounts.get("compound_party", 0)
        lines = ["；".join(f"{type_label(t)} {money.yuan(fen)}" for t, fen in amounts.items() if t in FUND_TYPES)]
        lines.append(self.tr("%1 communities × %2 yuan; %3 compound party branches × %4 yuan")
                     .replace("%1", str(len(communities))).replace("%2", money.yuan(each))
                     .replace("%3", str(branch_count)).replace("%4", money.yuan(per_branch)))
        total = len(communities) * each + branch_count * per_branch
        lines.append(self.tr("Total %1 yuan (funds already allocated this year are skipped)")
                     .replace("%1", money.yuan(total)))
        missing = [type_label(t) for t in FUND_TYPES if t not in amounts]
        if missing:
            lines.append(self.tr("No standard yet for: %1").replace("%1", "、".join(missing)))
        self.preview.setText("\n".join(lines))

    def save(self):
        chosen = self.subdistrict.currentData()
        return funds.allocate(chosen[0] if chosen else "", self.year.value(), self.posted_on.date().toPython(),
                              self.doc_no.text())
