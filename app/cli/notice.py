"""`notice`: print a notice to a PDF file (the same app/notices code as the window),
list the kinds, or check a PDF against the register."""

import argparse

from app import org
from app.auth import act_as_command_line
from app.cli.common import add_db_option, open_existing
from app.errors import ValidationError
from app.files import PDF_IN_USE, write_bytes
from app.notices import periods
from app.notices.issue import issue, kind_of, verify
from app.notices.kinds import NoticeRequest, load
from app.session import close_session


def register(sub) -> None:
    p = sub.add_parser("notice", help="出具公示/通报/协议书等 PDF，或列出种类 / print a notice to PDF")
    p.add_argument("kind", nargs="?", help="种类（用 --list 查看）")
    add_db_option(p)
    p.add_argument("--list", action="store_true", help="列出可出具的种类")
    p.add_argument("--org", help="组织单位编码（社区、街道或区）")
    p.add_argument("--period", help="期间：月份 2026-10、季度 2026-Q3 或全年 2026")
    p.add_argument("--id", help="记录编号（调解案件、服务工单、议事会议等的编号）")
    p.add_argument("--out", help="输出的 PDF 文件")
    p.add_argument("--verify", metavar="PDF", help="核对一份 PDF 是否为本系统出具且未被改动")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for kind in load().values():
            print(f"{kind.key:<22} {kind.label}  {kind.help}")
        return 0
    open_existing(args)
    try:
        act_as_command_line()
        if args.verify:
            return _verify(args.verify)
        return _issue(args)
    finally:
        close_session()


def _issue(args: argparse.Namespace) -> int:
    if not args.kind or not args.out:
        raise ValidationError("请指定种类和输出文件，例如：notice fund_publicity --org 611002001001 "
                              "--period 2026-Q3 --out 公示.pdf（用 --list 查看种类）。")
    request = NoticeRequest(args.kind, org=org.by_code(args.org) if args.org else None,
                            period=periods.parse(args.period) if args.period else None, record_uuid=args.id)
    kind_of(request)
    done = issue(request)
    out = write_bytes(args.out, done.pdf, in_use=PDF_IN_USE)
    print(f"已出具：{out}（{done.number}，{done.pages} 页，字体：{done.font}，SHA-256 {done.sha256}）")
    return 0


def _verify(path: str) -> int:
    row = verify(path)
    print(f"登记簿中有此文件：{row.number} {row.subject}，{row.issued_on} 由 {row.created_by} 出具。")
    return 0
