"""Backups are bounded (issue 19): the documented depth — 7 daily, 2 weekly, the last 3
before-import, 1 before-migrate (app/backup_retention.py) — packed (app/backup_archive.py) fits in
3× the database; beyond the bound the oldest of the deepest kind goes first, the newest of each
kind never; a warning in Chinese when even those do not fit or the disk cannot take the next one.
Real backups over simulated days (the clock passed in), in a folder named with Chinese, a space,
# and %."""

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import backup_archive as archive
from app import backup_retention as retention
from app import backups
from app.session import close_session, open_session
from app.sites import init_site
from tests.conftest import ADMIN_PASSWORD
from tests.fault_helpers import ODD, small_disk
from ui import settings as opts
from ui.main_window import MainWindow
from ui.runner import Runner

START = dt.datetime(2026, 1, 5, 8, 30)  # a Monday


@pytest.fixture
def odd_session(tmp_path):
    folder = tmp_path / ODD
    folder.mkdir()
    path = folder / "城关 #1.sqlite3"
    session = open_session(path, create=True)
    init_site(name="商州区测试站", level="district", admin_name="admin", password=ADMIN_PASSWORD, org_code="611002")
    yield session
    close_session()


def kept(session) -> list[Path]:
    return backups.list_backups(session.db_path)


def kinds(paths: list[Path]) -> dict[str, int]:
    out: dict[str, int] = {}
    for path in paths:
        out[retention.kind_of(path)] = out.get(retention.kind_of(path), 0) + 1
    return out


def test_sixty_days_keep_the_documented_depth_within_three_times_the_database_all_sound(odd_session):
    for day in range(60):
        now = START + dt.timedelta(days=day)
        assert backups.daily(odd_session.db, odd_session.db_path, now=now) is not None
        assert backups.daily(odd_session.db, odd_session.db_path, now=now + dt.timedelta(hours=3)) is None
        if day % 3 == 0:
            backups.backup(odd_session.db, odd_session.db_path, "before-import", now=now + dt.timedelta(hours=2))
        if day in (20, 45):
            backups.backup(odd_session.db, odd_session.db_path, "before-migrate", now=now - dt.timedelta(hours=1))
        database = archive.header(kept(odd_session)[0])["size"]  # the database's size: what a copy of it holds
        assert sum(p.stat().st_size for p in kept(odd_session)) <= 3 * database
    left = kept(odd_session)
    assert kinds(left) == {"daily": 7 + 2, "before-import": 3, "before-migrate": 1}  # the documented depth
    assert all(backups.verdict(p) == "ok" and archive.is_packed(p) for p in left)
    assert left[0].name.startswith("griddesk-20260305-")  # the newest: day 59
    assert all(p.parent.name == odd_session.site.uuid for p in left)


def noise(session, megabytes: int) -> None:
    """Random bytes in the database: a packed copy is then as big as the database itself."""
    session.db.execute_sql("INSERT INTO meta (key, value) VALUES ('test-noise', randomblob(?))",
                           (megabytes << 20,))


def write_backups(session, plan: list[tuple[int, str]]) -> None:
    for day, kind in plan:
        backups.backup_now(session.db, session.db_path, kind, now=START + dt.timedelta(days=day))


def copies(session, plan: list[tuple[int, str]]) -> Path:
    """Real copies of one real backup under the names of simulated days (no retention applied yet)."""
    first = backups.backup_now(session.db, session.db_path, "manual", now=START - dt.timedelta(days=1))
    for day, kind in plan:
        stamp = (START + dt.timedelta(days=day)).strftime("%Y%m%d-%H%M%S-000")
        shutil.copyfile(first, first.with_name(f"griddesk-{stamp}-{kind}.sqlite3.gz"))
    first.unlink()
    return first.parent


def test_by_count_seven_daily_two_weekly_three_before_import_one_before_migrate(odd_session):
    folder = copies(odd_session, [(d, "daily") for d in range(60)] + [(d, "before-import") for d in (1, 9, 30, 50, 58)]
                    + [(d, "before-migrate") for d in (3, 20, 40)])
    size = kept(odd_session)[0].stat().st_size
    removed, warnings = retention.prune(folder, db_size=100 * size)  # space is no bound here: the counts alone
    assert warnings == []
    left = kept(odd_session)
    assert kinds(left) == {"daily": 9, "before-import": 3, "before-migrate": 1}
    days = sorted((retention._taken(p).date() - START.date()).days for p in left if retention.kind_of(p) == "daily")
    assert days == [41, 48, *range(53, 60)]  # the Sunday dailies of the 2 weeks before the last 7 days
    assert sorted((retention._taken(p).date() - START.date()).days for p in left
                  if retention.kind_of(p) == "before-import") == [30, 50, 58]
    assert len(removed) == 60 + 5 + 3 - 13


def at(day: int, kind: str, size: int = 1) -> retention.Backup:
    when = START + dt.timedelta(days=day)
    return retention.Backup(Path(f"griddesk-{when:%Y%m%d-%H%M%S}-000-{kind}.sqlite3.gz"), kind, when, size)


def days(chosen: retention.Plan, kind: str) -> list[int]:
    return sorted((b.at - START).days for b in chosen.keep if b.kind == kind)


def test_over_the_bound_the_oldest_of_the_deepest_kind_goes_first_never_the_newest_of_a_kind():
    depth = [at(d, "daily") for d in range(30)] + [at(d, "before-import") for d in (20, 25, 28)] + [at(29, "manual")]
    whole = retention.plan(depth, db_size=100)
    assert len(whole.keep) == 9 + 3 + 1 and not whole.over_bound
    tight = retention.plan(depth, db_size=3)  # room for 9 of the 13
    assert not tight.over_bound and tight.kept_bytes == 9
    assert days(tight, "daily") == [25, 26, 27, 28, 29]  # the dailies were the deepest kind all along
    assert days(tight, "before-import") == [20, 25, 28] and days(tight, "manual") == [29]
    tie = retention.plan(depth, db_size=2)  # daily down to 3, then of the two kinds 3 deep the older one
    assert days(tie, "daily") == [27, 28, 29] and days(tie, "before-import") == [25, 28]
    least = retention.plan(depth, db_size=1)
    assert {(b.kind, (b.at - START).days) for b in least.keep} == {
        ("daily", 29), ("manual", 29), ("before-import", 28)}  # the newest of each kind: exactly 3×
    assert retention.plan(depth, db_size=0).over_bound


def test_a_backup_of_another_kind_over_the_bound_warns_in_chinese(odd_session, tmp_path):
    noise(odd_session, 12)
    write_backups(odd_session, [(0, "daily"), (0, "before-import"), (0, "before-migrate")])
    done = backups.backup(odd_session.db, odd_session.db_path, "manual", now=START + dt.timedelta(days=1))
    assert kinds(kept(odd_session)) == {"daily": 1, "before-import": 1, "before-migrate": 1, "manual": 1}
    assert done.removed == []
    assert any("超过数据库大小的 3 倍" in w and "每类备份已只保留最新的一份" in w for w in done.warnings)


def test_the_cli_says_what_the_retention_removed_and_warns(odd_session, tmp_path):
    noise(odd_session, 12)
    write_backups(odd_session, [(0, "daily"), (0, "before-import"), (0, "before-migrate"), (1, "manual")])
    path = odd_session.db_path
    close_session()
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "main.py", "backup", "--db", str(path)], cwd=root, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert "按保留规则删除了 1 个旧备份" in done.stdout and "-manual.sqlite3" in done.stdout
    assert "超过数据库大小的 3 倍" in done.stderr


def test_a_disk_that_cannot_take_the_next_backup_is_named_in_a_warning(tmp_path):
    with small_disk(64 * 1024) as folder:
        path = folder / "城关 #1.sqlite3"
        session = open_session(path, create=True)
        try:
            init_site(name="商州区测试站", level="district", admin_name="admin", password=ADMIN_PASSWORD,
                      org_code="611002")
            first = backups.backup_now(session.db, path, "daily", now=START)
            packed, need = first.stat().st_size, archive.header(first)["size"] + first.stat().st_size
            free = shutil.disk_usage(folder).free
            with open(folder / "filler.bin", "wb") as filler:  # the next one fits, the one after it not
                filler.write(b"\0" * (free - need - packed // 2))
            done = backups.backup(session.db, path, "manual", now=START + dt.timedelta(hours=1))
        finally:
            close_session()
    assert any("放不下下一次备份" in w for w in done.warnings), done.warnings


def test_the_window_says_what_was_removed_and_shows_the_warning(odd_session, qtbot):
    noise(odd_session, 12)
    write_backups(odd_session, [(0, "daily"), (0, "before-import"), (0, "before-migrate"), (1, "manual")])
    runner = Runner()
    window = MainWindow(odd_session, runner, opts.Settings())
    qtbot.addWidget(window)
    window.show()
    try:
        task = window.backup_now()
        with qtbot.waitSignal(task.finished, timeout=30000):
            pass
        qtbot.waitUntil(lambda: getattr(window, "backup_warning", None) is not None and window.backup_warning.isVisible())
        assert "1 older backup(s) removed by the retention rules" in window.status.currentMessage()
        assert "超过数据库大小的 3 倍" in window.backup_warning.text()
        assert window.backup_warning.windowTitle() == "Backups"
        window.backup_warning.accept()
    finally:
        runner.shutdown()


def test_the_settings_dialog_says_the_retention_in_chinese(session, qtbot):
    from ui import i18n
    from ui.dialogs.settings_dialog import SettingsDialog

    i18n.install("zh_CN")
    try:
        dialog = SettingsDialog(opts.Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        text = dialog.retention.text()
    finally:
        i18n.remove()
    assert dialog.retention.isVisible()
    assert text == ("备份保留：最近 7 份每日备份和 2 份每周备份，导入前最近 3 份，升级前最近 1 份。备份经过压缩，"
                    "总共最多占数据库大小的 3 倍；超出时先删份数最多的那类中最旧的一份，每类最新的一份永远保留。")
