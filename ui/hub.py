"""Broadcast what changed (Anki's OpChanges + operation_did_execute).

After a write, the widget that asked for it calls `hub.did_change(Changes(...))`;
every tab listens to `hub.changed` and refreshes what concerns it. No tab reaches
into another.
"""

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    org: bool = False  # the organisation tree
    people: bool = False  # persons and role assignments
    roster: bool = False  # residents, buildings, stationed units and shops
    site: bool = False  # this site's identity
    backup: bool = False  # a backup was written
    orders: bool = False  # requests, needs, offers, service orders, reviews (四单)
    exchange: bool = False  # bundles in and out, site keys, conflicts (数据交换)
    mediation: bool = False  # mediation cases, meetings, activities, law log (调解与议事)
    funds: bool = False  # fund standards, branches, ledger entries, closed periods (经费台账)
    support: bool = False  # units, members, teams, projects, volunteer and proxy services, posts (四重支持)

    def any(self) -> bool:
        return (self.org or self.people or self.roster or self.site or self.backup or self.orders or self.exchange
                or self.mediation or self.funds or self.support)


class Hub(QObject):
    changed = Signal(object)  # Changes

    def did_change(self, changes: Changes) -> None:
        if changes.any():
            self.changed.emit(changes)
