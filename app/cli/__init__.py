"""The headless command line: the same app/ functions as the window.

Each command module has `register(subparsers)`; commands print Chinese
messages, and an expected failure is one line on stderr and exit code 1.
"""

import argparse
import contextlib
import logging
import os
import sys
from pathlib import Path

from app import __version__

logger = logging.getLogger(__name__)


class ChineseArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, Chinese, exit 2
        self.exit(2, f"参数错误：{message}。用 --help 查看用法。\n")


WINDOW_OPTIONS = {"--db": True, "--user": True, "--smoke": False}  # option -> takes a value


def _base_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(
        prog="griddesk",
        description="GridDesk 网格治理工作台。不带子命令启动窗口；带子命令在命令行执行。"
                    " / Without a subcommand: the window; with one: headless.",
    )
    parser.add_argument("--version", action="version", version=f"GridDesk {__version__}")
    parser.add_argument("--db", help="数据库文件路径（默认在用户数据文件夹；也可用 GRIDDESK_DB） / database file")
    parser.add_argument("--smoke", action="store_true",
                        help="冒烟测试：启动窗口、登录（密码从标准输入读）、打印启动毫秒数后退出 / smoke test")
    parser.add_argument("--user", help="--smoke 时登录的用户名（默认 admin） / user for --smoke")
    return parser


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """The window's arguments when argv holds only window options (--db, --user, --smoke), else
    None: the window then starts without importing every command's modules (reportlab,
    openpyxl, the demo generator …), which the full parser would."""
    values = iter(argv)
    for token in values:
        name = token.split("=", 1)[0]
        if name not in WINDOW_OPTIONS:
            return None
        if WINDOW_OPTIONS[name] and "=" not in token and next(values, None) is None:
            return None  # let the full parser say what is missing
    args = _base_parser().parse_args(argv)
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    from app.cli import admin, demo, exchange, init, keys, logs, notice, roster, stats, users

    parser = _base_parser()
    sub = parser.add_subparsers(dest="command", metavar="子命令", parser_class=ChineseArgumentParser)
    for module in (init, demo, stats, admin, users, roster, exchange, keys, notice, logs):
        module.register(sub)
    return parser


def run(args: argparse.Namespace) -> int:
    import sqlite3  # here, not above: the window's start imports this module before its splash

    from peewee import DatabaseError

    from app.errors import EXPECTED, user_message
    from app.paths import default_db_path
    from db.medium import explain, explain_os_error

    try:
        return int(args.func(args) or 0)
    except EXPECTED as exc:
        print(f"错误：{user_message(exc)}", file=sys.stderr)
        return 1
    except (DatabaseError, sqlite3.Error) as exc:  # a database problem the typed errors did not cover
        logger.exception("database error in a CLI command")
        typed = explain(exc, Path(getattr(args, "db", None) or default_db_path()))
        hint = typed.message if typed else ("数据库正被其他程序占用，请关闭其他 GridDesk 窗口后重试。" if "locked" in str(exc)
                else f"数据库操作失败（{exc}）。请运行 check 命令检查数据库，必要时从备份恢复。")
        print(f"错误：{hint}", file=sys.stderr)
        return 1
    except OSError as exc:  # a full or read-only medium met outside the database itself
        typed = explain_os_error(exc, Path(getattr(args, "db", None) or default_db_path()))
        if typed is None:
            raise
        logger.warning("file operation failed: %s", exc.strerror)
        print(f"错误：{typed.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130


@contextlib.contextmanager
def stdout_may_close():
    """Output piped into a reader that stops early (`| head -1`): end quietly instead of a
    BrokenPipe traceback. Wraps parsing (`--help`) and running a command, up to the last flush."""
    try:
        try:
            yield
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)  # the interpreter's own last flush must not fail again
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(1) from None


def safe_output() -> None:
    """Output never crashes on encoding: a redirected stdout on a Chinese Windows PC is GBK,
    which has no 𠮷, so a command that printed its result after doing its work would fail
    with UnicodeEncodeError. Characters the console cannot show become `?` instead."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def read_password(prompt: str = "密码：") -> str:
    """From stdin: a pipe gives one line, a terminal asks without echo."""
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        import getpass
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")
