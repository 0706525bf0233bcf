"""Escalations per unit and local month (db/rollup.py, ESCALATION): how many were sent up, how
many left the community / the subdistrict, and the level each is held at (settled) now — what
linkage.within_* and the dashboard's "settled where" chart read instead of every escalation
ever made. Keyed by the escalation's own unit, so any subtree is answered. Local derived data,
never synced; counted by db/schema.py right after the migrations (only this roll-up) and kept
current by triggers on escalation and escalation_step. Frozen DDL."""

STATEMENTS = [
    'CREATE TABLE "rollup_escalation" ("unit_uuid" TEXT NOT NULL, "month" TEXT NOT NULL, '
    '"n" INTEGER NOT NULL DEFAULT 0, "left_community" INTEGER NOT NULL DEFAULT 0, '
    '"left_subdistrict" INTEGER NOT NULL DEFAULT 0, "held_community" INTEGER NOT NULL DEFAULT 0, '
    '"held_subdistrict" INTEGER NOT NULL DEFAULT 0, "held_district" INTEGER NOT NULL DEFAULT 0, '
    'PRIMARY KEY ("unit_uuid", "month")) WITHOUT ROWID',
    'CREATE INDEX "rollup_escalation_month" ON "rollup_escalation" ("month", "unit_uuid", "n", "left_community", '
    '"left_subdistrict", "held_community", "held_subdistrict", "held_district")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
