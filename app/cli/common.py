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
