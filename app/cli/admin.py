"""`check`, `backup` and `restore`: keeping the database file healthy."""

import argparse
import sys
from pathlib import Path

from app import backup_offsite, backups
from app.audit import record_event
from app.auth import act_as_command_line
from app.cli.common import add_db_option, db_path, open_existing
from app.errors import BackupError, NotFound
from app.exchange.rowcheck import bad_values
from app.recovery import set_aside_damaged_log
from app.session import close_session, require_site
from db import rollup
from db.connection import quick_check
from db.errors import DatabaseReadOnly
from db.models import SYNC_MODELS
from db.schema import SCHEMA_VERSION, schema_version
from db.walcheck import wal_problem


def register(sub) -> None:
    p = sub.add_parser("check", help="检查数据库完整性、结构版本和记录数 / integrity, schema, counts")
    add_db_option(p)
    p.add_argument("--discard-damaged-log", action="store_true",
                   help="预写日志（-wal）损坏时：先把数据库和日志另存到备份文件夹，再不带日志打开 / set a damaged log aside")
    p.set_defaults(func=run_check)
    p = sub.add_parser("backup", help="立即备份数据库（压缩并校验；按保留规则清理旧备份：7 天每日、2 周每周、导入前 3 份、升级前 1 份，总量不超过数据库的 3 倍） / back up now")
    add_db_option(p)
    p.add_argument("--out", help="备份到U盘等本机以外的文件夹：加密给本站和区级的密钥 / an encrypted copy for a stick")
    p.set_defaults(func=run_backup)
    p = sub.add_parser("restore", help="从备份恢复（先检查备份完整性） / restore from a backup")
    add_db_option(p)
    p.add_argument("backup_file", nargs="?", help="备份文件；不填则列出可用备份")
    p.set_defaults(func=run_restore)


def run_check(args: argparse.Namespace) -> int:
    path = db_path(args)
    if args.discard_damaged_log and wal_problem(path.with_name(path.name + "-wal")):
        print(f"损坏的日志和数据库已另存到：{set_aside_damaged_log(path)}")
    session = open_existing(args)
    require_site(path)
    print(f"数据库：{path}")
    print(f"完整性检查：{quick_check(path)}")
    print(f"结构版本：{schema_version(session.db)}（本程序：{SCHEMA_VERSION}）")
    for model in SYNC_MODELS:
        live = model.select().where(model.deleted == False).count()  # noqa: E712
        print(f"{model._meta.table_name}: {live}")
    bad = [(m._meta.table_name, column, n) for m in SYNC_MODELS
           for column, n in bad_values(session.db, m._meta.table_name)]
    recounted = _check_rollups(session.db)
    close_session()
    print("字段值检查：正常" if not bad else "字段值检查：发现不符合字段规则的值（可能来自损坏或被篡改的数据）：")
    for table, column, n in bad:
        print(f"  {table}.{column}：{n} 条记录")
    if bad:
        print("请把本结果和数据库交给技术支持；在此之前请不要导出数据包。必要时从备份恢复。")
    return 1 if bad or recounted else 0


def _check_rollups(db) -> bool:
    """The monthly roll-ups against a recount; wrong ones are recounted (derived data). True when any was wrong."""
    wrong = rollup.verify(db)
    if not wrong:
        print("汇总表检查：与记录一致")
        return False
    try:
        with db.atomic():
            rollup.rebuild(db)
        print(f"汇总表检查：{'、'.join(wrong)} 与记录不符，已按记录重新统计。")
    except DatabaseReadOnly:
        print(f"汇总表检查：{'、'.join(wrong)} 与记录不符；数据库只读，未能重新统计。请在可写的位置再运行一次 check。")
    return True


def run_backup(args: argparse.Namespace) -> int:
    session = open_existing(args)
    act_as_command_line()
    try:
        if args.out:
            path = backup_offsite.backup_to(session.db, session.db_path, Path(args.out))
            record_event("backup", file=path.name, offsite=True)
            print(f"已加密备份到：{path}（只有本站和区级的密钥能打开）")
            return 0
        done = backups.backup(session.db, session.db_path, "manual")
        record_event("backup", file=done.path.name)
    finally:
        close_session()
    print(f"已备份到：{done.path}")
    if done.removed:
        print(f"按保留规则删除了 {len(done.removed)} 个旧备份：{'、'.join(p.name for p in done.removed)}")
    for warning in done.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not args.backup_file:
        found = backups.list_backups(path)
        if not found:
            raise NotFound(f"{backups.backup_dir(path)} 中没有备份。")
        for item in found:
            try:
                backups.check_backup(item)
                verdict = "可用"
            except BackupError as exc:
                verdict = f"不可用：{exc.message}"
            print(f"{item}  {verdict}")
        return 0
    chosen = Path(args.backup_file)
    safety = (backup_offsite.restore_encrypted(chosen, path) if chosen.name.endswith(".age")
              else backups.restore(chosen, path))
    _audit_restore(args, chosen, safety)
    print(f"已从 {args.backup_file} 恢复到 {path}。")
    if safety:
        print(f"恢复前的数据库已另存为：{safety}")
    return 0


def _audit_restore(args: argparse.Namespace, backup: Path, safety: Path | None) -> None:
    """Into the restored database (the one that goes on being used)."""
    open_existing(args)
    act_as_command_line()
    record_event("restore", file=backup.name, kept=safety.name if safety else "")
    close_session()
