"""The count line of a list page, right of its buttons: "12,345 residents", with
"(200 loaded; scroll for more)" while rows wait below, and 正在加载… while the count or the
first page is still being read. It is shown again whenever the model resets, gets rows or
a page read on the runner arrives (`fetched`), and when the page calls `show()` (a count in)."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel


def loading_text() -> str:
    return QCoreApplication.translate("CountLine", "Loading…")


def with_loaded(text: str, loaded: int, more: bool) -> str:
    """`text`, and how many rows are loaded while there are `more` to scroll to."""
    if more:
        text += QCoreApplication.translate("CountLine", " (%1 loaded; scroll for more)").replace("%1", f"{loaded:,}")
    return text


def counted_line(text: str, loaded: int, total: int) -> str:
    """`text` (its count filled in) for a list of `total` rows of which `loaded` are in."""
    return with_loaded(text, loaded, loaded < total)


class CountLine(QObject):
    """Keeps `label` showing `line()` as `model` fills."""

    def __init__(self, label: QLabel, model, line: Callable[[], str]):
        super().__init__(label)
        self.label, self.line = label, line
        model.modelReset.connect(self.show)
        model.rowsInserted.connect(self.show)
        fetched = getattr(model, "fetched", None)
        if fetched is not None:
            fetched.connect(self.show)

    def show(self, *_args) -> None:
        self.label.setText(self.line())


def read_apart_line(text_of: Callable[[int], str], model, total: int | None) -> str:
    """The line of a list whose pages and count are read apart on the runner: 正在加载… until
    the page under way and the count (`total`, None until it is in) are both in."""
    if model.loading() or total is None:
        return loading_text()
    return counted_line(text_of(total), model.loaded(), total)
