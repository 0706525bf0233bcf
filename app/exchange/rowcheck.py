"""Every column of an incoming row against the schema the models declare.

A row is a JSON object of raw column values. Each column has a type and a rule
(docs/bundle-format.md, "The sync layer"): text is a string, integers are JSON
integers (never true/false), booleans 0 or 1, dates `YYYY-MM-DD`, times
`YYYY-MM-DD HH:MM:SS[.ffffff]` (UTC, never more than a day ahead), keys and
references lowercase canonical UUIDs, versions a stamp and a site tag. A NOT
NULL column is present and not null in a new row, and never set to null. A row
that breaks a rule is E_ROW naming the table, the uuid and the column.

`bad_values()` runs the same rules as SQL over a stored table (for `check`).
"""

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from peewee import BooleanField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.exchange.errors import BundleError
from app.exchange.tables import MODELS
from app.validators import has_invisible

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
VERSION = re.compile(r"[0-9a-f]{16}-[0-9a-f]{8}")
SHA256 = re.compile(r"[0-9a-f]{64}")
DATE = re.compile(r"\d{4}-\d\d-\d\d")
TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?")
MAX_INT = 2 ** 63 - 1
MAX_TEXT = 1_000_000  # characters: far above any field the app writes
AHEAD = dt.timedelta(days=1)
STAMPED = ("created_at", "updated_at")
# columns whose values come from a fixed list (the app writes only these)
CHOICES = {("resident", "gender"): ("M", "F")}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text / int / bool / date / time / uuid / version / sha256
    nullable: bool


def _kind(name: str, field) -> str:
    if name == "version":
        return "version"
    if name in ("uuid", "origin_site") or isinstance(field, ForeignKeyField):
        return "uuid"
    if name == "sha256":
        return "sha256"
    for cls, kind in ((BooleanField, "bool"), (IntegerField, "int"), (DateTimeField, "time"),
                      (DateField, "date"), (TextField, "text")):
        if isinstance(field, cls):
            return kind
    raise TypeError(f"no rule for {type(field).__name__}")


@cache
def schema(table: str) -> dict[str, Column]:
    model = MODELS[table]
    return {f.column_name: Column(f.column_name, _kind(f.column_name, f), bool(f.null))
            for f in model._meta.sorted_fields}


def _text(value) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT and (value.isprintable() or not has_invisible(value))


def _int(value) -> bool:
    return type(value) is int and -MAX_INT <= value <= MAX_INT


def _bool(value) -> bool:
    return type(value) is int and value in (0, 1)


def _matching(pattern: re.Pattern, parse=None):
    def check(value) -> bool:
        return isinstance(value, str) and pattern.fullmatch(value) is not None and (parse is None or _real(parse, value))
    return check


def _real(parse, value: str) -> bool:
    try:
        parse(value)
    except ValueError:
        return False
    return True


CHECKS = {"text": _text, "int": _int, "bool": _bool, "uuid": _matching(UUID), "version": _matching(VERSION),
          "sha256": _matching(SHA256), "date": _matching(DATE, dt.date.fromisoformat),
          "time": _matching(TIME, dt.datetime.fromisoformat)}


@cache
def _rules(table: str) -> tuple[dict, list[str]]:
    """name -> (nullable, check, allowed values or None); the NOT NULL columns (once per table: a
    recovery bundle checks millions of rows)."""
    columns = schema(table).values()
    rules = {c.name: (c.nullable, CHECKS[c.kind], CHOICES.get((table, c.name))) for c in columns}
    return rules, [c.name for c in columns if not c.nullable]


def check_row(table: str, row: dict, *, new: bool, now: dt.datetime) -> None:
    """Raise E_ROW for the first column of `row` that breaks its rule."""
    rules, required = _rules(table)
    for name, value in row.items():
        rule = rules.get(name)
        if rule is None:
            raise _bad(table, row, name, "unknown column")
        if value is None:
            if not rule[0]:
                raise _bad(table, row, name, "null in a NOT NULL column")
            continue
        if not rule[1](value) or (rule[2] is not None and value not in rule[2]):
            raise _bad(table, row, name, f"not a valid {schema(table)[name].kind}")
    if new:
        absent = [name for name in required if name not in row]
        if absent:
            raise _bad(table, row, absent[0], "NOT NULL column missing in a new row")
    for name in STAMPED:
        if isinstance(row.get(name), str) and dt.datetime.fromisoformat(row[name]) > now + AHEAD:
            raise _bad(table, row, name, "time in the future")


def _bad(table: str, row: dict, column: str, why: str) -> BundleError:
    return BundleError("E_ROW", f"{table} {row.get('uuid')}: column {column}: {why}",
                       f"数据包中的记录（{table} 表的 {column} 字段）格式不对，已整体拒收。"
                       "请让对方升级到同一版本、运行“检查数据库”后重新导出。")


_INVISIBLE_GLOB = "*[" + "".join(map(chr, [*range(1, 9), 11, 12, *range(14, 32), 127, *range(0x202A, 0x202F),
                                              *range(0x2066, 0x206A)])) + "]*"
_SQL = {
    "text": "typeof({c}) != 'text' OR {c} GLOB '" + _INVISIBLE_GLOB + "'",
    "int": "typeof({c}) != 'integer'",
    "bool": "({c}) NOT IN (0, 1) OR typeof({c}) != 'integer'",
    "uuid": "typeof({c}) != 'text' OR length({c}) != 36 OR {c} GLOB '*[^0-9a-f-]*'",
    "version": "typeof({c}) != 'text' OR length({c}) != 25 OR substr({c}, 17, 1) != '-' "
               "OR {c} GLOB '*[^0-9a-f-]*'",
    "sha256": "typeof({c}) != 'text' OR length({c}) != 64 OR {c} GLOB '*[^0-9a-f]*'",
    "date": "typeof({c}) != 'text' OR date({c}) IS NULL OR length({c}) != 10",
    "time": "typeof({c}) != 'text' OR datetime({c}) IS NULL",
}


def bad_values(database, table: str) -> list[tuple[str, int]]:
    """(column, rows) of stored values that break their column's rule (one scan per table)."""
    tests = []
    for column in schema(table).values():
        ref = f'"{column.name}"'
        wrong = f"({_SQL[column.kind].format(c=ref)})"
        if (table, column.name) in CHOICES:
            listed = ", ".join(f"'{v}'" for v in CHOICES[(table, column.name)])
            wrong = f"({wrong} OR {ref} NOT IN ({listed}))"
        if column.nullable:
            wrong = f"({ref} IS NOT NULL AND {wrong})"
        else:
            wrong = f"({ref} IS NULL OR {wrong})"
        tests.append((column.name, wrong))
    sums = ", ".join(f"sum({test})" for _, test in tests)
    counts = database.execute_sql(f'SELECT {sums} FROM "{table}"').fetchone()
    return [(name, n) for (name, _), n in zip(tests, counts, strict=True) if n]
