"""An index on resident names, for the one-character search (a name range, not a LIKE scan)."""


def up(migrator, db):
    db.execute_sql('CREATE INDEX IF NOT EXISTS "resident_name" ON "resident" ("name")')
