"""Capture while a recovery bundle is imported: the change log per row, no audit row per new record,
the search indexes filled in one pass after the rows.

A recovery bundle gives a rebuilt PC back everything in its scope: millions of records that
each already have their history at the site that wrote them. With the ordinary triggers
(db/triggers.py) every one of them also got an audit row holding the JSON of all its columns
and a search-index entry through a trigger, which made up most of the import's time.
Inside the import's one transaction, `recovery_capture(db)`:

- swaps each synced table's AFTER INSERT capture for one that appends to `change_log` only
  (the sequence an export reads: a recovered subdistrict still sends its communities what
  it holds, and a local change still finds its place in the log); the import writes one
  audit event for the whole bundle instead (app/exchange/incoming.py: the bundle's id,
  sender, counts per table, and who imported it). Updates of records this PC already held
  keep their audit row: they change what a clerk here has seen;
- drops the search indexes' insert triggers and, after the rows, indexes the rows inserted
  since it started in one statement per index;
- puts the ordinary triggers back, statement for statement as db/triggers.py makes them.

Schema changes are part of SQLite's transaction: a refused bundle rolls the triggers back
with the rows, and no other connection ever sees the swapped ones.
"""

from contextlib import contextmanager

from db import search_index, triggers

QUIET = "_capture_I"  # the synced tables' insert captures


def _name(sql: str) -> str:
    return sql.split(None, 3)[2].strip('"')  # CREATE TRIGGER name ...


def _table(sql: str) -> str:
    return sql.split(" ON ", 1)[1].split('"')[1]


def _change_log_only(sql: str) -> str:
    table = _table(sql)
    return (f'CREATE TRIGGER "{table}{QUIET}" AFTER INSERT ON "{table}" BEGIN '
            f"{triggers.change_log_sql(table, 'I')} END")


@contextmanager
def recovery_capture(db):
    """Within the caller's transaction: quiet capture of inserts while the block runs. On an exception
    nothing is put back here: the caller's rollback restores the triggers with everything else."""
    if not db.in_transaction():
        raise RuntimeError("recovery_capture needs the import's transaction")
    normal = {_name(sql): sql for sql in triggers.trigger_sql(db)}
    quiet = [name for name in normal if name.endswith(QUIET)]
    marks = {index: search_index.last_rowid(db, index) for index in search_index.INDEXES if f"{index}_ai" in normal}
    deferred = [f"{index}_ai" for index in marks]
    for name in quiet + deferred:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    for name in quiet:
        db.execute_sql(_change_log_only(normal[name]))
    yield
    for name in quiet:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    for name in quiet + deferred:
        db.execute_sql(normal[name])
    for index, mark in marks.items():
        search_index.index_after(db, index, mark)
