"""Accounts: scrypt hashes, lockout after five wrong passwords, the role check."""

import datetime as dt

import pytest

from app import auth, org
from app.errors import AccountLocked, AuthenticationFailed, Conflict, PermissionDenied, ValidationError
from app.passwords import hash_password, verify_password
from db.base import utcnow
from db.models import OrgUnit, User
from tests.conftest import ADMIN_PASSWORD


def test_password_hash_is_scrypt_salted_and_verifies():
    first, second = hash_password("秘密口令123"), hash_password("秘密口令123")
    assert first.startswith("scrypt$14$8$1$") and first != second
    assert verify_password("秘密口令123", first)
    assert not verify_password("秘密口令124", first)
    assert not verify_password("x", "md5$abc")


def test_login_and_the_stored_hash(session):
    user = auth.login("admin", ADMIN_PASSWORD)
    assert user.role == "admin" and auth.current_user().username == "admin"
    assert ADMIN_PASSWORD not in User.get_by_id(user.id).password_hash


def test_five_wrong_passwords_lock_for_five_minutes(session):
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationFailed, match=f"还可以再试 {left} 次"):
            auth.login("admin", "wrong")
    with pytest.raises(AccountLocked, match="锁定 5 分钟"):
        auth.login("admin", "wrong")
    with pytest.raises(AccountLocked):  # even the right password waits
        auth.login("admin", ADMIN_PASSWORD)
    later = utcnow() + dt.timedelta(minutes=5, seconds=1)
    assert auth.login("admin", ADMIN_PASSWORD, now=later).username == "admin"
    assert User.get(User.username == "admin").failed_attempts == 0


def test_unknown_user_gets_the_same_message(session):
    with pytest.raises(AuthenticationFailed, match="用户名或密码不对"):
        auth.login("nobody", "x")


def test_viewer_cannot_write_even_without_a_window(as_role):
    as_role("viewer")
    district = OrgUnit.get(OrgUnit.code == "611002")
    with pytest.raises(PermissionDenied) as info:
        org.add_unit(district, "611002009", "新街道")
    assert info.value.code == "E_PERMISSION" and "没有“修改数据”权限" in info.value.message
    assert not OrgUnit.select().where(OrgUnit.code == "611002009").exists()


def test_staff_can_write_but_not_administer(as_role):
    as_role("staff")
    district = OrgUnit.get(OrgUnit.code == "611002")
    assert org.add_unit(district, "611002009", "新街道").level == 1
    with pytest.raises(PermissionDenied):
        auth.create_user("x1", "X", "staff", "password-1")


def test_nobody_signed_in_cannot_write(session):
    auth.set_current_user(None)
    with pytest.raises(PermissionDenied, match="请先登录"):
        org.add_unit(OrgUnit.get(OrgUnit.code == "611002"), "611002009", "新街道")


def test_user_rules(session):
    with pytest.raises(ValidationError, match="至少需要 6 位"):
        auth.create_user("staff1", "员工", "staff", "123")
    with pytest.raises(ValidationError, match="未知的角色"):
        auth.create_user("staff1", "员工", "boss", "password-1")
    auth.create_user("staff1", "员工", "staff", "password-1")
    with pytest.raises(Conflict, match="已被使用"):
        auth.create_user("staff1", "员工", "staff", "password-1")


def test_change_password(session):
    user = auth.current_user()
    with pytest.raises(AuthenticationFailed):
        auth.change_password(user, "wrong", "new-password")
    auth.change_password(user, ADMIN_PASSWORD, "new-password")
    assert auth.login("admin", "new-password").username == "admin"
