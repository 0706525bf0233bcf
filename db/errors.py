"""Storage failures with a stable code and a message a clerk understands."""


class StorageError(Exception):
    """Base class: `code` is stable for tests, `message` is shown to the user (Chinese)."""

    code = "E_STORAGE"

    def __init__(self, message: str, *, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.detail = detail


class DatabaseDamaged(StorageError):
    code = "E_DB_DAMAGED"


class DatabaseTooNew(StorageError):
    code = "E_DB_TOO_NEW"


class DatabaseLocked(StorageError):
    code = "E_DB_LOCKED"


class DatabaseMissing(StorageError):
    code = "E_DB_MISSING"


class NotADatabase(StorageError):
    code = "E_NOT_DB"


class DatabaseUnreadable(StorageError):
    """The file could not be read (a folder, a missing disk, no permission): not damage."""

    code = "E_DB_UNREADABLE"


class MigrationFailed(StorageError):
    code = "E_MIGRATION"


class DatabaseReadOnly(StorageError):
    """Writing is impossible: a read-only medium (CD, write-protected stick, share) or file."""

    code = "E_DB_READONLY"


class DiskFull(StorageError):
    """The disk holding the file has no room left; nothing of the failed write was kept."""

    code = "E_DISK_FULL"


class WalDamaged(DatabaseDamaged):
    """The write-ahead log holds committed writes SQLite would silently discard."""

    code = "E_WAL_DAMAGED"


class IntegrityCheckRunning(StorageError):
    """A write while the integrity check after an unclean shutdown is still running."""

    code = "E_DB_CHECKING"
