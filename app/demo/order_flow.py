"""A service order's life, simulated up to "now" and written as the rows
app/orders/service.py would have left: the order, one OrderEvent per transition
(from/to states only as service.TRANSITIONS, its machine's table, allows: a move it
lacks is a KeyError), call-backs, supervision.

Fates: most orders are accepted (96% by the response deadline), contacted
(70%), completed (94% by the completion deadline; late ones are often
supervised 督办) and closed by a satisfied or basically satisfied call-back.
A few are returned 退单 (the need is dispatched again), cancelled 撤销 (the
community then handles the need itself), or sent back for redo after an
unsatisfied call-back 退回重办. Whatever would happen after `season.NOW` does
not happen, so the newest orders are still open.
"""

import contextlib
import datetime as dt
from dataclasses import dataclass, field

from app.demo import order_texts as texts
from app.demo.season import NOW
from app.orders.service import TRANSITIONS
from db.models import CallBack, OrderEvent, ServiceOrder

FATES = (("normal", 0.955), ("redo", 0.028), ("return", 0.01), ("cancel", 0.007))
HOUR = dt.timedelta(hours=1)
BY = "admin"


class _Stop(Exception):
    """The next step would happen after now."""


@dataclass
class Outcome:
    order: dict
    end: str  # closed / returned / cancelled / open
    at: dt.datetime | None = None  # when it ended (closed, returned or cancelled)
    events: list[dict] = field(default_factory=list)
    callbacks: list[dict] = field(default_factory=list)


class Flow:
    def __init__(self, rng, new_id, add):
        self.rng, self.new_id, self.add = rng, new_id, add

    def fate(self) -> str:
        r, total = self.rng.random(), 0.0
        for name, share in FATES:
            total += share
            if r < total:
                return name
        return "normal"

    def run(self, order: dict, fate: str, respond: dt.timedelta, complete: dt.timedelta) -> Outcome:
        """Simulate `order` (a ServiceOrder row in state dispatched); `write` its rows later."""
        out = Outcome(order, "open")
        self._event(out, "dispatch", order["dispatched_at"], None)
        with contextlib.suppress(_Stop):  # the rest would happen after now
            self._life(out, fate, respond, complete)
        return out

    def write(self, out: Outcome) -> None:
        self.add(ServiceOrder, out.order)
        for row in out.events:
            self.add(OrderEvent, row)
        for row in out.callbacks:
            self.add(CallBack, row)

    def _life(self, out: Outcome, fate: str, respond: dt.timedelta, complete: dt.timedelta) -> None:
        rng, o = self.rng, out.order
        start = o["dispatched_at"]
        if fate == "return":
            at = self._move(out, "return", start + respond * rng.uniform(0.1, 0.8), rng.choice(texts.RETURN_REASONS))
            o["responded_at"], o["return_reason"], out.end, out.at = at, out.events[-1]["note"], "returned", at
            return
        late = rng.random() < 0.04
        at = start + respond * (rng.uniform(1.05, 2.5) if late else rng.uniform(0.05, 0.95))
        if fate == "cancel" and rng.random() < 0.4:
            self._cancel(out, at)
            return
        o["responded_at"] = self._move(out, "accept", at)
        if fate == "cancel":
            self._cancel(out, at + HOUR * rng.uniform(2, 48))
            return
        if rng.random() < 0.7:
            note = rng.choice(texts.CONTACTS)
            at = self._move(out, "contact", at + HOUR * rng.uniform(0.5, 20), note)
            o["contact_note"] = note
        self._complete(out, at)
        at = self._call_back(out, "unsatisfied" if fate in ("redo", "redo_open") else None, complete)
        if fate == "redo_open":
            return  # left waiting for the restart
        if fate == "redo":
            at = self._move(out, "restart", at + HOUR * rng.uniform(2, 30))
            self._complete(out, at)
            self._call_back(out, None, complete)

    def _cancel(self, out: Outcome, at: dt.datetime) -> None:
        self._move(out, "cancel", at, self.rng.choice(texts.CANCEL_REASONS))
        out.end, out.at = "cancelled", at

    def _complete(self, out: Outcome, at: dt.datetime) -> None:
        rng, o = self.rng, out.order
        deadline = o["complete_by"]
        if rng.random() < 0.94 and deadline > at:
            done = at + (deadline - at) * rng.uniform(0.1, 0.92)
        else:
            done = max(deadline, at) + HOUR * rng.uniform(3, 120)
            check = deadline + HOUR * rng.uniform(1, 24)
            if check < done and rng.random() < 0.6:
                self._supervise(out, check)
        o["completed_at"] = self._move(out, "complete", done)
        o["result"], o["feedback"] = rng.choice(texts.RESULTS), rng.choice(texts.RESULT_FEEDBACK)

    def _supervise(self, out: Outcome, at: dt.datetime) -> None:
        if at > NOW:
            raise _Stop
        out.order["supervised"] = True
        out.order["state"] = TRANSITIONS["supervise"][out.order["state"]]  # stays; only an open order is supervised
        self._event(out, "supervise", at, out.order["state"], self.rng.choice(texts.SUPERVISION))

    def _call_back(self, out: Outcome, satisfaction: str | None, complete: dt.timedelta) -> dt.datetime:
        rng, o = self.rng, out.order
        at = o["completed_at"] + HOUR * rng.uniform(4, 72)
        if at > NOW:
            raise _Stop
        satisfaction = satisfaction or ("satisfied" if rng.random() < 0.83 else "basic")
        resolved = satisfaction == "satisfied" or (satisfaction == "basic" and rng.random() < 0.8)
        comment = rng.choice(texts.UNSATISFIED) if satisfaction == "unsatisfied" else rng.choice(texts.SATISFIED)
        out.callbacks.append({"uuid": self.new_id(), "order": o["uuid"], "at": at, "satisfaction": satisfaction,
                              "resolved": resolved, "comment": comment})
        if satisfaction == "unsatisfied":
            self._move(out, "callback_unsatisfied", at, comment)
            o["redo_count"] += 1
            o["complete_by"] = at + complete
        else:
            self._move(out, "callback_ok", at, comment)
            o["closed_at"], out.end, out.at = at, "closed", at
        return at

    def _move(self, out: Outcome, action: str, at: dt.datetime, note: str | None = None) -> dt.datetime:
        if at > NOW:
            raise _Stop
        at = at.replace(microsecond=0)
        before = out.order["state"]
        out.order["state"] = TRANSITIONS[action][before]
        self._event(out, action, at, before, note)
        return at

    def _event(self, out: Outcome, action: str, at: dt.datetime, before: str | None, note: str | None = None) -> None:
        out.events.append({"uuid": self.new_id(), "order": out.order["uuid"], "at": at, "action": action,
                           "from_state": before, "to_state": out.order["state"], "by": BY, "note": note})
