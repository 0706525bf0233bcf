"""Who is writing: the local site and the signed-in user, read by every stamped write.

Set once after login (app.session); the demo generator and the CLI set it too.
"""

from dataclasses import dataclass

from db.hlc import HybridClock


@dataclass
class WriteContext:
    site_id: str = ""
    user: str = "system"
    clock: HybridClock | None = None

    def stamp(self) -> str:
        if self.clock is None:
            self.clock = HybridClock()
        return self.clock.tick()

    def observe(self, stamp: str) -> None:
        if self.clock is None:
            self.clock = HybridClock()
        self.clock.observe(stamp)


current = WriteContext()


def set_writer(*, site_id: str | None = None, user: str | None = None) -> None:
    if site_id is not None:
        current.site_id = site_id
    if user is not None:
        current.user = user
