"""The audit viewer reads one record's rows, or a subtree's records one by one, newest first:
an index on (table, row_key, at) holds the sort key too, so only the rows shown are read
(the (table, row_key) index of 0001 made every matching row be fetched to sort it: 0.5 s
for a community's records at `city` scale). It replaces that index. Frozen DDL."""

STATEMENTS = [
    'CREATE INDEX "audit_log_record_at" ON "audit_log" ("table", "row_key", "at")',
    'DROP INDEX "auditlog_table_row_key"',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
