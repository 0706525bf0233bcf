"""`stats`: the key figures of an org subtree, computed from the records."""

import argparse
import json

from app import org, stats
from app.cli.common import add_db_option, open_existing
from app.session import close_session


def register(sub) -> None:
    p = sub.add_parser("stats", help="打印关键指标（由记录计算） / key figures computed from the records")
    add_db_option(p)
    p.add_argument("--org", help="只统计该组织单位及其下级（编码）")
    p.add_argument("--site", help="只统计某个站点（办公室）负责的范围：站点编号或名称")
    p.add_argument("--period", help="统计期间：年份 2026、季度 2026-Q3 或月份 2026-11（默认全部）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    open_existing(args)
    try:
        root = org.by_code(args.org).path if args.org else None
        if args.site:
            root = _site_path(args.site)
        figures = stats.compute(root, period=parse_period(args.period))
    finally:
        close_session()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {stats.format_value(key, value):>12}  {stats.REGISTRY[key].label}")
    return 0


def parse_period(text: str | None):
    """2026, 2026-Q3 or 2026-11 -> [start, end) (app/notices/periods.py reads all three)."""
    from app.notices import periods

    return periods.parse(text).as_stats_period() if text else None


def _site_path(key: str) -> str:
    from app.errors import NotFound
    from db.models import Site

    site = Site.get_or_none(((Site.uuid == key) | (Site.name == key)) & (Site.deleted == False))  # noqa: E712
    if site is None:
        raise NotFound(f"没有名为“{key}”的站点。用 sites 命令查看已登记的站点。")
    return site.org_unit.path
