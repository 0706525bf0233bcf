"""The whole tree's requests per local month and category (db/rollup.py, REQUEST_ALL): what the
district's start page and orders tab read, 16 categories x 12 months for a year instead of every
community's rows. The unit column holds '' (one key layout for every roll-up). Local derived data,
never synced; counted from the requests already there by db/schema.py right after the migrations
(only this roll-up: the others' definitions did not change) and kept current by triggers. Frozen DDL."""

STATEMENTS = [
    'CREATE TABLE "rollup_request_all" ("unit_uuid" TEXT NOT NULL, "month" TEXT NOT NULL, "category" TEXT NOT NULL, '
    '"live" INTEGER NOT NULL DEFAULT 0, "n" INTEGER NOT NULL DEFAULT 0, "quick" INTEGER NOT NULL DEFAULT 0, '
    '"quick_on_time" INTEGER NOT NULL DEFAULT 0, PRIMARY KEY ("unit_uuid", "month", "category")) WITHOUT ROWID',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
