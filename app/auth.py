"""Users, sign-in with lockout, and the role check every write function calls.

Roles: admin (everything, users and settings), leader (writes, approvals,
conflict resolution), staff (day-to-day writes), viewer (read only). The check
lives here, not in the window: a viewer calling a write function from a test or
the CLI gets PermissionDenied all the same.
"""

import datetime as dt
import logging
from functools import cache

from app.errors import AccountLocked, AuthenticationFailed, Conflict, PermissionDenied, ValidationError
from app.passwords import MIN_LENGTH, hash_password, verify_password
from db import context
from db.base import utcnow
from db.connection import database
from db.errors import DatabaseReadOnly
from db.models import User  # re-exported for callers

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
LOCK_MINUTES = 5
WRONG = "用户名或密码不对"  # the same words for an unknown name and a wrong password

ROLE_NAMES = {"admin": "管理员", "leader": "领导", "staff": "工作人员", "viewer": "只读用户"}
PERMISSIONS = {
    "read": {"admin", "leader", "staff", "viewer"},
    "write": {"admin", "leader", "staff"},
    "approve": {"admin", "leader"},
    "admin": {"admin"},
    "personal": {"admin", "leader", "staff"},  # see full ID and phone numbers
}
PERMISSION_NAMES = {"read": "查看", "write": "修改数据", "approve": "审批", "admin": "系统管理",
                    "personal": "查看完整身份证号和电话"}

_current: User | None = None


@cache
def _dummy_hash() -> str:
    """A hash to check unknown names against (same time as a real account); made when first needed."""
    return hash_password("not a real account")


def current_user() -> User | None:
    return _current


def set_current_user(user: User | None) -> None:
    from app import scope

    global _current
    _current = user
    context.set_writer(user=user.username if user else "system")
    context.current.guard = scope.guard if scope.is_limited(user) else None


def act_as_command_line() -> User:
    """Headless commands run by IT staff who hold the database file: an unsaved
    administrator named after the OS account, so the audit log still says who."""
    import getpass

    try:
        who = getpass.getuser()
    except (OSError, KeyError):
        who = "unknown"
    user = User(id=0, username=f"cli:{who}", display_name="命令行", role="admin")
    set_current_user(user)
    return user


def require(permission: str) -> User:
    """Raise PermissionDenied unless the signed-in user holds `permission`."""
    user = _current
    if user is None:
        raise PermissionDenied("请先登录，再进行此操作。")
    if user.must_change_password and permission != "read":
        raise PermissionDenied("这是初始密码或管理员重置的密码：请先修改密码，再进行此操作。")
    if user.role not in PERMISSIONS[permission]:
        raise PermissionDenied(
            f"当前账号（{ROLE_NAMES.get(user.role, user.role)}）没有“{PERMISSION_NAMES[permission]}”权限。"
            "如需操作，请联系本站管理员调整账号角色。"
        )
    return user


def can(permission: str) -> bool:
    return _current is not None and _current.role in PERMISSIONS[permission]


def check_password_rules(password: str, username: str = "") -> None:
    if len(password or "") < MIN_LENGTH:
        raise ValidationError(f"密码至少需要 {MIN_LENGTH} 位，请重新设置。", field="password")
    name = (username or "").strip().casefold()
    if name and len(password.casefold().replace(name, "")) < MIN_LENGTH:  # "admin123" for admin
        raise ValidationError(f"密码除去登录名后至少还要有 {MIN_LENGTH} 位，请换一个别人猜不到的密码。",
                              field="password")


def create_user(username: str, display_name: str, role: str, password: str) -> User:
    """Create an account (admin only, except the first account of a new site)."""
    if User.select().exists():
        require("admin")
    username = (username or "").strip()
    if not username:
        raise ValidationError("请填写登录名。", field="username")
    if role not in ROLE_NAMES:
        raise ValidationError(f"未知的角色：{role}。可选：admin、leader、staff、viewer。", field="role")
    check_password_rules(password, username)
    with database.atomic():
        if User.select().where(User.username == username).exists():
            raise Conflict(f"登录名“{username}”已被使用，请换一个。", field="username")
        return User.create(
            username=username, display_name=display_name or username, role=role,
            password_hash=hash_password(password),
        )


def login(username: str, password: str, *, now: dt.datetime | None = None) -> User:
    """Check the password; five wrong in a row lock the account for five minutes. An unknown
    name gets the same answers (countdown, lockout) as a wrong password: names stay secret."""
    now = now or utcnow()
    name = (username or "").strip()
    user = User.get_or_none((User.username == name) & (User.active == True))  # noqa: E712
    if user is None:
        _unknown_name(name, password, now)
    if user.locked_until and user.locked_until > now:
        raise AccountLocked(_locked_message(user.locked_until, now))
    if not verify_password(password or "", user.password_hash):
        _record_failure(user, now)
    _remember_login(user, now)
    user = User.get_by_id(user.id)
    set_current_user(user)
    logger.info("user id %s signed in", user.id)
    return user


def _remember_login(user: User, now: dt.datetime) -> None:
    """Reset the failure count and note the time; on a read-only database (a CD, a
    write-protected stick) signing in still works, for reading."""
    try:
        with database.atomic():
            User.update(failed_attempts=0, locked_until=None, last_login_at=now, updated_by=user.username).where(
                User.id == user.id
            ).execute()
    except DatabaseReadOnly:
        logger.info("read-only database: sign-in not recorded")


def _locked_message(until: dt.datetime, now: dt.datetime) -> str:
    minutes = max(1, int((until - now).total_seconds() + 59) // 60)
    return f"密码连续输错 {MAX_ATTEMPTS} 次，账号已锁定。请 {minutes} 分钟后再试，或请管理员协助。"


def _unknown_name(name: str, password: str, now: dt.datetime) -> None:
    """Always raises, with what a real account would answer (same time, same countdown)."""
    from app import audit, unknown_names

    verify_password(password or "", _dummy_hash())
    attempts, until = unknown_names.state(name)
    if until and until > now:
        raise AccountLocked(_locked_message(until, now))
    attempts += 1
    locked = now + dt.timedelta(minutes=LOCK_MINUTES) if attempts >= MAX_ATTEMPTS else None
    unknown_names.store(name, 0 if locked else attempts, locked)
    audit.record_event("sign_in_failed", user="(未知用户名)", attempts=attempts, locked=bool(locked))
    _fail(attempts, locked)


def confirm_approver(username: str, password: str, *, permission: str = "approve",
                     now: dt.datetime | None = None) -> User:
    """A leader's approval given at this PC (e.g. for an overdraft): their own password is
    checked — wrong ones count towards their lockout — without signing the current user out."""
    now = now or utcnow()
    user = User.get_or_none((User.username == (username or "").strip()) & (User.active == True))  # noqa: E712
    if user is None:
        _unknown_name((username or "").strip(), password, now)
    if user.locked_until and user.locked_until > now:
        raise AccountLocked("审批人的账号因密码连续输错已锁定，请稍后再试，或请管理员协助。")
    if not verify_password(password or "", user.password_hash):
        _record_failure(user, now)
    if user.role not in PERMISSIONS[permission]:
        raise PermissionDenied(f"“{user.display_name}”是{ROLE_NAMES.get(user.role, user.role)}账号，不能审批；"
                               "请由领导或管理员账号审批。")
    logger.info("approval by user id %s", user.id)
    return user


def _record_failure(user: User, now: dt.datetime) -> None:
    attempts = User.get_by_id(user.id).failed_attempts + 1  # fresh: another window may have failed too
    locked = now + dt.timedelta(minutes=LOCK_MINUTES) if attempts >= MAX_ATTEMPTS else None
    with database.atomic():
        User.update(
            failed_attempts=0 if locked else attempts, locked_until=locked, updated_by=user.username
        ).where(User.id == user.id).execute()
    logger.warning("failed sign-in for user id %s (%s in a row)", user.id, attempts)
    _fail(attempts, locked)


def _fail(attempts: int, locked: dt.datetime | None) -> None:
    if locked:
        raise AccountLocked(f"密码连续输错 {MAX_ATTEMPTS} 次，账号已锁定 {LOCK_MINUTES} 分钟。请稍后再试，或请管理员协助。")
    raise AuthenticationFailed(f"{WRONG}，还可以再试 {MAX_ATTEMPTS - attempts} 次。")


def change_password(user: User, old: str, new: str) -> None:
    """Only for yourself (an administrator may reset anyone with reset_password);
    wrong old passwords count towards the lockout like wrong sign-ins."""
    me = require("read")
    if me.id != user.id:
        raise PermissionDenied("只能修改自己的密码。如需重置他人密码，请由管理员操作。")
    user = User.get_by_id(user.id)
    if user.locked_until and user.locked_until > utcnow():
        raise AccountLocked("密码连续输错次数过多，账号已锁定。请稍后再试，或请管理员协助。")
    if not verify_password(old, user.password_hash):
        _record_failure(user, utcnow())
    check_password_rules(new, user.username)
    if new == old:
        raise ValidationError("新密码不能与原密码相同。", field="password")
    with database.atomic():
        User.update(password_hash=hash_password(new), failed_attempts=0, must_change_password=False).where(
            User.id == user.id).execute()
    if _current is not None and _current.id == user.id:
        set_current_user(User.get_by_id(user.id))


def reset_password(user: User, new: str) -> None:
    """An administrator sets a new password; the user must change it at the next sign-in."""
    require("admin")
    check_password_rules(new, user.username)
    with database.atomic():
        User.update(password_hash=hash_password(new), failed_attempts=0, locked_until=None,
                    must_change_password=True).where(User.id == user.id).execute()
