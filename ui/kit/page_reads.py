"""Pages whose rows are read on the tab's runner (issue 19: nothing that can take 100 ms
at `1m` runs on the window's thread). A page takes what its read needs from its widgets
on the window's thread, hands the read — a call of app/ functions — to the runner
through its own `Latest` (a newer read supersedes one under way; a late or superseded
result is dropped) and shows the rows when they are in. Without a runner (some tests)
the read runs here and now, as a direct call would."""

from collections.abc import Callable

from app.errors import EXPECTED, user_message
from ui.latest import Latest, _report


def read_later(tab, latest: Latest, read: Callable[[], object], show: Callable[[object], None]):
    """`read()` on the tab's runner, then `show(result)` here unless a newer read came first."""
    try:
        return latest.submit(tab.runner, lambda progress, cancelled: read(), show,
                             lambda error: read_failed(tab, error))
    except EXPECTED as exc:  # without a runner the read ran here and now
        read_failed(tab, exc)
        return None


def read_failed(tab, error: BaseException) -> None:
    """An expected failure (a record gone, a unit outside the user's scope, a locked database) is
    one Chinese line in the tab's message bar; any other goes to the excepthook, as a failure on
    the window's thread would."""
    if isinstance(error, EXPECTED) and getattr(tab, "message_bar", None) is not None:
        tab.message_bar.show_message(user_message(error), error=True)
    else:
        _report(error)
