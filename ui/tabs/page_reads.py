"""What a page does when a read it made on the runner fails: an expected failure (a unit
outside the user's scope, a locked database) is one Chinese line in the tab's message bar,
anything else goes to the excepthook as it would on the window's thread."""

import sys

from app.errors import EXPECTED, user_message


def report_failure(tab, error: BaseException) -> None:
    if isinstance(error, EXPECTED) and getattr(tab, "message_bar", None) is not None:
        tab.message_bar.show_message(user_message(error), error=True)
    else:
        sys.excepthook(type(error), error, error.__traceback__)
