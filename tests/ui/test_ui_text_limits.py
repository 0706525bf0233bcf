"""The maximum of every text field is shown where it is typed (ui/kit/text_limits.py): line edits
take no more, multi-line boxes count "used/maximum" and drop what goes past it. The maxima are
the input dataclasses' (app.validators.text_field)."""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from app.grid.buildings import BuildingInput
from app.grid.residents import ResidentInput
from app.grid.units import EstablishmentInput
from app.mediation.activities import ActivityInput
from app.mediation.cases import CaseInput, PartyInput
from app.mediation.law import VisitInput
from app.mediation.meetings import MeetingInput
from app.orders.offers import OfferInput
from app.orders.requests import RequestInput
from app.support.members import MemberInput
from app.support.projects import ProjectInput
from app.support.services import ServiceInput
from app.support.teams import TeamInput
from app.support.units import UnitInput
from app.validators import max_length
from ui.kit.text_limits import LengthCounter


def dialogs(world) -> dict:
    """name -> (make the dialog, its input class, {field: attribute} where the names differ)."""
    from ui.tabs.grid import building_dialog, resident_dialog, unit_dialogs
    from ui.tabs.mediation import case_dialogs, law_dialogs
    from ui.tabs.mediation import dialogs as mediation_dialogs
    from ui.tabs.orders import offer_dialog, request_dialogs
    from ui.tabs.support import project_dialogs, team_dialogs
    from ui.tabs.support import unit_dialogs as support_units

    grid, root = world["grid_a"].uuid, world["com"].path
    return {
        "resident": (lambda: resident_dialog.ResidentDialog(grid), ResidentInput, {}),
        "building": (lambda: building_dialog.BuildingDialog(grid), BuildingInput, {}),
        "establishment": (lambda: unit_dialogs.EstablishmentDialog(grid), EstablishmentInput, {}),
        "request": (lambda: request_dialogs.RequestDialog(root), RequestInput,
                    {"requester_name": "name", "requester_phone": "phone"}),
        "offer": (lambda: offer_dialog.OfferDialog(root), OfferInput, {}),
        "visit": (lambda: law_dialogs.VisitDialog(root), VisitInput, {}),
        "case": (lambda: case_dialogs.CaseDialog(root), CaseInput, {}),
        "meeting": (lambda: mediation_dialogs.MeetingDialog(root), MeetingInput, {}),
        "activity": (lambda: mediation_dialogs.ActivityDialog(root), ActivityInput, {}),
        "project": (lambda: project_dialogs.ProjectDialog(root), ProjectInput, {}),
        "service": (lambda: project_dialogs.VolunteerServiceDialog(root), ServiceInput, {}),
        "team": (lambda: team_dialogs.TeamDialog("volunteer", root), TeamInput, {"leader_name": "leader"}),
        "unit": (lambda: support_units.RegisteredUnitDialog(root), UnitInput,
                 {"contact_name": "contact", "contact_phone": "phone"}),
        "member": (lambda: support_units.MemberDialog(root), MemberInput, {}),
    }


def shown_maximum(widget) -> int | None:
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit() if widget.isEditable() else None
    if isinstance(widget, QLineEdit):
        return widget.maxLength()
    if isinstance(widget, QPlainTextEdit):
        counter = widget.findChild(LengthCounter)
        return counter.maximum if counter else None
    return None


@pytest.mark.parametrize("name", ["resident", "building", "establishment", "request", "offer", "visit", "case",
                                  "meeting", "activity", "project", "service", "team", "unit", "member"])
def test_every_typed_text_field_shows_its_maximum(qtbot, orders_world, name):
    make, cls, renamed = dialogs(orders_world)[name]
    dialog = make()
    qtbot.addWidget(dialog)
    checked = 0
    for field in dataclasses.fields(cls):
        widget = getattr(dialog, renamed.get(field.name, field.name), None)
        typed = isinstance(widget, QLineEdit | QPlainTextEdit) or (isinstance(widget, QComboBox) and widget.isEditable())
        if "max_length" in field.metadata and typed:
            assert shown_maximum(widget) == max_length(cls, field.name), field.name
            checked += 1
    assert checked >= 1


def test_a_party_box_shows_the_maxima_of_a_party(qtbot, orders_world):
    from ui.tabs.mediation.case_dialogs import CaseDialog, PartyBox

    dialog = CaseDialog(orders_world["com"].path)
    qtbot.addWidget(dialog)
    box = dialog.findChild(PartyBox)
    assert box.name.maxLength() == max_length(PartyInput, "name") == 30
    assert box.id_number.maxLength() == max_length(PartyInput, "id_number")


def test_a_line_edit_refuses_typing_past_the_limit(qtbot, grids):
    from ui.tabs.grid.resident_dialog import ResidentDialog

    dialog = ResidentDialog(grids["grid_a"].uuid)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.address, "Dongguan Street No 1 " * 6)  # 126 characters typed (QTest types ASCII)
    assert dialog.address.text() == ("Dongguan Street No 1 " * 6)[:100]
    dialog.name.setText("王" * 29)
    qtbot.keyClicks(dialog.name, "ab")
    assert dialog.name.text() == "王" * 29 + "a"


def test_a_multi_line_box_counts_and_drops_what_goes_past_the_limit(qtbot, grids):
    from ui.tabs.orders.request_dialogs import RequestDialog

    dialog = RequestDialog(grids["com"].path)
    qtbot.addWidget(dialog)
    dialog.show()
    counter = dialog.content.findChild(LengthCounter)
    qtbot.keyClicks(dialog.content, "park")
    assert counter.text() == "4/1000"
    dialog.content.insertPlainText("漏" * 1200)  # a paste past the limit
    assert len(dialog.content.toPlainText()) == 1000 and counter.text() == "1000/1000"
    qtbot.keyClick(dialog.content, Qt.Key.Key_A)
    assert len(dialog.content.toPlainText()) == 1000 and dialog.content.toPlainText().startswith("park漏")


def test_the_dialog_shows_the_refusal_of_a_control_character(qtbot, grids):
    from db.models import Resident
    from ui.tabs.grid.resident_dialog import ResidentDialog

    dialog = ResidentDialog(grids["grid_a"].uuid)
    qtbot.addWidget(dialog)
    dialog.name.setText("王芳")
    dialog.address.setText("东关\x07街1号")  # pasted from somewhere
    dialog.accept()
    assert "地址" in dialog.error_text() and "U+0007" in dialog.error_text()
    assert dialog.result_value is None and not Resident.select().exists()
