"""Finding residents across the tree: by name (2-character names too), phone or ID
fragment, or address — through the bigram index (db/search_index.py).

A one-character query has no bigram; it falls back to names starting with it.
Results are masked for lists (ID 610102********1234, phone 138****5678).
"""

from dataclasses import dataclass

from app.privacy import mask_id_number, mask_phone
from app.scope import within
from app.validators import search_text
from db.connection import database
from db.search_index import query_phrase

LIMIT = 200


@dataclass(frozen=True)
class ResidentHit:
    uuid: str
    name: str
    gender: str | None
    id_masked: str
    phone_masked: str
    address: str
    grid_uuid: str
    grid_name: str


_SELECT = (
    "SELECT r.uuid, r.name, r.gender, r.id_number, r.phone, "
    "coalesce(r.address, '') || coalesce(' ' || b.name, '') || coalesce(' ' || r.room, ''), "
    "g.uuid, g.name FROM resident r JOIN org_unit g ON g.uuid = r.grid_uuid "
    "LEFT JOIN building b ON b.uuid = r.building_uuid "
)


def search_residents(query: str, root_path: str | None = None, limit: int = LIMIT) -> list[ResidentHit]:
    root_path = within(root_path)
    query = search_text(query)
    if not query:
        return []
    phrase = query_phrase(query)
    scope, params = _scope(root_path)
    if phrase is None:  # a single character: names starting with it (an index range)
        sql = _SELECT + f"WHERE r.name >= ? AND r.name < ? AND r.deleted = 0 {scope} ORDER BY r.name LIMIT ?"
        rows = database.execute_sql(sql, (query, query + "\uffff", *params, limit))
    else:
        sql = (_SELECT + "WHERE r.rowid IN (SELECT rowid FROM resident_fts WHERE resident_fts MATCH ?) "
               f"AND r.deleted = 0 {scope} LIMIT ?")
        rows = database.execute_sql(sql, (phrase, *params, limit))
    return [_hit(row) for row in rows]


def _scope(root_path: str | None) -> tuple[str, tuple]:
    if not root_path:
        return "", ()
    return "AND g.path >= ? AND g.path < ?", (root_path, root_path + "\uffff")


def _hit(row) -> ResidentHit:
    uuid, name, gender, id_number, phone, address, grid_uuid, grid_name = row
    return ResidentHit(uuid, name, gender, mask_id_number(id_number), mask_phone(phone), address.strip(),
                       grid_uuid, grid_name)
