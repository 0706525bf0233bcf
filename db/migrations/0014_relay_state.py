"""What a site above learns of the sites that report through it: for every site
below the sender, the newest bundle the sender received from it (local table).

Frozen DDL: later model changes never alter what this migration creates.
"""

STATEMENTS = [
    'CREATE TABLE "relay_state" ("site_uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "via_site" TEXT NOT NULL, "last_in_seq" INTEGER NOT NULL, "last_in_at" DATETIME, "gap" INTEGER NOT NULL)',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
