"""用户管理: the administrator's side of accounts (list, add, role, scope, reset, unlock,
disable) and the idle time after which the window locks.

Accounts are local to this PC (LocalModel, never in a bundle). Users are never
deleted — the audit trail names them — only disabled; the last active
administrator can be neither disabled nor demoted. Every change here is a write
to the `user` table, so the audit triggers record who changed what.
"""

import datetime as dt
from dataclasses import dataclass

from app import org
from app.auth import ROLE_NAMES, create_user, current_user, require
from app.auth import reset_password as _reset
from app.errors import NotFound, ValidationError
from app.session import get_value, set_value
from db.base import utcnow
from db.connection import database
from db.models import OrgUnit, User

IDLE_KEY = "idle_lock_minutes"
IDLE_DEFAULT = 15
IDLE_RANGE = (1, 240)
AREAS = {"grid": "网格管理", "orders": "四单管理", "mediation": "调解与议事", "funds": "经费台账",
         "support": "四重支持", "notices": "公示与报表"}


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str
    role: str
    scope_code: str  # "" = the whole tree
    scope_name: str
    areas: tuple[str, ...]  # () = every kind the role allows
    last_login_at: dt.datetime | None
    locked: bool
    active: bool
    must_change_password: bool

    @property
    def role_name(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)


def list_users(now: dt.datetime | None = None) -> list[UserRow]:
    require("admin")
    now = now or utcnow()
    units = {u.uuid: u for u in OrgUnit.select().where(OrgUnit.uuid.in_(User.select(User.scope_uuid)))}
    return [_row(user, units.get(user.scope_uuid), now) for user in User.select().order_by(User.username)]


def _row(user: User, unit: OrgUnit | None, now: dt.datetime) -> UserRow:
    return UserRow(user.username, user.display_name, user.role, unit.code if unit else "", unit.name if unit else "",
                   split_areas(user.areas), user.last_login_at, bool(user.locked_until and user.locked_until > now),
                   bool(user.active), bool(user.must_change_password))


def split_areas(text: str | None) -> tuple[str, ...]:
    return tuple(a for a in (text or "").split(",") if a)


def get(username: str) -> User:
    user = User.get_or_none(User.username == (username or "").strip())
    if user is None:
        raise NotFound(f"没有登录名为“{username}”的用户。请用 user list 查看。")
    return user


def add_user(username: str, display_name: str, role: str, password: str, scope_code: str | None = None,
             areas: tuple[str, ...] = ()) -> User:
    """A new account whose initial password must be changed at the first sign-in."""
    require("admin")
    scope = _scope_unit(scope_code)
    areas_text = _areas_text(areas)
    with database.atomic():
        user = create_user(username, display_name, role, password)
        User.update(scope_uuid=scope.uuid if scope else None, areas=areas_text,
                    must_change_password=True).where(User.id == user.id).execute()
    return User.get_by_id(user.id)


def _scope_unit(code: str | None) -> OrgUnit | None:
    if not code:
        return None
    unit = org.by_code(code.strip())
    me = current_user()
    if me is not None and me.scope_uuid:
        from app import scope
        scope.check_unit(unit)  # a scoped administrator hands out only what it holds
    return unit


def _areas_text(areas: tuple[str, ...]) -> str | None:
    unknown = [a for a in areas if a not in AREAS]
    if unknown:
        raise ValidationError(f"未知的业务范围：{'、'.join(unknown)}。可选：{'、'.join(AREAS)}。", field="areas")
    return ",".join(a for a in AREAS if a in areas) or None


def set_role(username: str, role: str) -> User:
    require("admin")
    user = get(username)
    if role not in ROLE_NAMES:
        raise ValidationError(f"未知的角色：{role}。可选：admin、leader、staff、viewer。", field="role")
    if user.role == "admin" and role != "admin":
        _keep_an_admin(user, "改为其他角色")
    return _update(user, role=role)


def set_scope(username: str, scope_code: str | None, areas: tuple[str, ...] | None = None) -> User:
    """Limit the user to the subtree of scope_code (None or "" = the whole tree); areas
    (if given) to kinds of record it may change (() = all its role allows)."""
    require("admin")
    user = get(username)
    scope = _scope_unit(scope_code)
    changes = {"scope_uuid": scope.uuid if scope else None}
    if areas is not None:
        changes["areas"] = _areas_text(areas)
    return _update(user, **changes)


def reset_password(username: str, new_password: str) -> User:
    user = get(username)
    _reset(user, new_password)
    return User.get_by_id(user.id)


def unlock(username: str) -> User:
    require("admin")
    return _update(get(username), failed_attempts=0, locked_until=None)


def disable(username: str) -> User:
    """Never deleted (the audit trail names them): the account can no longer sign in."""
    require("admin")
    user = get(username)
    if user.role == "admin":
        _keep_an_admin(user, "停用")
    return _update(user, active=False)


def enable(username: str) -> User:
    require("admin")
    return _update(get(username), active=True, failed_attempts=0, locked_until=None)


def _keep_an_admin(user: User, what: str) -> None:
    others = User.select().where((User.role == "admin") & (User.active == True) & (User.id != user.id))  # noqa: E712
    if user.active and not others.exists():
        raise ValidationError(f"“{user.username}”是最后一个在用的管理员，不能{what}。请先让另一个账号成为管理员。",
                              field="role")


def _update(user: User, **changes) -> User:
    with database.atomic():
        User.update(**changes).where(User.id == user.id).execute()
    return User.get_by_id(user.id)


def idle_minutes() -> int:
    """Minutes without input after which the window locks (set by the administrator)."""
    try:
        return int(get_value(IDLE_KEY) or IDLE_DEFAULT)
    except ValueError:
        return IDLE_DEFAULT


def set_idle_minutes(minutes: int) -> None:
    require("admin")
    low, high = IDLE_RANGE
    if not low <= int(minutes) <= high:
        raise ValidationError(f"锁屏时间请填 {low} 到 {high} 分钟。", field="idle")
    with database.atomic():
        set_value(IDLE_KEY, str(int(minutes)))
