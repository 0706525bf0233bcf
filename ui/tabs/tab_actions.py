"""What every tab's action helper shares: the tab's message bar and the write check
that tells a viewer why nothing happened."""

from PySide6.QtCore import QObject

from app import auth
from app.errors import EXPECTED, user_message


class TabActions(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab

    def _bar(self):
        return self.tab.message_bar

    def may_write(self) -> bool:
        """True if the signed-in user may write; otherwise say why in the message bar."""
        try:
            auth.require("write")
        except EXPECTED as exc:
            self._bar().show_message(user_message(exc), error=True)
            return False
        return True

    _may_write = may_write
