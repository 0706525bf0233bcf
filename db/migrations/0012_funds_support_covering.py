"""Covering indexes for the funds and proxy-service figures.

service.proxy_services counts live services by day: with (served_on, deleted) and
(centre_uuid, served_on, deleted) the count never reads a row (a year of 92,500
at city scale: 14.9 -> 3.9 ms; one month 1.0 -> 0.3 ms). The funds sums read
(fund, kind, deleted, amount) from ledger_entry_fund_sums (8.7 -> 3.7 ms).
DDL frozen here; the models do not declare it.
"""

STATEMENTS = [
    'CREATE INDEX IF NOT EXISTS "proxy_service_live_day" ON "proxy_service" ("served_on", "deleted")',
    'CREATE INDEX IF NOT EXISTS "proxy_service_centre_live_day" ON "proxy_service" '
    '("centre_uuid", "served_on", "deleted")',
    'CREATE INDEX IF NOT EXISTS "ledger_entry_fund_sums" ON "ledger_entry" '
    '("fund_uuid", "kind", "deleted", "amount_fen")',
    'ANALYZE "proxy_service"',
    'ANALYZE "ledger_entry"',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
