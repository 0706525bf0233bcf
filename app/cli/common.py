"""Shared pieces of the CLI commands."""

import argparse
from pathlib import Path

from app.paths import default_db_path
from app.session import Session, open_session


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件路径 / database file")


def db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path())


def open_existing(args: argparse.Namespace) -> Session:
    return open_session(db_path(args), create=False)


def confirm(question: str, assume_yes: bool) -> None:
    """Go on only after the operator said yes: `--yes`, or "yes" typed at a terminal.
    Without a terminal (a pipe, a script) and without --yes nothing is done."""
    import sys

    from app.errors import ValidationError

    if assume_yes:
        return
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError("这一步需要操作员确认：请在终端中运行并输入 yes；脚本中（已电话核对指纹后）请加 --yes。"
                              "本次没有做任何改动。")
    if input(f"{question}（一致请输入 yes）：").strip().lower() not in ("yes", "y", "是"):
        raise ValidationError("没有确认，本次没有做任何改动。")


def find_site(ref: str):
    """A live site by its uuid or its organisation unit's code."""
    from app import org
    from app.errors import NotFound
    from db.models import Site

    site = Site.get_or_none((Site.uuid == ref) & (Site.deleted == False))  # noqa: E712
    if site is None:
        unit = org.by_code(ref)
        site = Site.get_or_none((Site.org_unit == unit) & (Site.deleted == False))  # noqa: E712
        if site is None:
            raise NotFound(f"{unit.name} 没有登记站点。")
    return site
