"""Grid management: residents, resident groups, tags, central households,
stationed units and shops, the resident search index; people may link to a resident.

Frozen DDL: later model changes never alter what this migration creates.
"""

STATEMENTS = [
    'CREATE TABLE "resident_group" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "grid_uuid" TEXT NOT NULL, "name" TEXT NOT NULL, FOREIGN KEY ("grid_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "resident_group_origin_site" ON "resident_group" ("origin_site")',
    'CREATE INDEX "resident_group_version" ON "resident_group" ("version")',
    'CREATE INDEX "resident_group_deleted" ON "resident_group" ("deleted")',
    'CREATE INDEX "resident_group_grid_uuid" ON "resident_group" ("grid_uuid")',
    'CREATE TABLE "resident" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "grid_uuid" TEXT NOT NULL, "building_uuid" TEXT, "group_uuid" TEXT, "name" TEXT NOT NULL, "gender" TEXT, "birth_date" DATE, "id_number" TEXT, "phone" TEXT, "room" TEXT, "address" TEXT, "household_no" TEXT, "relation" TEXT, "notes" TEXT, FOREIGN KEY ("grid_uuid") REFERENCES "org_unit" ("uuid"), FOREIGN KEY ("building_uuid") REFERENCES "building" ("uuid"), FOREIGN KEY ("group_uuid") REFERENCES "resident_group" ("uuid"))',
    'CREATE INDEX "resident_origin_site" ON "resident" ("origin_site")',
    'CREATE INDEX "resident_version" ON "resident" ("version")',
    'CREATE INDEX "resident_deleted" ON "resident" ("deleted")',
    'CREATE INDEX "resident_grid_uuid" ON "resident" ("grid_uuid")',
    'CREATE INDEX "resident_building_uuid" ON "resident" ("building_uuid")',
    'CREATE INDEX "resident_group_uuid" ON "resident" ("group_uuid")',
    'CREATE INDEX "resident_id_number" ON "resident" ("id_number")',
    'CREATE INDEX "resident_household_no" ON "resident" ("household_no")',
    'CREATE TABLE "tag_def" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "name" TEXT NOT NULL, "sort_order" INTEGER NOT NULL)',
    'CREATE INDEX "tag_def_origin_site" ON "tag_def" ("origin_site")',
    'CREATE INDEX "tag_def_version" ON "tag_def" ("version")',
    'CREATE INDEX "tag_def_deleted" ON "tag_def" ("deleted")',
    'CREATE UNIQUE INDEX "tag_def_name" ON "tag_def" ("name")',
    'CREATE TABLE "resident_tag" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "resident_uuid" TEXT NOT NULL, "tag" TEXT NOT NULL, FOREIGN KEY ("resident_uuid") REFERENCES "resident" ("uuid"))',
    'CREATE INDEX "resident_tag_origin_site" ON "resident_tag" ("origin_site")',
    'CREATE INDEX "resident_tag_version" ON "resident_tag" ("version")',
    'CREATE INDEX "resident_tag_deleted" ON "resident_tag" ("deleted")',
    'CREATE INDEX "resident_tag_resident_uuid" ON "resident_tag" ("resident_uuid")',
    'CREATE INDEX "resident_tag_tag" ON "resident_tag" ("tag")',
    'CREATE TABLE "central_household" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "grid_uuid" TEXT NOT NULL, "leader_uuid" TEXT NOT NULL, "name" TEXT, FOREIGN KEY ("grid_uuid") REFERENCES "org_unit" ("uuid"), FOREIGN KEY ("leader_uuid") REFERENCES "resident" ("uuid"))',
    'CREATE INDEX "central_household_origin_site" ON "central_household" ("origin_site")',
    'CREATE INDEX "central_household_version" ON "central_household" ("version")',
    'CREATE INDEX "central_household_deleted" ON "central_household" ("deleted")',
    'CREATE INDEX "central_household_grid_uuid" ON "central_household" ("grid_uuid")',
    'CREATE INDEX "central_household_leader_uuid" ON "central_household" ("leader_uuid")',
    'CREATE TABLE "central_household_link" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "central_household_uuid" TEXT NOT NULL, "resident_uuid" TEXT NOT NULL, FOREIGN KEY ("central_household_uuid") REFERENCES "central_household" ("uuid"), FOREIGN KEY ("resident_uuid") REFERENCES "resident" ("uuid"))',
    'CREATE INDEX "central_household_link_origin_site" ON "central_household_link" ("origin_site")',
    'CREATE INDEX "central_household_link_version" ON "central_household_link" ("version")',
    'CREATE INDEX "central_household_link_deleted" ON "central_household_link" ("deleted")',
    'CREATE INDEX "central_household_link_central_household_uuid" ON "central_household_link" ("central_household_uuid")',
    'CREATE INDEX "central_household_link_resident_uuid" ON "central_household_link" ("resident_uuid")',
    'CREATE TABLE "establishment" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "grid_uuid" TEXT NOT NULL, "kind" TEXT NOT NULL, "name" TEXT NOT NULL, "category" TEXT, "address" TEXT, "contact_name" TEXT, "contact_phone" TEXT, "has_party_org" INTEGER NOT NULL, FOREIGN KEY ("grid_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "establishment_origin_site" ON "establishment" ("origin_site")',
    'CREATE INDEX "establishment_version" ON "establishment" ("version")',
    'CREATE INDEX "establishment_deleted" ON "establishment" ("deleted")',
    'CREATE INDEX "establishment_grid_uuid" ON "establishment" ("grid_uuid")',
    'CREATE INDEX "establishment_kind" ON "establishment" ("kind")',
    'ALTER TABLE "person" ADD COLUMN "resident_uuid" TEXT',
    'CREATE INDEX "person_resident_uuid" ON "person" ("resident_uuid")',
    'CREATE INDEX "resident_grid_live" ON "resident" ("grid_uuid", "deleted", "name")',
    'CREATE VIRTUAL TABLE "resident_fts" USING fts5(grams, tokenize = \'unicode61\')',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
