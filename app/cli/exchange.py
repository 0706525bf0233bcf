"""Data exchange on the command line: enrol a site, keys, export, import, sites."""

import argparse
import json
from pathlib import Path

from app.auth import act_as_command_line
from app.cli.common import add_db_option, db_path, open_existing
from app.exchange import enrol, identity, incoming, outgoing
from app.exchange.bundle import peek_bundle
from app.exchange.errors import BundleError
from app.session import close_session, local_site
from db.models import PeerState, Site, SiteKey


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
    keys = sub.add_parser("keys", help="本站密钥指纹；--trust 核对并信任数据包发送方 / fingerprints, trust")
    add_db_option(keys)
    keys.add_argument("--trust", metavar="BUNDLE", help="信任此数据包发送方的密钥（先与对方核对指纹）")
    keys.set_defaults(func=run_keys)
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


def run_keys(args: argparse.Namespace) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        print(f"本站：{local_site().name}  指纹：{identity.my_public().fingerprint()}")
        if args.trust:
            peek = peek_bundle(args.trust)
            identity.register(peek.signer)
            identity.confirm(peek.signer.site_id)
            print(f"已信任站点 {peek.signer.site_id} 的密钥，指纹：{peek.signer.fingerprint()}")
        for row in SiteKey.select():
            state = "已撤销" if row.revoked_at else ("已核对" if row.confirmed_at else "未核对")
            print(f"{row.site_uuid}  {row.fingerprint}  {state}")
    finally:
        close_session()
    return 0


def run_export(args: argparse.Namespace) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        peer = Site.get_or_none(Site.uuid == args.to) or _site_by_code(args.to)
        receipt = outgoing.export(peer.uuid, Path(args.out), recovery=args.recovery)
    finally:
        close_session()
    print(receipt.path)
    return 0


def _site_by_code(code: str) -> Site:
    from app import org
    unit = org.by_code(code)
    site = Site.get_or_none((Site.org_unit == unit) & (Site.deleted == False))  # noqa: E712
    if site is None:
        from app.errors import NotFound
        raise NotFound(f"{unit.name} 没有登记站点。")
    return site


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
        if result.missing:
            print(f"注意：缺少第 {'、'.join(map(str, result.missing))} 号数据包（数据包是累积的，本次已包含其内容）。")
    return 0


def _summary(counts: dict) -> str:
    total = {k: sum(c[k] for c in counts.values()) for k in ("new", "updated", "unchanged", "older", "conflicts")}
    return (f"新增 {total['new']}，更新 {total['updated']}，未变 {total['unchanged']}，"
            f"较旧忽略 {total['older']}，冲突 {total['conflicts']}")


def run_sites(args: argparse.Namespace) -> int:
    open_existing(args)
    try:
        for site in Site.live().order_by(Site.level, Site.name):
            state = PeerState.get_or_none(PeerState.site_uuid == site.uuid)
            last = f"{state.last_in_at:%Y-%m-%d}" if state and state.last_in_at else "从未"
            gaps = json.loads(state.missing or "[]") if state else []
            print(f"{site.name}  {site.level}  {site.uuid}  最近收到：{last}  序号：{state.last_in_seq if state else 0}"
                  + (f"  缺号：{gaps}" if gaps else ""))
    finally:
        close_session()
    return 0
