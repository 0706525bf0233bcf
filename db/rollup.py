"""Monthly roll-ups of the daily figures, kept current by triggers in the writing transaction.

A fact is a table whose rows are counted by month (the local month of one time column,
Asia/Shanghai, UTC+8: `month_sql()` and `month_key()` are the one definition of the bucket)
and by org unit, with one 0/1 measure per figure. The roll-up table holds, per (unit, month[,
category]), the sums of the measures over the rows; a trigger adds a row's measures when it
is inserted and moves them (minus the old, plus the new) when a counted column changes, so a
save, a bulk update, a raw UPDATE, an import, a tombstone, a merge or a state move all keep it
right, and a rolled-back write leaves nothing behind.

- request: unit = the community above the request's grid (climbing at most two parents; a
  request filed above a community is kept under its own unit), so the roll-up answers the
  subtrees of communities and above; when an org unit changes its parent or level the request
  roll-up is rebuilt (rare: the district edits the tree);
- service_order: unit = its community, by the month of dispatch;
- call_back: unit = its order's community, by the month of the call; an order moved to
  another community moves its call-backs' counts along;
- request_all: the whole tree's requests per month and category (unit ''): what the district's
  start page and orders tab read (a year: 16 categories x 12 months instead of 260 communities'
  37,000 rows); needs no rebuild when the tree changes.

The roll-ups are local derived data: never synced (not SyncModels), rebuilt by `rebuild()`
when their definition changes (db/schema.py keeps a digest in meta) and checked by `verify()`.
"""

import datetime as dt
import hashlib
from dataclasses import dataclass

LOCAL_OFFSET = dt.timedelta(hours=8)  # Asia/Shanghai: no daylight saving since 1991


def month_sql(column: str) -> str:
    """The local month ('YYYY-MM') of a stored UTC time, in SQL."""
    return f"COALESCE(strftime('%Y-%m', {column}, '+8 hours'), '')"


def month_key(utc: dt.datetime) -> str:
    """The local month of a UTC time, as month_sql() computes it."""
    return (utc + LOCAL_OFFSET).strftime("%Y-%m")


def month_start(key: str) -> dt.datetime:
    """The UTC time at which a local month ('YYYY-MM') begins."""
    return dt.datetime(int(key[:4]), int(key[5:7]), 1) - LOCAL_OFFSET


COMMUNITY = 2  # db.models.Level.COMMUNITY (db/ does not import the models here)
_CLIMB = ("(SELECT CASE WHEN u.level = {c} THEN u.uuid WHEN p.level = {c} THEN p.uuid WHEN q.level = {c} THEN q.uuid "
          "ELSE u.uuid END FROM org_unit u LEFT JOIN org_unit p ON p.uuid = u.parent_uuid "
          "LEFT JOIN org_unit q ON q.uuid = p.parent_uuid WHERE u.uuid = {unit})")


@dataclass(frozen=True)
class Fact:
    table: str
    unit: str  # SQL of the unit key over the row alias {r}
    org: str  # the row's own org column (the scans' subtree condition)
    at: str  # the time column the month is taken from
    measures: dict[str, str]  # name -> condition over {r}
    keys: tuple[str, ...] = ()  # further key columns copied from the row
    unit_map: str = ""  # for a recount: SELECT (key, unit) for every org unit, joined instead of `unit` per row
    name: str = ""  # the roll-up's own name when a table has more than one (rollup_<name>)

    @property
    def rollup(self) -> str:
        return f"rollup_{self.name or self.table}"

    def watched(self) -> list[str]:
        """The row's columns a measure, the unit or the month depend on."""
        text = " ".join([self.unit, *self.measures.values()])
        found = {c for c in COLUMNS[self.table] if "{r}." + c in text}
        return sorted(found | {self.org, self.at, *self.keys})

    def key_values(self, row: str) -> list[str]:
        """The unit, month and keys of one row (`NEW`, `OLD` or an alias)."""
        return [f"COALESCE({self.unit.format(r=row)}, '')", month_sql(f"{row}.{self.at}"),
                *[f"{row}.{k}" for k in self.keys]]

    def measure_values(self, row: str, sign: str = "") -> list[str]:
        return [f"{sign}(CASE WHEN {m.format(r=row)} THEN 1 ELSE 0 END)" for m in self.measures.values()]

    def columns(self) -> list[str]:
        return ["unit_uuid", "month", *self.keys, *self.measures]


COLUMNS = {
    "request": ("deleted", "state", "kind", "closed_at", "due_at"),
    "service_order": ("deleted", "state", "responded_at", "respond_by", "completed_at", "complete_by"),
    "call_back": ("deleted", "resolved", "satisfaction", "order_uuid"),
    "escalation": ("deleted", "unit_uuid", "from_unit_uuid", "escalated_at"),
}
_LIVE_REQUEST = "{r}.deleted = 0 AND {r}.state != 'merged'"
_QUICK = _LIVE_REQUEST + " AND {r}.kind IN ('reply', 'transfer')"
_LIVE_ORDER = "{r}.deleted = 0 AND {r}.state NOT IN ('returned', 'cancelled')"
_DONE = "{r}.deleted = 0 AND {r}.completed_at IS NOT NULL"
REQUEST = Fact("request", _CLIMB.format(c=COMMUNITY, unit="{r}.grid_uuid"), "grid_uuid", "received_at", {
    "live": "{r}.deleted = 0", "n": _LIVE_REQUEST, "quick": _QUICK,
    "quick_on_time": _QUICK + " AND {r}.closed_at <= {r}.due_at"}, ("category",),
    "SELECT o.uuid AS key, " + _CLIMB.format(c=COMMUNITY, unit="o.uuid") + " AS unit FROM org_unit o")
ORDER = Fact("service_order", "{r}.community_uuid", "community_uuid", "dispatched_at", {
    "n": "{r}.deleted = 0",
    "responded": "{r}.deleted = 0 AND {r}.responded_at IS NOT NULL AND {r}.responded_at <= {r}.respond_by",
    "live": _LIVE_ORDER, "live_done": _LIVE_ORDER + " AND {r}.completed_at IS NOT NULL",
    "done": _DONE, "done_on_time": _DONE + " AND {r}.completed_at <= {r}.complete_by"})
CALL_BACK = Fact("call_back", "(SELECT o.community_uuid FROM service_order o WHERE o.uuid = {r}.order_uuid)",
                 "order_uuid", "at", {
                     "n": "{r}.deleted = 0", "resolved": "{r}.deleted = 0 AND {r}.resolved = 1",
                     "satisfied": "{r}.deleted = 0 AND {r}.satisfaction IN ('satisfied', 'basic')"})
REQUEST_ALL = Fact("request", "''", "grid_uuid", "received_at", REQUEST.measures, ("category",), name="request_all")
_STEPS = ("FROM escalation_step s JOIN_HERE WHERE s.escalation_uuid = {r}.uuid AND s.deleted = 0 "
          "AND s.action = 'escalate'")  # the hops after the first: app.linkage.status.of()
_SENT_FROM = ("((SELECT level FROM org_unit WHERE uuid = {r}.from_unit_uuid) <= LEVEL OR EXISTS (SELECT 1 "
              + _STEPS.replace("JOIN_HERE", "JOIN org_unit o ON o.uuid = s.acting_unit_uuid") + " AND o.level <= LEVEL))")
_LAST_HOP = ("COALESCE((SELECT s.acting_unit_uuid " + _STEPS.replace("JOIN_HERE ", "")
             + " ORDER BY s.at DESC, s.uuid DESC LIMIT 1), {r}.from_unit_uuid)")
_UP = " ".join(f"WHEN {a}.level < u.level AND {a}.level <= {COMMUNITY} THEN {a}.level" for a in "pqg")
_HOLDER = (f"(SELECT CASE {_UP} END FROM org_unit u LEFT JOIN org_unit p ON p.uuid = u.parent_uuid "
           "LEFT JOIN org_unit q ON q.uuid = p.parent_uuid LEFT JOIN org_unit g ON g.uuid = q.parent_uuid "
           "WHERE u.uuid = " + _LAST_HOP + ")")  # app.linkage.levels.next_up of the last hop (None above the district)
ESCALATION = Fact("escalation", "{r}.unit_uuid", "unit_uuid", "escalated_at", {
    "n": "{r}.deleted = 0",
    "left_community": "{r}.deleted = 0 AND " + _SENT_FROM.replace("LEVEL", str(COMMUNITY)),
    "left_subdistrict": "{r}.deleted = 0 AND " + _SENT_FROM.replace("LEVEL", str(COMMUNITY - 1)),
    "held_community": "{r}.deleted = 0 AND " + _HOLDER + f" = {COMMUNITY}",
    "held_subdistrict": "{r}.deleted = 0 AND " + _HOLDER + f" = {COMMUNITY - 1}",
    "held_district": "{r}.deleted = 0 AND COALESCE(" + _HOLDER + ", 0) = 0"})
FIRST = (REQUEST, ORDER, CALL_BACK)  # migration 0026's roll-ups, one digest for the three (see stale())
FACTS = (*FIRST, REQUEST_ALL, ESCALATION)  # in the order they were added (see stale())
WHOLE_TREE = {"request": REQUEST_ALL}  # table -> the roll-up of the whole tree (no unit)


def _upsert(fact: Fact, values: list[str]) -> str:
    columns = fact.columns()
    added = ", ".join(f'"{m}" = "{m}" + excluded."{m}"' for m in fact.measures)
    key = ", ".join(c for c in columns if c not in fact.measures)
    return (f'INSERT INTO "{fact.rollup}" ({", ".join(columns)}) VALUES ({", ".join(values)}) '
            f"ON CONFLICT ({key}) DO UPDATE SET {added};")


def _row(fact: Fact, row: str, sign: str = "") -> list[str]:
    return fact.key_values(row) + fact.measure_values(row, sign)


def _fact_triggers(fact: Fact) -> list[str]:
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in fact.watched())
    return [
        f'CREATE TRIGGER "{fact.rollup}_ai" AFTER INSERT ON "{fact.table}" WHEN NEW.deleted = 0 BEGIN '
        f"{_upsert(fact, _row(fact, 'NEW'))} END",
        f'CREATE TRIGGER "{fact.rollup}_au" AFTER UPDATE ON "{fact.table}" WHEN {changed} BEGIN '
        f"{_upsert(fact, _row(fact, 'OLD', '-'))} {_upsert(fact, _row(fact, 'NEW'))} END",
    ]


def _moved_triggers(facts: tuple[Fact, ...] = ()) -> list[str]:
    """An order moved to another community takes its call-backs' counts along; an org unit that
    changes its parent or level may change the community of any request: rebuild that roll-up."""
    added = ", ".join(f'"{m}" = "{m}" + excluded."{m}"' for m in CALL_BACK.measures)
    body = " ".join(
        f'INSERT INTO "{CALL_BACK.rollup}" ({", ".join(CALL_BACK.columns())}) SELECT COALESCE({row}.community_uuid, '
        f"''), {month_sql('c.at')}, {', '.join(sign + 'SUM' + m for m in CALL_BACK.measure_values('c'))} "
        f"FROM call_back c WHERE c.order_uuid = NEW.uuid AND c.deleted = 0 GROUP BY 2 "
        f"ON CONFLICT (unit_uuid, month) DO UPDATE SET {added};"
        for sign, row in (("-", "OLD"), ("", "NEW")))
    return [
        f'CREATE TRIGGER "{CALL_BACK.rollup}_order_moved" AFTER UPDATE OF community_uuid ON service_order '
        f"WHEN OLD.community_uuid IS NOT NEW.community_uuid BEGIN {body} END",
        f'CREATE TRIGGER "{REQUEST.rollup}_org_moved" AFTER UPDATE ON org_unit '
        f"WHEN OLD.parent_uuid IS NOT NEW.parent_uuid OR OLD.level IS NOT NEW.level BEGIN "
        f"{' '.join(_rebuild_sql(REQUEST))} END",
    ] + (_escalation_triggers() if ESCALATION in facts else [])


def _escalation_triggers() -> list[str]:
    """A step that escalates further changes its escalation's hops and holder: its counts are taken
    away before the step is written and added back after; a move in the tree recounts the roll-up."""
    columns = ", ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in ("deleted", "escalation_uuid", "acting_unit_uuid",
                                                                 "action", "at"))
    escalate = "(NEW.action = 'escalate'{})"
    out = []
    for when, rows, which in (("INSERT", "NEW.escalation_uuid", escalate.format("")),
                              ("UPDATE", "OLD.escalation_uuid, NEW.escalation_uuid",
                               escalate.format(" OR OLD.action = 'escalate'") + f" AND ({columns.replace(', ', ' OR ')})")):
        for moment, sign in (("BEFORE", "-"), ("AFTER", "")):
            out.append(f'CREATE TRIGGER "{ESCALATION.rollup}_step_{moment.lower()}_{when.lower()}" {moment} {when} '
                       f"ON escalation_step WHEN {which} BEGIN {_upsert_from(rows, sign)} END")
    return out + [f'CREATE TRIGGER "{ESCALATION.rollup}_org_moved" AFTER UPDATE ON org_unit '
                  f"WHEN OLD.parent_uuid IS NOT NEW.parent_uuid OR OLD.level IS NOT NEW.level BEGIN "
                  f"{' '.join(_rebuild_sql(ESCALATION))} END"]


def _upsert_from(uuids: str, sign: str) -> str:
    added = ", ".join(f'"{m}" = "{m}" + excluded."{m}"' for m in ESCALATION.measures)
    return (f'INSERT INTO "{ESCALATION.rollup}" ({", ".join(ESCALATION.columns())}) '
            f"SELECT {', '.join(_row(ESCALATION, 'e', sign))} FROM escalation e "
            f"WHERE e.uuid IN ({uuids}) AND e.deleted = 0 ON CONFLICT (unit_uuid, month) DO UPDATE SET {added};")


def trigger_sql() -> list[str]:
    return [sql for fact in FACTS for sql in _fact_triggers(fact)] + _moved_triggers(FACTS)


def _rebuild_sql(fact: Fact) -> list[str]:
    return [f'DELETE FROM "{fact.rollup}";', f'INSERT INTO "{fact.rollup}" ({", ".join(fact.columns())}) '
            f"SELECT {_recount(fact)};"]


def _recount(fact: Fact) -> str:
    """What follows SELECT in a statement recounting a roll-up's rows from its table."""
    keys = fact.key_values("r")
    sums = [f"SUM{m}" for m in fact.measure_values("r")]
    group = ", ".join(str(i + 1) for i in range(len(keys)))
    source = f'"{fact.table}" r'
    if fact.unit_map:  # one climb per org unit instead of one per row (1,000,000 requests: 57 s -> a few)
        keys[0] = "COALESCE(m.unit, '')"
        source += f" LEFT JOIN ({fact.unit_map}) m ON m.key = r.{fact.org}"
    return f'{", ".join(keys + sums)} FROM {source} WHERE r.deleted = 0 GROUP BY {group}'


def digest(facts: tuple[Fact, ...] = FACTS) -> str:
    """Changes whenever a definition does: the stored roll-ups are then rebuilt."""
    triggers = [sql for fact in facts for sql in _fact_triggers(fact)] + _moved_triggers(facts)
    return hashlib.sha256("\n".join(triggers + [s for f in facts for s in _rebuild_sql(f)]).encode()).hexdigest()


def stale(stored: str | None) -> tuple[Fact, ...]:
    """The roll-ups to recount for the digest stored in a file: none when it is current; only the
    ones added since when it is the digest of an earlier set (the first three of migration 0026,
    then each one added: the 1,000,000 requests' roll-up is not counted again); else all."""
    for size in range(len(FACTS), len(FIRST) - 1, -1):
        if stored == digest(FACTS[:size]):
            return FACTS[size:]
    return FACTS


def rebuild(db, facts: tuple[Fact, ...] = FACTS) -> None:
    """Recount the roll-ups from their tables (the caller holds the transaction)."""
    for fact in facts:
        for sql in _rebuild_sql(fact):
            db.execute_sql(sql)


def verify(db) -> list[str]:
    """The roll-ups whose stored sums differ from a recount (empty when all agree)."""
    wrong = []
    for fact in FACTS:
        measures = ", ".join(f'"{m}"' for m in fact.measures)
        keys = ", ".join(c for c in fact.columns() if c not in fact.measures)
        stored = (f'SELECT {keys}, {measures} FROM "{fact.rollup}" WHERE NOT ('
                  + " AND ".join(f'"{m}" = 0' for m in fact.measures) + ")")
        fresh = _recount(fact)
        sql = (f"SELECT (SELECT COUNT(*) FROM ({stored} EXCEPT SELECT {fresh})) "
               f"+ (SELECT COUNT(*) FROM (SELECT {fresh} EXCEPT {stored}))")
        if db.execute_sql(sql).fetchone()[0]:
            wrong.append(fact.rollup)
    return wrong
