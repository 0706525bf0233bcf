"""Keys for records that travel: UUIDv7 text, sortable by creation time."""

import uuid_utils


def new_uuid() -> str:
    return str(uuid_utils.uuid7())


def stable_uuid(name: str) -> str:
    """The same key at every site for the same built-in reference record (UUIDv8,
    RFC 9562 'custom'): the district's catalogue and a site's seeded one agree."""
    import hashlib

    raw = bytearray(hashlib.sha256(f"griddesk:{name}".encode()).digest()[:16])
    raw[6] = (raw[6] & 0x0F) | 0x80
    raw[8] = (raw[8] & 0x3F) | 0x80
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
