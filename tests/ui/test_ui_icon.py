"""The window carries GridDesk's emblem (title bar, taskbar, Alt+Tab), not Qt's default."""

from ui.app import make_application


def test_the_application_sets_the_window_icon(qapp):
    app = make_application()
    icon = app.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32
