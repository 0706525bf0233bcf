"""`roster`: Excel templates, validated import and export of residents and buildings."""

import argparse
from pathlib import Path

from app import org
from app.auth import act_as_command_line
from app.cli.common import add_db_option, open_existing
from app.grid.roster.columns import KINDS
from app.grid.roster.export import export_buildings, export_residents
from app.grid.roster.importer import apply, plan_import
from app.grid.roster.template import write_template
from app.session import close_session


def register(sub) -> None:
    p = sub.add_parser("roster", help="居民/楼栋名单：模板、导入、导出（Excel） / rosters in Excel")
    actions = p.add_subparsers(dest="action", metavar="操作", required=True)
    imp = actions.add_parser("import", help="导入名单（先逐行检查） / import a roster")
    add_db_option(imp)
    imp.add_argument("--grid", required=True, help="导入到的网格或社区编码")
    imp.add_argument("--kind", choices=list(KINDS), help="名单类型（默认按表头识别）")
    imp.add_argument("--dry-run", action="store_true", help="只检查，不导入")
    imp.add_argument("--rejected", help="把有问题的行另存到此 .xlsx（默认在原文件旁）")
    imp.add_argument("file", help="名单文件 .xlsx")
    imp.set_defaults(func=run_import)
    exp = actions.add_parser("export", help="导出名单 / export a roster")
    add_db_option(exp)
    exp.add_argument("--org", required=True, help="组织单位编码（导出其下全部）")
    exp.add_argument("--kind", choices=list(KINDS), default="residents")
    exp.add_argument("--out", required=True, help="输出文件 .xlsx")
    exp.set_defaults(func=run_export)
    tpl = actions.add_parser("template", help="下载空白模板 / write a blank template")
    tpl.add_argument("--kind", choices=list(KINDS), default="residents")
    tpl.add_argument("--out", required=True)
    tpl.set_defaults(func=lambda a: print(f"已生成模板：{write_template(a.out, a.kind)}"))


def run_import(args: argparse.Namespace) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        plan = plan_import(args.file, org.by_code(args.grid), args.kind)
        print(plan.summary())
        for p in plan.problems:
            print(f"第 {p.row} 行 [{p.column}] {p.message}")
        if args.dry_run:
            print("（试运行：没有导入任何数据）")
        else:
            source = Path(args.file)
            rejected = args.rejected or source.with_name(f"{source.stem}-待修改.xlsx")
            result = apply(plan, rejected)
            print(f"已导入 {result.imported} 行。")
            if result.rejected_file:
                print(f"有问题的 {result.rejected} 行已另存为：{result.rejected_file}")
    finally:
        close_session()
    return 1 if plan.rejected else 0


def run_export(args: argparse.Namespace) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        root = org.by_code(args.org)
        count = (export_residents if args.kind == "residents" else export_buildings)(root, args.out)
    finally:
        close_session()
    print(f"已导出 {count} 行到 {args.out}")
    return 0
