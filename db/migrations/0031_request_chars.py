"""The single-character index of the requests' text (db/search_index.py `request_chars`): one
token per distinct character, row ids only (detail=none), no size column. Frozen DDL.

The table is created empty; the triggers that keep it current are generated with the others
(db/triggers.py) right after the migrations, and because they are new on an existing file,
db/schema.refresh_triggers fills the index from every live request in the same step."""

STATEMENTS = [
    'CREATE VIRTUAL TABLE "request_chars" USING fts5(grams, tokenize = \'ascii\', detail = \'none\', '
    'columnsize = 0)',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
