"""The first-run wizard, driven as a user would: create a site, or open the demo data."""

import pytest

from app import auth
from app.session import close_session, open_session
from db.models import OrgUnit, Site
from ui.dialogs.first_run import FirstRunWizard
from ui.runner import Runner


@pytest.fixture
def wizard(qtbot, db_path):
    runner = Runner()
    w = FirstRunWizard(db_path, runner)
    qtbot.addWidget(w)
    w.show()
    yield w
    runner.shutdown()


def fill_site(w, *, name="城关街道办事处", level="subdistrict", code="611002001", admin="clerk",
              password="secret-1", again="secret-1"):
    page = w.site_page
    page.site_name.setText(name)
    page.level.setCurrentIndex(page.level.findData(level))
    page.code.setText(code)
    page.admin.setText(admin)
    page.password.setText(password)
    page.password2.setText(again)


def test_create_this_site(wizard, db_path):
    assert wizard.currentId() == FirstRunWizard.CHOICE
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.SITE
    fill_site(wizard)
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.SUMMARY
    result = wizard.result_value
    assert (result.kind, result.username, result.signed_in) == ("site", "clerk", True)
    assert "clerk" in wizard.summary.text.text()
    assert Site.get().level == "subdistrict"
    assert OrgUnit.get().code == "611002001"
    assert auth.current_user().username == "clerk"
    close_session()
    open_session(db_path)
    assert auth.login("clerk", "secret-1").role == "admin"


def test_errors_are_shown_next_to_the_field_and_no_file_is_left(wizard, db_path):
    wizard.next()
    fill_site(wizard, again="different")
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.SITE
    assert "两次输入的密码不一致" in wizard.site_page.errors["password"].text() or \
        "differ" in wizard.site_page.errors["password"].text()
    fill_site(wizard, code="bad code!")
    wizard.next()
    assert "编码“bad code!”不合规" in wizard.site_page.errors["code"].text()
    fill_site(wizard, password="123", again="123")
    wizard.next()
    assert "密码至少需要" in wizard.site_page.errors["password"].text()
    assert wizard.site_page.errors["password"].isVisible()
    assert not wizard.site_page.errors["code"].isVisible()
    fill_site(wizard, name="")
    wizard.next()
    assert "请填写名称" in wizard.site_page.errors["name"].text()
    assert not db_path.exists()


def test_open_the_demo_data(wizard, db_path):
    wizard.choice.open_demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.DEMO
    wizard.demo_page.scale.setCurrentIndex(wizard.demo_page.scale.findData("small"))
    wizard.next()
    assert wizard.currentId() == FirstRunWizard.SUMMARY, wizard.demo_page.error.text()
    result = wizard.result_value
    assert result.kind == "demo" and result.password
    assert result.password in wizard.summary.text.text()
    close_session()
    open_session(db_path)
    assert auth.login(result.username, result.password).role == "admin"
    assert OrgUnit.select().count() > 5


def test_join_the_district_with_an_enrolment_file(qtbot, district, tmp_path, monkeypatch):
    from app.exchange import enrol, identity
    from tests.exchange_helpers import at
    from ui import ask

    file = tmp_path / "east.enrol.json"
    with at(district):
        enrol.enroll("东关社区居委会", "community", "611002001001", file)
        district_fp = identity.my_keys().public().fingerprint()
    path = tmp_path / "east.sqlite3"
    runner = Runner()
    w = FirstRunWizard(path, runner)
    qtbot.addWidget(w)
    w.show()
    try:
        w.choice.join.setChecked(True)
        w.next()
        assert w.currentId() == FirstRunWizard.JOIN
        page = w.join_page
        bad = tmp_path / "bad.json"
        bad.write_text("{}", encoding="utf-8")
        monkeypatch.setattr(ask, "open_file", lambda *a: str(bad))
        page.choose()
        assert "登记文件" in page.errors["file"].text()
        w.next()
        assert w.currentId() == FirstRunWizard.JOIN and not path.exists()
        monkeypatch.setattr(ask, "open_file", lambda *a: str(file))
        page.choose()
        assert page.fingerprint.text() == district_fp and "东关社区居委会" in page.site.text()
        page.admin.setText("clerk")
        page.password.setText("secret-12")
        page.password2.setText("secret-12")
        page.compared.setChecked(True)  # the clerk compared the fingerprint by phone
        w.next()
        assert w.currentId() == FirstRunWizard.SUMMARY, page.errors["general"].text()
        assert (w.result_value.kind, w.result_value.username, w.result_value.signed_in) == ("site", "clerk", True)
    finally:
        runner.shutdown()
    close_session()
    open_session(path)
    assert Site.get_by_id(Site.select().where(Site.level == "community").get().uuid).name == "东关社区居委会"
    assert auth.login("clerk", "secret-12").role == "admin"
