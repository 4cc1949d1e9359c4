"""Station users: creation, login with lockout, unlocking, role checks, and the accounts an
office runs: listing, disabling (never deleting), password resets and changes.

Passwords are hashed with scrypt (RFC 7914) through :func:`hashlib.scrypt`, with a random
salt and the cost parameters stored in the hash string, so they can be raised later. After
``settings.max_failed_logins`` consecutive failures the account locks until a supervisor
unlocks it. A disabled account cannot sign in but keeps its row (its history names it). A
password a supervisor reset must be changed at the next sign-in. Every creation, failed login,
lock, unlock, disable, enable, reset and change is an audit event; no password or hash is
ever put in an audit detail.

References
----------
C. Percival and S. Josefsson, "The scrypt Password-Based Key Derivation Function",
RFC 7914, 2016.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from station.errors import (
    AccountLocked,
    AuthError,
    BadInput,
    LoginFailed,
    PermissionDenied,
    StorageFull,
)
from station.model.station import Station
from station.registry.audit import naive_utc
from station.registry.db import ReadOnlyHome
from station.registry.models import ROLES, Operator

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD = 8
#: The rule for a password an operator chooses (change or reset): at least this long.
MIN_CHOSEN_PASSWORD = 10


class AccountDisabled(AuthError):
    """A supervisor disabled this account; it cannot sign in."""

    def __init__(self, username: str, on: datetime, by: str) -> None:
        super().__init__(f"account {username!r} disabled on {on:%Y-%m-%d} by {by}")
        self.username, self.on, self.by = username, on, by


class PasswordChangeRequired(AuthError):
    """The password was reset by a supervisor; nothing else may be done before changing it."""

    def __init__(self) -> None:
        super().__init__("change your password first: sws operator passwd")


class PasswordTooShort(BadInput):
    """A password shorter than ``minimum`` characters."""

    def __init__(self, minimum: int) -> None:
        super().__init__(f"the password must have at least {minimum} characters",
                         field="password")
        self.minimum = minimum


class PasswordIsUserName(BadInput):
    """A password that is the account's user name."""

    def __init__(self) -> None:
        super().__init__("the password must not be the user name", field="password")


class PasswordUnchanged(BadInput):
    """A new password the same as the old one."""

    def __init__(self) -> None:
        super().__init__("the new password must differ from the old one", field="password")


class OperatorExists(BadInput):
    """An account of this name (``username``, as stored) exists, perhaps in other capitals."""

    def __init__(self, username: str) -> None:
        super().__init__(f"an operator named {username!r} already exists", field="username")
        self.username = username


class InvalidUserName(BadInput):
    """A user name outside Latin letters, digits and ``. - _`` (or empty, or too long)."""

    def __init__(self, username: str) -> None:
        super().__init__(f"user name {username!r} is not valid (Latin letters a-z, digits, "
                         ". - _; the full name may be in any script)", field="username")
        self.username = username


class OwnAccount(BadInput):
    """A supervisor disabling their own account."""

    def __init__(self) -> None:
        super().__init__("you cannot disable your own account", field="username")


class LastSupervisor(BadInput):
    """Disabling the last enabled supervisor (nobody could manage the station after)."""

    def __init__(self, username: str) -> None:
        super().__init__(f"{username!r} is the last enabled supervisor and stays enabled",
                         field="username")
        self.username = username


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex) for ``password``."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a hash made by :func:`hash_password` (constant time)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        trial = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                               r=int(r), p=int(p), dklen=len(digest) // 2)
    except ValueError:
        return False
    return hmac.compare_digest(trial.hex(), digest)


@dataclass(frozen=True)
class OperatorInfo:
    """A logged-in operator, as the services need it (no password hash)."""

    id: str
    username: str
    full_name: str
    role: str
    #: The password was set by a supervisor: the operator must choose their own first.
    must_change_password: bool = False

    def require(self, *roles: str, action: str) -> None:
        """Raise :class:`PermissionDenied` unless this operator has one of ``roles``."""
        if self.role not in roles:
            raise PermissionDenied(action, self.role)


def _info(op: Operator) -> OperatorInfo:
    return OperatorInfo(id=op.id, username=op.username, full_name=op.full_name, role=op.role,
                        must_change_password=bool(op.must_change_password))


def create_operator(station: Station, *, username: str, full_name: str, role: str,
                    password: str, now: datetime, by: OperatorInfo | None,
                    must_change_password: bool = False) -> OperatorInfo:
    """Add an operator. Only a supervisor may (``by=None`` is the first one, at `sws init`).

    ``must_change_password``: the supervisor chose this first password (the window's "Add an
    operator..." and `sws operator add`), so its owner replaces it at the first sign-in, as
    after a reset: nobody else should know an operator's password."""
    if by is not None:
        by.require("supervisor", action="create operators")
    if role not in ROLES:
        raise BadInput(f"role must be one of {', '.join(ROLES)}, not {role!r}", field="role")
    # Latin letters only: a user name is typed at every sign-in, on whatever keyboard the
    # desk has (Khmer vowel signs also failed isalnum() while the message said "letters");
    # the full name holds the name in any script
    if not username or len(username) > 64 or not username.isascii() or not username.replace(
            "-", "").replace("_", "").replace(".", "").isalnum():
        raise InvalidUserName(username)
    if len(password) < MIN_PASSWORD:
        raise PasswordTooShort(MIN_PASSWORD)
    if len(full_name) > 200 or any(unicodedata.category(c) == "Cc" for c in full_name):
        raise BadInput("the full name must be one line of at most 200 characters",
                       field="full_name")
    op = Operator(id=str(uuid.uuid4()), username=username, full_name=full_name or username,
                  role=role, password_hash=hash_password(password), failed_logins=0,
                  locked=False, created_at=naive_utc(now),
                  must_change_password=must_change_password)
    with station.transaction() as session:
        # "Sokha" beside "sokha" would be two accounts nobody can tell apart (in the list,
        # in the audit trail): a name differing only in capitals is the same name
        same = session.scalar(sa.select(Operator.username).where(
            sa.func.lower(Operator.username) == username.lower()))
        if same is not None:
            raise OperatorExists(same)
        session.add(op)
        session.flush()
        station.audit(session, action="operator.create", subject_type="operator",
                      subject_id=op.id, details={"username": username, "role": role},
                      operator_id=by.id if by else None, now=now)
    return _info(op)


def login(station: Station, username: str, password: str, *, now: datetime) -> OperatorInfo:
    """Check a password; count failures and lock the account after too many.

    The failure count is committed even though the login fails, so that retrying from
    another process does not reset it.

    In a read-only home (a backup mounted for an audit, a full disk) nothing can be written:
    the password is checked all the same and the operator signs in to read (the sign-in
    time and a failure count are not kept; each later write is refused as
    :class:`~station.registry.db.ReadOnlyHome`).
    """
    checked: dict[str | None, bool] = {}

    def check(stored: str | None) -> bool:
        """The password against ``stored`` (None: no such account, the same cost spent),
        worked out once: a write refused at commit signs in again read-only, and must not
        run the password hash a second time."""
        if stored not in checked:
            if stored is None:
                hash_password(password)  # same cost as a real check: no user-name oracle
            checked[stored] = stored is not None and verify_password(password, stored)
        return checked[stored]

    try:
        return _login(station, username, check, now=now, write=True)
    except (ReadOnlyHome, StorageFull):
        return _login(station, username, check, now=now, write=False)


def _login(station: Station, username: str, check: Callable[[str | None], bool], *,
           now: datetime, write: bool) -> OperatorInfo:
    limit = station.settings.max_failed_logins
    with station.transaction() if write else station.reading() as session:
        op = session.scalar(sa.select(Operator).where(Operator.username == username))
        if op is None:
            check(None)
            failed: Exception | None = LoginFailed()
        elif op.disabled_at is not None:
            # said only to whoever knows the password: no oracle for which accounts exist
            by = session.get(Operator, op.disabled_by) if op.disabled_by else None
            failed = (AccountDisabled(username, op.disabled_at, by.username if by else "?")
                      if check(op.password_hash) else LoginFailed())
        elif op.locked:
            failed = AccountLocked(username)
        elif check(op.password_hash):
            if write:
                op.failed_logins = 0
                op.last_login_at = naive_utc(now)
            return _info(op)
        else:
            if not write:
                raise LoginFailed()
            op.failed_logins += 1
            locked = op.failed_logins >= limit
            op.locked = locked
            station.audit(session, action="operator.lock" if locked else "operator.login_failed",
                          subject_type="operator", subject_id=op.id,
                          details={"failed_logins": op.failed_logins}, operator_id=None, now=now)
            failed = AccountLocked(username) if locked else LoginFailed(limit - op.failed_logins)
    assert failed is not None
    raise failed


def unlock(station: Station, username: str, *, by: OperatorInfo, now: datetime) -> None:
    """Unlock an account and reset its failure count (supervisors only)."""
    by.require("supervisor", action="unlock operators")
    with station.transaction() as session:
        op = _operator(session, username)
        op.locked, op.failed_logins = False, 0
        station.audit(session, action="operator.unlock", subject_type="operator",
                      subject_id=op.id, details={}, operator_id=by.id, now=now)


def count_operators(station: Station) -> int:
    with station.reading() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(Operator)) or 0)


@dataclass(frozen=True)
class OperatorRow:
    """One account as the supervisor's list shows it (never its password hash)."""

    id: str
    username: str
    full_name: str
    role: str
    locked: bool
    disabled_at: datetime | None
    disabled_by: str | None  # the user name of the supervisor who disabled it
    must_change_password: bool
    created_at: datetime
    last_login_at: datetime | None

    @property
    def status(self) -> str:
        """``disabled``, ``locked``, ``must change password`` or ``active`` (first that holds)."""
        if self.disabled_at is not None:
            return "disabled"
        if self.locked:
            return "locked"
        return "must change password" if self.must_change_password else "active"

    def as_record(self) -> dict[str, object]:
        return {"id": self.id, "username": self.username, "full_name": self.full_name,
                "role": self.role, "status": self.status, "locked": self.locked,
                "disabled_at": self.disabled_at, "disabled_by": self.disabled_by,
                "must_change_password": self.must_change_password,
                "created_at": self.created_at, "last_login_at": self.last_login_at}


def list_operators(station: Station) -> list[OperatorRow]:
    """Every account, enabled or not, by user name."""
    with station.reading() as session:
        ops = list(session.scalars(sa.select(Operator).order_by(Operator.username)))
        names = {op.id: op.username for op in ops}
        return [OperatorRow(id=op.id, username=op.username, full_name=op.full_name,
                            role=op.role, locked=bool(op.locked), disabled_at=op.disabled_at,
                            disabled_by=names.get(op.disabled_by or ""),
                            must_change_password=bool(op.must_change_password),
                            created_at=op.created_at, last_login_at=op.last_login_at)
                for op in ops]


def _operator(session: sa.orm.Session, username: str) -> Operator:
    op = session.scalar(sa.select(Operator).where(Operator.username == username))
    if op is None:
        raise BadInput(f"no operator named {username!r}", field="username")
    return op


def disable_operator(station: Station, username: str, *, by: OperatorInfo,
                     now: datetime) -> None:
    """Stop an account signing in at once; its row and history stay (supervisors only).

    Nobody disables their own account, and the last enabled supervisor stays enabled:
    otherwise nobody could manage the station any more.
    """
    by.require("supervisor", action="disable operators")
    with station.transaction() as session:
        op = _operator(session, username)
        if op.id == by.id:
            raise OwnAccount()
        if op.disabled_at is not None:
            raise BadInput(f"account {username!r} is already disabled", field="username")
        if op.role == "supervisor":
            others = session.scalar(sa.select(sa.func.count()).select_from(Operator).where(
                Operator.role == "supervisor", Operator.disabled_at.is_(None),
                Operator.id != op.id)) or 0
            if others == 0:
                raise LastSupervisor(username)
        op.disabled_at, op.disabled_by = naive_utc(now), by.id
        station.audit(session, action="operator.disable", subject_type="operator",
                      subject_id=op.id, details={"username": username}, operator_id=by.id,
                      now=now)


def enable_operator(station: Station, username: str, *, by: OperatorInfo,
                    now: datetime) -> None:
    """Let a disabled account sign in again (supervisors only)."""
    by.require("supervisor", action="enable operators")
    with station.transaction() as session:
        op = _operator(session, username)
        if op.disabled_at is None:
            raise BadInput(f"account {username!r} is not disabled", field="username")
        op.disabled_at, op.disabled_by = None, None
        op.locked, op.failed_logins = False, 0
        station.audit(session, action="operator.enable", subject_type="operator",
                      subject_id=op.id, details={"username": username}, operator_id=by.id,
                      now=now)


def check_password_rule(username: str, password: str) -> None:
    """Raise :class:`BadInput` (one line) unless ``password`` may be chosen for ``username``."""
    if len(password) < MIN_CHOSEN_PASSWORD:
        raise PasswordTooShort(MIN_CHOSEN_PASSWORD)
    if password.strip().casefold() == username.casefold():
        raise PasswordIsUserName()


def reset_password(station: Station, username: str, temporary: str, *, by: OperatorInfo,
                   now: datetime) -> None:
    """Set a temporary password, unlock the account, and make its owner choose a new one at
    the next sign-in (supervisors only; one's own password is changed, not reset)."""
    by.require("supervisor", action="reset passwords")
    check_password_rule(username, temporary)
    with station.transaction() as session:
        op = _operator(session, username)
        if op.id == by.id:
            raise BadInput("change your own password instead: sws operator passwd",
                           field="username")
        op.password_hash = hash_password(temporary)
        op.locked, op.failed_logins, op.must_change_password = False, 0, True
        station.audit(session, action="operator.password_reset", subject_type="operator",
                      subject_id=op.id, details={"username": username}, operator_id=by.id,
                      now=now)


def change_password(station: Station, username: str, old: str, new: str, *,
                    now: datetime) -> OperatorInfo:
    """An operator chooses a new password, proving the old one (as a sign-in, counting
    failures). Clears the must-change mark; returns the operator as signed in."""
    me = login(station, username, old, now=now)
    check_password_rule(username, new)
    if new == old:
        raise PasswordUnchanged()
    with station.transaction() as session:
        op = _operator(session, username)
        op.password_hash = hash_password(new)
        op.must_change_password = False
        station.audit(session, action="operator.password_change", subject_type="operator",
                      subject_id=op.id, details={"username": username,
                                                 "was_reset": me.must_change_password},
                      operator_id=op.id, now=now)
        return _info(op)
