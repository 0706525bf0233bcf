"""Data exchange: site keys and trust, peer state, the bundle log and conflicts (local tables).

Frozen DDL: later model changes never alter what this migration creates.
"""

STATEMENTS = [
    'CREATE TABLE "site_key" ("site_uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "key_id" TEXT NOT NULL, "sign_public_key" TEXT NOT NULL, "age_recipient" TEXT NOT NULL, "fingerprint" TEXT NOT NULL, "confirmed_at" DATETIME, "revoked_at" DATETIME)',
    'CREATE INDEX "site_key_key_id" ON "site_key" ("key_id")',
    'CREATE TABLE "peer_state" ("site_uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "last_out_seq" INTEGER NOT NULL, "acked_change_seq" INTEGER NOT NULL, "last_in_seq" INTEGER NOT NULL, "held_change_seq" INTEGER NOT NULL, "last_in_at" DATETIME, "missing" TEXT)',
    'CREATE TABLE "bundle_log" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "direction" TEXT NOT NULL, "bundle_id" TEXT NOT NULL, "kind" TEXT NOT NULL, "peer_site" TEXT NOT NULL, "seq" INTEGER NOT NULL, "since_seq" INTEGER, "until_seq" INTEGER, "file_name" TEXT, "sha256" TEXT, "size" INTEGER, "counts" TEXT, "status" TEXT NOT NULL)',
    'CREATE INDEX "bundle_log_bundle_id" ON "bundle_log" ("bundle_id")',
    'CREATE INDEX "bundle_log_peer_site" ON "bundle_log" ("peer_site")',
    'CREATE TABLE "conflict" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "table" TEXT NOT NULL, "row_uuid" TEXT NOT NULL, "local_version" TEXT NOT NULL, "local_row" TEXT NOT NULL, "incoming_version" TEXT NOT NULL, "bundle_id" TEXT NOT NULL, "resolved_at" DATETIME, "resolved_by" TEXT, "resolution" TEXT)',
    'CREATE INDEX "conflict_row_uuid" ON "conflict" ("row_uuid")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
