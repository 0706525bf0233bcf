"""Small helpers shared by tests."""

from app.validators import id_check_char
from db.connection import database


def valid_id(seq: str = "123", birth: str = "19900101") -> str:
    """A checksum-valid ID number from Shangzhou (area 611002)."""
    first17 = f"611002{birth}{seq}"
    return first17 + id_check_char(first17)


def answer(cls, fill):
    """Replace cls.ask by: build the real dialog, let `fill` type into it, press OK; the dialog
    must take it without an error (the tests of refusals drive the dialog themselves)."""
    def ask_(klass, *args, parent=None):
        dialog = klass(*args, parent=parent)
        fill(dialog)
        dialog.accept()
        assert dialog.error_text() == "", dialog.error_text()
        return dialog.result_value
    return classmethod(ask_)


def traced(work) -> tuple[object, list[str]]:
    """The result of `work()` and the SQL statements it ran on this thread's real connection."""
    seen: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(seen.append)
    try:
        return work(), seen
    finally:
        connection.set_trace_callback(None)
