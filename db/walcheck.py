"""Checks made before SQLite touches a file: its header, and a write-ahead log it would
silently cut short.

SQLite reads a `-wal` file frame by frame and stops at the first frame whose salts
differ from the log's header or whose running checksum fails; everything after it
is ignored, and the next write overwrites it. Frames of an older generation of the
log (left behind when it restarted) have other salts: stopping there is normal.
A frame with the current salts *after* the stopping point means committed writes
would be lost, and so does a log whose header is broken while it holds frames.
Neither `quick_check` nor `check` can see this once SQLite has opened the file, so
it is looked at here first (docs/architecture.md, "How faults are handled").
"""

import struct
from array import array
from pathlib import Path

from db.errors import NotADatabase, WalDamaged

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)  # little- / big-endian checksums
WAL_HEADER, FRAME_HEADER = 32, 24


def check_header(path: Path) -> None:
    """Refuse an empty file or one that does not start as an SQLite database (read only)."""
    with open(path, "rb") as f:
        head = f.read(100)
    if not head:
        raise NotADatabase(f"文件 {path.name} 是空的（0 字节），不是 GridDesk 数据库，程序没有改动它。"
                           "请从备份恢复，或选择正确的文件。")
    if len(head) < 100 or head[:16] != SQLITE_MAGIC or page_size(struct.unpack(">H", head[16:18])[0]) is None:
        raise NotADatabase(f"文件 {path.name} 不是 GridDesk 数据库（文件头已损坏，或是其他软件的文件），程序没有改动它。"
                           "请从备份恢复，或选择正确的文件。")


def page_size(raw: int) -> int | None:
    """A page size as stored (1 means 65536 in a database header), if it is a valid one."""
    size = 65536 if raw == 1 else raw
    return size if 512 <= size <= 65536 and size & (size - 1) == 0 else None


def checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """SQLite's WAL checksum: two running 32-bit sums over pairs of words."""
    words = array("I", data)
    if big_endian != (struct.pack("=I", 1) == struct.pack(">I", 1)):
        words.byteswap()
    it = iter(words)
    for a in it:
        s0 = (s0 + a + s1) & 0xFFFFFFFF
        s1 = (s1 + next(it) + s0) & 0xFFFFFFFF
    return s0, s1


def wal_problem(wal: Path) -> str | None:
    """Why SQLite would drop committed frames of this log, or None when it would not."""
    data = wal.read_bytes() if wal.exists() else b""
    if len(data) <= WAL_HEADER:
        return None
    magic, version, page, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:WAL_HEADER])
    big = magic == WAL_MAGIC[1]
    if magic not in WAL_MAGIC or version != 3007000 or page_size(page) is None \
            or checksum(data[:24], big) != (c0, c1):
        return "日志文件头已损坏"
    frame = FRAME_HEADER + page
    sums, offset = (c0, c1), WAL_HEADER
    while offset + frame <= len(data):
        head = data[offset:offset + FRAME_HEADER]
        f_salts, f_sums = struct.unpack(">2I", head[8:16]), struct.unpack(">2I", head[16:24])
        sums = checksum(data[offset + FRAME_HEADER:offset + frame], big, *checksum(head[:8], big, *sums))
        if f_salts != (salt1, salt2) or f_sums != sums:
            break
        offset += frame
    for later in range(offset + frame, len(data) - frame + 1, frame):
        if struct.unpack(">2I", data[later + 8:later + 16]) == (salt1, salt2):
            return f"第 {(offset - WAL_HEADER) // frame + 1} 帧已损坏，其后还有已保存的修改"
    return None


def check_wal(path: Path) -> None:
    """Raise WalDamaged when opening would silently drop committed writes of `<path>-wal`."""
    wal = path.with_name(path.name + "-wal")
    problem = wal_problem(wal)
    if problem:
        raise WalDamaged(
            f"数据库 {path.name} 的预写日志（{wal.name}）已损坏（{problem}），直接打开会悄悄丢掉其中已保存的修改，"
            "所以没有打开它。请选择：从最新的备份恢复（restore 命令），或先另存一份副本再不带损坏的日志打开"
            "（check --discard-damaged-log；日志中的修改会丢失）。",
            detail=problem)
