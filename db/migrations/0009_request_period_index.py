"""An index led by the receipt time for the four-orders figures of a period:
the quick-completion count of one year at 1,000,000 requests read ~260,000 rows
through request_kpi (880 ms); led by received_at it is a range (43 ms)."""


def up(migrator, db):
    db.execute_sql('CREATE INDEX IF NOT EXISTS "request_period" ON "request" '
                   '("received_at", "deleted", "state", "kind", "closed_at", "due_at")')
    db.execute_sql('ANALYZE "request"')
