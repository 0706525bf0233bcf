"""Several sites in one test: each its own SQLite file, opened one at a time."""

from contextlib import contextmanager
from pathlib import Path

from app import auth
from app.session import close_session, open_session
from db import context
from db.models import User


@contextmanager
def at(path: Path, user: str = "admin"):
    """Open a site's database and act as one of its users; close afterwards."""
    close_session()
    open_session(path)
    auth.set_current_user(User.get(User.username == user))
    try:
        yield
    finally:
        auth.set_current_user(None)
        close_session()
        context.current.site_id = ""
