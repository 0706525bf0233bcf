"""Table models of the funds tab: TableModel with money columns (integer fen shown
as 1,234.56, right-aligned, negative amounts in red, sorted by the fen), bold
subtotal rows, and the funds of a unit and year with their sums."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app.funds import money, rules, running
from app.funds.types import type_label
from ui.kit.table_model import FLAG_COLOURS, Column, Index, TableModel, display


@dataclass(frozen=True)
class MoneyCol(Column):
    right: bool = True


def shown(column: Column, value) -> str | int:
    if isinstance(column, MoneyCol):
        return money.yuan(value) if isinstance(value, int) else ""
    return display(value)


class MoneyRowsModel(TableModel):
    def __init__(self, columns: Sequence[Column], flag: Callable[[Any], tuple[str, str] | None] | None = None,
                 parent=None, bold: Callable[[Any], bool] | None = None):
        super().__init__(columns, flag, parent)
        self._bold = bold or (lambda row: False)
        self._font = QFont()
        self._font.setBold(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(column, column.get(row))
        if role == Qt.ItemDataRole.FontRole:
            return self._font if self._bold(row) else None
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(column, MoneyCol):
            value = column.get(row)
            if isinstance(value, int) and value < 0:
                return FLAG_COLOURS["warn"]
        return super().data(index, role)

    def table(self) -> tuple[list[str], list[list]]:
        return ([c.header for c in self.columns],
                [[shown(c, c.get(row)) for c in self.columns] for row in self._rows])


@dataclass(frozen=True)
class FundRow:
    uuid: str
    community_uuid: str
    fund_type: str
    holder: str  # 东关社区, or 东关社区·阳光小区党支部
    allocated_fen: int
    spent_fen: int
    transferred_fen: int
    balance_fen: int
    locked: str  # why this site may not post into it ("" when it may)

    @property
    def type_label(self) -> str:
        return type_label(self.fund_type)

    @property
    def title(self) -> str:
        """东关社区 2026年 公用经费 (read when asked: a transfer dialog lists them)."""
        return rules.title(rules.fund(self.uuid))


def fund_rows(root_path: str | None, year: int) -> list[FundRow]:
    """The funds of a year under a unit, with allocated, spent, net transferred and balance
    (one grouped query, app.funds.running.fund_balances), in tree order."""
    balances = running.fund_balances(root_path or None, year)
    locks = rules.locks([b.fund for b in balances], year)
    return [FundRow(b.fund.uuid, b.fund.community_uuid, b.fund.fund_type, b.fund.holder, b.allocated_fen,
                    b.spent_fen, b.transferred_fen, b.balance_fen, locks[b.fund.uuid]) for b in balances]
