"""The first-run wizard's last page: 完成 opens the workbench, and going back after the
site was made never makes it again nor deletes it (issue 17, points 1 and 2)."""

import pytest
from PySide6.QtWidgets import QWizard

from app.session import close_session, open_session
from db.models import Site
from tests.ui.test_ui_first_run import fill_site
from ui.dialogs.first_run import FirstRunWizard
from ui.runner import Runner


@pytest.fixture
def odd_path(tmp_path):
    folder = tmp_path / "街道 #1 %20 数据"
    folder.mkdir()
    return folder / "城关 #办 %d.sqlite3"


@pytest.fixture
def created(qtbot, odd_path):
    runner = Runner()
    w = FirstRunWizard(odd_path, runner)
    qtbot.addWidget(w)
    w.show()
    w.next()
    fill_site(w)
    w.next()
    assert w.currentId() == FirstRunWizard.SUMMARY
    yield w
    runner.shutdown()


def test_the_summary_page_is_the_last_and_finish_accepts(created, qtbot):
    finish = created.button(QWizard.WizardButton.FinishButton)
    assert created.summary.isFinalPage() and created.summary.nextId() == -1
    assert finish.isVisible() and finish.isEnabled()
    assert not created.button(QWizard.WizardButton.NextButton).isVisible()
    assert "完成" in created.summary.text.text() or "Finish" in created.summary.text.text()
    with qtbot.waitSignal(created.accepted):
        finish.click()
    assert created.currentId() == FirstRunWizard.SUMMARY  # never the join page
    assert created.result_value.kind == "site"


def test_no_back_button_after_the_site_is_made(created):
    assert not created.button(QWizard.WizardButton.BackButton).isVisible()
    assert not created.button(QWizard.WizardButton.CancelButton).isVisible()


def test_back_then_next_after_creation_keeps_the_database(created, odd_path):
    created.back()
    assert created.currentId() == FirstRunWizard.SITE
    created.next()
    assert created.currentId() == FirstRunWizard.SUMMARY
    assert not created.site_page.errors["general"].isVisible()
    assert odd_path.exists()
    close_session()
    open_session(odd_path)
    assert Site.get().name == "城关街道办事处"
