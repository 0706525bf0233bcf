"""Funds and the four supports (四重支持): fund standards, compound party branches,
funds, ledger entries and closed periods; teams (task forces and volunteer teams)
with their members, co-building projects, volunteer services, proxy services and
the subdistrict reform figures.

The partial unique index on (fund, voucher) keeps voucher numbers unique per fund
(a fund is one year); another lets an entry be reversed only once. Ledger entries
and closed periods are never changed: db/triggers.py refuses an UPDATE of them.

Frozen DDL: later model changes never alter what this migration creates.
"""

STATEMENTS = [
    'CREATE TABLE "fund_standard" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "year" INTEGER NOT NULL, "fund_type" TEXT NOT NULL, "amount_fen" INTEGER NOT NULL)',
    'CREATE INDEX "fund_standard_origin_site" ON "fund_standard" ("origin_site")',
    'CREATE INDEX "fund_standard_version" ON "fund_standard" ("version")',
    'CREATE TABLE "party_branch" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "community_uuid" TEXT NOT NULL, "name" TEXT NOT NULL, "compound" TEXT, "founded_on" DATE, FOREIGN KEY ("community_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "party_branch_origin_site" ON "party_branch" ("origin_site")',
    'CREATE INDEX "party_branch_version" ON "party_branch" ("version")',
    'CREATE INDEX "party_branch_community_uuid" ON "party_branch" ("community_uuid")',
    'CREATE TABLE "fund" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "community_uuid" TEXT NOT NULL, "branch_uuid" TEXT, "fund_type" TEXT NOT NULL, "year" INTEGER NOT NULL, "keeper_site" TEXT NOT NULL, FOREIGN KEY ("community_uuid") REFERENCES "org_unit" ("uuid"), FOREIGN KEY ("branch_uuid") REFERENCES "party_branch" ("uuid"))',
    'CREATE INDEX "fund_origin_site" ON "fund" ("origin_site")',
    'CREATE INDEX "fund_version" ON "fund" ("version")',
    'CREATE INDEX "fund_community_uuid" ON "fund" ("community_uuid")',
    'CREATE INDEX "fund_branch_uuid" ON "fund" ("branch_uuid")',
    'CREATE INDEX "fund_fund_type" ON "fund" ("fund_type")',
    'CREATE INDEX "fund_year" ON "fund" ("year")',
    'CREATE TABLE "ledger_entry" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "fund_uuid" TEXT NOT NULL, "kind" TEXT NOT NULL, "posted_on" DATE NOT NULL, "amount_fen" INTEGER NOT NULL, "voucher" TEXT, "doc_no" TEXT, "payee" TEXT, "purpose" TEXT, "description" TEXT, "approver" TEXT, "overdraft_by" TEXT, "reverses_uuid" TEXT, "reason" TEXT, "transfer_id" TEXT, FOREIGN KEY ("fund_uuid") REFERENCES "fund" ("uuid"), FOREIGN KEY ("reverses_uuid") REFERENCES "ledger_entry" ("uuid"))',
    'CREATE INDEX "ledger_entry_origin_site" ON "ledger_entry" ("origin_site")',
    'CREATE INDEX "ledger_entry_version" ON "ledger_entry" ("version")',
    'CREATE INDEX "ledger_entry_fund_uuid" ON "ledger_entry" ("fund_uuid")',
    'CREATE INDEX "ledger_entry_reverses_uuid" ON "ledger_entry" ("reverses_uuid")',
    'CREATE INDEX "ledger_entry_transfer_id" ON "ledger_entry" ("transfer_id")',
    'CREATE TABLE "period_close" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "org_unit_uuid" TEXT NOT NULL, "year" INTEGER NOT NULL, "month" INTEGER NOT NULL, "note" TEXT, FOREIGN KEY ("org_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "period_close_origin_site" ON "period_close" ("origin_site")',
    'CREATE INDEX "period_close_version" ON "period_close" ("version")',
    'CREATE INDEX "period_close_org_unit_uuid" ON "period_close" ("org_unit_uuid")',
    'CREATE TABLE "team" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "kind" TEXT NOT NULL, "org_unit_uuid" TEXT NOT NULL, "name" TEXT NOT NULL, "leader_name" TEXT, "focus" TEXT, "founded_on" DATE, "disbanded_on" DATE, FOREIGN KEY ("org_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "team_origin_site" ON "team" ("origin_site")',
    'CREATE INDEX "team_version" ON "team" ("version")',
    'CREATE INDEX "team_kind" ON "team" ("kind")',
    'CREATE INDEX "team_org_unit_uuid" ON "team" ("org_unit_uuid")',
    'CREATE TABLE "team_member" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "team_uuid" TEXT NOT NULL, "member_uuid" TEXT, "resident_uuid" TEXT, "name" TEXT NOT NULL, "phone" TEXT, "joined_on" DATE, "left_on" DATE, FOREIGN KEY ("team_uuid") REFERENCES "team" ("uuid"), FOREIGN KEY ("member_uuid") REFERENCES "member" ("uuid"), FOREIGN KEY ("resident_uuid") REFERENCES "resident" ("uuid"))',
    'CREATE INDEX "team_member_origin_site" ON "team_member" ("origin_site")',
    'CREATE INDEX "team_member_version" ON "team_member" ("version")',
    'CREATE INDEX "team_member_team_uuid" ON "team_member" ("team_uuid")',
    'CREATE INDEX "team_member_member_uuid" ON "team_member" ("member_uuid")',
    'CREATE INDEX "team_member_resident_uuid" ON "team_member" ("resident_uuid")',
    'CREATE TABLE "project" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "community_uuid" TEXT NOT NULL, "unit_uuid" TEXT, "name" TEXT NOT NULL, "parties" TEXT NOT NULL, "goal" TEXT NOT NULL, "status" TEXT NOT NULL, "outcome" TEXT, "started_on" DATE, "ended_on" DATE, FOREIGN KEY ("community_uuid") REFERENCES "org_unit" ("uuid"), FOREIGN KEY ("unit_uuid") REFERENCES "unit" ("uuid"))',
    'CREATE INDEX "project_origin_site" ON "project" ("origin_site")',
    'CREATE INDEX "project_version" ON "project" ("version")',
    'CREATE INDEX "project_community_uuid" ON "project" ("community_uuid")',
    'CREATE INDEX "project_unit_uuid" ON "project" ("unit_uuid")',
    'CREATE INDEX "project_status" ON "project" ("status")',
    'CREATE TABLE "volunteer_service" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "team_uuid" TEXT, "org_unit_uuid" TEXT NOT NULL, "project_uuid" TEXT, "served_on" DATE NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "volunteers" INTEGER NOT NULL, "problems_solved" INTEGER NOT NULL, FOREIGN KEY ("team_uuid") REFERENCES "team" ("uuid"), FOREIGN KEY ("org_unit_uuid") REFERENCES "org_unit" ("uuid"), FOREIGN KEY ("project_uuid") REFERENCES "project" ("uuid"))',
    'CREATE INDEX "volunteer_service_origin_site" ON "volunteer_service" ("origin_site")',
    'CREATE INDEX "volunteer_service_version" ON "volunteer_service" ("version")',
    'CREATE INDEX "volunteer_service_team_uuid" ON "volunteer_service" ("team_uuid")',
    'CREATE INDEX "volunteer_service_org_unit_uuid" ON "volunteer_service" ("org_unit_uuid")',
    'CREATE INDEX "volunteer_service_project_uuid" ON "volunteer_service" ("project_uuid")',
    'CREATE INDEX "volunteer_service_served_on" ON "volunteer_service" ("served_on")',
    'CREATE TABLE "proxy_service" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "centre_uuid" TEXT NOT NULL, "served_on" DATE NOT NULL, "service_kind" TEXT NOT NULL, "mode" TEXT NOT NULL, "for_whom" TEXT, "resident_uuid" TEXT, "notes" TEXT, FOREIGN KEY ("centre_uuid") REFERENCES "org_unit" ("uuid"), FOREIGN KEY ("resident_uuid") REFERENCES "resident" ("uuid"))',
    'CREATE INDEX "proxy_service_origin_site" ON "proxy_service" ("origin_site")',
    'CREATE INDEX "proxy_service_version" ON "proxy_service" ("version")',
    'CREATE INDEX "proxy_service_centre_uuid" ON "proxy_service" ("centre_uuid")',
    'CREATE INDEX "proxy_service_served_on" ON "proxy_service" ("served_on")',
    'CREATE INDEX "proxy_service_service_kind" ON "proxy_service" ("service_kind")',
    'CREATE INDEX "proxy_service_resident_uuid" ON "proxy_service" ("resident_uuid")',
    'CREATE TABLE "subdistrict_posts" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "subdistrict_uuid" TEXT NOT NULL, "year" INTEGER NOT NULL, "internal_bodies" INTEGER NOT NULL, "admin_posts" INTEGER NOT NULL, "institution_posts" INTEGER NOT NULL, FOREIGN KEY ("subdistrict_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "subdistrict_posts_origin_site" ON "subdistrict_posts" ("origin_site")',
    'CREATE INDEX "subdistrict_posts_version" ON "subdistrict_posts" ("version")',
    'CREATE INDEX "subdistrict_posts_subdistrict_uuid" ON "subdistrict_posts" ("subdistrict_uuid")',
    'CREATE UNIQUE INDEX "fund_standard_year_type" ON "fund_standard" ("year", "fund_type")',
    'CREATE INDEX "fund_community_year" ON "fund" ("community_uuid", "year")',
    'CREATE UNIQUE INDEX "ledger_entry_voucher" ON "ledger_entry" ("fund_uuid", "voucher") WHERE "voucher" IS NOT NULL',
    'CREATE UNIQUE INDEX "ledger_entry_reversed_once" ON "ledger_entry" ("reverses_uuid") WHERE "reverses_uuid" IS NOT NULL',
    'CREATE INDEX "ledger_entry_fund_day" ON "ledger_entry" ("fund_uuid", "posted_on")',
    'CREATE UNIQUE INDEX "period_close_unit_month" ON "period_close" ("org_unit_uuid", "year", "month")',
    'CREATE UNIQUE INDEX "subdistrict_posts_unit_year" ON "subdistrict_posts" ("subdistrict_uuid", "year")',
    'CREATE INDEX "proxy_service_centre_day" ON "proxy_service" ("centre_uuid", "served_on")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
