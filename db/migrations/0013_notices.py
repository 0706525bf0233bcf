"""The register of issued notices (kind, number, subject, org unit, period, source
record, date printed, SHA-256, size, pages, font). Frozen DDL."""

STATEMENTS = [
    'CREATE TABLE "notice" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "kind" TEXT NOT NULL, "number" TEXT NOT NULL, "subject" TEXT NOT NULL, "org_unit_uuid" TEXT NOT NULL, "period" TEXT, "record_uuid" TEXT, "issued_on" DATE NOT NULL, "sha256" TEXT NOT NULL, "size" INTEGER NOT NULL, "pages" INTEGER NOT NULL, "font" TEXT NOT NULL, FOREIGN KEY ("org_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "notice_origin_site" ON "notice" ("origin_site")',
    'CREATE INDEX "notice_version" ON "notice" ("version")',
    'CREATE INDEX "notice_kind" ON "notice" ("kind")',
    'CREATE INDEX "notice_org_unit_uuid" ON "notice" ("org_unit_uuid")',
    'CREATE INDEX "notice_sha256" ON "notice" ("sha256")',
    'CREATE INDEX "notice_source" ON "notice" ("kind", "org_unit_uuid", "period", "record_uuid")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
