"""Accounts and the audit viewer: a user's scope (an org unit; none = the whole tree),
the kinds of record a department clerk may change (none = every kind the role
allows), the must-change-password flag of a new or reset account; indexes so the
audit log reads newest first by user, by kind or by period at `city` scale. Frozen DDL."""

STATEMENTS = [
    'ALTER TABLE "user" ADD COLUMN "scope_uuid" TEXT',
    'ALTER TABLE "user" ADD COLUMN "areas" TEXT',
    'ALTER TABLE "user" ADD COLUMN "must_change_password" INTEGER NOT NULL DEFAULT 0',
    'CREATE INDEX "audit_log_at" ON "audit_log" ("at")',
    'CREATE INDEX "audit_log_user_at" ON "audit_log" ("user", "at")',
    'CREATE INDEX "audit_log_table_at" ON "audit_log" ("table", "at")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
