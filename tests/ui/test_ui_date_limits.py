"""Every date field is limited to 1990-01-01 … 2099-12-31: on Windows a local date before 1970
cannot be turned into UTC (OSError [Errno 22] from datetime.astimezone()), so the filters
must never offer one."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from tests.ui.test_ui_models import build_tree
from ui import settings
from ui.kit.filter_bar import FilterBar
from ui.main_window import MainWindow
from ui.runner import Runner

EPOCH_SAFE = QDate(1970, 1, 2)  # the first local day that is after 1970-01-01 00:00 UTC everywhere


@pytest.fixture
def window(session, qtbot):
    build_tree()
    runner = Runner()
    w = MainWindow(session, runner, settings.Settings())
    qtbot.addWidget(w)
    w.show()
    yield w
    runner.shutdown()


def test_the_date_filter_refuses_a_date_before_1970(session, qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.choose_period("custom")
    bar.date_from.setDate(QDate(1969, 12, 31))
    bar.date_to.setDate(QDate(9999, 1, 1))
    start, end = bar.days()
    assert start >= dt.date(1990, 1, 1) and end <= dt.date(2100, 1, 1)


def test_every_date_field_of_the_window_is_limited(window):
    for index in range(window.tabs.count()):  # tabs are built when first shown
        window.tabs.setCurrentIndex(index)
    edits = window.findChildren(QDateEdit)
    assert edits, "the tabs hold date fields"
    for edit in edits:
        assert edit.minimumDate() >= EPOCH_SAFE and edit.maximumDate() <= QDate(2099, 12, 31), edit.objectName()


def test_no_date_field_is_made_outside_the_shared_one():
    """Dialogs make their date fields with ui.kit.widgets.date_edit, which carries the limits."""
    ui = Path(__file__).resolve().parents[2] / "ui"
    makers = [p.relative_to(ui).as_posix() for p in ui.rglob("*.py") if "QDateEdit(" in p.read_text("utf-8")]
    assert makers == ["kit/widgets.py"]
