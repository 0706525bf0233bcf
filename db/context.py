"""Who is writing: the local site and the signed-in user, read by every stamped write.

Set once after login (app.session); the demo generator and the CLI set it too.
"""

from collections.abc import Callable
from dataclasses import dataclass

from db.hlc import HybridClock, versioned


@dataclass
class WriteContext:
    site_id: str = ""
    user: str = "system"
    clock: HybridClock | None = None
    # app.scope.guard while a user limited to a subtree or to some kinds of record is signed in:
    # called as guard(model, values) before every insert or save, it raises to refuse the write
    guard: Callable | None = None

    def stamp(self) -> str:
        """A record version: the next clock stamp tagged with this site."""
        if self.clock is None:
            self.clock = HybridClock()
        return versioned(self.clock.tick(), self.site_id)

    def observe(self, stamp: str) -> None:
        if self.clock is None:
            self.clock = HybridClock()
        self.clock.observe(stamp)


current = WriteContext()


def check_write(model, values) -> None:
    if current.guard is not None:
        current.guard(model, values)


def set_writer(*, site_id: str | None = None, user: str | None = None) -> None:
    if site_id is not None:
        current.site_id = site_id
    if user is not None:
        current.user = user
