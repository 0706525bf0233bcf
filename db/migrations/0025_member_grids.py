"""包抓网格: the grids a co-building federation member (the community police officer
above all) looks after. Frozen DDL."""

STATEMENTS = [
    'CREATE TABLE "linkage_member_grid" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "member_uuid" TEXT NOT NULL, "grid_uuid" TEXT NOT NULL, FOREIGN KEY ("member_uuid") REFERENCES "linkage_member" ("uuid"), FOREIGN KEY ("grid_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "linkage_member_grid_origin_site" ON "linkage_member_grid" ("origin_site")',
    'CREATE INDEX "linkage_member_grid_version" ON "linkage_member_grid" ("version")',
    'CREATE INDEX "linkage_member_grid_member_uuid" ON "linkage_member_grid" ("member_uuid")',
    'CREATE INDEX "linkage_member_grid_grid_uuid" ON "linkage_member_grid" ("grid_uuid")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
