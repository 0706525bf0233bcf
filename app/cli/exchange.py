"""Data exchange on the command line: enrol (or re-enrol) a site, export, import, sites. Keys: keys.py."""

import argparse
import json
from pathlib import Path

from app.auth import act_as_command_line
from app.cli.common import add_db_option, db_path, find_site, open_existing
from app.exchange import enrol, identity, incoming, outgoing
from app.exchange.errors import BundleError
from app.session import close_session, local_site


def register(sub) -> None:
    site = sub.add_parser("site", help="站点登记（区级） / enrol a site")
    actions = site.add_subparsers(dest="action", metavar="操作", required=True)
    enroll = actions.add_parser("enroll", help="登记下级站点并生成登记文件 / enrol a site, write its file")
    add_db_option(enroll)
    enroll.add_argument("--name", required=True)
    enroll.add_argument("--level", required=True, choices=["subdistrict", "community"])
    enroll.add_argument("--org", required=True, help="该站点负责的组织单位编码")
    enroll.add_argument("--out", required=True, help="登记文件路径")
    enroll.set_defaults(func=run_enroll)
    again = actions.add_parser("reissue", help="为电脑已损坏的站点重新生成登记文件（旧密钥随即撤销） / re-enrol a rebuilt PC")
    add_db_option(again)
    again.add_argument("--site", required=True, help="站点编号（uuid）或组织编码")
    again.add_argument("--out", required=True, help="登记文件路径")
    again.set_defaults(func=run_reissue)
    exp = sub.add_parser("export", help="导出数据包给指定站点 / write a bundle for a site")
    add_db_option(exp)
    exp.add_argument("--to", required=True, help="接收站点的编号（uuid）或组织编码")
    exp.add_argument("--out", required=True, help="输出文件夹（如U盘）")
    exp.add_argument("--recovery", action="store_true", help="恢复包：该站点范围内的全部数据")
    exp.set_defaults(func=run_export)
    imp = sub.add_parser("import", help="导入数据包 / import a bundle")
    add_db_option(imp)
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true", help="只检查并显示计划，不导入")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=run_import)
    sites = sub.add_parser("sites", help="各站点数据交换状态 / the state of every site")
    add_db_option(sites)
    sites.set_defaults(func=run_sites)


def run_enroll(args: argparse.Namespace) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        site = enrol.enroll(args.name, args.level, args.org, args.out)
        print(f"已登记站点：{site.name}（编号 {site.uuid}），登记文件：{args.out}")
        print(f"本站（区级）密钥指纹：{identity.my_public().fingerprint()}")
    finally:
        close_session()
    return 0


def run_reissue(args: argparse.Namespace) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        site = enrol.reissue(find_site(args.site).uuid, args.out)
        print(f"已为 {site.name} 重新生成登记文件：{args.out}；该站点的旧密钥已撤销。")
        print(f"本站（区级）密钥指纹：{identity.my_public().fingerprint()}")
        print("新电脑用此文件加入（init --join）后，用 keys --trust 核对并信任它的第一个数据包，"
              "再用 export --recovery 给它发恢复包。")
    finally:
        close_session()
    return 0


def run_export(args: argparse.Namespace) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        peer = find_site(args.to)
        receipt = outgoing.export(peer.uuid, Path(args.out), recovery=args.recovery)
    finally:
        close_session()
    print(receipt.path)
    return 0


def run_import(args: argparse.Namespace) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        result = incoming.plan(args.file) if args.dry_run else incoming.apply(args.file, db_path(args))
    except BundleError as exc:
        if args.json:
            print(json.dumps({"ok": False, "code": exc.code, "message": exc.message}, ensure_ascii=False))
        else:
            print(f"错误（{exc.code}）：{exc.message}")
        return 1
    finally:
        close_session()
    if args.json:
        print(json.dumps({"ok": True, **result.as_dict()}, ensure_ascii=False))
        return 0
    if result.duplicate_of:
        print(result.duplicate_of)
    elif result.older:
        print("这是一个较早的数据包，其内容已包含在后来导入的数据包中，无需导入。")
    else:
        print(("检查结果（未导入）：" if args.dry_run else "已导入：") + _summary(result.counts))
        if result.skipped and not result.missing:
            print(f"注意：第 {'、'.join(map(str, result.skipped))} 号数据包没有收到，但数据包是累积的，本次已包含其内容。")
        if result.missing:
            print(f"注意：对方的部分改动本站从未收到（第 {'、'.join(map(str, result.missing))} 号数据包）。"
                  "请让对方导出恢复包（export --recovery）后再导入。")
    return 0


def _summary(counts: dict) -> str:
    total = {k: sum(c[k] for c in counts.values()) for k in ("new", "updated", "unchanged", "older", "conflicts")}
    return (f"新增 {total['new']}，更新 {total['updated']}，未变 {total['unchanged']}，"
            f"较旧忽略 {total['older']}，冲突 {total['conflicts']}")


def run_sites(args: argparse.Namespace) -> int:
    from app.exchange.views import site_states

    open_existing(args)
    try:
        states = site_states()
        print(f"本站：{local_site().name}；列出的站点：{len(states)} 个")
        for state in states:
            last = f"{state.last_in_at:%Y-%m-%d}" if state.last_in_at else "从未"
            via = f"（经 {state.via}）" if state.via else ""
            print(f"{state.name}  {state.level}  {state.uuid}  最近收到：{last}{via}  序号：{state.last_in_seq}"
                  + (f"  缺号：{state.missing}" if state.missing else ""))
    finally:
        close_session()
    return 0
