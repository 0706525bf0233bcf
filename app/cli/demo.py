"""`demo`: a new database full of reproducible demo data (the first-run wizard's job, headless)."""

import argparse
import sys

from app.cli.common import add_db_option, db_path
from app.demo import SCALES, generate

TABLE_LABELS = {
    "org_unit": "组织单位", "site": "站点", "person": "人员", "role_assignment": "任职",
    "building": "楼栋", "unit": "报到单位", "member": "在职党员", "resident_group": "居民小组",
    "resident": "居民", "resident_tag": "居民标签", "central_household": "中心户",
    "central_household_link": "中心户联系居民", "establishment": "驻社单位和商业网点",
    "tag_def": "居民标签类别", "category": "诉求类别", "deadline_rule": "办理时限", "request": "居民诉求",
    "need": "需求清单", "offer": "供给清单", "service_order": "服务清单", "order_event": "工单记录",
    "call_back": "回访", "review_session": "评议会", "review_score": "评议打分", "attachment": "附件",
    "deliberation_meeting": "议事会议", "deliberation_matter": "议题", "mediation_case": "调解案件",
    "mediation_party": "调解当事人", "mediation_mediator": "调解员安排", "mediation_session": "调解记录",
    "mediation_event": "案件流转记录", "mediation_agreement": "调解协议", "mediation_follow_up": "调解回访",
    "activity_kind": "德治活动类别", "virtue_activity": "德治活动", "law_visit": "法律顾问与民警活动",
    "safety_event": "信访事故案件记录", "fund_standard": "经费标准", "party_branch": "小区党支部",
    "fund": "经费账户", "ledger_entry": "台账分录", "period_close": "结账记录", "team": "突击队和志愿服务队",
    "team_member": "队员", "project": "共建项目", "volunteer_service": "志愿服务", "proxy_service": "帮办代办",
    "subdistrict_posts": "街道编制",
}


def register(sub) -> None:
    p = sub.add_parser("demo", help="生成演示数据到新数据库文件 / demo data in a new database file")
    add_db_option(p)
    p.add_argument("--scale", default="small", choices=list(SCALES),
                   help="规模：small（测试）、shangzhou（文章中的数字）、city（约10倍）、1m")
    p.add_argument("--seed", type=int, default=1, help="随机种子：同一规模和种子生成相同的记录（默认 1）")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = db_path(args)
    result = generate(path, scale=args.scale, seed=args.seed, progress=_progress_printer())
    print(f"已生成：{path}（规模 {args.scale}，种子 {args.seed}）")
    for table, count in result.counts.items():
        print(f"{TABLE_LABELS.get(table, table)}：{count:,}")
    print(f"共 {result.rows:,} 条记录，用时 {result.seconds:.1f} 秒。")
    print(f"演示管理员：{result.admin_name}  密码：{result.admin_password}")
    print("演示数据仅供培训和测试，请勿在其中录入真实居民信息。")
    return 0


def _progress_printer():
    """Print a line when the percentage moves by 5 or the step changes."""
    last = {"percent": -5, "message": None}

    def show(percent: int, message: str) -> None:
        if percent - last["percent"] >= 5 or message != last["message"]:
            print(f"[{percent:3d}%] {message}", file=sys.stderr, flush=True)
            last.update(percent=percent, message=message)
    return show
