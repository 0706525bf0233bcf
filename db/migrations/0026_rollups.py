"""Monthly roll-ups of the daily figures (db/rollup.py): per unit, local month (Asia/Shanghai)
and, for requests, category, the sums of the 0/1 measures the figures count. Local derived
data, never synced. Frozen DDL; the tables are filled by db/schema.py right after the
migrations (db.rollup.rebuild(), run whenever the roll-ups' definition digest in `meta`
changes, so a later change of a definition recounts them too), and kept current by triggers."""

STATEMENTS = [
    'CREATE TABLE "rollup_request" ("unit_uuid" TEXT NOT NULL, "month" TEXT NOT NULL, "category" TEXT NOT NULL, '
    '"live" INTEGER NOT NULL DEFAULT 0, "n" INTEGER NOT NULL DEFAULT 0, "quick" INTEGER NOT NULL DEFAULT 0, '
    '"quick_on_time" INTEGER NOT NULL DEFAULT 0, PRIMARY KEY ("unit_uuid", "month", "category")) WITHOUT ROWID',
    'CREATE TABLE "rollup_service_order" ("unit_uuid" TEXT NOT NULL, "month" TEXT NOT NULL, '
    '"n" INTEGER NOT NULL DEFAULT 0, "responded" INTEGER NOT NULL DEFAULT 0, "live" INTEGER NOT NULL DEFAULT 0, '
    '"live_done" INTEGER NOT NULL DEFAULT 0, "done" INTEGER NOT NULL DEFAULT 0, '
    '"done_on_time" INTEGER NOT NULL DEFAULT 0, PRIMARY KEY ("unit_uuid", "month")) WITHOUT ROWID',
    'CREATE TABLE "rollup_call_back" ("unit_uuid" TEXT NOT NULL, "month" TEXT NOT NULL, '
    '"n" INTEGER NOT NULL DEFAULT 0, "resolved" INTEGER NOT NULL DEFAULT 0, "satisfied" INTEGER NOT NULL DEFAULT 0, '
    'PRIMARY KEY ("unit_uuid", "month")) WITHOUT ROWID',
    # led by the month and holding every column: a whole district's months are one range read
    'CREATE INDEX "rollup_request_month" ON "rollup_request" ("month", "unit_uuid", "category", "live", "n", '
    '"quick", "quick_on_time")',
    'CREATE INDEX "rollup_service_order_month" ON "rollup_service_order" ("month", "unit_uuid", "n", "responded", '
    '"live", "live_done", "done", "done_on_time")',
    'CREATE INDEX "rollup_call_back_month" ON "rollup_call_back" ("month", "unit_uuid", "n", "resolved", '
    '"satisfied")',
    # the call-backs of a period (the slices at a period's ends are counted from the table)
    'CREATE INDEX "call_back_at" ON "call_back" ("at", "deleted", "resolved", "satisfaction", "order_uuid")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
