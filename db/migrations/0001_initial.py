"""The first schema: org tree, sites, people and roles, buildings, units and
members, users, the change sequence and the audit log.

Frozen DDL: later model changes never alter what this migration creates.
"""

STATEMENTS = [
    'CREATE TABLE "meta" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "user" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "username" TEXT NOT NULL, "display_name" TEXT NOT NULL, "role" TEXT NOT NULL, "password_hash" TEXT NOT NULL, "failed_attempts" INTEGER NOT NULL, "locked_until" DATETIME, "active" INTEGER NOT NULL, "last_login_at" DATETIME)',
    'CREATE UNIQUE INDEX "user_username" ON "user" ("username")',
    'CREATE TABLE "change_log" ("seq" INTEGER NOT NULL PRIMARY KEY, "table" TEXT NOT NULL, "row_uuid" TEXT NOT NULL, "op" TEXT NOT NULL, "version" TEXT NOT NULL, "origin_site" TEXT)',
    'CREATE INDEX "changelog_version" ON "change_log" ("version")',
    'CREATE TABLE "audit_log" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user" TEXT, "table" TEXT NOT NULL, "row_key" TEXT NOT NULL, "op" TEXT NOT NULL, "changes" TEXT)',
    'CREATE INDEX "auditlog_table_row_key" ON "audit_log" ("table", "row_key")',
    'CREATE TABLE "org_unit" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "code" TEXT NOT NULL, "name" TEXT NOT NULL, "level" INTEGER NOT NULL, "parent_uuid" TEXT, "path" TEXT NOT NULL, "sort_order" INTEGER NOT NULL, FOREIGN KEY ("parent_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "org_unit_origin_site" ON "org_unit" ("origin_site")',
    'CREATE INDEX "org_unit_version" ON "org_unit" ("version")',
    'CREATE INDEX "org_unit_deleted" ON "org_unit" ("deleted")',
    'CREATE UNIQUE INDEX "org_unit_code" ON "org_unit" ("code")',
    'CREATE INDEX "org_unit_level" ON "org_unit" ("level")',
    'CREATE INDEX "org_unit_parent_uuid" ON "org_unit" ("parent_uuid")',
    'CREATE INDEX "org_unit_path" ON "org_unit" ("path")',
    'CREATE TABLE "site" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "name" TEXT NOT NULL, "level" TEXT NOT NULL, "org_unit_uuid" TEXT, FOREIGN KEY ("org_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "site_origin_site" ON "site" ("origin_site")',
    'CREATE INDEX "site_version" ON "site" ("version")',
    'CREATE INDEX "site_deleted" ON "site" ("deleted")',
    'CREATE INDEX "site_org_unit_uuid" ON "site" ("org_unit_uuid")',
    'CREATE TABLE "person" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "name" TEXT NOT NULL, "gender" TEXT, "phone" TEXT, "id_number" TEXT, "org_unit_uuid" TEXT, FOREIGN KEY ("org_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "person_origin_site" ON "person" ("origin_site")',
    'CREATE INDEX "person_version" ON "person" ("version")',
    'CREATE INDEX "person_deleted" ON "person" ("deleted")',
    'CREATE INDEX "person_id_number" ON "person" ("id_number")',
    'CREATE INDEX "person_org_unit_uuid" ON "person" ("org_unit_uuid")',
    'CREATE TABLE "role_assignment" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "person_uuid" TEXT NOT NULL, "org_unit_uuid" TEXT NOT NULL, "role" TEXT NOT NULL, "start_date" DATE NOT NULL, "end_date" DATE, FOREIGN KEY ("person_uuid") REFERENCES "person" ("uuid"), FOREIGN KEY ("org_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "role_assignment_origin_site" ON "role_assignment" ("origin_site")',
    'CREATE INDEX "role_assignment_version" ON "role_assignment" ("version")',
    'CREATE INDEX "role_assignment_deleted" ON "role_assignment" ("deleted")',
    'CREATE INDEX "role_assignment_person_uuid" ON "role_assignment" ("person_uuid")',
    'CREATE INDEX "role_assignment_org_unit_uuid" ON "role_assignment" ("org_unit_uuid")',
    'CREATE INDEX "role_assignment_role" ON "role_assignment" ("role")',
    'CREATE TABLE "building" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "grid_uuid" TEXT NOT NULL, "name" TEXT NOT NULL, "address" TEXT, "floors" INTEGER, "households" INTEGER, "leader_uuid" TEXT, "is_civilized" INTEGER NOT NULL, "is_model" INTEGER NOT NULL, FOREIGN KEY ("grid_uuid") REFERENCES "org_unit" ("uuid"), FOREIGN KEY ("leader_uuid") REFERENCES "person" ("uuid"))',
    'CREATE INDEX "building_origin_site" ON "building" ("origin_site")',
    'CREATE INDEX "building_version" ON "building" ("version")',
    'CREATE INDEX "building_deleted" ON "building" ("deleted")',
    'CREATE INDEX "building_grid_uuid" ON "building" ("grid_uuid")',
    'CREATE INDEX "building_leader_uuid" ON "building" ("leader_uuid")',
    'CREATE TABLE "unit" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "name" TEXT NOT NULL, "kind" TEXT, "community_uuid" TEXT NOT NULL, "has_party_org" INTEGER NOT NULL, "contact_name" TEXT, "contact_phone" TEXT, "registered_on" DATE, FOREIGN KEY ("community_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "unit_origin_site" ON "unit" ("origin_site")',
    'CREATE INDEX "unit_version" ON "unit" ("version")',
    'CREATE INDEX "unit_deleted" ON "unit" ("deleted")',
    'CREATE INDEX "unit_community_uuid" ON "unit" ("community_uuid")',
    'CREATE TABLE "member" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "name" TEXT NOT NULL, "gender" TEXT, "phone" TEXT, "unit_uuid" TEXT, "community_uuid" TEXT NOT NULL, "registered_on" DATE, FOREIGN KEY ("unit_uuid") REFERENCES "unit" ("uuid"), FOREIGN KEY ("community_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "member_origin_site" ON "member" ("origin_site")',
    'CREATE INDEX "member_version" ON "member" ("version")',
    'CREATE INDEX "member_deleted" ON "member" ("deleted")',
    'CREATE INDEX "member_unit_uuid" ON "member" ("unit_uuid")',
    'CREATE INDEX "member_community_uuid" ON "member" ("community_uuid")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
