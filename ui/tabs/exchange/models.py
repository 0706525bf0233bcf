"""Tables of the data-exchange tab: bundle history, sites, conflicts, an import
plan; and the translated names of tables, kinds, directions and states."""

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.exchange.views import ConflictRow, HistoryRow, SiteState, stamp_ms
from ui import labels
from ui.kit.table_model import Column, TableModel

CONTEXT = "Exchange"
TABLES = {
    "org_unit": QT_TRANSLATE_NOOP("Exchange", "Organisation units"),
    "site": QT_TRANSLATE_NOOP("Exchange", "Sites"),
    "person": QT_TRANSLATE_NOOP("Exchange", "Persons"),
    "role_assignment": QT_TRANSLATE_NOOP("Exchange", "Role assignments"),
    "building": QT_TRANSLATE_NOOP("Exchange", "Buildings"),
    "unit": QT_TRANSLATE_NOOP("Exchange", "Stationed units"),
    "member": QT_TRANSLATE_NOOP("Exchange", "Party members"),
    "resident_group": QT_TRANSLATE_NOOP("Exchange", "Resident groups"),
    "resident": QT_TRANSLATE_NOOP("Exchange", "Residents"),
    "tag_def": QT_TRANSLATE_NOOP("Exchange", "Tags"),
    "resident_tag": QT_TRANSLATE_NOOP("Exchange", "Resident tags"),
    "central_household": QT_TRANSLATE_NOOP("Exchange", "Central households"),
    "central_household_link": QT_TRANSLATE_NOOP("Exchange", "Central household links"),
    "establishment": QT_TRANSLATE_NOOP("Exchange", "Shops and establishments"),
    "category": QT_TRANSLATE_NOOP("Exchange", "Categories"),
    "deadline_rule": QT_TRANSLATE_NOOP("Exchange", "Deadline rules"),
    "request": QT_TRANSLATE_NOOP("Exchange", "Requests"),
    "need": QT_TRANSLATE_NOOP("Exchange", "Needs"),
    "offer": QT_TRANSLATE_NOOP("Exchange", "Offers"),
    "service_order": QT_TRANSLATE_NOOP("Exchange", "Service orders"),
    "order_event": QT_TRANSLATE_NOOP("Exchange", "Order events"),
    "call_back": QT_TRANSLATE_NOOP("Exchange", "Call-backs"),
    "review_session": QT_TRANSLATE_NOOP("Exchange", "Review sessions"),
    "review_score": QT_TRANSLATE_NOOP("Exchange", "Review scores"),
    "attachment": QT_TRANSLATE_NOOP("Exchange", "Attachments"),
}
KINDS = {
    "up": QT_TRANSLATE_NOOP("Exchange", "Report up"),
    "down": QT_TRANSLATE_NOOP("Exchange", "Send down"),
    "recovery": QT_TRANSLATE_NOOP("Exchange", "Recovery"),
}
DIRECTIONS = {"in": QT_TRANSLATE_NOOP("Exchange", "Imported"), "out": QT_TRANSLATE_NOOP("Exchange", "Exported")}
STATUSES = {
    "written": QT_TRANSLATE_NOOP("Exchange", "Written and checked"),
    "imported": QT_TRANSLATE_NOOP("Exchange", "Imported"),
    "rejected": QT_TRANSLATE_NOOP("Exchange", "Rejected"),
    "nothing_new": QT_TRANSLATE_NOOP("Exchange", "Nothing new"),
}
KEY_STATES = {
    "none": QT_TRANSLATE_NOOP("Exchange", "No keys yet"),
    "unconfirmed": QT_TRANSLATE_NOOP("Exchange", "Not compared"),
    "confirmed": QT_TRANSLATE_NOOP("Exchange", "Compared"),
    "revoked": QT_TRANSLATE_NOOP("Exchange", "Revoked"),
    "relayed": QT_TRANSLATE_NOOP("Exchange", "Compared by the site it reports through"),
}
OUTCOME_NAMES = {
    "new": QT_TRANSLATE_NOOP("Exchange", "New"),
    "updated": QT_TRANSLATE_NOOP("Exchange", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("Exchange", "Unchanged"),
    "older": QT_TRANSLATE_NOOP("Exchange", "Older (ignored)"),
    "conflicts": QT_TRANSLATE_NOOP("Exchange", "Conflicts"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def name_of(table: dict, key: str) -> str:
    return tr(table[key]) if key in table else key


def local_time(value: dt.datetime | None) -> str:
    """A UTC time from the database, in local time."""
    if value is None:
        return ""
    return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def stamp_time(version: str) -> str:
    """When a record version was written (its clock stamp), in local time."""
    try:
        ms = stamp_ms(version)
    except (ValueError, TypeError):
        return version
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M:%S")


def summary(totals: dict[str, int]) -> str:
    parts = [f"{tr(OUTCOME_NAMES[k])} {v}" for k, v in totals.items() if v and k in OUTCOME_NAMES]
    return "，".join(parts) if parts else ""


def gaps(missing: list[int]) -> str:
    return "、".join(map(str, missing))


class HistoryModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(self.tr("Time"), lambda r: local_time(r.at)),
            Column(self.tr("Direction"), lambda r: name_of(DIRECTIONS, r.direction)),
            Column(self.tr("Site"), lambda r: r.peer),
            Column(self.tr("No."), lambda r: r.seq, right=True),
            Column(self.tr("Kind"), lambda r: name_of(KINDS, r.kind)),
            Column(self.tr("Records"), lambda r: summary(r.totals)),
            Column(self.tr("Status"), lambda r: name_of(STATUSES, r.status)),
            Column(self.tr("File"), lambda r: r.file_name),
        ], parent=parent)

    def set_rows(self, rows: list[HistoryRow]) -> None:
        super().set_rows(rows)


class SitesModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(self.tr("Site"), lambda s: s.name),
            Column(self.tr("Level"), lambda s: labels.site_level(s.level)),
            Column(self.tr("Last bundle received"), lambda s: local_time(s.last_in_at)[:10] or self.tr("never")),
            Column(self.tr("Through"), lambda s: s.via),
            Column(self.tr("No. received"), lambda s: s.last_in_seq, right=True),
            Column(self.tr("No. sent"), lambda s: s.last_out_seq, right=True),
            Column(self.tr("Missing numbers"), lambda s: gaps(s.missing)),
            Column(self.tr("Days since"), lambda s: "" if s.days_since is None else s.days_since, right=True),
            Column(self.tr("Keys"), lambda s: name_of(KEY_STATES, s.key_state)),
            Column(self.tr("Fingerprint"), lambda s: s.fingerprint),
        ], flag=self._flag, parent=parent)

    def _flag(self, s: SiteState):
        if s.key_state == "revoked":
            return "muted", self.tr("The keys of this site are revoked.")
        if s.stale:
            return "warn", (self.tr("This site has never sent a bundle.") if s.days_since is None
                            else self.tr("No bundle for %1 days.").replace("%1", str(s.days_since)))
        return None


class ConflictsModel(TableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(self.tr("Table"), lambda c: name_of(TABLES, c.table)),
            Column(self.tr("Record"), lambda c: c.label),
            Column(self.tr("Changed here"), lambda c: stamp_time(c.local_version)),
            Column(self.tr("Changed there"), lambda c: stamp_time(c.incoming_version)),
        ], parent=parent)

    def set_rows(self, rows: list[ConflictRow]) -> None:
        super().set_rows(rows)


class PlanModel(TableModel):
    """One row per table of an import plan: (table, {outcome: count})."""

    def __init__(self, parent=None):
        super().__init__([Column(self.tr("Table"), lambda r: name_of(TABLES, r[0]))] + [
            Column(tr(OUTCOME_NAMES[k]), lambda r, k=k: r[1].get(k, 0), right=True) for k in OUTCOME_NAMES
        ], flag=lambda r: ("warn", self.tr("Conflicts go to the conflict list.")) if r[1].get("conflicts") else None,
            parent=parent)

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        order = list(TABLES)
        self.set_rows(sorted(counts.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99))
