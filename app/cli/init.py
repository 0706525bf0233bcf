"""`init`: create this site in a new database."""

import argparse

from app.cli.common import add_db_option, confirm, db_path
from app.errors import Conflict, ValidationError
from app.exchange import enrol
from app.session import close_session, open_session
from app.sites import LEVEL_LABELS, init_site
from db.connection import remove_files


def register(sub) -> None:
    p = sub.add_parser("init", help="创建本站点（新数据库、组织单位、管理员） / create this site")
    add_db_option(p)
    p.add_argument("--site-name", help="站点名称，如 城关街道办事处")
    p.add_argument("--level", choices=list(LEVEL_LABELS), help="站点级别")
    p.add_argument("--join", metavar="FILE", help="用区里发来的登记文件加入（站点名称和级别取自文件）")
    p.add_argument("--org", help="本站点组织单位编码，如 611002001")
    p.add_argument("--admin", required=True, help="管理员登录名（密码从标准输入读取）")
    p.add_argument("--yes", action="store_true", help="脚本用：已与区级电话核对区级密钥指纹，不再询问")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.cli import read_password

    path = db_path(args)
    if path.exists() and path.stat().st_size > 0:
        raise Conflict(f"文件 {path} 已存在。init 只创建新数据库；请换一个路径，或直接打开它。")
    if not args.join and not (args.site_name and args.level):
        raise ValidationError("请给出 --site-name 和 --level，或用 --join 指定登记文件。")
    enrolment = enrol.read(args.join) if args.join else None
    if enrolment:
        print(f"区级密钥指纹：{enrolment.district.fingerprint()}")
        confirm("请打电话给区级管理员，请对方读出区级指纹并逐组核对。指纹完全一致吗？", args.yes)
    password = read_password("管理员密码：")
    try:
        if enrolment:
            site = enrol.join(path, enrolment, args.admin, password)
        else:
            open_session(path, create=True)
            site = init_site(name=args.site_name, level=args.level, admin_name=args.admin,
                             password=password, org_code=args.org)
    except Exception:
        close_session()
        remove_files(path)
        raise
    print(f"已创建站点：{site.name}（{LEVEL_LABELS[site.level]}级），数据库：{path}")
    close_session()
    return 0
