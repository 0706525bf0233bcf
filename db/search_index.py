"""Keyword search that finds 2-character Chinese words.

FTS5's trigram tokenizer cannot match 2-character words (停车, 张伟), so the
searchable text is rewritten as space-separated character bigrams and indexed
with the `unicode61` tokenizer; a query becomes the phrase of its own bigrams.
Each field is split separately and a separator token stands between fields, so
no bigram and no phrase spans two fields.

A one-character query has no bigram: `request_chars` (migration 0031) indexes the
distinct characters of each request's text, one token each (`chars()`), with
`detail=none` (row ids only: no positions, 88 MB at 1m). A character matches as
`LIKE '%c%'` does: ASCII letters without case, everything else exactly.

The SQLite function `gd_bigrams(text)` is registered on every connection
(db/connection.py) and used by the triggers that keep each index current, so
every write path — save, bulk update, raw SQL — keeps the index right.
"""

import re

_SPLIT = re.compile(r"[\s\-_/,，。、()（）]+")

# index name -> (table, indexed columns)
INDEXES = {
    "resident_fts": ("resident", ("name", "phone", "id_number", "address", "room")),
    "request_fts": ("request", ("content",)),
    "request_chars": ("request", ("content",)),
}
CHAR_INDEXES = {"request_chars"}  # indexed by gd_chars (single characters), the others by gd_bigrams


def bigrams(text: str | None) -> str:
    """'王小明 13812' -> '王小 小明 13 38 81 12'."""
    if not text:
        return ""
    out = []
    for part in _SPLIT.split(str(text).lower()):
        out.extend(part[i:i + 2] for i in range(len(part) - 1))
    return " ".join(out)


def query_phrase(query: str) -> str | None:
    """The FTS5 MATCH expression for a query, or None when it is too short."""
    query = query.replace("\x00", " ")  # FTS5 reads its query as a C string: a NUL would end it mid-phrase
    grams = [g for g in bigrams(query).split() if g]
    if not grams:
        return None
    phrases = []
    for part in _SPLIT.split(query.strip().lower()):
        part_grams = [part[i:i + 2] for i in range(len(part) - 1)]
        if part_grams:
            phrases.append('"' + " ".join(g.replace('"', '""') for g in part_grams) + '"')
    return " AND ".join(phrases)


def char_token(ch: str) -> str:
    """One character as a token of the `ascii` tokenizer: non-ASCII as it is, ASCII letters and
    digits as they are (the tokenizer folds case, as LIKE does), other ASCII as x + hex ('#' -> x23)."""
    if ch >= "\x80":
        return ch
    return ch.lower() if ch.isalnum() else f"x{ord(ch):02x}"


def chars(text: str | None) -> str:
    """'停车 停' -> '停 车' (each distinct character once, blanks left out; order is irrelevant)."""
    if not text:
        return ""
    return " ".join(sorted({char_token(ch) for ch in str(text) if not ch.isspace()}))


def char_query(query: str) -> str | None:
    """The MATCH expression of `request_chars` for a one-character query, else None."""
    if len(query) != 1 or query.isspace():
        return None
    return f'"{char_token(query)}"'


SEPARATOR = " gdsep "  # a token no query phrase holds (phrases are 2-character tokens): no match spans fields


def _row_text(name: str, columns: tuple[str, ...], row: str) -> str:
    if name in CHAR_INDEXES:
        return " || ' ' || ".join(f"gd_chars({row}.\"{c}\")" for c in columns)
    return f" || '{SEPARATOR}' || ".join(f"gd_bigrams({row}.\"{c}\")" for c in columns)


def create_sql(name: str) -> str:
    return f"CREATE VIRTUAL TABLE IF NOT EXISTS \"{name}\" USING fts5(grams, tokenize = 'unicode61')"


def trigger_sql() -> list[str]:
    out = []
    for name, (table, columns) in INDEXES.items():
        watched = ", ".join(f'"{c}"' for c in (*columns, "deleted"))
        out += [
            f"CREATE TRIGGER \"{name}_ai\" AFTER INSERT ON \"{table}\" WHEN NEW.deleted = 0 BEGIN "
            f"INSERT INTO \"{name}\" (rowid, grams) VALUES (NEW.rowid, {_row_text(name, columns, 'NEW')}); END",
            f"CREATE TRIGGER \"{name}_au\" AFTER UPDATE OF {watched} ON \"{table}\" BEGIN "
            f"DELETE FROM \"{name}\" WHERE rowid = OLD.rowid; "
            f"INSERT INTO \"{name}\" (rowid, grams) SELECT NEW.rowid, {_row_text(name, columns, 'NEW')} "
            f"WHERE NEW.deleted = 0; END",
        ]
    return out


def rebuild(db, name: str) -> int:
    """Re-index every live row (after a migration or a bulk load without triggers)."""
    table, columns = INDEXES[name]
    db.execute_sql(f'DELETE FROM "{name}"')
    cursor = db.execute_sql(
        f"INSERT INTO \"{name}\" (rowid, grams) SELECT rowid, {_row_text(name, columns, table)} "
        f"FROM \"{table}\" WHERE deleted = 0")
    return cursor.rowcount


def last_rowid(db, name: str) -> int:
    """The largest rowid of the index's table: the rows inserted after it are above it."""
    table, _ = INDEXES[name]
    return db.execute_sql(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]


def index_after(db, name: str, rowid: int) -> int:
    """Index the live rows above `rowid` that are not indexed yet, in one pass (rows inserted
    while the insert trigger was set aside; app/exchange's recovery import)."""
    table, columns = INDEXES[name]
    cursor = db.execute_sql(
        f"INSERT INTO \"{name}\" (rowid, grams) SELECT t.rowid, {_row_text(name, columns, 't')} FROM \"{table}\" t "
        f"WHERE t.rowid > ? AND t.deleted = 0 AND NOT EXISTS (SELECT 1 FROM \"{name}\" f WHERE f.rowid = t.rowid)",
        (rowid,))
    return cursor.rowcount
