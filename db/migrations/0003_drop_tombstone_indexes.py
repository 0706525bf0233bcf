"""Drop the single-column indexes on `deleted`.

Nearly every row has deleted = 0, yet without statistics SQLite's planner
preferred these indexes to the selective ones (`id_number = ?` scanned every
live resident: 12 ms per lookup at 60,000 residents). Queries filter on
deleted alongside a selective column instead.
"""

TABLES = ["org_unit", "site", "person", "role_assignment", "building", "unit", "member", "resident_group",
          "resident", "tag_def", "resident_tag", "central_household", "central_household_link", "establishment"]


def up(migrator, db):
    for table in TABLES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{table}_deleted"')
