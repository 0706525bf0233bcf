"""Four-level linkage 四级联动: per-level deadlines (reference data), joint-conference
and federation members, escalations with the steps each level took, sessions and
their decisions. Frozen DDL: later model changes never alter what this creates."""

STATEMENTS = [
    'CREATE TABLE "escalation" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "unit_uuid" TEXT NOT NULL, "from_unit_uuid" TEXT NOT NULL, "record_table" TEXT NOT NULL, "record_uuid" TEXT NOT NULL, "subject" TEXT NOT NULL, "reason" TEXT NOT NULL, "escalated_at" DATETIME NOT NULL, "closed_at" DATETIME, "close_note" TEXT, "satisfaction" TEXT, FOREIGN KEY ("unit_uuid") REFERENCES "org_unit" ("uuid"), FOREIGN KEY ("from_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "escalation_origin_site" ON "escalation" ("origin_site")',
    'CREATE INDEX "escalation_version" ON "escalation" ("version")',
    'CREATE INDEX "escalation_unit_uuid" ON "escalation" ("unit_uuid")',
    'CREATE INDEX "escalation_from_unit_uuid" ON "escalation" ("from_unit_uuid")',
    'CREATE INDEX "escalation_record_uuid" ON "escalation" ("record_uuid")',
    'CREATE INDEX "escalation_escalated_at" ON "escalation" ("escalated_at")',
    'CREATE TABLE "escalation_step" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "escalation_uuid" TEXT NOT NULL, "acting_unit_uuid" TEXT NOT NULL, "action" TEXT NOT NULL, "at" DATETIME NOT NULL, "note" TEXT, "assignee" TEXT, "member_uuid" TEXT, "assignee_unit_uuid" TEXT, "due_at" DATETIME, FOREIGN KEY ("escalation_uuid") REFERENCES "escalation" ("uuid"), FOREIGN KEY ("acting_unit_uuid") REFERENCES "org_unit" ("uuid"), FOREIGN KEY ("assignee_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "escalation_step_origin_site" ON "escalation_step" ("origin_site")',
    'CREATE INDEX "escalation_step_version" ON "escalation_step" ("version")',
    'CREATE INDEX "escalation_step_escalation_uuid" ON "escalation_step" ("escalation_uuid")',
    'CREATE INDEX "escalation_step_acting_unit_uuid" ON "escalation_step" ("acting_unit_uuid")',
    'CREATE INDEX "escalation_step_assignee_unit_uuid" ON "escalation_step" ("assignee_unit_uuid")',
    'CREATE TABLE "linkage_deadline" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "level" INTEGER NOT NULL, "hours" INTEGER NOT NULL)',
    'CREATE INDEX "linkage_deadline_origin_site" ON "linkage_deadline" ("origin_site")',
    'CREATE INDEX "linkage_deadline_version" ON "linkage_deadline" ("version")',
    'CREATE TABLE "linkage_session" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "org_unit_uuid" TEXT NOT NULL, "held_on" DATE NOT NULL, "place" TEXT, "attendance" INTEGER NOT NULL, "agenda" TEXT, FOREIGN KEY ("org_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "linkage_session_origin_site" ON "linkage_session" ("origin_site")',
    'CREATE INDEX "linkage_session_version" ON "linkage_session" ("version")',
    'CREATE INDEX "linkage_session_org_unit_uuid" ON "linkage_session" ("org_unit_uuid")',
    'CREATE INDEX "linkage_session_held_on" ON "linkage_session" ("held_on")',
    'CREATE TABLE "linkage_member" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "org_unit_uuid" TEXT NOT NULL, "name" TEXT NOT NULL, "kind" TEXT NOT NULL, "contact_name" TEXT, "contact_phone" TEXT, "joined_on" DATE, "left_on" DATE, FOREIGN KEY ("org_unit_uuid") REFERENCES "org_unit" ("uuid"))',
    'CREATE INDEX "linkage_member_origin_site" ON "linkage_member" ("origin_site")',
    'CREATE INDEX "linkage_member_version" ON "linkage_member" ("version")',
    'CREATE INDEX "linkage_member_org_unit_uuid" ON "linkage_member" ("org_unit_uuid")',
    'CREATE TABLE "linkage_decision" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "session_uuid" TEXT NOT NULL, "member_uuid" TEXT, "escalation_uuid" TEXT, "subject" TEXT NOT NULL, "due_on" DATE NOT NULL, "done_on" DATE, "result" TEXT, FOREIGN KEY ("session_uuid") REFERENCES "linkage_session" ("uuid"), FOREIGN KEY ("member_uuid") REFERENCES "linkage_member" ("uuid"), FOREIGN KEY ("escalation_uuid") REFERENCES "escalation" ("uuid"))',
    'CREATE INDEX "linkage_decision_origin_site" ON "linkage_decision" ("origin_site")',
    'CREATE INDEX "linkage_decision_version" ON "linkage_decision" ("version")',
    'CREATE INDEX "linkage_decision_session_uuid" ON "linkage_decision" ("session_uuid")',
    'CREATE INDEX "linkage_decision_member_uuid" ON "linkage_decision" ("member_uuid")',
    'CREATE INDEX "linkage_decision_escalation_uuid" ON "linkage_decision" ("escalation_uuid")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
