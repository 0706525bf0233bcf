"""Small helpers shared by tests."""

from app.validators import id_check_char


def valid_id(seq: str = "123", birth: str = "19900101") -> str:
    """A checksum-valid ID number from Shangzhou (area 611002)."""
    first17 = f"611002{birth}{seq}"
    return first17 + id_check_char(first17)
