"""One declarative state machine for every workflow (service orders, mediation
cases, co-building projects, linkage escalations).

A workflow declares, once: its states and actions with their Chinese names, the
transitions {action: {from_state: to_state}}, optional guards per action (a
function of the record returning a Chinese refusal, or an error to raise, or
None when it may go), how a refusal reads, and who writes its events. Then:

    machine.check(record, action)          -> the target state, or raise
    machine.move(record, action, note=...) -> the state before; the record's state is
                                              set (not saved) and the event recorded
    machine.allowed(record)                -> the actions allowed now (what the window offers)

A refusal is the workflow's `error` (InvalidTransition unless it says otherwise)
with its own Chinese message; a guard may return an error instance to raise
instead (e.g. PermissionDenied). Plain Python: no Qt, no database of its own.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.errors import Conflict, GridDeskError

Refusal = str | GridDeskError | None
Guard = Callable[[Any], Refusal]


class InvalidTransition(Conflict):
    """An action the record's state (or a guard of the workflow) does not allow; nothing changed."""

    code = "E_TRANSITION"


@dataclass(frozen=True)
class Machine:
    states: Mapping[str, str]  # key -> Chinese name
    actions: Mapping[str, str]  # key -> Chinese name (may name actions that are no transition, e.g. 登记)
    transitions: Mapping[str, Mapping[str, str]]  # action -> {from_state: to_state}
    refuse: Callable[[Any, str], str]  # (record, action) -> the Chinese message when no transition exists
    guards: Mapping[str, tuple[Guard, ...]] = field(default_factory=dict)  # action -> guards, checked in order
    write_event: Callable[..., None] | None = None  # (record, action, before, note, **extra)
    state_field: str = "state"
    error: type[GridDeskError] = InvalidTransition

    def __post_init__(self):
        for action, moves in self.transitions.items():
            unknown = {s for pair in moves.items() for s in pair} - set(self.states)
            if action not in self.actions or unknown:
                raise ValueError(f"workflow transition {action!r}: unknown action or states {unknown}")
        if set(self.guards) - set(self.transitions):
            raise ValueError(f"guards for actions that are no transition: {set(self.guards) - set(self.transitions)}")

    def state_of(self, record) -> str:
        return getattr(record, self.state_field)

    def refusal(self, record, action: str) -> GridDeskError | None:
        """Why `action` may not be taken on `record` now (None: it may)."""
        if self.state_of(record) not in self.transitions[action]:
            return self.error(self.refuse(record, action))
        for guard in self.guards.get(action, ()):
            found = guard(record)
            if found is not None:
                return self.error(found) if isinstance(found, str) else found
        return None

    def check(self, record, action: str) -> str:
        """The state `action` leads to from the record's state; raises the refusal otherwise."""
        refused = self.refusal(record, action)
        if refused is not None:
            raise refused
        return self.transitions[action][self.state_of(record)]

    def move(self, record, action: str, note: str | None = None, **extra) -> str:
        """Check, set the record's state (the caller saves) and record the event; returns the state before."""
        target = self.check(record, action)
        before = self.state_of(record)
        setattr(record, self.state_field, target)
        if self.write_event is not None:
            self.write_event(record, action, before, note, **extra)
        return before

    def allowed(self, record) -> set[str]:
        """The actions whose transition exists from the record's state and whose guards all pass."""
        return {action for action in self.transitions if self.refusal(record, action) is None}
