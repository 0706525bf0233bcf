"""Expected failures: a stable `code` a test can assert and a Chinese `message` that
tells the clerk what to do. Storage failures (db.errors.StorageError) have the
same shape and are shown the same way."""

from db.errors import StorageError


class GridDeskError(Exception):
    code = "E_GRIDDESK"

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(GridDeskError):
    code = "E_INVALID"


class PermissionDenied(GridDeskError):
    code = "E_PERMISSION"


class AuthenticationFailed(GridDeskError):
    code = "E_LOGIN"


class AccountLocked(GridDeskError):
    code = "E_LOCKED"


class NotFound(GridDeskError):
    code = "E_NOT_FOUND"


class Conflict(GridDeskError):
    code = "E_CONFLICT"


class BackupError(GridDeskError):
    code = "E_BACKUP"


class KeysMissing(GridDeskError):
    """This PC holds no usable secret keys for the site (a copied or restored database)."""

    code = "E_KEYS"


EXPECTED = (GridDeskError, StorageError)


def user_message(exc: BaseException) -> str:
    """The message to show for an expected failure."""
    return getattr(exc, "message", None) or str(exc)
