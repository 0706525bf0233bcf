"""Reference data of the ledgers: the district's yearly fund standards
(administrators at the district site) and compound party branches 小区党支部,
whose party-building funds are kept beside their community's."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from app.funds import funds, money
from app.funds.types import DEFAULT_STANDARDS, FUND_TYPES, type_label
from ui.kit.form_dialog import FormDialog
from ui.kit.widgets import date_edit, hint_label
from ui.tabs.funds.fields import add_amount


class FundStandardsDialog(FormDialog):
    """经费标准: the yearly amount per fund type; a year without standards starts from the district's defaults."""

    def __init__(self, year: int, parent: QWidget | None = None):
        super().__init__(self.tr("Fund standards"), parent)
        self.setMinimumWidth(520)
        self.year = self.add_field(self.tr("Year:"), QSpinBox(), "year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.note = hint_label("")
        self.form.addRow(self.note)
        self.amounts = {t: add_amount(self, self.tr("%1 (yuan per year):").replace("%1", type_label(t)), t)
                        for t in FUND_TYPES}
        self.year.valueChanged.connect(lambda _v: self.load())
        self.load()

    def load(self) -> None:
        current = funds.standards(self.year.value())
        self.note.setText(self.tr("Standards in force for this year.") if current else
                          self.tr("No standards for this year yet: the district's usual amounts are filled in."))
        for fund_type, field in self.amounts.items():
            field.setText(money.yuan(current.get(fund_type, DEFAULT_STANDARDS[fund_type])))

    def save(self) -> int:
        year, current, changed = self.year.value(), funds.standards(self.year.value()), 0
        for fund_type, field in self.amounts.items():
            fen = money.parse(field.text(), field=fund_type)
            if current.get(fund_type) != fen:
                funds.set_standard(year, fund_type, fen)
                changed += 1
        return changed


class FundBranchDialog(FormDialog):
    """新增小区党支部 under a community."""

    def __init__(self, communities: list[tuple[str, str]], current: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("New compound party branch"), parent)
        self.community = self.add_field(self.tr("Community:"), QComboBox(), "community")
        for uuid, name in communities:
            self.community.addItem(name, uuid)
        if current:
            self.community.setCurrentIndex(max(0, self.community.findData(current)))
        self.name = self.add_field(self.tr("Branch name:"), QLineEdit(), "name")
        self.name.setPlaceholderText(self.tr("e.g. 阳光小区党支部"))
        self.compound = self.add_field(self.tr("Residential compound:"), QLineEdit(), "compound")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.has_founded = QCheckBox(self.tr("Founded on"))
        self.founded_on = date_edit()
        self.founded_on.setEnabled(False)
        self.has_founded.toggled.connect(self.founded_on.setEnabled)
        line.addWidget(self.has_founded)
        line.addWidget(self.founded_on, 1)
        self.add_field(self.tr("Founded:"), row, "founded_on")
        self.name.setFocus()

    def save(self) -> str:
        founded = self.founded_on.date().toPython() if self.has_founded.isChecked() else None
        return funds.add_branch(self.community.currentData() or "", self.name.text(), self.compound.text(),
                                founded).uuid
