"""The KPI cards of the start page: caption, value, the previous period's value and
the change (▲/▼ with a percentage, or percentage points for a rate). A card is a
skeleton ("…") until its figure arrives; a click emits the card's key."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.dashboard.cards import CARDS, CardValue

COLUMNS = 8
UP, DOWN, FLAT, MOVE = "#188038", "#c5221f", "#5f6368", "#3c4043"
# one style sheet on the grid for all sixteen cards (a sheet per widget costs at startup)
STYLE = ("#kpiCard { background: #ffffff; border: 1px solid #dadce0; border-radius: 6px; }"
         "#kpiCard:hover { border-color: #1a73e8; background: #f8fbff; }"
         "#kpiCaption { color: #5f6368; }"
         "#kpiValue { font-size: 19px; font-weight: 600; color: #1a73e8; }"
         "#kpiTrend { font-size: 10px; }")


class KpiCard(QFrame):
    clicked = Signal(str)  # the KPI key

    def __init__(self, key: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key, self.colour = key, ""
        self.setObjectName("kpiCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.caption, self.value, self.trend = QLabel(caption), QLabel(), QLabel()
        for label, name in ((self.caption, "kpiCaption"), (self.value, "kpiValue"), (self.trend, "kpiTrend")):
            label.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(7, 5, 5, 5)
        layout.setSpacing(1)
        for label in (self.caption, self.value, self.trend):
            # the text never widens the window: eight cards share a 1366-pixel screen
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
        self.clear()

    def clear(self) -> None:
        """The skeleton: the caption is known at once, the figures come from the runner."""
        set_text(self.value, "…")
        set_text(self.trend, " ")
        self.setToolTip("")

    def show_value(self, card: CardValue, previous_name: str) -> None:
        """Only what changed is set: each new text or colour relayouts or restyles the card."""
        set_text(self.caption, card.label)
        set_text(self.value, card.text)
        colour, text = FLAT, self.tr("now")
        if card.previous is not None:
            colour, arrow = _direction(card)
            text = self.tr("%1 %2 · %3: %4").replace("%1", arrow).replace("%2", self._change_text(card)) \
                .replace("%3", previous_name).replace("%4", card.previous_text)
        set_text(self.trend, text)
        if self.colour != colour:
            self.colour = colour
            self.trend.setStyleSheet(f"color: {colour};")
        self.setToolTip(self.tr("%1 — click to open the list").replace("%1", f"{card.label} {card.text} · {text}"))

    def _change_text(self, card: CardValue) -> str:
        if card.change is None:
            return self.tr("new") if card.value else ""
        if card.kind == "rate":
            return self.tr("%1 pt").replace("%1", f"{abs(card.change):.1f}")
        return f"{abs(card.change) * 100:.1f}%"

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


def set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _direction(card: CardValue) -> tuple[str, str]:
    """The arrow, and its colour: a rate going up is good news, a count or an amount only moves."""
    change = card.change if card.change is not None else card.value  # from 0: any value is up
    if not change:
        return FLAT, "＝"
    up = change > 0
    if card.kind != "rate":
        return MOVE, "▲" if up else "▼"
    return (UP, "▲") if up else (DOWN, "▼")


class CardGrid(QWidget):
    clicked = Signal(str)

    def __init__(self, captions: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.cards = {spec.key: KpiCard(spec.key, captions.get(spec.key, spec.key)) for spec in CARDS}
        self.setStyleSheet(STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for i, card in enumerate(self.cards.values()):
            card.clicked.connect(self.clicked)
            grid.addWidget(card, i // COLUMNS, i % COLUMNS)

    def clear(self) -> None:
        for card in self.cards.values():
            card.clear()

    def show_values(self, values: list[CardValue], previous_name: str) -> None:
        for value in values:
            self.cards[value.key].show_value(value, previous_name)
