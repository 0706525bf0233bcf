"""The version clock: stamps strictly increase, even when the wall clock jumps back."""

from hypothesis import given
from hypothesis import strategies as st

from db.hlc import ZERO, HybridClock, pack, unpack


class FakeWall:
    def __init__(self, readings):
        self.readings = list(readings)
        self.last = self.readings[0]

    def __call__(self):
        if self.readings:
            self.last = self.readings.pop(0)
        return self.last


@given(st.lists(st.integers(min_value=0, max_value=2**40), min_size=1, max_size=300))
def test_stamps_strictly_increase_whatever_the_wall_clock_does(readings):
    clock = HybridClock(wall=FakeWall(readings))
    stamps = [clock.tick() for _ in readings]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)


@given(st.integers(min_value=1, max_value=2**40), st.integers(min_value=0, max_value=2**40))
def test_clock_moves_past_an_observed_stamp(local_ms, remote_ms):
    clock = HybridClock(wall=lambda: local_ms)
    remote = pack(remote_ms, 7)
    clock.observe(remote)
    assert clock.tick() > remote


def test_counter_overflow_carries_into_milliseconds():
    clock = HybridClock(pack(1000, 0xFFFE), wall=lambda: 5)
    assert unpack(clock.tick()) == (1000, 0xFFFF)
    assert unpack(clock.tick()) == (1001, 0)


def test_stamp_format_sorts_like_the_tuple():
    assert pack(1, 0) > pack(0, 0xFFFF)
    assert len(pack(2**47, 3)) == 16
    assert unpack(ZERO) == (0, 0)


def test_clock_resumes_past_the_database_on_reopen(session, db_path):
    from app.session import close_session, open_session
    from db import context
    from db.models import OrgUnit

    OrgUnit.update(name="商州区").where(OrgUnit.code == "611002").execute()
    newest = OrgUnit.get(OrgUnit.code == "611002").version
    close_session()
    open_session(db_path)
    assert context.current.stamp() > newest
