"""`keys`: this site's fingerprint and the keys it trusts; show, trust or revoke a
sender's keys; export the public half for an auditor.

Trusting follows app/exchange/trust.py: the bundle's signature is checked
against the keys it carries before any fingerprint is shown, the operator
confirms after comparing it by phone (`--yes` in scripts; without a terminal and
without --yes nothing is trusted), and a key contradicting a confirmed one is
refused until that one is revoked (`--revoke`, or the district's `site reissue`).
"""

import argparse
from pathlib import Path

from app import files
from app.auth import act_as_command_line
from app.cli.common import add_db_option, confirm, find_site, open_existing
from app.errors import NotFound
from app.exchange import identity, trust
from app.session import close_session, local_site
from db.models import SiteKey

STATES = {"new": "本站还没有这个站点的密钥", "same": "本站已信任这把密钥",
          "replaces": "将替换该站点已撤销或未核对的旧密钥", "contradicts": "与本站已核对的该站点密钥不符",
          "revoked": "这把密钥已被撤销"}


def register(sub) -> None:
    keys = sub.add_parser("keys", help="本站密钥指纹；查看、信任、撤销对方密钥 / fingerprints, trust, revoke")
    add_db_option(keys)
    what = keys.add_mutually_exclusive_group()
    what.add_argument("--show", metavar="BUNDLE", help="显示数据包发送方（签名已核验）的指纹，不信任")
    what.add_argument("--trust", metavar="BUNDLE", help="核对指纹后信任此数据包发送方的密钥")
    what.add_argument("--revoke", metavar="SITE", help="撤销站点（编号或组织编码）的密钥")
    what.add_argument("--export-public", metavar="FOLDER", help="把本站公钥（minisign 公钥文件、age 收件人）写到文件夹")
    keys.add_argument("--yes", action="store_true", help="脚本用：已电话核对指纹，不再询问")
    keys.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        action = (_show if args.show else _trust if args.trust else _revoke if args.revoke
                  else _export_public if args.export_public else _list)
        action(args)
    finally:
        close_session()
    return 0


def _list(_args) -> None:
    print(f"本站：{local_site().name}  指纹：{identity.my_public().fingerprint()}")
    for row in SiteKey.select():
        state = "已撤销" if row.revoked_at else ("已核对" if row.confirmed_at else "未核对")
        print(f"{row.site_uuid}  {row.fingerprint}  {state}")


def _describe(found: trust.Sender) -> None:
    print(f"发送方：{found.name or '（本站未登记的站点）'}  编号：{found.keys.site_id}")
    print(f"发送方指纹（签名已核验）：{found.fingerprint}")
    print(f"本站指纹：{identity.my_public().fingerprint()}")
    print(f"状态：{STATES[found.state]}")


def _show(args) -> None:
    _describe(trust.sender(args.show))


def _trust(args) -> None:
    found = trust.sender(args.trust)
    _describe(found)
    trust.check(found)
    if found.state != "same":
        confirm("请打电话给对方，请对方读出其指纹并逐组核对。指纹完全一致吗？", args.yes)
    trust.trust(args.trust)
    print(f"已信任站点 {found.name or found.keys.site_id} 的密钥，指纹：{found.fingerprint}")


def _revoke(args) -> None:
    site = find_site(args.revoke)
    if SiteKey.get_or_none(SiteKey.site_uuid == site.uuid) is None:
        raise NotFound(f"本站没有 {site.name} 的密钥，无需撤销。")
    identity.revoke(site.uuid)
    print(f"已撤销 {site.name} 的密钥：用它签名的数据包都将被拒绝。重建后的新密钥可用 keys --trust 核对并信任。")


def _export_public(args) -> None:
    folder = Path(args.export_public)
    if not folder.is_dir():
        raise NotFound(f"文件夹 {folder} 不存在。请先创建它或换一个文件夹。")
    public, site = identity.my_public(), local_site()
    pub = files.write_bytes(folder / f"griddesk-{site.uuid}.pub", public.minisign_public_key_file().encode("ascii"))
    age = files.write_bytes(folder / f"griddesk-{site.uuid}.age-recipient.txt",
                            f"{public.age_recipient}\n".encode("ascii"))
    print(f"minisign 公钥：{pub}（minisign -V -p {pub.name} -m header.json -x header.json.minisig）")
    print(f"age 收件人：{age}（{public.age_recipient}）")
    print(f"指纹：{public.fingerprint()}")
