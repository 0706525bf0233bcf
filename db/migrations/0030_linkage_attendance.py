"""Attendance of a joint-conference or federation session as a roster: the member
organisations (with the person each sent) and the persons present for the level. Frozen DDL."""

STATEMENTS = [
    'CREATE TABLE "linkage_attendance" ("uuid" TEXT NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, "created_by" TEXT, "updated_at" DATETIME NOT NULL, "updated_by" TEXT, "origin_site" TEXT NOT NULL, "version" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "session_uuid" TEXT NOT NULL, "member_uuid" TEXT, "person" TEXT, FOREIGN KEY ("session_uuid") REFERENCES "linkage_session" ("uuid"), FOREIGN KEY ("member_uuid") REFERENCES "linkage_member" ("uuid"))',
    'CREATE INDEX "linkage_attendance_origin_site" ON "linkage_attendance" ("origin_site")',
    'CREATE INDEX "linkage_attendance_version" ON "linkage_attendance" ("version")',
    'CREATE INDEX "linkage_attendance_session_uuid" ON "linkage_attendance" ("session_uuid")',
    'CREATE INDEX "linkage_attendance_member_uuid" ON "linkage_attendance" ("member_uuid")',
]


def up(migrator, db):
    for sql in STATEMENTS:
        db.execute_sql(sql)
