"""Words for the audit viewer: the kind of each table, common column names, and a short
label for each record a page shows (its name, number or subject; people's names masked
as the log masks them)."""

from app.privacy import mask_name
from db.connection import database
from db.triggers import PERSON_TABLES

KINDS = {
    "org_unit": "组织单位", "site": "站点", "person": "人员", "role_assignment": "任职", "building": "楼栋",
    "unit": "报到单位", "member": "在职党员", "resident_group": "居民小组", "resident": "居民", "tag_def": "居民标签",
    "resident_tag": "居民标签", "central_household": "中心户", "central_household_link": "中心户联系户",
    "establishment": "商业网点", "category": "诉求类别", "deadline_rule": "办理时限", "request": "群众诉求",
    "need": "需求清单", "offer": "供给清单", "service_order": "服务工单", "order_event": "工单记录",
    "call_back": "回访", "review_session": "评议会", "review_score": "评议打分", "attachment": "附件",
    "deliberation_meeting": "议事会议", "deliberation_matter": "议题", "mediation_case": "调解案件",
    "mediation_party": "调解当事人", "mediation_mediator": "调解员", "mediation_session": "调解记录",
    "mediation_event": "调解进程", "mediation_agreement": "调解协议", "mediation_follow_up": "调解回访",
    "activity_kind": "活动类别", "virtue_activity": "德治活动", "law_visit": "法治走访", "safety_event": "平安事件",
    "fund_standard": "经费标准", "party_branch": "小区党支部", "fund": "经费", "ledger_entry": "台账分录",
    "period_close": "结账", "team": "队伍", "team_member": "队员", "project": "共建项目",
    "volunteer_service": "志愿服务", "proxy_service": "帮办代办", "subdistrict_posts": "街道编制",
    "notice": "公示", "user": "用户", "bundle_log": "数据包", "site_key": "站点密钥", "peer_state": "站点同步",
    "conflict": "同步冲突", "event": "事件",
}
COLUMNS = {
    "name": "名称", "display_name": "显示名称", "username": "登录名", "role": "角色", "scope_uuid": "负责范围",
    "areas": "业务范围", "active": "在用", "password_hash": "密码", "failed_attempts": "连续输错次数",
    "locked_until": "锁定至", "last_login_at": "最近登录", "must_change_password": "须改密码", "phone": "电话",
    "id_number": "身份证号", "address": "地址", "notes": "备注", "state": "状态", "deleted": "已删除",
    "grid_uuid": "网格", "building_uuid": "楼栋", "community_uuid": "社区", "org_unit_uuid": "组织单位",
    "file": "文件", "rows": "行数", "attempts": "连续失败次数", "locked": "已锁定", "reason": "原因",
    "direction": "方向", "file_name": "文件名", "peer_site": "对方站点", "bundle_id": "数据包编号", "counts": "条数",
    "rejected": "未导入行数", "what": "内容", "grid": "网格", "sheet": "工作表", "kept": "恢复前的数据库另存为",
}
LABEL_COLUMNS = ("name", "number", "subject", "username", "title", "code")


def kind_label(table: str) -> str:
    return KINDS.get(table, table)


def column_label(column: str) -> str:
    return COLUMNS.get(column, column)


def _label_column(table: str) -> str | None:
    columns = {r[1] for r in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
    return next((c for c in LABEL_COLUMNS if c in columns), None)


def record_labels(keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(table, row_key) -> a short label, one query per table of the page."""
    by_table: dict[str, list[str]] = {}
    for table, key in keys:
        by_table.setdefault(table, []).append(key)
    labels = {}
    for table, row_keys in by_table.items():
        column = _label_column(table) if table in KINDS else None
        if column is None:
            continue
        key_column = "id" if table == "user" else "uuid"
        marks = ", ".join("?" * len(row_keys))
        sql = f'SELECT {key_column}, "{column}" FROM "{table}" WHERE {key_column} IN ({marks})'
        for key, value in database.execute_sql(sql, row_keys).fetchall():
            shown = mask_name(value) if column == "name" and table in PERSON_TABLES else value
            labels[(table, str(key))] = f"{kind_label(table)} {shown}"
    return labels
