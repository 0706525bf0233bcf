"""The bytes of an attachment that travels in bundles (an escalation's photos), in
base64 pieces of at most 512 KiB of the file. Frozen DDL."""

STATEMENTS = [
    'CREATE TABLE "attachment_part" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "attachment_uuid" TEXT NOT NULL, "owner_table" TEXT NOT NULL, "owner_uuid" TEXT NOT NULL, "seq" INTEGER NOT NULL, "data" TEXT NOT NULL, FOREIGN KEY ("attachment_uuid") REFERENCES "attachment" ("uuid"))',
    'CREATE INDEX "attachment_part_origin_site" ON "attachment_part" ("origin_site")',
    'CREATE INDEX "attachment_part_version" ON "attachment_part" ("version")',
    'CREATE INDEX "attachment_part_attachment_uuid" ON "attachment_part" ("attachment_uuid")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
