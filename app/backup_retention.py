"""Which of a site's backups are kept (issue 19: bounded; docs/deployment.md says the same).

The documented depth, per kind:
- daily: the 7 newest daily backups, and as weekly ones the newest daily of each of the
  2 calendar weeks (ISO weeks, Monday first) before the weeks those 7 fall in;
- before-import: the last 3; before-migrate: the last 1;
  and besides: manual the last 2, before-restore (the safety copy a restore takes) the last 1,
  any other kind the last 1.
By space: the kept backups may take at most SPACE_FACTOR × the database's size. Packed
(app/backup_archive.py) a backup takes 0.21–0.23 of it, so the depth (13 copies: 2.8–3.0×)
fits; when the kept
ones take more, the oldest backup of the deepest kind (the one with most copies kept; daily
and weekly count as one) goes first, again and again until they fit. The newest backup of
each kind is never dropped for space; when even those are over the bound, the plan says so
(a warning). Every backup here was checked before it got its final name (app/backup_archive.py)."""

import datetime as dt
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

DAILY, WEEKS = 7, 2
KEEP = {"before-import": 3, "before-migrate": 1, "manual": 2, "before-restore": 1}
KEEP_OTHER = 1
SPACE_FACTOR = 3
PATTERNS = ("griddesk-*.sqlite3", "griddesk-*.sqlite3.gz", "before-restore-*.sqlite3", "before-restore-*.sqlite3.gz")


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str
    at: dt.datetime  # from its name (local time)
    size: int


@dataclass
class Plan:
    keep: list[Backup]
    remove: list[Backup]
    bound: int  # bytes the kept ones may take
    over_bound: bool = False  # even the minimum (the newest of each kind) takes more
    weekly: set[Path] = field(default_factory=set)

    @property
    def kept_bytes(self) -> int:
        return sum(b.size for b in self.keep)


def plan(backups: list[Backup], db_size: int, factor: int = SPACE_FACTOR) -> Plan:
    kept, weekly = _by_count(backups)
    bound = factor * db_size
    minimum = _newest_of_each_kind(kept)
    while sum(b.size for b in kept) > bound and (victim := _oldest_of_deepest(kept, minimum)):
        kept.remove(victim)
    keep = sorted(kept, key=lambda b: b.at, reverse=True)
    remove = [b for b in backups if b not in kept]
    return Plan(keep, remove, bound, sum(b.size for b in keep) > bound, weekly & {b.path for b in keep})


def _by_count(backups: list[Backup]) -> tuple[list[Backup], set[Path]]:
    kinds: dict[str, list[Backup]] = {}
    for backup in sorted(backups, key=lambda b: b.at, reverse=True):
        kinds.setdefault(backup.kind, []).append(backup)
    kept, weekly = [], set()
    for kind, newest_first in kinds.items():
        if kind == "daily":
            chosen = _weeklies(newest_first[DAILY:], {b.at.isocalendar()[:2] for b in newest_first[:DAILY]})
            weekly = {b.path for b in chosen}
            kept += newest_first[:DAILY] + chosen
        else:
            kept += newest_first[:KEEP.get(kind, KEEP_OTHER)]
    return kept, weekly


def _weeklies(older_newest_first: list[Backup], daily_weeks: set[tuple[int, int]]) -> list[Backup]:
    """The newest daily of each of the WEEKS newest calendar weeks before those of the kept dailies."""
    chosen: dict[tuple[int, int], Backup] = {}
    for backup in older_newest_first:
        week = backup.at.isocalendar()[:2]
        if week not in chosen and week not in daily_weeks and len(chosen) < WEEKS:
            chosen[week] = backup
    return list(chosen.values())


def _newest_of_each_kind(backups: list[Backup]) -> set[Path]:
    newest: dict[str, Backup] = {}
    for backup in backups:
        if backup.kind not in newest or backup.at > newest[backup.kind].at:
            newest[backup.kind] = backup
    return {b.path for b in newest.values()}


def _oldest_of_deepest(kept: list[Backup], minimum: set[Path]) -> Backup | None:
    """Dropped for space next: the oldest of the kind with most copies kept (ties: the older one)."""
    depth: dict[str, int] = {}
    for backup in kept:
        depth[backup.kind] = depth.get(backup.kind, 0) + 1
    droppable = [b for b in kept if b.path not in minimum]
    return min(droppable, key=lambda b: (-depth[b.kind], b.at), default=None)


def prune(folder: Path, db_size: int) -> tuple[list[Path], list[str]]:
    """Apply the retention (app/backup_retention.py) to a site's folder: what went, and warnings."""
    found = [Backup(p, kind_of(p), _taken(p), p.stat().st_size) for pattern in PATTERNS
             for p in folder.glob(pattern)]
    chosen = plan(found, db_size)
    removed = []
    for backup in chosen.remove:
        try:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
        except OSError:  # Windows: a restore dialog or a copy has it open; the next backup tries again
            logger.warning("could not remove old backup %s", backup.path.name)
    if removed:
        logger.info("retention removed %d old backup(s); kept %d (%d bytes)", len(removed), len(chosen.keep),
                    chosen.kept_bytes)
    warnings = _warnings(chosen, folder, db_size)
    for warning in warnings:  # also when the backup ran before an import or a migration, with no one to tell
        logger.warning("backup retention: %s", warning)
    return removed, warnings


def _warnings(chosen: Plan, folder: Path, db_size: int) -> list[str]:
    out = []
    if chosen.over_bound:
        out.append(f"备份占用 {_gb(chosen.kept_bytes)}，超过数据库大小的 {SPACE_FACTOR} 倍（{_gb(chosen.bound)}），"
                   "每类备份已只保留最新的一份。请把旧备份另存到移动硬盘，或把数据移到更大的磁盘。")
    free, need = shutil.disk_usage(folder).free, db_size + max((b.size for b in chosen.keep), default=0)
    if free < need:  # the next one: a plain copy while it is packed, then the packed one
        out.append(f"备份所在磁盘只剩 {_gb(free)}，放不下下一次备份（写入时约需 {_gb(need)}）。"
                   "请清理该磁盘或把数据移到更大的磁盘，否则下一次备份会失败。")
    return out


def _gb(size: int) -> str:
    return f"{size / 1e9:.1f} GB" if size >= 1e8 else f"{size / 1e6:.1f} MB"


def kind_of(path: Path) -> str:
    if path.name.startswith("before-restore-"):
        return "before-restore"
    parts = _stem(path).split("-", 4)  # griddesk-YYYYMMDD-HHMMSS-mmm[-kind]
    return parts[4] if len(parts) == 5 else "manual"


def _stem(path: Path) -> str:
    """The name without .sqlite3 or .sqlite3.gz."""
    return path.name.removesuffix(".gz").removesuffix(".sqlite3")


def _taken(path: Path) -> dt.datetime:
    stamp = _stem(path).removeprefix("before-restore-").removeprefix("griddesk-")  # YYYYMMDD-HHMMSS-mmm
    for form, length in (("%Y%m%d-%H%M%S-%f", 19), ("%Y%m%d-%H%M%S", 15)):
        try:
            return dt.datetime.strptime(stamp[:length], form)
        except ValueError:
            continue
    return dt.datetime.fromtimestamp(path.stat().st_mtime)  # a name this build did not write: as old as its file
