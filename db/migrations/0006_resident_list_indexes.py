"""Indexes for the keyset-paged resident list (app.grid.lists.resident_page).

One index per sortable column, on the same NULL-free expression the list sorts
by and ending on uuid, over live rows only: a page deep in a district-wide list
sorted by any column is then an index seek plus `limit` rows, not a sort of
every resident (436 ms per page at 600,000 residents). The grid order walks
grids by path and each grid's residents through resident_list_grid; the
building order walks buildings by name and each building's residents through
resident_list_building. DDL frozen here; the models do not declare them.
"""

INDEXES = [
    ("resident_list_name", "resident", "name, uuid", "deleted = 0"),
    ("resident_list_gender", "resident", "ifnull(gender, ''), uuid", "deleted = 0"),
    ("resident_list_birth_date", "resident", "ifnull(birth_date, ''), uuid", "deleted = 0"),
    ("resident_list_id_number", "resident", "ifnull(id_number, ''), uuid", "deleted = 0"),
    ("resident_list_phone", "resident", "ifnull(phone, ''), uuid", "deleted = 0"),
    ("resident_list_room", "resident", "ifnull(room, ''), uuid", "deleted = 0"),
    ("resident_list_household_no", "resident", "ifnull(household_no, ''), name, uuid", "deleted = 0"),
    ("resident_list_relation", "resident", "ifnull(relation, ''), uuid", "deleted = 0"),
    ("resident_list_grid", "resident", "grid_uuid, ifnull(household_no, ''), name, uuid", "deleted = 0"),
    ("resident_list_building", "resident", "building_uuid, ifnull(room, ''), uuid", "deleted = 0"),
    ("building_list_name", "building", "name, uuid", None),
]


def up(migrator, db):
    for name, table, columns, where in INDEXES:
        partial = f" WHERE {where}" if where else ""
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns}){partial}')
