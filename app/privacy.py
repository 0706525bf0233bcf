"""Masking of personal data for lists, logs and board notices.

The same rule as the audit-log triggers (db/triggers.py): ID numbers keep the
first 6 and last 4 characters, phone numbers the first 3 and last 4.
"""


def mask_id_number(value: str | None) -> str:
    if not value:
        return ""
    return value[:6] + "*" * (len(value) - 10) + value[-4:] if len(value) > 10 else "****"


def mask_phone(value: str | None) -> str:
    if not value:
        return ""
    return value[:3] + "****" + value[-4:] if len(value) >= 7 else "****"


def mask_name(name: str | None) -> str:
    """A resident on a board notice: the surname and two stars (王**), whatever the name's length
    (the audit log masks names the same way)."""
    name = (name or "").strip()
    return name[0] + "**" if name else ""
