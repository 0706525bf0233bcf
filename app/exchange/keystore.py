"""Where this PC keeps a site's secret bundle keys: one file per site in the data
folder's `keys/` folder (app/paths.py), never in the database, so never in a
backup or a copy of it.

- Windows: the file holds the keys protected with DPAPI for the signed-in user
  (CryptProtectData, user scope): another user or another PC cannot read them.
- POSIX: a 0600 file in a 0700 folder.

A file that cannot be read or unprotected counts as missing: the caller then
says, in Chinese, that this PC holds no usable keys (identity.KeysMissing).
"""

import logging
import os
import re
import sys
from pathlib import Path

from app.paths import data_dir

logger = logging.getLogger(__name__)

DPAPI_MAGIC = b"GridDesk-DPAPI-1\n"
_SITE = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,63}")


def key_dir() -> Path:
    path = data_dir() / "keys"
    path.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def key_file(site_uuid: str) -> Path:
    if not _SITE.fullmatch(site_uuid) or site_uuid.startswith("."):
        raise ValueError("not a site id")
    return key_dir() / f"{site_uuid}.key"


def load(site_uuid: str) -> str | None:
    """The stored key text, or None when there is none this user can read."""
    try:
        data = key_file(site_uuid).read_bytes()
        if data.startswith(DPAPI_MAGIC):
            data = dpapi(data[len(DPAPI_MAGIC):], protect=False)
        return data.decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, AttributeError, ValueError) as exc:  # AttributeError: no DPAPI here
        logger.warning("site key file unusable: %s", type(exc).__name__)
        return None


def save(site_uuid: str, text: str) -> Path:
    """Write the key text (protected on Windows) through a temporary 0600 file."""
    data = text.encode("utf-8")
    if sys.platform == "win32":
        data = DPAPI_MAGIC + dpapi(data, protect=True)
    path = key_file(site_uuid)
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(part, path)
    return path


def dpapi(data: bytes, *, protect: bool) -> bytes:
    """CryptProtectData / CryptUnprotectData for the current user (Windows only)."""
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    crypt32 = ctypes.WinDLL("crypt32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    buffer = ctypes.create_string_buffer(data, len(data))
    blob_in, blob_out = Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char))), Blob()
    ui_forbidden = 0x1
    if protect:
        ok = crypt32.CryptProtectData(ctypes.byref(blob_in), "GridDesk site keys", None, None, None,
                                      ui_forbidden, ctypes.byref(blob_out))
    else:
        ok = crypt32.CryptUnprotectData(ctypes.byref(blob_in), None, None, None, None, ui_forbidden,
                                        ctypes.byref(blob_out))
    if not ok:
        raise OSError(ctypes.get_last_error(), "DPAPI failed")
    try:
        return ctypes.string_at(blob_out.pbData, blob_out.cbData)
    finally:
        kernel32.LocalFree(blob_out.pbData)
