"""`user ...`: accounts for IT staff who hold the database file (an administrator's tool).

user list | add NAME --role ROLE [--scope CODE] [--name DISPLAY] | passwd NAME | role NAME ROLE
| scope NAME CODE | unlock NAME | disable NAME. Passwords are read from standard input.
"""

import argparse

from app import accounts
from app.auth import ROLE_NAMES, act_as_command_line
from app.cli.common import add_db_option, open_existing
from app.session import close_session


def register(sub) -> None:
    p = sub.add_parser("user", help="用户管理：列出、添加、改密码、角色、范围、解锁、停用 / accounts")
    add_db_option(p)
    users = p.add_subparsers(dest="user_command", metavar="操作", required=True)
    _add(users, "list", "列出全部用户", run_list)
    q = _add(users, "add", "添加用户（初始密码从标准输入读取，首次登录须修改）", run_add, name=True)
    q.add_argument("--role", required=True, choices=list(ROLE_NAMES), help="角色")
    q.add_argument("--scope", help="只负责这个组织单位及其下级（编码）；不填为全部")
    q.add_argument("--display-name", help="显示名称（默认同登录名）")
    _add(users, "passwd", "重置密码（新密码从标准输入读取，下次登录须修改）", run_passwd, name=True)
    _add(users, "role", "修改角色", run_role, name=True).add_argument("role", choices=list(ROLE_NAMES))
    q = _add(users, "scope", "修改负责范围（编码；填 all 为全部）", run_scope, name=True)
    q.add_argument("code")
    q.add_argument("--areas", help="只能修改这些业务的记录，逗号分隔：grid,orders,mediation,funds,support,notices；"
                                   "填 all 为不限")
    _add(users, "unlock", "解除锁定", run_unlock, name=True)
    _add(users, "disable", "停用（不删除：操作日志仍指向该用户）", run_disable, name=True)


def _add(users, command: str, help_text: str, func, *, name: bool = False):
    p = users.add_parser(command, help=help_text)
    add_db_option(p)
    if name:
        p.add_argument("name", help="登录名")
    p.set_defaults(func=lambda args: _run(args, func))
    return p


def _run(args: argparse.Namespace, func) -> int:
    open_existing(args)
    act_as_command_line()
    try:
        return func(args)
    finally:
        close_session()


def run_list(args) -> int:
    for row in accounts.list_users():
        state = "已停用" if not row.active else "已锁定" if row.locked else "正常"
        scope = f"{row.scope_name}（{row.scope_code}）" if row.scope_code else "全部"
        last = row.last_login_at.strftime("%Y-%m-%d %H:%M") if row.last_login_at else "从未登录"
        areas = "、".join(accounts.AREAS[a] for a in row.areas) or "不限"
        print(f"{row.username}\t{row.display_name}\t{row.role_name}\t范围：{scope}\t业务：{areas}\t"
              f"最近登录：{last}\t{state}")
    return 0


def run_add(args) -> int:
    from app.cli import read_password

    user = accounts.add_user(args.name, args.display_name or args.name, args.role, read_password("初始密码："),
                             scope_code=args.scope)
    print(f"已添加用户 {user.username}（{ROLE_NAMES[user.role]}）。首次登录时须修改初始密码。")
    return 0


def run_passwd(args) -> int:
    from app.cli import read_password

    accounts.reset_password(args.name, read_password("新密码："))
    print(f"已重置 {args.name} 的密码；下次登录时须修改。")
    return 0


def run_role(args) -> int:
    accounts.set_role(args.name, args.role)
    print(f"{args.name} 的角色已改为{ROLE_NAMES[args.role]}。")
    return 0


def run_scope(args) -> int:
    code = None if args.code.lower() == "all" else args.code
    areas = None if args.areas is None else tuple(a for a in args.areas.split(",") if a and a != "all")
    accounts.set_scope(args.name, code, areas)
    print(f"{args.name} 的负责范围已改为{'全部' if code is None else code}。")
    return 0


def run_unlock(args) -> int:
    accounts.unlock(args.name)
    print(f"已解除 {args.name} 的锁定。")
    return 0


def run_disable(args) -> int:
    accounts.disable(args.name)
    print(f"已停用 {args.name}。该用户不能再登录；操作日志中的记录保留。")
    return 0
