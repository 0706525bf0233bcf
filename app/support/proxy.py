"""帮办代办 — the quick log of proxy services at the community service centres,
for a clerk who records dozens a day with the keyboard only: one call, three
indexed look-ups at most (the centre, the resident if chosen, the insert).

A service kind and a mode are stored as their codes (KINDS, MODES); `log` also
takes the Chinese label, so a typed 社保办理 works. Rules: the centre is a live
community; the date is not in the future nor before 2000; kind and mode are
known; the resident, if chosen, is a live resident (for_whom then defaults to
the resident's name). A wrong entry is voided (a tombstone, with the reason kept
in its notes); nothing else changes a logged service.
"""

import datetime as dt

from peewee import SQL, fn

from app.auth import require
from app.errors import Conflict, NotFound, ValidationError
from app.scope import check_unit
from app.support.common import community, day, required, text
from app.validators import check_text
from db.connection import database
from db.models import ProxyService, Resident

KINDS = {"social_security": "社保办理", "medical_insurance": "医保报销", "household_cert": "户籍证明",
         "residence_permit": "居住证办理", "elderly_card": "老年优待证", "disability_card": "残疾人证",
         "subsistence": "低保申请", "employment": "就业登记", "birth": "生育登记", "other": "其他"}
MODES = {"proxy": "代办", "assisted": "帮办", "extended_hours": "延时服务", "appointment": "预约服务"}
GONE = "找不到这条帮办代办记录，可能已被作废。请刷新后再试。"


def _code(raw: str, options: dict[str, str], field: str, label: str) -> str:
    value = (raw or "").strip()
    if value in options:
        return value
    for code, name in options.items():
        if value == name:
            return code
    raise ValidationError(f"请选择{label}：{'、'.join(options.values())}。", field=field)


def log(centre_uuid: str, served_on: dt.date | str | None, kind: str, mode: str, for_whom: str = "",
        resident_uuid: str | None = None, notes: str = "") -> ProxyService:
    """Record one service (one transaction)."""
    require("write")
    check_text(for_whom or "", label="服务对象", limit=30, field="for_whom")
    check_text(notes or "", label="备注", limit=500, field="notes", multiline=True)
    values = {"service_kind": _code(kind, KINDS, "kind", "服务事项"), "mode": _code(mode, MODES, "mode", "服务方式"),
              "served_on": day(served_on, "served_on", "服务日期"), "notes": text(notes),
              "centre": community(centre_uuid, "centre"), "for_whom": text(for_whom), "resident": None}
    if text(resident_uuid):
        resident = Resident.live_by_id(resident_uuid)
        if resident is None:
            raise NotFound("所选居民不存在或已被删除，请重新选择（也可只填姓名）。")
        values["resident"], values["for_whom"] = resident, values["for_whom"] or resident.name
    with database.atomic():
        return ProxyService.create(**values)


def void(uuid: str, reason: str) -> ProxyService:
    """作废 a wrong entry: tombstoned, the reason appended to its notes."""
    require("write")
    check_text(reason or "", label="作废原因", limit=200, field="reason", multiline=True)
    reason = required(reason, "reason", "作废原因")
    row = ProxyService.get_or_none(ProxyService.uuid == uuid) if uuid else None
    if row is None:
        raise NotFound(GONE)
    if row.deleted:
        raise Conflict("这条帮办代办记录已经作废。")
    row.notes = "；".join(filter(None, [row.notes, f"作废：{reason}"]))
    row.deleted = True
    with database.atomic():
        row.save()
    return row


def recent(centre_uuid: str, limit: int = 50) -> list[ProxyService]:
    """The centre's newest live entries (service date, then entry order), for the log window."""
    check_unit(centre_uuid)
    query = (ProxyService.live().where(ProxyService.centre == centre_uuid)
             .order_by(ProxyService.served_on.desc(), ProxyService.uuid.desc()).limit(limit))
    return list(query)


def per_day(centre_uuid: str, start: dt.date, end: dt.date) -> dict[dt.date, int]:
    """Live services per day at one centre, [start, end) — only days with services."""
    check_unit(centre_uuid)
    query = (ProxyService.select(ProxyService.served_on, fn.COUNT(SQL("*")))
             .where((ProxyService.centre == centre_uuid) & (ProxyService.served_on >= start)
                    & (ProxyService.served_on < end) & (ProxyService.deleted == False))  # noqa: E712
             .group_by(ProxyService.served_on).order_by(ProxyService.served_on))
    return {_date(d): n for d, n in query.tuples()}


def count_on(centre_uuid: str, on: dt.date | None = None) -> int:
    """Live services at one centre on one day (default today): the clerk's running total."""
    check_unit(centre_uuid)
    on = on or dt.date.today()
    return per_day(centre_uuid, on, on + dt.timedelta(days=1)).get(on, 0)


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
