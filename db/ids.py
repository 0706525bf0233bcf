"""Keys for records that travel: UUIDv7 text, sortable by creation time."""

import uuid_utils


def new_uuid() -> str:
    return str(uuid_utils.uuid7())
