"""用户管理 in app/: add, role, scope, reset, unlock, disable; sign-in that keeps names secret;
password rules; the audit rows every account change leaves."""

import json

import pytest

from app import accounts, auth
from app.errors import AccountLocked, AuthenticationFailed, NotFound, PermissionDenied, ValidationError
from db.models import AuditLog, KeyValue, User
from tests.conftest import ADMIN_PASSWORD


def _admin():
    auth.set_current_user(User.get(User.username == "admin"))


def test_added_user_must_change_the_initial_password_before_writing(grids):
    user = accounts.add_user("clerk1", "东关办事员", "staff", "start-123", scope_code="611002001001")
    assert user.must_change_password and user.scope_uuid == grids["com"].uuid
    signed = auth.login("clerk1", "start-123")
    with pytest.raises(PermissionDenied, match="请先修改密码"):
        auth.require("write")
    auth.change_password(signed, "start-123", "东关-新密码1")
    assert not auth.current_user().must_change_password and auth.require("write").username == "clerk1"


def test_password_rules_refuse_short_ones_and_the_user_name(session):
    auth.set_current_user(auth.login("admin", ADMIN_PASSWORD))
    with pytest.raises(ValidationError, match="至少需要"):
        accounts.add_user("clerk1", "", "staff", "12345")
    with pytest.raises(ValidationError, match="除去登录名"):
        accounts.add_user("clerk1", "", "staff", "xxCLERK1xx")
    with pytest.raises(ValidationError, match="除去登录名"):
        auth.change_password(auth.current_user(), ADMIN_PASSWORD, "admin2026")


def test_unknown_name_and_wrong_password_get_the_same_answers(session):
    accounts.add_user("clerk1", "", "staff", "start-123")
    for left in (4, 3, 2, 1):
        answers = []
        for name in ("clerk1", "nobody"):
            with pytest.raises(AuthenticationFailed) as info:
                auth.login(name, "wrong")
            answers.append(info.value.message)
        assert answers[0] == answers[1] == f"用户名或密码不对，还可以再试 {left} 次。"
    locks = []
    for name in ("clerk1", "nobody"):
        with pytest.raises(AccountLocked) as info:
            auth.login(name, "wrong")
        locks.append(info.value.message)
    assert locks[0] == locks[1]
    assert not any("nobody" in row.key or "nobody" in row.value for row in KeyValue.select())


def test_role_scope_reset_unlock_disable(grids):
    accounts.add_user("clerk1", "", "staff", "start-123")
    assert accounts.set_role("clerk1", "leader").role == "leader"
    assert accounts.set_scope("clerk1", "611002001001").scope_uuid == grids["com"].uuid
    assert accounts.set_scope("clerk1", None).scope_uuid is None
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            auth.login("clerk1", "wrong")
    _admin()
    assert [r.locked for r in accounts.list_users() if r.username == "clerk1"] == [True]
    accounts.unlock("clerk1")
    accounts.reset_password("clerk1", "reset-456")
    assert auth.login("clerk1", "reset-456").must_change_password
    _admin()
    accounts.disable("clerk1")
    with pytest.raises(AuthenticationFailed, match="用户名或密码不对"):
        auth.login("clerk1", "reset-456")
    _admin()
    assert User.select().where(User.username == "clerk1").exists()  # never deleted


def test_the_last_active_administrator_stays(session):
    with pytest.raises(ValidationError, match="最后一个在用的管理员"):
        accounts.disable("admin")
    with pytest.raises(ValidationError, match="最后一个在用的管理员"):
        accounts.set_role("admin", "staff")
    accounts.add_user("boss2", "", "admin", "start-123")
    accounts.set_role("admin", "leader")
    with pytest.raises(ValidationError, match="最后一个在用的管理员"):
        accounts.disable("boss2")


def test_only_administrators_manage_users(as_role):
    as_role("leader")
    for call in (accounts.list_users, lambda: accounts.add_user("x1", "", "staff", "start-123"),
                 lambda: accounts.unlock("admin"), lambda: accounts.set_idle_minutes(5)):
        with pytest.raises(PermissionDenied):
            call()


def test_unknown_user_and_scope_are_reported(session):
    with pytest.raises(NotFound, match="没有登录名"):
        accounts.set_role("ghost", "staff")
    with pytest.raises(NotFound, match="找不到编码"):
        accounts.add_user("clerk1", "", "staff", "start-123", scope_code="999")


def test_idle_lock_minutes_default_and_range(session):
    assert accounts.idle_minutes() == 15
    accounts.set_idle_minutes(5)
    assert accounts.idle_minutes() == 5
    with pytest.raises(ValidationError, match="锁屏时间"):
        accounts.set_idle_minutes(0)


def _audit(table: str):
    return [(r.user, r.row_key, json.loads(r.changes or "{}")) for r in
            AuditLog.select().where(AuditLog.table == table).order_by(AuditLog.id)]


def test_every_account_event_is_in_the_audit_log(grids):
    accounts.add_user("clerk1", "", "staff", "start-123")
    accounts.set_role("clerk1", "leader")
    accounts.set_scope("clerk1", "611002001001")
    accounts.reset_password("clerk1", "reset-456")
    with pytest.raises(AuthenticationFailed):
        auth.login("clerk1", "wrong")
    with pytest.raises(AuthenticationFailed):
        auth.login("nobody", "wrong")
    auth.login("clerk1", "reset-456")
    auth.change_password(auth.current_user(), "reset-456", "changed-789")
    rows = _audit("user")
    changed = [set(changes) for who, key, changes in rows]
    assert {"role"} in changed and {"scope_uuid"} in changed
    assert any("failed_attempts" in c for c in changed) and any("last_login_at" in c for c in changed)
    assert sum("password_hash" in c for c in changed) >= 3  # created, reset, changed by the user
    assert all("start-123" not in json.dumps(c) and "scrypt" not in json.dumps(c) for *_, c in rows)
    assert ("(未知用户名)", "sign_in_failed") in [(w, k) for w, k, _ in _audit("event")]
    assert rows[1][0] == "admin" and rows[-1][0] == "clerk1"  # who did it


def test_accounts_stay_on_this_pc():
    from db.base import LocalModel
    from db.models import SYNC_MODELS

    assert issubclass(User, LocalModel) and User not in SYNC_MODELS
