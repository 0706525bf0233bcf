"""操作日志 in app/: newest first by keyset pages, the filters, masked changes, the events
(sign-in failures, backups, restores, imports, exports) and the Excel export."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import accounts, audit_view, auth
from app.audit_view import AuditFilter
from app.errors import PermissionDenied
from app.grid import residents
from db.base import utcnow
from db.models import User
from tests.helpers import valid_id

ROOT = Path(__file__).resolve().parents[2]


def _admin():
    auth.set_current_user(User.get(User.username == "admin"))


def _all(f: AuditFilter, limit: int = 7):
    rows, after = audit_view.page(f, None, limit)
    while after is not None:
        more, after = audit_view.page(f, after, limit)
        rows += more
    return rows


def test_pages_run_newest_first_without_gaps_or_repeats(grids):
    for i in range(20):
        residents.add(grids["grid_a"].uuid, residents.ResidentInput(name=f"居民{i}"))
    every = _all(AuditFilter(), limit=7)
    assert len({r.id for r in every}) == len(every) > 20
    keys = [(r.at, r.id) for r in every]
    assert keys == sorted(keys, reverse=True)
    first, _ = audit_view.page(AuditFilter(), None, 7)
    assert [r.id for r in first] == [r.id for r in every[:7]]


def test_filters_by_user_kind_record_org_and_period(orders_world):
    west = residents.add(_west_grid(orders_world).uuid, residents.ResidentInput(name="西关居民"))
    accounts.add_user("clerk1", "", "staff", "start-123", scope_code="611002001001")
    User.update(must_change_password=False).where(User.username == "clerk1").execute()
    auth.set_current_user(User.get(User.username == "clerk1"))
    east = residents.add(orders_world["grid_a"].uuid, residents.ResidentInput(name="东关居民", phone="13912345678",
                                                                              id_number=valid_id("555")))
    residents.update(east.uuid, residents.ResidentInput(name="东关居民", phone="13900000000"))
    _admin()
    mine = _all(AuditFilter(user="clerk1"))
    assert {r.table for r in mine} == {"resident"} and len(mine) == 2
    history = _all(AuditFilter(table="resident", row_key=east.uuid))
    assert [r.op_name for r in history] == ["修改", "新增"]
    phone = next(c for c in history[0].changes if c.field == "电话")
    assert (phone.old, phone.new) == ("139****5678", "139****0000")  # masked as the log stores it
    assert history[0].record == "居民 东**"
    in_east = {r.row_key for r in _all(AuditFilter(org_path=orders_world["com"].path))}
    assert east.uuid in in_east and west.uuid not in in_east and orders_world["grid_a"].uuid in in_east
    later = utcnow() + dt.timedelta(hours=1)
    assert _all(AuditFilter(start=later)) == []
    assert len(_all(AuditFilter(end=later, user="clerk1"))) == 2


def _west_grid(world):
    from app import org
    return org.add_unit(org.add_unit(world["other"], "61100200100201", "西关一片区"), "6110020010020101", "西关第1网格")


def test_leaders_read_the_log_and_staff_do_not(as_role):
    as_role("staff")
    with pytest.raises(PermissionDenied):
        audit_view.page(AuditFilter())
    _admin()
    accounts.set_role("staff1", "leader")
    auth.set_current_user(User.get(User.username == "staff1"))
    User.update(must_change_password=False).where(User.username == "staff1").execute()
    assert audit_view.page(AuditFilter())[0]


def test_a_scoped_leader_reads_only_its_subtree(orders_world):
    residents.add(_west_grid(orders_world).uuid, residents.ResidentInput(name="西关居民"))
    accounts.add_user("lead1", "", "leader", "start-123", scope_code="611002001001")
    User.update(must_change_password=False).where(User.username == "lead1").execute()
    auth.set_current_user(User.get(User.username == "lead1"))
    rows = _all(AuditFilter(), limit=50)
    assert rows and all(r.table in ("org_unit", "resident", "building", "unit", "member") for r in rows)
    assert "西关居民" not in " ".join(r.record for r in rows)


def test_export_to_excel_writes_one_line_per_change_and_is_itself_logged(grids, tmp_path):
    residents.add(grids["grid_a"].uuid, residents.ResidentInput(name="张三", phone="13912345678"))
    target = tmp_path / "日志 #1 %.xlsx"
    count = audit_view.export(AuditFilter(table="resident"), target)
    sheet = load_workbook(target).active
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0][:3] == ("时间（本地）", "用户", "操作") and len(lines) == count + 1
    assert ("电话", None, "139****5678") in [line[5:] for line in lines]
    assert "13912345678" not in str(lines)
    event = audit_view.page(AuditFilter(table="event"))[0][0]
    assert event.kind == "导出" and any(c.new == target.name for c in event.changes)


def test_a_roster_import_and_an_excel_export_are_in_the_log(grids, tmp_path):
    from app.grid.roster import importer, template

    blank = tmp_path / "名单 #1 %.xlsx"
    template.write_template(blank, "residents")
    wb = load_workbook(blank)
    wb.active.append(["赵六"])
    wb.save(blank)
    importer.apply(importer.plan_import(blank, grids["grid_a"]))
    events = _all(AuditFilter(table="event"))
    assert [r.kind for r in events][:2] == ["导入", "导出"]  # the template was an export too
    facts = {c.field: c.new for c in events[0].changes}
    assert facts["网格"] == grids["grid_a"].code and (facts["行数"], facts["未导入行数"]) == ("0", "1")


def test_cli_backup_and_restore_are_in_the_log(tmp_path):
    env = {"GRIDDESK_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"}
    db = tmp_path / "街道 备份" / "site.sqlite3"  # no # or %: db/backup.describe() builds its URI by hand
    db.parent.mkdir()

    def cli(*args, stdin=""):
        done = subprocess.run([sys.executable, "main.py", *args, "--db", str(db)], cwd=ROOT, input=stdin,
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    cli("init", "--site-name", "城关街道办事处", "--level", "subdistrict", "--org", "611002001", "--admin", "chief",
        stdin="pass-word-1\n")
    backup = cli("backup").split("：", 1)[1].strip()
    cli("restore", backup)
    from app.session import open_session
    open_session(db)
    _admin_named("chief")
    events = [(r.kind, r.user) for r in _all(AuditFilter(table="event"))]
    assert events[0][0] == "恢复" and events[0][1].startswith("cli:")


def _admin_named(name: str):
    auth.set_current_user(User.get(User.username == name))


def test_a_bundle_export_is_in_the_log(district, tmp_path):
    from app.exchange import outgoing
    from app.session import local_site
    from tests.exchange.test_exchange_sync import enrol_site
    from tests.exchange_helpers import at

    with at(district):
        district_uuid = local_site().uuid
    _, community = enrol_site(district, tmp_path, "东关社区", "community", "611002001001")
    stick = tmp_path / "U盘 #1 %"
    stick.mkdir()
    with at(community):
        outgoing.export(district_uuid, stick)
        rows = _all(AuditFilter(table="bundle_log"))
        assert rows and rows[0].kind == "数据包" and rows[0].user == "admin"
        assert any(c.field == "方向" and c.new == "out" for c in rows[0].changes)
