"""`logs`: every process's log read back as one log in time order (app/log_files.py), for
a support call or to attach to a problem report; the log folder is in 关于."""

import argparse
import collections
import sys

from app.log_files import records
from app.paths import log_dir


def register(sub) -> None:
    p = sub.add_parser("logs", help="按时间顺序打印所有进程的日志 / every process's log in time order")
    p.add_argument("--tail", type=int, default=0, metavar="N", help="只打印最后 N 条记录（默认全部）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    found = records(log_dir())
    if args.tail > 0:
        found = collections.deque(found, maxlen=args.tail)
    for record in found:
        sys.stdout.write(record)
    return 0
